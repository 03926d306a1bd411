/**
 * What a group of metrics has in common (their source, their period), so a page that shows them
 * together can say it once above them and each tile only what differs.
 */
import type { Feed, Metric, Source } from './schema.js';

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

/** The value every metric has, when they all have the same one. */
function common<T>(
  values: readonly (T | undefined)[],
  same: (a: T | undefined, b: T | undefined) => boolean,
): T | undefined {
  const first = values[0];
  return first !== undefined && values.every((value) => same(value, first)) ? first : undefined;
}

/**
 * The source most metrics give, when it is more than half of them: said once above them, it spares a
 * line on most tiles, and each other tile says its own source (or that none is stated).
 */
function mostMetricsSource(metrics: readonly Metric[]): Source | undefined {
  const counts = new Map<string, { source: Source; count: number }>();
  for (const metric of metrics) {
    if (!metric.source) continue;
    const key = sourceKey(metric.source);
    const entry = counts.get(key) ?? { source: metric.source, count: 0 };
    counts.set(key, { ...entry, count: entry.count + 1 });
  }
  const top = [...counts.values()].sort((a, b) => b.count - a.count)[0];
  return top && top.count * 2 > metrics.length ? top.source : undefined;
}

/**
 * The feed's own source and period, or else the source more than half the metrics give and the period
 * every metric shares.
 */
export function sharedContext(feed: Feed, metrics: readonly Metric[]): SharedContext {
  const source =
    feed.source ??
    common(
      metrics.map((m) => m.source),
      sameSource,
    ) ??
    mostMetricsSource(metrics);
  const period =
    feed.period ??
    common(
      metrics.map((m) => m.period),
      (a, b) => a === b,
    );
  return { ...(source ? { source } : {}), ...(period ? { period } : {}) };
}
