/**
 * What the Plot-drawn chart forms share: sizes, the render transform that names each mark after its
 * datum, series paint, linear domains and ticks, axis labels, and the clean-up every drawing goes
 * through (`drawing.ts`).
 *
 * Scales are linear over category or period indices rather than Plot's band scales: it lets grouped and
 * stacked bars, "no data" boxes and the 10 000-point line share one geometry, with pixel-exact room for
 * labels that are measured and fitted to the width.
 */
import * as Plot from '@observablehq/plot';
import { scaleLinear } from 'd3-scale';
import type { GridPosition } from '../../../a11y/keyboard-navigation.js';
import { formatValue } from '../../../i18n/index.js';
import type { ChartPoint, ChartView } from '../chart-model.js';
import {
  cleanSvg,
  MARK_GROUP,
  nameMark,
  positionOfMark,
  structureSvg,
  type DrawnChart,
  type DrawOptions,
} from '../drawing.js';
import { spreadTicks } from '../label-fit.js';
import { fillClass, patternFill } from '../palette.js';

export { BAR, GROUP_GAP } from './sizes.js';
export const LABEL_GAP = 6;

/** A drawing's box: its size and the margins around the plot area. */
export interface PlotFrame {
  readonly document: Document;
  readonly width: number;
  readonly height: number;
  readonly marginTop: number;
  readonly marginRight: number;
  readonly marginBottom: number;
  readonly marginLeft: number;
}

/**
 * A Plot figure on two linear scales and none of Plot's own axes: each form draws its ticks and names,
 * measured to fit. `yRange` pins the vertical scale's pixels where the plot area is not the frame's.
 */
export function linearPlot(
  frame: PlotFrame,
  xDomain: readonly number[],
  yDomain: readonly number[],
  marks: Plot.Markish[],
  yRange?: readonly [number, number],
): ReturnType<typeof Plot.plot> {
  return Plot.plot({
    ...frame,
    x: { type: 'linear', domain: xDomain, axis: null },
    y: { type: 'linear', domain: yDomain, ...(yRange ? { range: yRange } : {}), axis: null },
    marks,
  });
}

export interface Tagged {
  readonly point: ChartPoint;
}

/** A render transform that names each rendered child after the datum it was drawn from. */
export function tagMarks<T extends Tagged>(data: readonly T[]): Plot.RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const group = next!(index, scales, values, dimensions, context);
    if (!group) return group;
    const children = group.children;
    for (let k = 0; k < index.length && k < children.length; k += 1) nameMark(children[k]!, data[index[k]!]!.point);
    return group;
  };
}

/**
 * Marks each written category name (the `category-label` axis or text mark) with the category it names,
 * `data-label-col`, so a tooltip can keep clear of the focused mark's name. `cols[k]` is the category of
 * the k-th name written.
 */
export function tagCategoryLabels(svg: SVGSVGElement, cols: readonly number[]): void {
  const names = svg.querySelectorAll('.category-label text');
  names.forEach((name, k) => {
    const col = cols[k];
    if (col !== undefined) name.setAttribute('data-label-col', String(col));
  });
}

export const markClass = (row: number, ...rest: string[]): string => [MARK_GROUP, `row-${row}`, ...rest].join(' ');

/** Bars of one series: solid when alone; with several series, hue and texture both tell them apart. */
export function seriesPaint(row: number, rows: number): { className: string; fill?: string } {
  const pattern = rows > 1 ? patternFill(row) : undefined;
  return pattern
    ? { className: markClass(row, 'bars', 'patterned'), fill: pattern }
    : { className: markClass(row, 'bars', fillClass(rows > 1 ? row : 0)) };
}

/** A nice linear domain that always holds 0 (bars start at the baseline). */
export function niceDomain(values: readonly number[], includeZero: boolean): [number, number] {
  let lo = Math.min(...values, ...(includeZero ? [0] : []));
  let hi = Math.max(...values, ...(includeZero ? [0] : []));
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [0, 1];
  if (lo === hi) [lo, hi] = lo === 0 ? [0, 1] : lo > 0 ? [0, hi] : [lo, 0];
  const [a = lo, b = hi] = scaleLinear().domain([lo, hi]).nice(5).domain();
  return [a, b];
}

/** Tick values of a linear domain for about `count` ticks. */
export function ticksOf(domain: [number, number], count: number): number[] {
  return scaleLinear().domain(domain).ticks(count);
}

/**
 * The widest axis label. Periods of a long series are alike in length ("12 мая 2001 г."), so a spread
 * sample of them stands for all; category names are all measured (they are few and vary).
 */
export function widestLabel(view: ChartView, measure: DrawOptions['measure']): number {
  const indices = view.axis === 'time' ? spreadTicks(view.categories.length, 64) : view.categories.map((_, i) => i);
  return Math.max(0, ...indices.map((i) => measure(view.categories[i]!.short)));
}

/**
 * Ticks of a linear domain drawn `plotWidth` px wide, as many as leave a gap between their numbers: a
 * wide number ("20 мың", "more than 1,000") takes fewer.
 */
export function fittingTicks(
  domain: [number, number],
  plotWidth: number,
  format: (value: number) => string,
  measure: DrawOptions['measure'],
): number[] {
  for (let count = Math.max(2, Math.floor(plotWidth / 90)); count > 1; count -= 1) {
    const ticks = ticksOf(domain, count);
    const apart = ticks.length > 1 ? (plotWidth * (ticks[1]! - ticks[0]!)) / (domain[1] - domain[0]) : plotWidth;
    if (Math.max(...ticks.map((t) => measure(format(t)))) + 12 <= apart) return ticks;
  }
  return ticksOf(domain, 1);
}

export function tickFormatter(view: ChartView): (value: number) => string {
  const format = view.series[0]?.format ?? 'number';
  return (value) => formatValue(value, format, view.locale, { compact: view.compact });
}

/**
 * Plot hangs `scale` and `legend` functions on the SVG it returns, and the SVG lives as long as the chart.
 * `scale` holds the drawing's scales; Plot's own `legend` holds every channel and mark too (the trimmed
 * build's stand-in holds nothing). A form takes the scales it needs first, then lets them go here.
 */
function forgetPlotInternals(svg: SVGSVGElement): void {
  const figure = svg as SVGSVGElement & { scale?: unknown; legend?: unknown };
  delete figure.scale;
  delete figure.legend;
}

export function finish(svg: SVGSVGElement, view: ChartView, width: number, height: number): SVGSVGElement {
  const started = performance.now();
  forgetPlotInternals(svg);
  cleanSvg(svg);
  structureSvg(svg, view, width, height);
  performance.measure('inclusion:chart-a11y', { start: started });
  return svg;
}

export function markFinder(svg: SVGSVGElement): (position: GridPosition) => SVGElement | undefined {
  const marks = new Map<string, SVGElement>();
  svg
    .querySelectorAll<SVGElement>('[data-row][data-col]')
    .forEach((mark) => marks.set(`${mark.getAttribute('data-row')}:${mark.getAttribute('data-col')}`, mark));
  return (position) => marks.get(`${position.row}:${position.col}`);
}

/**
 * The pointer's pick on bars and columns, whose marks may be thinner than a fingertip: the mark of the
 * category under the pointer (`bandOf`: its band across the whole slot) nearest to it `across` the band
 * (which series' bar), then along it (which part of a stack). So a 4 px bar is as easy to hover or tap as
 * its band is wide.
 */
export function nearestInBand(
  svg: SVGSVGElement,
  across: 'x' | 'y',
  bandOf: (x: number, y: number) => number | undefined,
): (x: number, y: number) => GridPosition | undefined {
  return (x, y) => {
    const col = bandOf(x, y);
    if (col === undefined) return undefined;
    let best: { mark: Element; across: number; along: number } | undefined;
    for (const mark of svg.querySelectorAll<SVGGraphicsElement>(`.mark[data-col="${col}"]`)) {
      const box = mark.getBBox();
      const dx = Math.max(box.x - x, 0, x - box.x - box.width);
      const dy = Math.max(box.y - y, 0, y - box.y - box.height);
      const [a, b] = across === 'x' ? [dx, dy] : [dy, dx];
      if (!best || a < best.across || (a === best.across && b < best.along)) best = { mark, across: a, along: b };
    }
    return best && positionOfMark(best.mark);
  };
}

/** What every Plot-drawn form hands back; bars and columns add `nearest`, lines may walk a cursor too. */
export function drawnChart(
  svg: SVGSVGElement,
  width: number,
  height: number,
  nearest?: DrawnChart['nearest'],
): DrawnChart {
  return {
    svg,
    width,
    height,
    virtualRows: false,
    markAt: markFinder(svg),
    positionOf: positionOfMark,
    ...(nearest ? { nearest } : {}),
  };
}
