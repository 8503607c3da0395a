/**
 * The core, run in a worker thread so the extension host never waits on it: the lexicon,
 * the corpus statistics, the spacing checker and the event index live here.
 */
import * as path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { EventIndex } from '../core/events/cluster';
import { articleFromBytes } from '../core/input';
import { nodeUtf8 } from '../node/utf8';
import { loadWordLists } from '../core/lexicon';
import { SpacingChecker } from '../core/spacing/checker';
import { fixAllEdits } from '../core/spacing/fixAll';
import { WordStats } from '../core/wordStats';
import type { ArticleInput, Envelope, Reply, Request, TextRef } from './protocol';

const words = loadWordLists(path.join(__dirname, 'lexicon'));
const stats = new WordStats();
const checker = new SpacingChecker(words, stats);
const events = new EventIndex();
const articles = new Map<string, string>();
/** Reference articles: in the statistics (how words are spelled), never checked or grouped. */
const reference = new Map<string, string>();
/** Spacing problems per article, recomputed only for articles that changed (or when the options do). */
const problemCache = new Map<string, number>();
let problemOptions = '';

/** Texts sent ahead in pieces (CoreClient.sendText), until the request that names them. */
const staged = new Map<number, string[]>();

function textOf(ref: TextRef): string {
  if (typeof ref === 'string') return ref;
  const pieces = staged.get(ref.staged);
  // Pieces go to the worker that was running; one started since never had them.
  if (!pieces) throw new Error('the text was not received (the core restarted); it is checked again on the next change');
  staged.delete(ref.staged);
  return pieces.join('');
}

/** The article's text, or why it is not an article (a file's bytes are decoded here, off the host). */
function articleText(a: ArticleInput): { text: string } | { reason: string } {
  if ('text' in a) return { text: textOf(a.text) };
  const decoded = articleFromBytes(a.bytes, nodeUtf8);
  return decoded.ok ? { text: decoded.text } : { reason: decoded.reason };
}

/** Puts `text` under `id` in `store` and in the statistics, in place of what was there; false when nothing changed. */
function learnText(store: Map<string, string>, id: string, text: string): boolean {
  const old = store.get(id);
  if (old === text) return false;
  if (old !== undefined) stats.remove(old);
  stats.add(text);
  store.set(id, text);
  return true;
}

function remove(id: string): void {
  const old = articles.get(id);
  if (old === undefined) return;
  stats.remove(old);
  articles.delete(id);
  problemCache.delete(id);
  events.remove(id);
}

/**
 * The corpus's convention before a quote (WordStats.cliticConvention), as of the last change: when
 * it turns, a cached count of any article may be stale under the `consistent` setting.
 */
let convention = stats.cliticConvention();

/** After the corpus changed: splits are computed afresh, and counts too if the convention turned. */
function corpusChanged(): void {
  checker.invalidate();
  const now = stats.cliticConvention();
  if (now === convention) return;
  convention = now;
  problemCache.clear();
}

function handle(request: Request): unknown {
  switch (request.kind) {
    case 'check':
      return checker.check(textOf(request.text), request.options);
    case 'fixAll':
      return fixAllEdits(textOf(request.text), checker, request.options);
    case 'upsert': {
      const refused: { id: string; reason: string }[] = [];
      for (const a of request.articles) {
        const read = articleText(a);
        if ('reason' in read) {
          refused.push({ id: a.id, reason: read.reason });
          remove(a.id);
          continue;
        }
        if (!learnText(articles, a.id, read.text)) continue;
        problemCache.delete(a.id);
        events.upsert(a.id, read.text);
      }
      corpusChanged();
      return { articles: articles.size, refused };
    }
    case 'remove':
      for (const id of request.ids) remove(id);
      corpusChanged();
      return { articles: articles.size };
    case 'reference': {
      if (request.reset) {
        for (const text of reference.values()) stats.remove(text);
        reference.clear();
      }
      const refused: { id: string; reason: string }[] = [];
      for (const a of request.articles) {
        const read = articleText(a);
        if ('reason' in read) {
          refused.push({ id: a.id, reason: read.reason });
          continue;
        }
        learnText(reference, a.id, read.text);
      }
      problemCache.clear();
      corpusChanged();
      return { articles: reference.size, refused };
    }
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

parentPort?.on('message', (envelope: Envelope) => {
  if ('staged' in envelope) {
    const pieces = staged.get(envelope.staged);
    if (pieces) pieces.push(envelope.piece);
    else staged.set(envelope.staged, [envelope.piece]);
    return;
  }
  const { id, request } = envelope;
  const started = performance.now();
  let reply: Reply;
  try {
    reply = { id, ok: true, value: handle(request), ms: performance.now() - started };
  } catch (e) {
    reply = { id, ok: false, error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) };
  }
  parentPort?.postMessage(reply);
});
