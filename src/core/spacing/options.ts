import type { RuleCode, Severity } from '../types';
import type { CliticSetting } from './shared';

/**
 * What a spacing check is asked to do. Kept apart from the checker so that the editor's side, which
 * only passes options along, does not load the engine.
 */
export type SpacingRule = Extract<RuleCode, 'run-together' | 'detached-clitic' | 'punctuation-spacing'>;

export interface SpacingOptions {
  severity: Record<SpacingRule, Severity | 'off'>;
  /** At most this many findings per text (the rest are counted, not listed). */
  maxFindings: number;
  /** How a proclitic joins a quote or digit; `consistent`: as the corpus does more often. */
  cliticBeforeQuote: CliticSetting;
  /**
   * 'cautious' proposes a split only with enough evidence to be right nearly always;
   * 'thorough' also proposes splits with a little less (more found, more false alarms).
   */
  runTogetherSensitivity: RunTogetherSensitivity;
  /** Words written solid on purpose (a name, a brand): never read as run-together words. Matched folded. */
  words: readonly string[];
}

export type RunTogetherSensitivity = 'cautious' | 'thorough';

export const DEFAULT_SPACING_OPTIONS: SpacingOptions = {
  severity: { 'run-together': 'warning', 'detached-clitic': 'warning', 'punctuation-spacing': 'information' },
  maxFindings: 1000,
  cliticBeforeQuote: 'consistent',
  runTogetherSensitivity: 'cautious',
  words: [],
};
