import { digitValue } from '../normalize';
import type { Token } from '../tokenize';
import type { Fix } from '../types';
import { CONNECTING_PROCLITICS, LABELLED_NOUNS, PROCLITICS } from './arabicWords';
import { q, type RawFinding } from './shared';

const HORIZONTAL_SPACE = /[ \t\u00a0]/;
const OPENING_QUOTES = '«"“(';

/**
 * A one-letter proclitic standing apart from its word: `و مستشفى` → `ومستشفى`,
 * `ل «الهيئة` → `لـ«الهيئة` (or `ل«الهيئة`, by convention), `ب 246` → `بـ246`. A letter before
 * another lone letter is an initial, not a proclitic (the agencies' `(أ ف ب)`, `(د ب أ)`), one right
 * after a number is a unit (`70 ك`, `13 ف`), one before a dash drawn with tatweels is a list label
 * (`ب ــ المحور`), and one after a noun that letters label is a label (`المجموعة ب`, `الخطة ب`):
 * `wordBefore` is the word written just before `token`, folded.
 */
export function detachedClitic(text: string, token: Token, next: Token | undefined, wordBefore = ''): RawFinding | undefined {
  if (token.folded.length !== 1 || !PROCLITICS.has(token.folded)) return undefined;
  // و labels too (the sixth letter), but after these nouns it is far more often a detached "and";
  // nor is it a unit.
  const joining = CONNECTING_PROCLITICS.has(token.folded);
  if (joining && LABELLED_NOUNS.has(wordBefore)) return undefined;
  if (text.charCodeAt(token.end - 1) === 0x0640) return undefined; // لـ 32: the tatweel already marks the join
  const before = text[token.start - 1];
  if (before !== undefined && !/[\s(«"“]/.test(before)) return undefined; // ص.ب and the like are abbreviations
  if (joining && token.start >= 2 && /\s/.test(text[token.start - 1]) && isDigit(text[token.start - 2])) return undefined; // 70 ك, 13 ف: a unit after a number
  let gapEnd = token.end;
  while (gapEnd < text.length && HORIZONTAL_SPACE.test(text[gapEnd])) gapEnd++;
  if (gapEnd === token.end || gapEnd - token.end > 3) return undefined;
  if (next && next.start === gapEnd && next.folded.length === 1) return undefined; // أ ف ب: an initial before another
  if (next && next.start === gapEnd && next.folded.length === 0) return undefined; // ب ــ المحور: a list label before a dash drawn with tatweels
  const following = text[gapEnd];
  const letter = token.folded;
  const gap = { offset: token.end, length: gapEnd - token.end };
  let fixes: Fix[];
  if (next && next.start === gapEnd) {
    if (letter === 'ل' && next.folded.startsWith('ال')) {
      // ل + ال is written لل: the alef goes, which is more than a spacing fix.
      return { code: 'detached-clitic', offset: token.start, length: next.end - token.start, message: `Detached letter ${q('ل')}: write it joined, with ال becoming لل (${q(text.slice(next.start, next.end))} → ${q('لل' + text.slice(next.start + 2, next.end))}).`, fixes: [] };
    }
    fixes = [{ title: `Join "${letter}" to the next word`, edits: [{ ...gap, text: '' }] }];
  } else if (OPENING_QUOTES.includes(following) || isDigit(following)) {
    fixes = joinerFixes(letter, gap);
  } else {
    return undefined;
  }
  const end = next && next.start === gapEnd ? next.end : gapEnd + 1;
  const finding: RawFinding = { code: 'detached-clitic', offset: token.start, length: end - token.start, message: `Detached letter ${q(letter)}: a one-letter proclitic is written joined to what follows (${q(text.slice(token.start, end))}).`, fixes };
  if (fixes.length > 1) finding.convention = 'joiners';
  return finding;
}

/** A Western, Arabic-Indic or extended Arabic-Indic digit. */
function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && digitValue(ch.charCodeAt(0)) >= 0;
}

/**
 * Fixes that join a proclitic to a quote or a number: with a tatweel, then directly, for a letter
 * that connects (the checker swaps them under the `attached` convention); و joins directly.
 */
function joinerFixes(letter: string, gap: { offset: number; length: number }): Fix[] {
  const connects = CONNECTING_PROCLITICS.has(letter);
  const direct: Fix = { title: connects ? `Join "${letter}" directly` : `Join "${letter}"`, edits: [{ ...gap, text: '' }] };
  return connects ? [{ title: `Join "${letter}" with a tatweel (${letter}ـ)`, edits: [{ ...gap, text: '\u0640' }] }, direct] : [direct];
}
