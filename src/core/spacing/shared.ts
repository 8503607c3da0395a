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

/** What goes between a proclitic and a quote/digit under the convention: a tatweel only after a connecting letter. */
export function joinerFor(letter: string, convention: CliticConvention): string {
  return convention === 'tatweel' && CONNECTING_PROCLITICS.has(letter) ? '\u0640' : '';
}

/** Quotes a piece of the text inside a message. (The editor adds bidi isolates for display.) */
export function q(s: string): string {
  return `"${s}"`;
}
