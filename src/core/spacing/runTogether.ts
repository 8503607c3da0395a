import { eitherLexicon } from '../eitherLexicon';
import { foldWithMap } from '../normalize';
import type { Lexicon, WordLists, WordSet } from '../types';
import type { WordStats } from '../wordStats';
import {
  articleLength,
  DEMONSTRATIVES_AND_QUANTIFIERS,
  ENCLITICS,
  FUNCTION_WORDS,
  GLUED_PARTICLES,
  INFLECTED_PRONOUN,
  INFLECTION_TAIL,
  isArticleFragment,
  isNamePrefix,
  isReportingVerb,
  isUnitPrefix,
  LOAN_ENDINGS,
  NOUN_PREPOSITIONS,
  TRAILING_FUNCTION_WORDS,
  PREPOSITIONS,
  SUFFIX_FRAGMENTS,
  VERB_ENDINGS,
  VERBAL_PARTICLES,
} from './arabicWords';

/**
 * Weights of the cues for a cut; a cut needs `threshold`, and a split is as good as its weakest cut.
 * Set on the TUNE split of the development news only, with hand-judged flags: a coordinate search
 * (bench/tuneWeights.ts) where one false flag per 10,000 words costs 10 points of recall, then
 * simplified by hand so that more evidence never weighs less. Cues that only occur at word edges
 * (ال inside a token, ة, tanween) weigh the threshold or more. The later cues (funcLeft,
 * gluedMostly, the long-token ones) were each added at the smallest weight that moved recall on
 * tune folders of 1,500 and 3,566 articles, and kept where false flags stayed well under one per
 * 10,000 words in both. With the letter model (`shape`) in, the same search over both folders
 * (price 8, at most 0.75 false flags per 10,000 words) dropped the word-ending cues it subsumes.
 */
export const WEIGHTS = {
  threshold: 3.25,
  article: 4,
  closed: 3,
  hamzaStart: 2,
  pronoun: 1,
  verbAfter: 1,
  funcRight: 2,
  /** More when that full word is a common word (وتسقط|على), not a fragment the lexicon happens to hold (السمت|قبل). */
  funcRightCommon: 0.5,
  articleFragment: 4,
  short2: 4,
  short3: 2,
  /** Less against a three-letter first part in wide use before a common word (inWideUseBefore: خمس|سنوات). */
  short3Wide: 1,
  conjOnLeft: 2,
  shortRight: 4,
  /** Both parts are common words (data/common-words) of five letters or more. */
  commonBoth: 2,
  /** بن ("son of") after a common word of three letters or more: a name, then the next link of its lineage (سعيد|بن). */
  lineage: 3,
  /** A function word, then a common word of five letters or more (في|كوكبنا). */
  funcLeft: 2,
  /** More when that function word is a preposition (من|جهاته): one governs a noun, the common word. */
  prepLeft: 1,
  /**
   * Per unit of the letter model's log-likelihood ratio of two words over one (wordShape.ts), for or
   * against the cut, at most `shapeCap` either way.
   */
  shape: 0.25,
  shapeCap: 3,
  /**
   * Per unit of how much likelier the whole token is as a word of the common list than as a name or
   * loanword (the names model, names.bin), for the cut (only where the letters read as word edges,
   * and not for a token one letter away from a word: a misspelling) or against it, at most
   * `nameShapeCap` either way. With it the threshold rose from 3 to 3.25.
   */
  nameShape: 0.3,
  nameShapeCap: 3,
  /** The token is long for one word (LONG_TOKEN letters or more), or very long (VERY_LONG_TOKEN). */
  longToken: 1,
  veryLongToken: 2,
  /** The corpus writes the pair apart somewhere. */
  apart: 3,
  used1: 1,
  used3: 2,
  used10: 4,
  /** A particle glued to a word in a form common on the web (لايوجد, مازالت). */
  gluedParticle: 2,
  gluedOften: 3,
  gluedTwice: 3,
  gluedMostly: 5,
  /** Per side: the word beside the token is written beside the split's outer part elsewhere (inContext). */
  context: 3,
  /** A part of the split stands on its own elsewhere in the same article (inArticle). */
  sameArticle: 1.5,
  /** Against a cut before the ending of a loanword that is also a word (يوم "day" in بلاتينيوم). */
  loanEnding: 2,
  /** A verb of reporting (قال, أكد, أضاف …) ends where the name of the speaker begins. */
  reporting: 2,
  /**
   * Both parts (four letters or more, not function words) are words the common list holds in
   * FAMILY_MIN forms or more, with clitics and endings (مصدر|مقرب): words in wide use, where a
   * fragment of a foreign name has one form or none. The list has no counts; this stands in for them.
   */
  familyBoth: 1,
  /** The first part (three letters or more, not a function word) is in very wide use: WIDE_FIRST_MIN forms in the common list. */
  wideFirst: 0.5,
  /**
   * What a split into familiar words gains in a folder with no text, shrinking to nothing at
   * SMALL_FOLDER_WORDS (smallFolderLift, inSmallFolder). Set with `nameShape` and the threshold
   * (version 24) on tune folders of 10 to 3,566 articles so that no size had more false flags than
   * before; 1.5 flagged a name in a folder of one article (تسيب|راس).
   */
  smallFolder: 1.25,
};
export type Weights = typeof WEIGHTS;

/** The cues boundaryEvidence weighs (see WEIGHTS). */
export type Cue =
  | 'article' | 'closed' | 'pronoun' | 'hamzaStart' | 'verbAfter' | 'funcRight' | 'commonBoth' | 'apart' | 'used' | 'gluedParticle'
  | 'articleFragment' | 'short2' | 'short3' | 'conjOnLeft' | 'shortRight' | 'gluedOften' | 'gluedTwice' | 'gluedMostly' | 'funcLeft' | 'longToken'
  | 'shape' | 'context' | 'sameArticle' | 'loanEnding' | 'reporting' | 'familyBoth' | 'wideFirst' | 'lineage' | 'nameShape';

/** A proposed split of one glued token: where spaces go, and how strongly the evidence backs it. */
export interface Split {
  /** Offsets in the original text where a space is inserted. */
  cuts: number[];
  /** The parts as written (original characters). */
  parts: string[];
  /** The parts folded (as the word lists and corpus counts know them). */
  folded: string[];
  /** Evidence of the weakest boundary: the split is only as good as its least supported cut. */
  score: number;
  /** Evidence of all boundaries together: the last tie-break between splits (see chooseSplits). */
  total: number;
  /** How familiar the parts are (corpus uses, the common list): breaks ties between equally supported splits. */
  familiarity: number;
  /** Every part is used in the corpus or in the common list. */
  familiarParts: boolean;
  /** The cues in favour at the weakest cut, strongest first: why the split is proposed. */
  evidence: Cue[];
}

export interface RunTogetherContext extends WordLists {
  stats?: WordStats;
  /** Other weights (the tuning scripts try some); WEIGHTS by default. */
  weights?: Weights;
}

/** Tanween: written only on a word's last letter (or the one before a final alef: كتاباً / كتابًا). */
const TANWEEN = /[\u064b-\u064d][\u0640\u064e-\u0652]*\u0627?$/;
/** Tanween (and marks) at the very end, with no alef after it (محتفظً in محتفظًا). */
const TRAILING_TANWEEN = /[\u064b-\u064d][\u0640\u064e-\u0652]*$/;
/** Tanween followed by more letters than the final alef. */
const MID_TANWEEN = /[\u064b-\u064d][\u0640\u064e-\u0652]*(?:\u0627[\u0640\u064b-\u0652]*)?(?!\u0627)[\u0621-\u063a\u0641-\u064a]/;

/** Shortest token worth splitting (two 2-letter words and a bit), and the longest: the search stays bounded. */
const MIN_TOKEN = 5;
/** The start of a compound name written solid by convention (عبدالرحمن, أبوالحسن, أباالخيل, بوالشوارب): up to its ال. */
const COMPOUND_NAME_START = /^[وفبلك]?(عبد|العبد|ابو|ابا|بو)ال/;
/**
 * أبو, أبا before a name without ال (أبوهاشم, أباحسين): where the name ends is unknown, so the token
 * is left alone. Not أبواب ("doors"), which starts with the same letters.
 */
const KUNYA = /^[وفبلك]?(ابو|ابا)(?!ال|اب)/;
const MAX_TOKEN = 40;
const MIN_PART = 2;
/** Folded lengths from which a token is long, and very long, for a single word (clitics included). */
const LONG_TOKEN = 11;
const VERY_LONG_TOKEN = 14;

/**
 * The suggestions for a token that is not a word: the best split and at most one more, or [] when
 * the token should be left alone. `original` is the token as written; positions in `cuts` are
 * relative to `offset`. Splits whose weakest cut has less evidence than `minScore` (by default the
 * weights' threshold) are dropped.
 */
export function proposeSplits(original: string, offset: number, context: RunTogetherContext, minScore?: number): Split[] {
  return chooseSplits(candidateSplits(original, offset, context, minScore), minScore ?? (context.weights ?? WEIGHTS).threshold);
}

/** How much less evidence a second reading may have than the best (the letter model's cue is graded, so exact ties are rare). */
const SECOND_MARGIN = 1.5;

/**
 * Of the candidates, those with at least `floor` evidence: the best one, and a second when it is
 * nearly as well supported (within SECOND_MARGIN), every part of it is a familiar word, and it puts
 * a space where the best does not.
 */
export function chooseSplits(candidates: readonly Split[], floor: number): Split[] {
  // Splits of familiar words first (التسجيل لفريقه before التسجي للفريقه, whose article cue is
  // stronger); then the best weakest cut; then fewer parts (the simpler reading); then the more
  // familiar words; then the most evidence overall.
  const splits = candidates
    .filter((s) => s.score >= floor)
    .sort((a, b) => Number(b.familiarParts) - Number(a.familiarParts) || b.score - a.score || a.cuts.length - b.cuts.length || b.familiarity - a.familiarity || b.total - a.total);
  const [best, ...rest] = splits;
  if (!best) return [];
  // A reading whose spaces are some of the best one's is part of it, not another reading
  // (الولاياتالمتحدة وروسيا beside الولايات المتحدة وروسيا).
  const second = rest.find((s) => s.score >= best.score - SECOND_MARGIN && s.familiarParts && !s.cuts.every((c) => best.cuts.includes(c)));
  return second ? [best, second] : [best];
}

/** Every split of a token into words whose weakest cut has at least `minScore` evidence, unordered. */
export function candidateSplits(original: string, offset: number, context: RunTogetherContext, minScore?: number): Split[] {
  const { text: folded, origin } = foldWithMap(original);
  // A part may be a word of either list; the whole token is judged against the lexicon alone.
  const listed = eitherLexicon(context.lexicon, context.common);
  const ctx = { ...context, lexicon: context.stats ? eitherLexicon(listed, corpusWords(context.stats)) : listed };
  if (folded.length < MIN_TOKEN || folded.length > MAX_TOKEN || context.lexicon.has(folded)) return [];
  // يتهمونه, ينتهكونها: a word of the lexicon with its inflection and pronoun is one word.
  const tail = INFLECTION_TAIL.exec(folded);
  if (tail && isInflected(folded.slice(0, tail.index), original.slice(0, origin[tail.index]), original.slice(origin[tail.index]), ctx.lexicon)) return [];
  if (KUNYA.test(folded)) return [];
  // A compound name (عبدالله, أبوالحسن) is never cut inside, up to two letters past its ال; a word
  // glued after it may still be cut off (الدكتورعبدالله, عبداللهبن).
  const nameStart = COMPOUND_NAME_START.exec(folded);
  const firstCut = nameStart ? nameStart[0].length + 2 : 0;
  const glued = ctx.stats?.count(folded) ?? 0;
  const { threshold } = ctx.weights ?? WEIGHTS;
  const floor = minScore ?? threshold;
  const segmentations = segment(folded, ctx.lexicon);
  // How much likelier the token is as one word of the language than as a name (log ratio; 0 without
  // the models), read only for a token that can be cut; a misspelling (oneLetterFromWord) gets none.
  let wordOverName = segmentations.length > 0 && ctx.names && ctx.shape ? ctx.shape.logProb(folded) - ctx.names.logProb(folded) : 0;
  if (wordOverName > 0 && oneLetterFromWord(folded, context.lexicon)) wordOverName = 0;
  const whole: WholeToken = { length: folded.length, glued, common: ctx.common?.has(folded) ?? false, wordOverName };
  const splits: Split[] = [];
  for (const ends of segmentations) {
    if (ends[0] < firstCut || ends.some((e, k) => k < ends.length - 1 && insideWritten(origin, e))) continue;
    let score = Infinity;
    let total = 0;
    let start = 0;
    let evidence: Cue[] = [];
    for (let k = 0; k < ends.length - 1; k++) {
      const left = folded.slice(start, ends[k]);
      const right = folded.slice(ends[k], ends[k + 1]);
      // As written, each part runs up to the next cut: marks after a part's last letter (tanween) are its own.
      const leftWritten = original.slice(start === 0 ? 0 : origin[start], origin[ends[k]]);
      const rightWritten = original.slice(origin[ends[k]], ends[k + 1] === folded.length ? original.length : origin[ends[k + 1]]);
      const cues: [Cue, number][] = [];
      const strength = boundaryEvidence(left, right, leftWritten, rightWritten, whole, ctx, (c, w) => cues.push([c, w]));
      if (strength < score) evidence = inFavour(cues);
      score = Math.min(score, strength);
      total += strength;
      start = ends[k];
    }
    if (score < floor) continue;
    // Three parts: a short part must be a particle (تي|في|ري is a name, not three words).
    if (ends.length === 3 && !shortPartsOk(folded, ends)) continue;
    const cuts = ends.slice(0, -1).map((e) => origin[e]);
    const parts: string[] = [];
    let from = 0;
    for (const c of cuts) {
      parts.push(original.slice(from, c));
      from = c;
    }
    parts.push(original.slice(from));
    const foldedParts = ends.map((e, k) => folded.slice(k === 0 ? 0 : ends[k - 1], e));
    splits.push({ cuts: cuts.map((c) => offset + c), parts, folded: foldedParts, score, total, evidence, ...familiarity(foldedParts, ctx) });
  }
  if (glued < 3 && !splits.some((s) => s.score >= threshold)) {
    const open = openCut(folded, original, origin, ctx);
    if (open) {
      const at = origin[open.cut];
      const foldedParts = [folded.slice(0, open.cut), folded.slice(open.cut)];
      splits.push({ cuts: [offset + at], parts: [original.slice(0, at), original.slice(at)], folded: foldedParts, score: threshold, total: threshold, evidence: [open.cue], ...familiarity(foldedParts, ctx) });
    }
  }
  return splits;
}

/** Folded letters a misspelling may put in place of another. */
const LETTERS = 'ءؤئابتثجحخدذرزسشصضطظعغفقكلمنهوي';

/**
 * One letter of `folded` replaced makes a word of the lexicon (الإرهابيبن → الإرهابيين): more likely
 * that word mistyped than words run together, which a space (one letter fewer) separates instead.
 */
function oneLetterFromWord(folded: string, lexicon: Lexicon): boolean {
  for (let i = 0; i < folded.length; i++) {
    const head = folded.slice(0, i);
    const tail = folded.slice(i + 1);
    for (const c of LETTERS) if (c !== folded[i] && lexicon.has(head + c + tail)) return true;
  }
  return false;
}

/** Words of four letters or more that the corpus uses on their own (names the word lists lack: الحبانية, رايتز). */
function corpusWords(stats: WordStats): Lexicon {
  const has = (w: string) => w.length >= 4 && stats.count(w) > 0;
  return {
    has,
    forEachWordEnd(folded, start, visit) {
      for (let e = start + 4; e <= folded.length; e++) if (has(folded.slice(start, e))) visit(e);
    },
  };
}

/** How familiar folded parts are: log-scaled corpus uses, and one more for a word of the common list. */
function familiarity(parts: string[], { stats, common }: RunTogetherContext): Pick<Split, 'familiarity' | 'familiarParts'> {
  let sum = 0;
  let all = true;
  for (const p of parts) {
    const uses = stats?.count(p) ?? 0;
    const listed = common?.has(p) ?? false;
    sum += Math.log2(1 + uses) + (listed ? 1 : 0);
    all &&= uses > 0 || listed;
  }
  return { familiarity: sum, familiarParts: all };
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

/** What a cut knows of the whole token it is in (folded). */
export interface WholeToken {
  length: number;
  /** How often the corpus writes the token as it stands. */
  glued: number;
  /** The token is a word of the common list as written. */
  common: boolean;
  /** Log-likelihood ratio of the token as a common word over the token as a name (names.bin); 0 when unknown. */
  wordOverName?: number;
}

/**
 * How strongly the text supports a space between `left` and `right` (folded parts) of `whole`.
 * The lexicon alone is weak evidence (with clitics it accepts most fragments of a foreign
 * name), so a cut needs a shape that real words have at their edges, or corpus support:
 * both parts used as words elsewhere, or the pair written apart elsewhere.
 */
export function boundaryEvidence(
  left: string,
  right: string,
  leftWritten: string,
  rightWritten: string,
  { length, glued, common: wholeCommon, wordOverName = 0 }: WholeToken,
  { lexicon, stats, common, shape, weights: W = WEIGHTS }: RunTogetherContext,
  /** Receives every cue that moved the evidence, with its weight (negative: against the cut). */
  onCue?: (cue: Cue, weight: number) => void,
): number {
  const cue = (name: Cue, weight: number): number => {
    if (onCue && weight !== 0) onCue(name, weight);
    return weight;
  };
  // عبدالله, وعبدالعزيز, أبوظبي: names written solid (بن and بني: unless this corpus writes the pair apart: بن|سعود).
  if (isNamePrefix(left) && !(/^[وفبلك]?بني?$/.test(left) && (stats?.pairCount(left, right) ?? 0) > 0)) return -Infinity;
  // نصرالله, جارالله: a name ending in الله is written solid; a word that ends before it is not (حفظه|الله, رحمة|الله).
  if (right === 'الله' && !closesWord(leftWritten) && !ENDS_IN_PRONOUN.test(left)) return -Infinity;
  if (isUnitPrefix(left)) return -Infinity; // جيجابايت, كيلوجرامات: a unit prefix is part of the loanword
  // A proclitic joined on by a tatweel (the newsroom's لـ) belongs to a whole word after it, not to a
  // letter or two of one (لـالصكوك is not لـا|لصكوك).
  if (TATWEEL_JOINED.test(leftWritten) && left.length < 4) return -Infinity;
  if (articleLength(left + 'xxx') === left.length) return -Infinity; // وال, بال, لل alone are no word
  if (VERB_ENDINGS.has(right)) return -Infinity; // سبقوهم: the ending of a verb, not a word
  // الشرقاوي, الحمران: a suffix the lexicon also lists as a word (أن, إن written with hamza are words).
  // But no suffix starts with the alef that ends the word before it (حاولنا|ان: the hamza left unwritten).
  if (SUFFIX_FRAGMENTS.has(right) && !/^[أإ]/.test(rightWritten) && !(left.endsWith('ا') && right.startsWith('ا'))) return -Infinity;
  if (ENCLITICS.has(right)) return -Infinity; // يحتاجهم: an attached pronoun, not a word
  // ال + one letter is no word, but for the particles إلا and إلى (الا, الي once folded).
  // The article is never written with a hamza: أ|لف and إ|لا as written are no article (ألف ريال).
  const leftHamza = HAMZA_ALEF_START.test(leftWritten);
  if (left.length <= 3 && left.startsWith('ال') && !leftHamza && !/^ال[ىا]$/.test(withoutMarks(leftWritten))) return -Infinity;
  const closed = closesWord(leftWritten);
  // A written hamza-alef starts a word (يقولون|أنها), never an ending, and no inflection holds one (بهدوء|وأنا).
  const startsWord = HAMZA_ALEF_START.test(rightWritten);
  if (!closed && !writtenAsWord(rightWritten) && INFLECTED_PRONOUN.test(right)) return -Infinity;
  // ة and tanween end a word: a part cannot start with ة, nor carry tanween before its end (وفق|اًلوكالة).
  if (rightWritten[0] === 'ة' || MID_TANWEEN.test(leftWritten) || MID_TANWEEN.test(rightWritten)) return -Infinity;
  // No word of two letters ends in ة: بة is no به, whatever folding makes of it (الجنس|بة is الجنسبة, a misspelt الجنسية).
  if ((left.length === 2 && closesWithTaMarbuta(leftWritten)) || (right.length === 2 && closesWithTaMarbuta(rightWritten))) return -Infinity;
  // The alef after tanween (محتفظًا) belongs to the word that carries the tanween.
  if (rightWritten[0] === '\u0627' && TRAILING_TANWEEN.test(leftWritten)) return -Infinity;
  const rightUses = stats?.count(right) ?? 0;
  let score = 0;
  const article = articleLength(right);
  if (article > 0 && lexicon.has(right.slice(article))) score += cue('article', W.article); // ال inside a word starts a new word
  if (closed) score += cue('closed', W.closed);
  else if (left.length >= 4 && ENDS_IN_PRONOUN.test(left)) score += cue('pronoun', W.pronoun); // an attached pronoun ends a word
  // أ إ آ as written mostly start a word (لصالح|آل, يواجه|أشهرا); folding hides them.
  if (startsWord) score += cue('hamzaStart', W.hamzaStart);
  if (isReportingVerb(left) && right.length >= 3) score += cue('reporting', W.reporting); // وقال|عراقجي: who said it comes next
  // لم|يصمد, أن|يسددها: a particle that governs a verb, then a word with the verb's prefix.
  if (VERBAL_PARTICLES.has(left) && /^[يتن]/.test(right) && right.length >= 3) score += cue('verbAfter', W.verbAfter);
  // ستباع|على, سيقود|هذه, يسيطر|عليه: a preposition, demonstrative or other function word after a full word.
  const trailing = TRAILING_FUNCTION_WORDS.has(right) && !closesWithTaMarbuta(rightWritten) && (!right.startsWith('ان') || startsWord);
  if ((PREPOSITIONS.has(right) || DEMONSTRATIVES_AND_QUANTIFIERS.has(right) || trailing) && left.length >= 4) score += cue('funcRight', W.funcRight + (common && inCommonList(left, common) ? W.funcRightCommon : 0));
  if (isArticleFragment(left) && !leftHamza && !FUNCTION_WORDS.has(left)) score += cue('articleFragment', -W.articleFragment); // الحم|ران, والم|ظبي
  // Short first parts are mostly fragments of a name (كات|الونيا); a three-letter word in wide use
  // (خمس, دول) before a common word less often (خمس|سنوات), and a noun preposition (تحت, ضد) never.
  if (left.length === 2 && !FUNCTION_WORDS.has(left)) score += cue('short2', -W.short2);
  else if (left.length === 3 && !FUNCTION_WORDS.has(left) && !NOUN_PREPOSITIONS.has(left)) score += cue('short3', -(inWideUseBefore(left, right, common) ? W.short3Wide : W.short3));
  // روسياو|الولايات: the conjunction belongs to the next word.
  if (left.endsWith('و') && article > 0 && lexicon.has(left.slice(0, -1))) score += cue('conjOnLeft', -W.conjOnLeft);
  // سعيد|بن: بن after a word the common list holds (a name) starts the next link of the lineage;
  // but -يبن after a nisba is more often -يين mistyped (الإرهابيبن for الإرهابيين).
  const lineage = right === 'بن' && left.length >= 3 && !FUNCTION_WORDS.has(left) && !isArticleFragment(left) && (common?.has(left) ?? false) && !(left.length >= 5 && left.endsWith('ي') && lexicon.has(left + 'ين'));
  if (lineage) score += cue('lineage', W.lineage);
  else if (right.length === 2 && !FUNCTION_WORDS.has(right)) score += cue('shortRight', -W.shortRight);
  if (LOAN_ENDINGS.has(right)) score += cue('loanEnding', -W.loanEnding); // البلاتين|يوم, كوينز|لاند: one loanword
  if (common) {
    // A token common as written is a word of the language (a name, a loan) unless it is a particle
    // glued to a word (لايمكن, مازال): the web spells those solid too, but they are two words.
    if (wholeCommon) {
      if (GLUED_PARTICLES.has(left)) score += cue('gluedParticle', W.gluedParticle);
      // The list also holds web spellings of two words (أكثرمن, مديرعام): where this corpus writes
      // the pair apart far more often than solid, the list is outvoted.
      else if (!stats || stats.pairCount(left, right) < APART_OUTVOTES_LIST * Math.max(1, glued)) return -Infinity;
    }
    const isCommon = (p: string) => p.length >= 5 && inCommonList(p, common);
    if (isCommon(left) && isCommon(right)) score += cue('commonBoth', W.commonBoth);
    // في|كوكبنا, تحت|سيطرته: a function word or a noun preposition, then a common word of five letters or more.
    else if ((FUNCTION_WORDS.has(left) || NOUN_PREPOSITIONS.has(left)) && right.length >= 5 && isCommon(right)) score += cue('funcLeft', W.funcLeft + (PREPOSITIONS.has(left) || NOUN_PREPOSITIONS.has(left) ? W.prepLeft : 0));
    // مصدر|مقرب: two words in wide use, evidence where the corpus is too small to show it.
    if (!FUNCTION_WORDS.has(left) && !FUNCTION_WORDS.has(right) && left.length >= 4 && right.length >= 4 && familyCount(left, common) >= FAMILY_MIN && familyCount(right, common) >= FAMILY_MIN) score += cue('familyBoth', W.familyBoth);
    // البلاد, مصدر: a first part with a dozen forms in the list is a word of the language, not the
    // start of a name; but before a loanword's ending it says nothing (البلاد|يوم is البلاديوم).
    if (left.length >= 3 && !FUNCTION_WORDS.has(left) && !LOAN_ENDINGS.has(right) && familyCount(left, common) >= WIDE_FIRST_MIN) score += cue('wideFirst', W.wideFirst);
  }
  if (stats) {
    const apart = stats.pairCount(left, right);
    const shaped = score >= W.threshold; // the word edges alone already call for a space
    if (apart > 0) score += cue('apart', W.apart);
    const used = usedPerReference(Math.min(stats.count(left), rightUses), stats.words);
    score += cue('used', used >= 10 ? W.used10 : used >= 3 ? W.used3 : used >= 1 ? W.used1 : 0);
    // A glued form the corpus keeps using, and never apart, is a name or a term (الكتالوني).
    // Seen just twice it may be one slip spread by wire copy (روسياوالولايات): then only a
    // split without word-edge evidence is doubted.
    if (apart === 0 && glued >= 3) score += cue('gluedOften', -W.gluedOften);
    else if (apart === 0 && glued === 2 && !shaped) score += cue('gluedTwice', -W.gluedTwice);
    // Written solid more often than apart (بلاكبوش, ليماسول): the corpus's own spelling of a name.
    else if (apart > 0 && glued >= 2 && glued > apart) score += cue('gluedMostly', -W.gluedMostly);
  }
  // Letter runs: a word ending and a word start at the cut (وقف|التسريب), or the middle of a name (بيتر|سون).
  // The model counts each word of its list once, so it underrates في, لا, ما (far more frequent in
  // running text than any list shows): beside a function word it only ever speaks for the cut.
  let atWordEdges = false;
  if (shape) {
    const floor = FUNCTION_WORDS.has(left) || FUNCTION_WORDS.has(right) ? 0 : -W.shapeCap;
    const edges = Math.max(floor, Math.min(W.shapeCap, W.shape * shape.twoWordsOverOne(left, right)));
    atWordEdges = edges >= 0;
    score += cue('shape', edges);
  }
  // A token whose letters are those of Arabic words, not of a name or loanword (بلاكبوش), is
  // words run together: evidence for a cut where the letters on each side read as word edges (the
  // model says that there are words, the cut where they meet); a name-like token is doubted at every cut.
  if (wordOverName !== 0) {
    const looks = Math.max(-W.nameShapeCap, Math.min(W.nameShapeCap, W.nameShape * wordOverName));
    if (looks < 0 || atWordEdges) score += cue('nameShape', looks);
  }
  // Few words run to eleven letters or more (with their clitics); glued words often do.
  score += cue('longToken', length >= VERY_LONG_TOKEN ? W.veryLongToken : length >= LONG_TOKEN ? W.longToken : 0);
  return score;
}

/**
 * How much a small folder lifts a split of familiar words (inSmallFolder): the corpus cues (used,
 * apart, context) that a large folder adds cannot speak there, and names recur less, so fewer false
 * flags come.
 */
export function smallFolderLift(words: number, W: Weights = WEIGHTS): number {
  return W.smallFolder * Math.max(0, 1 - words / SMALL_FOLDER_WORDS);
}

/** Folder size (words) from which a small folder lifts nothing: about 500 articles. */
const SMALL_FOLDER_WORDS = 150_000;

/** How many times more often this corpus must write a pair apart than solid to outvote the common list's solid form. */
const APART_OUTVOTES_LIST = 10;

/** Corpus size the `used` levels (1, 3, 10 uses) were set for; other sizes are scaled to it. */
const REFERENCE_WORDS = 1_000_000;
/** A small folder's counts are scaled up at most this much: one sighting in a short text is weak evidence. */
const MAX_SCALE = 3;

/** How often a word would be used in a corpus of the reference size. */
export function usedPerReference(uses: number, words: number): number {
  return uses === 0 ? 0 : (uses * REFERENCE_WORDS) / Math.max(words, REFERENCE_WORDS / MAX_SCALE);
}

/** A common word once one attached pronoun or one proclitic is taken off (ادخلتها → ادخلت, وبوجود → بوجود). */
function commonBase(p: string, common: WordSet): boolean {
  const pronoun = /(ها|هم|هما|هن|ه|كم|نا)$/.exec(p);
  if (pronoun && p.length - pronoun[0].length >= 3 && common.has(p.slice(0, -pronoun[0].length))) return true;
  return 'وفبلك'.includes(p[0]) && common.has(p.slice(1));
}

/** A word of the common list as it stands, or once one pronoun or proclitic is taken off (commonBase). */
function inCommonList(p: string, common: WordSet): boolean {
  return common.has(p) || commonBase(p, common);
}

/** A word in wide use (FAMILY_MIN forms in the common list: خمس, دول, نوع), then a common word of four letters or more. */
function inWideUseBefore(left: string, right: string, common: WordSet | undefined): boolean {
  return common !== undefined && right.length >= 4 && common.has(right) && familyCount(left, common) >= FAMILY_MIN;
}

/** Forms of one word the common list must hold for the word to count as in wide use (familyBoth). */
const FAMILY_MIN = 4;
/** Forms a first part must have in the common list to count as in very wide use (wideFirst). */
const WIDE_FIRST_MIN = 12;
/** The proclitics and endings whose forms of a word are looked up in the common list (folded: ة as ه). */
const FAMILY_PREFIXES = ['', 'ال', 'و', 'ب', 'ل', 'ف', 'وال', 'بال', 'لل', 'ك'];
const FAMILY_SUFFIXES = ['', 'ه', 'ها', 'هم', 'ات', 'ين', 'ون', 'ي', 'ا', 'نا', 'كم', 'هما', 'تها', 'تهم', 'وا'];
/** One proclitic (with the article) at the start of a part: its stem's forms are counted too (المذيع → مذيع). */
const FAMILY_STEM_PREFIX = /^(وال|بال|فال|كال|لل|ال|و|ف|ب|ل)/;

/** How many forms of `stem` with a proclitic or an ending (not the bare form) the common list holds, counting up to `enough`. */
function familyOf(stem: string, common: WordSet, enough: number): number {
  let n = 0;
  for (const p of FAMILY_PREFIXES) {
    for (const s of FAMILY_SUFFIXES) {
      if ((p || s) && common.has(p + stem + s) && ++n >= enough) return n;
    }
  }
  return n;
}

/**
 * How many affixed forms of a part, or of its stem without one proclitic, the common list holds,
 * counting up to `enough` (each form is a lookup: the rule only asks whether there are FAMILY_MIN).
 */
export function commonFamily(part: string, common: WordSet, enough = Infinity): number {
  const own = familyOf(part, common, enough);
  const pre = own < enough ? FAMILY_STEM_PREFIX.exec(part) : null;
  return pre && part.length - pre[0].length >= 3 ? Math.max(own, familyOf(part.slice(pre[0].length), common, enough)) : own;
}

/**
 * commonFamily up to WIDE_FIRST_MIN, remembered per part: the same words come back at many cuts of
 * many tokens, and each count is up to 300 lookups. The memory is dropped when it grows large.
 */
function familyCount(part: string, common: WordSet): number {
  let memo = FAMILY_MEMO.get(common);
  if (!memo || memo.size > FAMILY_MEMO_MAX) FAMILY_MEMO.set(common, (memo = new Map()));
  let n = memo.get(part);
  if (n === undefined) memo.set(part, (n = commonFamily(part, common, WIDE_FIRST_MIN)));
  return n;
}
const FAMILY_MEMO = new WeakMap<WordSet, Map<string, number>>();
const FAMILY_MEMO_MAX = 100_000;

/**
 * A cut at folded index `k` falls inside one written character: a ligature such as ﻻ folds to two
 * letters (لا), and no space can go between them.
 */
function insideWritten(origin: number[], k: number): boolean {
  return origin[k] === origin[k - 1];
}

/** A one-letter proclitic (with its harakat) and a tatweel at the start of a written part. */
const TATWEEL_JOINED = /^[وفبلك][\u064b-\u0652]*\u0640/;

/** An attached pronoun at the end of a folded part. */
const ENDS_IN_PRONOUN = /(ه|ها|هم|هما|هن)$/;

/**
 * `stem` (folded) is a word of the lexicon and `tail` its inflection and attached pronoun, as
 * written: not when the tail is written as a word of its own (في|مدينة, يقولون|أنها: folding made
 * them look alike), when the stem ends in ة, ى or tanween, after which nothing is written
 * (الشرطة|انه), or when the stem is a function word, which takes no verb ending (بعد|تمكن).
 */
function isInflected(stem: string, stemWritten: string, tailWritten: string, lexicon: Lexicon): boolean {
  return stem.length >= 3 && lexicon.has(stem) && !FUNCTION_WORDS.has(stem) && !closesWord(stemWritten) && !writtenAsWord(tailWritten);
}

/** A written ending that no inflection has: it holds a hamza-alef (أنها, وأنا) or ends in ة. */
function writtenAsWord(written: string): boolean {
  return HAMZA_ALEF.test(written) || closesWithTaMarbuta(written);
}

/** A written hamza-alef (أ إ آ), anywhere and at the start: folding turns it into ا. */
const HAMZA_ALEF = /[\u0623\u0625\u0622]/;
const HAMZA_ALEF_START = new RegExp(`^${HAMZA_ALEF.source}`);

/** The written letters without harakat and tatweel. */
function withoutMarks(written: string): string {
  return written.replace(/[\u064b-\u065f\u0640]/g, '');
}

/** The written part's last letter, past marks and tatweel, is ة. */
function closesWithTaMarbuta(written: string): boolean {
  return withoutMarks(written).endsWith('ة');
}

/** The written part ends in a letter or mark that only ever ends a word: ة, ى or tanween. */
function closesWord(written: string): boolean {
  const last = written.replace(/[\u0640\u064b-\u0652]+$/, '').slice(-1); // past marks and tatweel: المتحدةُ
  return last === 'ة' || last === 'ى' || TANWEEN.test(written);
}

/** The cues in favour, strongest first. */
function inFavour(cues: [Cue, number][]): Cue[] {
  return cues.filter(([, w]) => w > 0).sort((a, b) => b[1] - a[1]).map(([c]) => c);
}

function shortPartsOk(folded: string, ends: number[]): boolean {
  let start = 0;
  for (const end of ends) {
    const part = folded.slice(start, end);
    if (part.length <= 2 && !FUNCTION_WORDS.has(part)) return false;
    start = end;
  }
  return true;
}

/**
 * A cut before a part the lexicon lacks (a name), where the left part is a word and its last
 * letter can only end a word: ة, ى (but not the old spelling ىء) or tanween (الملكة|اليزابث).
 * Returns the folded index of the cut and the cue behind it, or undefined.
 */
function openCut(folded: string, original: string, origin: number[], { lexicon, common }: RunTogetherContext): { cut: number; cue: Cue } | undefined {
  for (let k = MIN_PART; k <= folded.length - 3; k++) {
    if (insideWritten(origin, k)) continue;
    const left = folded.slice(0, k);
    const leftWritten = original.slice(0, origin[k]);
    const rightWritten = original.slice(origin[k]);
    // ىء is an old spelling of ئ inside a word (شىء), not a word's end.
    const closed = closesWord(leftWritten) && !(leftWritten.endsWith('ى') && rightWritten[0] === 'ء');
    if (closed && lexicon.has(left)) return { cut: k, cue: 'closed' };
    // محمد|الوذيناني: a common word, then the article and a name.
    if (k >= 4 && common?.has(left) && !FUNCTION_WORDS.has(left) && !isArticleFragment(left) && !isNamePrefix(left) && /^ال/.test(folded.slice(k)) && folded.length - k >= 6) return { cut: k, cue: 'article' };
  }
  return undefined;
}

/** The words written beside one occurrence of a token (folded), when only plain spaces stand between. */
export interface Neighbours {
  folded: string;
  before?: string;
  after?: string;
}

/**
 * The candidates of one occurrence, read against the words beside it: where the word before the
 * token is written before the split's first part elsewhere in this corpus (at least as often as
 * before the whole token), or the word after it after the last part, each side adds `context` to
 * the split's evidence (وأكد الرئيس|الأمريكي, with "وأكد الرئيس" elsewhere). Function-word parts
 * are left out: they stand beside nearly anything, so their pairs say little. Only splits with no
 * evidence against them are lifted: context corroborates a reading, it does not overrule one.
 */
export function inContext(candidates: readonly Split[], { folded, before, after }: Neighbours, stats: WordStats, W: Weights = WEIGHTS): Split[] {
  if (candidates.length === 0 || (!before && !after)) return candidates as Split[];
  const side = (part: string, seen: number, seenWhole: number) => (!FUNCTION_WORDS.has(part) && seen > 0 && seen >= seenWhole ? W.context : 0);
  return candidates.map((split) => {
    if (split.score < 0) return split;
    const first = split.folded[0];
    const last = split.folded[split.folded.length - 1];
    const bonus =
      (before ? side(first, stats.pairCount(before, first), stats.pairCount(before, folded)) : 0) +
      (after ? side(last, stats.pairCount(last, after), stats.pairCount(folded, after)) : 0);
    return bonus ? lifted(split, bonus, ['context', ...split.evidence]) : split;
  });
}

/**
 * The candidates read against the article they stand in: where a part of four letters or more, not
 * a function word, stands on its own elsewhere in the same article, the split gains `sameArticle`
 * (names and topic words recur within a story: ثوماسرايتز in an article that names رايتز again).
 * As with context, only splits with no evidence against them are lifted.
 */
export function inArticle(candidates: readonly Split[], inText: (folded: string) => boolean, W: Weights = WEIGHTS): Split[] {
  return candidates.map((split) => {
    if (split.score < 0) return split;
    const seen = split.folded.some((part) => part.length >= 4 && !FUNCTION_WORDS.has(part) && inText(part));
    return seen ? lifted(split, W.sameArticle, [...split.evidence, 'sameArticle']) : split;
  });
}

/**
 * The candidates in a small folder: a split into familiar words (each used in the corpus or in the
 * common list) with no evidence against it gains `lift` (smallFolderLift), standing in for the
 * corpus evidence a small folder cannot give. A split with a stranger part gains nothing: in a small
 * folder such parts are mostly fragments of a foreign name.
 */
export function inSmallFolder(candidates: readonly Split[], lift: number): Split[] {
  if (lift <= 0) return candidates as Split[];
  return candidates.map((split) => (split.score < 0 || !split.familiarParts ? split : lifted(split, lift, split.evidence)));
}

/** A split with `bonus` more evidence at every cut (so at its weakest, and in all), and the cues that say why. */
function lifted(split: Split, bonus: number, evidence: Cue[]): Split {
  return { ...split, score: split.score + bonus, total: split.total + bonus, evidence };
}

/** What each cue in favour of a cut says, for the message of a finding. */
const CUE_TEXT: Partial<Record<Cue, string>> = {
  article: 'the definite article starts a new word',
  closed: 'ة, ى or tanween only end a word',
  pronoun: 'the first word ends in a pronoun',
  hamzaStart: 'a hamza on alef starts a new word',
  verbAfter: 'a particle before a verb',
  funcRight: 'a preposition, demonstrative or other function word after a full word',
  reporting: 'a verb of reporting ends before the speaker',
  commonBoth: 'both are common words',
  familyBoth: 'both are words in wide use',
  wideFirst: 'the first word is in wide use',
  funcLeft: 'a function word or preposition before a common word',
  longToken: 'the whole is long for one word',
  shape: 'the letters read as two words',
  context: 'the words beside it stand beside these parts elsewhere in this corpus',
  sameArticle: 'the article uses one of these words on its own',
  apart: 'this corpus writes the pair apart elsewhere',
  used: 'this corpus uses both words on their own',
  gluedParticle: 'a particle written onto the next word',
  lineage: 'بن follows a name as a word of its own',
  nameShape: 'the letters are those of Arabic words, not of a name',
};

/** The (at most two strongest) reasons for a split, in words; "" when there are none to name. */
export function describeEvidence(evidence: readonly Cue[]): string {
  return evidence
    .map((c) => CUE_TEXT[c])
    .filter(Boolean)
    .slice(0, 2)
    .join('; ');
}

