import { foldWithMap } from '../normalize';
import type { Lexicon } from '../types';
import type { WordStats } from '../wordStats';
import { articleLength, ENCLITICS, FUNCTION_WORDS, isNamePrefix, PREPOSITIONS, SUFFIX_FRAGMENTS, VERB_ENDINGS } from './arabicWords';
/**
 * Weights of the evidence for a cut (tuned on the TUNE split of the development news only;
 * see bench/tuneSpacing.ts). Structural cues that only occur at word edges weigh 3.
 */
const W = { conj: 1, func: 1, funcRight: 2, u1: 2, u3: 3, u10: 4, th: 3, at: 2, pron: 1, plural: 1, prep: 1, g2: 2 };

/** A proposed split of one glued token: where spaces go, and how strongly the evidence backs it. */
export interface Split {
  /** Offsets in the original text where a space is inserted. */
  cuts: number[];
  /** The parts as written (original characters). */
  parts: string[];
  /** Evidence of the weakest boundary: the split is only as good as its least supported cut. */
  score: number;
  /** Evidence of all boundaries together: breaks ties between splits with the same weakest cut. */
  total: number;
}

export interface RunTogetherContext {
  lexicon: Lexicon;
  stats?: WordStats;
}

/** Tanween: written only on a word's last letter (or the one before a final alef: كتاباً / كتابًا). */
const TANWEEN = /[\u064b-\u064d][\u0640\u064e-\u0652]*\u0627?$/;

/** Endings that close a word: feminine plural, attached pronouns, masculine plural. */
function wordEndShape(left: string): number {
  if (left.length >= 5 && left.endsWith('ات')) return W.at;
  if (left.length >= 4 && /(ه|ها|هم|هما|هن)$/.test(left)) return W.pron;
  if (left.length >= 5 && /(ون|ين)$/.test(left)) return W.plural;
  return 0;
}

/** Shortest token worth splitting (two 2-letter words and a bit), and the longest: the search stays bounded. */
const MIN_TOKEN = 5;
const COMPOUND_NAME = /^[وفبلك]?((عبد|العبد|بو)ال|ابو|ابا)|.الله$/;
const MAX_TOKEN = 40;
const MIN_PART = 2;
/** A boundary needs at least this much evidence (see boundaryEvidence) to be proposed. */
export const SPLIT_THRESHOLD = W.th;

/**
 * Splits for a token that is not a word, best first, or [] when the token should be left alone.
 * `original` is the token as written; positions in `cuts` are relative to `offset`.
 */
export function proposeSplits(original: string, offset: number, ctx: RunTogetherContext): Split[] {
  const { text: folded, origin } = foldWithMap(original);
  if (folded.length < MIN_TOKEN || folded.length > MAX_TOKEN || ctx.lexicon.has(folded)) return [];
  if (COMPOUND_NAME.test(folded)) return []; // عبدالله, أبوالحسن, أباالخيل, الجارالله: names written solid by convention
  const segmentations = segment(folded, ctx.lexicon);
  if (segmentations.length === 0) return [];
  const glued = ctx.stats?.count(folded) ?? 0;
  const splits: Split[] = [];
  for (const ends of segmentations) {
    let score = Infinity;
    let total = 0;
    let start = 0;
    for (let k = 0; k < ends.length - 1; k++) {
      const left = folded.slice(start, ends[k]);
      const right = folded.slice(ends[k], ends[k + 1]);
      const leftWritten = original.slice(origin[start], origin[ends[k] - 1] + 1);
      const rightWritten = original.slice(origin[ends[k]], origin[ends[k + 1] - 1] + 1);
      const evidence = boundaryEvidence(left, right, leftWritten, rightWritten, glued, ctx.lexicon, ctx.stats);
      score = Math.min(score, evidence);
      total += evidence;
      start = ends[k];
    }
    if (score < SPLIT_THRESHOLD) continue;
    const cuts = ends.slice(0, -1).map((e) => origin[e]);
    const parts: string[] = [];
    let from = 0;
    for (const c of cuts) {
      parts.push(original.slice(from, c));
      from = c;
    }
    parts.push(original.slice(from));
    splits.push({ cuts: cuts.map((c) => offset + c), parts, score, total });
  }
  // Best weakest cut first; then the most evidence overall; then fewer parts (the simpler reading).
  splits.sort((a, b) => b.score - a.score || b.total - a.total || a.cuts.length - b.cuts.length);
  return splits.filter((s) => s.score >= splits[0].score - 1).slice(0, 2);
}

/** All ways to cut `folded` into 2 or 3 words of the lexicon; each as the list of part ends. */
function segment(folded: string, lexicon: Lexicon): number[][] {
  const n = folded.length;
  const out: number[][] = [];
  const firstEnds: number[] = [];
  lexicon.forEachWordEnd(folded, 0, (e) => {
    if (e >= MIN_PART && e <= n - MIN_PART) firstEnds.push(e);
  });
  for (const e1 of firstEnds) {
    if (lexicon.has(folded.slice(e1))) out.push([e1, n]);
    lexicon.forEachWordEnd(folded, e1, (e2) => {
      if (e2 - e1 >= MIN_PART && e2 <= n - MIN_PART && lexicon.has(folded.slice(e2))) out.push([e1, e2, n]);
    });
  }
  return out;
}

/**
 * How strongly the text supports a space between `left` and `right` (folded parts).
 * The lexicon alone is weak evidence (with clitics it accepts most fragments of a foreign
 * name), so a cut needs a shape that real words have at their edges, or corpus support:
 * both parts used as words elsewhere, or the pair written apart elsewhere.
 */
export function boundaryEvidence(left: string, right: string, leftWritten: string, rightWritten: string, glued: number, lexicon: Lexicon, stats?: WordStats): number {
  if (isNamePrefix(left)) return -Infinity; // عبدالله, وعبدالعزيز, أبوظبي: names written solid
  if (articleLength(left + 'xxx') === left.length) return -Infinity; // وال, بال, لل alone are no word
  if (VERB_ENDINGS.has(right)) return -Infinity; // سبقوهم: the ending of a verb, not a word
  // الشرقاوي, الحمران: a suffix the lexicon also lists as a word (أن, إن written with hamza are words).
  if (SUFFIX_FRAGMENTS.has(right) && !/^[أإ]/.test(rightWritten)) return -Infinity;
  if (ENCLITICS.has(right)) return -Infinity; // يحتاجهم: an attached pronoun, not a word
  // ال + one letter is no word, but for the particles إلا and إلى (الا, الي once folded).
  if (left.length <= 3 && left.startsWith('ال') && !/^[اإ]ل[ىا]$/.test(leftWritten.replace(/[\u064b-\u065f\u0640]/g, ''))) return -Infinity;
  const lastLetter = leftWritten[leftWritten.length - 1];
  const rightUses = stats?.count(right) ?? 0;
  let score = 0;
  const article = articleLength(right);
  if (article > 0 && lexicon.has(right.slice(article))) score += 3; // ال inside a word starts a new word
  else if (right[0] === 'و' && right.length >= 4 && lexicon.has(right.slice(1))) score += W.conj; // a conjunction starts one too
  if (lastLetter === 'ة' || lastLetter === 'ى' || TANWEEN.test(leftWritten)) score += 3; // only ever at a word's end
  else score += wordEndShape(left);
  if ((right[0] === 'ب' || right[0] === 'ل') && right.length >= 4 && lexicon.has(right.slice(1))) score += W.prep;
  if (FUNCTION_WORDS.has(left)) score += W.func;
  if (PREPOSITIONS.has(right) && left.length >= 4) score += W.funcRight; // ستباع|على: a preposition after a full word
  if (left.length === 2 && !FUNCTION_WORDS.has(left)) score -= 2;
  else if (left.length === 3 && !FUNCTION_WORDS.has(left)) score -= 1; // كات|الونيا: short fragments of foreign names
  // روسياو|الولايات: the conjunction belongs to the next word.
  if (left.endsWith('و') && article > 0 && lexicon.has(left.slice(0, -1))) score -= 2;
  if (right.length === 2 && !FUNCTION_WORDS.has(right)) score -= 2;
  if (stats) {
    const apart = stats.pairCount(left, right);
    const shaped = score >= SPLIT_THRESHOLD; // the word edges alone already call for a space
    if (apart > 0) score += apart >= 3 ? 3 : 2;
    const used = Math.min(stats.count(left), rightUses);
    score += used >= 10 ? W.u10 : used >= 3 ? W.u3 : used >= 1 ? W.u1 : 0;
    // هو|تميل, في|نيس: a two-letter particle before a rare word is more often the start of a name.
    if (left.length === 2 && FUNCTION_WORDS.has(left) && rightUses < 3 && apart === 0) score -= 1;
    // A glued form the corpus keeps using, and never apart, is a name or a term (الكتالوني).
    // Seen just twice it may be one slip spread by wire copy (روسياوالولايات): then only a
    // split without word-edge evidence is doubted.
    if (apart === 0 && glued >= 3) score -= 3;
    else if (apart === 0 && glued === 2 && !shaped) score -= W.g2;
  }
  return score;
}
