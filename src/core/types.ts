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

/** A word list over folded words (see normalize.ts). */
export interface Lexicon {
  has(folded: string): boolean;
  /** Calls `visit(end)` for every end such that folded.slice(start, end) is a word. */
  forEachWordEnd(folded: string, start: number, visit: (end: number) => void): void;
}
