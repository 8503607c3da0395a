import * as assert from 'node:assert';
import fc from 'fast-check';
import { learnWordShape, ORDER, WordShape } from '../../src/core/spacing/wordShape';
import { wordLists } from './testLexicon';

/** The textbook estimate, straight from the counts: what the back-off file must reproduce exactly. */
function directLogProb(words: string[], word: string): number {
  const letters = new Set(['^', '$', ...words.join('')]);
  const counts = new Map<string, number>();
  for (const w of new Set(words)) {
    const s = '^'.repeat(ORDER - 1) + w + '$';
    for (let i = ORDER - 1; i < s.length; i++) for (let k = 0; k < ORDER; k++) counts.set(s.slice(i - k, i + 1), (counts.get(s.slice(i - k, i + 1)) ?? 0) + 1);
  }
  const context = (h: string) => {
    let total = 0;
    let types = 0;
    for (const [key, n] of counts) if (key.length === h.length + 1 && key.startsWith(h)) (total += n), types++;
    return types ? { total, types } : undefined;
  };
  const s = '^'.repeat(ORDER - 1) + word + '$';
  let sum = 0;
  for (let i = ORDER - 1; i < s.length; i++) {
    let p = 1 / (letters.size + 1);
    for (let k = 0; k < ORDER; k++) {
      const ctx = context(s.slice(i - k, i));
      if (!ctx) break;
      p = ((counts.get(s.slice(i - k, i + 1)) ?? 0) + ctx.types * p) / (ctx.total + ctx.types);
    }
    sum += Math.log(p);
  }
  return sum;
}

describe('word shape (the letter model of a word)', () => {
  const words = ['كتاب', 'كتب', 'مكتبة', 'الكتاب', 'الطالب', 'طالبة', 'مدرسة', 'المدرسة', 'درس', 'يدرس', 'يكتب'];
  const model = WordShape.fromBytes(learnWordShape(words));

  it('reads back exactly the Witten-Bell estimate it learned, for any string', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...'كتابلطمدرسةيوز'), { minLength: 1, maxLength: 12 }), (letters) => {
        const w = letters.join('');
        assert.ok(Math.abs(model.logProb(w) - directLogProb(words, w)) < 1e-3, w);
      }),
      { numRuns: 300 },
    );
  });

  it('finds the words it learned likelier than the same letters shuffled', () => {
    assert.ok(model.logProb('المدرسة') > model.logProb('ةسردملا'));
    assert.ok(model.logProb('الكتاب') > model.logProb('الكتابب'));
  });

  it('rates two words run together above one word, and the middle of one word below', () => {
    assert.ok(model.twoWordsOverOne('الطالب', 'المدرسة') > 0, 'a word ending, then ال');
    assert.ok(model.twoWordsOverOne('مدر', 'سة') < 0, 'a cut inside مدرسة');
  });

  it('on the shipped model, a cut between two Arabic words beats a cut inside a foreign name', () => {
    const shape = wordLists().shape;
    assert.ok(shape, 'dist/lexicon/shape.bin was not built');
    for (const [left, right] of [['كتب', 'الطالب'], ['المدرسه', 'الجديده'], ['يهتم', 'بها']]) assert.ok(shape.twoWordsOverOne(left, right) > 2, `${left}|${right}`);
    for (const [left, right] of [['جون', 'سون'], ['كاليفور', 'نيا'], ['ديمو', 'قراطيه'], ['ميكرو', 'سوفت']]) assert.ok(shape.twoWordsOverOne(left, right) < -2, `${left}|${right}`);
  });

  it('refuses a file that is not a word-shape model, with a clear error', () => {
    assert.throws(() => WordShape.fromBytes(new Uint8Array(8)), /too short/);
    assert.throws(() => WordShape.fromBytes(new Uint8Array(64)), /not a Tadqiq word-shape file/);
    const bytes = learnWordShape(words);
    assert.throws(() => WordShape.fromBytes(bytes.slice(0, bytes.length - 4)), /truncated or corrupt/);
  });
});
