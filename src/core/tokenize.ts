import { foldString, isArabicLetter, isFormatMark, isInvisibleMark, isPresentationForm } from './normalize';

/** An Arabic word as it stands in the text: [start, end) in UTF-16 code units, and its folded form. */
export interface Token {
  start: number;
  end: number;
  folded: string;
}

/** Character classes for the BMP, computed once: 2 = starts a word, 1 = only continues one (marks), 0 = neither. */
const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) CLASS[c] = isArabicLetter(c) || isPresentationForm(c) ? 2 : isInvisibleMark(c) ? 1 : 0;

const isWordStart = (c: number): boolean => CLASS[c] === 2;
/** Marks and invisible characters belong to the word they sit in. */
const isWordPart = (c: number): boolean => CLASS[c] !== 0;

/**
 * A word of the text: [start, end) and its folded form. `slot` is where the word cache keeps the
 * word (below WORD_CACHE_SIZE), or -1: a visitor may remember its own per-word results by slot,
 * checking them by `folded` (while the word stays cached it is the same string object).
 */
export type WordVisitor = (start: number, end: number, folded: string, slot: number) => void;

/**
 * Visits the Arabic words of `text` in order. A word is a run of Arabic letters with the marks,
 * tatweel and zero-width characters inside it; digits, Latin and punctuation end it.
 * `maxWordLength` bounds pathological inputs: longer runs are visited with `folded` empty.
 * A callback, not an iterator: this is the hot loop of every rule and of the corpus statistics.
 */
export function forEachArabicWord(text: string, visit: WordVisitor, maxWordLength = 64): void {
  const to = text.length;
  let i = 0;
  while (i < to) {
    if (!isWordStart(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    // The word's hash (FNV-1a) is taken as it is read: the cache of folded words is keyed by it.
    let hash = Math.imul(HASH_SEED ^ text.charCodeAt(i), HASH_PRIME);
    i++;
    for (let c = text.charCodeAt(i); i < to && isWordPart(c); c = text.charCodeAt(++i)) hash = Math.imul(hash ^ c, HASH_PRIME);
    let end = i;
    // A trailing RLM or ZWNJ stays outside the word; diacritics and tatweel stay in.
    while (end > start + 1 && isFormatMark(text.charCodeAt(end - 1))) end--;
    if (end - start > maxWordLength * 4) {
      visit(start, end, '', -1);
      continue;
    }
    const slot = ((end === i ? hash : hashOf(text, start, end)) >>> 0) & (WORD_CACHE_SIZE - 1);
    const folded = foldedWord(text, start, end, slot);
    if (folded.length > maxWordLength) visit(start, end, '', -1);
    else visit(start, end, folded, cachedFolded[slot] === folded ? slot : -1);
  }
}

/**
 * Longest slice of a string that V8 copies; a longer one may be a view that keeps the whole text it
 * was cut from alive for as long as the slice lives.
 */
const COPIED_SLICE_MAX = 12;

/**
 * Folded words remembered by their written code units. Most words of running text repeat, so the
 * hot loop finds the folded form here without cutting a new string out of the text and folding it;
 * and a repeated word is then the same string object, whose hash the word counts' maps keep.
 */
export const WORD_CACHE_SIZE = 1 << 15;
/** Each slot's written word as code units, in place (no string to reach through), and its length (0: empty slot). */
const cachedUnits = new Uint16Array(WORD_CACHE_SIZE * COPIED_SLICE_MAX);
const cachedLength = new Uint8Array(WORD_CACHE_SIZE);
const cachedFolded: string[] = new Array(WORD_CACHE_SIZE);

const HASH_SEED = 0x811c9dc5;
const HASH_PRIME = 0x01000193;

function hashOf(text: string, start: number, end: number): number {
  let hash = HASH_SEED;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), HASH_PRIME);
  return hash;
}

/** The folded form of text[start, end), whose cache slot is `slot` (its hashOf, masked). */
function foldedWord(text: string, start: number, end: number, slot: number): string {
  const length = end - start;
  const at = slot * COPIED_SLICE_MAX;
  if (cachedLength[slot] === length) {
    let i = 0;
    while (i < length && cachedUnits[at + i] === text.charCodeAt(start + i)) i++;
    if (i === length) return cachedFolded[slot];
  }
  const folded = foldString(text.slice(start, end));
  // Only short words are kept: the folded form may be the slice itself, and a longer slice may hold
  // on to the whole text.
  if (length <= COPIED_SLICE_MAX) {
    for (let i = 0; i < length; i++) cachedUnits[at + i] = text.charCodeAt(start + i);
    cachedLength[slot] = length;
    cachedFolded[slot] = folded;
  }
  return folded;
}

/** `s` as a string of its own: a slice of a text, copied if it might be a view of that text. */
export function ownString(s: string): string {
  return s.length > COPIED_SLICE_MAX ? [...s].join('') : s;
}

/** The Arabic words of `text` as tokens (see forEachArabicWord). */
export function arabicWords(text: string, maxWordLength = 64): Token[] {
  const out: Token[] = [];
  forEachArabicWord(text, (start, end, folded) => out.push({ start, end, folded }), maxWordLength);
  return out;
}
