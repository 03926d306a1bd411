import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { findMetrics } from '../../feed/find-metric.js';
import type { LocalizedText } from '../../feed/localize.js';
import type { Feed, Metric } from '../../feed/schema.js';
import { messages } from '../../i18n/index.js';
import type { Locale } from '../../i18n/locale.js';
import { InclusionSelectEvent } from '../../events.js';
import { FeedElement } from '../shared/feed-element.js';
import { renderSourceParts } from '../shared/source-line.js';
import { renderError, renderLiveRegion, renderStaleNote } from '../shared/status-views.js';
import { renderKeptSize } from '../shared/kept-size.js';
import { nextSort, sortRows, type SortState } from './sort-rows.js';
import { csvFileName, tableCsv } from './table-csv.js';
import { tableMessages } from './table-messages.js';
import { tableModel, type TableCell, type TableColumn, type TableModel, type TableRow } from './table-rows.js';
import { tableStyles } from './table.styles.js';

/** How long a downloaded CSV's Blob URL lives: long enough for the browser to start saving it. */
const BLOB_URL_LIFETIME_MS = 10_000;

/**
 * A metric's breakdown (regions or categories) or its series (periods) — or every metric of the feed
 * when `metric` is absent — as an accessible table: a caption, header scopes, numbers in the reader's
 * language with their qualifiers, sorting by any column, a scrolling region on narrow screens and a
 * CSV download.
 *
 * @summary A sortable data table with CSV download.
 * @tag inclusion-table
 *
 * @attr src - URL of the feed (http, https or relative).
 * @attr metric - Id of the metric to tabulate (its breakdown, else its series); several comma-separated ids,
 *   or none, list those metrics (every metric of the feed when absent), one row each.
 * @attr locale - `kk`, `ru` or `en`; otherwise the nearest `lang`, then `kk`.
 * @attr refresh - Seconds between re-fetches of `src`; off when absent.
 * @attr timeout - Seconds to wait for the feed before showing an error (default 15).
 * @attr theme - `light` (default), `dark` or `auto` (follows the reader's system setting).
 * @attr state - Reflected: `loading`, `ready` or `error`.
 *
 * @prop {object} feed - A feed object set from script; takes precedence over `src`.
 *
 * @event inclusion-load - The feed is valid and rendered. `detail: { feed }`.
 * @event inclusion-error - The feed could not be shown. `detail: { kind, message, issues? }`.
 * @event inclusion-select - A row was picked: a click on it, or Enter or Space on its name's button.
 *   `detail: { metric, key, value }`: `key` is the region code, category key, ISO period or metric id.
 *
 * @csspart table - The table.
 * @csspart label - The caption: feed title, metric and period.
 * @csspart source - Source, publication date and status.
 * @csspart download - The CSV download button.
 * @csspart error - The error message (`role="alert"`).
 *
 * @cssprop --inclusion-font - Font family.
 * @cssprop --inclusion-text - Text colour.
 * @cssprop --inclusion-text-muted - Secondary text colour (source line, "no data").
 * @cssprop --inclusion-surface - Table background.
 * @cssprop --inclusion-background - Host background.
 * @cssprop --inclusion-border - Frame and rules between rows.
 * @cssprop --inclusion-accent - Link and download button colour.
 * @cssprop --inclusion-focus - Focus ring colour.
 * @cssprop --inclusion-bad - Colour of the stale-data note.
 * @cssprop --inclusion-radius - Corner radius.
 * @cssprop --inclusion-gap - Space between the parts.
 * @cssprop --inclusion-card-padding - Padding inside the card (default: the gap), the same for every element.
 */
export class InclusionTable extends FeedElement {
  static override styles = tableStyles;

  private sort?: SortState;

  /**
   * A browser draws server HTML before it has all of it (a slow network, or a busy browser parsing it in
   * slices). A table sizes its columns from every row, so a table drawn part-way moves as its rows come
   * in: columns widen or narrow, rows re-wrap and push the ones below. So the server's copy stays out of
   * the layout (`--_held`) until the style after its markup is parsed, and appears whole. Not with a
   * selector on what follows the table: Chromium applies `:has()` late while a parent is being parsed.
   * @internal
   */
  protected override serverStyles(): string {
    return '.wrap { --_held: none; }';
  }

  /** @internal */
  protected override serverStylesAfter(): string {
    return '.wrap { --_held: initial; }';
  }

  /** Said once by the polite live region after the reader sorts. */
  private sortAnnouncement = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Other metric, other columns: the old sort means nothing.
    if (changed.has('metric') && this.hasUpdated) {
      this.sort = undefined;
      this.sortAnnouncement = '';
    }
  }

  protected override render(): TemplateResult {
    const locale = this.language.value;
    return this.loader.render({
      pending: () => this.renderLoading(locale),
      error: (error) =>
        renderKeptSize(
          this.renderLoading(locale),
          html`<div class="wrap" lang=${locale}>${renderError(error, locale)}</div>`,
        ),
      complete: (feed) => {
        // The unknown-metric check has run: every id in `metric` is in the feed.
        const metrics = this.metric?.trim() ? (findMetrics(feed, this.metric) as Metric[]) : undefined;
        return this.renderTable(feed, tableModel(feed, metrics, locale), locale);
      },
    });
  }

  private renderLoading(locale: Locale): TemplateResult {
    return html`<div class="wrap" lang=${locale} aria-busy="true">
      <span class="visually-hidden" role="status">${messages(locale).loading}</span>
      <div class="skeleton" aria-hidden="true"></div>
    </div>`;
  }

  private renderTable(feed: Feed, shown: TableModel, locale: Locale): TemplateResult {
    const words = tableMessages(locale);
    const sort = this.sort && this.sort.column < shown.columns.length ? this.sort : undefined;
    const rows = sort ? sortRows(shown.rows, sort, locale) : shown.rows;
    return html`<div class="wrap" lang=${locale}>
      <div class="scroller" role="region" tabindex="0" aria-labelledby="caption">
        <table part="table" class="mode-${shown.mode}">
          ${this.renderCaption(shown)}
          <thead>
            <tr>${shown.columns.map((column, index) => this.renderHeader(column, index, sort, locale))}</tr>
          </thead>
          <tbody>${rows.map((row) => this.renderRow(row, shown.columns))}</tbody>
        </table>
      </div>
      <div hidden>${shown.columns.map(
        (_, index) => html`<span id="sort-${index}">${words.sortAction(nextSort(sort, index).direction)}</span>`,
      )}</div>
      <div class="footer">
        ${this.renderSource(shown, locale)}
        <button part="download" class="download" type="button"
          @click=${() => this.download(feed, shown, locale)}>${words.download}</button>
      </div>
      ${shown.note ? html`<p class="note" lang=${shown.note.lang ?? nothing}>${shown.note.text}</p>` : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.sortAnnouncement}</div>
      ${renderStaleNote(this.loader, locale)} ${renderLiveRegion(this.loader, locale)}
    </div>`;
  }

  private renderCaption({ caption }: TableModel): TemplateResult {
    const text = (value: LocalizedText): TemplateResult =>
      html`<span lang=${value.lang ?? nothing}>${value.text}</span>`;
    const period = caption.period ? `, ${caption.period}` : '';
    if (!caption.label)
      return html`<caption id="caption" part="label"
        ><span class="what">${text(caption.title)}${period}</span></caption>`;
    // The feed's title gives the context on a line of its own, the metric (and period) what the table
    // holds. Blocks, not inline runs that wrap into each other (axe cannot judge such a run's background);
    // the colon is in the text, so the accessible name reads "title: metric, period".
    const context = html`<span class="context">${text(caption.title)}: </span>`;
    const what = html`<span class="what">${text(caption.label)}${period}</span>`;
    return html`<caption id="caption" part="label">${context}${what}</caption>`;
  }

  private renderHeader(
    column: TableColumn,
    index: number,
    sort: SortState | undefined,
    locale: Locale,
  ): TemplateResult {
    const sorted = sort?.column === index ? sort.direction : undefined;
    // The button's name is the column's name (so cells are announced with it); what pressing does is its
    // description (outside the table, so the header's text stays the column's name), and the current
    // order is the th's aria-sort.
    return html`<th scope="col" class="col-${column.role} ${column.numeric ? 'number' : ''}"
      aria-sort=${sorted ?? nothing}>
      <button type="button" class="sort" aria-describedby="sort-${index}"
        @click=${() => this.toggleSort(index, column, locale)}>
        ${column.header}${this.renderSortMark(sorted)}
      </button>
    </th>`;
  }

  /** Both triangles when unsorted, the one of the current order when sorted: a graphic (SVG), not a glyph. */
  private renderSortMark(sorted: SortState['direction'] | undefined): TemplateResult {
    return html`<svg class="sort-mark ${sorted ?? 'unsorted'}" viewBox="0 0 10 12" aria-hidden="true"
      focusable="false">
      ${sorted !== 'descending' ? svg`<path class="up" d="M5 0.5 9 5H1Z"></path>` : nothing}
      ${sorted !== 'ascending' ? svg`<path class="down" d="M5 11.5 9 7H1Z"></path>` : nothing}
    </svg>`;
  }

  private renderRow(row: TableRow, columns: readonly TableColumn[]): TemplateResult {
    const [name, ...rest] = row.cells as [TableCell, ...TableCell[]];
    // A click anywhere on the row picks it; its name's button is the way in for the keyboard (Enter, Space).
    return html`<tr @click=${() => this.select(row)}>
      <th scope="row" class="col-name" data-detail=${row.detail || nothing}
        ><button type="button" class="row-select" lang=${name.lang ?? nothing}>${name.text}</button></th>
      ${rest.map((cell, index) => {
        const column = columns[index + 1];
        const numeric = column?.numeric ?? false;
        const missing = numeric && cell.sort === null;
        const classes = `col-${column?.role ?? ''} ${numeric ? 'number' : ''} ${missing ? 'missing' : ''}`;
        return html`<td class=${classes} lang=${cell.lang ?? nothing}>${cell.text}</td>`;
      })}
    </tr>`;
  }

  private renderSource(model: TableModel, locale: Locale): TemplateResult | typeof nothing {
    const { source, status } = model;
    if (!source && !status) return nothing;
    return html`<p part="source" class="source">
      ${source ? renderSourceParts(source, locale) : nothing}
      ${status ? html`<span class="status">${status}</span>` : nothing}
    </p>`;
  }

  private toggleSort(index: number, column: TableColumn, locale: Locale): void {
    this.sort = nextSort(this.sort, index);
    this.sortAnnouncement = tableMessages(locale).sorted(column.header, this.sort.direction);
    this.requestUpdate();
  }

  private select(row: TableRow): void {
    this.dispatchEvent(new InclusionSelectEvent({ metric: row.metric, key: row.key, value: row.value }));
  }

  /** A Blob URL and an `<a download>`: no data: URL navigation, no request, nothing sent anywhere. */
  private download(feed: Feed, model: TableModel, locale: Locale): void {
    const blob = new Blob([tableCsv(model, locale)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = csvFileName(feed.id, this.metric?.trim() || undefined);
    link.hidden = true;
    // In the document while clicked: Firefox ignores clicks on detached links.
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
  }
}
