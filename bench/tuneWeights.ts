// Development aid: a coordinate search over the run-together weights on the TUNE split only.
// Objective: recall (%) minus a price for false flags on untouched text (flags on tokens not
// judged real by hand count as false), averaged over folders of several sizes (the first n tune
// articles for each n), with judged precision ≥ 98.3 % and false flags ≤ 1 per 10k words in each.
// It prints the best weights it found; a person reads them, and the flags they raise, before
// changing WEIGHTS. Run: node out/bench/tuneWeights.js [sizes, e.g. 1500,3566] [price per false flag per 10k words]
// [most false flags per 10k words allowed in each folder, 1 by default]
import { WEIGHTS, type Weights } from '../src/core/spacing/runTogether';
import { builtWordLists, splitTexts } from './data';
import { evaluateSpacing, loadJudgments } from './spacingQuality';

const sizes = (process.argv[2] ?? '1500').split(',').map(Number);
const price = Number(process.argv[3] ?? 5);
const maxFalse = Number(process.argv[4] ?? 1);
/** The step of each weight; 1 for those not named. */
const STEP: Partial<Record<keyof Weights, number>> = { shape: 0.05 };
const lists = builtWordLists();
const folders = sizes.map((n) => splitTexts('tune', n));
const judged = loadJudgments();

function measure(w: Weights): { objective: number; line: string } {
  let objective = 0;
  const lines: string[] = [];
  for (const texts of folders) {
    const q = evaluateSpacing(texts, lists, { seed: 11, judged, weights: w });
    const false10k = ((q.cleanRunTogether - q.cleanReal) / q.cleanWords) * 1e4;
    objective += (100 * q.recall - price * false10k - (q.judgedPrecision < 0.983 || false10k > maxFalse ? 100 : 0)) / folders.length;
    lines.push(`[${texts.length}] recall ${(100 * q.recall).toFixed(2)}% judged precision ${(100 * q.judgedPrecision).toFixed(2)}% false ${false10k.toFixed(2)}/10k unjudged ${q.cleanUnjudged}`);
  }
  return { objective, line: lines.join('; ') };
}

let best = { ...WEIGHTS };
let bestScore = measure(best);
console.log(`start: ${bestScore.line} objective ${bestScore.objective.toFixed(2)}`);
const fixed = new Set<keyof Weights>(['threshold']);
for (let round = 0; round < 2; round++) {
  let improved = false;
  for (const key of Object.keys(best) as (keyof Weights)[]) {
    if (fixed.has(key)) continue;
    for (const delta of [-1, 1]) {
      const tryW = { ...best, [key]: Math.max(0, Math.round((best[key] + delta * (STEP[key] ?? 1)) * 100) / 100) };
      if (tryW[key] === best[key]) continue;
      const r = measure(tryW);
      if (r.objective > bestScore.objective + 0.05) {
        best = tryW;
        bestScore = r;
        improved = true;
        console.log(`${key} → ${best[key]}: ${r.line} objective ${r.objective.toFixed(2)}`);
        break;
      }
    }
  }
  if (!improved) break;
}
console.log('best', JSON.stringify(best));
