/** Lines and areas over time. Long series are thinned for drawing only, and walked with a cursor. */
import * as Plot from '@observablehq/plot';
import type { GridPosition } from '../../../a11y/keyboard-navigation.js';
import type { ChartView } from '../chart-model.js';
import { downsample } from '../downsample.js';
import { nameMark, positionOfMark, svgElement, type DrawnChart, type DrawOptions } from '../drawing.js';
import { spreadTicks, truncate } from '../label-fit.js';
import { fillClass } from '../palette.js';
import {
  finish,
  LABEL_GAP,
  linearPlot,
  markClass,
  markFinder,
  niceDomain,
  tagMarks,
  tickFormatter,
  ticksOf,
  widestLabel,
  type Tagged,
} from './plot-parts.js';
import { MARGINS, MAX_MARK_ELEMENTS, plotHeight as plotHeightFor } from './sizes.js';

const SYMBOLS = ['circle', 'square', 'triangle', 'diamond', 'star', 'cross', 'wye', 'plus'] as const;

export function drawLines(view: ChartView, { width, document, measure }: DrawOptions): DrawnChart {
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
  const endLabelWidth = endLabels
    ? Math.max(...view.series.map((s) => measure(truncate(s.label.text, 140, measure)))) + 2 * LABEL_GAP
    : 0;
  // The first and last period labels are centred on the plot's edges: leave half of each outside.
  const edge = (i: number): number => measure(view.categories[i]?.short ?? '') / 2 + 4;
  const marginLeft = Math.ceil(
    Math.max(Math.max(...yTicks.map((t) => measure(format(t))), 10) + 2 * LABEL_GAP, edge(0)),
  );
  const marginRight = Math.ceil(Math.max(16, endLabelWidth, edge(n - 1)));
  const { top: marginTop, bottom: marginBottom } = MARGINS.lines;
  const plotWidth = width - marginLeft - marginRight;
  const plotHeight = plotHeightFor(width);
  const height = marginTop + plotHeight + marginBottom;
  const widest = widestLabel(view, measure);
  const xTicks = spreadTicks(n, Math.max(2, Math.floor(plotWidth / (widest + 24))));
  const virtualRows = points.length > MAX_MARK_ELEMENTS;
  const xDomain: [number, number] = n > 1 ? [0, n - 1] : [-0.5, 0.5];

  const marks: Plot.Markish[] = [
    Plot.ruleY(yTicks, { className: 'grid' }), // gridY's lines (see drawBars)
    Plot.axisY({ ticks: yTicks, tickFormat: format, label: null, className: 'axis' }),
    Plot.axisX({
      ticks: xTicks,
      tickFormat: (t: number) => view.categories[t]?.short ?? '',
      label: null,
      className: 'axis',
    }),
  ];
  if (domain[0] < 0 && domain[1] > 0) marks.push(Plot.ruleY([0], { className: 'baseline' }));
  for (let row = 0; row < rows; row += 1) {
    const series = view.series[row]!;
    // More points than pixels: draw each pixel column's first, lowest, highest and last value only.
    const samples = downsample(
      series.points.map((p) => p.value),
      Math.max(1, Math.floor(plotWidth)),
    );
    if (area) {
      marks.push(Plot.areaY(samples, { x: 'index', y1: 0, y2: 'value', className: `area ${fillClass(row)}` }));
    }
    marks.push(Plot.line(samples, { x: 'index', y: 'value', className: `line stroke-s${row % 8} dash-${row % 4}` }));
    // Isolated values (missing on both sides) are invisible as a line: draw them as dots.
    if (!virtualRows) {
      const known = series.points.filter((p) => p.value !== null).map((point) => ({ point }));
      const gaps = series.points.filter((p) => p.value === null).map((point) => ({ point }));
      marks.push(
        Plot.ruleX(gaps, {
          x: (d: Tagged) => d.point.col,
          className: markClass(row, 'no-data-rules'),
          render: tagMarks(gaps),
        }),
      );
      marks.push(
        Plot.dot(known, {
          x: (d: Tagged) => d.point.col,
          y: (d: Tagged) => d.point.value,
          r: 4.5,
          symbol: SYMBOLS[row % SYMBOLS.length],
          className: markClass(row, 'dots', `stroke-s${row % 8}`),
          render: tagMarks(known),
        }),
      );
    } else {
      const lonely = series.points.filter(
        (p, i) =>
          p.value !== null &&
          (series.points[i - 1]?.value ?? null) === null &&
          (series.points[i + 1]?.value ?? null) === null,
      );
      marks.push(Plot.dot(lonely, { x: 'col', y: 'value', r: 2, className: `lonely stroke-s${row % 8}` }));
    }
    if (endLabels) {
      const last = series.points.findLast((p) => p.value !== null);
      if (last)
        marks.push(
          Plot.text([last], {
            x: 'col',
            y: 'value',
            text: () => truncate(series.label.text, 140, measure),
            textAnchor: 'start',
            dx: LABEL_GAP + 4,
            className: 'series-label',
          }),
        );
    }
  }

  const plot = linearPlot(
    { document, width, height, marginTop, marginRight, marginBottom, marginLeft },
    xDomain,
    domain,
    marks,
  );
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
    let cursor = cursors.find(
      (c) =>
        c === active &&
        c.getAttribute('data-row') === String(position.row) &&
        c.getAttribute('data-col') === String(position.col),
    );
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
