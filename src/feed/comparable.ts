/**
 * Whether figures of different metrics can stand side by side on one scale: only when they are counted
 * the same way (the same format, and the same unit in every language the feed gives). 358 people and
 * 40 grants, or 70 % and 1 120 people, would share an axis that means nothing.
 */
import type { Metric } from './schema.js';

/** The unit written with its keys sorted, so two feeds' spellings of the same unit compare equal. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? '';
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonical(inner)}`).join(',')}}`;
}

/** A key that is equal for two metrics exactly when their figures are counted the same way. */
export function measureKey(metric: Metric): string {
  return `${metric.format ?? 'number'}|${canonical(metric.unit ?? null)}`;
}

/** The first metric that is counted differently from the first one, if any. */
export function firstIncomparable(metrics: readonly Metric[]): Metric | undefined {
  const first = metrics[0];
  if (!first) return undefined;
  const key = measureKey(first);
  return metrics.find((metric) => measureKey(metric) !== key);
}

/** How a metric is counted, for a developer's message: `format number, unit {"ru":…}`. */
export function describeMeasure(metric: Metric): string {
  const unit = metric.unit === undefined ? 'none' : JSON.stringify(metric.unit);
  return `format ${metric.format ?? 'number'}, unit ${unit}`;
}
