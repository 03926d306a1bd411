/**
 * What a table shows, computed from a feed without touching the DOM: a metric's breakdown (regions or
 * categories), its series (periods), or every metric of the feed. Pure: the same rows feed the rendered
 * table, the sort and the CSV, so the three never disagree.
 */
import { localize, localizeOptional, type LocalizedText } from '../../feed/localize.js';
import type { Feed, Metric, Qualifier } from '../../feed/schema.js';
import { formatPeriod, messages } from '../../i18n/index.js';
import { firstDay, lastDay, readPeriod } from '../../i18n/iso-period.js';
import type { Locale } from '../../i18n/locale.js';
import { isRegionCode } from '../../regions/codes.js';
import { regionName } from '../../regions/names.js';
import { sourceView, type SourceView } from '../shared/source-line.js';
import { unitLabel } from '../shared/unit-label.js';
import { valuePhrase } from '../shared/value-phrase.js';
import { tableMessages } from './table-messages.js';
import type { SortKey } from './sort-rows.js';

/** What a column holds: styles key on it (a period never wraps; only a name may break inside a word). */
export type ColumnRole = 'name' | 'value' | 'period' | 'status';

export interface TableColumn {
  readonly role: ColumnRole;
  readonly header: string;
  /** Numbers are right-aligned (the sort follows each cell's `sort`, not this). */
  readonly numeric: boolean;
}

export interface TableCell {
  /** As shown and as written to the CSV. */
  readonly text: string;
  /** Set when the text is in another language than the reader's (a missing translation). */
  readonly lang: Locale | undefined;
  /**
   * What the column sorts by: the number for values, a chronological number for periods (so "март"
   * never sorts before "январь"), the text otherwise; null = no data, always last.
   */
  readonly sort: SortKey;
}

export interface TableRow {
  /** Region code, category key, ISO period or metric id: what `inclusion-select` reports. */
  readonly key: string;
  readonly metric: string;
  /** The number itself (CSV, event); null = no data. */
  readonly value: number | null;
  readonly qualifier: Qualifier;
  /** The unit as a column header would say it ("человек", "%", "KZT"); empty when there is none. */
  readonly unit: string;
  /** One per column; the first is the row header, the second the value phrase. */
  readonly cells: readonly TableCell[];
  /**
   * Every-metric rows: period and (when not final) status in one line, shown under the name where the
   * period and status columns do not fit (narrow containers).
   */
  readonly detail?: string;
}

export interface TableCaption {
  readonly title: LocalizedText;
  /** Absent when the table lists every metric of the feed. */
  readonly label?: LocalizedText;
  readonly period?: string;
}

export interface TableModel {
  readonly mode: 'breakdown' | 'series' | 'metrics';
  readonly caption: TableCaption;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  /** The source the figures come from (the metric's own, else the feed's). */
  readonly source?: SourceView;
  /** Set for a single metric whose status is not final. */
  readonly status?: string;
  readonly note?: LocalizedText;
}

/** The column order every mode shares: the row's name, then its value. */
export const NAME_COLUMN = 0;
export const VALUE_COLUMN = 1;

/**
 * A number that orders ISO periods in time: by first day, then by last day ("2024-Q1" before "2024",
 * which runs longer); a range "2024-03/2025-10" from its start to its end. Falls back to the text.
 */
export function periodSortKey(period: string): number | string {
  const parts = readPeriod(period);
  if (!parts) return period;
  return firstDay(parts[0]) * 100_000_000 + lastDay(parts.at(-1)!);
}

const text = (value: string, sort: number | string | null = value, lang?: Locale): TableCell => ({
  text: value,
  lang,
  sort,
});

function valueCell(metric: Metric, value: number | null, qualifier: Qualifier, locale: Locale): TableCell {
  const phrase = valuePhrase(value, qualifier, metric.format ?? 'number', metric, locale);
  return { text: phrase.text, lang: phrase.lang, sort: value };
}

function source(feed: Feed, metric: Metric | undefined, locale: Locale): TableModel['source'] {
  return sourceView(metric?.source ?? feed.source, locale);
}

/** Every metric of the feed: name, value phrase, period, status. */
function metricsModel(feed: Feed, metrics: readonly Metric[], locale: Locale): TableModel {
  const words = tableMessages(locale);
  const status = messages(locale).status;
  const feedPeriod = feed.period ? formatPeriod(feed.period, locale) : undefined;
  return {
    mode: 'metrics',
    caption: { title: localize(feed.title, locale), period: feedPeriod },
    columns: [
      { role: 'name', header: words.metric, numeric: false },
      { role: 'value', header: words.value, numeric: true },
      { role: 'period', header: words.period, numeric: false },
      { role: 'status', header: words.status, numeric: false },
    ],
    rows: metrics.map((metric): TableRow => {
      const label = localize(metric.label, locale);
      const period = metric.period ?? feed.period;
      const state = metric.status ?? 'final';
      const periodText = period ? formatPeriod(period, locale) : '';
      return {
        detail: [periodText, state === 'final' ? '' : status[state]].filter((part) => part !== '').join(', '),
        key: metric.id,
        metric: metric.id,
        value: metric.value,
        qualifier: metric.qualifier ?? 'exact',
        unit: unitLabel(metric, locale),
        cells: [
          text(label.text, label.text, label.lang),
          valueCell(metric, metric.value, metric.qualifier ?? 'exact', locale),
          period ? text(periodText, periodSortKey(period)) : text('', null),
          text(state === 'final' ? words.statusFinal : status[state]),
        ],
      };
    }),
    source: source(feed, undefined, locale),
  };
}

/**
 * @param metrics the metrics `metric` names. One: its breakdown (which wins over a series, as on the map),
 *   else its series, else its one figure in the every-metric layout. Several: those metrics, a row each.
 *   Absent: every metric of the feed.
 */
export function tableModel(feed: Feed, metrics: readonly Metric[] | undefined, locale: Locale): TableModel {
  if (!metrics) return metricsModel(feed, feed.metrics, locale);
  const metric = metrics[0];
  if (!metric || metrics.length > 1) return metricsModel(feed, metrics, locale);
  const breakdown = metric.breakdown ?? [];
  const series = metric.series ?? [];
  if (breakdown.length === 0 && series.length === 0) return metricsModel(feed, [metric], locale);

  const words = tableMessages(locale);
  const label = localize(metric.label, locale);
  const period = metric.period ?? feed.period;
  const state = metric.status ?? 'final';
  const unit = unitLabel(metric, locale);
  const common = {
    caption: { title: localize(feed.title, locale), label },
    source: source(feed, metric, locale),
    status: state === 'final' ? undefined : messages(locale).status[state],
    note: localizeOptional(metric.note, locale),
  };
  /** A row of one figure of the metric: what it is called (a region, category or period) and its value. */
  const figureRow = (key: string, name: TableCell, value: number | null, written?: Qualifier): TableRow => {
    const qualifier = written ?? 'exact';
    return {
      key,
      metric: metric.id,
      value,
      qualifier,
      unit,
      cells: [name, valueCell(metric, value, qualifier, locale)],
    };
  };

  if (breakdown.length > 0) {
    const regional = breakdown.every((item) => isRegionCode(item.key));
    return {
      ...common,
      mode: 'breakdown',
      // A breakdown is of one period: the caption says which.
      caption: { ...common.caption, period: period ? formatPeriod(period, locale) : undefined },
      columns: [
        { role: 'name', header: regional ? words.region : words.category, numeric: false },
        { role: 'value', header: words.value, numeric: true },
      ],
      rows: breakdown.map((item) => {
        const name = isRegionCode(item.key)
          ? { text: regionName(item.key, locale), lang: undefined }
          : localize(item.label ?? item.key, locale);
        return figureRow(item.key, text(name.text, name.text, name.lang), item.value, item.qualifier);
      }),
    };
  }

  return {
    ...common,
    mode: 'series',
    // The rows are the periods: the caption does not name one.
    columns: [
      { role: 'name', header: words.period, numeric: false },
      { role: 'value', header: words.value, numeric: true },
    ],
    rows: series.map((point) => {
      const name = text(formatPeriod(point.period, locale), periodSortKey(point.period));
      return figureRow(point.period, name, point.value, point.qualifier);
    }),
  };
}
