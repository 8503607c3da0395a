import { DEFAULT_SPACING_OPTIONS, SpacingChecker } from '../src/core/spacing/checker';
import { arabicWords } from '../src/core/tokenize';
import type { Finding, Lexicon } from '../src/core/types';
import { WordStats } from '../src/core/wordStats';
import { rng } from './data';

/** A glued case with known truth: the glued token's span in the modified text and where the spaces were. */
interface GluedCase {
  article: number;
  start: number;
  end: number;
  /** Offsets (in the modified text) where a space belongs. */
  cuts: number[];
  glued: string;
  truth: string;
}

export interface SpacingQuality {
  articles: number;
  words: number;
  cases: number;
  triples: number;
  excludedAsWords: number;
  detected: number;
  exact: number;
  otherFlags: number;
  recall: number;
  precision: number;
  exactRate: number;
  cleanWords: number;
  cleanRunTogether: number;
  cleanDetached: number;
  cleanPunctuation: number;
  missed: string[];
  wrongSplit: string[];
  cleanSamples: string[];
}

/**
 * Builds glued cases from real text (neighbouring words joined: the originals are the truth),
 * runs the checker with the corpus statistics a user would have (all the articles), and scores it.
 * The same articles, untouched, give the false-alarm rate on clean text.
 */
export function evaluateSpacing(texts: string[], lexicon: Lexicon, seed = 7, perArticle = 2): SpacingQuality {
  const random = rng(seed);
  const cases: GluedCase[] = [];
  let excludedAsWords = 0;
  const modified = texts.map((text, article) => {
    const words = [...arabicWords(text)];
    const chosen = new Set<number>();
    const edits: { at: number; size: number }[] = [];
    for (let attempt = 0; attempt < 20 && edits.length < perArticle; attempt++) {
      const size = random() < 0.15 ? 3 : 2;
      const i = Math.floor(random() * (words.length - size));
      if (i < 0 || [...Array(size).keys()].some((k) => chosen.has(i + k) || chosen.has(i + k - 1) || chosen.has(i + k + 1))) continue;
      const group = words.slice(i, i + size);
      if (group.some((w) => w.folded.length < 2)) continue;
      if (!group.every((w, k) => k === 0 || text.slice(group[k - 1].end, w.start) === ' ')) continue;
      const glued = group.map((w) => w.folded).join('');
      if (lexicon.has(glued)) {
        excludedAsWords++;
        continue;
      }
      for (let k = 0; k < size; k++) chosen.add(i + k);
      edits.push({ at: i, size });
    }
    // Remove the spaces from the end backwards, tracking where each case lands.
    let out = text;
    const local: Omit<GluedCase, 'article'>[] = [];
    for (const { at, size } of edits.sort((a, b) => b.at - a.at)) {
      const group = words.slice(at, at + size);
      const truth = text.slice(group[0].start, group[size - 1].end);
      const glued = truth.replace(/ /g, '');
      out = out.slice(0, group[0].start) + glued + out.slice(group[size - 1].end);
      const shift = truth.length - glued.length;
      for (const c of local) {
        c.start -= shift;
        c.end -= shift;
        c.cuts = c.cuts.map((x) => x - shift);
      }
      const cuts: number[] = [];
      let removed = 0;
      for (let k = 1; k < size; k++) {
        removed++;
        cuts.push(group[k].start - removed);
      }
      local.push({ start: group[0].start, end: group[0].start + glued.length, cuts, glued, truth });
    }
    for (const c of local) cases.push({ ...c, article });
    return out;
  });

  const stats = new WordStats();
  for (const t of modified) stats.add(t);
  const checker = new SpacingChecker(lexicon, stats);
  const options = { ...DEFAULT_SPACING_OPTIONS, maxFindings: Infinity };
  let detected = 0;
  let exact = 0;
  let otherFlags = 0;
  let words = 0;
  const missed: string[] = [];
  const wrongSplit: string[] = [];
  modified.forEach((text, article) => {
    words += countWords(text);
    const flags = checker.check(text, options).findings.filter((f) => f.code === 'run-together');
    const mine = cases.filter((c) => c.article === article);
    const matched = new Set<Finding>();
    for (const c of mine) {
      const f = flags.find((x) => x.offset < c.end && x.offset + x.length > c.start);
      if (!f) {
        missed.push(`${c.glued} (${c.truth})`);
        continue;
      }
      matched.add(f);
      detected++;
      const cuts = f.fixes[0].edits.map((e) => e.offset);
      if (f.offset === c.start && f.length === c.end - c.start && cuts.join() === c.cuts.join()) exact++;
      else wrongSplit.push(`${c.glued}: ${f.message}`);
    }
    otherFlags += flags.filter((f) => !matched.has(f)).length;
  });

  // Clean text: the same articles untouched, with statistics from them.
  const cleanStats = new WordStats();
  for (const t of texts) cleanStats.add(t);
  const cleanChecker = new SpacingChecker(lexicon, cleanStats);
  let cleanWords = 0;
  const byCode = { 'run-together': 0, 'detached-clitic': 0, 'punctuation-spacing': 0 } as Record<string, number>;
  const cleanSamples: string[] = [];
  for (const text of texts) {
    cleanWords += countWords(text);
    for (const f of cleanChecker.check(text, options).findings) {
      byCode[f.code]++;
      if (f.code === 'run-together' && cleanSamples.length < 400) cleanSamples.push(f.message);
    }
  }
  return {
    articles: texts.length,
    words,
    cases: cases.length,
    triples: cases.filter((c) => c.cuts.length === 2).length,
    excludedAsWords,
    detected,
    exact,
    otherFlags,
    recall: detected / cases.length,
    precision: detected / (detected + otherFlags),
    exactRate: exact / detected,
    cleanWords,
    cleanRunTogether: byCode['run-together'],
    cleanDetached: byCode['detached-clitic'],
    cleanPunctuation: byCode['punctuation-spacing'],
    missed,
    wrongSplit,
    cleanSamples,
  };
}

function countWords(text: string): number {
  let n = 0;
  for (const t of arabicWords(text)) if (t.folded) n++;
  return n;
}
