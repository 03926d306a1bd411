import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { GridNavigationController, type GridPosition } from '../../a11y/keyboard-navigation.js';
import { InclusionSelectEvent } from '../../events.js';
import type { AttributeRule } from '../../feed/developer-message.js';
import type { FeedControllerOptions } from '../../feed/feed-controller.js';
import { findMetrics } from '../../feed/find-metric.js';
import { messages } from '../../i18n/index.js';
import type { Locale } from '../../i18n/locale.js';
import { FeedElement } from '../shared/feed-element.js';
import { errorViews, renderError, renderFallback, renderLiveRegion, renderStaleNote } from '../shared/status-views.js';
import { renderKeptSize } from '../shared/kept-size.js';
import { renderRuns } from '../shared/text-runs.js';
import { CHART_TYPES, chartMessages, isChartType, type ChartType } from './chart-messages.js';
import { renderLegend, renderPatternDefs, renderTable, renderTooltip } from './chart-templates.js';
import type { ChartView } from './chart-model.js';
import { chartView, defaultType } from './chart-view.js';
import { comparisonProblem } from './comparison.js';
import { chartNoScriptStyles, chartStyles } from './chart.styles.js';
import { afterNextPaint } from './draw-schedule.js';
import { DrawingController } from './drawing-controller.js';
import { drawingHeightCss } from './forms/sizes.js';
import { measureText, type Measure } from './label-fit.js';
import { loadRenderer, preloadRenderer } from './renderers.js';
import { firstTableRows, TABLE_SLICE } from './table-slice.js';
import { TooltipController } from './tooltip-controller.js';

/**
 * One or more metrics of a feed as a chart, readable without sight: a summary in words, a data table,
 * every mark named and reachable by keyboard, tooltips on focus and hover. Categories come from a
 * metric's `breakdown`, time from its `series`.
 *
 * @summary An accessible chart (bar, column, line, area, stacked, donut) of one or more metrics.
 * @tag inclusion-chart
 *
 * @attr src - URL of the feed (http, https or relative).
 * @attr metric - Id of the metric to show, or several separated by commas (lines, stacked columns); the feed's
 *   first metric when absent.
 * @attr type - `bar`, `column`, `line`, `area`, `stacked` or `donut`. Absent: bars for a breakdown, a line for a
 *   series.
 * @attr locale - `kk`, `ru` or `en`; otherwise the nearest `lang`, then `kk`.
 * @attr refresh - Seconds between re-fetches of `src`; off when absent.
 * @attr timeout - Seconds to wait for the feed before showing an error (default 15).
 * @attr theme - `light` (default), `dark` or `auto` (follows the reader's system setting).
 * @attr state - Reflected: `loading`, `ready` or `error`.
 *
 * @prop {object} feed - A feed object set from script; takes precedence over `src`.
 *
 * @event inclusion-load - The feed is valid and the chart is drawn (or could not be: see `draw-failed`).
 *   `detail: { feed }`.
 * @event inclusion-error - The feed could not be shown, or (`kind: 'network'`, figures still shown) the drawing code
 *   did not load. `detail: { kind, message, issues? }`.
 * @event inclusion-select - A reader picked a mark (Enter, Space or click). `detail: { metric, key, value }`.
 *
 * @csspart base - The figure around title, chart, legend and table.
 * @csspart label - The chart's title.
 * @csspart chart - The drawing: one tab stop; arrow keys move between its marks.
 * @csspart legend - The list of series (or slices) with their swatches.
 * @csspart toggle - The button that shows or hides the data table (`aria-pressed`).
 * @csspart table - The data table (always available to screen readers; shown on screen by the toggle).
 * @csspart error - The error message (`role="alert"`).
 * @csspart draw-failed - The alert shown when the drawing code did not load (also `error`; the summary and table
 *   still hold the figures).
 * @csspart retry - The button in that note that loads the drawing code again (as `reload()` does).
 *
 * @cssprop --inclusion-font - Font family.
 * @cssprop --inclusion-text - Text colour.
 * @cssprop --inclusion-text-muted - Secondary text colour (axes, summary).
 * @cssprop --inclusion-surface - Chart background.
 * @cssprop --inclusion-background - Host background.
 * @cssprop --inclusion-border - Frame and grid lines.
 * @cssprop --inclusion-accent - Pressed toggle.
 * @cssprop --inclusion-focus - Focus ring.
 * @cssprop --inclusion-bad - Stale-data note.
 * @cssprop --inclusion-color-1 - First series colour (and so on to `--inclusion-color-8`); keep 3:1 against the
 *   surface.
 * @cssprop --inclusion-radius - Corner radius.
 * @cssprop --inclusion-gap - Space between the chart's parts.
 * @cssprop --inclusion-card-padding - Padding inside the card (default: the gap), the same for every element.
 */
export class InclusionChart extends FeedElement {
  static override styles = chartStyles;
  static override properties = {
    type: { type: String, reflect: true },
  };

  /**
   * Loads the drawing code for these chart types now (Observable Plot and d3; the donut has its own,
   * smaller renderer) and resolves when it is ready. Charts load it by themselves when the first one
   * appears; a page that knows charts are coming (below the fold, after a feed request, on a tab the
   * reader has not opened) can call this early so the first chart draws without waiting for it.
   */
  static async preload(types: readonly ChartType[] = ['bar']): Promise<void> {
    await Promise.all(types.map(loadRenderer));
  }

  declare type?: string;

  // Internal state is kept out of `static properties`, so the manifest lists public attributes only;
  // each change asks for an update itself.
  /** The data table is shown on screen (it is always in the accessibility tree). */
  private tableShown = false;
  /** The whole summary is shown on screen at a narrow width (it always is at a wide one). */
  private summaryOpen = false;
  /** How many table rows are rendered so far (long tables grow in slices). */
  private tableRows = 0;
  /** Cancels the wait for the next table slice. */
  private cancelTableSlice?: () => void;
  private view?: ChartView;
  private viewKey?: unknown[];
  private measurer?: Measure;

  private readonly drawing: DrawingController = new DrawingController(this, {
    view: () => this.view,
    chart: () => this.chartElement,
    canvas: () => this.renderRoot.querySelector<HTMLElement>('.canvas'),
    // Made at the first drawing, not here: the constructor also runs on a server, which has no canvas.
    measure: (text) => (this.measurer ??= measureText())(text),
    onReplace: (replace) => this.replaceDrawing(replace),
    onFailure: (why) => this.announcePartError(() => `The chart's drawing code could not be loaded: ${why}`),
  });
  private readonly tooltip: TooltipController = new TooltipController(this, {
    drawn: () => this.drawing.drawn,
    markFocused: () => this.navigation.focused,
    chart: () => this.chartElement,
  });
  private readonly navigation: GridNavigationController = new GridNavigationController(this, {
    container: () => this.chartElement,
    rows: () => (this.drawing.drawn ? (this.view?.series.length ?? 0) : 0),
    columns: (row) => (this.drawing.drawn ? (this.view?.series[row]?.points.length ?? 0) : 0),
    element: (position) => this.drawing.drawn?.markAt(position),
    positionOf: (target) => this.positionAt(target),
    verticalRow: () => this.view?.type === 'bar' || this.view?.type === 'donut',
    onFocus: (position, element, source) => this.tooltip.focus(position, element, source),
    onSelect: (position) => this.select(position),
    onLeave: () => this.tooltip.leave(),
  });

  /** Fetches `src` again now and, if the drawing code had failed to load, tries to load it again too. */
  override reload(): void {
    super.reload();
    if (this.drawing.status === 'error') this.drawing.retry();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelTableSlice?.();
    this.cancelTableSlice = undefined;
  }

  /** `inclusion-load` waits until the drawing is on screen, so a listener finds the marks there. */
  protected override loaderOptions(): FeedControllerOptions {
    return {
      ...super.loaderOptions(),
      // An unknown metric id, or metrics this type of chart cannot draw together, is a `metric` error.
      check: (feed) => {
        const found = findMetrics(feed, this.metric);
        if (!Array.isArray(found)) return found;
        return comparisonProblem(found, isChartType(this.type) ? this.type : defaultType(found));
      },
      shown: () => this.updateComplete,
    };
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    // A drawing may start another update (tooltip, table slices); settle until both are done.
    while (this.drawing.pending) {
      await this.drawing.complete;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /**
   * The view is built in `update()`, which a server renderer does not run.
   * @internal
   */
  protected override prepareServerRender(): Error | undefined {
    const error = super.prepareServerRender();
    this.refreshView();
    return error;
  }

  /**
   * The drawing is made in the browser, at the width the chart gets there: until then its box keeps the
   * height the drawing will have, so nothing below the chart moves when it appears. The chart area is
   * the container the height is computed from (it is as wide as the drawing).
   * @internal
   */
  protected override serverStyles(): string | undefined {
    const heights = this.view ? drawingHeightCss(this.view) : undefined;
    const minHeights = heights?.map((h) => `min-block-size: ${h};`).join(' ');
    const box = minHeights
      ? `.chart { container-type: inline-size; } .canvas:not(.drawn):not(.empty) { ${minHeights} }`
      : '';
    return `${box}${chartNoScriptStyles}`;
  }

  private get chartElement(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[part~="chart"]');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Before the feed controller's hostUpdate (which validates the feed): the chunk downloads meanwhile.
    if (!this.hasUpdated) preloadRenderer(this.type);
  }

  /** The view is computed here, after the feed controller's `hostUpdate` has read the feed for this update. */
  protected override update(changed: PropertyValues<this>): void {
    this.refreshView();
    if (this.state === 'ready' && this.view && !this.view.empty && !this.drawing.settled) this.state = 'loading';
    // A drawing whose code did not load is a part error: FeedElement loads the words of its note.
    this.partError = this.drawing.status === 'error' ? (this.partError ?? new Error('drawing code')) : undefined;
    super.update(changed);
  }

  private refreshView(): void {
    const locale = this.language.value;
    const data = this.loader.error ? undefined : this.loader.data;
    const found = data ? findMetrics(data, this.metric) : undefined;
    const metrics = Array.isArray(found) ? found : undefined;
    const key = [data, this.metric, this.type, locale];
    if (!data || !metrics) {
      this.view = undefined;
      this.viewKey = undefined;
    } else if (!this.viewKey || key.some((value, i) => value !== this.viewKey![i])) {
      const type = isChartType(this.type) ? this.type : defaultType(metrics);
      const previous = this.view;
      const started = performance.now();
      this.view = chartView(data, metrics, type, locale);
      performance.measure('inclusion:chart-view', { start: started });
      this.viewKey = key;
      this.tableRows = firstTableRows(this.view.categories.length);
      this.tooltip.hide();
      // Positions that no longer exist are forgotten by the navigation's sync after the redraw.
      if (previous && previous.series.length !== this.view.series.length) this.navigation.active = undefined;
    }
  }

  protected override attributeRules(): AttributeRule[] {
    const type = { name: 'type', allowed: CHART_TYPES };
    return [...super.attributeRules(), type];
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.growTable();
  }

  /** A new drawing replaces the old: the focused mark keeps focus, the tooltip stays with it. */
  private replaceDrawing(replace: () => void): void {
    const refocus = this.navigation.focused;
    this.tooltip.forgetRing();
    replace();
    this.navigation.sync(refocus);
    if (!refocus) this.tooltip.hide();
  }

  private positionAt(target: Element): GridPosition | undefined {
    const drawn = this.drawing.drawn;
    const found = drawn?.positionOf(target);
    if (found) return found;
    // A click anywhere in the plot picks what the pointer picks: not only a 9-pixel dot or a 4-pixel bar.
    return drawn?.nearest && target.closest('svg') ? this.tooltip.hovered : undefined;
  }

  private select(position: GridPosition): void {
    const point = this.view?.series[position.row]?.points[position.col];
    if (!point) return;
    this.dispatchEvent(new InclusionSelectEvent({ metric: point.metric, key: point.key, value: point.value }));
  }

  /**
   * The whole summary is the figure's description and stays whole for screen readers. On screen, a narrow
   * chart shows its first sentence and a button for the rest, so the text does not outgrow the drawing.
   */
  private renderSummary(view: ChartView): TemplateResult {
    const { lead, rest } = view.summaryRuns;
    const restShown = rest.length > 0 ? html` <span class="rest">${renderRuns(rest)}</span>` : nothing;
    return html`<p id="summary" class="visually-hidden">${renderRuns(lead)}${
      rest.length > 0 ? html` ${renderRuns(rest)}` : nothing
    }</p>
      <p class="summary ${this.summaryOpen ? 'open' : ''}" id="summary-shown" aria-hidden="true"><span
          class="lead">${renderRuns(lead)}</span>${restShown}</p>`;
  }

  /** The button that shows the rest of the summary on a narrow chart (hidden when it is all shown). */
  private renderMoreButton(view: ChartView, more: string): TemplateResult | typeof nothing {
    if (view.summaryRuns.rest.length === 0) return nothing;
    return html`<button type="button" class="more pill" aria-expanded=${this.summaryOpen ? 'true' : 'false'}
      @click=${this.toggleSummary}>${more}</button>`;
  }

  private toggleSummary(): void {
    this.summaryOpen = !this.summaryOpen;
    this.requestUpdate();
  }

  private toggleTable(): void {
    this.tableShown = !this.tableShown;
    this.requestUpdate();
  }

  /**
   * Renders the next slice of a long table once the chart is drawn and that frame painted, a slice per
   * frame: slices rendered before would stand between the drawing module's arrival and the drawing, or
   * between the drawing and the reader seeing it.
   */
  private growTable(): void {
    const rows = this.view?.categories.length ?? 0;
    if (this.tableRows >= rows || this.cancelTableSlice || !this.drawing.settled) return;
    this.cancelTableSlice = afterNextPaint(() => {
      this.cancelTableSlice = undefined;
      this.tableRows += TABLE_SLICE;
      this.requestUpdate();
    });
  }

  protected override render(): TemplateResult {
    const locale = this.language.value;
    return this.loader.render({
      pending: () => this.renderLoading(locale),
      error: (error) =>
        renderKeptSize(
          this.renderLoading(locale),
          html`<div part="base" class="figure" lang=${locale}>${renderError(error, locale)}</div>`,
        ),
      // The view is built from the feed before the render that shows it; until then, the skeleton.
      complete: () => (this.view ? this.renderChart(this.view, locale) : this.renderLoading(locale)),
    });
  }

  private renderLoading(locale: Locale): TemplateResult {
    return html`<div part="base" class="figure loading" lang=${locale} aria-busy="true">
      <span class="visually-hidden" role="status">${messages(locale).loading}</span>
      <span class="skeleton skeleton-title" aria-hidden="true"></span>
      <span class="skeleton skeleton-chart" aria-hidden="true"></span>
    </div>`;
  }

  private renderChart(view: ChartView, locale: Locale): TemplateResult {
    const text = chartMessages(locale);
    const stale = this.loader.staleError !== undefined;
    const titleLang = view.title.lang && view.title.lang !== locale ? view.title.lang : nothing;
    const { onPointerMove, onPointerLeave, onChartKey } = this.tooltip;
    return html`<figure part="base" class="figure ${stale ? 'stale' : ''}" lang=${locale} aria-labelledby="title"
      aria-describedby="summary">
      <figcaption class="caption">
        <span id="title" part="label" class="title" lang=${titleLang}>${view.title.text}</span>
        ${this.renderSummary(view)}
      </figcaption>
      <div class="toolbar">
        ${this.renderMoreButton(view, text.moreSummary)}
        <button type="button" part="toggle" class="pill" aria-pressed=${this.tableShown ? 'true' : 'false'}
          aria-controls="data-table" @click=${this.toggleTable}>${text.tableToggle}</button>
      </div>
      <div part="chart" class="chart" role="group" tabindex="0" aria-labelledby="chart-name"
        aria-describedby="keyboard-hint" @pointermove=${onPointerMove} @pointerdown=${onPointerMove}
        @pointerleave=${onPointerLeave}
        @keydown=${onChartKey}>
        ${view.empty ? html`<p class="message">${text.noDataToDraw}</p>` : nothing}
        <div class="canvas ${view.empty ? 'empty' : ''}"></div>
        ${renderTooltip(view, this.tooltip.tip?.position)}
      </div>
      ${
        this.drawing.render({
          // Worded by the error views, loaded for it (see update): until they arrive, nothing stands there; if they
          // cannot, the words every element has.
          error: () =>
            errorViews()?.renderDrawFailed(this, locale, this.drawing.retry) ??
            renderFallback(
              locale,
              { host: this, landing: 'chart', retry: this.drawing.retry },
              'message',
              'error draw-failed',
            ),
        }) ?? nothing
      }
      <span id="chart-name" hidden>${`${text.typeName[view.type]}: ${view.title.text}`}</span>
      <span id="keyboard-hint" hidden>${text.keyboardHint}</span>
      ${renderLegend(view, locale)}
      ${renderTable(view, locale, this.tableRows, this.tableShown, this.ownerDocument)}
      ${renderStaleNote(this.loader, locale)} ${renderLiveRegion(this.loader, locale)}
      ${renderPatternDefs(view)}
    </figure>`;
  }
}
