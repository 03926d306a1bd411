/**
 * Everything an `<inclusion-kpi>` says, computed from a feed without touching the DOM, so the words
 * and numbers are tested on their own. The element only lays this out. The optional parts (change, target,
 * trend) are kpi-extras.ts's.
 */
import type { Locale } from '../../i18n/locale.js';
import { formatPeriod, messages } from '../../i18n/index.js';
import { localize, type LocalizedText } from '../../feed/localize.js';
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
  readonly source?: SourceView;
  /** The page above names a source, and this figure has none: the tile says so. */
  readonly sourceNotStated?: boolean;
  readonly status?: string;
}

/**
 * @param stated what the page around the tile already says (a dashboard's header): the tile leaves out a
 *   source or period that is the same, and says one that differs.
 */
export function kpiView(feed: Feed, metric: Metric, locale: Locale, stated: SharedContext = {}): KpiView {
  const text = messages(locale);
  const qualifier = metric.qualifier ?? 'exact';
  const format = metric.format ?? 'number';
  const period = metric.period ?? feed.period;
  const phrase = valuePhrase(metric.value, qualifier, format, metric, locale);
  const view: { -readonly [K in keyof KpiView]: KpiView[K] } = {
    label: localize(metric.label, locale),
    value: phrase.text,
    valueLang: phrase.lang,
    missing: metric.value === null,
  };
  if (period && period !== stated.period) view.period = formatPeriod(period, locale);

  const ownSource = metric.source ?? feed.source;
  const source = sameSource(ownSource, stated.source) ? undefined : sourceView(ownSource, locale);
  if (source) view.source = source;
  // Above, the page names a source this figure does not come from: say that it states none.
  else if (!ownSource && stated.source) view.sourceNotStated = true;
  const status = metric.status ?? 'final';
  if (status !== 'final') view.status = text.status[status];
  return view;
}
