/**
 * The sizes of the Plot-drawn forms that do not depend on measuring text, in one place: the forms draw
 * with them, and a server uses them to keep a chart's box at the height its drawing will have (the
 * drawing is made in the browser, at the width the chart gets there). Small and free of Plot and d3, so
 * the element can import it.
 */
import type { ChartView } from '../chart-model.js';
import { isRegionCode } from '../../../regions/codes.js';

/** Below this width, long names (of metrics compared, of categories) stand above their bars. */
export const NAMES_ABOVE_BELOW = 480;
/** Height of a line of a name written beside or above its bars. */
export const NAME_LINE = 16;
/** A name takes at most this many lines; above its bars, the room for them is always kept. */
export const NAME_LINES = 2;
export const NAME_ROOM = NAME_LINE * NAME_LINES;
/** Lines of 12 px text in two lines are apart by this many of its 12 px: room for accents (Ё, Ұ) between them. */
export const NAME_LINE_EMS = 1.15;
/** Room under bars that carry their names above and their values beside (no scale beneath). */
export const BARS_BOTTOM_UNSCALED = 4;

/** Names of regions and periods are short and stay beside their bars; any others may go above. */
export function namesMayGoAbove(view: Pick<ChartView, 'axis' | 'categories'>): boolean {
  return !view.categories.every((category) => view.axis === 'time' || isRegionCode(category.key));
}

/** Bars are at least this thick: a pointer target of 24 px. */
export const BAR = 24;
export const GROUP_GAP = 12;

/** Room above and below the plot area of each form (below: the axis labels when they lie flat). */
export const MARGINS = {
  bars: { top: 8, bottom: 28 },
  columns: { top: 22, bottom: 28 },
  lines: { top: 16, bottom: 28 },
} as const;

/** A line or area chart draws one element per value up to this many values; beyond, a cursor walks the series. */
export const MAX_MARK_ELEMENTS = 600;
/** Above this many categories (of one series), bars are drawn in slices of BAR_SLICE, one a frame. */
export const SLICED_ABOVE = 400;
export const BAR_SLICE = 100;

/**
 * About how many marks a view's first drawing makes: what decides whether it fits in a frame. A line too
 * long for an element per value is a path thinned to its pixels, which costs no more than the longest line
 * drawn with an element per value; a long list of bars is drawn a slice first.
 */
export function firstDrawingMarks(view: Pick<ChartView, 'type' | 'series'>): number {
  const points = view.series.reduce((sum, series) => sum + series.points.length, 0);
  if (view.type === 'line' || view.type === 'area') return Math.min(points, MAX_MARK_ELEMENTS);
  if (view.type === 'bar' && view.series.length === 1 && points > SLICED_ABOVE) return BAR_SLICE;
  return points;
}

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
export function drawingHeightCss(
  view: Pick<ChartView, 'type' | 'axis' | 'series' | 'categories' | 'empty'>,
): string[] | undefined {
  if (view.empty) return undefined;
  const flexible = ({ top, bottom }: { top: number; bottom: number }): string[] => {
    const plot = `clamp(${PLOT_HEIGHT.min}px, ${PLOT_HEIGHT.perWidth * 100}cqi, ${PLOT_HEIGHT.max}px)`;
    // Rounded to whole pixels as plotHeight() is, where the browser has round().
    return [`calc(${top + bottom}px + ${plot})`, `calc(${top + bottom}px + round(${plot}, 1px))`];
  };
  switch (view.type) {
    case 'bar': {
      const n = view.categories.length;
      const beside = MARGINS.bars.top + n * (view.series.length * BAR + GROUP_GAP) + MARGINS.bars.bottom;
      const above = MARGINS.bars.top + n * (NAME_ROOM + view.series.length * BAR + GROUP_GAP) + BARS_BOTTOM_UNSCALED;
      if (!namesMayGoAbove(view) || above <= beside) return [`${beside}px`];
      // A step at NAMES_ABOVE_BELOW: the huge factor makes the middle term jump from below `beside` to
      // above `above` as the container narrows past it.
      return [`${beside}px`, `clamp(${beside}px, (${NAMES_ABOVE_BELOW}px - 100cqi) * 1000, ${above}px)`];
    }
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
