import * as fs from 'node:fs';
import * as path from 'node:path';
import { SpacingChecker } from '../src/core/spacing/checker';
import { DEFAULT_SPACING_OPTIONS, type RunTogetherSensitivity } from '../src/core/spacing/options';
import type { Weights } from '../src/core/spacing/runTogether';
import { arabicWords } from '../src/core/tokenize';
import type { Finding, WordLists } from '../src/core/types';
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
  /** Of otherFlags: tokens judged by hand to be real run-together words of the papers. */
  otherReal: number;
  recall: number;
  /** Precision when flags on tokens judged real errors of the papers are not counted as false. */
  judgedPrecision: number;
  precision: number;
  exactRate: number;
  cleanWords: number;
  cleanRunTogether: number;
  /** Run-together flags on untouched text whose token was judged a real error / was never judged. */
  cleanReal: number;
  cleanUnjudged: number;
  unjudged: string[];
  cleanDetached: number;
  cleanPunctuation: number;
  missed: string[];
  wrongSplit: string[];
  cleanSamples: string[];
  /** The same tallies by group of articles (EvaluationOptions.groups), e.g. by outlet. */
  byGroup: Map<string, GroupTally>;
}

/** What a group of articles contributed: glued cases and how many were found; clean words and false flags. */
export interface GroupTally {
  articles: number;
  cases: number;
  detected: number;
  cleanWords: number;
  /** Run-together flags on untouched text not judged a real error of the papers (unjudged ones included). */
  cleanFalse: number;
}

export function emptyTally(): GroupTally {
  return { articles: 0, cases: 0, detected: 0, cleanWords: 0, cleanFalse: 0 };
}

/** Adds `t` into `into`, field by field. */
export function addTally(into: GroupTally, t: GroupTally): void {
  for (const k of Object.keys(into) as (keyof GroupTally)[]) into[k] += t[k];
}

/**
 * Builds glued cases from real text (neighbouring words joined: the originals are the truth),
 * runs the checker with the corpus statistics a user would have (all the articles), and scores it.
 * The same articles, untouched, give the false-alarm rate on clean text.
 */
export interface EvaluationOptions {
  /** Seed of the random choice of word pairs to glue. */
  seed: number;
  perArticle?: number;
  judged?: Judgments;
  sensitivity?: RunTogetherSensitivity;
  weights?: Weights;
  /** Development aid: sees every run-together flag, as a glued case, another flag, or a flag on untouched text. */
  onFlag?: (kind: 'case' | 'other' | 'clean', f: Finding, stats: WordStats) => void;
  /** Other articles whose words join the corpus statistics, unchecked: a user's reference articles (tadqiq.corpus.reference, --reference). */
  reference?: string[];
  /** A group name for each text (its outlet, say): the figures are also tallied by group. */
  groups?: string[];
}

export function evaluateSpacing(texts: string[], lists: WordLists, { seed, perArticle = 2, judged = new Judgments(), sensitivity = 'cautious', weights, onFlag, reference = [], groups }: EvaluationOptions): SpacingQuality {
  const byGroup = new Map<string, GroupTally>();
  const tally = (article: number): GroupTally => {
    const name = groups?.[article] ?? 'all';
    let t = byGroup.get(name);
    if (!t) byGroup.set(name, (t = emptyTally()));
    return t;
  };
  const { lexicon } = lists;
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
  for (const t of [...reference, ...modified]) stats.add(t);
  const checker = new SpacingChecker(lists, stats, weights);
  const options = { ...DEFAULT_SPACING_OPTIONS, maxFindings: Infinity, runTogetherSensitivity: sensitivity };
  let detected = 0;
  let exact = 0;
  let otherFlags = 0;
  let otherReal = 0;
  let wordCount = 0;
  const missed: string[] = [];
  const wrongSplit: string[] = [];
  modified.forEach((text, article) => {
    wordCount += countWords(text);
    const flags = checker.check(text, options).findings.filter((f) => f.code === 'run-together');
    const mine = cases.filter((c) => c.article === article);
    const group = tally(article);
    group.articles++;
    group.cases += mine.length;
    const matched = new Set<Finding>();
    for (const c of mine) {
      const f = flags.find((x) => x.offset < c.end && x.offset + x.length > c.start);
      if (!f) {
        missed.push(`${c.glued} (${c.truth})`);
        continue;
      }
      matched.add(f);
      detected++;
      group.detected++;
      onFlag?.('case', f, stats);
      const cuts = f.fixes[0].edits.map((e) => e.offset);
      if (f.offset === c.start && f.length === c.end - c.start && cuts.join() === c.cuts.join()) exact++;
      else wrongSplit.push(`${c.glued}: ${f.message}`);
    }
    for (const f of flags) {
      if (matched.has(f)) continue;
      otherFlags++;
      onFlag?.('other', f, stats);
      if (judged.get(f.text, around(text, f)) === 'real') otherReal++;
    }
  });

  // Clean text: the same articles untouched, with statistics from them.
  const cleanStats = new WordStats();
  for (const t of [...reference, ...texts]) cleanStats.add(t);
  const cleanChecker = new SpacingChecker(lists, cleanStats, weights);
  let cleanWords = 0;
  const byCode = { 'run-together': 0, 'detached-clitic': 0, 'punctuation-spacing': 0 } as Record<string, number>;
  const cleanSamples: string[] = [];
  const unjudged = new Set<string>();
  let cleanReal = 0;
  let cleanUnjudged = 0;
  texts.forEach((text, article) => {
    const group = tally(article);
    const words = countWords(text);
    cleanWords += words;
    group.cleanWords += words;
    for (const f of cleanChecker.check(text, options).findings) {
      byCode[f.code]++;
      if (f.code !== 'run-together') continue;
      onFlag?.('clean', f, cleanStats);
      if (cleanSamples.length < 400) cleanSamples.push(f.message);
      const verdict = judged.get(f.text, around(text, f));
      if (verdict === 'real') cleanReal++;
      else group.cleanFalse++;
      if (verdict === undefined) {
        cleanUnjudged++;
        unjudged.add(f.text);
      }
    }
  });
  return {
    articles: texts.length,
    words: wordCount,
    cases: cases.length,
    triples: cases.filter((c) => c.cuts.length === 2).length,
    excludedAsWords,
    detected,
    exact,
    otherFlags,
    otherReal,
    ...rates({ cases: cases.length, detected, exact, otherFlags, otherReal }),
    cleanWords,
    cleanRunTogether: byCode['run-together'],
    cleanReal,
    cleanUnjudged,
    unjudged: [...unjudged],
    cleanDetached: byCode['detached-clitic'],
    cleanPunctuation: byCode['punctuation-spacing'],
    missed,
    wrongSplit,
    cleanSamples,
    byGroup,
  };
}

/**
 * The texts as separate folders of `size` articles, each its own corpus (as a user with a small
 * folder has it), evaluated one by one and added up: how small folders fare, over many of them.
 */
export function inFolders(texts: string[], size: number, lists: WordLists, options: EvaluationOptions): SpacingQuality {
  const parts: SpacingQuality[] = [];
  for (let k = 0; k < texts.length; k += size) parts.push(evaluateSpacing(texts.slice(k, k + size), lists, options));
  if (parts.length === 1) return parts[0];
  const q = { ...parts[0], byGroup: new Map<string, GroupTally>() };
  for (const k of ['articles', 'words', 'cases', 'triples', 'excludedAsWords', 'detected', 'exact', 'otherFlags', 'otherReal', 'cleanWords', 'cleanRunTogether', 'cleanReal', 'cleanUnjudged', 'cleanDetached', 'cleanPunctuation'] as const) {
    q[k] = parts.reduce((n, p) => n + p[k], 0);
  }
  for (const k of ['unjudged', 'missed', 'wrongSplit', 'cleanSamples'] as const) q[k] = [...new Set(parts.flatMap((p) => p[k]))];
  return { ...q, ...rates(q) };
}

/** Recall, precisions and the exact-split rate from the counts behind them. */
function rates({ cases, detected, exact, otherFlags, otherReal }: Pick<SpacingQuality, 'cases' | 'detected' | 'exact' | 'otherFlags' | 'otherReal'>): Pick<SpacingQuality, 'recall' | 'precision' | 'judgedPrecision' | 'exactRate'> {
  return {
    recall: detected / cases,
    precision: detected / (detected + otherFlags),
    judgedPrecision: detected / (detected + otherFlags - otherReal),
    exactRate: exact / detected,
  };
}

function countWords(text: string): number {
  let n = 0;
  for (const t of arabicWords(text)) if (t.folded) n++;
  return n;
}

/** Hand verdicts on flagged tokens of the untouched news: is the token really words run together? */
export type Verdict = 'real' | 'false' | 'unsure';

/**
 * Hand verdicts on flagged tokens: one per token, or per occurrence where the same letters are one
 * word in some articles and two in others (مايلي: the singer Miley, or ما يلي "the following").
 */
export class Judgments {
  private readonly byToken = new Map<string, Verdict>();
  private readonly byContext = new Map<string, { words: string; verdict: Verdict }[]>();

  set(token: string, verdict: Verdict, words?: string): void {
    if (!words) this.byToken.set(token, verdict);
    else (this.byContext.get(token) ?? this.byContext.set(token, []).get(token)!).push({ words, verdict });
  }

  has(token: string): boolean {
    return this.byToken.has(token) || this.byContext.has(token);
  }

  /** The verdict on one occurrence of `token`; `around` is the text about it (a per-occurrence verdict applies where its words appear there). */
  get(token: string, around = ''): Verdict | undefined {
    return this.byContext.get(token)?.find((c) => around.includes(c.words))?.verdict ?? this.byToken.get(token);
  }
}

/** The text about a finding, for per-occurrence verdicts. */
export function around(text: string, f: Finding): string {
  return text.slice(Math.max(0, f.offset - AROUND), f.offset + f.length + AROUND);
}
const AROUND = 60;

/**
 * bench/fixtures/spacing-judged.tsv: `token TAB verdict`, or `token TAB verdict TAB words` for a
 * verdict on the occurrences with those words about them; no file, no verdicts.
 */
export function loadJudgments(file = path.resolve(__dirname, '..', '..', 'bench', 'fixtures', 'spacing-judged.tsv')): Judgments {
  const judged = new Judgments();
  if (!fs.existsSync(file)) return judged;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const [token, verdict, words] = line.split('\t');
    if (token && (verdict === 'real' || verdict === 'false' || verdict === 'unsure')) judged.set(token, verdict, words);
  }
  return judged;
}
