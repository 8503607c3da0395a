import { applyEdits, nonOverlapping, spacingDiff } from '../edits';
import type { Finding, TextEdit } from '../types';
import type { SpacingChecker } from './checker';
import type { SpacingOptions } from './options';

/** Edits of the preferred fix of each finding, overlap-free (ESLint's fix-all rule). */
export function preferredEdits(findings: readonly Finding[]): TextEdit[] {
  return nonOverlapping(findings.flatMap((f) => (f.fixes[0] ? f.fixes[0].edits : [])));
}

const MAX_PASSES = 5;

/**
 * Applies preferred fixes until nothing is left to fix (fixes skipped for overlapping an
 * earlier one get their turn in the next pass). Returns the text and how many edits were made.
 */
export function fixText(text: string, checker: SpacingChecker, options: SpacingOptions): { text: string; edits: number } {
  let edits = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { findings } = checker.check(text, { ...options, maxFindings: Infinity });
    const chosen = preferredEdits(findings);
    if (chosen.length === 0) break;
    text = applyEdits(text, chosen);
    edits += chosen.length;
  }
  return { text, edits };
}

/**
 * Every round of fixes `fixText` would make, as one set of edits on `text` as it stands: a fix-all
 * that leaves nothing for a second round (a caption run into the next sentence takes several), and
 * is still one edit and one undo.
 */
export function fixAllEdits(text: string, checker: SpacingChecker, options: SpacingOptions): TextEdit[] {
  return spacingDiff(text, fixText(text, checker, options).text);
}
