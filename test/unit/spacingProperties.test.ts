import * as assert from 'node:assert';
import fc from 'fast-check';
import { applyEdits, isSpacingOnlyEdit, spacingDiff } from '../../src/core/edits';
import { SpacingChecker } from '../../src/core/spacing/checker';
import { DEFAULT_SPACING_OPTIONS } from '../../src/core/spacing/options';
import { fixAllEdits, fixText, preferredEdits } from '../../src/core/spacing/fixAll';
import { punctuationSpacing } from '../../src/core/spacing/punctuation';
import { FindingList, type CliticConvention, type RawFinding } from '../../src/core/spacing/shared';
import { WordStats } from '../../src/core/wordStats';
import { wordLists } from './testLexicon';

// Text made of what Arabic news is made of, including the awkward parts: diacritics, tatweel,
// ZWNJ/RLM, presentation forms, Arabic-Indic digits, quotes and punctuation.
const pieces = [
  'الولايات', 'المتحدة', 'الأمم', 'روسيا', 'و', 'ل', 'ب', 'ك', 'ف', 'في', 'من', 'مستشفى', 'والمدينة', 'حلب', 'قال', 'إن', 'هدية',
  'الامم', 'ة', 'ى', 'ال', 'عبد', 'الله', '18', '٢٤٦', '3.5',
  ' ', ' ', ' ', '  ', '\n', '\t', '«', '»', '"', '،', '.', ',', ':', '؛', '؟', '(', ')',
  '\u064e', '\u0651', '\u0640', '\u200c', '\u200f', '\u200d', '\ufefb', '\ufe8d', 'x', 'Aleppo',
];
const arabicText = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(''));

describe('spacing properties (fast-check)', () => {
  it('every fix only inserts or removes whitespace or tatweel, and stays inside the text', () => {
    fc.assert(
      fc.property(arabicText, (text) => {
        const stats = new WordStats();
        stats.add(text);
        const { findings } = new SpacingChecker(wordLists(), stats).check(text);
        for (const f of findings) {
          assert.strictEqual(text.slice(f.offset, f.offset + f.length), f.text);
          for (const fix of f.fixes) {
            for (const e of fix.edits) {
              assert.ok(e.offset >= f.offset && e.offset + e.length <= f.offset + f.length, `edit inside its finding: ${JSON.stringify({ f, e })}`);
              assert.ok(isSpacingOnlyEdit(text, e), `spacing only: ${JSON.stringify({ text, e })}`);
            }
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('punctuation spacing reads each line on its own: a text gives what its lines give one by one', () => {
    // The rule reads the marks of the whole text in one pass; this holds it to the line-by-line reading.
    const punctuation = (text: string): RawFinding[] => {
      const out: RawFinding[] = [];
      punctuationSpacing(text, 0, text.length, out);
      return out;
    };
    const shifted = (f: RawFinding, by: number): RawFinding => ({
      ...f,
      offset: f.offset + by,
      fixes: f.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, offset: e.offset + by })) })),
    });
    fc.assert(
      fc.property(fc.array(arabicText, { maxLength: 8 }), (lines) => {
        const text = lines.join('\n');
        const lineByLine: RawFinding[] = [];
        let start = 0;
        for (const line of text.split('\n')) {
          lineByLine.push(...punctuation(line).map((f) => shifted(f, start)));
          start += line.length + 1;
        }
        assert.deepStrictEqual(punctuation(text), lineByLine);
      }),
      { numRuns: 1000 },
    );
  });

  it('applyEdits gives what applying the edits one at a time from the end gives, and refuses overlaps', () => {
    const oneByOne = (text: string, edits: { offset: number; length: number; text: string }[]) =>
      [...edits].sort((a, b) => b.offset - a.offset).reduce((t, e) => t.slice(0, e.offset) + e.text + t.slice(e.offset + e.length), text);
    const textAndEdits = fc.string({ maxLength: 80 }).chain((text) =>
      fc
        .uniqueArray(fc.integer({ min: 0, max: text.length }), { maxLength: 12 })
        .chain((cuts) => fc.tuple(fc.constant(text), fc.constant([...cuts].sort((a, b) => a - b)), fc.array(fc.string({ maxLength: 3 }), { minLength: 12, maxLength: 12 }))),
    );
    fc.assert(
      fc.property(textAndEdits, ([text, cuts, inserts]) => {
        // Edits between consecutive cuts: every other gap is replaced, so none overlap.
        const edits = cuts.slice(0, -1).flatMap((c, k) => (k % 2 === 0 ? [{ offset: c, length: cuts[k + 1] - c, text: inserts[k] }] : []));
        assert.strictEqual(applyEdits(text, edits), oneByOne(text, edits));
        if (edits.length > 0 && edits[0].length > 0) {
          const overlapping = { offset: edits[0].offset + edits[0].length - 1, length: 1, text: '' };
          assert.throws(() => applyEdits(text, [...edits, overlapping]), RangeError);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('a finding list keeps the first findings by offset and counts the rest, whatever the limit and the convention', () => {
    const codes = ['run-together', 'detached-clitic', 'punctuation-spacing'] as const;
    // Each rule's offsets, and those of the tatweel convention's own punctuation findings.
    const byRule = fc.tuple(...[...codes, 'tatweel only'].map(() => fc.array(fc.integer({ min: 0, max: 500 }), { maxLength: 30 })));
    fc.assert(
      fc.property(byRule, fc.integer({ min: 0, max: 40 }), fc.constantFrom<CliticConvention>('tatweel', 'attached'), (offsets, limit, convention) => {
        const list = new FindingList(limit);
        const all: RawFinding[] = [];
        // Each rule reports in offset order; the rules one after another, as the checker runs them.
        offsets.forEach((ofRule, k) => {
          for (const offset of [...ofRule].sort((a, b) => a - b)) {
            const f: RawFinding = k < codes.length ? { code: codes[k], offset, length: 1, message: '', fixes: [] } : { code: 'punctuation-spacing', offset, length: 1, message: '', fixes: [], convention: 'tatweel only' };
            all.push(f);
            list.push(f);
          }
        });
        const standing = all.filter((f) => convention === 'tatweel' || f.convention !== 'tatweel only');
        const expected = [...standing].sort((a, b) => a.offset - b.offset || a.code.localeCompare(b.code)).slice(0, limit);
        const key = (f: RawFinding) => [f.offset, f.code, f.convention ?? ''];
        assert.deepStrictEqual(list.first(convention).map(key), expected.map(key));
        assert.strictEqual(list.total(convention), standing.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('fix-all edits never overlap, and a second fix-all changes nothing', () => {
    fc.assert(
      fc.property(arabicText, (text) => {
        const checker = new SpacingChecker(wordLists());
        const edits = preferredEdits(checker.check(text).findings);
        const sorted = [...edits].sort((a, b) => a.offset - b.offset);
        for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i - 1].offset + sorted[i - 1].length <= sorted[i].offset, 'no overlap');
        assert.doesNotThrow(() => applyEdits(text, edits));
        const once = fixText(text, checker, DEFAULT_SPACING_OPTIONS).text;
        const twice = fixText(once, checker, DEFAULT_SPACING_OPTIONS);
        assert.strictEqual(twice.edits, 0, `second pass changed ${JSON.stringify(once)}`);
        assert.strictEqual(once.replace(/[\s\u0640]/g, ''), text.replace(/[\s\u0640]/g, ''));
      }),
      { numRuns: 1000 },
    );
  });

  it('the edits of a whole fix-all are every round at once: spacing only, no overlap, nothing left', () => {
    fc.assert(
      fc.property(arabicText, (text) => {
        const checker = new SpacingChecker(wordLists());
        const edits = fixAllEdits(text, checker, DEFAULT_SPACING_OPTIONS);
        for (const e of edits) assert.ok(isSpacingOnlyEdit(text, e), `spacing only: ${JSON.stringify({ text, e })}`);
        const fixed = applyEdits(text, edits);
        assert.strictEqual(fixed, fixText(text, checker, DEFAULT_SPACING_OPTIONS).text);
        assert.strictEqual(fixText(fixed, checker, DEFAULT_SPACING_OPTIONS).edits, 0, `left over in ${JSON.stringify(fixed)}`);
      }),
      { numRuns: 1000 },
    );
  });

  it('spacingDiff turns one text into another that differs only in spacing, and refuses any other change', () => {
    const spacing = fc.constantFrom(' ', '  ', '\n', '\u0640', '\u200c', '\t');
    const piece = fc.oneof(fc.constantFrom(...pieces.filter((p) => p.trim() !== '')), spacing);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.array(fc.tuple(fc.nat(), fc.oneof(spacing, fc.constant(''))), { maxLength: 8 }), (parts, changes) => {
        const before = parts.join('');
        // Insert, remove or swap spacing at random places.
        const after = [...parts];
        for (const [at, s] of changes) {
          const k = after.length === 0 ? 0 : at % after.length;
          if (after.length > 0 && /^[\s\u0640\u200c]+$/.test(after[k])) after[k] = s;
          else after.splice(k, 0, s);
        }
        const target = after.join('');
        const edits = spacingDiff(before, target);
        assert.strictEqual(applyEdits(before, edits), target);
        for (const e of edits) assert.ok(isSpacingOnlyEdit(before, e));
      }),
      { numRuns: 1000 },
    );
    assert.throws(() => spacingDiff('قال', 'قل'), /more than spacing/);
  });

  it('fixes settle where the rules meet: marks or tatweel by a clitic before a quote, a ligature in a glued token', () => {
    // Counterexamples the properties above once found: two rules undid each other's fix.
    const checker = new SpacingChecker(wordLists());
    for (const text of ['وّ«', 'وّ «', 'ـو«', 'ـو «', 'بِ «هدية', 'كﻻﻻمن']) {
      const once = fixText(text, checker, DEFAULT_SPACING_OPTIONS).text;
      assert.strictEqual(fixText(once, checker, DEFAULT_SPACING_OPTIONS).edits, 0, `${JSON.stringify(text)} → ${JSON.stringify(once)} is not settled`);
    }
  });
});
