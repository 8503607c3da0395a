import { foldString, isArabicLetter, isFormatMark, isInvisibleMark, isPresentationForm } from './normalize';

/** An Arabic word as it stands in the text: [start, end) in UTF-16 code units, and its folded form. */
export interface Token {
  start: number;
  end: number;
  folded: string;
}

function isWordStart(c: number): boolean {
  return isArabicLetter(c) || isPresentationForm(c);
}

/** Marks and invisible characters belong to the word they sit in. */
function isWordPart(c: number): boolean {
  return isWordStart(c) || isInvisibleMark(c);
}

/**
 * Arabic words of `text` in order. A word is a run of Arabic letters with the marks, tatweel and
 * zero-width characters inside it; digits, Latin and punctuation end it.
 * `maxWordLength` bounds pathological inputs: longer runs are reported with `folded` empty.
 */
export function* arabicWords(text: string, from = 0, to = text.length, maxWordLength = 64): Generator<Token> {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (!isWordStart(c)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < to && isWordPart(text.charCodeAt(i))) i++;
    let end = i;
    // A trailing RLM or ZWNJ stays outside the word; diacritics and tatweel stay in.
    while (end > start + 1 && isFormatMark(text.charCodeAt(end - 1))) end--;
    const raw = end - start <= maxWordLength * 4 ? text.slice(start, end) : '';
    const folded = foldString(raw);
    yield { start, end, folded: folded.length <= maxWordLength ? folded : '' };
  }
}

