/**
 * One slice of the chart's data table as a `<tbody>`, built with DOM calls rather than a Lit template
 * per row: a row template is a template instance with its own markers and parts, and the first 200 rows
 * of a long series share the task that validates the feed and builds the view. Text goes in through
 * `textContent` only, so a label from a feed is never parsed as markup.
 *
 * On a server, where there is no document, the same rows are written as markup (`tableSliceMarkup`);
 * the browser then keeps that markup when it takes the chart over, because the rows are the same.
 */
import type { Locale } from '../../i18n/locale.js';
import { sharesOf, shareText } from './chart-summary.js';
import type { ChartView } from './chart-model.js';

/**
 * Table rows rendered per slice. A table of up to this many rows is rendered whole with the chart's shell,
 * so it is complete when the chart says it is ready; a longer one (a 10 000-point series) grows by a slice
 * per frame once the drawing is painted, so no task blocks the page.
 */
export const TABLE_SLICE = 200;
/**
 * A longer table cannot be whole at `ready` anyway: its first slice is short, because the shell's task
 * also validates the feed and builds the view, and the drawing waits for it.
 */
const FIRST_SLICE_OF_LONG_TABLE = 50;

/** How many rows the table of `total` rows has with the chart's shell. */
export function firstTableRows(total: number): number {
  return total <= TABLE_SLICE ? total : FIRST_SLICE_OF_LONG_TABLE;
}

/** The slices of the first `rows` rows of a table of `total`, as [start, end) pairs: the first, then whole slices. */
export function tableSlices(total: number, rows: number): [number, number][] {
  const slices: [number, number][] = [];
  const end = Math.min(rows, total);
  for (let start = 0; start < end;) {
    const next = start === 0 ? firstTableRows(total) : start + TABLE_SLICE;
    slices.push([start, Math.min(next, total)]);
    start = next;
  }
  return slices;
}

interface SliceRow {
  readonly header: string;
  readonly lang?: string;
  readonly cells: readonly string[];
}

function sliceRows(view: ChartView, start: number, end: number, locale: Locale): SliceRow[] {
  const donut = view.type === 'donut';
  const { whole } = sharesOf(view.series[0]?.points ?? []);
  const rows: SliceRow[] = [];
  for (let col = start; col < Math.min(end, view.categories.length); col += 1) {
    const category = view.categories[col]!;
    const cells = view.series.map((series) => series.points[col]!.phrase);
    if (donut) {
      const value = view.series[0]!.points[col]!.value;
      cells.push(value !== null && value > 0 ? shareText(value, whole, locale) : '');
    }
    rows.push({ header: category.label, ...(category.lang ? { lang: category.lang } : {}), cells });
  }
  return rows;
}

export function tableSlice(
  document: Document,
  view: ChartView,
  start: number,
  end: number,
  locale: Locale,
): HTMLTableSectionElement {
  const body = document.createElement('tbody');
  const cell = (tag: 'th' | 'td', text: string): HTMLTableCellElement => {
    const element = document.createElement(tag);
    element.textContent = text;
    return element;
  };
  for (const { header, lang, cells } of sliceRows(view, start, end, locale)) {
    const row = document.createElement('tr');
    const th = cell('th', header);
    th.scope = 'row';
    if (lang) th.lang = lang;
    row.append(th, ...cells.map((text) => cell('td', text)));
    body.append(row);
  }
  return body;
}

/** Text for markup: the three characters that could start or end markup or an entity, and quotes for attributes. */
function escapeMarkup(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The same `<tbody>` as `tableSlice`, as HTML text, for a server renderer. Every feed text is escaped here, once. */
export function tableSliceMarkup(view: ChartView, start: number, end: number, locale: Locale): string {
  const rows = sliceRows(view, start, end, locale).map(({ header, lang, cells }) => {
    const th = `<th scope="row"${lang ? ` lang="${escapeMarkup(lang)}"` : ''}>${escapeMarkup(header)}</th>`;
    return `<tr>${th}${cells.map((text) => `<td>${escapeMarkup(text)}</td>`).join('')}</tr>`;
  });
  return `<tbody>${rows.join('')}</tbody>`;
}
