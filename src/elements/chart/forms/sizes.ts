/**
 * The sizes of the Plot-drawn forms that do not depend on measuring text, in one place: the forms draw
 * with them, and a server uses them to keep a chart's box at the height its drawing will have (the
 * drawing is made in the browser, at the width the chart gets there). Small and free of Plot and d3, so
 * the element can import it.
 */
import type { ChartView } from '../chart-view.js';

/** Bars are at least this thick: a pointer target of 24 px. */
export const BAR = 24;
export const GROUP_GAP = 12;

/** Room above and below the plot area of each form (below: the axis labels when they lie flat). */
export const MARGINS = {
  bars: { top: 8, bottom: 28 },
  columns: { top: 22, bottom: 28 },
  lines: { top: 16, bottom: 28 },
} as const;

const PLOT_HEIGHT = { min: 200, max: 360, perWidth: 0.45 } as const;

/** The plot area's height in a column, line or area chart `width` px wide. */
export function plotHeight(width: number): number {
  return Math.round(Math.min(PLOT_HEIGHT.max, Math.max(PLOT_HEIGHT.min, width * PLOT_HEIGHT.perWidth)));
}

/**
 * The drawing's height as CSS values, for a box inside a container (`cqi`) as wide as the drawing; a
 * later value is more exact but newer (a browser keeps the last one it understands). Undefined for the
 * forms whose height depends on measured labels (category columns, whose names may stand upright) or on
 * more than the width (a single stack, a donut).
 */
export function drawingHeightCss(view: Pick<ChartView, 'type' | 'axis' | 'series' | 'categories' | 'empty'>): string[] | undefined {
  if (view.empty) return undefined;
  const flexible = ({ top, bottom }: { top: number; bottom: number }): string[] => {
    const plot = `clamp(${PLOT_HEIGHT.min}px, ${PLOT_HEIGHT.perWidth * 100}cqi, ${PLOT_HEIGHT.max}px)`;
    // Rounded to whole pixels as plotHeight() is, where the browser has round().
    return [`calc(${top + bottom}px + ${plot})`, `calc(${top + bottom}px + round(${plot}, 1px))`];
  };
  switch (view.type) {
    case 'bar':
      return [`${MARGINS.bars.top + view.categories.length * (view.series.length * BAR + GROUP_GAP) + MARGINS.bars.bottom}px`];
    case 'line':
    case 'area':
      return flexible(MARGINS.lines);
    case 'column':
      return view.axis === 'time' ? flexible(MARGINS.columns) : undefined;
    case 'stacked':
      return view.axis === 'time' && view.series.length > 1 ? flexible(MARGINS.columns) : undefined;
    default:
      return undefined;
  }
}
