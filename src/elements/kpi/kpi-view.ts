/**
 * Everything an `<inclusion-kpi>` says, computed from a feed without touching the DOM, so the words
 * and numbers are tested on their own. The element only lays this out.
 */
import type { Locale } from '../../i18n/locale.js';
import { describeChange, formatPeriod, formatQualified, formatValue, messages } from '../../i18n/index.js';
import { localize, localizeOptional, type LocalizedText } from '../../feed/localize.js';
import type { Feed, Metric } from '../../feed/schema.js';
import { sameSource, type SharedContext } from '../../feed/shared-context.js';
import { sourceView, type SourceView } from '../shared/source-line.js';
import { valuePhrase } from '../shared/value-phrase.js';

export interface KpiView {
  readonly label: LocalizedText;
  /** The whole value phrase: qualifier, number, unit ("более 1 120 человек"). */
  readonly value: string;
  /** Set when the unit had to fall back to another language. */
  readonly valueLang: Locale | undefined;
  readonly missing: boolean;
  readonly period?: string;
  readonly change?: {
    readonly direction: 'up' | 'down' | 'same';
    readonly sentiment: 'good' | 'bad' | 'neutral';
    readonly short: string;
    readonly text: string;
  };
  /** The previous figure said plainly when a change cannot be computed honestly (qualified or missing figures). */
  readonly previous?: string;
  readonly target?: { readonly ratio: number; readonly now: number; readonly max: number; readonly text: string };
  readonly sparkline?: { readonly values: readonly (number | null)[]; readonly text: string };
  readonly source?: SourceView;
  /** The page above names a source, and this figure has none: the tile says so. */
  readonly sourceNotStated?: boolean;
  readonly status?: string;
  readonly note?: LocalizedText;
}

/**
 * @param stated what the page around the tile already says (a dashboard's header): the tile leaves out a
 *   source or period that is the same, and says one that differs.
 */
export function kpiView(feed: Feed, metric: Metric, locale: Locale, stated: SharedContext = {}): KpiView {
  const text = messages(locale);
  const qualifier = metric.qualifier ?? 'exact';
  const format = metric.format ?? 'number';
  const polarity = metric.polarity ?? 'up-is-good';
  const period = metric.period ?? feed.period;
  const phrase = valuePhrase(metric.value, qualifier, format, metric, locale);
  const view: { -readonly [K in keyof KpiView]: KpiView[K] } = {
    label: localize(metric.label, locale),
    value: phrase.text,
    valueLang: phrase.lang,
    missing: metric.value === null,
  };
  if (period && period !== stated.period) view.period = formatPeriod(period, locale);

  const previous = metric.previous;
  if (previous) {
    const previousQualifier = previous.qualifier ?? 'exact';
    const comparable =
      metric.value !== null && previous.value !== null && qualifier === 'exact' && previousQualifier === 'exact';
    if (comparable && metric.value !== null && previous.value !== null) {
      view.change = describeChange(
        {
          value: metric.value,
          previous: previous.value,
          format,
          polarity,
          ...(previous.period ? { previousPeriod: previous.period } : {}),
        },
        locale,
      );
    } else {
      // "более 800" against "300" has no honest percentage: say both figures instead.
      const before = valuePhrase(previous.value, previousQualifier, format, metric, locale).text;
      view.previous = text.previousValue(before, previous.period ? formatPeriod(previous.period, locale) : undefined);
    }
  }

  if (metric.target && metric.value !== null && metric.target.value > 0) {
    const ratio = metric.value / metric.target.value;
    const percentText = formatQualified(Math.round(ratio * 100), qualifier, 'percent', locale);
    const targetText = formatValue(metric.target.value, format, locale);
    view.target = {
      ratio,
      now: metric.value,
      max: metric.target.value,
      text: text.targetProgress(
        percentText,
        targetText,
        metric.target.period ? formatPeriod(metric.target.period, locale) : undefined,
      ),
    };
  }

  const series = metric.series ?? [];
  if (series.length >= 2) {
    const first = series[0]!;
    const last = series.at(-1)!;
    const numbers = series.map((point) => point.value).filter((v): v is number => v !== null);
    const firstValue = numbers[0];
    const lastValue = numbers.at(-1);
    const direction =
      firstValue === undefined || lastValue === undefined || firstValue === lastValue
        ? 'same'
        : lastValue > firstValue
          ? 'up'
          : 'down';
    view.sparkline = {
      values: series.map((point) => point.value),
      text: text.trend(direction, formatPeriod(first.period, locale), formatPeriod(last.period, locale)),
    };
  }

  const ownSource = metric.source ?? feed.source;
  const source = sameSource(ownSource, stated.source) ? undefined : sourceView(ownSource, locale);
  if (source) view.source = source;
  // Above, the page names a source this figure does not come from: say that it states none.
  else if (!ownSource && stated.source) view.sourceNotStated = true;
  const status = metric.status ?? 'final';
  if (status !== 'final') view.status = text.status[status];
  const note = localizeOptional(metric.note, locale);
  if (note) view.note = note;
  return view;
}
