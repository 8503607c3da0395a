import type { TextEdit } from './types';

/** True when an edit only inserts or removes whitespace, zero-width spaces/joiners or tatweel: the promise every Tadqiq fix keeps. */
export function isSpacingOnlyEdit(original: string, edit: TextEdit): boolean {
  const removed = original.slice(edit.offset, edit.offset + edit.length);
  return withoutSpacing(removed) === withoutSpacing(edit.text);
}

function withoutSpacing(s: string): string {
  return s.replace(/[\s\u0640\u200b-\u200d]/g, '');
}

/**
 * Picks edits in document order, skipping any that overlaps or touches one already taken
 * (ESLint's fix-all rule): the result can be applied as one edit.
 */
export function nonOverlapping(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset || a.length - b.length);
  const taken: TextEdit[] = [];
  let end = -1;
  for (const e of sorted) {
    if (e.offset < end || (e.offset === end && e.length === 0 && taken.length > 0)) continue;
    taken.push(e);
    end = e.offset + e.length;
  }
  return taken;
}

/** Applies non-overlapping edits from the end backwards, so earlier offsets stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.offset - a.offset);
  let out = text;
  let limit = Infinity;
  for (const e of sorted) {
    if (e.offset < 0 || e.offset + e.length > out.length || e.offset + e.length > limit) {
      throw new RangeError(`edit at ${e.offset}+${e.length} is out of range or overlaps another`);
    }
    out = out.slice(0, e.offset) + e.text + out.slice(e.offset + e.length);
    limit = e.offset;
  }
  return out;
}
