/**
 * Which widgets a dashboard shows for a feed: a tile for every chosen metric, a chart for each metric
 * with a series or a breakdown, a map for each regional breakdown. Pure, so the choice is tested alone.
 */
import type { Feed, Metric } from '../../feed/schema.js';
import { isRegionCode } from '../../regions/codes.js';

export type ChartType = 'bar' | 'column' | 'line' | 'area' | 'stacked' | 'donut';
export const CHART_TYPES: readonly ChartType[] = ['bar', 'column', 'line', 'area', 'stacked', 'donut'];

export interface DashboardPlan {
  readonly metrics: readonly Metric[];
  readonly charts: readonly { readonly metric: Metric; readonly type: ChartType }[];
  readonly maps: readonly Metric[];
  /** Ids asked for in `metrics` that the feed does not have. */
  readonly unknown: readonly string[];
}

/** A time series reads as a line once it has a shape (4+ points), as columns before; categories as bars. */
export function chartTypeFor(metric: Metric): ChartType | undefined {
  if ((metric.series?.length ?? 0) >= 2) return (metric.series?.length ?? 0) >= 4 ? 'line' : 'column';
  if ((metric.breakdown?.length ?? 0) >= 2) return 'bar';
  return undefined;
}

export function dashboardPlan(feed: Feed, chosen: string | null | undefined, override?: string | null): DashboardPlan {
  const ids = (chosen ?? '').split(',').map((id) => id.trim()).filter(Boolean);
  const byId = new Map(feed.metrics.map((metric) => [metric.id, metric]));
  const metrics = ids.length > 0 ? ids.flatMap((id) => byId.get(id) ?? []) : feed.metrics;
  const forced = CHART_TYPES.find((type) => type === override);
  return {
    metrics,
    charts: metrics.flatMap((metric) => {
      const type = chartTypeFor(metric);
      return type ? [{ metric, type: forced ?? type }] : [];
    }),
    maps: metrics.filter((metric) => metric.breakdown?.some((item) => isRegionCode(item.key))),
    unknown: ids.filter((id) => !byId.has(id)),
  };
}
