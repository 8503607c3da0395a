import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from './testLexicon';

const cli = path.join(repoRoot, 'dist', 'cli.js');

function tadqiq(args: string[], cwd = repoRoot) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempDir(files: Record<string, string | Uint8Array>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tadqiq-cli-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

describe('tadqiq CLI', () => {
  it('check --format json follows the version 1 contract, offsets in UTF-16 from the file start', () => {
    const dir = tempDir({ 'a.txt': 'خبر\nوصلت الولاياتالمتحدة اليوم.\n' });
    const r = tadqiq(['check', 'a.txt', '--format', 'json'], dir);
    assert.strictEqual(r.code, 1, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.strictEqual(json.version, 1);
    assert.strictEqual(json.files[0].path, 'a.txt', 'paths stay as given');
    const d = json.files[0].diagnostics.find((x: { code: string }) => x.code === 'run-together');
    assert.ok(d);
    assert.deepStrictEqual(Object.keys(d).sort(), ['character', 'code', 'fixes', 'length', 'line', 'message', 'offset', 'severity', 'text'].sort());
    const text = fs.readFileSync(path.join(dir, 'a.txt'), 'utf8');
    assert.strictEqual(text.slice(d.offset, d.offset + d.length), 'الولاياتالمتحدة');
    assert.deepStrictEqual([d.line, d.character], [1, 5]);
    assert.deepStrictEqual(d.fixes[0].edits, [{ offset: d.offset + 8, length: 0, text: ' ' }]);
  });

  it('check --reference learns spelling from other articles without checking them', () => {
    // كشكصحف: two words no list calls common, glued; a folder of one article cannot tell it from a name.
    const dir = tempDir({ 'a.txt': 'خبر قصير\nشاهد السكان كشكصحف قرب البلدة صباح اليوم.\n' });
    const archive = tempDir({ 'old.txt': 'تقرير\nتحدث الخبراء عن كشك صحف في المنطقة، وقالوا إن كشك صحف ظاهرة معروفة.\n', 'bad.txt': 'تقرير، قالوا إن  مشكلة .\n' });
    const runTogether = (r: ReturnType<typeof tadqiq>) => JSON.parse(r.stdout).files.flatMap((f: { diagnostics: { code: string; text: string }[] }) => f.diagnostics.filter((d) => d.code === 'run-together').map((d) => d.text));
    assert.deepStrictEqual(runTogether(tadqiq(['check', 'a.txt', '--format', 'json'], dir)), []);
    const r = tadqiq(['check', 'a.txt', '--reference', archive, '--format', 'json'], dir);
    assert.strictEqual(r.code, 1, r.stderr);
    assert.deepStrictEqual(runTogether(r), ['كشكصحف']);
    assert.deepStrictEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path), ['a.txt'], 'the reference articles are not reported on');
    const missing = tadqiq(['check', 'a.txt', '--reference', 'no-such-folder'], dir);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.stderr, /no-such-folder \(reference\): no such file or folder/);
    assert.strictEqual(tadqiq(['events', 'a.txt', '--reference', archive], dir).code, 2, '--reference goes with check only');
  });

  it('reads a folder with a symbolic link back up the tree once, without looping', () => {
    const dir = tempDir({});
    fs.mkdirSync(path.join(dir, 'a'));
    fs.writeFileSync(path.join(dir, 'a', 'x.txt'), 'خبر\nقالت الولاياتالمتحدة اليوم.\n');
    fs.symlinkSync(dir, path.join(dir, 'a', 'back'), 'dir');
    const r = tadqiq(['check', dir, '--format', 'json']);
    assert.strictEqual(r.code, 1, r.stderr);
    assert.deepStrictEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => path.relative(dir, f.path)), [path.join('a', 'x.txt')]);
  });

  it('check --thorough also proposes splits with weaker evidence', () => {
    // يهتمبها: only the letters of the two words to go on, too little even for a folder of one file.
    const dir = tempDir({ 'a.txt': 'وقال الخبير إنه يهتمبها كثيرا.\n' });
    const cautious = tadqiq(['check', 'a.txt', '--format', 'json'], dir);
    const thorough = tadqiq(['check', 'a.txt', '--format', 'json', '--thorough'], dir);
    assert.strictEqual(cautious.code, 0, cautious.stdout);
    assert.strictEqual(thorough.code, 1, thorough.stderr);
    assert.deepStrictEqual(JSON.parse(thorough.stdout).files[0].diagnostics.map((d: { text: string }) => d.text), ['يهتمبها']);
    assert.strictEqual(tadqiq(['events', 'a.txt', '--thorough'], dir).code, 2, '--thorough goes with check only');
  });

  it('check --clitic-before-quote: by default as the files do more often; tatweel or attached when asked', () => {
    // Two files join ل and ب to a quote directly, one file does not join at all.
    const dir = tempDir({ 'a.txt': 'نقل الخبر ل"الهيئة" أمس.\n', 'b.txt': 'وقال ب"وضوح" إن الأمر انتهى.\n', 'c.txt': 'وصل الوفد إلى المدينة.\n' });
    const tatweelFlags = (args: string[]) => {
      const r = tadqiq(['check', '.', '--format', 'json', ...args], dir);
      return JSON.parse(r.stdout).files.flatMap((f: { diagnostics: { message: string }[] }) => f.diagnostics.filter((d) => /takes a tatweel/.test(d.message))).length;
    };
    assert.strictEqual(tatweelFlags([]), 0, 'consistent: the files join directly');
    assert.strictEqual(tatweelFlags(['--clitic-before-quote', 'tatweel']), 2);
    assert.strictEqual(tatweelFlags(['--clitic-before-quote', 'attached']), 0);
    const wrong = tadqiq(['check', '.', '--clitic-before-quote', 'sometimes'], dir);
    assert.strictEqual(wrong.code, 2);
    assert.match(wrong.stderr, /--clitic-before-quote takes consistent, tatweel or attached/);
    assert.strictEqual(tadqiq(['events', '.', '--clitic-before-quote', 'tatweel'], dir).code, 2, 'it goes with check only');
  });

  it('check --words leaves the words of a list alone (a word a line, # comments)', () => {
    const dir = tempDir({ 'a.txt': 'وصل وفد الولاياتالمتحدة إلى مقر الأممالمتحدة.\n', 'words.txt': '# names written solid\nالولاياتالمتحدة  # a test\n\n' });
    const flagged = (args: string[]) => JSON.parse(tadqiq(['check', 'a.txt', '--format', 'json', ...args], dir).stdout).files[0].diagnostics.map((d: { text: string }) => d.text);
    assert.deepStrictEqual(flagged([]), ['الولاياتالمتحدة', 'الأممالمتحدة']);
    assert.deepStrictEqual(flagged(['--words', 'words.txt']), ['الأممالمتحدة']);
    const missing = tadqiq(['check', 'a.txt', '--words', 'nope.txt'], dir);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.stderr, /nope\.txt: cannot read the word list/);
    assert.strictEqual(tadqiq(['events', 'a.txt', '--words', 'words.txt'], dir).code, 2, 'it goes with check only');
  });

  it('exits 0 on clean text', () => {
    const dir = tempDir({ 'a.txt': 'زار الوفد المدينة وتجول بالأحياء القديمة.\n' });
    const r = tadqiq(['check', '.'], dir);
    assert.strictEqual(r.code, 0, r.stdout + r.stderr);
  });

  it('check --fix rewrites whitespace only and says what it changed', () => {
    const dir = tempDir({ 'a.txt': 'أعلنت الأممالمتحدة و روسيا الاتفاق.\n' });
    const r = tadqiq(['check', '--fix', 'a.txt'], dir);
    assert.match(r.stdout, /a\.txt/);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'), 'أعلنت الأمم المتحدة وروسيا الاتفاق.\n');
    assert.strictEqual(tadqiq(['check', 'a.txt'], dir).code, 0, 'nothing left to fix');
  });

  it('check --fix mends 60,000 problems of a 1.6 MB file in a time that grows with the file, not with problems × size', function () {
    // Edits applied one at a time copied the whole text per edit: 1.2 MB of news took 8 s, this would take minutes.
    this.timeout(120_000);
    const line = 'وقال الوزير ، إن الأممالمتحدة و روسيا اتفقتا.\n';
    const lines = 20_000;
    const dir = tempDir({ 'big.txt': line.repeat(lines) });
    const r = spawnSync(process.execPath, [cli, 'check', '--fix', '--format', 'json', 'big.txt'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
    assert.strictEqual(r.status, 1, r.stderr);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'big.txt'), 'utf8'), 'وقال الوزير، إن الأمم المتحدة وروسيا اتفقتا.\n'.repeat(lines));
  });

  it('check --max-findings reports the first problems of a file and says how many more there are', () => {
    const dir = tempDir({ 'a.txt': 'قال و مستشفى المدينة.\n'.repeat(10) });
    const r = tadqiq(['check', 'a.txt', '--format', 'json', '--max-findings', '4'], dir);
    assert.strictEqual(r.code, 1);
    const offsets = (JSON.parse(r.stdout).files[0].diagnostics as { offset: number }[]).map((d) => d.offset);
    assert.deepStrictEqual(offsets, [4, 26, 48, 70], 'the first four, in order');
    assert.match(r.stderr, /a\.txt: 6 more problem\(s\) not reported \(--max-findings 4\)/);
    assert.match(tadqiq(['check', 'a.txt', '--max-findings', 'many'], dir).stderr, /--max-findings takes a whole number/);
    assert.strictEqual(tadqiq(['check', 'a.txt', '--max-findings', '0'], dir).stdout.trim().split('\n').length, 11, 'no limit: ten problems and the total');
  });

  it('check --fix leaves a file with more problems than --max-findings as it is, and says so', () => {
    const text = 'قال و مستشفى المدينة.\n'.repeat(10);
    const dir = tempDir({ 'a.txt': text, 'b.txt': 'قال و مستشفى المدينة.\n' });
    const r = tadqiq(['check', '--fix', '--max-findings', '4', 'a.txt', 'b.txt'], dir);
    assert.strictEqual(r.code, 2, 'a file left unfixed is an input error');
    assert.match(r.stderr, /a\.txt: not fixed: more than 4 problems/);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'), text, 'nothing changed');
    assert.strictEqual(fs.readFileSync(path.join(dir, 'b.txt'), 'utf8'), 'قال ومستشفى المدينة.\n', 'the other file is fixed');
  });

  it('facts and events print version 1 JSON', () => {
    const facts = JSON.parse(tadqiq(['facts', 'corpus', '--format', 'json']).stdout);
    assert.deepStrictEqual(Object.keys(facts).sort(), ['facts', 'version']);
    assert.ok(Array.isArray(facts.facts));
    const events = JSON.parse(tadqiq(['events', 'corpus', '--format', 'json']).stdout);
    assert.strictEqual(events.version, 1);
    assert.ok(events.events.length >= 2);
    for (const e of events.events) {
      assert.ok(typeof e.id === 'string' && typeof e.title === 'string');
      for (const a of e.articles) assert.match(a.path, /^corpus\//);
    }
  });

  it('usage errors and unreadable input exit 2 with a message on stderr, the rest still read', () => {
    const usage = tadqiq(['frobnicate', 'x']);
    assert.strictEqual(usage.code, 2);
    assert.match(usage.stderr, /unknown command/);
    const dir = tempDir({ 'bin.txt': new Uint8Array([0x61, 0, 1, 2]), 'ok.txt': 'وصلت الولاياتالمتحدة.\n', 'empty.txt': '' });
    const r = tadqiq(['check', '.', '--format', 'json'], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /bin\.txt: binary file/);
    const json = JSON.parse(r.stdout);
    assert.deepStrictEqual(json.files.map((f: { path: string }) => f.path).sort(), ['empty.txt', 'ok.txt']);
    assert.strictEqual(tadqiq(['check', 'no-such-dir']).code, 2);
  });

  it('reads a 100,000-letter word, diacritics, tatweel, ZWNJ, RLM and presentation forms without failing', () => {
    const text = 'ب'.repeat(100_000) + '\nقالَ الرئيـــس\u200c إن ال\u200fوفد ﺍﻟﻮﻻﻳﺎﺕﺍﻟﻤﺘﺤﺪﺓ وصل.\n';
    const dir = tempDir({ 'odd.txt': text });
    const r = tadqiq(['check', 'odd.txt', '--format', 'json'], dir);
    assert.strictEqual(r.code, 1, r.stderr);
    const d = JSON.parse(r.stdout).files[0].diagnostics;
    assert.deepStrictEqual(d.map((x: { text: string }) => x.text), ['ﺍﻟﻮﻻﻳﺎﺕﺍﻟﻤﺘﺤﺪﺓ']);
  });

  it('refuses a file over --max-size with a clear message and reads the others', () => {
    const dir = tempDir({ 'big.txt': 'حلب '.repeat(400_000), 'ok.txt': 'حلب مدينة.\n' });
    const r = tadqiq(['check', '.', '--max-size', '1', '--format', 'json'], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /big\.txt: file is 2\.\d MB, over the 1 MB limit/);
    assert.deepStrictEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path), ['ok.txt']);
  });

  it('checks a 50 MB single line without failing, its findings all on line 0', function () {
    this.timeout(120_000);
    // The spaced form is there too: a glued form the text never writes apart would read as a name.
    const sentence = 'وصلت الولاياتالمتحدة إلى المدينة و مستشفى الأطفال مغلق ، وقالت الولايات المتحدة ذلك. ';
    const dir = tempDir({ 'line.txt': sentence.repeat(Math.ceil(50e6 / Buffer.byteLength(sentence))) });
    const r = spawnSync(process.execPath, [cli, 'check', 'line.txt', '--format', 'json', '--max-findings', '0'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
    assert.strictEqual(r.status, 1, r.stderr);
    const d = JSON.parse(r.stdout).files[0].diagnostics as { line: number; code: string }[];
    assert.ok(d.length > 100_000, `${d.length} findings`);
    assert.ok(d.every((x) => x.line === 0));
    assert.deepStrictEqual([...new Set(d.map((x) => x.code))].sort(), ['detached-clitic', 'punctuation-spacing', 'run-together']);
  });

  it('checks a million short lines without a quotation mark in a time that grows with the file, not with its square', function () {
    // The hang this guards against: a search per line for the next quotation mark read the rest of
    // the file once for every line (200,000 lines took 7.6 s; a million would outlast the timeout).
    this.timeout(120_000);
    const dir = tempDir({ 'lines.txt': 'كلمة وكلمة أخرى\n'.repeat(1_000_000) });
    const r = spawnSync(process.execPath, [cli, 'check', 'lines.txt'], { cwd: dir, encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /^0 problem\(s\) in 1 file\(s\)/m);
  });
});
