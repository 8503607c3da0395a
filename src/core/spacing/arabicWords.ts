/**
 * Closed classes of Arabic words that the spacing rules reason with. These are grammar, not a
 * lexicon: prepositions, particles and pronouns (folded: no hamza on alef, ى as ي, ة as ه).
 */

/** Function words that very often stand before another word; a glued form starting with one is suspect. */
export const FUNCTION_WORDS = new Set(
  (
    'في من على عن الي ان لا ما لم لن قد هذا هذه ذلك تلك هؤلاء التي الذي الذين اللذين اللتين كان كانت ' +
    'بعد قبل حتي مع عند كل بين او ثم منذ خلال حول دون غير لدي اذا لكن حيث اي عبر ضمن اما انه انها ' +
    'هو هي هم نحن انا كما بل ولا ولم وقد فقد لقد ليس ليست عليه عليها منه منها فيه فيها الا سوف امس اليوم'
  ).split(' '),
);

/** Folded first parts of compound proper names that newsrooms write solid: عبدالله, أبوظبي. */
export const NAME_PREFIXES = new Set(['عبد', 'ابو', 'بو', 'ابي', 'ابن', 'بن', 'بني', 'ذو', 'ذي', 'ذا']);

/** One-letter proclitics: conjunctions و ف, prepositions ب ل ك. */
export const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

/** Proclitics that join the next letter, so a tatweel can carry them onto a quote or digit (لـ«, بـ5). */
export const CONNECTING_PROCLITICS = new Set(['ف', 'ب', 'ل', 'ك']);

/** Letters that never join the following letter: a missing space after them is invisible on screen. */
export const NON_CONNECTING = new Set(['ا', 'د', 'ذ', 'ر', 'ز', 'و', 'ء']);

/** The definite article and its prefixed forms at the start of a folded word. */
export function startsWithArticle(folded: string): boolean {
  if (folded.length >= 4 && folded.startsWith('ال')) return true;
  if (folded.length >= 5 && folded.startsWith('لل')) return true;
  return folded.length >= 5 && 'وفبك'.includes(folded[0]) && folded.startsWith('ال', 1);
}
