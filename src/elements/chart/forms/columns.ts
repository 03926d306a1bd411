/** Columns: categories left to right; grouped side by side, or stacked (several metrics). */
import * as Plot from '@observablehq/plot';
import { total } from '../../../a11y/summary.js';
import { formatQualified } from '../../../i18n/index.js';
import type { ChartPoint, ChartView } from '../chart-model.js';
import type { DrawnChart, DrawOptions } from '../drawing.js';
import { spreadTicks, wrap } from '../label-fit.js';
import { fillClass, patternFill } from '../palette.js';
import {
  drawnChart,
  finish,
  LABEL_GAP,
  linearPlot,
  markClass,
  nearestInBand,
  niceDomain,
  seriesPaint,
  tagCategoryLabels,
  tagMarks,
  tickFormatter,
  ticksOf,
  widestLabel,
  type Tagged,
} from './plot-parts.js';
import { MARGINS, NAME_LINE_EMS, NAME_LINES, NAME_ROOM, plotHeight as plotHeightFor } from './sizes.js';
import { noDataMarks, noDataWords, standingBox } from './no-data.js';
import { stackColumns, type StackedDatum } from './stack.js';

function axisLabelLayout(
  view: ChartView,
  plotWidth: number,
  measure: DrawOptions['measure'],
): {
  ticks: number[];
  rotate: boolean;
  marginBottom: number;
  labels: string[];
} {
  const n = view.categories.length;
  const slotWidth = plotWidth / Math.max(1, n);
  const widest = widestLabel(view, measure);
  const every = Math.max(1, Math.ceil((widest + 8) / slotWidth));
  if (every === 1)
    return {
      ticks: view.categories.map((_, i) => i),
      rotate: false,
      marginBottom: MARGINS.columns.bottom,
      labels: view.categories.map((c) => c.short),
    };
  if (view.axis === 'time') {
    const ticks = spreadTicks(n, Math.max(2, Math.floor(plotWidth / (widest + 16))));
    return { ticks, rotate: false, marginBottom: MARGINS.columns.bottom, labels: view.categories.map((c) => c.short) };
  }
  // Names of categories: turn them upright and, as bar names do, break them into two lines (where the slot
  // holds two side by side) before cutting them to a readable length; thin them out only if even upright
  // they would touch (the full names stay in the marks' names and the table).
  const room = 110;
  const names = view.categories.map((c) => wrap(c.short, room, measure, slotWidth < NAME_ROOM ? 1 : NAME_LINES));
  const rotatedWidest = Math.max(...names.flat().map(measure));
  const step = Math.max(1, Math.ceil(16 / slotWidth));
  const ticks = view.categories.map((_, i) => i).filter((i) => i % step === 0);
  return { ticks, rotate: true, marginBottom: Math.ceil(rotatedWidest) + 14, labels: names.map((n) => n.join('\n')) };
}

export function drawColumns(view: ChartView, { width, document, measure }: DrawOptions, stacked: boolean): DrawnChart {
  const n = view.categories.length;
  const rows = view.series.length;
  const points = view.series.flatMap((series) => series.points);
  const tagged = points.map((point) => ({ point }));

  // Grouped columns stack nothing: their tops and bottoms stay 0.
  const { parts: stackedData, tops, bottoms } = stackColumns(stacked ? tagged : [], n);
  const values = stacked ? [...tops, ...bottoms] : points.flatMap((p) => (p.value === null ? [] : [p.value]));
  let domain = niceDomain(values, true);
  const format = tickFormatter(view);
  const yTicks = ticksOf(domain, 5);
  const marginLeft = Math.ceil(Math.max(...yTicks.map((t) => measure(format(t))), 10) + 2 * LABEL_GAP);
  const marginRight = 12;
  const plotWidth = width - marginLeft - marginRight;
  const layout = axisLabelLayout(view, plotWidth, measure);
  const marginTop = MARGINS.columns.top;
  const plotHeight = plotHeightFor(width);
  const height = marginTop + plotHeight + layout.marginBottom;
  const slotWidth = plotWidth / Math.max(1, n);
  let unitsPerPx = (domain[1] - domain[0]) / plotHeight;

  // A missing value is a box with "no data" in it: on the baseline, or on top of its column's stack, above
  // the boxes of the series before it (a stack never takes room for it, and it is never a 0-high column).
  const missing = tagged.filter((d) => d.point.value === null);
  const noData = noDataWords(view.locale, measure);
  // Grouped columns are 48 px, or as wide as a box that holds "no data" a word a line where one is missing
  // ("данных" is 48 px itself), as far as the slot allows: the words then lie across, never upright.
  const groupedPx = missing.length > 0 ? Math.max(48, noData.narrowest) : 48;
  const columnShare = stacked ? Math.min(0.7, 64 / slotWidth) : Math.min(0.8, (groupedPx * rows) / slotWidth);
  const columnWidth = columnShare / (stacked ? 1 : rows);
  const x1 = (p: ChartPoint): number => p.col + (1 - columnShare) / 2 + (stacked ? 0 : p.row * columnWidth);
  const x2 = (p: ChartPoint): number => x1(p) + columnWidth;
  // Stacked, or alone in its slot, a box may be wider than its column; beside others it keeps to its own.
  const gapBox = standingBox(noData, columnWidth * slotWidth, stacked || rows === 1 ? slotWidth - 4 : 0);
  const boxGap = 2;
  const boxesBelow = (p: ChartPoint): number =>
    stacked ? missing.filter((m) => m.point.col === p.col && m.point.row < p.row).length : 0;
  const basePx = (p: ChartPoint): number => boxesBelow(p) * (gapBox.height + boxGap);
  const stackTop = (p: ChartPoint): number => (stacked ? tops[p.col]! : 0);
  if (missing.length > 0) {
    // Room above the tallest box for it, its gap to the top, and the plot's edge.
    const needed = (perPx: number): number =>
      Math.max(...missing.map((d) => stackTop(d.point) + (basePx(d.point) + gapBox.height + 4) * perPx));
    // Widening the domain makes each px worth more units: widen until the boxes fit in the new scale.
    for (let tries = 0; tries < 4 && needed(unitsPerPx) > domain[1]; tries += 1) {
      domain = niceDomain([...values, needed(unitsPerPx)], true);
      unitsPerPx = (domain[1] - domain[0]) / plotHeight;
    }
  }
  const base = (p: ChartPoint): number => stackTop(p) + basePx(p) * unitsPerPx;
  const gapWidth = gapBox.width / slotWidth;
  const gapEdges = {
    x1: (d: Tagged) => (x1(d.point) + x2(d.point) - gapWidth) / 2,
    x2: (d: Tagged) => (x1(d.point) + x2(d.point) + gapWidth) / 2,
    y1: (d: Tagged) => base(d.point),
    y2: (d: Tagged) => base(d.point) + gapBox.height * unitsPerPx,
  };

  const marks: Plot.Markish[] = [
    Plot.ruleY(yTicks, { className: 'grid' }), // gridY's lines (see drawBars)
    Plot.axisY({ ticks: yTicks, tickFormat: format, label: null, className: 'axis' }),
    Plot.axisX({
      ticks: layout.ticks.map((i) => i + 0.5),
      tickFormat: (t: number) => layout.labels[Math.floor(t)] ?? '',
      tickSize: 0,
      label: null,
      className: 'axis category-label',
      ...(layout.rotate ? { tickRotate: -90, textAnchor: 'end' as const, lineHeight: NAME_LINE_EMS } : {}),
    }),
  ];
  for (let row = 0; row < rows; row += 1) {
    if (stacked) {
      const mine = stackedData.filter((d) => d.point.row === row);
      const pattern = patternFill(row);
      marks.push(
        Plot.rect(mine, {
          x1: (d: StackedDatum) => x1(d.point),
          x2: (d: StackedDatum) => x2(d.point),
          y1: (d: StackedDatum) => d.lo,
          y2: (d: StackedDatum) => d.hi,
          className: markClass(row, 'segments', pattern ? 'patterned' : fillClass(row)),
          ...(pattern ? { fill: pattern } : {}),
          render: tagMarks(mine),
        }),
      );
    } else {
      const mine = tagged.filter((d) => d.point.row === row && d.point.value !== null);
      marks.push(
        Plot.rect(mine, {
          x1: (d: Tagged) => x1(d.point),
          x2: (d: Tagged) => x2(d.point),
          y1: 0,
          y2: (d: Tagged) => d.point.value,
          ...seriesPaint(row, rows),
          render: tagMarks(mine),
        }),
      );
    }
    const gaps = missing.filter((d) => d.point.row === row);
    marks.push(...noDataMarks(gaps, row, gapEdges, gapBox.text, gapBox.upright));
  }

  // Direct labels above columns when they fit the slot: the value itself, so colour never carries it alone.
  const fits = (text: string): boolean => measure(text) <= slotWidth * (stacked ? 1 : columnWidth) - 2;
  if (!stacked) {
    // A missing value's words are in its box.
    const labelled = tagged.filter((d) => d.point.value !== null && fits(d.point.short));
    marks.push(
      Plot.text(
        labelled.filter((d) => d.point.value! >= 0),
        {
          x: (d: Tagged) => (x1(d.point) + x2(d.point)) / 2,
          y: (d: Tagged) => d.point.value,
          text: (d: Tagged) => d.point.short,
          dy: -LABEL_GAP,
          lineAnchor: 'bottom',
          className: 'value-label',
        },
      ),
    );
    marks.push(
      Plot.text(
        labelled.filter((d) => d.point.value! < 0),
        {
          x: (d: Tagged) => (x1(d.point) + x2(d.point)) / 2,
          y: (d: Tagged) => d.point.value,
          text: (d: Tagged) => d.point.short,
          dy: LABEL_GAP,
          lineAnchor: 'top',
          className: 'value-label',
        },
      ),
    );
  } else {
    // Stack totals, with their honest qualifier, when every part is known and they fit.
    const totals = view.categories.flatMap((category, col) => {
      const parts = view.series.map((series) => series.points[col]!);
      const sum = total(parts);
      if (!sum || sum.missing > 0) return [];
      const text = formatQualified(sum.value, sum.qualifier, view.series[0]!.format, view.locale, {
        compact: Math.abs(sum.value) >= 100_000,
      });
      return measure(text) <= slotWidth - 2 ? [{ col, text, y: tops[col]! }] : [];
    });
    marks.push(
      Plot.text(totals, {
        x: (d: { col: number }) => d.col + 0.5,
        y: 'y',
        text: 'text',
        dy: -LABEL_GAP,
        lineAnchor: 'bottom',
        className: 'value-label',
      }),
    );
  }
  marks.push(Plot.ruleY([0], { className: 'baseline' }));

  const frame = { document, width, height, marginTop, marginRight, marginBottom: layout.marginBottom, marginLeft };
  const svg = linearPlot(frame, [0, Math.max(1, n)], domain, marks) as SVGSVGElement;
  finish(svg, view, width, height);
  tagCategoryLabels(svg, layout.ticks);
  const bandOf = (x: number, y: number): number | undefined => {
    const col = Math.floor((x - marginLeft) / slotWidth);
    return col >= 0 && col < n && y >= 0 && y <= marginTop + plotHeight ? col : undefined;
  };
  // Side by side, the pointer picks a series' column across the band; stacked, a part along it.
  return drawnChart(svg, width, height, nearestInBand(svg, 'x', bandOf));
}
