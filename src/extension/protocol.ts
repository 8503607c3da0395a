/** Messages between the extension host and the core worker. Plain data only (structured clone). */
import type { EventGroup } from '../core/events/cluster';
import type { SpacingResult } from '../core/spacing/checker';
import type { SpacingOptions } from '../core/spacing/options';
import type { TextEdit } from '../core/types';

export interface EventOverrides {
  /** article id → id of an article whose event it joins */
  moves: Record<string, string>;
  /** article ids kept as events of their own */
  splits: string[];
}

/**
 * A text for the worker: the text itself, or a text sent ahead in pieces (CoreClient.sendText) and
 * named by its handle. Cloning a long text into one message held the host for ~60 ms per 10 MB.
 */
export type TextRef = string | { staged: number };

/** An article for the index: its text, or a file's bytes for the worker to decode (and maybe refuse). */
export type ArticleInput = { id: string; text: TextRef } | { id: string; bytes: Uint8Array };

export type Request =
  | { kind: 'check'; text: TextRef; options: SpacingOptions }
  /** Every round of preferred fixes, as edits on `text` (spacing/fixAll.ts). */
  | { kind: 'fixAll'; text: TextRef; options: SpacingOptions }
  | { kind: 'upsert'; articles: ArticleInput[] }
  | { kind: 'remove'; ids: string[] }
  /** Reference articles (tadqiq.corpus.reference): their words teach spelling, nothing more. `reset` drops the earlier ones first. */
  | { kind: 'reference'; articles: ArticleInput[]; reset: boolean }
  | { kind: 'events'; overrides: EventOverrides }
  | { kind: 'problemCounts'; options: SpacingOptions };

export interface ResponseOf {
  check: SpacingResult;
  fixAll: TextEdit[];
  /** `refused`: files that are not articles (binary, not UTF-8, no Arabic), with the reason; they are not in the index. */
  upsert: { articles: number; refused: { id: string; reason: string }[] };
  remove: { articles: number };
  /** How many reference articles the statistics now hold, and the files that are not articles. */
  reference: { articles: number; refused: { id: string; reason: string }[] };
  events: EventGroup[];
  /** article id → number of spacing problems, for articles that have any */
  problemCounts: Record<string, number>;
}

/** A request, or one piece of a text being sent ahead (pieces arrive in order, before the request naming them). */
export type Envelope = { id: number; request: Request } | { staged: number; piece: string };
export type Reply = { id: number; ok: true; value: unknown; ms: number } | { id: number; ok: false; error: string };
