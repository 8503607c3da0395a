import * as assert from 'node:assert';
import { SpacingChecker } from '../../src/core/spacing/checker';
import { DEFAULT_SPACING_OPTIONS, type RunTogetherSensitivity } from '../../src/core/spacing/options';
import { WordStats } from '../../src/core/wordStats';
import { wordLists } from './testLexicon';

// Glued forms with strong evidence (ال inside the token, ة before a name) and with weak evidence
// (only the letters of the two words), in text of our own.
const TEXT =
  'أعلنت الأممالمتحدة أمس أن الشرطةالإيطالية تحقق، وقال الخبير إنه سافرمساء الخميس، ' +
  'وزار الرئيس هولاند والمدينة تستعد وتجول بالأحياء القديمة.';

function flagged(sensitivity: RunTogetherSensitivity): string[] {
  const stats = new WordStats();
  stats.add(TEXT);
  const { findings } = new SpacingChecker(wordLists(), stats).check(TEXT, { ...DEFAULT_SPACING_OPTIONS, runTogetherSensitivity: sensitivity });
  return findings.filter((f) => f.code === 'run-together').map((f) => f.text);
}

describe('run-together sensitivity', () => {
  it('cautious flags only the strongly supported splits', () => {
    assert.deepStrictEqual(flagged('cautious'), ['الأممالمتحدة', 'الشرطةالإيطالية']);
  });

  it('thorough adds the weaker ones and still leaves names and valid words alone', () => {
    assert.deepStrictEqual(flagged('thorough'), ['الأممالمتحدة', 'الشرطةالإيطالية', 'سافرمساء']);
  });

  it('one checker answers both sensitivities from the same cached splits', () => {
    const stats = new WordStats();
    stats.add(TEXT);
    const checker = new SpacingChecker(wordLists(), stats);
    const count = (s: RunTogetherSensitivity) => checker.check(TEXT, { ...DEFAULT_SPACING_OPTIONS, runTogetherSensitivity: s }).findings.length;
    const before = count('cautious');
    assert.ok(count('thorough') > before);
    assert.strictEqual(count('cautious'), before);
  });
});
