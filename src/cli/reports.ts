import { clusterEvents } from '../core/events/cluster';
import type { InputFile } from './files';

export interface Report {
  json: object;
  text: string[];
  found: boolean;
}

/** Facts reported by two or more articles. The cross-source facts engine is a later issue: none yet. */
export function factsReport(files: InputFile[]): Report {
  return { json: { facts: [] }, text: [`0 shared facts in ${files.length} file(s)`], found: false };
}

/** Articles grouped by event; `path` is the article's path as given on the command line. */
export function eventsReport(files: InputFile[]): Report {
  const events = clusterEvents(files.map((f) => ({ id: f.path, text: f.text })));
  const text: string[] = [];
  for (const e of events) {
    text.push(`${e.title}${e.dateSpan ? `  [${e.dateSpan.from}${e.dateSpan.to !== e.dateSpan.from ? ` – ${e.dateSpan.to}` : ''}]` : ''}`);
    for (const a of e.articles) text.push(`  ${a.id}  ${a.title}${a.duplicateOf ? `  (duplicate of ${a.duplicateOf})` : ''}`);
  }
  text.push(`${events.length} event(s) in ${files.length} file(s)`);
  return {
    json: { events: events.map((e) => ({ id: e.id, title: e.title, ...(e.dateSpan ? { dateSpan: e.dateSpan } : {}), articles: e.articles.map((a) => ({ path: a.id, title: a.title })) })) },
    text,
    found: false, // grouping reports no problem; the exit code says only whether input was readable
  };
}
