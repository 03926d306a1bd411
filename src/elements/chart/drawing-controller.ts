/**
 * The chart's drawing, as a task in the manner of Lit's `Task`: each run has an id, and a run that a
 * newer one (or a new view) has overtaken is dropped at its next step; `complete` resolves when the
 * drawing in progress is done; `render()` picks a template by status. It owns loading the drawing code,
 * choosing when to draw (draw-schedule.ts), which view and width are on screen, and what happens when
 * the code does not load: the figures stay (summary, table, keyboard list), a note with a retry button
 * stands where the drawing would be, and the page hears of it as a network error.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChartView } from './chart-model.js';
import { ContainerWidthController } from './container-width.js';
import { afterNextPaint, afterThisTask, beforeNextPaint } from './draw-schedule.js';
import type { DrawnChart } from './drawing.js';
import { firstDrawingMarks } from './forms/sizes.js';
import type { Measure } from './label-fit.js';
import { loadRenderer, type Renderer } from './renderers.js';

/** `initial`: nothing asked yet; `pending`: a drawing is on its way; `error`: the drawing code did not load. */
export type DrawingStatus = 'initial' | 'pending' | 'complete' | 'error';

export interface DrawingOptions {
  /** The view to draw now; undefined while there is none (no feed yet, or an error). */
  readonly view: () => ChartView | undefined;
  /** The element whose width the drawing takes. */
  readonly chart: () => HTMLElement | null;
  /** Where the drawing goes. */
  readonly canvas: () => HTMLElement | null;
  readonly measure: Measure;
  /**
   * Puts a new drawing on screen by calling `replace`, so the element can keep focus and tooltip across
   * it; once `replace` has run, `drawn` answers for the new drawing.
   */
  readonly onReplace: (replace: () => void) => void;
  /** The drawing code did not load (`why`): the element says so to the reader and to the page. */
  readonly onFailure: (why: string) => void;
}

export interface DrawingTemplates<T> {
  readonly initial?: () => T;
  readonly pending?: () => T;
  readonly complete?: (drawn: DrawnChart | undefined) => T;
  readonly error?: () => T;
}

type Host = ReactiveControllerHost & HTMLElement;

export class DrawingController implements ReactiveController {
  status: DrawingStatus = 'initial';
  /** What is on screen, for keyboard, pointer and tooltip. */
  drawn?: DrawnChart;
  /**
   * The first drawing is done (or there is nothing to draw yet: no width, no values, a failure). Until
   * then the element keeps `state` at `loading` while the feed is ready, so `ready` means "on screen".
   */
  settled = false;

  private readonly size: ContainerWidthController;
  private drawnFor?: { readonly view: ChartView; readonly width: number };
  /** The newest run; older runs stop at their next step. */
  private runId = 0;
  /** The view the run in progress is for. */
  private scheduled?: ChartView;
  private running?: Promise<void>;

  constructor(
    private readonly host: Host,
    private readonly options: DrawingOptions,
  ) {
    host.addController(this);
    this.size = new ContainerWidthController(host, () => this.schedule());
  }

  /** Resolves when the drawing in progress, if any, is done (drawn, dropped or failed). */
  get complete(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  /** A drawing is on its way. */
  get pending(): boolean {
    return this.running !== undefined;
  }

  render<T>(templates: DrawingTemplates<T>): T | undefined {
    switch (this.status) {
      case 'initial':
        return templates.initial?.();
      case 'pending':
        return templates.pending?.();
      case 'complete':
        return templates.complete?.(this.drawn);
      case 'error':
        return templates.error?.();
    }
  }

  hostUpdated(): void {
    const chart = this.options.chart();
    // Followed from now on, but not measured here: measuring forces a layout (see schedule).
    if (chart) this.size.observe(chart);
    const view = this.options.view();
    if (view && this.drawnFor?.view !== view) this.schedule();
    if (!view) {
      this.drawn = undefined;
      this.drawnFor = undefined;
    }
  }

  /** After a failed load, only this (the reader's retry button, or `reload()`) tries again: no request loop. */
  readonly retry = (): void => {
    this.status = 'initial';
    this.host.requestUpdate();
    this.schedule();
  };

  /**
   * Draws the current view at the current width, once the drawing module has arrived. A first drawing
   * reads its width only then, in a read phase shared by every chart waiting for the same module: all of
   * them read (one layout for the page), then all of them draw. Reading in `updated()` instead forced a
   * layout per chart, each after the previous chart had changed the page (50 charts: ~100 ms of layout).
   */
  schedule(): void {
    const view = this.options.view();
    const chart = this.options.chart();
    if (!view || !chart) return;
    this.size.observe(chart);
    if (view.empty) {
      this.settle();
      return;
    }
    if (this.status === 'error') return;
    const known = this.size.width;
    if (known > 0 && this.drawnFor && this.drawnFor.view === view && this.drawnFor.width === known) return;
    // A drawing of this view is on its way and reads the width when it draws: nothing to add.
    if (this.scheduled === view) return;
    this.scheduled = view;
    this.status = 'pending';
    const id = ++this.runId;
    const running: Promise<void> = this.run(id, view)
      .catch((error: unknown) => console.error('inclusion-chart: drawing failed', error))
      .finally(() => {
        if (this.running === running) this.running = undefined;
        if (id !== this.runId) return;
        this.scheduled = undefined;
        if (this.status === 'pending') this.status = 'complete';
        this.settle();
      });
    this.running = running;
  }

  private async run(id: number, view: ChartView): Promise<void> {
    const current = (): boolean => id === this.runId && view === this.options.view();
    const waitStarted = performance.now();
    let render: Renderer;
    try {
      render = await loadRenderer(view.type);
    } catch (error) {
      if (current()) this.fail(error);
      return;
    } finally {
      performance.measure('inclusion:chart-load', { start: waitStarted });
    }
    if (!current()) return;
    // Never in the task that asked: validating, building the view and rendering the shell already fill
    // it (10 000 points, or 50 charts at once), and together they would block the page. A small first
    // drawing goes into the next frame, laid out and painted with its shell; a large one, or a redraw
    // (the width is known), into the next task.
    await (this.size.width > 0 ? afterThisTask() : beforeNextPaint(firstDrawingMarks(view)));
    if (!current()) return;
    // Read phase: every chart resumed by the same task reads before any of them writes.
    const width = this.size.width || this.size.measure();
    await Promise.resolve();
    // Write phase.
    if (!current() || width <= 0) return; // hidden: drawn when the ResizeObserver reports a width
    if (this.drawnFor && this.drawnFor.view === view && this.drawnFor.width === width) return;
    this.draw(render, view, this.size.width || width);
    const drawn = this.drawn;
    if (!drawn?.drawNext) return;
    // Drawn in slices: the first one is on screen, so `state` may say `ready`; the others follow a slice
    // per frame, each once the last was painted, until a newer run takes over. The width is read, so a
    // resize from now on starts a new run.
    this.scheduled = undefined;
    this.settle();
    do {
      await new Promise<void>((resolve) => afterNextPaint(resolve));
      if (!current() || this.drawn !== drawn) return;
    } while (drawn.drawNext());
  }

  private draw(render: Renderer, view: ChartView, width: number): void {
    const canvas = this.options.canvas();
    if (!canvas) return;
    const started = performance.now();
    const drawn = render(view, { width, document: this.host.ownerDocument, measure: this.options.measure });
    this.options.onReplace(() => {
      canvas.replaceChildren(drawn.svg);
      performance.measure('inclusion:chart-draw', { start: started });
      canvas.classList.add('drawn');
      this.drawn = drawn;
      this.drawnFor = { view, width };
    });
  }

  private fail(reason: unknown): void {
    this.status = 'error';
    this.host.requestUpdate();
    this.options.onFailure(reason instanceof Error ? reason.message : String(reason));
  }

  /** The first drawing is on screen, or cannot be made yet: `state` may now say `ready`. */
  private settle(): void {
    if (this.settled) return;
    this.settled = true;
    this.host.requestUpdate();
  }
}
