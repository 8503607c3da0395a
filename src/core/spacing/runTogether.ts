import { foldWithMap } from '../normalize';
import type { Lexicon } from '../types';
import type { WordStats } from '../wordStats';
import { FUNCTION_WORDS, NAME_PREFIXES, NON_CONNECTING, startsWithArticle } from './arabicWords';

/** A proposed split of one glued token: where spaces go, and how strongly the evidence backs it. */
export interface Split {
  /** Offsets in the original text where a space is inserted. */
  cuts: number[];
  /** The parts as written (original characters). */
  parts: string[];
  /** Evidence of the weakest boundary: the split is only as good as its least supported cut. */
  score: number;
}

export interface RunTogetherContext {
  lexicon: Lexicon;
  stats?: WordStats;
}

/** Shortest token worth splitting (two 2-letter words and a bit), and the longest: the search stays bounded. */
const MIN_TOKEN = 5;
const MAX_TOKEN = 40;
const MIN_PART = 2;
/** A boundary needs at least this much evidence (see boundaryEvidence) to be proposed. */
export const SPLIT_THRESHOLD = 3;

/**
 * Splits for a token that is not a word, best first, or [] when the token should be left alone.
 * `original` is the token as written; positions in `cuts` are relative to `offset`.
 */
export function proposeSplits(original: string, offset: number, ctx: RunTogetherContext): Split[] {
  const { text: folded, origin } = foldWithMap(original);
  if (folded.length < MIN_TOKEN || folded.length > MAX_TOKEN || ctx.lexicon.has(folded)) return [];
  const segmentations = segment(folded, ctx.lexicon);
  if (segmentations.length === 0) return [];
  const glued = ctx.stats?.count(folded) ?? 0;
  const splits: Split[] = [];
  for (const ends of segmentations) {
    let score = Infinity;
    let start = 0;
    for (let k = 0; k < ends.length - 1; k++) {
      const left = folded.slice(start, ends[k]);
      const right = folded.slice(ends[k], ends[k + 1]);
      const lastLetter = original[origin[ends[k] - 1]];
      score = Math.min(score, boundaryEvidence(left, right, lastLetter, glued, ctx.stats));
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
    splits.push({ cuts: cuts.map((c) => offset + c), parts, score });
  }
  // Best evidence first; on a tie, fewer parts (the simpler reading).
  splits.sort((a, b) => b.score - a.score || a.cuts.length - b.cuts.length);
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
 * name), so a cut needs a shape that real words have at their edges, or corpus support.
 */
export function boundaryEvidence(left: string, right: string, lastLetter: string, glued: number, stats?: WordStats): number {
  if (NAME_PREFIXES.has(left) && startsWithArticle(right)) return -Infinity; // عبدالله, أبوالحسن are names written solid
  let score = 0;
  if (startsWithArticle(right)) score += 3; // ال inside a word starts a new word
  if (lastLetter === 'ة' || lastLetter === 'ى') score += 3; // letters that only end a word
  if (FUNCTION_WORDS.has(left)) score += 2;
  if (NON_CONNECTING.has(left[left.length - 1])) score += 1;
  if (left.length === 2 && !FUNCTION_WORDS.has(left)) score -= 2;
  if (right.length === 2) score -= 2;
  if (stats) {
    const apart = stats.pairCount(left, right);
    if (apart > 0) score += apart >= 3 ? 3 : 2;
    if (stats.count(left) > 0 && stats.count(right) > 0) score += 1;
    if (glued >= 2 && apart === 0) score -= 3; // the corpus spells it this way: a name or a term
  }
  return score;
}
