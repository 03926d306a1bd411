/**
 * A figure as every element says it: qualifier, number and unit in the reader's language
 * ("более 1 120 человек", "800-ден астам адам"). The tile, the map, the table and the chart all say a value
 * this way, so a reader hears the same phrase for the same figure in each of them.
 */
import { localizeUnit } from '../../feed/localize.js';
import type { Metric, MetricFormat, Qualifier } from '../../feed/schema.js';
import { formatValuePhrase, selectUnit } from '../../i18n/index.js';
import type { Locale } from '../../i18n/locale.js';

export interface ValuePhrase {
  readonly text: string;
  /** Set when the unit had to fall back to another language than the reader's. */
  readonly lang: Locale | undefined;
}

export function valuePhrase(
  value: number | null,
  qualifier: Qualifier,
  format: MetricFormat,
  metric: Metric,
  locale: Locale,
): ValuePhrase {
  const unit = localizeUnit(metric.unit, locale);
  const foreign = unit?.lang !== undefined && unit.lang !== locale ? unit.lang : undefined;
  // A unit that fell back to another language is declined by that language's plural rules.
  const forms = unit && foreign ? selectUnit(unit.forms, value, foreign) : unit?.forms;
  const phrase = formatValuePhrase(
    { value, qualifier, format, ...(forms !== undefined ? { unit: forms } : {}) },
    locale,
  );
  return { text: phrase, lang: foreign };
}
