/**
 * The chart's text alternative: what kind of chart, what is measured, then for each
 * series its trend (time) or total (categories), its extremes and its missing values, in the reader's
 * language and with the same number rules as every other figure.
 */
import { extremes, trend } from '../../a11y/summary.js';
import { formatNumber, formatQualified, formatValue } from '../../i18n/index.js';
import { inLanguage } from '../../i18n/lang-runs.js';
import type { Locale } from '../../i18n/locale.js';
import { chartMessages, stop } from './chart-messages.js';
import type { ChartPoint, ChartView } from './chart-model.js';
import type { LocalizedText } from '../../feed/localize.js';

/** Up to this many missing values are named; more are counted. */
const NAMED_MISSING = 5;

/**
 * A donut slice's share of the known positive total, as a percentage: to a tenth below 10 %, whole above.
 * A share that rounding would show as 0 % or 100 % while it is neither says so instead ("менее 0,1 %",
 * "более 99 %"): a reader must not read a part as nothing, or as everything.
 */
export function shareText(value: number, whole: number, locale: Locale): string {
  const percent = whole > 0 ? (value / whole) * 100 : 0;
  if (percent > 0 && percent < 0.05) return formatQualified(0.1, 'less-than', 'percent', locale);
  if (percent >= 99.5 && percent < 100) return formatQualified(99, 'more-than', 'percent', locale);
  return formatValue(percent < 10 ? Math.round(percent * 10) / 10 : Math.round(percent), 'percent', locale);
}

/** What a chart's shares of parts are of (see `sharesOf`). */
export interface Shares {
  /** The sum of the positive values: the parts drawn in a donut's ring or a one-metric stack's bar. */
  readonly whole: number;
  /** Some part is missing or negative, so has no share: the shares are of the parts drawn, not of the whole. */
  readonly partial: boolean;
}

export function sharesOf(points: readonly Pick<ChartPoint, 'value'>[]): Shares {
  let whole = 0;
  let partial = false;
  for (const { value } of points) {
    if (value === null || value < 0) partial = true;
    else whole += value;
  }
  return { whole, partial };
}

/**
 * The summary as a list of sentences: the first says what the chart is, the others what it shows. A name that
 * fell back to another language than the reader's is marked with it (i18n/lang-runs.ts).
 */
export function summarize(view: Omit<ChartView, 'summary' | 'summaryRuns'>): string[] {
  const { locale } = view;
  const text = chartMessages(locale);
  const named = ({ text: name, lang }: LocalizedText): string => inLanguage(name, lang, locale);
  const sentences: string[] = [];
  const count = view.series.reduce((sum, series) => sum + series.points.length, 0);
  sentences.push(stop(`${text.typeName[view.type]}: ${named(view.title)}${view.period ? `, ${view.period}` : ''}`));
  if (view.series.length > 1)
    sentences.push(text.measures(view.series.map((series) => named(series.label)).join('; ')));
  if (view.absent.length > 0) {
    sentences.push(
      text.missing(view.absent.map(named).join('; '), view.absent.length, formatNumber(view.absent.length, locale)),
    );
  }
  sentences.push(stop(text.count(count, formatNumber(count, locale))));
  if (view.empty) {
    sentences.push(text.noDataToDraw);
    return sentences;
  }
  const nameOf = (point: ChartPoint): string => {
    const category = view.categories[point.col];
    return category ? inLanguage(category.label, category.lang, locale) : point.key;
  };
  for (const series of view.series) {
    const parts: string[] = [];
    const points = series.points;
    if (view.axis === 'time') {
      const change = trend(points);
      if (change)
        parts.push(
          text.trend(
            change.direction,
            nameOf(change.first),
            change.first.phrase,
            nameOf(change.last),
            change.last.phrase,
          ),
        );
    }
    const ends = extremes(points);
    const { whole, partial } = sharesOf(points);
    const said = (point: ChartPoint): string =>
      view.type === 'donut' && point.value !== null && point.value > 0
        ? text.withShare(point.phrase, shareText(point.value, whole, locale), partial)
        : point.phrase;
    if (ends && ends.highest === ends.lowest) parts.push(text.single(nameOf(ends.highest), said(ends.highest)));
    else if (ends) {
      parts.push(text.highest(nameOf(ends.highest), said(ends.highest)));
      parts.push(text.lowest(nameOf(ends.lowest), said(ends.lowest)));
    }
    // A total only where adding makes sense: parts of one whole, not percentages or points in time.
    const sum = series.total;
    if (sum && points.length - sum.missing > 1) parts.push(text.total(sum.phrase, sum.missing > 0));
    const missing = points.filter((point) => point.value === null);
    if (missing.length > 0) {
      const names = missing.length <= NAMED_MISSING ? missing.map(nameOf).join(', ') : undefined;
      parts.push(text.missing(names, missing.length, formatNumber(missing.length, locale)));
    }
    sentences.push(view.series.length > 1 ? `${stop(named(series.label))} ${parts.join(' ')}` : parts.join(' '));
  }
  return sentences.filter((sentence) => sentence !== '');
}
