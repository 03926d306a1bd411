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

/** Above this many categories (of one series), bars are drawn in slices, names always beside them. */
export const SLICED_ABOVE = 400;
/** Height of a category's name written above its bars. */
export const LABEL_LINE = 16;
/** Names longer than this share of the width go above their bars, whole, instead of cut short beside them. */
export const SIDE_LABEL_SHARE = 0.38;
/** Room between a bar's name and the bar. */
export const LABEL_GAP = 6;
/**
 * A server cannot measure text: it guesses a name's width from its length, at an average glyph of the
 * 12 px label font. A wrong guess only matters for a chart whose width is near the one where names move
 * above their bars.
 */
const GUESSED_GLYPH_PX = 6.6;

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
      return [`${barsHeight(view, false)}px`];
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

/** Bars' height with names beside them (and a scale beneath), or above them (no scale: values say it). */
function barsHeight(view: Pick<ChartView, 'series' | 'categories'>, above: boolean): number {
  const slot = (above ? LABEL_LINE : 0) + view.series.length * BAR + GROUP_GAP;
  return MARGINS.bars.top + view.categories.length * slot + (above ? 4 : MARGINS.bars.bottom);
}

/**
 * The widest bar chart (px) whose names a server guesses go above the bars, where they take more height;
 * undefined for any other form. For a container query around `drawingHeightCss`'s values.
 */
export function barsNamesAboveBelow(view: Pick<ChartView, 'type' | 'series' | 'categories' | 'empty'>):
  { width: number; height: string } | undefined {
  if (view.empty || view.type !== 'bar') return undefined;
  if (view.series.length === 1 && view.categories.length > SLICED_ABOVE) return undefined;
  const longest = Math.max(0, ...view.categories.map((category) => category.short.length));
  const width = Math.floor((longest * GUESSED_GLYPH_PX + 2 * LABEL_GAP) / SIDE_LABEL_SHARE);
  return { width, height: `${barsHeight(view, true)}px` };
}
