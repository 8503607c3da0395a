import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { clusterEvents } from '../src/core/events/cluster';
import { articleText, newsArticles, split } from './data';
import type { ScaleRun } from './eventsScale';
import type { BenchTable } from './table';

const GOLD = path.resolve(__dirname, '..', '..', 'bench', 'fixtures', 'events-gold.json');

interface Gold {
  events: { label: string; articles: string[] }[];
  singletons: string[];
  nearMisses?: [number, number, string][];
}

/** Pairwise precision/recall/F1 of the grouping on hand-labelled events, among 2,000 distractors. */
function quality(): BenchTable {
  if (!fs.existsSync(GOLD)) return { title: 'Event grouping quality', header: ['note'], rows: [['bench/fixtures/events-gold.json is missing: no quality figures']] };
  const gold = JSON.parse(fs.readFileSync(GOLD, 'utf8')) as Gold;
  const byId = new Map(newsArticles().map((a) => [a.id, a]));
  const goldIds = [...gold.events.flatMap((e) => e.articles), ...gold.singletons].filter((id) => byId.has(id));
  const goldSet = new Set(goldIds);
  const distractors = newsArticles().filter((a) => !goldSet.has(a.id) && split(a) === 'test').slice(0, 2000);
  const inputs = [...goldIds.map((id) => byId.get(id)!), ...distractors].map((a) => ({ id: a.id, text: articleText(a) }));
  const groups = clusterEvents(inputs);
  const predicted = new Map<string, number>();
  groups.forEach((g, i) => g.articles.forEach((a) => predicted.set(a.id, i)));
  const truth = new Map<string, number>();
  gold.events.forEach((e, i) => e.articles.forEach((id) => truth.set(id, i)));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < goldIds.length; i++) {
    for (let j = i + 1; j < goldIds.length; j++) {
      const same = truth.has(goldIds[i]) && truth.get(goldIds[i]) === truth.get(goldIds[j]);
      const together = predicted.get(goldIds[i]) === predicted.get(goldIds[j]);
      if (same && together) tp++;
      else if (together) fp++;
      else if (same) fn++;
    }
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  const f1 = (2 * precision * recall) / (precision + recall || 1);
  const nearMisses = gold.nearMisses ?? [];
  const merged = nearMisses.filter(([a, b]) => gold.events[a].articles.some((x) => gold.events[b].articles.some((y) => predicted.get(x) === predicted.get(y)))).length;
  const f = (x: number) => x.toFixed(3);
  return {
    title: 'Event grouping quality (hand-labelled SaudiNewsNet events among 2,000 distractors)',
    header: ['measure', 'Tadqiq', 'target'],
    rows: [
      ['gold events / articles / singletons', `${gold.events.length} / ${gold.events.reduce((n, e) => n + e.articles.length, 0)} / ${gold.singletons.length}`, ''],
      ['pairwise precision', f(precision), ''],
      ['pairwise recall', f(recall), ''],
      ['pairwise F1', f(f1), '≥ 0.95'],
      ['near-miss event pairs wrongly merged', `${merged} of ${nearMisses.length}`, '0'],
    ],
  };
}

/** 10,000 articles: grouping from scratch, one changed article, memory; in a process of its own (eventsScale.ts). */
function scale(): BenchTable {
  if (newsArticles().length === 0) return { title: 'Event grouping at scale', header: ['note'], rows: [['../shared/data is missing']] };
  // Three processes, as the speed benchmark does: one run moves by a third with the shared machine's load.
  const runs: ScaleRun[] = [];
  for (let k = 0; k < 3; k++) {
    const child = spawnSync(process.execPath, [path.join(__dirname, 'eventsScale.js')], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (child.status !== 0) throw new Error(`the events scale benchmark failed:\n${child.stderr}`);
    runs.push(JSON.parse(child.stdout) as ScaleRun);
  }
  const run = [...runs].sort((a, b) => a.scratchMs - b.scratchMs)[1];
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return {
    title: `Event grouping at scale (${run.articles.toLocaleString('en')} SaudiNewsNet articles, one thread)`,
    header: ['measure', 'Tadqiq', 'target'],
    rows: [
      ['group from scratch (median of 3 processes; all three)', `${seconds(run.scratchMs)} (${runs.map((r) => seconds(r.scratchMs)).join(', ')})`, '< 5 s'],
      ['re-group after one article changed (median of 9)', `${run.regroupMs[4].toFixed(0)} ms`, '< 100 ms'],
      ['peak memory of the process (RSS: the data set, its texts and the index; highest of 3)', `${Math.max(...runs.map((r) => r.peakRssMb)).toFixed(0)} MB`, '< 500 MB'],
      ['events found (multi-article)', `${run.events} (${run.multiArticle})`, ''],
    ],
    notes: ['Measured in a process of its own (bench/eventsScale.ts), which reads the compressed data set, keeps the 10,000 texts and builds the index: the peak memory is theirs, not the spacing benchmarks\' that run before in the main process.'],
  };
}

export async function bench(): Promise<BenchTable[]> {
  return [quality(), scale()];
}
