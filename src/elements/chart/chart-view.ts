/**
 * Everything an `<inclusion-chart>` shows and says, computed from a feed without touching the DOM:
 * which metric values become which marks, every mark's name and value phrase, the table and the summary.
 * The drawing modules only lay this out, so every word and number is tested without a browser's layout.
 */
import { total } from '../../a11y/summary.js';
import { localize, type LocalizedText } from '../../feed/localize.js';
import type { Feed, Metric, Qualifier } from '../../feed/schema.js';
import { formatPeriod, formatQualified, messages } from '../../i18n/index.js';
import type { Locale } from '../../i18n/locale.js';
import { isRegionCode } from '../../regions/codes.js';
import { regionName } from '../../regions/names.js';
import { unitLabel } from '../shared/unit-label.js';
import { valuePhrase } from '../shared/value-phrase.js';
import { chartMessages, type ChartType } from './chart-messages.js';
import type { ChartCategory, ChartPoint, ChartSeries, ChartView } from './chart-model.js';
import { summarize } from './chart-summary.js';
import { plainOf, runsOf } from '../../i18n/lang-runs.js';

/**
 * Where a chart's values come from: each metric's `breakdown` (categories), its `series` (time), or,
 * when the metrics have neither, the metrics' own values side by side (a comparison).
 */
export type ChartSource = 'breakdown' | 'series' | 'metrics';
type Source = ChartSource;

/** The type a careful embedder expects when `type` is absent or unknown: bars for categories, a line for time. */
export function defaultType(metrics: readonly Metric[]): ChartType {
  if (metrics.some((metric) => (metric.breakdown?.length ?? 0) > 0)) return 'bar';
  if (metrics.some((metric) => (metric.series?.length ?? 0) > 0)) return 'line';
  return 'column';
}

export function chooseSource(type: ChartType, metrics: readonly Metric[]): Source {
  const has = (source: 'breakdown' | 'series'): boolean => metrics.some((metric) => (metric[source]?.length ?? 0) > 0);
  const preferred = type === 'line' || type === 'area' ? 'series' : 'breakdown';
  const other = preferred === 'series' ? 'breakdown' : 'series';
  if (has(preferred)) return preferred;
  if (has(other)) return other;
  return 'metrics';
}

interface RawItem {
  readonly key: string;
  readonly value: number | null;
  readonly qualifier?: Qualifier | undefined;
  readonly label?: Feed['title'] | undefined;
}

function itemsOf(metric: Metric, source: 'breakdown' | 'series'): readonly RawItem[] {
  if (source === 'breakdown') return metric.breakdown ?? [];
  return (metric.series ?? []).map((point) => ({ key: point.period, value: point.value, qualifier: point.qualifier }));
}

/**
 * A category whose words are written on first read: a 10 000-period series must not format 10 000
 * period names before the page can breathe (only the axis ticks, the table slice and the focused mark
 * need theirs).
 */
class Category implements ChartCategory {
  private words?: { label: string; short: string; lang: Locale | undefined };

  constructor(
    readonly key: string,
    private readonly source: Source,
    private readonly given: RawItem['label'],
    private readonly locale: Locale,
  ) {}

  private get written(): { label: string; short: string; lang: Locale | undefined } {
    if (this.words) return this.words;
    const { key, locale } = this;
    if (this.source === 'series') {
      const text = formatPeriod(key, locale);
      this.words = { label: text, short: text, lang: undefined };
    } else if (isRegionCode(key)) {
      this.words = { label: regionName(key, locale, 'full'), short: regionName(key, locale, 'short'), lang: undefined };
    } else {
      const text = this.given === undefined ? { text: key, lang: undefined } : localize(this.given, locale);
      this.words = { label: text.text, short: text.text, lang: text.lang };
    }
    return this.words;
  }

  get label(): string {
    return this.written.label;
  }

  get short(): string {
    return this.written.short;
  }

  get lang(): Locale | undefined {
    return this.written.lang;
  }
}

/** A value whose phrases are written on first read, for the same reason as `Category`. */
class Point implements ChartPoint {
  private said?: string;
  private written?: string;
  private named?: string;

  constructor(
    readonly row: number,
    readonly col: number,
    readonly metric: string,
    readonly key: string,
    readonly value: number | null,
    readonly qualifier: Qualifier,
    private readonly owner: Metric,
    private readonly category: ChartCategory,
    private readonly seriesLabel: string | undefined,
    private readonly locale: Locale,
  ) {}

  get phrase(): string {
    return (this.said ??= valuePhrase(
      this.value,
      this.qualifier,
      this.owner.format ?? 'number',
      this.owner,
      this.locale,
    ).text);
  }

  get short(): string {
    if (this.written === undefined) {
      const { value, qualifier, locale } = this;
      this.written =
        value === null
          ? messages(locale).noData
          : formatQualified(value, qualifier, this.owner.format ?? 'number', locale, {
              compact: Math.abs(value) >= 100_000,
            });
    }
    return this.written;
  }

  get name(): string {
    return (this.named ??= chartMessages(this.locale).markName(this.category.label, this.seriesLabel, this.phrase));
  }
}

/** Period keys sort as strings ("2023" < "2024", "2024-03" < "2024-10"); ranges by their start. */
const byPeriod = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function chartView(feed: Feed, metrics: readonly Metric[], type: ChartType, locale: Locale): ChartView {
  const text = chartMessages(locale);
  const source = chooseSource(type, metrics);
  const several = metrics.length > 1;
  // A comparison is named for what it compares: "Сравнение показателей, человек".
  const comparisonTitle: LocalizedText = { text: text.comparison(unitLabel(metrics[0]!, locale)), lang: undefined };
  // A metric with no value to draw, beside others that have some, is said (legend, summary), not drawn as
  // a row of empty boxes.
  // Read from the feed's own arrays: a copy of a 10 000-point series per question costs milliseconds.
  const hasValues = (metric: Metric): boolean =>
    source !== 'metrics' && (metric[source] ?? []).some((item) => item.value !== null);
  const withValues = metrics.filter(hasValues);
  const drawn = withValues.length > 0 ? withValues : metrics;
  const absent =
    drawn === metrics
      ? []
      : metrics.filter((metric) => !hasValues(metric)).map((metric) => localize(metric.label, locale));

  // Categories: the union of every metric's keys, in order of first appearance (periods in time order).
  let categories: ChartCategory[];
  let rows: { metric: Metric; label: LocalizedText; items: Map<string, RawItem> }[];
  if (source === 'metrics') {
    // No breakdown or series anywhere: each metric's own figure is one bar of a single series.
    categories = metrics.map((metric) => new Category(metric.id, 'metrics', metric.label, locale));
    rows = [
      {
        metric: metrics[0]!,
        label: comparisonTitle,
        items: new Map(metrics.map((m) => [m.id, { key: m.id, value: m.value, qualifier: m.qualifier }])),
      },
    ];
  } else {
    const order = new Map<string, RawItem['label']>();
    rows = drawn.map((metric) => {
      const items = new Map<string, RawItem>();
      for (const item of itemsOf(metric, source)) {
        if (items.has(item.key)) continue;
        items.set(item.key, item);
        if (!order.has(item.key) || (order.get(item.key) === undefined && item.label !== undefined))
          order.set(item.key, item.label);
      }
      return { metric, label: localize(metric.label, locale), items };
    });
    let keys = [...order.keys()];
    if (source === 'series' && several) keys = keys.sort(byPeriod);
    categories = keys.map((key) => new Category(key, source, order.get(key), locale));
  }

  let maxAbs = 0;
  let known = 0;
  const series: ChartSeries[] = rows.map(({ metric, label, items }, row) => {
    const format = metric.format ?? 'number';
    const points = categories.map((category, col): ChartPoint => {
      // In the metrics-as-bars fallback each bar speaks in its own metric's unit and format.
      const owner = source === 'metrics' ? metrics[col]! : metric;
      const item = items.get(category.key);
      const value = item?.value ?? null;
      const qualifier = item?.qualifier ?? (source === 'metrics' ? owner.qualifier : undefined) ?? 'exact';
      if (value !== null) {
        maxAbs = Math.max(maxAbs, Math.abs(value));
        known += 1;
      }
      return new Point(
        row,
        col,
        owner.id,
        category.key,
        value,
        qualifier,
        owner,
        category,
        rows.length > 1 ? label.text : undefined,
        locale,
      );
    });
    const sum = source === 'breakdown' && format !== 'percent' ? total(points) : undefined;
    const totalPart = sum
      ? { total: { ...sum, phrase: valuePhrase(sum.value, sum.qualifier, format, metric, locale).text } }
      : {};
    return { id: metric.id, label, format, points, ...totalPart };
  });

  const first = metrics[0]!;
  const title =
    source === 'metrics' && several
      ? comparisonTitle
      : several
        ? localize(feed.title, locale)
        : localize(first.label, locale);
  const periodCode = source === 'series' ? undefined : (first.period ?? feed.period);
  const view = {
    type,
    locale,
    axis: source === 'series' ? 'time' : 'category',
    keyHeader:
      source === 'series'
        ? text.header.period
        : categories.length > 0 && categories.every((c) => isRegionCode(c.key))
          ? text.header.region
          : text.header.category,
    title,
    period: periodCode ? formatPeriod(periodCode, locale) : undefined,
    categories,
    series,
    compact: maxAbs >= 10_000,
    empty: known === 0,
    summable: source === 'breakdown',
    absent,
  } satisfies Omit<ChartView, 'summary' | 'summaryRuns'>;
  const [lead = '', ...rest] = summarize(view);
  return {
    ...view,
    summary: plainOf([lead, ...rest].join(' ')),
    summaryRuns: { lead: runsOf(lead), rest: runsOf(rest.join(' ')) },
  };
}
