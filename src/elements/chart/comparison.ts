/**
 * When a chart's metrics have no breakdown or series, it compares their own values, one bar per metric.
 * That is honest only as bars or columns (a line would invent a path between unrelated figures, a donut
 * or a stack a whole they are not parts of) and only for metrics counted the same way.
 */
import { describeMeasure, firstIncomparable } from '../../feed/comparable.js';
import { FeedError } from '../../feed/errors.js';
import type { Metric } from '../../feed/schema.js';
import { chartMessages, type ChartType } from './chart-messages.js';
import { chooseSource } from './chart-view.js';

export const COMPARISON_TYPES: readonly ChartType[] = ['bar', 'column'];

/** A `metric` error when these metrics cannot be drawn as this type of chart; undefined when they can. */
export function comparisonProblem(metrics: readonly Metric[], type: ChartType): FeedError | undefined {
  if (chooseSource(type, metrics) !== 'metrics') return undefined;
  const ids = metrics.map((metric) => `"${metric.id}"`).join(', ');
  if (!COMPARISON_TYPES.includes(type)) {
    const error = new FeedError(
      'metric',
      `A ${type} chart draws a breakdown or a series, and ${ids} have neither. ` +
        'Use type="bar" or type="column" to compare the metrics\' own values.',
    );
    error.readerMessage = (locale) => chartMessages(locale).needsSeries;
    return error;
  }
  const odd = firstIncomparable(metrics);
  if (!odd) return undefined;
  const first = metrics[0]!;
  const error = new FeedError(
    'metric',
    `The metrics ${ids} cannot be compared in one chart: "${first.id}" has ` +
      `${describeMeasure(first)} but "${odd.id}" has ${describeMeasure(odd)}. ` +
      'A comparison needs metrics with the same unit and format; show the others in a chart of their own.',
  );
  error.readerMessage = (locale) => chartMessages(locale).incomparable;
  return error;
}
