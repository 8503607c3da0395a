import * as assert from 'node:assert';
import { punctuationSpacing } from '../../src/core/spacing/punctuation';
import type { RawFinding } from '../../src/core/spacing/shared';

/** The punctuation rule's messages on `text`, each with the text it flags. */
function flags(text: string): string[] {
  const out: RawFinding[] = [];
  punctuationSpacing(text, 0, text.length, 'tatweel', { push: (f) => f && out.push(f) });
  return out.map((f) => `${text.slice(f.offset, f.offset + f.length)}: ${f.message}`);
}

describe('quotation marks', () => {
  it('a quotation inside a quotation, rightly spaced, is not flagged', () => {
    assert.deepStrictEqual(flags('وأضاف "تفاعل الناس مع هاشتاج "آمرني" في المواقع". وقال «الوزير "كذا" ثم» مضى.'), []);
  });

  it('a mark is read from the space around it, not from how many came before', () => {
    // An unmatched opening quote earlier in the paragraph (and an unmatched closing one later, so
    // that the count is even) used to turn every mark between them around.
    assert.deepStrictEqual(flags('قال "لا. ثم نشرت "الرياض" الخبر و"سبق" أيضا. وكتب نعم" وانتهى.'), []);
  });

  it('a mark between two words is read from the quotations still open', () => {
    assert.deepStrictEqual(flags('قال"كذا" ثم مضى.'), ['ل": Missing space before the opening quotation mark.']);
    assert.deepStrictEqual(flags('قال "كذا"ثم مضى.'), ['"ث: Missing space after the closing quotation mark.']);
  });

  it('between two words a mark opens after a tatweel or a lone proclitic', () => {
    assert.deepStrictEqual(flags('عمل خلال الـ"24" ساعة "الماضية" كلها.'), []);
    assert.deepStrictEqual(flags('وقال "نعم" ونقل ل"الرياض" ذلك.'), ['ل": "ل" before a quotation mark takes a tatweel ("لـ"").']);
  });

  it('a « that closes a quotation is named reversed, and only its space is fixed', () => {
    const [first, second] = flags('وقال في تصريح « للجزيرة « إن المركز جاهز.');
    assert.strictEqual(first, '« : Space after the opening quotation mark.');
    assert.strictEqual(second, ' «: Space before the closing quotation mark (the closing quotation mark is written reversed: « for »).');
  });
});

describe('commas and full stops', () => {
  it('a comma between initials is not a missing space; between words it is', () => {
    assert.deepStrictEqual(flags('وقالت المواطنة (غ،ع) إن الخدمة تأخرت.'), []);
    assert.deepStrictEqual(flags('وقال الوزير،إن الخدمة تأخرت.'), ['،إ: Missing space after "،".']);
    assert.deepStrictEqual(flags('زار الوفد ع،الرياض أمس.'), ['،ا: Missing space after "،".'], 'a letter, then a word: not initials');
  });
});
