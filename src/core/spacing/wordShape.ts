/**
 * What Arabic words look like, letter by letter: a character model learned from a word list that
 * says how likely a folded string is as one whole word, from its first letter to its end. It tells
 * a cut between two words (وقف|التسريب: a word ends in ف, the next starts with ال) from a cut
 * inside one foreign name (بيتر|سون: -رسون, -وف, -ينو are how names run on).
 *
 * Interpolated Witten-Bell estimates over contexts of up to ORDER - 1 letters. `learnWordShape`
 * (run at build time by scripts/build-lexicon.mjs, which bundles this file) writes the model in
 * back-off form: the log probability of every letter seen after every context, and the back-off
 * weight of each context. `WordShape` reads it straight from typed arrays.
 *
 * File (little-endian): u32 magic, u32 version, u32 order, u32 alphabet size A, u32 n-grams N,
 * u32 contexts M; u16[A] alphabet (padded to 4 bytes); u32[N] n-gram keys; f32[N] log probs;
 * u32[M] context keys; f32[M] back-off weights. Keys pack up to ORDER letter codes (1..62) of six
 * bits each, oldest first; both key lists are sorted.
 */
import { openDataFile } from '../dataFile';

export const ORDER = 5;
const MAGIC = 0x53514454; // "TDQS"
const VERSION = 1;
const HEADER = 6;
/** Letter codes are six bits; 0 is no letter and 63 any letter the list never had. */
const BITS = 6;
const UNKNOWN = 63;
/** How many strings' probabilities are remembered before starting afresh. */
const REMEMBER = 50_000;
/** Padding before a word, and the end of a word, as letters of the model. */
const START = '^';
const END = '$';

/** The model, read from the bytes `learnWordShape` wrote. */
export class WordShape {
  private constructor(
    private readonly codes: Map<string, number>,
    private readonly ngramKeys: Uint32Array,
    private readonly ngramLogProbs: Float32Array,
    private readonly contextKeys: Uint32Array,
    private readonly backoffs: Float32Array,
    /** Log probability of a letter never seen at all. */
    private readonly unseen: number,
  ) {}

  static fromBytes(bytes: Uint8Array): WordShape {
    const { aligned, header } = openDataFile(bytes, MAGIC, HEADER, 'word-shape');
    const [, version, order, alphabet, ngrams, contexts] = header;
    if (version !== VERSION || order !== ORDER) throw new Error(`word-shape format ${version}/${order} is not supported; rebuild it with npm run build`);
    const alphabetBytes = Math.ceil((alphabet * 2) / 4) * 4;
    if (aligned.byteLength !== HEADER * 4 + alphabetBytes + (ngrams + contexts) * 8) throw new Error('word-shape file is truncated or corrupt');
    let at = aligned.byteOffset + HEADER * 4;
    const letters = new Uint16Array(aligned.buffer, at, alphabet);
    at += alphabetBytes;
    const view = <T>(Kind: new (b: ArrayBufferLike, o: number, n: number) => T, n: number): T => {
      const v = new Kind(aligned.buffer, at, n);
      at += n * 4;
      return v;
    };
    const codes = new Map<string, number>();
    letters.forEach((c, i) => codes.set(String.fromCharCode(c), i + 1));
    return new WordShape(
      codes,
      view(Uint32Array, ngrams),
      view(Float32Array, ngrams),
      view(Uint32Array, contexts),
      view(Float32Array, contexts),
      -Math.log(alphabet + 1),
    );
  }

  /** Parts recur across tokens (common words): their probabilities are remembered, up to a bound. */
  private readonly remembered = new Map<string, number>();

  /** Natural log of the probability of a folded string as one whole word. */
  logProb(folded: string): number {
    const known = this.remembered.get(folded);
    if (known !== undefined) return known;
    const codes = this.encode(folded);
    let sum = 0;
    for (let i = ORDER - 1; i < codes.length; i++) sum += this.letterLogProb(codes, i);
    if (this.remembered.size >= REMEMBER) this.remembered.clear();
    this.remembered.set(folded, sum);
    return sum;
  }

  /** How much likelier two words are than one word: log P(left) + log P(right) − log P(left + right). */
  twoWordsOverOne(left: string, right: string): number {
    return this.logProb(left) + this.logProb(right) - this.logProb(left + right);
  }

  private encode(folded: string): number[] {
    const codes: number[] = Array(ORDER - 1).fill(this.codes.get(START));
    for (const c of folded) codes.push(this.codes.get(c) ?? UNKNOWN);
    codes.push(this.codes.get(END) ?? UNKNOWN);
    return codes;
  }

  /** log p(codes[i] | the ORDER - 1 codes before it), backing off to shorter contexts. */
  private letterLogProb(codes: number[], i: number): number {
    const c = codes[i];
    // Context keys of the last 0, 1, … letters; the longest context the model has seen.
    const contexts = [0];
    for (let k = 1; k < ORDER; k++) {
      const key = ((codes[i - k] << (BITS * (k - 1))) | contexts[k - 1]) >>> 0;
      if (find(this.contextKeys, key) < 0) break;
      contexts.push(key);
    }
    let backoff = 0;
    for (let k = contexts.length - 1; k >= 0; k--) {
      const at = find(this.ngramKeys, ((contexts[k] << BITS) | c) >>> 0);
      if (at >= 0) return this.ngramLogProbs[at] + backoff;
      backoff += this.backoffs[find(this.contextKeys, contexts[k])];
    }
    return this.unseen + backoff;
  }
}

/** Index of `key` in a sorted array, or -1. */
function find(keys: Uint32Array, key: number): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid];
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Learns the model from folded words (each counted once: a word list, not running text) and writes it. */
export function learnWordShape(words: Iterable<string>): Uint8Array {
  const letters = new Set<string>([START, END]);
  const unique = new Set(words);
  for (const w of unique) for (const c of w) letters.add(c);
  if (letters.size > UNKNOWN - 1) throw new Error(`word-shape alphabet too large (${letters.size} letters)`);
  const alphabet = [...letters].sort();
  const code = new Map(alphabet.map((c, i) => [c, i + 1]));
  // Counts of each context + letter, for every context length.
  const counts = new Map<number, number>();
  for (const w of unique) {
    const codes = [...START.repeat(ORDER - 1), ...w, END].map((c) => code.get(c)!);
    for (let i = ORDER - 1; i < codes.length; i++) {
      let key = codes[i];
      for (let k = 0; k < ORDER; k++) {
        if (k > 0) key = (key + codes[i - k] * 2 ** (BITS * k)) >>> 0;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  const contexts = new Map<number, { total: number; types: number }>();
  for (const [key, n] of counts) {
    const h = key >>> BITS;
    const ctx = contexts.get(h) ?? { total: 0, types: 0 };
    ctx.total += n;
    ctx.types++;
    contexts.set(h, ctx);
  }
  // Interpolated probabilities, shortest contexts first: p(c|h) = (n(h,c) + T(h)·p(c|h')) / (N(h) + T(h)).
  const prob = new Map<number, number>();
  const probOf = (h: number, c: number, length: number): number => {
    if (length < 0) return 1 / (alphabet.length + 1);
    const key = ((h << BITS) | c) >>> 0;
    const known = prob.get(key);
    if (known !== undefined) return known;
    const shorter = length === 0 ? 0 : h & (2 ** (BITS * (length - 1)) - 1);
    const lower = probOf(shorter, c, length - 1);
    const ctx = contexts.get(h)!;
    return ((counts.get(key) ?? 0) + ctx.types * lower) / (ctx.total + ctx.types);
  };
  const keyLength = (key: number): number => (key === 0 ? 0 : Math.floor(Math.log2(key) / BITS) + 1);
  const ngramKeys = [...counts.keys()].sort((a, b) => keyLength(a) - keyLength(b) || a - b);
  for (const key of ngramKeys) prob.set(key, probOf(key >>> BITS, key & UNKNOWN, keyLength(key) - 1));
  ngramKeys.sort((a, b) => a - b);
  const contextKeys = [...contexts.keys()].sort((a, b) => a - b);
  const alphabetBytes = Math.ceil((alphabet.length * 2) / 4) * 4;
  const buf = new ArrayBuffer(HEADER * 4 + alphabetBytes + (ngramKeys.length + contextKeys.length) * 8);
  new Uint32Array(buf, 0, HEADER).set([MAGIC, VERSION, ORDER, alphabet.length, ngramKeys.length, contextKeys.length]);
  new Uint16Array(buf, HEADER * 4, alphabet.length).set(alphabet.map((c) => c.charCodeAt(0)));
  let at = HEADER * 4 + alphabetBytes;
  const write = <T extends Uint32Array | Float32Array>(Kind: new (b: ArrayBuffer, o: number, n: number) => T, values: number[]): void => {
    new Kind(buf, at, values.length).set(values);
    at += values.length * 4;
  };
  write(Uint32Array, ngramKeys);
  write(Float32Array, ngramKeys.map((k) => Math.log(prob.get(k)!)));
  write(Uint32Array, contextKeys);
  write(Float32Array, contextKeys.map((h) => {
    const { total, types } = contexts.get(h)!;
    return Math.log(types / (total + types));
  }));
  return new Uint8Array(buf);
}
