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
 * Visits the Arabic words of `text` in order. A word is a run of Arabic letters with the marks,
 * tatweel and zero-width characters inside it; digits, Latin and punctuation end it.
 * `maxWordLength` bounds pathological inputs: longer runs are visited with `folded` empty.
 * A callback, not an iterator: this is the hot loop of every rule and of the corpus statistics.
 */
export function forEachArabicWord(text: string, visit: (start: number, end: number, folded: string) => void, maxWordLength = 64): void {
  const to = text.length;
  let i = 0;
  while (i < to) {
    if (!isWordStart(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < to && isWordPart(text.charCodeAt(i))) i++;
    let end = i;
    // A trailing RLM or ZWNJ stays outside the word; diacritics and tatweel stay in.
    while (end > start + 1 && isFormatMark(text.charCodeAt(end - 1))) end--;
    if (end - start > maxWordLength * 4) {
      visit(start, end, '');
      continue;
    }
    const folded = foldString(text.slice(start, end));
    visit(start, end, folded.length <= maxWordLength ? folded : '');
  }
}

/** The Arabic words of `text` as tokens (see forEachArabicWord). */
export function arabicWords(text: string, maxWordLength = 64): Token[] {
  const out: Token[] = [];
  forEachArabicWord(text, (start, end, folded) => out.push({ start, end, folded }), maxWordLength);
  return out;
}
