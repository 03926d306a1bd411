/**
 * The rows a table shows: a metric's breakdown (regions or categories), its series (periods), or every
 * metric of the feed. Pure: the same rows feed the rendered table, the sort and the CSV.
 */
import { localize } from '../../feed/localize.js';
import type { Feed, Metric, Qualifier } from '../../feed/schema.js';
import { formatPeriod, messages } from '../../i18n/index.js';
import type { Locale } from '../../i18n/locale.js';
import { isRegionCode } from '../../regions/codes.js';
import { regionName } from '../../regions/names.js';
import { valuePhrase } from '../kpi/kpi-view.js';
import { tableMessages } from './table-messages.js';

export interface TableRow {
  /** Region code, category key, period or metric id: what `inclusion-select` reports. */
  readonly key: string;
  /** The row's name as shown (region name, category label, period, metric label). */
  readonly name: string;
  readonly nameLang: Locale | undefined;
  readonly metric: string;
  /** The number itself, for sorting and the CSV; null = no data. */
  readonly value: number | null;
  readonly qualifier: Qualifier;
  /** Qualifier, number and unit as a reader says them. */
  readonly phrase: string;
  /** Extra text columns (all-metrics mode: period and status). */
  readonly extra: readonly string[];
}

export interface TableModel {
  readonly columns: readonly string[];
  readonly rows: readonly TableRow[];
  /** Which columns hold numbers (right-aligned, numeric sort). */
  readonly numeric: readonly boolean[];
}

export function tableModel(feed: Feed, metrics: readonly Metric[] | undefined, locale: Locale): TableModel {
  const words = tableMessages(locale);
  if (!metrics) {
    return {
      columns: [words.metric, words.value, words.period, words.status],
      numeric: [false, true, false, false],
      rows: feed.metrics.map((metric) => {
        const label = localize(metric.label, locale);
        const period = metric.period ?? feed.period;
        const status = metric.status ?? 'final';
        return {
          key: metric.id,
          name: label.text,
          nameLang: label.lang,
          metric: metric.id,
          value: metric.value,
          qualifier: metric.qualifier ?? 'exact',
          phrase: valuePhrase(metric.value, metric.qualifier ?? 'exact', metric.format ?? 'number', metric, locale).text,
          extra: [period ? formatPeriod(period, locale) : '', status === 'final' ? words.statusFinal : messages(locale).status[status]],
        };
      }),
    };
  }
  const metric = metrics[0]!;
  const format = metric.format ?? 'number';
  const phrase = (value: number | null, qualifier: Qualifier): string => valuePhrase(value, qualifier, format, metric, locale).text;
  if (metric.breakdown && metric.breakdown.length > 0) {
    const regional = metric.breakdown.every((item) => isRegionCode(item.key));
    return {
      columns: [regional ? words.region : words.category, words.value],
      numeric: [false, true],
      rows: metric.breakdown.map((item) => {
        const label = isRegionCode(item.key) ? { text: regionName(item.key, locale), lang: undefined } : localize(item.label ?? item.key, locale);
        return { key: item.key, name: label.text, nameLang: label.lang, metric: metric.id, value: item.value, qualifier: item.qualifier ?? 'exact', phrase: phrase(item.value, item.qualifier ?? 'exact'), extra: [] };
      }),
    };
  }
  const series = metric.series ?? [];
  return {
    columns: [words.period, words.value],
    numeric: [false, true],
    rows: series.map((point) => ({
      key: point.period,
      name: formatPeriod(point.period, locale),
      nameLang: undefined,
      metric: metric.id,
      value: point.value,
      qualifier: point.qualifier ?? 'exact',
      phrase: phrase(point.value, point.qualifier ?? 'exact'),
      extra: [],
    })),
  };
}
