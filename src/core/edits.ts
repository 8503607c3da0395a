import type { TextEdit } from './types';

/** True when an edit only inserts or removes whitespace, zero-width spaces/joiners or tatweel: the promise every Tadqiq fix keeps. */
export function isSpacingOnlyEdit(original: string, edit: TextEdit): boolean {
  const removed = original.slice(edit.offset, edit.offset + edit.length);
  return withoutSpacing(removed) === withoutSpacing(edit.text);
}

const SPACING = /[\s\u0640\u200b-\u200d]/;
const ALL_SPACING = new RegExp(SPACING.source, 'g');

function withoutSpacing(s: string): string {
  return s.replace(ALL_SPACING, '');
}

/**
 * The edits that turn `before` into `after` when the two differ only in spacing (whitespace,
 * zero-width spaces/joiners, tatweel), each at an offset in `before`; throws if anything else differs.
 * Several rounds of fixes become one set of edits on the text as it was.
 */
export function spacingDiff(before: string, after: string): TextEdit[] {
  const edits: TextEdit[] = [];
  const edit = (offset: number, length: number, text: string): void => {
    const last = edits[edits.length - 1];
    if (last && last.offset + last.length === offset) {
      last.length += length;
      last.text += text;
    } else edits.push({ offset, length, text });
  };
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    const b = before[i];
    const a = after[j];
    if (i < before.length && j < after.length && b === a) {
      i++;
      j++;
    } else if (j < after.length && SPACING.test(a) && !(i < before.length && SPACING.test(b))) {
      edit(i, 0, a); // inserted
      j++;
    } else if (i < before.length && SPACING.test(b)) {
      // removed, or replaced by other spacing
      const replacement = j < after.length && SPACING.test(a) ? a : '';
      edit(i, 1, replacement);
      i++;
      if (replacement) j++;
    } else {
      throw new Error(`the texts differ in more than spacing at offset ${i}`);
    }
  }
  return edits;
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

/**
 * Applies non-overlapping edits in one pass, copying the text between them once (an edit at a time
 * copied the whole text per edit: a fix-all of a 1 MB file took seconds). At one offset an insertion
 * goes before a replacement.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset || a.length - b.length);
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    if (e.offset < at || e.offset + e.length > text.length) {
      throw new RangeError(`edit at ${e.offset}+${e.length} is out of range or overlaps another`);
    }
    parts.push(text.slice(at, e.offset), e.text);
    at = e.offset + e.length;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
