/** Shared data shapes of the core. Everything is plain data so it crosses worker and process boundaries. */

/** Replace `length` UTF-16 code units at `offset` with `text`. Offsets are in the original document. */
export interface TextEdit {
  offset: number;
  length: number;
  text: string;
}

/** One way to fix a finding: a set of non-overlapping edits applied together. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

export type RuleCode = 'run-together' | 'detached-clitic' | 'punctuation-spacing' | 'unreadable-input';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A problem found in a text. `fixes` are ordered best first. */
export interface Finding {
  code: RuleCode;
  severity: Severity;
  offset: number;
  length: number;
  /** The flagged text, exactly as it stands in the document. */
  text: string;
  message: string;
  fixes: Fix[];
}

/** A set of folded words (see normalize.ts). */
export interface WordSet {
  has(folded: string): boolean;
}

/** A word list over folded words that can also walk a text for the words it starts with. */
export interface Lexicon extends WordSet {
  /** Calls `visit(end)` for every end such that folded.slice(start, end) is a word. */
  forEachWordEnd(folded: string, start: number, visit: (end: number) => void): void;
}

/** The word lists the spacing rules consult. */
export interface WordLists {
  /** Every word form (with clitics): is this a word at all? */
  lexicon: Lexicon;
  /** Words common in running text: much smaller, and evidence that a part of a glued token is a word. */
  common?: Lexicon;
  /** What words look like letter by letter (spacing/wordShape.ts): does a cut fall between two words? */
  shape?: WordShapeModel;
  /** The same kind of model learned from names and loanwords (the common words the lexicon lacks). */
  names?: WordShapeModel;
}

export interface WordShapeModel {
  /** Log-likelihood ratio of two folded words over the one word they make together. */
  twoWordsOverOne(left: string, right: string): number;
  /** Natural log of the probability of a folded string as one whole word of the model's list. */
  logProb(folded: string): number;
}
