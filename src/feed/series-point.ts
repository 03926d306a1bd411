/**
 * The fast path for long series. zod runs jitless (a strict CSP forbids its compiled parsers) and spends
 * 1–3 µs on each point: 30–80 ms for a 10 000-point series in a fresh page, more than drawing it. This
 * predicate accepts only points SeriesPointSchema accepts (test/feed/series-point.test.ts compares the two
 * on generated points), so a feed whose points all pass is validated by zod with its points taken as
 * checked (schema.ts, `feedSchemaForCheckedSeries`). Any other feed goes through the full schema, which
 * also words its problems.
 */
import { PERIOD_PATTERN } from './patterns.js';
import { QUALIFIERS } from './schema.js';

const POINT_KEYS = new Set(['period', 'value', 'qualifier']);
const QUALIFIER_SET: ReadonlySet<unknown> = new Set(QUALIFIERS);

export function isSeriesPoint(point: unknown): boolean {
  if (point === null || typeof point !== 'object' || Array.isArray(point)) return false;
  // A plain object (or one with no prototype): nothing read below may come from a prototype chain.
  const prototype = Object.getPrototypeOf(point);
  if (prototype !== Object.prototype && prototype !== null) return false;
  for (const key of Object.keys(point)) if (!POINT_KEYS.has(key)) return false;
  const { period, value, qualifier } = point as Record<string, unknown>;
  if (typeof period !== 'string' || !PERIOD_PATTERN.test(period)) return false;
  if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) return false;
  return qualifier === undefined || QUALIFIER_SET.has(qualifier);
}

/** Every point of every series in `input` (a feed not yet validated) passes `isSeriesPoint`. */
export function seriesAreWellFormed(input: unknown): boolean {
  const metrics = (input as { metrics?: unknown } | null)?.metrics;
  if (!Array.isArray(metrics)) return false;
  for (const metric of metrics) {
    const series = (metric as { series?: unknown } | null)?.series;
    if (series === undefined) continue;
    if (!Array.isArray(series) || !series.every(isSeriesPoint)) return false;
  }
  return true;
}
