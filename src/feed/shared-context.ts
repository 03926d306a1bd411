/**
 * What a group of metrics has in common (their source, their period), so a page that shows them
 * together can say it once above them and each tile only what differs. Finding it is the dashboard's
 * (src/elements/dashboard/shared-context-of.ts); a tile only compares.
 */
import type { Source } from './schema.js';

export interface SharedContext {
  readonly source?: Source;
  /** ISO 8601 period. */
  readonly period?: string;
}

/** Sources compare by content: a feed and its metrics may spell the same source as separate objects. */
export function sourceKey(source: Source | undefined): string {
  return JSON.stringify(source ?? null);
}

export function sameSource(a: Source | undefined, b: Source | undefined): boolean {
  return sourceKey(a) === sourceKey(b);
}
