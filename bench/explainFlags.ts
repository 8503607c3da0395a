// Development aid: which cues back the run-together flags on the TUNE split. For each signature
// (the set of cues at the weakest cut of the best split), how many glued cases it found and how
// many flags on untouched text it raised that were judged real or false (bench/fixtures).
// Run: node out/bench/explainFlags.js [articles]
import { foldString } from '../src/core/normalize';
import { boundaryEvidence } from '../src/core/spacing/runTogether';
import { builtWordLists, splitTexts } from './data';
import { evaluateSpacing, loadJudgments } from './spacingQuality';
import type { WordStats } from '../src/core/wordStats';

const n = Number(process.argv[2] ?? 1500);
const lists = builtWordLists();
const texts = splitTexts('tune', n);
const judged = loadJudgments();
/** What the rule knows of a whole folded token (as candidateSplits builds it). */
const wholeToken = (folded: string, stats: WordStats) => ({ length: folded.length, glued: stats.count(folded), common: lists.common?.has(folded) ?? false });
const table = new Map<string, { case: number; real: number; false: number; examples: string[] }>();
let gluedStats: WordStats | undefined;
const q = evaluateSpacing(texts, lists, { seed: 11, judged, onFlag: (kind, f, stats) => {
  if (kind !== 'clean') gluedStats = stats;
  if (kind === 'other') return;
  const parts = f.fixes[0].title.replace(/^Split into "|"$/g, '').split(' ');
  let weakest = Infinity;
  let signature = '';
  for (let k = 0; k < parts.length - 1; k++) {
    const cues: string[] = [];
    const ev = boundaryEvidence(foldString(parts[k]), foldString(parts[k + 1]), parts[k], parts[k + 1], wholeToken(foldString(f.text), stats), { ...lists, stats }, (c, v) =>
      cues.push(`${c}${v > 0 ? '+' : ''}${v}`),
    );
    if (ev < weakest) {
      weakest = ev;
      signature = cues.sort().join(' ');
    }
  }
  const row = table.get(signature) ?? { case: 0, real: 0, false: 0, examples: [] };
  table.set(signature, row);
  if (kind === 'case') row.case++;
  else if (judged.get(f.text) === 'real') row.real++;
  else {
    row.false++;
    if (row.examples.length < 6) row.examples.push(f.text);
  }
}});
for (const [sig, r] of [...table].sort((a, b) => b[1].false - a[1].false || b[1].case - a[1].case)) {
  console.log(`${String(r.case).padStart(5)} ${String(r.real).padStart(4)} ${String(r.false).padStart(4)}  ${sig}  ${r.examples.join(' ')}`);
}

// The glued cases it missed: the cues at their true cuts (statistics of the glued texts).
if (process.argv.includes('--missed') && gluedStats) {
  const stats = gluedStats;
  const misses = new Map<string, { count: number; examples: string[] }>();
  for (const m of q.missed) {
    const truth = m.slice(m.indexOf('(') + 1, m.lastIndexOf(')')).split(' ');
    const glued = foldString(truth.join(''));
    let weakest = Infinity;
    let signature = '';
    for (let k = 0; k < truth.length - 1; k++) {
      const cues: string[] = [];
      const ev = boundaryEvidence(foldString(truth[k]), foldString(truth[k + 1]), truth[k], truth[k + 1], wholeToken(glued, stats), { ...lists, stats }, (c, v) =>
        cues.push(`${c}${v > 0 ? '+' : ''}${v}`),
      );
      if (ev < weakest) {
        weakest = ev;
        signature = `${ev} ${cues.sort().join(' ')}`;
      }
    }
    const row = misses.get(signature) ?? { count: 0, examples: [] };
    misses.set(signature, row);
    row.count++;
    if (row.examples.length < 5) row.examples.push(truth.join(' '));
  }
  console.log('\n--- missed, by the cues at the weakest true cut');
  for (const [sig, r] of [...misses].sort((a, b) => b[1].count - a[1].count)) console.log(`${String(r.count).padStart(4)}  ${sig}  ${r.examples.join(' | ')}`);
}
