/** Messages between the extension host and the core worker. Plain data only (structured clone). */
import type { EventGroup } from '../core/events/cluster';
import type { SpacingOptions, SpacingResult } from '../core/spacing/checker';
import type { TextEdit } from '../core/types';

export interface EventOverrides {
  /** article id → id of an article whose event it joins */
  moves: Record<string, string>;
  /** article ids kept as events of their own */
  splits: string[];
}

export type Request =
  | { kind: 'check'; text: string; options: SpacingOptions }
  /** Every round of preferred fixes, as edits on `text` (spacing/fixAll.ts). */
  | { kind: 'fixAll'; text: string; options: SpacingOptions }
  | { kind: 'upsert'; articles: { id: string; text: string }[] }
  | { kind: 'remove'; ids: string[] }
  | { kind: 'events'; overrides: EventOverrides }
  | { kind: 'problemCounts'; options: SpacingOptions };

export interface ResponseOf {
  check: SpacingResult;
  fixAll: TextEdit[];
  upsert: { articles: number };
  remove: { articles: number };
  events: EventGroup[];
  /** article id → number of spacing problems, for articles that have any */
  problemCounts: Record<string, number>;
}

export type Envelope = { id: number; request: Request };
export type Reply = { id: number; ok: true; value: unknown; ms: number } | { id: number; ok: false; error: string };
