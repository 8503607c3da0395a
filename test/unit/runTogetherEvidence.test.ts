import * as assert from 'node:assert';
import { DEFAULT_SPACING_OPTIONS, SpacingChecker } from '../../src/core/spacing/checker';
import { describeEvidence, proposeSplits } from '../../src/core/spacing/runTogether';
import { WordStats } from '../../src/core/wordStats';
import { wordLists } from './testLexicon';

describe('run-together evidence', () => {
  it('each split says why it is proposed, strongest cue first', () => {
    const [split] = proposeSplits('الأممالمتحدة', 0, wordLists());
    assert.ok(split, 'a split');
    assert.strictEqual(split.evidence[0], 'article');
    const [closed] = proposeSplits('الملكةاليزابيث', 0, wordLists());
    assert.strictEqual(closed.evidence[0], 'closed');
    const [marked] = proposeSplits('الملكةُاليزابيث', 0, wordLists());
    assert.strictEqual(marked.evidence[0], 'closed', 'a case mark after ة still closes the word');
  });

  it('the message names at most two reasons, in words', () => {
    const text = 'أعلنت الأممالمتحدة أمس أن الأمم المتحدة تراقب.';
    const stats = new WordStats();
    stats.add(text);
    const [f] = new SpacingChecker(wordLists(), stats).check(text, DEFAULT_SPACING_OPTIONS).findings;
    assert.strictEqual(f.code, 'run-together');
    assert.match(f.message, /Evidence: the definite article starts a new word; this corpus writes the pair apart elsewhere\.$/);
    assert.strictEqual(describeEvidence(['article', 'apart', 'commonBoth', 'used']).split('; ').length, 2);
    assert.strictEqual(describeEvidence([]), '');
  });

  it('never cuts between tanween and its alef', () => {
    const splits = proposeSplits('محتفظًابمكانته', 0, wordLists(), 0);
    assert.ok(splits.every((s) => !s.parts[0].endsWith('\u064b')), splits.map((s) => s.parts.join(' ')).join(' | '));
  });
});
