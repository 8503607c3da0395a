// Development aid: the spacing evaluation on the TUNE split only, with the misses, wrong splits and
// clean-text flags printed for reading. Rules are adjusted against this; the benchmark reports the
// held-out TEST split. Run: npm run build:tests && node out/bench/tuneSpacing.js [articles] [--thorough] [--validation]
// (--validation: the test split's articles after the benchmark's, to check a candidate rule on unseen text;
// --weights '{"shape":0.3}': other run-together weights, over WEIGHTS; --folders 200: the articles as
// separate folders of 200, each its own corpus, the figures summed: how small folders fare).
import { builtWordLists, splitTexts } from './data';
import { inFolders, loadJudgments } from './spacingQuality';
import { WEIGHTS } from '../src/core/spacing/runTogether';

const n = Number(process.argv[2] ?? 1500);
const flag = process.argv.indexOf('--weights');
const weights = flag > 0 ? { ...WEIGHTS, ...JSON.parse(process.argv[flag + 1]) } : undefined;
const lists = builtWordLists();
const texts = splitTexts(process.argv.includes('--validation') ? 'validation' : 'tune', n);
const folderFlag = process.argv.indexOf('--folders');
const folder = folderFlag > 0 ? Number(process.argv[folderFlag + 1]) : texts.length;
const options = { seed: 11, judged: loadJudgments(), sensitivity: process.argv.includes('--thorough') ? ('thorough' as const) : ('cautious' as const), weights };
const q = inFolders(texts, folder, lists, options);
const pct = (x: number) => (100 * x).toFixed(2) + '%';
const per10k = (x: number) => ((x / q.cleanWords) * 1e4).toFixed(2);
console.log(`articles ${q.articles}, words ${q.words}, cases ${q.cases} (${q.triples} triples, ${q.excludedAsWords} excluded as words)`);
console.log(`recall ${pct(q.recall)}  precision ${pct(q.precision)} (judged ${pct(q.judgedPrecision)})  exact ${pct(q.exactRate)}  other flags ${q.otherFlags} (${q.otherReal} judged real)`);
console.log(`clean: ${q.cleanWords} words; run-together ${q.cleanRunTogether} (${per10k(q.cleanRunTogether)}/10k; judged real ${q.cleanReal}, unjudged ${q.cleanUnjudged}, false ${per10k(q.cleanRunTogether - q.cleanReal)}/10k), detached ${q.cleanDetached}, punctuation ${q.cleanPunctuation}`);
console.log('\n--- unjudged\n' + q.unjudged.join('\n'));
console.log('\n--- missed\n' + q.missed.slice(0, 120).join('\n'));
console.log('\n--- wrong split\n' + q.wrongSplit.slice(0, 60).join('\n'));
console.log('\n--- clean flags\n' + q.cleanSamples.slice(0, 400).join('\n'));

