import * as assert from 'node:assert';
import { SpacingChecker } from '../../src/core/spacing/checker';
import { DEFAULT_SPACING_OPTIONS, type RunTogetherSensitivity } from '../../src/core/spacing/options';
import { inSmallFolder, smallFolderLift, WEIGHTS, type Split } from '../../src/core/spacing/runTogether';
import { WordStats } from '../../src/core/wordStats';
import { wordLists } from './testLexicon';

// Glued forms with strong evidence (ال inside the token, ة before a name) and with weak evidence
// (only the letters: of two words, and of Arabic words rather than a name), in text of our own.
const TEXT =
  'أعلنت الأممالمتحدة أمس أن الشرطةالإيطالية تحقق، وقال الخبير إن الجولة تمت عبرفرقة محلية، ' +
  'وزار الرئيس هولاند والمدينة تستعد وتجول بالأحياء القديمة.';

/** The weights as a folder of 500 articles or more has them: no lift for a small folder. */
const LARGE_FOLDER = { ...WEIGHTS, smallFolder: 0 };

function flagged(sensitivity: RunTogetherSensitivity, weights = LARGE_FOLDER, text = TEXT): string[] {
  const stats = new WordStats();
  stats.add(text);
  const { findings } = new SpacingChecker(wordLists(), stats, weights).check(text, { ...DEFAULT_SPACING_OPTIONS, runTogetherSensitivity: sensitivity });
  return findings.filter((f) => f.code === 'run-together').map((f) => f.text);
}

describe('run-together sensitivity', () => {
  it('cautious flags only the strongly supported splits', () => {
    assert.deepStrictEqual(flagged('cautious'), ['الأممالمتحدة', 'الشرطةالإيطالية']);
  });

  it('thorough adds the weaker ones and still leaves names and valid words alone', () => {
    assert.deepStrictEqual(flagged('thorough'), ['الأممالمتحدة', 'الشرطةالإيطالية', 'عبرفرقة']);
  });

  it('one checker answers both sensitivities from the same cached splits', () => {
    const stats = new WordStats();
    stats.add(TEXT);
    const checker = new SpacingChecker(wordLists(), stats, LARGE_FOLDER);
    const count = (s: RunTogetherSensitivity) => checker.check(TEXT, { ...DEFAULT_SPACING_OPTIONS, runTogetherSensitivity: s }).findings.length;
    const before = count('cautious');
    assert.ok(count('thorough') > before);
    assert.strictEqual(count('cautious'), before);
  });

  it('a small folder asks for less evidence, but not for a spelling it repeats', () => {
    // This text is the whole folder: the corpus cues a large folder adds cannot speak.
    assert.deepStrictEqual(flagged('cautious', WEIGHTS), ['الأممالمتحدة', 'الشرطةالإيطالية', 'عبرفرقة']);
    const twice = `${TEXT} وقيل إن العرض تم عبرفرقة أخرى كذلك.`;
    assert.deepStrictEqual(flagged('cautious', WEIGHTS, twice), ['الأممالمتحدة', 'الشرطةالإيطالية'], 'written twice: maybe the folder\'s own spelling');
  });

  it('the lift shrinks with the folder and is gone at 150,000 words', () => {
    assert.strictEqual(smallFolderLift(0), WEIGHTS.smallFolder);
    assert.ok(smallFolderLift(20_000) < WEIGHTS.smallFolder && smallFolderLift(20_000) > smallFolderLift(100_000));
    assert.strictEqual(smallFolderLift(150_000), 0);
    assert.strictEqual(smallFolderLift(5_000_000), 0);
  });

  it('a small folder lifts only splits into familiar words with no evidence against them', () => {
    const split = (score: number, familiarParts: boolean): Split => ({ cuts: [4], parts: ['ازدياد', 'عدد'], folded: ['ازدياد', 'عدد'], score, total: score, familiarity: 1, familiarParts, evidence: ['shape'] });
    const [familiar, stranger, against] = inSmallFolder([split(2.2, true), split(2.2, false), split(-1, true)], 0.5);
    assert.strictEqual(familiar.score, 2.7);
    assert.strictEqual(familiar.total, 2.7);
    assert.strictEqual(stranger.score, 2.2, 'a part no list or corpus knows: more likely a fragment of a name');
    assert.strictEqual(against.score, -1, 'evidence against is not overruled');
  });
});
