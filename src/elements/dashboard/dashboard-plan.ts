/**
 * Which widgets a dashboard shows for a feed: a tile for every chosen metric; a chart for each metric
 * with a series or a breakdown, and one comparing each group of metrics that have neither but are
 * counted alike (same unit, format, source and period); a map for each breakdown by region, one region
 * included (the map shows where it is). It also finds what the metrics share (source, period), which the
 * dashboard states once in its header. Pure, so the choice is tested alone.
 */
import { measureKey } from '../../feed/comparable.js';
import type { Feed, Metric } from '../../feed/schema.js';
import { sourceKey, type SharedContext } from '../../feed/shared-context.js';
import { sharedContext } from './shared-context-of.js';
import { isRegionCode } from '../../regions/codes.js';

export type ChartType = 'bar' | 'column' | 'line' | 'area' | 'stacked' | 'donut';
export const CHART_TYPES: readonly ChartType[] = ['bar', 'column', 'line', 'area', 'stacked', 'donut'];
/** The types a comparison of metrics' own values may take (the chart refuses the others). */
const COMPARISON_TYPES: readonly ChartType[] = ['bar', 'column'];
/** A comparison of fewer metrics is drawn only when a dashboard has no other chart. */
const COMPARISON_MIN = 3;

export interface PlannedChart {
  readonly metrics: readonly Metric[];
  readonly type: ChartType;
}

export interface DashboardPlan {
  readonly metrics: readonly Metric[];
  readonly charts: readonly PlannedChart[];
  readonly maps: readonly Metric[];
  readonly shared: SharedContext;
  /** Ids asked for (a dashboard's `metrics`, else its `metric`) that the feed does not have. */
  readonly unknown: readonly string[];
}

/** A time series reads as a line once it has a shape (4+ points), as columns before; categories as bars. */
export function chartTypeFor(metric: Metric): ChartType | undefined {
  const points = metric.series?.length ?? 0;
  if (points > 0) return points >= 4 ? 'line' : 'column';
  if ((metric.breakdown?.length ?? 0) > 0) return 'bar';
  return undefined;
}

/**
 * Metrics with no series or breakdown, grouped by how they are counted and where and when they come
 * from: each group of two or more is one honest comparison.
 */
function comparisons(feed: Feed, metrics: readonly Metric[]): Metric[][] {
  const groups = new Map<string, Metric[]>();
  for (const metric of metrics) {
    if ((metric.series?.length ?? 0) > 0 || (metric.breakdown?.length ?? 0) > 0 || metric.value === null) continue;
    const key = [measureKey(metric), sourceKey(metric.source ?? feed.source), metric.period ?? feed.period ?? ''].join(
      '|',
    );
    groups.set(key, [...(groups.get(key) ?? []), metric]);
  }
  return [...groups.values()].filter((group) => group.length >= 2);
}

/**
 * The comparisons worth drawing: every group of three or more. Two figures side by side read plainly
 * from their tiles, so a pair is drawn only when the dashboard would otherwise have no chart at all
 * (then the largest group).
 */
function chosenComparisons(feed: Feed, metrics: readonly Metric[]): Metric[][] {
  const groups = comparisons(feed, metrics);
  const large = groups.filter((group) => group.length >= COMPARISON_MIN);
  if (large.length > 0 || metrics.some((metric) => chartTypeFor(metric) !== undefined)) return large;
  const largest = groups.reduce<Metric[] | undefined>(
    (best, group) => (!best || group.length > best.length ? group : best),
    undefined,
  );
  return largest ? [largest] : [];
}

export function dashboardPlan(feed: Feed, chosen: string | null | undefined, override?: string | null): DashboardPlan {
  const ids = (chosen ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const byId = new Map(feed.metrics.map((metric) => [metric.id, metric]));
  const metrics = ids.length > 0 ? ids.flatMap((id) => byId.get(id) ?? []) : feed.metrics;
  const forced = CHART_TYPES.find((type) => type === override);
  return {
    metrics,
    charts: [
      ...metrics.flatMap((metric) => {
        const type = chartTypeFor(metric);
        return type ? [{ metrics: [metric], type: forced ?? type }] : [];
      }),
      ...chosenComparisons(feed, metrics).map((group) => ({
        metrics: group,
        type: forced && COMPARISON_TYPES.includes(forced) ? forced : ('bar' as const),
      })),
    ],
    maps: metrics.filter((metric) => (metric.breakdown ?? []).some((item) => isRegionCode(item.key))),
    shared: sharedContext(feed, metrics),
    unknown: ids.filter((id) => !byId.has(id)),
  };
}
