import type { Fix, RuleCode } from '../types';
import { CONNECTING_PROCLITICS } from './arabicWords';

/** How a one-letter proclitic joins a quote or digit: `لـ«` (tatweel) or `ل«`. */
export type CliticConvention = 'tatweel' | 'attached';

/** The setting: a convention, or `consistent`, the one the corpus itself uses more (tatweel on a tie). */
export type CliticSetting = CliticConvention | 'consistent';

/** A finding before severity is applied. */
export interface RawFinding {
  code: RuleCode;
  offset: number;
  length: number;
  message: string;
  fixes: Fix[];
  /**
   * The rules write for the tatweel convention; the checker adapts what depends on it once the
   * corpus is read (see adaptToConvention): 'tatweel only' is no finding under `attached`, and
   * 'joiners' (a tatweel, then directly) swaps its two fixes.
   */
  convention?: 'tatweel only' | 'joiners';
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
  /** The 'tatweel only' findings, kept apart so that under `attached` they take no room. */
  private readonly tatweelOnly: RawFinding[] = [];
  /** Findings pushed, kept or not: those that hold under either convention, and the 'tatweel only' ones. */
  private always = 0;
  private tatweelOnlyTotal = 0;

  constructor(private readonly limit: number) {}

  push(finding: RawFinding | undefined): void {
    if (!finding) return;
    let kept: RawFinding[] | undefined;
    if (finding.convention === 'tatweel only') {
      this.tatweelOnlyTotal++;
      kept = this.tatweelOnly;
    } else {
      this.always++;
      kept = this.byRule.get(finding.code);
      if (!kept) this.byRule.set(finding.code, (kept = []));
    }
    if (kept.length < this.limit) kept.push(finding);
  }

  /** How many findings there are under the convention, listed or not. */
  total(convention: CliticConvention): number {
    return this.always + (convention === 'tatweel' ? this.tatweelOnlyTotal : 0);
  }

  /** The first `limit` findings by offset under the convention (rules in code order at one offset). */
  first(convention: CliticConvention): RawFinding[] {
    const all: RawFinding[] = [];
    for (const kept of this.byRule.values()) for (const f of kept) all.push(adaptToConvention(f, convention));
    if (convention === 'tatweel') all.push(...this.tatweelOnly);
    all.sort((a, b) => a.offset - b.offset || a.code.localeCompare(b.code));
    return all.slice(0, this.limit);
  }
}

/** A finding as it stands under the convention: the fix of the convention first. */
function adaptToConvention(f: RawFinding, convention: CliticConvention): RawFinding {
  return f.convention === 'joiners' && convention === 'attached' ? { ...f, fixes: [...f.fixes].reverse() } : f;
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
