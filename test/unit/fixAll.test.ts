import * as assert from 'node:assert';
import { applyEdits } from '../../src/core/edits';
import { SpacingChecker } from '../../src/core/spacing/checker';
import { DEFAULT_SPACING_OPTIONS } from '../../src/core/spacing/options';
import { fixAllEdits, preferredEdits } from '../../src/core/spacing/fixAll';
import { WordStats } from '../../src/core/wordStats';
import { wordLists } from './testLexicon';

describe('fix-all', () => {
  // Five words run together: one round of preferred fixes splits off at most three of them.
  const text = 'أعلنت الولاياتالمتحدةوروسياوالصينوفرنسا اتفاقا جديدا.\n';

  it('one round of preferred fixes leaves part of a long run for later', () => {
    const checker = new SpacingChecker(wordLists(), new WordStats());
    const once = applyEdits(text, preferredEdits(checker.check(text).findings));
    assert.notStrictEqual(once, text);
    assert.ok(checker.check(once).findings.some((f) => f.code === 'run-together'), `nothing left in ${once}`);
  });

  it('fixAllEdits makes every round at once, as edits on the text as it stands', () => {
    const checker = new SpacingChecker(wordLists(), new WordStats());
    const edits = fixAllEdits(text, checker, DEFAULT_SPACING_OPTIONS);
    assert.deepStrictEqual(edits.map((e) => e.text), [' ', ' ', ' ', ' ']);
    assert.strictEqual(applyEdits(text, edits), 'أعلنت الولايات المتحدة وروسيا والصين وفرنسا اتفاقا جديدا.\n');
  });
});
