/**
 * What a dashboard's metrics have in common, to say once above its tiles: the feed's own source and period,
 * or else the source most metrics give and the period they all share.
 */
import type { Feed, Metric, Source } from '../../feed/schema.js';
import { sameSource, sourceKey, type SharedContext } from '../../feed/shared-context.js';

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
