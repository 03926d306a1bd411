/**
 * A breakdown too small to draw (one entry): a map of 20 tiles with one coloured, or a chart of one bar,
 * would say less than a line of text. It is said as a short list under the metric's name.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { localize } from '../../feed/localize.js';
import type { Metric } from '../../feed/schema.js';
import type { Locale } from '../../i18n/locale.js';
import { isRegionCode } from '../../regions/codes.js';
import { regionName } from '../../regions/names.js';
import { valuePhrase } from '../shared/value-phrase.js';
import { renderUnbroken } from '../shared/unbroken.js';

export function renderBreakdownList(metric: Metric, locale: Locale): TemplateResult {
  const label = localize(metric.label, locale);
  const format = metric.format ?? 'number';
  return html`<section class="breakdown-list" aria-labelledby="list-${metric.id}">
    <div class="list-title" id="list-${metric.id}" lang=${label.lang ?? nothing}>${label.text}</div>
    <ul>
      ${(metric.breakdown ?? []).map((item) => {
        const name = isRegionCode(item.key)
          ? { text: regionName(item.key, locale, 'full'), lang: undefined }
          : localize(item.label ?? item.key, locale);
        const phrase = valuePhrase(item.value, item.qualifier ?? 'exact', format, metric, locale);
        return html`<li><span lang=${name.lang ?? nothing}>${name.text}</span>:
          <span class="list-value" lang=${phrase.lang ?? nothing}>${renderUnbroken(phrase.text)}</span></li>`;
      })}
    </ul>
  </section>`;
}
