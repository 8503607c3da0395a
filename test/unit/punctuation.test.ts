import * as assert from 'node:assert';
import { punctuationSpacing } from '../../src/core/spacing/punctuation';
import { SpacingChecker } from '../../src/core/spacing/checker';
import { DEFAULT_SPACING_OPTIONS, type SpacingOptions } from '../../src/core/spacing/options';
import type { RawFinding } from '../../src/core/spacing/shared';
import { WordStats } from '../../src/core/wordStats';
import { wordLists } from './testLexicon';

/** The punctuation rule's messages on `text`, each with the text it flags. */
function flags(text: string): string[] {
  const out: RawFinding[] = [];
  punctuationSpacing(text, 0, text.length, { push: (f) => f && out.push(f) });
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

describe('the convention before a quote or number', () => {
  const tatweelFlags = (results: { findings: { message: string }[] }[]) => results.flatMap((r) => r.findings.filter((f) => /takes a tatweel/.test(f.message)));

  it('the corpus counts how its proclitics join quotes and numbers, and forgets a text it removes', () => {
    const stats = new WordStats();
    stats.add('قال ل"الهيئة" ودفع ب12 ووصل لـ«الوزارة» و"كذا" وص.ب"5"');
    assert.deepStrictEqual(stats.cliticJoins(), { tatweel: 1, attached: 2 }, 'و takes no tatweel, and ص.ب is no proclitic');
    stats.remove('قال ل"الهيئة" ودفع ب12 ووصل لـ«الوزارة» و"كذا" وص.ب"5"');
    assert.deepStrictEqual(stats.cliticJoins(), { tatweel: 0, attached: 0 });
  });

  it('consistent: as the corpus does more often, known only once every file is read (the CLI reads and checks in one pass)', () => {
    const first = 'ونقل الخبر ل"الهيئة" أمس.';
    const attached = ['وقال ب"وضوح" إن الأمر انتهى.', 'ودفعت ل«الأهالي» ب12 دفعة.'];
    const check = (texts: string[], cliticBeforeQuote: SpacingOptions['cliticBeforeQuote']) => new SpacingChecker(wordLists(), new WordStats()).checkAll(texts, { ...DEFAULT_SPACING_OPTIONS, cliticBeforeQuote });
    assert.strictEqual(tatweelFlags(check([first, ...attached], 'consistent')).length, 0, 'the corpus joins directly: so does the first file');
    assert.strictEqual(tatweelFlags(check([first, ...attached], 'tatweel')).length, 3, 'the setting overrules the corpus (the rule reads quotes, not ب12)');
    const tatweel = ['وقال بـ"وضوح" إن الأمر انتهى.', 'ودفعت لـ«الأهالي» بـ12 دفعة.'];
    assert.strictEqual(tatweelFlags(check([first, ...tatweel], 'consistent')).length, 1, 'the corpus writes a tatweel');
    assert.strictEqual(tatweelFlags(check([first], 'consistent')).length, 0, 'one file, joined directly, is consistent with itself');
    assert.strictEqual(tatweelFlags(check(['ونقل الخبر إلى الهيئة أمس.'], 'consistent')).length, 0);
  });

  it('a detached letter before a quote or number is offered the convention in force first', () => {
    const text = 'ووصل ب 9 شاحنات، ودفعت الوزارة ل«الأهالي» ب12 دفعة.';
    const stats = new WordStats();
    stats.add(text);
    const [f] = new SpacingChecker(wordLists(), stats).check(text).findings.filter((x) => x.code === 'detached-clitic');
    assert.deepStrictEqual(f.fixes.map((x) => x.edits[0].text), ['', '\u0640'], 'the text joins directly');
    const [g] = new SpacingChecker(wordLists(), stats).check(text, { ...DEFAULT_SPACING_OPTIONS, cliticBeforeQuote: 'tatweel' }).findings.filter((x) => x.code === 'detached-clitic');
    assert.deepStrictEqual(g.fixes.map((x) => x.edits[0].text), ['\u0640', '']);
  });
});
