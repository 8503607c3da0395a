// Development aid: every run-together flag on untouched TUNE articles, one line per distinct token
// (count, token, proposed split, a little context), for judging by hand which are real errors of
// the papers and which are false alarms. Run: node out/bench/listFlags.js [articles] [tune|validation|third|test] [--thorough];
// with UNJUDGED=1 only tokens not judged yet; --folders 50: the articles as folders of 50, each its own corpus.
import { SpacingChecker } from '../src/core/spacing/checker';
import { DEFAULT_SPACING_OPTIONS } from '../src/core/spacing/options';
import { WEIGHTS } from '../src/core/spacing/runTogether';
import { WordStats } from '../src/core/wordStats';
import { builtWordLists, splitTexts, type TextSet } from './data';
import { around, loadJudgments } from './spacingQuality';

const n = Number(process.argv[2] ?? 1500);
const which = (process.argv[3] ?? 'tune') as TextSet;
const lists = builtWordLists();
const judged = loadJudgments();
const texts = splitTexts(which, n);
// --weights '{"threshold":2.5}': other run-together weights, over WEIGHTS.
const flag = process.argv.indexOf('--weights');
const weights = flag > 0 ? { ...WEIGHTS, ...JSON.parse(process.argv[flag + 1]) } : undefined;
const folderFlag = process.argv.indexOf('--folders');
const folder = folderFlag > 0 ? Number(process.argv[folderFlag + 1]) : texts.length;
const seen = new Map<string, { count: number; line: string }>();
for (let k = 0; k < texts.length; k += folder) {
  const inFolder = texts.slice(k, k + folder);
  const stats = new WordStats();
  for (const t of inFolder) stats.add(t);
  const checker = new SpacingChecker(lists, stats, weights);
  for (const text of inFolder) {
    for (const f of checker.check(text, { ...DEFAULT_SPACING_OPTIONS, maxFindings: Infinity, runTogetherSensitivity: process.argv.includes('--thorough') ? 'thorough' : 'cautious' }).findings) {
      if (f.code !== 'run-together') continue;
      if (process.env.UNJUDGED && judged.get(f.text, around(text, f))) continue;
      const entry = seen.get(f.text);
      if (entry) {
        entry.count++;
        continue;
      }
      const context = text.slice(Math.max(0, f.offset - 40), f.offset + f.length + 40).replace(/\s+/g, ' ');
      seen.set(f.text, { count: 1, line: `${f.text}\t${f.fixes[0].title.replace(/^Split into /, '')}\t${context}` });
    }
  }
}
for (const { count, line } of [...seen.values()].sort((a, b) => a.line.localeCompare(b.line))) console.log(`${count}\t${line}`);
