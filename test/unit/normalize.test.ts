import * as assert from 'node:assert';
import fc from 'fast-check';
import { foldString, foldWithMap } from '../../src/core/normalize';
import { arabicWords } from '../../src/core/tokenize';
import { articleFromBytes, decodeArticle, standardUtf8 } from '../../src/core/input';
import { nodeUtf8 } from '../../src/node/utf8';
import { LineIndex } from '../../src/core/lines';

describe('normalize', () => {
  it('folds hamza forms, alef maqsura, ta marbuta, digits; drops diacritics, tatweel and invisible marks', () => {
    assert.strictEqual(foldString('الأُمَمُ'), 'الامم');
    assert.strictEqual(foldString('إلى'), 'الي');
    assert.strictEqual(foldString('مدينة'), 'مدينه');
    assert.strictEqual(foldString('٢٤٦'), '246');
    assert.strictEqual(foldString('حلـــب'), 'حلب');
    assert.strictEqual(foldString('حل\u200cب\u200f'), 'حلب');
  });

  it('decomposes presentation forms (lam-alef ligature into two letters)', () => {
    assert.strictEqual(foldString('\ufefb'), 'لا');
    assert.strictEqual(foldString('\ufe8d\ufedf\ufee3'), 'الم');
    // After a letter that folds (the lam-alef with hamza of واﻹماراتي), and unfolding into many letters.
    assert.strictEqual(foldString('وا\ufef9ماراتي'), 'والاماراتي');
    assert.strictEqual(foldString('أ\ufdfa'), 'اصلي الله عليه وسلم');
  });

  it('folds any text as foldWithMap does, code unit by code unit (long, short, marks, ligatures)', () => {
    const unit = fc.oneof(
      fc.constantFrom('ا', 'أ', 'ة', 'ى', 'ـ', '\u064e', '\u200c', '\u200f', '\ufefb', '\ufef9', '\ufdfa', '\ufe8d', '٣', 'x', ' ', '\u0000', '\uffff'),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 1500 }), (units) => {
        const s = units.join('');
        assert.strictEqual(foldString(s), foldWithMap(s).text);
      }),
      { numRuns: 300 },
    );
  });

  it('maps folded offsets back to the original', () => {
    const original = 'الأُمَمُ\ufefbx';
    const { text, origin } = foldWithMap(original);
    assert.strictEqual(text, 'الامملاx');
    assert.strictEqual(original[origin[text.indexOf('x')]], 'x');
    assert.strictEqual(origin[5], origin[6], 'both letters of the ligature come from one code unit');
    assert.strictEqual(origin[text.length], original.length);
  });
});

describe('tokenize', () => {
  it('finds Arabic words with their original offsets, marks included, RLM and digits outside', () => {
    const text = 'قالَ\u200f 246 الولايات،«حلب»';
    const words = [...arabicWords(text)].map((t) => [text.slice(t.start, t.end), t.folded]);
    assert.deepStrictEqual(words, [['قالَ', 'قال'], ['الولايات', 'الولايات'], ['حلب', 'حلب']]);
  });

  it('every word is folded as foldString folds it, however often it repeats (the tokenizer remembers folded words)', () => {
    // Enough distinct words to fill the tokenizer's cache many times over, with marks, tatweel,
    // ZWNJ/RLM, presentation forms and words of 13 letters or more, each seen several times.
    const letters = 'ابتثجحخدرزسشصضطظعغفقكلمنهويةىأإآؤئ';
    const extras = ['\u064e', '\u0640', '\u200c', '\u200f', '\ufefb', '\ufe8d'];
    let seed = 7;
    const next = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
    const vocabulary = Array.from({ length: 60_000 }, () => {
      let w = letters[next(letters.length)];
      for (let k = next(16); k >= 0; k--) w += next(8) === 0 ? extras[next(extras.length)] : letters[next(letters.length)];
      return w;
    });
    const text = Array.from({ length: 150_000 }, () => vocabulary[next(vocabulary.length)]).join(' ');
    let checked = 0;
    for (const t of arabicWords(text)) {
      assert.strictEqual(t.folded, foldString(text.slice(t.start, t.end)), text.slice(t.start, t.end));
      checked++;
    }
    assert.ok(checked > 140_000, `${checked} words checked`);
  });

  it('bounds a pathological 100,000-letter word', () => {
    const words = [...arabicWords('ب'.repeat(100_000))];
    assert.strictEqual(words.length, 1);
    assert.strictEqual(words[0].folded, '', 'too long to be a word: not folded');
  });
});

describe('input', () => {
  it('decodes UTF-8 and drops a BOM as VS Code does', () => {
    const r = decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('حلب')]));
    assert.deepStrictEqual(r, { ok: true, text: 'حلب' });
  });

  it('refuses binary files and invalid UTF-8 with a reason', () => {
    const binary = decodeArticle(new Uint8Array([0x61, 0, 0x62]));
    assert.ok(!binary.ok && /binary/.test(binary.reason));
    const cp1256 = decodeArticle(new Uint8Array([0xe3, 0xd1, 0xcd, 0xc8, 0xc7, 0x20, 0xc8, 0xdf, 0xe3]));
    assert.ok(!cp1256.ok && /UTF-8/.test(cp1256.reason) && /1256/.test(cp1256.reason));
  });

  it("Node's decoder reads the same text as the standard one, and refuses the same bytes", () => {
    const samples = [
      new Uint8Array(),
      new TextEncoder().encode('\uFEFFحلب\u200c ﻻ 😀 ١٢٣ «قال»'),
      new TextEncoder().encode('\uFEFF\uFEFFبداية'), // only the first BOM is dropped
      new Uint8Array([0xe3, 0xd1, 0xcd, 0xc8, 0xc7]), // Windows-1256
      new Uint8Array([0xed, 0xa0, 0x80]), // an encoded surrogate
      new Uint8Array([0xc0, 0x80]), // an overlong NUL
      new Uint8Array([0xd8, 0xad, 0xd9]), // cut inside a letter
    ];
    for (const bytes of samples) assert.deepStrictEqual(decodeArticle(bytes, nodeUtf8), decodeArticle(bytes, standardUtf8), String(bytes));
    assert.strictEqual((decodeArticle(samples[2], nodeUtf8) as { text: string }).text, '\uFEFFبداية');
    assert.ok(!decodeArticle(samples[6], nodeUtf8).ok);
  });

  it('accepts an empty file as empty text', () => {
    assert.deepStrictEqual(decodeArticle(new Uint8Array()), { ok: true, text: '' });
  });

  it('takes a file as an article only when it has Arabic text, and says why not', () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    assert.deepStrictEqual(articleFromBytes(bytes('\uFEFFقال الوزير')), { ok: true, text: 'قال الوزير' });
    assert.deepStrictEqual(articleFromBytes(bytes(' \n')), { ok: false, reason: 'empty; not an article' });
    assert.deepStrictEqual(articleFromBytes(bytes('The minister said')), { ok: false, reason: 'no Arabic text; not an article' });
    const binary = articleFromBytes(new Uint8Array([0x61, 0, 0x62]));
    assert.ok(!binary.ok && /binary/.test(binary.reason));
  });
});

describe('lines', () => {
  it('gives zero-based line and character for offsets across LF and CRLF', () => {
    const idx = new LineIndex('ab\r\ncd\nef');
    assert.deepStrictEqual(idx.position(0), { line: 0, character: 0 });
    assert.deepStrictEqual(idx.position(5), { line: 1, character: 1 });
    assert.deepStrictEqual(idx.position(8), { line: 2, character: 1 });
  });

  it('gives the same positions on LF-only text (its fast path) as on the same text with a CR line end', () => {
    const lf = 'ab\ncd\n\nef\n';
    const fast = new LineIndex(lf);
    const slow = new LineIndex(lf + '\r');
    for (let offset = 0; offset <= lf.length; offset++) assert.deepStrictEqual(fast.position(offset), slow.position(offset), `offset ${offset}`);
    assert.deepStrictEqual(fast.position(7), { line: 3, character: 0 });
  });
});

describe('normalize: every presentation form', () => {
  it('folds each code point of both presentation-form blocks without failing', () => {
    for (let c = 0xfb50; c <= 0xfefc; c++) {
      if (c > 0xfdff && c < 0xfe70) continue;
      assert.doesNotThrow(() => foldString(String.fromCharCode(c)), `U+${c.toString(16)}`);
    }
  });
});
