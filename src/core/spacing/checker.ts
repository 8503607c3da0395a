import { foldString } from '../normalize';
import { forEachArabicWord, type Token } from '../tokenize';
import type { Finding, Severity, WordLists } from '../types';
import { isPlainGap, type WordStats } from '../wordStats';
import { detachedClitic } from './detachedClitic';
import { punctuationSpacing } from './punctuation';
import { candidateSplits, chooseSplits, describeEvidence, inArticle, inContext, inSmallFolder, smallFolderLift, WEIGHTS, type Neighbours, type Split, type Weights } from './runTogether';
import { DEFAULT_SPACING_OPTIONS, type RunTogetherSensitivity, type SpacingOptions, type SpacingRule } from './options';
import { FindingList, inHandle, q, type CliticConvention, type CliticSetting, type RawFinding } from './shared';

/** Shortest folded word that could be two words run together. */
const MIN_GLUED = 5;

/** How much less evidence a 'thorough' check accepts than a 'cautious' one. */
const THOROUGH_MARGIN = 1;

/** What one pass over a text found, before the run-together verdicts. */
interface Scan {
  raw: FindingList;
  suspects: Suspect[];
  /** The text's folded words, when it is short enough to be one article (see MAX_ARTICLE). */
  words?: string[];
}

/** A token that may be glued, with the words written beside it. */
type Suspect = Token & Neighbours;

export interface SpacingResult {
  findings: Finding[];
  /** Findings beyond maxFindings that were not listed. */
  omitted: number;
}

/** The spacing rules over one text. Stateless apart from a cache of splits per written token. */
export class SpacingChecker {
  private readonly splitCache = new Map<string, Split[]>();

  constructor(
    private readonly words: WordLists,
    private readonly stats?: WordStats,
    /** Other weights for the run-together cues (the tuning scripts try some). */
    private readonly weights?: Weights,
  ) {}

  /** The evidence a split needs at a sensitivity. */
  private floor(sensitivity: RunTogetherSensitivity): number {
    const { threshold } = this.weights ?? WEIGHTS;
    return sensitivity === 'cautious' ? threshold : threshold - THOROUGH_MARGIN;
  }

  /**
   * What a small folder adds to a split of familiar words (smallFolderLift), but nothing for a token
   * the folder writes more than once, which is more likely its own spelling (a name) than a slip.
   */
  private liftFor(folded: string): number {
    return (this.stats?.count(folded) ?? 0) > 1 ? 0 : smallFolderLift(this.stats?.words ?? 0, this.weights);
  }

  /** Lexicon verdicts by corpus word id: a word is looked up once, however often it occurs. */
  private verdicts = new Int8Array(0);

  private isWord(folded: string, id: number): boolean {
    if (id < 0) return this.words.lexicon.has(folded);
    if (id >= this.verdicts.length) {
      const grown = new Int8Array(Math.max(1024, id * 2));
      grown.set(this.verdicts);
      this.verdicts = grown;
    }
    if (this.verdicts[id] === 0) this.verdicts[id] = this.words.lexicon.has(folded) ? 1 : 2;
    return this.verdicts[id] === 1;
  }

  /** The user's own words, folded, and the list they were folded from: kept while the same list comes back (a check per keystroke). */
  private ownWordsKey = '';
  private ownWordsSet = new Set<string>();

  private ownWords(words: readonly string[]): Set<string> | undefined {
    if (words.length === 0) return undefined;
    const key = words.join('\n');
    if (key !== this.ownWordsKey) {
      this.ownWordsKey = key;
      this.ownWordsSet = new Set(words.map((w) => foldString(w.trim())).filter(Boolean));
    }
    return this.ownWordsSet;
  }

  /** Forget cached splits (the corpus statistics behind them changed). */
  invalidate(): void {
    this.splitCache.clear();
  }

  check(text: string, options: SpacingOptions = DEFAULT_SPACING_OPTIONS): SpacingResult {
    return this.finish(text, this.scan(text, options), options);
  }

  /**
   * Checks many texts whose statistics are learned while they are read: one pass over each text
   * teaches the corpus statistics and runs every rule but the run-together verdicts, which need
   * the statistics of all texts and are settled afterwards (the CLI's path).
   */
  checkAll(texts: readonly string[], options: SpacingOptions = DEFAULT_SPACING_OPTIONS): SpacingResult[] {
    const scans = texts.map((t) => this.scan(t, options, true));
    this.invalidate();
    return texts.map((t, i) => this.finish(t, scans[i], options));
  }

  /** One pass over the words: clitic and punctuation findings, and the tokens that may be glued. */
  private scan(text: string, options: SpacingOptions, learn = false): Scan {
    const raw = new FindingList(options.maxFindings);
    const suspects: Suspect[] = [];
    const on = (rule: SpacingRule) => options.severity[rule] !== 'off';
    const detached = on('detached-clitic');
    const glued = on('run-together');
    const words = glued && text.length <= MAX_ARTICLE ? ([] as string[]) : undefined;
    const learner = learn && this.stats ? this.stats.learner(text) : undefined;
    const ownWords = this.ownWords(options.words);
    if (detached || glued || learner) {
      // Tokens become objects only where a rule needs one: this loop runs once per word.
      let previous: Token | undefined;
      // The word written before `previous` (folded), when only spaces stand between: المجموعة in المجموعة ب.
      let beforePrevious = '';
      // The word before (primitives, not an object per word) and the suspect waiting for its next word.
      let lastFolded = '';
      let lastEnd = -2;
      let lastSuspect: Suspect | undefined;
      forEachArabicWord(text, (start, end, folded, slot) => {
        const id = learner ? learner(start, end, folded, slot) : -1;
        words?.push(folded);
        if (previous) raw.push(detachedClitic(text, previous, { start, end, folded }, beforePrevious));
        const suspect = glued && folded.length >= MIN_GLUED && !this.isWord(folded, id) && !ownWords?.has(folded) && !inHandle(text, start, end);
        // Whether this word and the one before are neighbours matters only beside a suspect.
        const beside = (suspect || lastSuspect !== undefined) && lastFolded !== '' && folded !== '' && isPlainGap(text, lastEnd, start);
        if (lastSuspect && beside) lastSuspect.after = folded;
        lastSuspect = undefined;
        if (suspect) {
          lastSuspect = { start, end, folded, before: beside ? lastFolded : undefined };
          suspects.push(lastSuspect);
        }
        beforePrevious = detached && folded.length === 1 && isPlainGap(text, lastEnd, start) ? lastFolded : '';
        lastFolded = folded;
        lastEnd = end;
        previous = detached && folded.length === 1 ? { start, end, folded } : undefined;
      });
      if (previous) raw.push(detachedClitic(text, previous, undefined, beforePrevious));
    }
    if (on('punctuation-spacing')) punctuationSpacing(text, 0, text.length, raw);
    return { raw, suspects, words };
  }

  private finish(text: string, { raw, suspects, words }: Scan, options: SpacingOptions): SpacingResult {
    // The article's own words, gathered into a set only if a split asks.
    let articleWords: Set<string> | undefined;
    const inText = words && ((folded: string) => (articleWords ??= new Set(words)).has(folded));
    for (const token of suspects) raw.push(this.runTogether(text, token, options.runTogetherSensitivity, inText));
    const convention = this.conventionFor(options.cliticBeforeQuote);
    const listed = raw.first(convention);
    const findings = listed.map(({ convention: _, ...f }) => ({
      ...f,
      severity: options.severity[f.code as SpacingRule] as Severity,
      text: text.slice(f.offset, f.offset + f.length),
    }));
    return { findings, omitted: raw.total(convention) - listed.length };
  }

  /**
   * The convention in force: the setting's, or under `consistent` the one the corpus uses more
   * (tatweel on a tie, and with no corpus). Read when the findings are listed, after the corpus is
   * learned (checkAll learns while it reads).
   */
  private conventionFor(setting: CliticSetting): CliticConvention {
    return setting !== 'consistent' ? setting : (this.stats?.cliticConvention() ?? 'tatweel');
  }

  private runTogether(text: string, token: Suspect, sensitivity: RunTogetherSensitivity, inText?: (folded: string) => boolean): RawFinding | undefined {
    const written = text.slice(token.start, token.end);
    let candidates = this.splitCache.get(written);
    if (!candidates) {
      // Computed once down to the thorough floor, or to no evidence either way when the words beside
      // an occurrence or the rest of its article may still lift a split (inContext, inArticle); each
      // sensitivity takes what it accepts.
      const floor = this.stats ? Math.min(0, this.floor('thorough')) : this.floor('thorough') - smallFolderLift(0, this.weights);
      candidates = candidateSplits(written, 0, { ...this.words, stats: this.stats, weights: this.weights }, floor);
      if (this.splitCache.size > 50_000) this.splitCache.clear();
      this.splitCache.set(written, candidates);
    }
    if (this.stats) candidates = inContext(candidates, token, this.stats, this.weights);
    if (inText) candidates = inArticle(candidates, inText, this.weights);
    candidates = inSmallFolder(candidates, this.liftFor(token.folded));
    const splits = chooseSplits(candidates, this.floor(sensitivity));
    if (splits.length === 0) return undefined;
    const suggestion = (s: Split) => s.parts.join(' ');
    return {
      code: 'run-together',
      offset: token.start,
      length: token.end - token.start,
      message: `Run-together words: ${q(written)} → ${q(suggestion(splits[0]))}${splits.length > 1 ? ` (or ${q(suggestion(splits[1]))})` : ''}.${because(splits[0])}`,
      fixes: splits.map((s) => ({
        title: `Split into "${suggestion(s)}"`,
        edits: s.cuts.map((c) => ({ offset: token.start + c, length: 0, text: ' ' })),
      })),
    };
  }
}

/**
 * Longest text read as one article (characters): a bigger file is a collection, and its words say
 * nothing about one story (the same-article cue is then left out).
 */
const MAX_ARTICLE = 200_000;

/** " Evidence: …." naming why a split is proposed, or "". */
function because(split: Split): string {
  const reasons = describeEvidence(split.evidence);
  return reasons ? ` Evidence: ${reasons}.` : '';
}
