/** Turning file bytes into article text, with a clear reason when that cannot be done. */

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

const SNIFF_BYTES = 8192;

/** UTF-8 bytes as text (a leading BOM kept), or undefined when they are not valid UTF-8. */
export type Utf8Decoder = (bytes: Uint8Array) => string | undefined;

/** The standard decoder, available everywhere (the CLI and the worker pass Node's faster one: src/node/utf8.ts). */
export const standardUtf8: Utf8Decoder = (bytes) => {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
};

/**
 * Decodes UTF-8 (a leading BOM is dropped, as VS Code does, so offsets agree with the editor).
 * Binary files (NUL bytes) and invalid UTF-8 are refused with a reason a person can act on.
 */
export function decodeArticle(bytes: Uint8Array, utf8: Utf8Decoder = standardUtf8): DecodeResult {
  const sniff = bytes.subarray(0, SNIFF_BYTES);
  if (sniff.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes); not read' };
  const text = utf8(bytes);
  if (text === undefined) return { ok: false, reason: `not valid UTF-8${looksLikeWindows1256(sniff) ? ' (looks like Windows-1256: re-save it as UTF-8)' : ''}; not read` };
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** An article of the corpus from a file's bytes: decoded, and refused with a reason when it has no Arabic text. */
export function articleFromBytes(bytes: Uint8Array, utf8: Utf8Decoder = standardUtf8): DecodeResult {
  const decoded = decodeArticle(bytes, utf8);
  if (!decoded.ok || hasArabic(decoded.text)) return decoded;
  return { ok: false, reason: decoded.text.trim() ? 'no Arabic text; not an article' : 'empty; not an article' };
}

/** Windows-1256 Arabic letters sit at 0xC1–0xFE; a text full of them that is not UTF-8 is probably that. */
function looksLikeWindows1256(bytes: Uint8Array): boolean {
  let high = 0;
  for (const b of bytes) if (b >= 0xc1 && b <= 0xfe) high++;
  return high > bytes.length / 4;
}

/** How much of a text's start `hasArabic` reads. */
export const ARABIC_SAMPLE = 4096;

/** True when a text has enough Arabic letters to be worth checking (decided on its start). */
export function hasArabic(text: string): boolean {
  const n = Math.min(text.length, ARABIC_SAMPLE);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x0621 && c <= 0x064a) || (c >= 0xfb50 && c <= 0xfefc)) return true;
  }
  return false;
}
