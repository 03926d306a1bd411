/**
 * Bar, column, stacked, line and area charts drawn with Observable Plot, one form a module. Loaded
 * lazily by `<inclusion-chart>` (renderers.ts), so a page with only KPI tiles never downloads Plot.
 * Every data mark is tagged in a render transform with its grid position (plot-parts.ts), then
 * `drawing.ts` names it and cleans Plot's output.
 */
import type { ChartView } from '../chart-model.js';
import type { DrawnChart, DrawOptions } from '../drawing.js';
import { drawBars } from './bars.js';
import { drawColumns } from './columns.js';
import { drawLines } from './lines.js';
import { drawSingleStack } from './single-stack.js';

export function drawPlot(view: ChartView, options: DrawOptions): DrawnChart {
  switch (view.type) {
    case 'bar':
      return drawBars(view, options);
    case 'line':
    case 'area':
      return drawLines(view, options);
    case 'stacked':
      return view.series.length > 1 ? drawColumns(view, options, true) : drawSingleStack(view, options);
    default:
      return drawColumns(view, options, false);
  }
}
