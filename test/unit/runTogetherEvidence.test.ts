import * as assert from 'node:assert';
import { foldString } from '../../src/core/normalize';
import { FUNCTION_WORDS } from '../../src/core/spacing/arabicWords';
import { SpacingChecker } from '../../src/core/spacing/checker';
import { DEFAULT_SPACING_OPTIONS } from '../../src/core/spacing/options';
import { boundaryEvidence, candidateSplits, commonFamily, chooseSplits, describeEvidence, inArticle, inContext, proposeSplits, usedPerReference, WEIGHTS, type Cue, type Split, type WholeToken } from '../../src/core/spacing/runTogether';
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

  /** The token left + right as a whole, seen nowhere else. */
  const wholeOf = (left: string, right: string): WholeToken => ({ length: left.length + right.length, glued: 0, common: false });

  /** The cues (with weights) that boundaryEvidence reports for a cut of folded parts. */
  function cuesOf(left: string, right: string, stats?: WordStats): Map<Cue, number> {
    const cues = new Map<Cue, number>();
    boundaryEvidence(left, right, left, right, wholeOf(left, right), { ...wordLists(), stats }, (c, w) => cues.set(c, w));
    return cues;
  }

  it('two words in wide use are evidence, fragments of a foreign name are not', () => {
    // سافر and مساء: the common list holds many forms of each (سافروا, والمساء …).
    assert.strictEqual(cuesOf('سافر', 'مساء').get('familyBoth'), WEIGHTS.familyBoth);
    assert.ok(commonFamily('مساء', wordLists().common!) >= 4);
    // نيوز|بيبر (newspaper, transliterated): the list holds few forms of either.
    assert.strictEqual(cuesOf('نيوز', 'بيبر').get('familyBoth'), undefined);
    assert.ok(commonFamily('بيبر', wordLists().common!) < 4);
    assert.strictEqual(cuesOf('يهتم', 'بها').get('familyBoth'), undefined, 'a function word is judged by other cues');
  });

  it('a preposition after a common word weighs more than after a fragment the lexicon holds', () => {
    assert.strictEqual(cuesOf('وتسقط', 'علي').get('funcRight'), WEIGHTS.funcRight + WEIGHTS.funcRightCommon);
    // السمت is a form the lexicon accepts, but no common word: the preposition alone speaks.
    assert.strictEqual(cuesOf('السمت', 'قبل').get('funcRight'), WEIGHTS.funcRight);
  });

  it('a three-letter word in wide use before a common word is doubted less than a short fragment', () => {
    assert.strictEqual(cuesOf('خمس', 'سنوات').get('short3'), -WEIGHTS.short3Wide);
    assert.ok(commonFamily('خمس', wordLists().common!) >= 4);
    // A fragment the list holds in few forms (كات of كاتالونيا), or a second part no common word, keeps the full doubt.
    assert.ok(commonFamily('كات', wordLists().common!) < 4);
    assert.strictEqual(cuesOf('كات', 'سنوات').get('short3'), -WEIGHTS.short3);
    assert.strictEqual(cuesOf('خمس', 'الونيا').get('short3'), -WEIGHTS.short3);
  });

  it('a first part in very wide use is evidence, but not before the ending of a loanword', () => {
    // البلاد: the common list holds a dozen forms or more (وبلاده, بالبلاد, بلادنا …).
    assert.ok(commonFamily('البلاد', wordLists().common!) >= 12);
    assert.strictEqual(cuesOf('البلاد', 'امس').get('wideFirst'), WEIGHTS.wideFirst);
    assert.strictEqual(cuesOf('البلاد', 'يوم').get('wideFirst'), undefined, 'البلاديوم is palladium');
    assert.ok(commonFamily('بيبر', wordLists().common!) < 12);
    assert.strictEqual(cuesOf('بيبر', 'امس').get('wideFirst'), undefined);
  });

  it('a plural verb with an object pronoun is one word, though the alef of its ending is dropped', () => {
    assert.ok(wordLists().lexicon.has('انتقد') && !wordLists().lexicon.has('انتقدوه'), 'the test needs a form the lexicon lacks');
    assert.deepStrictEqual(considered('انتقدوه'), [], 'انتقدوه is انتقد + وا + ه, not انت|قدوه');
    assert.ok(considered('الرئيسانتقدوه').length > 0, 'a word glued before it is still cut off');
  });

  it('no word of two letters ends in ة, though folding reads بة as the function word به', () => {
    assert.ok(!considered('الجنسبة').includes('الجنس بة'), 'الجنسبة is a misspelt الجنسية');
    assert.ok(considered('الجنسبه').includes('الجنس به'), 'written with ه, به is a word');
  });

  it('a token long for one word is evidence at every cut', () => {
    assert.strictEqual(cuesOf('استمرار', 'حبسه').get('longToken'), WEIGHTS.longToken);
    assert.strictEqual(cuesOf('استمرار', 'الاسعار').get('longToken'), WEIGHTS.veryLongToken);
    assert.strictEqual(cuesOf('شهاب', 'مدير').get('longToken'), undefined);
  });

  it('the letter model weighs for a cut between words and against a cut inside a name, within its cap', () => {
    const shape = wordLists().shape!;
    const ratio = (left: string, right: string) => WEIGHTS.shape * shape.twoWordsOverOne(left, right);
    assert.ok(ratio('كتب', 'الطالب') > 0 && ratio('كتب', 'الطالب') < WEIGHTS.shapeCap);
    assert.strictEqual(cuesOf('كتب', 'الطالب').get('shape'), ratio('كتب', 'الطالب'));
    assert.ok(ratio('ديمو', 'قراطيه') < 0 && ratio('ديمو', 'قراطيه') > -WEIGHTS.shapeCap);
    assert.strictEqual(cuesOf('ديمو', 'قراطيه').get('shape'), ratio('ديمو', 'قراطيه'));
    // Four times the weight: the same ratio goes past the cap and is held there.
    const cues = new Map<Cue, number>();
    const heavy = { ...WEIGHTS, shape: 4 * WEIGHTS.shape };
    boundaryEvidence('ديمو', 'قراطيه', 'ديمو', 'قراطيه', wholeOf('ديمو', 'قراطيه'), { ...wordLists(), weights: heavy }, (c, w) => cues.set(c, w));
    assert.strictEqual(cues.get('shape'), -WEIGHTS.shapeCap);
    const without = boundaryEvidence('جون', 'سون', 'جون', 'سون', wholeOf('جون', 'سون'), { ...wordLists(), shape: undefined });
    assert.ok(boundaryEvidence('جون', 'سون', 'جون', 'سون', wholeOf('جون', 'سون'), wordLists()) < without, 'a cut inside a name loses evidence');
  });

  it('beside a function word the letter model only speaks for the cut (a list underrates لا, ما, في)', () => {
    assert.ok(wordLists().shape!.twoWordsOverOne('لا', 'يوجد') < 0, 'the model alone would hold it against the cut');
    assert.strictEqual(cuesOf('لا', 'يوجد').get('shape'), undefined);
    assert.ok(cuesOf('في', 'مجمله').get('shape')! > 0);
  });

  /** Every split the rule does not rule out (whatever its evidence), as text. */
  const considered = (token: string, stats?: WordStats) => candidateSplits(token, 0, { ...wordLists(), stats }, -1e9).map((c) => c.parts.join(' '));

  it('a written ة or hamza-alef is no inflection ending, though folded it looks like one', () => {
    assert.ok(considered('فيمدينة').includes('في مدينة'));
    assert.ok(considered('يقولونأنها').includes('يقولون أنها'));
    assert.deepStrictEqual(considered('ينتهكونها'), [], 'a verb with its ending and pronoun is one word');
    assert.ok(considered('بهدوءوأنا').includes('بهدوء وأنا'), 'nor is one with a hamza-alef inside (وا + نا as written وأنا)');
  });

  it('nothing is inflected after a written ة, ى or tanween, nor after a function word', () => {
    assert.ok(considered('الشرطةانه').includes('الشرطة انه'), 'انه after ة is a word, not the ending ان + ه');
    assert.ok(considered('بعدتمكن').includes('بعد تمكن'), 'a preposition takes no verb ending');
    assert.deepStrictEqual(considered('الشرطهانه'), [], 'without its ة the stem could take the ending (folding hides nothing here: it was never written)');
  });

  it('a preposition, demonstrative or quantifier after a word of four letters or more is evidence', () => {
    for (const [left, right] of [['ستباع', 'علي'], ['يحرز', 'هذه'], ['يصاحب', 'ذلك'], ['يملك', 'بعض']]) assert.ok(cuesOf(left, right).get('funcRight')! >= WEIGHTS.funcRight, `${left}|${right}`);
    assert.strictEqual(cuesOf('ومير', 'كل').get('funcRight'), undefined, 'names end in كل (وميركل)');
    assert.strictEqual(cuesOf('نقل', 'هذه').get('funcRight'), undefined, 'a short first part may be a fragment');
    assert.strictEqual(cuesOf('حضارات', 'لا').get('funcRight'), undefined, 'لا ends longer words too');
  });

  it('a verb of reporting, also behind و or ف, is evidence for the cut after it', () => {
    for (const left of ['قال', 'وقال', 'فاكدت', 'واضاف']) assert.strictEqual(cuesOf(left, 'عراقجي').get('reporting'), WEIGHTS.reporting, left);
    assert.strictEqual(cuesOf('وقال', 'هو').get('reporting'), undefined, 'not before a part of two letters');
    assert.strictEqual(cuesOf('قالب', 'عراقجي').get('reporting'), undefined);
    assert.match(describeEvidence(['reporting']), /reporting/);
  });

  it('a loanword ending that is also a word weighs against the cut before it, and only there', () => {
    for (const [left, right] of [['البلاتين', 'يوم'], ['كوينز', 'لاند'], ['فراي', 'بورغ']]) assert.strictEqual(cuesOf(left, right).get('loanEnding'), -WEIGHTS.loanEnding, `${left}|${right}`);
    assert.strictEqual(cuesOf('يوم', 'الخميس').get('loanEnding'), undefined, 'يوم before a word is the word "day"');
    const whole = wholeOf('اخر', 'يوم');
    const evidence = (loanEnding: number) => boundaryEvidence('اخر', 'يوم', 'آخر', 'يوم', whole, { ...wordLists(), weights: { ...WEIGHTS, loanEnding } });
    assert.strictEqual(evidence(0) - evidence(WEIGHTS.loanEnding), WEIGHTS.loanEnding, 'evidence against, not a block: آخر|يوم can still be cut');
  });

  it('a suffix never starts with the alef that ends the word before it (an unwritten hamza: حاولنا|ان)', () => {
    assert.ok(considered('حاولناان').includes('حاولنا ان'));
    assert.strictEqual(boundaryEvidence('الحج', 'ان', 'الحج', 'ان', wholeOf('الحج', 'ان'), wordLists()), -Infinity, 'after any other letter ان is the suffix (الحجان)');
  });

  it('a proclitic joined on by a tatweel stays with a whole word', () => {
    assert.ok(!considered('لـالصكوك').includes('لـا لصكوك'), 'not a letter of the next word');
    assert.ok(considered('لـلصكوكالإسلامية').includes('لـلصكوك الإسلامية'), 'a cut after the word it joins is still made');
  });

  it('the article is never written with a hamza: أ|لف is a word, ال|ف is a fragment', () => {
    assert.ok(considered('ألفمشترك').includes('ألف مشترك'));
    assert.ok(!considered('الفمشترك').includes('الف مشترك'), 'written without a hamza it may be the article and one letter');
    assert.strictEqual(cuesOf('ألف', 'مشترك').get('articleFragment'), undefined);
    assert.strictEqual(cuesOf('الف', 'مشترك').get('articleFragment'), undefined, 'ال + one letter is ruled out before any cue');
  });

  it('a cut never falls inside one written character (the ligature ﻻ folds to two letters)', () => {
    const splits = considered('كﻻﻻمن');
    assert.ok(splits.every((split) => split.split(' ').every((p) => foldString(p).length >= 2)), splits.join(' | '));
  });

  it('a compound name is never cut inside, but a word glued before or after it is', () => {
    for (const name of ['عبداللطيف', 'وأبوالفضل', 'نصرالله', 'جارالله', 'أبوهاشم']) assert.deepStrictEqual(considered(name), [], name);
    assert.ok(considered('أبوابهاأمام').includes('أبوابها أمام'), 'أبواب "doors" is no kunya');
    assert.strictEqual(proposeSplits('الدكتورعبدالله', 0, wordLists())[0]?.parts.join(' '), 'الدكتور عبدالله');
    assert.ok(considered('عبداللهبن').includes('عبدالله بن'));
    assert.ok(considered('رحمةالله').includes('رحمة الله'), 'ة ends the word before الله');
    assert.ok(considered('حفظهالله').includes('حفظه الله'), 'so does a pronoun');
  });

  it('بن stays on the name it starts unless this corpus writes the pair apart', () => {
    assert.ok(!considered('بنسعود').includes('بن سعود'));
    const stats = new WordStats();
    stats.add('قال الأمير محمد بن سعود إن الوفد وصل.');
    assert.ok(considered('بنسعود', stats).includes('بن سعود'));
  });

  it('both parts common and of five letters or more is evidence', () => {
    assert.strictEqual(cuesOf('استمرار', 'الاسعار').get('commonBoth'), WEIGHTS.commonBoth);
    assert.strictEqual(cuesOf('شهاب', 'مدير').get('commonBoth'), undefined, 'four-letter common words are too short');
  });

  it('never splits after a unit prefix (جيجابايت, كيلوجرامات, النانوتكنولوجي)', () => {
    for (const [left, right] of [['جيجا', 'بايت'], ['كيلو', 'جرامات'], ['النانو', 'تكنولوجي'], ['وميجا', 'واط'], ['للكيلو', 'جرام']]) {
      assert.strictEqual(cuesOf(left, right).size, 0, `${left}|${right}`);
      assert.strictEqual(boundaryEvidence(left, right, left, right, wholeOf(left, right), wordLists()), -Infinity, `${left}|${right}`);
    }
  });

  it('لذا "therefore" is a function word, not ل + the name prefix ذا', () => {
    const ev = (left: string, right: string) => boundaryEvidence(left, right, left, right, wholeOf(left, right), wordLists());
    assert.ok(ev('لذا', 'استثمر') > -Infinity, 'لذا|استثمر may be cut');
    assert.strictEqual(ev('لذي', 'القعده'), -Infinity, 'ل + ذي before a name stays solid');
  });

  it('a function word before a common word of five letters is evidence, more so a preposition', () => {
    assert.strictEqual(cuesOf('في', 'كوكبنا').get('funcLeft'), WEIGHTS.funcLeft + WEIGHTS.prepLeft);
    assert.strictEqual(cuesOf('هذه', 'كوكبنا').get('funcLeft'), WEIGHTS.funcLeft, 'a demonstrative is no preposition');
    assert.strictEqual(cuesOf('في', 'حبسه').get('funcLeft'), undefined, 'a four-letter word is too short');
    assert.strictEqual(cuesOf('من', 'يعتكفون').get('funcLeft'), undefined, 'a word of the lexicon that is not common');
  });

  it('a noun preposition (تحت, ضد, شرق) governs the next word like a preposition: no fragment of a name', () => {
    assert.strictEqual(cuesOf('تحت', 'سيطرته').get('short3'), undefined, 'no penalty for a short first part');
    assert.strictEqual(cuesOf('تحت', 'سيطرته').get('funcLeft'), WEIGHTS.funcLeft + WEIGHTS.prepLeft);
    assert.strictEqual(cuesOf('شرق', 'تركيا').get('short3'), undefined);
    assert.ok(cuesOf('كات', 'الونيا').has('short3'), 'any other three-letter first part is still doubted');
  });

  it('a relative pronoun, a preposition with its pronoun, أن with its hamza after a full word: no word ends in one', () => {
    /** The cues of a cut between two parts as written (folded for the word lists). */
    const written = (left: string, right: string) => {
      const cues = new Map<Cue, number>();
      const [l, r] = [foldString(left), foldString(right)];
      boundaryEvidence(l, r, left, right, wholeOf(l, r), wordLists(), (c, w) => cues.set(c, w));
      return cues;
    };
    for (const [left, right] of [['يسيطر', 'عليه'], ['المسكن', 'الذي'], ['اثنين', 'فقط'], ['مؤكدين', 'أن']]) {
      assert.ok(written(left, right).has('funcRight'), `${left}|${right}`);
    }
    assert.strictEqual(written('مؤكدين', 'ان').get('funcRight'), undefined, 'ان without its hamza is also a noun ending');
    assert.strictEqual(written('وأولي', 'فيه').get('funcRight'), undefined, 'فيه is left out: أوليفيه');
    assert.strictEqual(written('الطبقة', 'علية').get('funcRight'), undefined, 'علية written with ة is another word');
  });

  it('a token with the letters of Arabic words is evidence for a cut at word edges; one with the letters of a name is doubted', () => {
    const { shape, names } = wordLists();
    assert.ok(shape && names, 'the build writes both letter models');
    const wordOverName = (token: string) => shape.logProb(foldString(token)) - names.logProb(foldString(token));
    assert.ok(wordOverName('يسيطرعليه') > 0, 'Arabic words run together');
    assert.ok(wordOverName('كاتالونيا') < 0 && wordOverName('بلاكبوش') < 0, 'transliterated names');
    const cuesAt = (left: string, right: string, whole: WholeToken) => {
      const cues = new Map<Cue, number>();
      boundaryEvidence(left, right, left, right, whole, wordLists(), (c, w) => cues.set(c, w));
      return cues;
    };
    const arabic = { ...wholeOf('شهدت', 'جمله'), wordOverName: 5 };
    assert.strictEqual(cuesAt('شهدت', 'جمله', arabic).get('nameShape'), WEIGHTS.nameShape * 5, 'at word edges (شهدت|جملة)');
    assert.strictEqual(cuesAt('الحبان', 'يهال', { ...wholeOf('الحبان', 'يهال'), wordOverName: 5 }).get('nameShape'), undefined, 'not inside a word (الحبان|يهال)');
    assert.strictEqual(cuesAt('بلاك', 'بوش', { ...wholeOf('بلاك', 'بوش'), wordOverName: -20 }).get('nameShape'), -WEIGHTS.nameShapeCap, 'a name is doubted, at most nameShapeCap');
  });

  it('a token one letter away from a word is that word mistyped, not words run together (الإرهابيبن for الإرهابيين)', () => {
    const split = (token: string) => proposeSplits(token, 0, wordLists()).map((s) => s.parts.join(' '));
    assert.deepStrictEqual(split('الإرهابيبن'), []);
    assert.deepStrictEqual(split('تؤديفقرة'), ['تؤدي فقرة'], 'no single letter makes تؤديفقرة a word');
  });

  it('بن after a name starts a word of its own; -يبن after a nisba is a mistyped -يين', () => {
    assert.strictEqual(cuesOf('سعيد', 'بن').get('lineage'), WEIGHTS.lineage);
    assert.strictEqual(cuesOf('سعيد', 'بن').get('shortRight'), undefined);
    const [split] = proposeSplits('سليمانبن', 0, wordLists());
    assert.deepStrictEqual(split?.parts, ['سليمان', 'بن']);
    assert.strictEqual(cuesOf('الارهابي', 'بن').get('lineage'), undefined, 'الإرهابيبن is الإرهابيين mistyped');
    assert.strictEqual(cuesOf('كو', 'بن').get('lineage'), undefined, 'كوبن: no name before it');
    assert.ok(cuesOf('طلال', 'بن').has('lineage'));
  });

  it('a conjunction on a function word leaves a function word: ف on every one, و on the particles', () => {
    for (const left of ['فلا', 'فمن', 'فهذه', 'ولن', 'وما']) assert.strictEqual(cuesOf(left, 'كوكبنا').get('funcLeft'), WEIGHTS.funcLeft, left);
    assert.strictEqual(cuesOf('وفي', 'كوكبنا').get('funcLeft'), undefined, 'و + في is left out (false flags on the tune split)');
    for (const word of ['يتم', 'وتم', 'ويتم', 'فتتم']) assert.ok(FUNCTION_WORDS.has(word), `${word}: the passive auxiliary is a function word`);
    assert.strictEqual(cuesOf('يتم', 'تغريم').get('short3'), undefined, 'so a three-letter part is no fragment');
  });

  it('corpus counts are read against the corpus size, and a small folder counts at most three times', () => {
    assert.strictEqual(usedPerReference(10, 1_000_000), 10);
    assert.strictEqual(usedPerReference(10, 2_000_000), 5);
    assert.strictEqual(usedPerReference(10, 500_000), 20);
    assert.strictEqual(usedPerReference(1, 100), 3);
    assert.strictEqual(usedPerReference(0, 100), 0);
    const stats = new WordStats();
    stats.add('قال الوزير إن الوزير سافر');
    assert.strictEqual(stats.words, 5);
    stats.remove('قال الوزير');
    assert.strictEqual(stats.words, 3);
  });

  const habbaniya = [
    'زار الوفد قاعدة الحبانية الجوية، ثم عاد إلى الحبانية مساء.',
    'وتقع الحبانية غرب بغداد.',
    'وأعلن الجيش أن الحبانيةالعسكرية استقبلت طائرات جديدة.',
  ];

  /** The first fix of each finding on a text that is its own corpus. */
  const fixTitles = (text: string) => {
    const stats = new WordStats();
    stats.add(text);
    return new SpacingChecker(wordLists(), stats).check(text, DEFAULT_SPACING_OPTIONS).findings.map((f) => f.fixes[0]?.title);
  };

  it('a part the word lists lack is a word once the corpus uses it on its own', () => {
    assert.deepStrictEqual(fixTitles(habbaniya.join('\n')), ['Split into "الحبانية العسكرية"']);
    assert.deepStrictEqual(fixTitles([habbaniya[1], habbaniya[2]].join('\n')), ['Split into "الحبانية العسكرية"'], 'seen once on its own');
    assert.deepStrictEqual(fixTitles(habbaniya[2]), [], 'never seen on its own: no word to split off');
  });

  it('a pair the common list holds solid (أكثرمن) is split where the corpus writes it apart ten times as often', () => {
    assert.ok(wordLists().common?.has(foldString('أكثرمن')), 'the list holds the web spelling');
    const apart = (n: number) => Array.from({ length: n }, (_, i) => `شارك أكثر من ${i + 2} لاعبين.`).join(' ');
    assert.deepStrictEqual(fixTitles(`${apart(10)} وحضر أكثرمن مئة.`), ['Split into "أكثر من"']);
    assert.deepStrictEqual(fixTitles(`${apart(9)} وحضر أكثرمن مئة.`), [], 'nine times apart: the list still holds');
  });

  it('a name the corpus writes solid more often than apart is left alone', () => {
    const text = 'أطلقت فرقة بلاكبوش ألبوما، وقالت بلاكبوش إنه يضم عشر أغان، وستزور بلاكبوش الرياض، وكتب بعضهم بلاك بوش.';
    const stats = new WordStats();
    stats.add(text);
    const flagged = (weights = WEIGHTS) => new SpacingChecker(wordLists(), stats, weights).check(text, DEFAULT_SPACING_OPTIONS).findings.length;
    assert.strictEqual(flagged(), 0);
    assert.strictEqual(flagged({ ...WEIGHTS, gluedMostly: 0 }), 3, 'without the cue, the apart spelling would call for splits');
  });

  it('the words beside a token lift a split when they stand beside its parts elsewhere in the corpus', () => {
    // The article repeats كوكبنا, so the same-article cue is set aside to see this one alone, and so
    // is a preposition's extra point (في counts as any function word here).
    const flagged = (text: string, weights = { ...WEIGHTS, sameArticle: 0, prepLeft: 0 }) => {
      const stats = new WordStats();
      stats.add(text);
      return new SpacingChecker(wordLists(), stats, weights).check(text, DEFAULT_SPACING_OPTIONS).findings.map((f) => f.message);
    };
    // في|كوكبنا alone is a function word before a common word (2 points, under the threshold of 3).
    const text = 'نعيش فيكوكبنا الأزرق منذ زمن. ويبقى كوكبنا الأزرق جميلا.';
    const [message, ...rest] = flagged(text);
    assert.match(message ?? '', /"فيكوكبنا" → "في كوكبنا"\. Evidence: the words beside it stand beside these parts elsewhere in this corpus/);
    assert.deepStrictEqual(rest, []);
    assert.deepStrictEqual(flagged(text, { ...WEIGHTS, context: 0, sameArticle: 0, prepLeft: 0 }), [], 'without the words beside it the split has too little evidence');
    assert.deepStrictEqual(flagged('نعيش فيكوكبنا منذ زمن. ويبقى كوكبنا الأزرق جميلا.'), [], 'no word after it that the corpus pairs with كوكبنا');
  });

  it('context: each side counts once, not for a function-word part, not where the whole token stands there as often, and never against evidence', () => {
    const stats = new WordStats();
    stats.add('قال الرئيس الأمريكي. قال الرئيسالأمريكي أمس. وصل الرئيسالأمريكي أمس. أكد في الأمريكي أمس. في الأمريكي اليوم');
    const split = (parts: string[], score: number): Split => ({ cuts: [parts[0].length], parts, folded: parts.map(foldString), score, total: score, evidence: ['shape'], familiarity: 0, familiarParts: true });
    const lift = (s: Split, before?: string, after?: string, folded = 'الرئيسالامريكي') => inContext([s], { folded, before, after }, stats)[0];
    const base = split(['الرئيس', 'الأمريكي'], 1);
    assert.strictEqual(lift(base, 'قال').score, 1 + WEIGHTS.context, 'قال الرئيس is written elsewhere');
    assert.deepStrictEqual(lift(base, 'قال').evidence, ['context', 'shape']);
    assert.strictEqual(lift(base, 'قال', 'امس').score, 1 + WEIGHTS.context, 'الرئيسالأمريكي أمس is written twice, الأمريكي أمس once: no lift after it');
    assert.strictEqual(lift(base, 'قال', 'اليوم').score, 1 + 2 * WEIGHTS.context, 'الأمريكي اليوم is written, الرئيسالأمريكي اليوم never: both sides lift');
    assert.strictEqual(lift(base, 'اكد').score, 1, 'أكد الرئيس is never written');
    assert.strictEqual(lift(split(['في', 'الأمريكي'], 1), 'اكد', undefined, 'فيالامريكي').score, 1, 'a function word beside anything says little');
    assert.strictEqual(lift(split(['الرئيس', 'الأمريكي'], -0.5), 'قال').score, -0.5, 'a split with evidence against it is not lifted');
    assert.strictEqual(lift(base).score, 1, 'no neighbours, no change');
  });

  it('a part the same article uses on its own lifts a split; a huge file is no article', () => {
    const flagged = (text: string, weights = WEIGHTS) => {
      const stats = new WordStats();
      stats.add(text);
      return new SpacingChecker(wordLists(), stats, weights).check(text, { ...DEFAULT_SPACING_OPTIONS, maxFindings: Infinity }).findings.filter((f) => f.code === 'run-together');
    };
    const article = 'وقال مراسلنا إن الهنداتجه نحو الشرق، وإن الهند تسعى إلى ذلك.';
    const [found, ...rest] = flagged(article);
    assert.match(found?.message ?? '', /"الهنداتجه" → "الهند اتجه"\. Evidence: .*the article uses one of these words on its own/);
    assert.deepStrictEqual(rest, []);
    assert.deepStrictEqual(flagged(article, { ...WEIGHTS, sameArticle: 0 }), [], 'without the cue the split has too little evidence');
    assert.deepStrictEqual(flagged('وقال مراسلنا إن الهنداتجه نحو الشرق.'), [], 'the article never uses الهند on its own');
    // The same sentence in a file of over 200,000 characters (a collection, not one story).
    const filler = 'وقال المتحدث إن الاجتماع انتهى. '.repeat(7000);
    assert.deepStrictEqual(flagged(article + ' ' + filler).map((f) => f.text), [], 'no same-article evidence in a huge file');
  });

  it('same article: only parts of four letters or more that are not function words, never against evidence', () => {
    const split = (parts: string[], score: number): Split => ({ cuts: [parts[0].length], parts, folded: parts.map(foldString), score, total: score, evidence: ['shape'], familiarity: 0, familiarParts: true });
    const uses = (words: string[]) => (folded: string) => words.includes(folded);
    const lift = (s: Split, words: string[]) => inArticle([s], uses(words))[0];
    assert.strictEqual(lift(split(['إرهاق', 'وتعب'], 2), ['ارهاق']).score, 2 + WEIGHTS.sameArticle);
    assert.deepStrictEqual(lift(split(['إرهاق', 'وتعب'], 2), ['ارهاق']).evidence, ['shape', 'sameArticle']);
    assert.strictEqual(lift(split(['إرهاق', 'وتعب'], 2), ['تعب']).score, 2, 'وتعب is not used; تعب is another word');
    assert.strictEqual(lift(split(['على', 'الطاولة'], 2), ['علي']).score, 2, 'a function word is in every article');
    assert.strictEqual(lift(split(['سر', 'تفوقه'], 2), ['سر']).score, 2, 'a part under four letters says little');
    assert.strictEqual(lift(split(['إرهاق', 'وتعب'], -1), ['ارهاق']).score, -1, 'a split with evidence against it is not lifted');
  });

  it('splits of familiar words come first; a second suggestion needs familiar words and nearly as much evidence', () => {
    const split = (name: string, score: number, familiarParts: boolean, familiarity = 1, cuts = [name.indexOf(' ')]): Split =>
      ({ cuts, parts: [name], folded: [name], score, total: score, evidence: [], familiarity, familiarParts });
    const stranger = split('التسجي للفريقه', 5, false);
    const familiar = split('التسجيل لفريقه', 3, true);
    assert.deepStrictEqual(chooseSplits([stranger, familiar], 3).map((s) => s.parts[0]), ['التسجيل لفريقه']);
    assert.deepStrictEqual(chooseSplits([stranger, familiar], 4).map((s) => s.parts[0]), ['التسجي للفريقه'], 'below the floor, a familiar split is not offered');
    const other = split('ممثل وحكومة', 3, true, 0.5);
    assert.deepStrictEqual(chooseSplits([other, familiar, stranger], 3).map((s) => s.parts[0]), ['التسجيل لفريقه', 'ممثل وحكومة']);
    // A reading whose spaces are some of the best one's is part of it, not a second reading.
    const three = split('الولايات المتحدة وروسيا', 5, true, 2, [8, 16]);
    const partOfIt = split('الولاياتالمتحدة وروسيا', 4, true, 1, [16]);
    assert.deepStrictEqual(chooseSplits([three, partOfIt], 3).map((s) => s.parts[0]), ['الولايات المتحدة وروسيا']);
    assert.deepStrictEqual(chooseSplits([split('a', 4, true, 1, [1]), split('b', 3, true, 1, [2])], 3).map((s) => s.parts[0]), ['a', 'b'], 'a second within the margin is offered');
    assert.deepStrictEqual(chooseSplits([split('a', 5, true, 1, [1]), split('b', 3, true, 1, [2])], 3).map((s) => s.parts[0]), ['a'], 'a second with much less evidence is dropped');
  });
});

describe('the user\'s own words (tadqiq.words, --words)', () => {
  it('a word on the list is never read as run-together, however it is written; the others still are', () => {
    const text = 'وصل وفد الولاياتالمتحدة إلى مقر الأممالمتحدة.';
    const flagged = (words: string[]) =>
      new SpacingChecker(wordLists())
        .check(text, { ...DEFAULT_SPACING_OPTIONS, words })
        .findings.filter((f) => f.code === 'run-together')
        .map((f) => f.text);
    assert.deepStrictEqual(flagged([]), ['الولاياتالمتحدة', 'الأممالمتحدة']);
    assert.deepStrictEqual(flagged(['الولاياتالمتحدة']), ['الأممالمتحدة']);
    assert.deepStrictEqual(flagged(['  الامـمُ\u200cالمتحدة ']), ['الولاياتالمتحدة'], 'matched folded: hamza, tatweel, harakat, ZWNJ, spaces around');
    assert.deepStrictEqual(flagged(['الأمم']), ['الولاياتالمتحدة', 'الأممالمتحدة'], 'a part is not the word');
  });
});
