/**
 * What the embed builder offers for a feed: an element only when some metric has data for it, and for a
 * chart only the types its data can draw (a line needs a series of two points or more; a donut, shares of
 * two regions or more). Stacked charts need several metrics, which the builder does not combine.
 */
import { isRegionCode } from '../src/regions/codes.js';
import type { Feed, Metric } from '../src/feed/schema.js';
import type { ChartType } from '../src/elements/chart/chart-messages.js';
import type { ElementKind } from './element-kinds.js';

const breakdownSize = (metric: Metric): number => metric.breakdown?.filter((item) => item.value !== null).length ?? 0;
const seriesSize = (metric: Metric): number => metric.series?.filter((point) => point.value !== null).length ?? 0;

export function chartTypesFor(metric: Metric): ChartType[] {
  const types: ChartType[] = [];
  if (breakdownSize(metric) > 0) types.push('bar', 'column');
  if (seriesSize(metric) >= 2) types.push('line', 'area');
  if (seriesSize(metric) > 0 && !types.includes('column')) types.push('column');
  if (breakdownSize(metric) >= 2) types.push('donut');
  return types;
}

/** The metrics an element can show; `undefined` for an element that takes no metric (the dashboard). */
export function metricsFor(feed: Feed, element: ElementKind): Metric[] | undefined {
  switch (element) {
    case 'dashboard':
      return undefined;
    case 'kpi':
      return feed.metrics;
    case 'chart':
      return feed.metrics.filter((metric) => chartTypesFor(metric).length > 0);
    case 'map':
      return feed.metrics.filter((metric) =>
        metric.breakdown?.some((item) => isRegionCode(item.key) && item.value !== null),
      );
    case 'table':
      return feed.metrics.filter((metric) => breakdownSize(metric) > 0 || seriesSize(metric) > 0);
  }
}

/** A table with no `metric` lists every metric of the feed, one row each: always possible. */
export const TABLE_OF_ALL_METRICS = '';
