import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { findMetrics } from '../../feed/find-metric.js';
import { localize } from '../../feed/localize.js';
import type { Feed, Metric } from '../../feed/schema.js';
import { formatPeriod, messages } from '../../i18n/index.js';
import type { Locale } from '../../i18n/locale.js';
import type { RegionCode } from '../../regions/codes.js';
import { neighbour } from '../../regions/tile-grid.js';
import { InclusionSelectEvent } from '../../events.js';
import { GridNavigationController } from '../../a11y/keyboard-navigation.js';
import { FeedElement } from '../shared/feed-element.js';
import { renderSourceParts, sourceView } from '../shared/source-line.js';
import { renderError, renderLiveRegion, renderStaleNote } from '../shared/status-views.js';
import { renderKeptSize } from '../shared/kept-size.js';
import { mapMessages } from './map-messages.js';
import { mapView, READING_ORDER, type MapTile, type MapView } from './map-view.js';
import { mapNoScriptStyles, mapStyles } from './map.styles.js';

/**
 * A metric's regional breakdown on a tile grid of Kazakhstan's 20 units (17 regions, 3 cities).
 * One tab stop; arrow keys move to the geographic neighbour; Enter picks a region.
 *
 * @summary Tile-grid map of Kazakhstan's regions coloured by a metric.
 * @tag inclusion-map
 *
 * @attr src - URL of the feed (http, https or relative).
 * @attr metric - Id of the metric whose `breakdown` is drawn; the first metric when absent.
 * @attr locale - `kk`, `ru` or `en`; otherwise the nearest `lang`, then `kk`.
 * @attr highlight - ISO 3166-2:KZ code of a region to emphasise, e.g. `KZ-35`.
 * @attr refresh - Seconds between re-fetches of `src`.
 * @attr timeout - Seconds to wait for the feed (default 15).
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr state - Reflected: `loading`, `ready` or `error`.
 *
 * @prop {object} feed - A feed object set from script; takes precedence over `src`.
 *
 * @event inclusion-load - The feed is valid and rendered. `detail: { feed }`.
 * @event inclusion-error - The feed could not be shown. `detail: { kind, message, issues? }`.
 * @event inclusion-select - A region was picked (click or Enter). `detail: { metric, key, value }`.
 *
 * @csspart label - The metric's name.
 * @csspart chart - The tile grid.
 * @csspart legend - Colour classes with their thresholds.
 * @csspart toggle - The button that shows the data table.
 * @csspart table - The data table.
 * @csspart source - Source and publication date.
 * @csspart error - The error message (`role="alert"`).
 *
 * @cssprop --inclusion-map-1 - Colour of the lowest class (up to --inclusion-map-5 for the highest).
 * @cssprop --inclusion-surface - Background.
 * @cssprop --inclusion-card-padding - Padding inside the card (default: the gap), the same for every element.
 * @cssprop --inclusion-text - Text colour.
 * @cssprop --inclusion-focus - Focus ring colour.
 */
export class InclusionMap extends FeedElement {
  static override styles = mapStyles;
  static override properties = { highlight: { type: String } };

  declare highlight?: string;

  private showTable = false;
  private tooltipsOff = false;
  private view?: MapView;
  private syncedData?: Feed;
  private shownMetric?: Metric;

  /**
   * The charts' keyboard model, with spatial steps: the tiles are one row in reading order, and an arrow
   * goes to the geographic neighbour on the tile grid rather than to the next tile in that row.
   */
  private readonly keyboard = new GridNavigationController(this, {
    container: () => this.renderRoot.querySelector<HTMLElement>('.grid'),
    rows: () => (this.view ? 1 : 0),
    columns: () => READING_ORDER.length,
    element: ({ col }) => this.renderRoot.querySelector<HTMLElement>(`.tile[data-key="${READING_ORDER[col]}"]`),
    positionOf: (target) => {
      const code = target.closest<HTMLElement>('.grid .tile')?.dataset.key;
      const col = READING_ORDER.indexOf(code as RegionCode);
      return col === -1 ? undefined : { row: 0, col };
    },
    neighbour: ({ col }, direction) => {
      const next = neighbour(READING_ORDER[col]!, direction);
      return next ? { row: 0, col: READING_ORDER.indexOf(next) } : undefined;
    },
    onFocus: () => {
      if (this.tooltipsOff) {
        this.tooltipsOff = false;
        this.requestUpdate();
      }
    },
    onSelect: ({ col }) => {
      const tile = this.view?.tiles.find((t) => t.code === READING_ORDER[col]);
      if (tile && this.shownMetric)
        this.dispatchEvent(
          new InclusionSelectEvent({ metric: this.shownMetric.id, key: tile.code, value: tile.value }),
        );
    },
  });

  protected override render(): TemplateResult {
    const locale = this.language.value;
    return this.loader.render({
      pending: () => this.renderLoading(locale),
      error: (error) =>
        renderKeptSize(
          this.renderLoading(locale),
          html`<div class="map" lang=${locale}>${renderError(error, locale)}</div>`,
        ),
      complete: (feed) => {
        // The unknown-metric check has run: the metric is in the feed.
        const metric = (findMetrics(feed, this.metric) as Metric[])[0]!;
        this.shownMetric = metric;
        this.view = mapView(metric, locale);
        return this.renderMap(feed, metric, this.view, locale);
      },
    });
  }

  private renderLoading(locale: Locale): TemplateResult {
    return html`<div class="map loading" lang=${locale} aria-busy="true">
      <span class="visually-hidden" role="status">${messages(locale).loading}</span>
      <div class="grid skeleton-grid" aria-hidden="true">${READING_ORDER.map(
        (code) => html`<span class="tile skeleton" data-key=${code}></span>`,
      )}</div>
    </div>`;
  }

  private renderMap(feed: Feed, metric: Metric, view: MapView, locale: Locale): TemplateResult {
    const words = mapMessages(locale);
    const label = localize(metric.label, locale);
    const period = metric.period ?? feed.period;
    const source = sourceView(metric.source ?? feed.source, locale);
    return html`<div class="map" lang=${locale}>
      <div class="header">
        <div id="title" part="label" class="label"><span lang=${label.lang ?? nothing}>${label.text}</span>${
          period ? html`<span class="period">, ${formatPeriod(period, locale)}</span>` : nothing
        }</div>
        <button part="toggle" class="toggle pill" type="button" aria-pressed=${this.showTable ? 'true' : 'false'}
          aria-controls="table" @click=${this.toggleTable}>${words.showTable}</button>
      </div>
      <p id="summary" class="summary">${view.summary}</p>
      <div part="chart" class="grid ${this.tooltipsOff ? 'tips-off' : ''}" role="group" tabindex="0"
        aria-label=${words.mapOf(label.text)} aria-describedby="summary hint" @keydown=${this.onEscape}>
        ${view.tiles.map((tile) => this.renderTile(tile))}
      </div>
      <p id="hint" class="visually-hidden">${words.keyboardHint}</p>
      <ul part="legend" class="legend" aria-label=${words.legend}>
        ${view.legend.map(
          (entry) =>
            html`<li><span class="swatch ${colourClassName(entry.colourClass)}"
              aria-hidden="true"></span>${entry.text}</li>`,
        )}
      </ul>
      <div class=${this.showTable ? 'table-wrap' : 'table-wrap visually-hidden'}>
        <table id="table" part="table">
          <caption>${label.text}${period ? `, ${formatPeriod(period, locale)}` : ''}</caption>
          <thead><tr><th scope="col">${words.region}</th><th scope="col">${words.value}</th></tr></thead>
          <tbody>${view.tiles.map(
            (tile) => html`<tr><th scope="row">${tile.name}</th><td class="number">${tile.phrase}</td></tr>`,
          )}</tbody>
        </table>
      </div>
      ${source ? html`<p part="source" class="source">${renderSourceParts(source, locale)}</p>` : nothing}
      ${renderStaleNote(this.loader, locale)} ${renderLiveRegion(this.loader, locale)}
    </div>`;
  }

  private renderTile(tile: MapTile): TemplateResult {
    const colour = colourClassName(tile.colourClass);
    const highlighted = this.highlight === tile.code;
    return html`<button
      type="button"
      class="tile ${colour} ${highlighted ? 'highlight' : ''}"
      data-key=${tile.code}
      tabindex="-1"
      aria-current=${highlighted ? 'true' : nothing}
    >
      <span class="tile-name" aria-hidden="true"><span class="name-short">${tile.short}</span><abbr
          class="name-abbr">${tile.abbr}</abbr></span>
      <span class="visually-hidden">${tile.name}: ${tile.phrase}</span>
      <span class="tile-value" aria-hidden="true">${tile.figure}</span>
      <span class="tip" role="tooltip" aria-hidden="true"><strong>${tile.name}</strong><br />${tile.phrase}</span>
    </button>`;
  }

  /** Escape also hides a tooltip shown by hover, not only one shown by focus (WCAG 1.4.13). */
  private onEscape(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || this.tooltipsOff) return;
    this.tooltipsOff = true;
    this.requestUpdate();
  }

  private toggleTable(): void {
    this.showTable = !this.showTable;
    this.requestUpdate();
  }

  /** @internal */
  protected override serverStyles(): string {
    return mapNoScriptStyles;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Tiles are redrawn in place, so the tab stop only needs placing when the data or the highlight changes;
    // the highlighted region is where keyboard users start.
    if (!changed.has('highlight') && this.syncedData === this.loader.data) return;
    this.syncedData = this.loader.data;
    const start = READING_ORDER.indexOf(this.highlight as RegionCode);
    if (start !== -1 && !this.keyboard.focused) this.keyboard.active = { row: 0, col: start };
    this.keyboard.sync();
  }
}

/** A tile's or swatch's colour class: its class on the scale, or the hatching of no data. */
function colourClassName(colourClass: number | undefined): string {
  return colourClass === undefined ? 'no-data' : `class-${colourClass}`;
}
