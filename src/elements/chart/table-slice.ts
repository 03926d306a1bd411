/**
 * One slice of the chart's data table (C2) as a `<tbody>`, built with DOM calls rather than a Lit template
 * per row: a row template is a template instance with its own markers and parts, and the first 200 rows
 * of a long series share the task that validates the feed and builds the view. Text goes in through
 * `textContent` only, so a label from a feed is never parsed as markup.
 */
import type { Locale } from '../../i18n/locale.js';
import { shareText } from './chart-summary.js';
import type { ChartView } from './chart-view.js';

export function tableSlice(document: Document, view: ChartView, start: number, end: number, locale: Locale): HTMLTableSectionElement {
  const donut = view.type === 'donut';
  const whole = donut ? view.series[0]!.points.reduce((sum, p) => sum + (p.value !== null && p.value > 0 ? p.value : 0), 0) : 0;
  const body = document.createElement('tbody');
  const cell = (tag: 'th' | 'td', text: string): HTMLTableCellElement => {
    const element = document.createElement(tag);
    element.textContent = text;
    return element;
  };
  for (let col = start; col < Math.min(end, view.categories.length); col += 1) {
    const category = view.categories[col]!;
    const row = document.createElement('tr');
    const header = cell('th', category.label);
    header.scope = 'row';
    if (category.lang) header.lang = category.lang;
    row.append(header);
    for (const series of view.series) row.append(cell('td', series.points[col]!.phrase));
    if (donut) {
      const value = view.series[0]!.points[col]!.value;
      row.append(cell('td', value !== null && value > 0 ? shareText(value, whole, locale) : ''));
    }
    body.append(row);
  }
  return body;
}
