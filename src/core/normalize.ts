/**
 * Arabic normalization for matching. Text is matched in a folded form (no diacritics,
 * tatweel or invisible marks; one alef, one yeh, ta marbuta as heh; Western digits;
 * presentation forms decomposed) while every finding is reported on the original offsets,
 * so each folding function can also return a map back to the original text.
 */

/** Characters that carry no letter: harakat, Quranic marks, tatweel, zero-width and direction marks. */
export function isInvisibleMark(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) || // harakat, shadda, sukun, hamza above/below marks
    c === 0x0670 || // superscript alef
    (c >= 0x0610 && c <= 0x061a) || // honorific and Quranic signs written over letters
    (c >= 0x06d6 && c <= 0x06ed && c !== 0x06dd && c !== 0x06de && c !== 0x06e9) ||
    c === 0x0640 || // tatweel
    isFormatMark(c) // ZWNJ, ZWJ, RLM, LRM, bidi controls, BOM
  );
}

/** Zero-width and direction marks: invisible, and never part of a word's edges. */
export function isFormatMark(c: number): boolean {
  return (
    c === 0x061c ||
    (c >= 0x200b && c <= 0x200f) ||
    c === 0xfeff ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069)
  );
}

/** A base Arabic letter (after decomposing presentation forms). */
export function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0620 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x066f) ||
    (c >= 0x0671 && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06fa && c <= 0x06fc) ||
    c === 0x06ff
  );
}

/** Arabic presentation forms A and B: legacy glyph code points that NFKC maps back to letters. */
export function isPresentationForm(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
}

const LETTER_FOLDS: Record<number, number> = {
  0x0623: 0x0627, // أ
  0x0625: 0x0627, // إ
  0x0622: 0x0627, // آ
  0x0671: 0x0627, // ٱ
  0x0672: 0x0627,
  0x0673: 0x0627,
  0x0649: 0x064a, // ى → ي
  0x06cc: 0x064a, // Persian yeh
  0x0629: 0x0647, // ة → ه
  0x06a9: 0x0643, // keheh → kaf
};

/** Western digit for Arabic-Indic and extended Arabic-Indic digits, or -1. */
export function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0;
  return -1;
}

/**
 * Folds one UTF-16 code unit for matching. Returns '' for a mark that is dropped,
 * the code unit itself when nothing changes, or one or more characters.
 */
export function foldCodeUnit(c: number): string {
  if (c < 0x0600) return String.fromCharCode(c);
  if (isInvisibleMark(c)) return '';
  const letter = LETTER_FOLDS[c];
  if (letter !== undefined) return String.fromCharCode(letter);
  const d = digitValue(c);
  if (d >= 0) return String.fromCharCode(0x30 + d);
  if (isPresentationForm(c)) {
    // A form NFKC leaves alone (or maps to another presentation form) is kept as it is.
    let out = '';
    for (const ch of String.fromCharCode(c).normalize('NFKC')) out += isPresentationForm(ch.charCodeAt(0)) ? ch : foldCodeUnit(ch.charCodeAt(0));
    return out;
  }
  return String.fromCharCode(c);
}

/**
 * What each BMP code unit folds to when that is one code unit or none (0: dropped), or
 * ASK_FOLD_CODE_UNIT when foldCodeUnit must say: presentation forms (which may unfold into several),
 * and NUL, whose own value would read as "dropped" here. U+FFFF folds to itself either way.
 */
const FOLDS_TO = new Uint16Array(0x10000);
const ASK_FOLD_CODE_UNIT = 0xffff;
for (let c = 0; c <= ASK_FOLD_CODE_UNIT; c++) {
  if (c === 0 || isPresentationForm(c)) {
    FOLDS_TO[c] = ASK_FOLD_CODE_UNIT;
    continue;
  }
  const f = foldCodeUnit(c);
  FOLDS_TO[c] = f.length === 0 ? 0 : f.length === 1 ? f.charCodeAt(0) : ASK_FOLD_CODE_UNIT;
}

/** True when folding leaves the code unit as it is: the fast path of foldString. */
function foldsToItself(c: number): boolean {
  return FOLDS_TO[c] === c;
}

/** Code units of a folded word, gathered here and made a string once (a string per code unit costs far more). */
const foldBuffer = new Uint16Array(1024);

/** Folded form of a string, for lookups (lexicon, frequencies, clustering). */
export function foldString(s: string): string {
  let i = 0;
  while (i < s.length && foldsToItself(s.charCodeAt(i))) i++;
  if (i === s.length) return s; // nothing to fold: no new string
  if (s.length > foldBuffer.length) return foldByConcatenation(s, i);
  const unchanged = i;
  let n = 0;
  for (let k = 0; k < unchanged; k++) foldBuffer[n++] = s.charCodeAt(k);
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const f = FOLDS_TO[c];
    if (f === ASK_FOLD_CODE_UNIT) {
      // A presentation form may unfold into many code units (ﷺ into 18).
      const folded = foldCodeUnit(c);
      if (n + folded.length + (s.length - i - 1) > foldBuffer.length) return foldByConcatenation(s, unchanged);
      for (let k = 0; k < folded.length; k++) foldBuffer[n++] = folded.charCodeAt(k);
    } else if (f !== 0) foldBuffer[n++] = f;
  }
  return String.fromCharCode.apply(null, foldBuffer.subarray(0, n) as unknown as number[]);
}

/** foldString for long strings: the unchanged start as one slice, then code unit by code unit. */
function foldByConcatenation(s: string, i: number): string {
  let out = s.slice(0, i);
  for (; i < s.length; i++) out += foldCodeUnit(s.charCodeAt(i));
  return out;
}

/** A folded string together with, for each of its code units, the offset it came from. */
export interface Folded {
  text: string;
  /** origin[i] = offset in the original of folded code unit i; origin[text.length] = original length. */
  origin: number[];
}

/** Folds `s` and keeps the way back to original offsets. */
export function foldWithMap(s: string): Folded {
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const f = foldCodeUnit(s.charCodeAt(i));
    for (let k = 0; k < f.length; k++) origin.push(i);
    text += f;
  }
  origin.push(s.length);
  return { text, origin };
}
