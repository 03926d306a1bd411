import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { FeedController, type FeedState } from '../../feed/feed-controller.js';
import { findMetrics, unknownMetricCheck } from '../../feed/find-metric.js';
import { localize } from '../../feed/localize.js';
import type { Feed, Metric } from '../../feed/schema.js';
import { formatPeriod, messages } from '../../i18n/index.js';
import type { Locale } from '../../i18n/locale.js';
import { InclusionSelectEvent } from '../../events.js';
import { feedElementProperties, type Theme } from '../shared/feed-element-properties.js';
import { LocaleController } from '../shared/locale-controller.js';
import { renderError, renderLiveRegion, renderStaleNote } from '../shared/status-views.js';
import { sortRows, type SortState } from './sort-rows.js';
import { tableCsv } from './table-csv.js';
import { tableMessages } from './table-messages.js';
import { tableModel, type TableModel, type TableRow } from './table-rows.js';
import { tableStyles } from './table.styles.js';

/**
 * A metric's breakdown or series — or every metric of the feed when `metric` is absent — as an
 * accessible, sortable table with a CSV download.
 *
 * @summary A sortable data table with CSV download.
 * @tag inclusion-table
 *
 * @attr src - URL of the feed (http, https or relative).
 * @attr metric - Id of the metric to tabulate; every metric of the feed when absent.
 * @attr locale - `kk`, `ru` or `en`; otherwise the nearest `lang`, then `kk`.
 * @attr refresh - Seconds between re-fetches of `src`.
 * @attr timeout - Seconds to wait for the feed (default 15).
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr state - Reflected: `loading`, `ready` or `error`.
 *
 * @prop {object} feed - A feed object set from script; takes precedence over `src`.
 *
 * @event inclusion-load - The feed is valid and rendered. `detail: { feed }`.
 * @event inclusion-error - The feed could not be shown. `detail: { kind, message, issues? }`.
 * @event inclusion-select - A row was picked (its button, by click or Enter). `detail: { metric, key, value }`.
 *
 * @csspart table - The table.
 * @csspart label - The caption.
 * @csspart source - Source and publication date.
 * @csspart download - The CSV download button.
 * @csspart error - The error message (`role="alert"`).
 *
 * @cssprop --inclusion-surface - Background.
 * @cssprop --inclusion-border - Rules between rows.
 * @cssprop --inclusion-focus - Focus ring colour.
 */
export class InclusionTable extends LitElement {
  static override styles = tableStyles;
  static override properties = feedElementProperties;

  declare src?: string;
  declare metric?: string;
  declare locale?: string;
  declare feed?: Feed | unknown;
  declare state: FeedState;
  declare refresh?: number;
  declare timeout?: number;
  declare theme?: Theme;

  private readonly language = new LocaleController(this);
  private readonly loader = new FeedController(this, { check: unknownMetricCheck(this) });
  private sort?: SortState;

  constructor() {
    super();
    this.state = 'loading';
  }

  protected override render(): TemplateResult {
    const locale = this.language.value;
    const { data, error } = this.loader;
    if (error) return html`<div class="wrap" lang=${locale}>${renderError(error, locale)}</div>`;
    if (!data) {
      return html`<div class="wrap" lang=${locale} aria-busy="true"><span class="visually-hidden" role="status">${messages(locale).loading}</span>
        <div class="skeleton" aria-hidden="true"></div></div>`;
    }
    const metrics = this.metric ? (findMetrics(data, this.metric) as Metric[]) : undefined;
    return this.renderTable(data, metrics?.[0], tableModel(data, metrics, locale), locale);
  }

  private caption(feed: Feed, metric: Metric | undefined, locale: Locale): string {
    const title = localize(feed.title, locale).text;
    if (!metric) return feed.period ? `${title}, ${formatPeriod(feed.period, locale)}` : title;
    const period = metric.period ?? feed.period;
    return `${localize(metric.label, locale).text}${period ? `, ${formatPeriod(period, locale)}` : ''}`;
  }

  private renderTable(feed: Feed, metric: Metric | undefined, model: TableModel, locale: Locale): TemplateResult {
    const words = tableMessages(locale);
    const rows = this.sort ? sortRows(model.rows, this.sort, locale) : model.rows;
    const source = metric?.source ?? feed.source;
    return html`<div class="wrap" lang=${locale}>
      <div class="scroller" role="region" tabindex="0" aria-labelledby="caption">
        <table part="table">
          <caption id="caption" part="label">${this.caption(feed, metric, locale)}</caption>
          <thead>
            <tr>${model.columns.map((column, index) => this.renderHeader(column, index, model.numeric[index] ?? false, words.sortBy(column)))}</tr>
          </thead>
          <tbody>${rows.map((row) => this.renderRow(row))}</tbody>
        </table>
      </div>
      <div class="footer">
        ${source
          ? html`<p part="source" class="source">${messages(locale).source}: <span lang=${localize(source.name, locale).lang ?? nothing}>${localize(source.name, locale).text}</span>${source.published ? html` · ${messages(locale).published(formatPeriod(source.published, locale))}` : nothing}</p>`
          : nothing}
        <button part="download" class="download" type="button" @click=${() => this.download(feed, model, locale)}>${words.download}</button>
      </div>
      ${renderStaleNote(this.loader, locale)} ${renderLiveRegion(this.loader, locale)}
    </div>`;
  }

  private renderHeader(column: string, index: number, numeric: boolean, label: string): TemplateResult {
    const sorted = this.sort?.column === index ? this.sort.direction : undefined;
    return html`<th scope="col" class=${numeric ? 'number' : ''} aria-sort=${sorted ?? nothing}>
      <button type="button" class="sort" aria-label=${label} @click=${() => this.toggleSort(index)}>
        ${column}<span class="sort-mark" aria-hidden="true">${sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span>
      </button>
    </th>`;
  }

  private renderRow(row: TableRow): TemplateResult {
    return html`<tr>
      <th scope="row"><button type="button" class="row-select" lang=${row.nameLang ?? nothing} @click=${() => this.select(row)}>${row.name}</button></th>
      <td class="number ${row.value === null ? 'missing' : ''}">${row.phrase}</td>
      ${row.extra.map((text) => html`<td>${text}</td>`)}
    </tr>`;
  }

  private toggleSort(column: number): void {
    const direction = this.sort?.column === column && this.sort.direction === 'ascending' ? 'descending' : 'ascending';
    this.sort = { column, direction };
    this.requestUpdate();
  }

  private select(row: TableRow): void {
    this.dispatchEvent(new InclusionSelectEvent({ metric: row.metric, key: row.key, value: row.value }));
  }

  /** A Blob URL and an `<a download>`: no data: URL navigation, nothing sent anywhere. */
  private download(feed: Feed, model: TableModel, locale: Locale): void {
    const blob = new Blob([tableCsv(model, locale)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${(feed.id.replace(/[^\p{L}\p{N}_-]+/gu, '-') || 'data')}${this.metric ? `-${this.metric}` : ''}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
