/**
 * Opens one of Tadqiq's binary data files (the lexicons, the letter model): checks that it is long
 * enough and carries the expected magic number, and returns its header words with the bytes
 * 4-byte aligned, as typed-array views need (a pooled Buffer may not be).
 */
export function openDataFile(bytes: Uint8Array, magic: number, headerWords: number, what: string): { aligned: Uint8Array; header: Uint32Array } {
  if (bytes.byteLength < headerWords * 4) throw new Error(`${what} file is too short`);
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const header = new Uint32Array(aligned.buffer, aligned.byteOffset, headerWords);
  if (header[0] !== magic) throw new Error(`not a Tadqiq ${what} file (bad magic number)`);
  return { aligned, header };
}
