import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { importTrie, iteratorTrieWords } from 'cspell-trie-lib';
import { CompactLexicon, loadWordLists } from '../../src/core/lexicon';
import { foldString, isArabicLetter } from '../../src/core/normalize';
import { lexicon, repoRoot, wordLists } from './testLexicon';

const has = (w: string) => lexicon().has(foldString(w));

describe('lexicon', () => {
  it('accepts words with clitics and hamza-less spellings', () => {
    for (const w of ['والمدينة', 'بالأحياء', 'للمدنيين', 'الولايات', 'المتحدة', 'الأمم', 'الامم', 'روسيا', 'وروسيا', 'مستشفى', 'ومستشفى', 'كتاباً']) assert.ok(has(w), w);
  });

  it('rejects run-together words, empty and Latin strings', () => {
    for (const w of ['الولاياتالمتحدة', 'الأممالمتحدة', 'روسياوالولايات', '', 'Aleppo']) assert.ok(!has(w), w);
  });

  it('walks all word ends from a position in one pass', () => {
    const ends: number[] = [];
    const folded = foldString('الولاياتالمتحدة');
    lexicon().forEachWordEnd(folded, 0, (e) => ends.push(e));
    assert.ok(ends.includes('الولايات'.length), `ends: ${ends}`);
    assert.ok(ends.every((e) => lexicon().has(folded.slice(0, e))));
  });

  it('refuses a corrupt or foreign file with a clear error', () => {
    assert.throws(() => CompactLexicon.fromBytes(new Uint8Array(8)), /too short/);
    assert.throws(() => CompactLexicon.fromBytes(new Uint8Array(64)), /magic/);
    const real = fs.readFileSync(path.join(repoRoot, 'dist', 'lexicon', 'ar.lex'));
    assert.throws(() => CompactLexicon.fromBytes(real.subarray(0, 1000)), /truncated|corrupt/);
  });

  it('agrees with the cspell dictionary it was built from, on sampled words', function () {
    this.timeout(60_000);
    const trieFile = path.join(repoRoot, 'node_modules', '@cspell', 'dict-ar', 'ar.trie.gz');
    const root = importTrie(zlib.gunzipSync(fs.readFileSync(trieFile)).toString('utf8').split('\n'));
    let checked = 0;
    let i = 0;
    for (const word of iteratorTrieWords(root)) {
      if (i++ % 997 !== 0) continue; // a spread-out sample of the 60 M forms
      if (/^[~!+:]/.test(word) || ![...word].every((c) => foldString(c) === '' || isArabicLetter(foldString(c).charCodeAt(0)))) continue;
      assert.ok(lexicon().has(foldString(word)), `${word} is in the dictionary but not in the lexicon`);
      if (++checked >= 3000) break;
    }
    assert.ok(checked >= 3000, `sampled ${checked} words`);
  });

  it('holds every word of the common-word list, and only a small part of the lexicon', () => {
    const common = wordLists().common;
    assert.ok(common, 'dist/lexicon/common.lex was not built');
    const words = fs.readFileSync(path.join(repoRoot, 'data', 'common-words', 'ara-words.txt'), 'utf8').split('\n').filter(Boolean);
    assert.ok(words.length > 100_000, `${words.length} words`);
    for (let i = 0; i < words.length; i += 37) assert.ok(common.has(foldString(words[i])), `${words[i]} is in the list but not in common.lex`);
    // Rare but valid forms are in the lexicon and not common; glued words are in neither.
    for (const w of ['وبمستشفياتهم', 'فلتستعدوا']) assert.ok(has(w) && !common.has(foldString(w)), w);
    for (const w of ['الولاياتالمتحدة', 'الأممالمتحدة']) assert.ok(!common.has(foldString(w)), w);
  });

  it('works without the common-word list and the word-shape model, and refuses a corrupt one with a clear error', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tadqiq-lists-'));
    fs.copyFileSync(path.join(repoRoot, 'dist', 'lexicon', 'ar.lex'), path.join(dir, 'ar.lex'));
    const lists = loadWordLists(dir);
    assert.strictEqual(lists.common, undefined);
    assert.strictEqual(lists.shape, undefined);
    assert.ok(lists.lexicon.has(foldString('والمدينة')));
    fs.writeFileSync(path.join(dir, 'shape.bin'), new Uint8Array(64));
    assert.throws(() => loadWordLists(dir), /not a Tadqiq word-shape file/);
    fs.rmSync(path.join(dir, 'shape.bin'));
    fs.writeFileSync(path.join(dir, 'common.lex'), new Uint8Array(64));
    assert.throws(() => loadWordLists(dir), /not a Tadqiq lexicon/);
  });
});
