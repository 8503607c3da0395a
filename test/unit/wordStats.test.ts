import * as assert from 'node:assert';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import fc from 'fast-check';
import { WordStats } from '../../src/core/wordStats';

/** Counts of neighbouring word pairs, the slow and obvious way. */
function naivePairs(texts: string[][]): Map<string, number> {
  const out = new Map<string, number>();
  for (const words of texts) for (let i = 1; i < words.length; i++) out.set(`${words[i - 1]} ${words[i]}`, (out.get(`${words[i - 1]} ${words[i]}`) ?? 0) + 1);
  return out;
}

describe('corpus word and pair counts', () => {
  // Words from a small vocabulary, so pairs repeat; enough of them that the pair table must grow.
  const letters = 'ابتثجحخدرزسشصضطظعغفقكلمنهوي';
  const vocabulary = Array.from({ length: 120 }, (_, i) => 'كتب' + letters[i % letters.length] + letters[Math.floor(i / letters.length)]);
  const text = fc.array(fc.integer({ min: 0, max: vocabulary.length - 1 }).map((i) => vocabulary[i]), { minLength: 0, maxLength: 400 });

  it('counts every pair of neighbouring words exactly, also after texts are removed', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 30 }), (texts) => {
        const stats = new WordStats();
        for (const t of texts) stats.add(t.join(' '));
        const kept = texts.filter((_, i) => i % 2 === 0);
        for (const t of texts.filter((_, i) => i % 2 === 1)) stats.remove(t.join(' '));
        const expected = naivePairs(kept);
        for (const a of vocabulary.slice(0, 40)) {
          for (const b of vocabulary.slice(0, 40)) assert.strictEqual(stats.pairCount(a, b), expected.get(`${a} ${b}`) ?? 0, `${a} ${b}`);
        }
        assert.strictEqual(stats.words, kept.reduce((n, t) => n + t.length, 0));
      }),
      { numRuns: 40 },
    );
  });

  it('keeps no removed text alive through the long words it brought', function () {
    this.timeout(20_000);
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const stats = new WordStats();
    gc();
    const before = process.memoryUsage().heapUsed;
    // Thirty versions of a 1,000,000-character article (2 MB each), each bringing one new long word,
    // as saving edits does; each is counted and then removed, as the worker does.
    const letters = 'ابتثجحخدرزسشصضطظ';
    for (let v = 0; v < 30; v++) {
      const text = 'قال الوزير '.repeat(90_000) + ' الاستراتيجيات' + letters[v % 16] + letters[Math.floor(v / 16)];
      stats.add(text);
      stats.remove(text);
    }
    gc();
    const retainedMb = (process.memoryUsage().heapUsed - before) / 1e6;
    assert.ok(retainedMb < 20, `${retainedMb.toFixed(1)} MB still held (60 MB if the texts were kept)`);
    assert.strictEqual(stats.count('الاستراتيجياتاا'), 0);
  });

  it('a pair counts only across plain spaces', () => {
    const stats = new WordStats();
    stats.add('قال الوزير. قال  الوزير، ثم قال\nالوزير');
    assert.strictEqual(stats.pairCount('قال', 'الوزير'), 2, 'one and two spaces count; a line break does not');
    assert.strictEqual(stats.pairCount('الوزير', 'قال'), 0, 'a full stop or comma between breaks the pair');
  });
});
