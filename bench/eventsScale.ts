// Run by bench/events.ts in a process of its own, so that its peak memory is the events index's and
// the data set's, not the spacing benchmarks' that ran before: groups 10,000 articles from scratch,
// then re-groups after one article changes, and prints the figures as JSON.
import { EventIndex } from '../src/core/events/cluster';
import { articleText, newsArticles } from './data';
import { peakRssMb } from './table';

/** What one run measured (events.ts turns it into the table). */
export interface ScaleRun {
  articles: number;
  scratchMs: number;
  /** Re-grouping after one article changed, sorted. */
  regroupMs: number[];
  events: number;
  multiArticle: number;
  peakRssMb: number;
}

function main(): void {
  const all = newsArticles().slice(0, 10_000);
  const texts = all.map((a) => ({ id: a.id, text: articleText(a) }));
  const t0 = performance.now();
  const index = new EventIndex();
  for (const a of texts) index.upsert(a.id, a.text);
  const first = index.events();
  const scratchMs = performance.now() - t0;
  const regroupMs: number[] = [];
  for (let k = 0; k < 9; k++) {
    const a = texts[(k * 997) % texts.length];
    const t = performance.now();
    index.upsert(a.id, a.text + `\nتحديث ${k}`);
    index.events();
    regroupMs.push(performance.now() - t);
  }
  regroupMs.sort((x, y) => x - y);
  const run: ScaleRun = { articles: all.length, scratchMs, regroupMs, events: first.length, multiArticle: first.filter((e) => e.articles.length > 1).length, peakRssMb: peakRssMb() };
  process.stdout.write(JSON.stringify(run));
}

main();
