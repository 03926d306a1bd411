/**
 * The parts of a chart around its drawing, as Lit templates: the tooltip, the legend with its swatches,
 * and the data table (always in the accessibility tree; shown on screen by the toggle).
 */
import { html, isServer, nothing, svg, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { GridPosition } from '../../a11y/keyboard-navigation.js';
import { messages } from '../../i18n/index.js';
import type { Locale } from '../../i18n/locale.js';
import { chartMessages } from './chart-messages.js';
import { sharesOf, shareText } from './chart-summary.js';
import type { ChartView } from './chart-model.js';
import { fillClass, paintOf, patternDefs, patternFill } from './palette.js';
import { tableSlice, tableSliceMarkup, tableSlices } from './table-slice.js';

/**
 * Whether a view fills anything with a texture (several series, stacks, donut slices, and their legend
 * swatches). Only then does the shadow root carry the 24 `<pattern>`s: a page of 50 one-series charts
 * would otherwise build 3 600 pattern elements it never paints.
 */
export function usesPatterns(view: Pick<ChartView, 'type' | 'series'>): boolean {
  if (view.type === 'line' || view.type === 'area') return false;
  return view.type === 'donut' || view.type === 'stacked' || view.series.length > 1;
}

/** The textures' definitions, when the view uses them. */
export function renderPatternDefs(view: ChartView): TemplateResult | typeof nothing {
  return usesPatterns(view)
    ? html`<svg class="defs" aria-hidden="true" focusable="false">${patternDefs()}</svg>`
    : nothing;
}

/** The value at `position`: its category, its series (when there are several) and its value. */
export function renderTooltip(view: ChartView, position: GridPosition | undefined): TemplateResult {
  const point = position ? view.series[position.row]?.points[position.col] : undefined;
  const category = point ? view.categories[point.col] : undefined;
  const series = point && view.series.length > 1 ? view.series[point.row] : undefined;
  let value = point?.phrase ?? '';
  if (point && view.type === 'donut' && point.value !== null && point.value > 0) {
    const { whole, partial } = sharesOf(view.series[0]!.points);
    value = chartMessages(view.locale).withShare(point.phrase, shareText(point.value, whole, view.locale), partial);
  }
  // A visual echo of the focused mark's own name, which is what screen readers speak: hidden from them.
  return html`<div class="tooltip" aria-hidden="true" ?hidden=${!point}>
    <div class="tooltip-name" lang=${category?.lang ?? nothing}>${category?.label ?? ''}</div>
    ${series ? html`<div class="tooltip-series">${series.label.text}</div>` : nothing}
    <div class="tooltip-value">${value}</div>
  </div>`;
}

const LINE_SYMBOLS = [
  'M9,6 m-3.5,0 a3.5,3.5 0 1,0 7,0 a3.5,3.5 0 1,0 -7,0',
  'M5.5,2.5h7v7h-7z',
  'M9,2 13,9.5H5z',
  'M9,1.5 13,6 9,10.5 5,6z',
];

function renderSwatch(view: ChartView, index: number, byCategory: boolean): TemplateResult {
  if (view.type === 'line' || view.type === 'area') {
    const symbol = LINE_SYMBOLS[index % 4]!;
    return html`<svg class="swatch" viewBox="0 0 24 12" aria-hidden="true" focusable="false">${svg`
      <path class="line stroke-s${index % 8} dash-${index % 4}" d="M0,6H24"></path>
      <path class="stroke-s${index % 8} swatch-symbol" d=${symbol}></path>`}</svg>`;
  }
  const textured = byCategory || view.series.length > 1;
  const pattern = textured ? patternFill(index) : undefined;
  const colour = byCategory ? paintOf(index).color : index;
  const fill = pattern ? 'swatch-fill patterned-swatch' : `swatch-fill ${fillClass(colour)}`;
  return html`<svg class="swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false">${svg`
    <rect class=${fill} x="0.75" y="0.75" width="22.5" height="14.5" rx="2" fill=${pattern ?? nothing}></rect>`}</svg>`;
}

/** The series with their swatches; for a donut or a one-metric stack, the parts with their shares. */
export function renderLegend(view: ChartView, locale: Locale): TemplateResult | typeof nothing {
  const text = chartMessages(locale);
  const byCategory = view.type === 'donut' || (view.type === 'stacked' && view.series.length === 1);
  if (byCategory) {
    const points = view.series[0]!.points;
    const { whole, partial } = sharesOf(points);
    // The list, then what its shares are of when that is not the whole (the note is part of what it names).
    return html`<ul part="legend" class="legend" aria-label=${text.legend} aria-describedby=${
      partial ? 'part-shares' : nothing
    }>
      ${view.categories.map((category, col) => {
        const point = points[col]!;
        const positive = point.value !== null && point.value > 0;
        const share = positive ? ` (${shareText(point.value!, whole, locale)})` : '';
        const swatch = positive ? renderSwatch(view, col, true) : nothing;
        return html`<li>${swatch}<span class="legend-text"
            ><span lang=${category.lang ?? nothing}>${category.label}</span>
            <span class="legend-value">${point.phrase}${share}</span></span
          ></li>`;
      })}
    </ul>${
      partial
        ? html`<p id="part-shares" class="legend-note">${
            text.partShares[view.type === 'donut' ? 'donut' : 'stacked']
          }</p>`
        : nothing
    }`;
  }
  // One series needs no key: the title names it. A metric without values is listed, without a swatch.
  if (view.series.length < 2 && view.absent.length === 0) return nothing;
  const noData = messages(locale).noData;
  return html`<ul part="legend" class="legend" aria-label=${text.legend}>
    ${view.series.map(
      (series, row) =>
        html`<li>${renderSwatch(view, row, false)}<span
            lang=${langOf(series.label.lang, locale)}>${series.label.text}</span></li>`,
    )}
    ${view.absent.map(
      (label) =>
        html`<li class="absent">
          <span class="legend-text"
            ><span lang=${langOf(label.lang, locale)}>${label.text}</span>
            <span class="legend-value">${noData}</span></span
          >
        </li>`,
    )}
  </ul>`;
}

/** A label's own language, when it differs from the chart's. */
const langOf = (lang: string | undefined, locale: Locale): string | typeof nothing =>
  lang && lang !== locale ? lang : nothing;

/**
 * The data table: its first `rows` rows (long tables grow in slices, table-slice.ts), hidden on screen
 * but read by screen readers, or `shown`: then it scrolls and takes focus.
 */
export function renderTable(
  view: ChartView,
  locale: Locale,
  rows: number,
  shown: boolean,
  document: Document,
): TemplateResult {
  const text = chartMessages(locale);
  const donut = view.type === 'donut';
  const slices = tableSlices(view.categories.length, rows);
  const totals = view.series.map((series) => series.total?.phrase ?? '');
  // As the summary says it: a sum with a part missing is the sum of the parts that have a figure.
  const totalHeader = view.series.some((series) => (series.total?.missing ?? 0) > 0)
    ? text.header.partialTotal
    : text.header.total;
  const shareHeader = donut && sharesOf(view.series[0]!.points).partial ? text.header.ringShare : text.header.share;
  const table = html`<table part="table" id="data-table">
    <caption id="table-caption">${view.title.text}${view.period ? `, ${view.period}` : ''}</caption>
    <thead>
      <tr>
        <th scope="col">${view.keyHeader}</th>
        ${view.series.map(
          (series) => html`<th scope="col" lang=${langOf(series.label.lang, locale)}>${series.label.text}</th>`,
        )}
        ${donut ? html`<th scope="col">${shareHeader}</th>` : nothing}
      </tr>
    </thead>
    ${slices.map(([start, end]) =>
      // Each slice of rows is built once: later updates (tooltips, more slices) leave it as it is.
      // A server has no document: it writes the same rows as markup, which the browser then keeps.
      guard([view, start], () =>
        isServer
          ? unsafeHTML(tableSliceMarkup(view, start, end, locale))
          : tableSlice(document, view, start, end, locale),
      ),
    )}
    ${
      totals.some((t) => t !== '') && view.categories.length > 1
        ? html`<tfoot><tr><th scope="row">${totalHeader}</th>${totals.map((t) => html`<td>${t}</td>`)}${
            donut ? html`<td></td>` : nothing
          }</tr></tfoot>`
        : nothing
    }
  </table>`;
  return shown
    ? html`<div class="table-scroll ${view.categories.length > 20 ? 'long' : ''}" role="region"
        aria-labelledby="table-caption" tabindex="0">${table}</div>`
    : html`<div class="visually-hidden">${table}</div>`;
}
