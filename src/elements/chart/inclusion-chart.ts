import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { GridNavigationController, type GridPosition } from '../../a11y/keyboard-navigation.js';
import { InclusionErrorEvent, InclusionSelectEvent } from '../../events.js';
import { developerMessage, type AttributeRule } from '../../feed/developer-message.js';
import { findMetrics } from '../../feed/find-metric.js';
import { afterNextPaint, afterThisTask, beforeNextPaint } from '../../feed/render-queue.js';
import { messages } from '../../i18n/index.js';
import type { Locale } from '../../i18n/locale.js';
import { FeedElement } from '../shared/feed-element.js';
import { renderError, renderLiveRegion, renderStaleNote } from '../shared/status-views.js';
import { CHART_TYPES, chartMessages, isChartType, type ChartType } from './chart-messages.js';
import { shareText } from './chart-summary.js';
import { chartView, defaultType, type ChartPoint, type ChartView } from './chart-view.js';
import { chartStyles } from './chart.styles.js';
import { ContainerWidthController } from './container-width.js';
import { drawFocusRing, type DrawnChart, type DrawOptions } from './drawing.js';
import { measureText } from './label-fit.js';
import { tableSlice } from './table-slice.js';
import { fillClass, paintOf, patternDefs, patternFill } from './palette.js';
import { PositionSheet } from './position-sheet.js';

type Renderer = (view: ChartView, options: DrawOptions) => DrawnChart;

// The drawing code (Observable Plot, d3) is fetched when the first chart element starts its first update,
// never before: a page that only shows KPI tiles (or only defines the chart element) downloads none of it.
// Starting then, rather than once the feed is validated and the view computed, lets the chunk arrive
// and compile while that work runs.
let plotRenderer: Promise<Renderer> | undefined;
let donutRenderer: Promise<Renderer> | undefined;

function loadRenderer(type: ChartType): Promise<Renderer> {
  if (type === 'donut') return (donutRenderer ??= forgetOnFailure(import('./render-donut.js').then((module) => module.drawDonut), () => (donutRenderer = undefined)));
  return (plotRenderer ??= forgetOnFailure(import('./render-plot.js').then((module) => module.drawPlot), () => (plotRenderer = undefined)));
}

/** A failed import is not kept: browsers fetch a failed dynamic import again, so a retry can succeed. */
function forgetOnFailure<T>(loading: Promise<T>, forget: () => void): Promise<T> {
  return loading.catch((error: unknown) => {
    forget();
    throw error;
  });
}

/** Starts fetching the renderer a chart of this `type` attribute will need; failures surface when drawing. */
function preloadRenderer(type: string | undefined): void {
  // An absent or unknown type is a bar or line chart (`defaultType`), drawn by Plot.
  loadRenderer(type === 'donut' ? 'donut' : 'line').catch(() => undefined);
}

/**
 * Whether a view fills anything with a texture (C8: several series, stacks, donut slices, and their
 * legend swatches). Only then does the shadow root carry the 24 `<pattern>`s: a page of 50 one-series
 * charts would otherwise build 3 600 pattern elements it never paints.
 */
export function usesPatterns(view: Pick<ChartView, 'type' | 'series'>): boolean {
  if (view.type === 'line' || view.type === 'area') return false;
  return view.type === 'donut' || view.type === 'stacked' || view.series.length > 1;
}

/**
 * Table rows rendered per slice. The first slice comes with the chart's shell, so a table of up to 200
 * rows is whole when the chart says it is ready; a longer one (a 10 000-point series) grows by a slice
 * per frame once the drawing is painted, so no task blocks the page. (A first slice of 50 rows held a
 * 10 000-point line's drawing back ~60 ms less, but a 60-month series' table would then be incomplete at
 * `ready`, when a reader or a test may look at it.)
 */
const TABLE_SLICE = 200;

/** Values drawn: what a drawing costs, roughly. */
const pointCount = (view: ChartView): number => view.series.reduce((sum, series) => sum + series.points.length, 0);

/**
 * One or more metrics of a feed as a chart, readable without sight: a summary in words, a data table,
 * every mark named and reachable by keyboard, tooltips on focus and hover. Categories come from a
 * metric's `breakdown`, time from its `series`.
 *
 * @summary An accessible chart (bar, column, line, area, stacked, donut) of one or more metrics.
 * @tag inclusion-chart
 *
 * @attr src - URL of the feed (http, https or relative).
 * @attr metric - Id of the metric to show, or several separated by commas (lines, stacked columns); the feed's first metric when absent.
 * @attr type - `bar`, `column`, `line`, `area`, `stacked` or `donut`. Absent: bars for a breakdown, a line for a series.
 * @attr locale - `kk`, `ru` or `en`; otherwise the nearest `lang`, then `kk`.
 * @attr refresh - Seconds between re-fetches of `src`; off when absent.
 * @attr timeout - Seconds to wait for the feed before showing an error (default 15).
 * @attr theme - `light` (default), `dark` or `auto` (follows the reader's system setting).
 * @attr state - Reflected: `loading`, `ready` or `error`.
 *
 * @prop {object} feed - A feed object set from script; takes precedence over `src`.
 *
 * @event inclusion-load - The feed is valid and the chart is drawn (or could not be: see `draw-failed`). `detail: { feed }`.
 * @event inclusion-error - The feed could not be shown, or (`kind: 'network'`, figures still shown) the drawing code did not load. `detail: { kind, message, issues? }`.
 * @event inclusion-select - A reader picked a mark (Enter, Space or click). `detail: { metric, key, value }`.
 *
 * @csspart base - The figure around title, chart, legend and table.
 * @csspart chart - The drawing: one tab stop; arrow keys move between its marks.
 * @csspart legend - The list of series (or slices) with their swatches.
 * @csspart toggle - The button that shows or hides the data table (`aria-pressed`).
 * @csspart table - The data table (always available to screen readers; shown on screen by the toggle).
 * @csspart error - The error message (`role="alert"`).
 * @csspart draw-failed - The note shown when the drawing code did not load (the summary and table still hold the figures).
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
 * @cssprop --inclusion-color-1 - First series colour (and so on to `--inclusion-color-8`); keep 3:1 against the surface.
 * @cssprop --inclusion-radius - Corner radius.
 * @cssprop --inclusion-gap - Space between the chart's parts.
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
  /** How many table rows are rendered so far (long tables grow in slices). */
  private tableRows = TABLE_SLICE;
  private tipState?: { readonly position: GridPosition; readonly by: 'focus' | 'hover' };

  /** The value the tooltip shows, and why it shows (focus stays until blur; hover until the pointer leaves). */
  private get tip(): { readonly position: GridPosition; readonly by: 'focus' | 'hover' } | undefined {
    return this.tipState;
  }

  private set tip(value: { readonly position: GridPosition; readonly by: 'focus' | 'hover' } | undefined) {
    if (value === this.tipState) return;
    this.tipState = value;
    this.requestUpdate();
  }

  private readonly size = new ContainerWidthController(this, () => this.scheduleDraw());
  private readonly navigation = new GridNavigationController(this, {
    container: () => this.chartElement,
    rows: () => (this.drawn ? (this.view?.series.length ?? 0) : 0),
    columns: (row) => (this.drawn ? (this.view?.series[row]?.points.length ?? 0) : 0),
    element: (position) => this.drawn?.markAt(position),
    positionOf: (target) => this.positionAt(target),
    verticalRow: () => this.view?.type === 'bar' || this.view?.type === 'donut',
    onFocus: (position, element, source) => this.onMarkFocus(position, element, source),
    onSelect: (position) => this.select(position),
    onLeave: () => this.onMarkLeave(),
  });

  private view?: ChartView;
  private viewKey?: unknown[];
  private drawn?: DrawnChart;
  private drawnFor?: { view: ChartView; width: number };
  /** The drawing in progress, awaited by `updateComplete`. */
  private drawing?: Promise<void>;
  private drawToken = 0;
  /** The view a pending drawing is for. */
  private scheduled?: ChartView;
  private ring?: SVGElement;
  private hovered?: GridPosition;
  /** Where the tooltip points: the focused or hovered mark, or the pointer (a cursor-walked line). */
  private tipAnchor?: () => DOMRect;
  private readonly tipSheet = new PositionSheet('.tooltip');
  private pendingLoad?: Event;
  /** Cancels the wait for the next table slice. */
  private cancelTableSlice?: () => void;
  private readonly measure = measureText();
  /**
   * The first drawing is done (or there is nothing to draw yet: no width, no values, a failure). Until
   * then `state` stays `loading` while the feed is ready, so `state="ready"` means the chart is on screen.
   */
  private firstDrawSettled = false;
  /** The drawing code did not load: a note with a retry button stands where the drawing would be. */
  private drawFailed = false;

  /** Fetches `src` again now and, if the drawing code had failed to load, tries to load it again too. */
  override reload(): void {
    super.reload();
    if (this.drawFailed) this.retryDrawing();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelTableSlice?.();
    this.cancelTableSlice = undefined;
    document.removeEventListener('keydown', this.onDocumentKey);
  }

  /** `inclusion-load` is held back until the drawing is on screen, so a listener finds the marks there. */
  override dispatchEvent(event: Event): boolean {
    if (event.type === 'inclusion-load' && !this.pendingLoad) {
      this.pendingLoad = event;
      return true;
    }
    return super.dispatchEvent(event);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    // A drawing may start another update (tooltip, table slices); settle until both are done.
    while (this.drawing) {
      const drawing = this.drawing;
      await drawing;
      if (this.drawing === drawing) this.drawing = undefined;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private get chartElement(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[part~="chart"]');
  }

  private get canvas(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.canvas');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Before the feed controller's hostUpdate (which validates the feed): the chunk downloads meanwhile.
    if (!this.hasUpdated) preloadRenderer(this.type);
  }

  /** The view is computed here, after the feed controller's `hostUpdate` has read the feed for this update. */
  protected override update(changed: PropertyValues<this>): void {
    this.refreshView();
    if (this.state === 'ready' && this.view && !this.view.empty && !this.firstDrawSettled) this.state = 'loading';
    super.update(changed);
  }

  /** The first drawing is on screen, or cannot be made yet: `state` may now say `ready`. */
  private settleFirstDraw(): void {
    if (this.firstDrawSettled) return;
    this.firstDrawSettled = true;
    this.requestUpdate();
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
      this.tableRows = TABLE_SLICE;
      this.tip = undefined;
      // Positions that no longer exist are forgotten by the navigation's sync after the redraw.
      if (previous && previous.series.length !== this.view.series.length) this.navigation.active = undefined;
    }
  }

  protected override attributeRules(): AttributeRule[] {
    const type = { name: 'type', allowed: CHART_TYPES, fallback: 'bars for a breakdown, a line for a series' };
    return [...super.attributeRules(), type];
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const chart = this.chartElement;
    // Followed from now on, but not measured here: measuring forces a layout (see scheduleDraw).
    if (chart) this.size.observe(chart);
    if (this.view && this.drawnFor?.view !== this.view) this.scheduleDraw();
    if (!this.view) {
      this.drawn = undefined;
      this.drawnFor = undefined;
    }
    this.growTable();
    this.placeTooltip();
    if (this.pendingLoad) {
      const event = this.pendingLoad;
      const release = (): void => {
        this.pendingLoad = undefined;
        super.dispatchEvent(event);
      };
      if (this.drawing) void this.drawing.then(release, release);
      else release();
    }
  }

  /**
   * Draws the current view at the current width, once the drawing module has arrived. A first drawing
   * reads its width only then, in a read phase shared by every chart waiting for the same module: all of
   * them read (one layout for the page), then all of them draw. Reading in `updated()` instead forced a
   * layout per chart, each after the previous chart had changed the page (50 charts: ~100 ms of layout).
   */
  private scheduleDraw(): void {
    const view = this.view;
    const chart = this.chartElement;
    if (!view || !chart) return;
    this.size.observe(chart);
    if (view.empty) {
      this.settleFirstDraw();
      return;
    }
    // After a failed load, only the reader's retry (or reload()) tries again: no request loop.
    if (this.drawFailed) return;
    const known = this.size.width;
    if (known > 0 && this.drawnFor && this.drawnFor.view === view && this.drawnFor.width === known) return;
    // A drawing of this view is on its way and reads the width when it draws: nothing to add.
    if (this.scheduled === view) return;
    this.scheduled = view;
    const token = ++this.drawToken;
    const current = (): boolean => token === this.drawToken && view === this.view;
    const run = async (): Promise<void> => {
      const waitStarted = performance.now();
      let render: Renderer;
      try {
        render = await loadRenderer(view.type);
      } catch (error) {
        if (current()) this.failDrawing(error);
        return;
      } finally {
        performance.measure('inclusion:chart-load', { start: waitStarted });
      }
      if (!current()) return;
      // Never in the task that asked: validating, building the view and rendering the shell already fill
      // it (10 000 points, or 50 charts at once), and together they would block the page. A small first
      // drawing goes into the next frame, laid out and painted with its shell; a large one, or a redraw
      // (the width is known), into the next task.
      await (this.size.width > 0 ? afterThisTask() : beforeNextPaint(pointCount(view)));
      if (!current()) return;
      // Read phase: every chart resumed by the same task reads before any of them writes.
      const width = this.size.width || this.size.measure();
      await Promise.resolve();
      // Write phase.
      if (!current() || width <= 0) return; // hidden: drawn when the ResizeObserver reports a width
      if (this.drawnFor && this.drawnFor.view === view && this.drawnFor.width === width) return;
      this.draw(render, view, this.size.width || width);
    };
    // Awaited by updateComplete, so `await chart.updateComplete` means "drawn".
    this.drawing = run()
      .catch((error: unknown) => console.error('inclusion-chart: drawing failed', error))
      .finally(() => {
        if (token !== this.drawToken) return;
        this.scheduled = undefined;
        this.settleFirstDraw();
      });
  }

  /** The figures stay (summary, table, keyboard list); the page hears of it as a network error. */
  private failDrawing(reason: unknown): void {
    this.drawFailed = true;
    this.requestUpdate();
    const why = reason instanceof Error ? reason.message : String(reason);
    const message = developerMessage(this, `The chart's drawing code could not be loaded: ${why}`);
    this.dispatchEvent(new InclusionErrorEvent({ kind: 'network', message }));
  }

  private readonly retryDrawing = (): void => {
    this.drawFailed = false;
    this.requestUpdate();
    this.scheduleDraw();
  };

  private draw(render: Renderer, view: ChartView, width: number): void {
    const canvas = this.canvas;
    if (!canvas) return;
    const refocus = this.navigation.focused;
    this.ring = undefined;
    const started = performance.now();
    const drawn = render(view, { width, document: this.ownerDocument, measure: this.measure });
    canvas.replaceChildren(drawn.svg);
    performance.measure('inclusion:chart-draw', { start: started });
    canvas.classList.add('drawn');
    this.drawn = drawn;
    this.drawnFor = { view, width };
    this.navigation.sync(refocus);
    if (this.tip && !refocus) this.tip = undefined;
  }

  private positionAt(target: Element): GridPosition | undefined {
    const found = this.drawn?.positionOf(target);
    if (found) return found;
    // Lines: a click anywhere in the plot picks the value under the pointer, not only a 9-pixel dot.
    return this.drawn?.nearest && target.closest('svg') ? this.hovered : undefined;
  }

  private pointOf(position: GridPosition | undefined): ChartPoint | undefined {
    return position ? this.view?.series[position.row]?.points[position.col] : undefined;
  }

  private select(position: GridPosition): void {
    const point = this.pointOf(position);
    if (!point) return;
    this.dispatchEvent(new InclusionSelectEvent({ metric: point.metric, key: point.key, value: point.value }));
  }

  private onMarkFocus(position: GridPosition, element: SVGElement | HTMLElement, source: 'keyboard' | 'pointer'): void {
    this.ring?.remove();
    this.ring = source === 'keyboard' && element instanceof SVGGraphicsElement ? drawFocusRing(element) : undefined;
    this.tipAnchor = () => element.getBoundingClientRect();
    this.tip = { position, by: 'focus' };
  }

  private onMarkLeave(): void {
    this.ring?.remove();
    this.ring = undefined;
    if (this.tip?.by === 'focus') this.tip = undefined;
  }

  private readonly onPointerMove = (event: PointerEvent): void => {
    const drawn = this.drawn;
    if (!drawn || this.navigation.focused) return;
    const target = event.composedPath()[0];
    const mark = target instanceof Element ? target.closest('.mark') : null;
    let position = mark ? drawn.positionOf(mark) : undefined;
    let anchor: (() => DOMRect) | undefined = mark ? () => mark.getBoundingClientRect() : undefined;
    if (!position && drawn.nearest && target instanceof Element && target.closest('svg')) {
      const box = drawn.svg.getBoundingClientRect();
      const scale = drawn.width / Math.max(1, box.width);
      position = drawn.nearest((event.clientX - box.left) * scale, (event.clientY - box.top) * scale);
      const element = position && !drawn.virtualRows ? drawn.markAt(position) : undefined;
      const { clientX, clientY } = event;
      anchor = element ? () => element.getBoundingClientRect() : () => new DOMRect(clientX, clientY, 0, 0);
    }
    this.hovered = position;
    if (position && anchor) {
      this.tipAnchor = anchor;
      this.showHoverTip(position);
    } else if (target instanceof Element && !target.closest('.tooltip') && this.tip?.by === 'hover') {
      this.hideHoverTip();
    }
  };

  private readonly onPointerLeave = (): void => {
    this.hovered = undefined;
    if (this.tip?.by === 'hover') this.hideHoverTip();
  };

  private showHoverTip(position: GridPosition): void {
    if (this.tip?.position.row !== position.row || this.tip.position.col !== position.col) this.tip = { position, by: 'hover' };
    document.addEventListener('keydown', this.onDocumentKey);
  }

  private hideHoverTip(): void {
    this.tip = undefined;
    document.removeEventListener('keydown', this.onDocumentKey);
  }

  /** Escape dismisses a tooltip shown by hover, wherever focus is (WCAG 1.4.13). */
  private readonly onDocumentKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.tip?.by === 'hover') this.hideHoverTip();
  };

  private readonly onChartKey = (event: KeyboardEvent): void => {
    // Escape on a focused mark first dismisses its tooltip, the navigation then leaves the marks.
    if (event.key === 'Escape' && this.tip) this.tip = undefined;
  };

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
    if (this.tableRows >= rows || this.cancelTableSlice || !this.firstDrawSettled) return;
    this.cancelTableSlice = afterNextPaint(() => {
      this.cancelTableSlice = undefined;
      this.tableRows += TABLE_SLICE;
      this.requestUpdate();
    });
  }

  private placeTooltip(): void {
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const chart = this.chartElement;
    if (!tip || !chart || tip.hidden || !this.tipAnchor) return;
    const area = chart.getBoundingClientRect();
    const box = this.tipAnchor();
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    let left = box.left - area.left + box.width / 2 - width / 2;
    left = Math.max(0, Math.min(left, area.width - width));
    let top = box.top - area.top - height - 8;
    if (top < 0) top = box.bottom - area.top + 8;
    this.tipSheet.place(this.renderRoot as ShadowRoot, left, top);
  }

  protected override render(): TemplateResult {
    const locale = this.language.value;
    const { data, error } = this.loader;
    if (error) return html`<div part="base" class="figure" lang=${locale}>${renderError(error, locale)}</div>`;
    if (!data || !this.view) return this.renderLoading(locale);
    return this.renderChart(this.view, locale);
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
    return html`<figure part="base" class="figure ${stale ? 'stale' : ''}" lang=${locale} aria-labelledby="title" aria-describedby="summary">
      <figcaption class="caption">
        <span id="title" class="title" lang=${titleLang}>${view.title.text}</span>
        <p id="summary" class="summary">${view.summary}</p>
      </figcaption>
      <div class="toolbar">
        <button type="button" part="toggle" aria-pressed=${this.tableShown ? 'true' : 'false'} aria-controls="data-table" @click=${this.toggleTable}>${text.tableToggle}</button>
      </div>
      <div part="chart" class="chart" role="group" tabindex="0" aria-labelledby="chart-name" aria-describedby="keyboard-hint"
        @pointermove=${this.onPointerMove} @pointerleave=${this.onPointerLeave} @keydown=${this.onChartKey}>
        ${view.empty ? html`<p class="message">${text.noDataToDraw}</p>` : nothing}
        <div class="canvas ${view.empty ? 'empty' : ''}"></div>
        ${this.renderTooltip(view)}
      </div>
      ${this.drawFailed
        ? html`<p class="message draw-failed" part="draw-failed" role="status">${text.drawFailed}
            <button type="button" part="retry" @click=${this.retryDrawing}>${text.retry}</button></p>`
        : nothing}
      <span id="chart-name" hidden>${`${text.typeName[view.type]}: ${view.title.text}`}</span>
      <span id="keyboard-hint" hidden>${text.keyboardHint}</span>
      ${this.renderLegend(view, locale)}
      ${this.renderTable(view, locale)}
      ${renderStaleNote(this.loader, locale)} ${renderLiveRegion(this.loader, locale)}
      ${usesPatterns(view) ? html`<svg class="defs" aria-hidden="true" focusable="false">${patternDefs()}</svg>` : nothing}
    </figure>`;
  }

  private renderTooltip(view: ChartView): TemplateResult {
    const point = this.pointOf(this.tip?.position);
    const category = point ? view.categories[point.col] : undefined;
    const series = point && view.series.length > 1 ? view.series[point.row] : undefined;
    let value = point?.phrase ?? '';
    if (point && view.type === 'donut' && point.value !== null && point.value > 0) {
      const whole = view.series[0]!.points.reduce((sum, p) => sum + (p.value !== null && p.value > 0 ? p.value : 0), 0);
      value = chartMessages(view.locale).withShare(point.phrase, shareText(point.value, whole, view.locale));
    }
    // A visual echo of the focused mark's own name, which is what screen readers speak: hidden from them.
    return html`<div class="tooltip" aria-hidden="true" ?hidden=${!point}>
      <div class="tooltip-name" lang=${category?.lang ?? nothing}>${category?.label ?? ''}</div>
      ${series ? html`<div class="tooltip-series">${series.label.text}</div>` : nothing}
      <div class="tooltip-value">${value}</div>
    </div>`;
  }

  private renderSwatch(view: ChartView, index: number, byCategory: boolean): TemplateResult {
    if (view.type === 'line' || view.type === 'area') {
      const symbol = ['M9,6 m-3.5,0 a3.5,3.5 0 1,0 7,0 a3.5,3.5 0 1,0 -7,0', 'M5.5,2.5h7v7h-7z', 'M9,2 13,9.5H5z', 'M9,1.5 13,6 9,10.5 5,6z'][index % 4]!;
      return html`<svg class="swatch" viewBox="0 0 24 12" aria-hidden="true" focusable="false">${svg`
        <path class="line stroke-s${index % 8} dash-${index % 4}" d="M0,6H24"></path>
        <path class="stroke-s${index % 8} swatch-symbol" d=${symbol}></path>`}</svg>`;
    }
    const textured = byCategory || view.series.length > 1;
    const pattern = textured ? patternFill(index) : undefined;
    const colour = byCategory ? paintOf(index).color : index;
    return html`<svg class="swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false">${svg`
      <rect class=${pattern ? 'swatch-fill patterned-swatch' : `swatch-fill ${fillClass(colour)}`} x="0.75" y="0.75" width="22.5" height="14.5" rx="2" fill=${pattern ?? nothing}></rect>`}</svg>`;
  }

  private renderLegend(view: ChartView, locale: Locale): TemplateResult {
    const text = chartMessages(locale);
    const byCategory = view.type === 'donut' || (view.type === 'stacked' && view.series.length === 1);
    if (byCategory) {
      const points = view.series[0]!.points;
      const whole = points.reduce((sum, p) => sum + (p.value !== null && p.value > 0 ? p.value : 0), 0);
      return html`<ul part="legend" class="legend" aria-label=${text.legend}>
        ${view.categories.map((category, col) => {
          const point = points[col]!;
          const share = point.value !== null && point.value > 0 ? ` (${shareText(point.value, whole, locale)})` : '';
          return html`<li>${point.value !== null && point.value > 0 ? this.renderSwatch(view, col, true) : nothing}<span lang=${category.lang ?? nothing}>${category.label}</span><span class="legend-value">${point.phrase}${share}</span></li>`;
        })}
      </ul>`;
    }
    return html`<ul part="legend" class="legend" aria-label=${text.legend}>
      ${view.series.map((series, row) => html`<li>${this.renderSwatch(view, row, false)}<span lang=${series.label.lang && series.label.lang !== locale ? series.label.lang : nothing}>${series.label.text}</span></li>`)}
    </ul>`;
  }

  private renderTable(view: ChartView, locale: Locale): TemplateResult {
    const text = chartMessages(locale);
    const donut = view.type === 'donut';
    const chunks: number[] = [];
    for (let start = 0; start < Math.min(this.tableRows, view.categories.length); start += TABLE_SLICE) chunks.push(start);
    const totals = view.series.map((series) => series.total?.phrase ?? '');
    const table = html`<table part="table" id="data-table">
      <caption id="table-caption">${view.title.text}${view.period ? `, ${view.period}` : ''}</caption>
      <thead>
        <tr>
          <th scope="col">${view.keyHeader}</th>
          ${view.series.map((series) => html`<th scope="col" lang=${series.label.lang && series.label.lang !== locale ? series.label.lang : nothing}>${series.label.text}</th>`)}
          ${donut ? html`<th scope="col">${text.header.share}</th>` : nothing}
        </tr>
      </thead>
      ${chunks.map((start) =>
        // Each slice of rows is built once: later updates (tooltips, more slices) leave it as it is.
        guard([view, start], () => tableSlice(this.ownerDocument, view, start, start + TABLE_SLICE, locale)))}
      ${totals.some((t) => t !== '') && view.categories.length > 1
        ? html`<tfoot><tr><th scope="row">${text.header.total}</th>${totals.map((t) => html`<td>${t}</td>`)}${donut ? html`<td></td>` : nothing}</tr></tfoot>`
        : nothing}
    </table>`;
    // Hidden on screen, the table is still read by screen readers (C2); shown, it scrolls and takes focus.
    return this.tableShown
      ? html`<div class="table-scroll ${view.categories.length > 20 ? 'long' : ''}" role="region" aria-labelledby="table-caption" tabindex="0">${table}</div>`
      : html`<div class="visually-hidden">${table}</div>`;
  }
}
