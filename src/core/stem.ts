import { FUNCTION_WORDS } from './spacing/arabicWords';

/** Light stemming: the article and one-letter proclitics in front, one common ending behind. */
export function stem(folded: string): string {
  let w = folded;
  const c0 = w[0];
  if (w.length >= 5 && w[1] === 'ا' && w[2] === 'ل' && (c0 === 'و' || c0 === 'ف' || c0 === 'ب' || c0 === 'ك')) w = w.slice(3);
  else if (w.length >= 4 && w[1] === 'ل' && (c0 === 'ا' || c0 === 'ل')) w = w.slice(2);
  else if (w.length >= 4 && (c0 === 'و' || c0 === 'ف' || c0 === 'ب') && !FUNCTION_WORDS.has(w)) w = w.slice(1);
  const end = w.slice(-2);
  if (w.length >= 5 && TWO_LETTER_ENDINGS.has(end)) w = w.slice(0, -2);
  else if (w.length >= 4 && (w.endsWith('ه') || w.endsWith('ي'))) w = w.slice(0, -1);
  return w;
}

const TWO_LETTER_ENDINGS = new Set(['ات', 'ون', 'ين', 'ان', 'يه', 'ها', 'هم']);
