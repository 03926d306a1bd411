/**
 * Bar, column, stacked, line and area charts drawn with Observable Plot. Loaded lazily by
 * `<inclusion-chart>` (`import('./render-plot.js')`), so a page with only KPI tiles never downloads Plot.
 *
 * Scales are linear over category or period indices rather than Plot's band scales: it lets grouped and
 * stacked bars, "no data" boxes and the 10 000-point line share one geometry, with pixel-exact room for
 * labels that are measured and fitted to the width (C12). Every data mark is tagged in a render transform
 * with its grid position, then `drawing.ts` names it and cleans Plot's output.
 */
import * as Plot from '@observablehq/plot';
import { scaleLinear } from 'd3-scale';
import type { GridPosition } from '../../a11y/keyboard-navigation.js';
import { total } from '../../a11y/summary.js';
import { formatQualified, formatValue, messages } from '../../i18n/index.js';
import type { ChartPoint, ChartView } from './chart-view.js';
import { downsample } from './downsample.js';
import { cleanSvg, MARK_GROUP, nameMark, positionOfMark, structureSvg, svgElement, type DrawnChart, type DrawOptions } from './drawing.js';
import { spreadTicks, truncate } from './label-fit.js';
import { fillClass, patternFill } from './palette.js';

/** Bars are at least this thick (C17: pointer targets of 24 px). */
const BAR = 24;
const GROUP_GAP = 12;
const LABEL_GAP = 6;
/** One element per value up to this many values; beyond, a moving cursor walks the series. */
export const MAX_MARK_ELEMENTS = 600;

interface Tagged {
  readonly point: ChartPoint;
}

/** A render transform that names each rendered child after the datum it was drawn from. */
function tagMarks<T extends Tagged>(data: readonly T[]): Plot.RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const group = next!(index, scales, values, dimensions, context);
    if (!group) return group;
    const children = group.children;
    for (let k = 0; k < index.length && k < children.length; k += 1) nameMark(children[k]!, data[index[k]!]!.point);
    return group;
  };
}

const markClass = (row: number, ...rest: string[]): string => [MARK_GROUP, `row-${row}`, ...rest].join(' ');

/** Bars of one series: solid when alone; with several series, hue and texture both tell them apart (C8). */
function seriesPaint(row: number, rows: number): { className: string; fill?: string } {
  const pattern = rows > 1 ? patternFill(row) : undefined;
  return pattern ? { className: markClass(row, 'bars', 'patterned'), fill: pattern } : { className: markClass(row, 'bars', fillClass(rows > 1 ? row : 0)) };
}

/** A nice linear domain that always holds 0 (bars start at the baseline). */
function niceDomain(values: readonly number[], includeZero: boolean): [number, number] {
  let lo = Math.min(...values, ...(includeZero ? [0] : []));
  let hi = Math.max(...values, ...(includeZero ? [0] : []));
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [0, 1];
  if (lo === hi) [lo, hi] = lo === 0 ? [0, 1] : lo > 0 ? [0, hi] : [lo, 0];
  const [a = lo, b = hi] = scaleLinear().domain([lo, hi]).nice(5).domain();
  return [a, b];
}

/** Tick values of a linear domain for about `count` ticks. */
function ticksOf(domain: [number, number], count: number): number[] {
  return scaleLinear().domain(domain).ticks(count);
}

/**
 * The widest axis label. Periods of a long series are alike in length ("12 мая 2001 г."), so a spread
 * sample of them stands for all; category names are all measured (they are few and vary).
 */
function widestLabel(view: ChartView, measure: DrawOptions['measure']): number {
  const indices = view.axis === 'time' ? spreadTicks(view.categories.length, 64) : view.categories.map((_, i) => i);
  return Math.max(0, ...indices.map((i) => measure(view.categories[i]!.short)));
}

function tickFormatter(view: ChartView): (value: number) => string {
  const format = view.series[0]?.format ?? 'number';
  return (value) => formatValue(value, format, view.locale, { compact: view.compact });
}

function finish(svg: SVGSVGElement, view: ChartView, width: number, height: number): SVGSVGElement {
  const started = performance.now();
  cleanSvg(svg);
  structureSvg(svg, view, width, height);
  performance.measure('inclusion:chart-a11y', { start: started });
  return svg;
}

function markFinder(svg: SVGSVGElement): (position: GridPosition) => SVGElement | undefined {
  const marks = new Map<string, SVGElement>();
  svg.querySelectorAll<SVGElement>('[data-row][data-col]').forEach((mark) => marks.set(`${mark.getAttribute('data-row')}:${mark.getAttribute('data-col')}`, mark));
  return (position) => marks.get(`${position.row}:${position.col}`);
}

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

// ---------------------------------------------------------------------------------------------------
// Horizontal bars: categories top to bottom, one bar per series in each category's slot.

function drawBars(view: ChartView, { width, document, measure }: DrawOptions): DrawnChart {
  const n = view.categories.length;
  const rows = view.series.length;
  const slot = rows * BAR + GROUP_GAP;
  const noData = messages(view.locale).noData;
  const points = view.series.flatMap((series) => series.points);
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));

  const labelWidth = Math.max(0, ...view.categories.map((c) => measure(c.short)));
  const marginLeft = Math.round(Math.min(labelWidth + 2 * LABEL_GAP, width * 0.38));
  const directWidth = Math.max(measure(noData), ...points.map((p) => measure(p.short)));
  let marginRight = Math.round(Math.min(directWidth + 2 * LABEL_GAP, width * 0.3));
  const direct = width - marginLeft - marginRight >= 100;
  if (!direct) marginRight = 12;
  const marginTop = 8;
  const marginBottom = 28;
  const height = marginTop + n * slot + marginBottom;
  const plotWidth = width - marginLeft - marginRight;

  const domain = niceDomain(values, true);
  const unitsPerPx = (domain[1] - domain[0]) / Math.max(1, plotWidth);
  const y1 = (p: ChartPoint): number => p.col + (GROUP_GAP / 2 + p.row * BAR) / slot;
  const y2 = (p: ChartPoint): number => y1(p) + BAR / slot;
  const tagged = points.map((point) => ({ point }));
  const known = tagged.filter((d) => d.point.value !== null);
  const missing = tagged.filter((d) => d.point.value === null);
  const boxWidth = (measure(noData) + 2 * LABEL_GAP) * unitsPerPx;
  const labels = view.categories.map((c) => truncate(c.short, marginLeft - 2 * LABEL_GAP, measure));
  const xTicks = ticksOf(domain, Math.max(2, Math.floor(plotWidth / 90)));

  const marks: Plot.Markish[] = [
    // Grid lines are plain rules at the ticks: the lines gridX draws, without the axis machinery it runs
    // first (on a fresh page, compiling that cost a column chart 9 to 15 ms).
    Plot.ruleX(xTicks, { className: 'grid' }),
    Plot.axisX({ ticks: xTicks, tickFormat: tickFormatter(view), label: null, className: 'axis' }),
    Plot.axisY({ ticks: view.categories.map((_, i) => i + 0.5), tickFormat: (t: number) => labels[Math.floor(t)] ?? '', tickSize: 0, label: null, className: 'axis' }),
  ];
  for (let row = 0; row < rows; row += 1) {
    const mine = known.filter((d) => d.point.row === row);
    marks.push(Plot.rect(mine, {
      x1: 0, x2: (d: Tagged) => d.point.value, y1: (d: Tagged) => y1(d.point), y2: (d: Tagged) => y2(d.point),
      ...seriesPaint(row, rows), render: tagMarks(mine),
    }));
    const gaps = missing.filter((d) => d.point.row === row);
    marks.push(Plot.rect(gaps, {
      x1: 0, x2: boxWidth, y1: (d: Tagged) => y1(d.point), y2: (d: Tagged) => y2(d.point),
      className: markClass(row, 'no-data-boxes'), render: tagMarks(gaps),
    }));
  }
  marks.push(Plot.text(missing, {
    x: LABEL_GAP * unitsPerPx, y: (d: Tagged) => (y1(d.point) + y2(d.point)) / 2, text: () => noData, textAnchor: 'start', className: 'no-data-label',
  }));
  if (direct) {
    const positive = known.filter((d) => d.point.value! >= 0);
    const negative = known.filter((d) => d.point.value! < 0);
    const at = (d: Tagged): number => (y1(d.point) + y2(d.point)) / 2;
    marks.push(Plot.text(positive, { x: (d: Tagged) => d.point.value, y: at, text: (d: Tagged) => d.point.short, textAnchor: 'start', dx: LABEL_GAP, className: 'value-label' }));
    marks.push(Plot.text(negative, { x: (d: Tagged) => d.point.value, y: at, text: (d: Tagged) => d.point.short, textAnchor: 'end', dx: -LABEL_GAP, className: 'value-label' }));
  }
  marks.push(Plot.ruleX([0], { className: 'baseline' }));

  const svg = Plot.plot({
    document, width, height, marginTop, marginRight, marginBottom, marginLeft,
    x: { type: 'linear', domain, axis: null },
    y: { type: 'linear', domain: [n, 0], axis: null },
    marks,
  }) as SVGSVGElement;
  finish(svg, view, width, height);
  return { svg, width, height, virtualRows: false, markAt: markFinder(svg), positionOf: positionOfMark };
}

// ---------------------------------------------------------------------------------------------------
// Columns: categories left to right; grouped side by side, or stacked (several metrics).

interface StackedDatum extends Tagged {
  readonly lo: number;
  readonly hi: number;
}

function axisLabelLayout(view: ChartView, plotWidth: number, measure: DrawOptions['measure']): {
  ticks: number[];
  rotate: boolean;
  marginBottom: number;
  labels: string[];
} {
  const n = view.categories.length;
  const slotWidth = plotWidth / Math.max(1, n);
  const widest = widestLabel(view, measure);
  const every = Math.max(1, Math.ceil((widest + 8) / slotWidth));
  if (every === 1) return { ticks: view.categories.map((_, i) => i), rotate: false, marginBottom: 28, labels: view.categories.map((c) => c.short) };
  if (view.axis === 'time') {
    const ticks = spreadTicks(n, Math.max(2, Math.floor(plotWidth / (widest + 16))));
    return { ticks, rotate: false, marginBottom: 28, labels: view.categories.map((c) => c.short) };
  }
  // Names of categories: turn them upright, cut to a readable length, and thin them out only if even
  // upright they would touch (the full names stay in the marks' names and the table).
  const room = 110;
  const labels = view.categories.map((c) => truncate(c.short, room, measure));
  const rotatedWidest = Math.max(...labels.map((label) => measure(label)));
  const step = Math.max(1, Math.ceil(16 / slotWidth));
  const ticks = view.categories.map((_, i) => i).filter((i) => i % step === 0);
  return { ticks, rotate: true, marginBottom: Math.ceil(rotatedWidest) + 14, labels };
}

function drawColumns(view: ChartView, { width, document, measure }: DrawOptions, stacked: boolean): DrawnChart {
  const n = view.categories.length;
  const rows = view.series.length;
  const noData = messages(view.locale).noData;
  const points = view.series.flatMap((series) => series.points);
  const tagged = points.map((point) => ({ point }));

  // Stack positive values up and negative values down from 0, series in order.
  const stackedData: StackedDatum[] = [];
  const tops = new Array<number>(n).fill(0);
  const bottoms = new Array<number>(n).fill(0);
  if (stacked) {
    for (const d of tagged) {
      const value = d.point.value;
      if (value === null) continue;
      const col = d.point.col;
      if (value >= 0) {
        stackedData.push({ ...d, lo: tops[col]!, hi: tops[col]! + value });
        tops[col]! += value;
      } else {
        stackedData.push({ ...d, lo: bottoms[col]! + value, hi: bottoms[col]! });
        bottoms[col]! += value;
      }
    }
  }
  const values = stacked ? [...tops, ...bottoms] : points.flatMap((p) => (p.value === null ? [] : [p.value]));
  let domain = niceDomain(values, true);
  const format = tickFormatter(view);
  const yTicks = ticksOf(domain, 5);
  const marginLeft = Math.ceil(Math.max(...yTicks.map((t) => measure(format(t))), 10) + 2 * LABEL_GAP);
  const marginRight = 12;
  const plotWidth = width - marginLeft - marginRight;
  const layout = axisLabelLayout(view, plotWidth, measure);
  const marginTop = 22;
  const plotHeight = Math.round(Math.min(360, Math.max(200, width * 0.45)));
  const height = marginTop + plotHeight + layout.marginBottom;
  const slotWidth = plotWidth / Math.max(1, n);
  let unitsPerPx = (domain[1] - domain[0]) / plotHeight;

  // Room above the tallest column for "no data" boxes and labels.
  const missing = tagged.filter((d) => d.point.value === null);
  const boxHeight = stacked ? 10 : BAR;
  if (missing.length > 0) {
    const needed = Math.max(0, ...missing.map((d) => (stacked ? tops[d.point.col]! : 0))) + (boxHeight * rows + 4) * unitsPerPx;
    if (needed > domain[1]) {
      domain = niceDomain([...values, needed], true);
      unitsPerPx = (domain[1] - domain[0]) / plotHeight;
    }
  }

  const columnShare = stacked ? Math.min(0.7, 64 / slotWidth) : Math.min(0.8, (48 * rows) / slotWidth);
  const columnWidth = columnShare / (stacked ? 1 : rows);
  const x1 = (p: ChartPoint): number => p.col + (1 - columnShare) / 2 + (stacked ? 0 : p.row * columnWidth);
  const x2 = (p: ChartPoint): number => x1(p) + columnWidth;

  const marks: Plot.Markish[] = [
    Plot.ruleY(yTicks, { className: 'grid' }), // gridY's lines (see drawBars)
    Plot.axisY({ ticks: yTicks, tickFormat: format, label: null, className: 'axis' }),
    Plot.axisX({
      ticks: layout.ticks.map((i) => i + 0.5), tickFormat: (t: number) => layout.labels[Math.floor(t)] ?? '', tickSize: 0, label: null, className: 'axis',
      ...(layout.rotate ? { tickRotate: -90, textAnchor: 'end' as const } : {}),
    }),
  ];
  for (let row = 0; row < rows; row += 1) {
    if (stacked) {
      const mine = stackedData.filter((d) => d.point.row === row);
      const pattern = patternFill(row);
      marks.push(Plot.rect(mine, {
        x1: (d: StackedDatum) => x1(d.point), x2: (d: StackedDatum) => x2(d.point), y1: (d: StackedDatum) => d.lo, y2: (d: StackedDatum) => d.hi,
        className: markClass(row, 'segments', pattern ? 'patterned' : fillClass(row)), ...(pattern ? { fill: pattern } : {}), render: tagMarks(mine),
      }));
    } else {
      const mine = tagged.filter((d) => d.point.row === row && d.point.value !== null);
      marks.push(Plot.rect(mine, {
        x1: (d: Tagged) => x1(d.point), x2: (d: Tagged) => x2(d.point), y1: 0, y2: (d: Tagged) => d.point.value,
        ...seriesPaint(row, rows), render: tagMarks(mine),
      }));
    }
    const gaps = missing.filter((d) => d.point.row === row);
    // A dashed box where a value is missing: on the baseline, or on top of the stack (never a 0-high bar).
    const base = (p: ChartPoint): number => (stacked ? tops[p.col]! + missing.filter((m) => m.point.col === p.col && m.point.row < p.row).length * (boxHeight + 2) * unitsPerPx : 0);
    marks.push(Plot.rect(gaps, {
      x1: (d: Tagged) => x1(d.point), x2: (d: Tagged) => x2(d.point), y1: (d: Tagged) => base(d.point), y2: (d: Tagged) => base(d.point) + boxHeight * unitsPerPx,
      className: markClass(row, 'no-data-boxes'), render: tagMarks(gaps),
    }));
  }

  // Direct labels above columns when they fit the slot: the value itself, so colour never carries it alone.
  const fits = (text: string): boolean => measure(text) <= slotWidth * (stacked ? 1 : columnWidth) - 2;
  if (!stacked) {
    const labelled = tagged.filter((d) => fits(d.point.short));
    const top = (d: Tagged): number => (d.point.value === null ? boxHeight * unitsPerPx : d.point.value);
    marks.push(Plot.text(labelled.filter((d) => (d.point.value ?? 0) >= 0), {
      x: (d: Tagged) => (x1(d.point) + x2(d.point)) / 2, y: top, text: (d: Tagged) => d.point.short, dy: -LABEL_GAP, lineAnchor: 'bottom', className: 'value-label',
    }));
    marks.push(Plot.text(labelled.filter((d) => (d.point.value ?? 0) < 0), {
      x: (d: Tagged) => (x1(d.point) + x2(d.point)) / 2, y: top, text: (d: Tagged) => d.point.short, dy: LABEL_GAP, lineAnchor: 'top', className: 'value-label',
    }));
  } else {
    // Stack totals, with their honest qualifier, when every part is known and they fit.
    const totals = view.categories.flatMap((category, col) => {
      const parts = view.series.map((series) => series.points[col]!);
      const sum = total(parts);
      if (!sum || sum.missing > 0) return [];
      const text = formatQualified(sum.value, sum.qualifier, view.series[0]!.format, view.locale, { compact: Math.abs(sum.value) >= 100_000 });
      return measure(text) <= slotWidth - 2 ? [{ col, text, y: tops[col]! }] : [];
    });
    marks.push(Plot.text(totals, { x: (d: { col: number }) => d.col + 0.5, y: 'y', text: 'text', dy: -LABEL_GAP, lineAnchor: 'bottom', className: 'value-label' }));
  }
  marks.push(Plot.ruleY([0], { className: 'baseline' }));

  const svg = Plot.plot({
    document, width, height, marginTop, marginRight, marginBottom: layout.marginBottom, marginLeft,
    x: { type: 'linear', domain: [0, Math.max(1, n)], axis: null },
    y: { type: 'linear', domain, axis: null },
    marks,
  }) as SVGSVGElement;
  finish(svg, view, width, height);
  return { svg, width, height, virtualRows: false, markAt: markFinder(svg), positionOf: positionOfMark };
}

// ---------------------------------------------------------------------------------------------------
// One metric, stacked: a single bar split into its parts (part-to-whole), labelled with shares.

function drawSingleStack(view: ChartView, { width, document, measure }: DrawOptions): DrawnChart {
  const series = view.series[0]!;
  const tagged = series.points.map((point) => ({ point }));
  let sum = 0;
  const parts: StackedDatum[] = [];
  for (const d of tagged) {
    if (d.point.value === null || d.point.value <= 0) continue;
    parts.push({ ...d, lo: sum, hi: sum + d.point.value });
    sum += d.point.value;
  }
  const rest = tagged.filter((d) => d.point.value === null || d.point.value <= 0);
  const noData = messages(view.locale).noData;
  const marginLeft = 12;
  const marginRight = 12;
  const plotWidth = width - marginLeft - marginRight;
  const barHeight = 48;
  const marginTop = 8;
  const restRows = rest.length;
  const height = marginTop + barHeight + 28 + (restRows > 0 ? 8 + BAR : 0) + 8;
  const whole = sum > 0 ? sum : 1;
  const unitsPerPx = whole / plotWidth;
  const marks: Plot.Markish[] = [];
  for (const d of parts) {
    const pattern = patternFill(d.point.col);
    const one = [d];
    marks.push(Plot.rect(one, {
      x1: 'lo', x2: 'hi', y1: 0, y2: barHeight,
      className: markClass(0, 'segments', pattern ? 'patterned' : fillClass(d.point.col)), ...(pattern ? { fill: pattern } : {}), render: tagMarks(one),
    }));
  }
  // Shares under the bar, where they fit.
  const shares = parts.flatMap((d) => {
    const share = formatValue(Math.round(((d.hi - d.lo) / whole) * 100), 'percent', view.locale);
    return measure(share) <= (d.hi - d.lo) / unitsPerPx - 4 ? [{ x: (d.lo + d.hi) / 2, text: share }] : [];
  });
  marks.push(Plot.text(shares, { x: 'x', y: barHeight + 14, text: 'text', className: 'value-label' }));
  // Missing, zero or negative parts cannot be a share of the whole: dashed boxes after the bar, named.
  const boxWidth = (measure(noData) + 2 * LABEL_GAP) * unitsPerPx;
  const restData = rest.map((d, i) => ({ ...d, lo: i * (boxWidth + 8 * unitsPerPx), hi: i * (boxWidth + 8 * unitsPerPx) + boxWidth }));
  marks.push(Plot.rect(restData, {
    x1: 'lo', x2: 'hi', y1: barHeight + 36, y2: barHeight + 36 + BAR, className: markClass(0, 'no-data-boxes'), render: tagMarks(restData),
  }));
  marks.push(Plot.text(restData, {
    x: (d: StackedDatum) => d.lo + LABEL_GAP * unitsPerPx, y: barHeight + 36 + BAR / 2, text: (d: StackedDatum) => (d.point.value === null ? noData : d.point.short), textAnchor: 'start', className: 'no-data-label',
  }));
  const svg = Plot.plot({
    document, width, height, marginTop, marginRight, marginBottom: height - marginTop - barHeight, marginLeft,
    x: { type: 'linear', domain: [0, whole], axis: null },
    y: { type: 'linear', domain: [barHeight, 0], range: [marginTop + barHeight, marginTop], axis: null },
    marks,
  }) as SVGSVGElement;
  finish(svg, view, width, height);
  return { svg, width, height, virtualRows: false, markAt: markFinder(svg), positionOf: positionOfMark };
}

// ---------------------------------------------------------------------------------------------------
// Lines and areas over time. Long series are thinned for drawing only, and walked with a cursor.

const SYMBOLS = ['circle', 'square', 'triangle', 'diamond', 'star', 'cross', 'wye', 'plus'] as const;

function drawLines(view: ChartView, { width, document, measure }: DrawOptions): DrawnChart {
  const n = view.categories.length;
  const rows = view.series.length;
  const area = view.type === 'area';
  const points = view.series.flatMap((series) => series.points);
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
  const format = tickFormatter(view);
  let lo = Math.min(...values);
  const hi = Math.max(...values);
  // Areas stand on 0; a line keeps 0 in view unless that would flatten it.
  if (area || (lo >= 0 && lo < hi * 0.5)) lo = Math.min(0, lo);
  const domain = niceDomain(Number.isFinite(lo) ? [lo, hi] : [], area);
  const yTicks = ticksOf(domain, 5);
  const endLabels = rows > 1 && width >= 560;
  const endLabelWidth = endLabels ? Math.max(...view.series.map((s) => measure(truncate(s.label.text, 140, measure)))) + 2 * LABEL_GAP : 0;
  // The first and last period labels are centred on the plot's edges: leave half of each outside.
  const edge = (i: number): number => measure(view.categories[i]?.short ?? '') / 2 + 4;
  const marginLeft = Math.ceil(Math.max(Math.max(...yTicks.map((t) => measure(format(t))), 10) + 2 * LABEL_GAP, edge(0)));
  const marginRight = Math.ceil(Math.max(16, endLabelWidth, edge(n - 1)));
  const marginTop = 16;
  const marginBottom = 28;
  const plotWidth = width - marginLeft - marginRight;
  const plotHeight = Math.round(Math.min(360, Math.max(200, width * 0.45)));
  const height = marginTop + plotHeight + marginBottom;
  const widest = widestLabel(view, measure);
  const xTicks = spreadTicks(n, Math.max(2, Math.floor(plotWidth / (widest + 24))));
  const virtualRows = points.length > MAX_MARK_ELEMENTS;
  const xDomain: [number, number] = n > 1 ? [0, n - 1] : [-0.5, 0.5];

  const marks: Plot.Markish[] = [
    Plot.ruleY(yTicks, { className: 'grid' }), // gridY's lines (see drawBars)
    Plot.axisY({ ticks: yTicks, tickFormat: format, label: null, className: 'axis' }),
    Plot.axisX({ ticks: xTicks, tickFormat: (t: number) => view.categories[t]?.short ?? '', label: null, className: 'axis' }),
  ];
  if (domain[0] < 0 && domain[1] > 0) marks.push(Plot.ruleY([0], { className: 'baseline' }));
  for (let row = 0; row < rows; row += 1) {
    const series = view.series[row]!;
    // More points than pixels: draw each pixel column's first, lowest, highest and last value only.
    const samples = downsample(series.points.map((p) => p.value), Math.max(1, Math.floor(plotWidth)));
    if (area) {
      marks.push(Plot.areaY(samples, { x: 'index', y1: 0, y2: 'value', className: `area ${fillClass(row)}` }));
    }
    marks.push(Plot.line(samples, { x: 'index', y: 'value', className: `line stroke-s${row % 8} dash-${row % 4}` }));
    // Isolated values (missing on both sides) are invisible as a line: draw them as dots.
    if (!virtualRows) {
      const known = series.points.filter((p) => p.value !== null).map((point) => ({ point }));
      const gaps = series.points.filter((p) => p.value === null).map((point) => ({ point }));
      marks.push(Plot.ruleX(gaps, { x: (d: Tagged) => d.point.col, className: markClass(row, 'no-data-rules'), render: tagMarks(gaps) }));
      marks.push(Plot.dot(known, {
        x: (d: Tagged) => d.point.col, y: (d: Tagged) => d.point.value, r: 4.5, symbol: SYMBOLS[row % SYMBOLS.length],
        className: markClass(row, 'dots', `stroke-s${row % 8}`), render: tagMarks(known),
      }));
    } else {
      const lonely = series.points.filter((p, i) => p.value !== null && (series.points[i - 1]?.value ?? null) === null && (series.points[i + 1]?.value ?? null) === null);
      marks.push(Plot.dot(lonely, { x: 'col', y: 'value', r: 2, className: `lonely stroke-s${row % 8}` }));
    }
    if (endLabels) {
      const last = series.points.findLast((p) => p.value !== null);
      if (last) marks.push(Plot.text([last], { x: 'col', y: 'value', text: () => truncate(series.label.text, 140, measure), textAnchor: 'start', dx: LABEL_GAP + 4, className: 'series-label' }));
    }
  }

  const plot = Plot.plot({
    document, width, height, marginTop, marginRight, marginBottom, marginLeft,
    x: { type: 'linear', domain: xDomain, axis: null },
    y: { type: 'linear', domain, axis: null },
    marks,
  });
  const svg = plot as SVGSVGElement;
  const x = plot.scale('x')!;
  const y = plot.scale('y')!;
  finish(svg, view, width, height);

  const positionOf = positionOfMark;
  const nearest = (px: number, py: number): GridPosition | undefined => {
    const col = Math.round(Number(x.invert!(px)));
    if (!(col >= 0 && col < n)) return undefined;
    let best: GridPosition | undefined;
    let distance = Infinity;
    for (let row = 0; row < rows; row += 1) {
      const value = view.series[row]!.points[col]!.value;
      const d = value === null ? Infinity : Math.abs(Number(y.apply(value)) - py);
      if (d < distance || best === undefined) {
        distance = d;
        best = { row, col };
      }
    }
    return best;
  };
  if (!virtualRows) return { svg, width, height, virtualRows, markAt: markFinder(svg), positionOf, nearest };

  // One list per series holding a cursor that moves to the value being read. Two cursors take turns, so
  // each move is a focus change and every screen reader speaks the new value's name.
  const lists = new Map<number, SVGGElement>();
  for (let row = 0; row < rows; row += 1) {
    const list = svgElement(document, 'g', { role: 'list', class: `series series-${row}` });
    list.setAttribute('aria-label', view.series[row]!.label.text);
    svg.append(list);
    lists.set(row, list);
  }
  const cursors = [0, 1].map(() => svgElement(document, 'circle', { r: 6, class: 'cursor' }));
  let turn = 0;
  const markAt = (position: GridPosition): SVGElement | undefined => {
    const point = view.series[position.row]?.points[position.col];
    if (!point) return undefined;
    const active = (svg.getRootNode() as ShadowRoot | Document).activeElement;
    // Reuse the focused cursor only if it already stands here (a redraw); otherwise take the other one.
    let cursor = cursors.find((c) => c === active && c.getAttribute('data-row') === String(position.row) && c.getAttribute('data-col') === String(position.col));
    if (!cursor) {
      turn = 1 - turn;
      cursor = cursors[turn]!;
      if (cursor === active) {
        turn = 1 - turn;
        cursor = cursors[turn]!;
      }
    }
    cursor.setAttribute('class', `cursor stroke-s${position.row % 8}`);
    cursor.removeAttribute('aria-hidden');
    // The other cursor still names the value just left: hide it, so the list holds one current item.
    for (const other of cursors) if (other !== cursor) other.setAttribute('aria-hidden', 'true');
    nameMark(cursor, point);
    cursor.setAttribute('aria-posinset', String(position.col + 1));
    cursor.setAttribute('aria-setsize', String(n));
    cursor.setAttribute('cx', String(x.apply(position.col)));
    cursor.setAttribute('cy', String(point.value === null ? marginTop + plotHeight : y.apply(point.value)));
    lists.get(position.row)!.append(cursor);
    return cursor;
  };
  return { svg, width, height, virtualRows, markAt, positionOf, nearest };
}
