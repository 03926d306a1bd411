/**
 * The unit a column header or CSV cell names: the form used without a number (ru "человек", en "people"). Said by
 * the chart and the table, never by a tile.
 */
import { localizeUnit } from '../../feed/localize.js';
import type { Metric } from '../../feed/schema.js';
import { selectUnit } from '../../i18n/index.js';
import type { Locale } from '../../i18n/locale.js';

export function unitLabel(metric: Metric, locale: Locale): string {
  const format = metric.format ?? 'number';
  if (format === 'percent') return '%';
  if (format === 'currency:KZT') return 'KZT';
  const unit = localizeUnit(metric.unit, locale);
  return unit ? selectUnit(unit.forms, null, unit.lang ?? locale) : '';
}
