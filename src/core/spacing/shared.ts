import type { Fix, RuleCode } from '../types';
import { CONNECTING_PROCLITICS } from './arabicWords';

/** How a one-letter proclitic joins a quote or digit: `لـ«` (tatweel, the default) or `ل«`. */
export type CliticConvention = 'tatweel' | 'attached';

/** A finding before severity is applied. */
export interface RawFinding {
  code: RuleCode;
  offset: number;
  length: number;
  message: string;
  fixes: Fix[];
}

/** Where a rule reports its findings, in the order of their offsets. */
export interface FindingSink {
  push(finding: RawFinding): void;
}

/**
 * The findings of one check. Past `limit`, a rule's findings are only counted: the first `limit` of
 * all (by offset) are among each rule's first `limit`, and a text that is one finding after another
 * (`و و و …`, 10 MB of it) then costs no memory per finding (it took gigabytes and ended the worker).
 */
export class FindingList implements FindingSink {
  private readonly byRule = new Map<RuleCode, RawFinding[]>();
  /** Every finding pushed, kept or not. */
  total = 0;

  constructor(private readonly limit: number) {}

  push(finding: RawFinding | undefined): void {
    if (!finding) return;
    this.total++;
    let kept = this.byRule.get(finding.code);
    if (!kept) this.byRule.set(finding.code, (kept = []));
    if (kept.length < this.limit) kept.push(finding);
  }

  /** The first `limit` findings by offset (rules in code order at one offset). */
  first(): RawFinding[] {
    const all = [...this.byRule.values()].flat();
    all.sort((a, b) => a.offset - b.offset || a.code.localeCompare(b.code));
    return all.slice(0, this.limit);
  }
}

/** What goes between a proclitic and a quote/digit under the convention: a tatweel only after a connecting letter. */
export function joinerFor(letter: string, convention: CliticConvention): string {
  return convention === 'tatweel' && CONNECTING_PROCLITICS.has(letter) ? '\u0640' : '';
}

/** Quotes a piece of the text inside a message. (The editor adds bidi isolates for display.) */
export function q(s: string): string {
  return `"${s}"`;
}

/**
 * The word at `start`..`end` is part of a hashtag, a mention, a web address or an e-mail
 * (`#السعوديةتنتصر`, `@وزارةالصحة`, `www.وزارةالصحة.sa`): written solid on purpose, and a space would
 * break it. Read from the run of text without spaces around the word (at most HANDLE_REACH
 * characters each way).
 */
export function inHandle(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < HANDLE_REACH && !/\s/.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < HANDLE_REACH && !/\s/.test(text[to])) to++;
  const run = text.slice(from, to);
  return /^[(«"“]*[#@]|@|:\/\/|(^|[^\p{L}])www\./u.test(run);
}
const HANDLE_REACH = 200;
