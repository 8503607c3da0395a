/**
 * The core, run in a worker thread so the extension host never waits on it: the lexicon,
 * the corpus statistics, the spacing checker and the event index live here.
 */
import * as path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { EventIndex } from '../core/events/cluster';
import { loadWordLists } from '../core/lexicon';
import { SpacingChecker } from '../core/spacing/checker';
import { fixAllEdits } from '../core/spacing/fixAll';
import { WordStats } from '../core/wordStats';
import type { Envelope, Reply, Request } from './protocol';

const words = loadWordLists(path.join(__dirname, 'lexicon'));
const stats = new WordStats();
const checker = new SpacingChecker(words, stats);
const events = new EventIndex();
const articles = new Map<string, string>();
/** Spacing problems per article, recomputed only for articles that changed (or when the options do). */
const problemCache = new Map<string, number>();
let problemOptions = '';

function handle(request: Request): unknown {
  switch (request.kind) {
    case 'check':
      return checker.check(request.text, request.options);
    case 'fixAll':
      return fixAllEdits(request.text, checker, request.options);
    case 'upsert':
      for (const a of request.articles) {
        const old = articles.get(a.id);
        if (old === a.text) continue;
        if (old !== undefined) stats.remove(old);
        stats.add(a.text);
        articles.set(a.id, a.text);
        problemCache.delete(a.id);
        events.upsert(a.id, a.text);
      }
      checker.invalidate();
      return { articles: articles.size };
    case 'remove':
      for (const id of request.ids) {
        const old = articles.get(id);
        if (old === undefined) continue;
        stats.remove(old);
        articles.delete(id);
        problemCache.delete(id);
        events.remove(id);
      }
      checker.invalidate();
      return { articles: articles.size };
    case 'events':
      events.setOverrides(request.overrides);
      return events.events();
    case 'problemCounts': {
      const key = JSON.stringify(request.options);
      if (key !== problemOptions) {
        problemCache.clear();
        problemOptions = key;
      }
      const counts: Record<string, number> = {};
      for (const [id, text] of articles) {
        let n = problemCache.get(id);
        if (n === undefined) problemCache.set(id, (n = checker.check(text, request.options).findings.length));
        if (n > 0) counts[id] = n;
      }
      return counts;
    }
  }
}

parentPort?.on('message', ({ id, request }: Envelope) => {
  const started = performance.now();
  let reply: Reply;
  try {
    reply = { id, ok: true, value: handle(request), ms: performance.now() - started };
  } catch (e) {
    reply = { id, ok: false, error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) };
  }
  parentPort?.postMessage(reply);
});
