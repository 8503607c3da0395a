import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits } from '../../src/core/edits';
import { SpacingChecker } from '../../src/core/spacing/checker';
import { DEFAULT_SPACING_OPTIONS, type SpacingOptions } from '../../src/core/spacing/options';
import { WordStats } from '../../src/core/wordStats';
import { repoRoot, wordLists } from './testLexicon';

/** One expected finding: the rule, the flagged text, and that text after the preferred fix. */
interface Expected {
  code: string;
  text: string;
  after: string | null;
  /** Further suggestions, in order, as the flagged text after each. */
  alternatives?: string[];
}

const dir = path.join(repoRoot, 'test', 'fixtures', 'spacing');

/** The flagged span after applying one fix (edits stay inside the span). */
function spanAfter(text: string, offset: number, length: number, edits: { offset: number; length: number; text: string }[]): string {
  const grown = edits.reduce((n, e) => n + e.text.length - e.length, 0);
  return applyEdits(text, edits).slice(offset, offset + length + grown);
}

describe('spacing fixtures (input.txt + expected.json, options.json where the defaults do not hold)', () => {
  const cases = fs.readdirSync(dir).filter((d) => fs.existsSync(path.join(dir, d, 'input.txt')));
  it('has fixtures', () => assert.ok(cases.length >= 8, `${cases.length} fixtures`));
  for (const name of cases) {
    it(name, () => {
      const input = fs.readFileSync(path.join(dir, name, 'input.txt'), 'utf8');
      const expected = JSON.parse(fs.readFileSync(path.join(dir, name, 'expected.json'), 'utf8')) as Expected[];
      const stats = new WordStats();
      stats.add(input);
      // options.json, where a fixture has one: settings over the defaults (a convention, say).
      const optionsFile = path.join(dir, name, 'options.json');
      const options: SpacingOptions = { ...DEFAULT_SPACING_OPTIONS, ...(fs.existsSync(optionsFile) ? (JSON.parse(fs.readFileSync(optionsFile, 'utf8')) as Partial<SpacingOptions>) : {}) };
      const { findings } = new SpacingChecker(wordLists(), stats).check(input, options);
      const actual = findings.map((f) => {
        const e: Expected = { code: f.code, text: f.text, after: f.fixes[0] ? spanAfter(input, f.offset, f.length, f.fixes[0].edits) : null };
        if (f.fixes.length > 1) e.alternatives = f.fixes.slice(1).map((x) => spanAfter(input, f.offset, f.length, x.edits));
        return e;
      });
      assert.deepStrictEqual(actual, expected);
    });
  }
});
