// Development aid: the spacing evaluation on the TUNE split only, with the misses, wrong splits and
// clean-text flags printed for reading. Rules are adjusted against this; the benchmark reports the
// held-out TEST split. Run: npm run build:tests && node out/bench/tuneSpacing.js [articles]
import * as path from 'node:path';
import { loadLexiconFile } from '../src/core/lexicon';
import { articleText, newsArticles, split } from './data';
import { evaluateSpacing } from './spacingQuality';

const n = Number(process.argv[2] ?? 600);
const lexicon = loadLexiconFile(path.resolve(__dirname, '..', '..', 'dist', 'lexicon', 'ar.lex'));
const texts = newsArticles().filter((a) => split(a) === 'tune').slice(0, n).map(articleText);
const q = evaluateSpacing(texts, lexicon, 11);
const pct = (x: number) => (100 * x).toFixed(2) + '%';
console.log(`articles ${q.articles}, words ${q.words}, cases ${q.cases} (${q.triples} triples, ${q.excludedAsWords} excluded as words)`);
console.log(`recall ${pct(q.recall)}  precision ${pct(q.precision)}  exact ${pct(q.exactRate)}  other flags ${q.otherFlags}`);
console.log(`clean: ${q.cleanWords} words; run-together ${q.cleanRunTogether} (${((q.cleanRunTogether / q.cleanWords) * 1e4).toFixed(2)}/10k), detached ${q.cleanDetached}, punctuation ${q.cleanPunctuation}`);
console.log('\n--- missed\n' + q.missed.slice(0, 120).join('\n'));
console.log('\n--- wrong split\n' + q.wrongSplit.slice(0, 60).join('\n'));
console.log('\n--- clean flags\n' + q.cleanSamples.slice(0, 400).join('\n'));
