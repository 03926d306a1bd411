/**
 * The drawing code, fetched on demand: Observable Plot (bar, column, stacked, line and area charts) or
 * d3-shape (the donut). A page that only shows KPI tiles, or only defines the chart element, downloads
 * none of it.
 */
import type { ChartType } from './chart-messages.js';
import type { ChartView } from './chart-model.js';
import type { DrawnChart, DrawOptions } from './drawing.js';

export type Renderer = (view: ChartView, options: DrawOptions) => DrawnChart;

let plotRenderer: Promise<Renderer> | undefined;
let donutRenderer: Promise<Renderer> | undefined;

/**
 * The renderer for charts of `type`, fetched once for every chart of the page: `import()` is asked only
 * when nothing is loaded or loading, since each call costs a module-map lookup and two promises, and every
 * chart asks at least twice (when it is created and when it draws).
 */
export function loadRenderer(type: ChartType): Promise<Renderer> {
  if (type === 'donut') {
    return (donutRenderer ??= forgetOnFailure(
      import('./forms/render-donut.js').then((module) => module.drawDonut),
      () => (donutRenderer = undefined),
    ));
  }
  return (plotRenderer ??= forgetOnFailure(
    import('./forms/render-plot.js').then((module) => module.drawPlot),
    () => (plotRenderer = undefined),
  ));
}

/** A failed import is not kept: browsers fetch a failed dynamic import again, so a retry can succeed. */
function forgetOnFailure<T>(loading: Promise<T>, forget: () => void): Promise<T> {
  return loading.catch((error: unknown) => {
    forget();
    throw error;
  });
}

/** Starts fetching the renderer a chart of this `type` attribute will need; failures surface when drawing. */
export function preloadRenderer(type: string | undefined): void {
  // An absent or unknown type is a bar or line chart (`defaultType`), drawn by Plot.
  loadRenderer(type === 'donut' ? 'donut' : 'line').catch(() => undefined);
}
