// Development aid: which run-together flags other weights add on the TUNE split, grouped by the
// evidence the message gives, each group's glued cases found (gain) against its flags on untouched
// text judged false or never judged (cost) and judged real. A group that gains much and costs
// little is a cue worth weighing more; version 19's and 20's cues were found this way.
// Run: npm run build:tests && node out/bench/flagBands.js [articles] [folder size] '{"threshold":2}' ['{base weights}']
import { builtWordLists, splitTexts } from './data';
import { evaluateSpacing, loadJudgments } from './spacingQuality';
import { foldString } from '../src/core/normalize';
import { FUNCTION_WORDS } from '../src/core/spacing/arabicWords';
import { WEIGHTS, type Weights } from '../src/core/spacing/runTogether';

const n = Number(process.argv[2] ?? 3566);
const size = Number(process.argv[3] ?? 50);
const weightsFrom = (json: string | undefined): Weights => ({ ...WEIGHTS, ...JSON.parse(json ?? '{}') });
const lists = builtWordLists();
const texts = splitTexts('tune', n);
const judged = loadJudgments();

/** Every run-together flag, by folder, kind and token: its message and, on untouched text, its verdict. */
function flags(weights: Weights): Map<string, { msg: string; verdict: string }> {
  const seen = new Map<string, { msg: string; verdict: string }>();
  for (let k = 0; k < texts.length; k += size) {
    evaluateSpacing(texts.slice(k, k + size), lists, {
      seed: 11,
      judged,
      weights,
      onFlag: (kind, f) => {
        if (kind !== 'other') seen.set(`${k}\t${kind}\t${f.text}`, { msg: f.message, verdict: kind === 'case' ? 'case' : (judged.get(f.text) ?? 'unjudged') });
      },
    });
  }
  return seen;
}

/** F for a function word, else C (common list), L (lexicon) or - (neither), with the length up to 5. */
function shapeOf(part: string): string {
  const p = foldString(part);
  if (FUNCTION_WORDS.has(p)) return 'F';
  return (lists.common?.has(p) ? 'C' : lists.lexicon.has(p) ? 'L' : '-') + Math.min(p.length, 5);
}

const base = flags(weightsFrom(process.argv[5]));
const other = flags(weightsFrom(process.argv[4] ?? '{"threshold":2}'));
const groups = new Map<string, { gain: number; cost: number; real: number; samples: string[] }>();
for (const [key, { msg, verdict }] of other) {
  if (base.has(key)) continue;
  const m = /→ "(.*?)"\.(?: Evidence: (.*)\.)?$/.exec(msg);
  const split = m?.[1] ?? '?';
  const evidence = m?.[2] ?? '(none named)';
  const g = groups.get(evidence) ?? groups.set(evidence, { gain: 0, cost: 0, real: 0, samples: [] }).get(evidence)!;
  const mark = verdict === 'case' ? '+' : verdict === 'real' ? 'r' : 'x';
  if (verdict === 'case') g.gain++;
  else if (verdict === 'real') g.real++;
  else g.cost++;
  g.samples.push(`${mark}${split}[${split.split(' ').map(shapeOf).join('+')}]`);
}
const lost = [...base.keys()].filter((k) => !other.has(k)).length;
console.log(`${n} tune articles in folders of ${size}; flags the base has and these weights lose: ${lost}`);
console.log('+ glued case found, x flag judged false or never judged, r flag on a real error of the paper; [F function word, C common, L lexicon, - neither; length]');
for (const [evidence, g] of [...groups].sort((a, b) => b[1].gain + b[1].cost - (a[1].gain + a[1].cost))) {
  console.log(`gain ${g.gain}  cost ${g.cost}  real ${g.real}  :: ${evidence}\n    ${g.samples.slice(0, 30).join('  ')}`);
}
