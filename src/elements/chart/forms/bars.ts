/**
 * Horizontal bars: categories top to bottom, one bar per series in each category's slot. A long list of
 * categories (one series) is drawn in slices: the first BAR_SLICE categories with the axes and grid at
 * once, the others a slice at a time (`drawNext`, called by the element a frame apart), so thousands of
 * bars never make one long task. Every slice goes into the same SVG and the same list of marks.
 */
import * as Plot from '@observablehq/plot';
import type { ChartPoint, ChartView } from '../chart-model.js';
import { cleanSvg, positionOfMark, structureSvg, type DrawnChart, type DrawOptions } from '../drawing.js';
import { wrap, type Measure } from '../label-fit.js';
import { noDataMarks, noDataWords } from './no-data.js';
import {
  BAR,
  finish,
  fittingTicks,
  GROUP_GAP,
  LABEL_GAP,
  linearPlot,
  nearestInBand,
  niceDomain,
  seriesPaint,
  tagCategoryLabels,
  tagMarks,
  tickFormatter,
  type Tagged,
} from './plot-parts.js';
import {
  BAR_SLICE,
  BARS_BOTTOM_UNSCALED,
  MARGINS,
  NAME_LINE,
  NAME_LINE_EMS,
  NAME_LINES,
  NAME_ROOM,
  NAMES_ABOVE_BELOW,
  namesMayGoAbove,
  SLICED_ABOVE,
} from './sizes.js';

/** Names beside bars take at most this share of the width. */
const SIDE_LABEL_SHARE = 0.38;

interface AboveText {
  readonly col: number | undefined;
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

/** Marks the names among the texts above the bars with the category they name (`data-label-col`). */
function tagNames(written: readonly AboveText[]): Plot.RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const group = next!(index, scales, values, dimensions, context);
    const children = group?.children ?? [];
    for (let k = 0; k < index.length && k < children.length; k += 1) {
      const col = written[index[k]!]!.col;
      if (col !== undefined) children[k]!.setAttribute('data-label-col', String(col));
      else children[k]!.setAttribute('class', 'value-label');
    }
    return group;
  };
}

/** Values written beside their bars: after the end of a positive bar, before the start of a negative one. */
function valueLabels(data: readonly Tagged[], at: (d: Tagged) => number, side: 'after' | 'before'): Plot.Markish {
  return Plot.text(data, {
    x: (d: Tagged) => d.point.value,
    y: at,
    text: (d: Tagged) => d.point.short,
    textAnchor: side === 'after' ? 'start' : 'end',
    dx: side === 'after' ? LABEL_GAP : -LABEL_GAP,
    className: 'value-label',
  });
}

/**
 * Where the plot goes in `room` px so that every value written beside its bar ends inside it: the widest plot,
 * and the least `pad` before it for the values of negative bars. A value at a share `f` of the scale stands at
 * pad + f × plot, its words after a positive bar and before a negative one.
 */
function valuesFit(
  points: readonly ChartPoint[],
  domain: [number, number],
  room: number,
  measure: Measure,
): { plot: number; pad: number } {
  const written = points.flatMap((p) =>
    p.value === null
      ? []
      : [
          {
            value: p.value,
            f: (p.value - domain[0]) / (domain[1] - domain[0]),
            reach: LABEL_GAP + measure(p.short) + 2,
          },
        ],
  );
  const padFor = (plot: number): number =>
    Math.max(0, ...written.filter((w) => w.value < 0).map((w) => w.reach - w.f * plot));
  // The plot fits when, with its pad, its end and every positive value's words do.
  const fits = (plot: number): boolean => {
    const pad = padFor(plot);
    return pad + plot <= room - 12 && written.every((w) => w.value <= 0 || pad + w.f * plot + w.reach <= room);
  };
  let [low, high] = [0, Math.max(0, room - 12)];
  while (high - low > 0.01) {
    const mid = (low + high) / 2;
    if (fits(mid)) low = mid;
    else high = mid;
  }
  const plot = Math.floor(low);
  return { plot, pad: Math.ceil(padFor(plot)) };
}

export function drawBars(view: ChartView, { width, document, measure }: DrawOptions): DrawnChart {
  const n = view.categories.length;
  const rows = view.series.length;
  const sliced = rows === 1 && n > SLICED_ABOVE;
  const noData = noDataWords(view.locale, measure);
  const points = view.series.flatMap((series) => series.points);
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));

  // On a narrow chart, names other than regions' and periods' stand above their bars, in up to two lines,
  // instead of cut short beside them (a rule of the width alone, so a server can reserve the chart's height).
  const above = !sliced && width < NAMES_ABOVE_BELOW && namesMayGoAbove(view);
  const labelRoom = above ? NAME_ROOM : 0;
  const slot = labelRoom + rows * BAR + GROUP_GAP;
  // Beside their bars, names break into as many lines as a category's slot holds, within a share of the width.
  const nameLines = above ? NAME_LINES : Math.max(1, Math.min(NAME_LINES, Math.floor((slot - 4) / NAME_LINE)));
  const nameRoom = above ? width - 3 * LABEL_GAP : width * SIDE_LABEL_SHARE - 2 * LABEL_GAP;
  const names = view.categories.map((c) => wrap(c.short, nameRoom, measure, nameLines));
  const labelWidth = Math.max(0, ...names.flat().map((line) => measure(line)));
  // Margins that hold measured text are rounded up, as the other forms' are: rounded to nearest, a name
  // 40.4 px wide got 40 px of room and was cut ("Charl…") though it fits.
  const marginLeft = above ? LABEL_GAP : Math.ceil(labelWidth + 2 * LABEL_GAP);
  const domain = niceDomain(values, true);
  const format = tickFormatter(view);
  // Values are written beside their bars only where every one of them fits inside the drawing.
  const fitted = valuesFit(points, domain, width - marginLeft, measure);
  // Bars shorter than this would show their differences too small to see: the values then go to the tooltip.
  const direct = fitted.plot >= Math.min(100, 0.4 * (width - marginLeft));
  const plotWidth = direct ? fitted.plot : width - marginLeft - 12;
  // Room before the plot for the values of negative bars; the names keep their place.
  const pad = direct ? fitted.pad : 0;
  const xTicks = fittingTicks(domain, plotWidth, format, measure);
  // The scale's last number is centred on the plot's end: half of it stands in the right margin.
  const marginRight = Math.ceil(
    Math.max(width - marginLeft - pad - plotWidth, measure(format(xTicks.at(-1) ?? 0)) / 2 + 2),
  );
  // Names above and values beside every bar say it all on a narrow chart: no scale beneath.
  const scaled = !(above && direct);
  const marginTop = MARGINS.bars.top;
  const marginBottom = scaled ? MARGINS.bars.bottom : BARS_BOTTOM_UNSCALED;
  const height = marginTop + n * slot + marginBottom;

  const unitsPerPx = (domain[1] - domain[0]) / Math.max(1, width - marginLeft - pad - marginRight);
  const y1 = (p: ChartPoint): number => p.col + (GROUP_GAP / 2 + labelRoom + p.row * BAR) / slot;
  const y2 = (p: ChartPoint): number => y1(p) + BAR / slot;
  const tagged = points.map((point) => ({ point }));
  const known = tagged.filter((d) => d.point.value !== null);
  const missing = tagged.filter((d) => d.point.value === null);
  const gapBox = {
    x1: () => 0,
    x2: () => noData.span * unitsPerPx,
    y1: (d: Tagged) => y1(d.point),
    y2: (d: Tagged) => y2(d.point),
  };
  const labels = names.map((lines) => lines.join('\n'));
  const lineHeight = names.some((lines) => lines.length > 1) ? { lineHeight: NAME_LINE_EMS } : {};

  const axisX = [
    // Grid lines are plain rules at the ticks: the lines gridX draws, without the axis machinery it runs
    // first (on a fresh page, compiling that cost a column chart 9 to 15 ms). Names above their bars would
    // be crossed by them: those charts keep only the scale beneath.
    ...(scaled && !above ? [Plot.ruleX(xTicks, { className: 'grid' })] : []),
    ...(scaled ? [Plot.axisX({ ticks: xTicks, tickFormat: format, label: null, className: 'axis' })] : []),
  ];

  /** The categories from `start` to `end`, drawn at their place in the whole chart; `whole`: with the axes. */
  const plotRange = (start: number, end: number, whole: boolean): SVGSVGElement => {
    const inRange = (d: Tagged): boolean => d.point.col >= start && d.point.col < end;
    const shown = known.filter(inRange);
    const gapsShown = missing.filter(inRange);
    const categories = Array.from({ length: end - start }, (_, i) => start + i);
    const marks: Plot.Markish[] = [
      ...(whole ? axisX : []),
      ...(above
        ? []
        : [
            Plot.axisY({
              ticks: categories.map((i) => i + 0.5),
              tickFormat: (t: number) => labels[Math.floor(t)] ?? '',
              tickSize: 0,
              dx: -pad,
              ...lineHeight,
              label: null,
              className: 'axis category-label',
            }),
          ]),
    ];
    for (let row = 0; row < rows; row += 1) {
      const mine = shown.filter((d) => d.point.row === row);
      marks.push(
        Plot.rect(mine, {
          x1: 0,
          x2: (d: Tagged) => d.point.value,
          y1: (d: Tagged) => y1(d.point),
          y2: (d: Tagged) => y2(d.point),
          ...seriesPaint(row, rows),
          render: tagMarks(mine),
        }),
      );
      const gaps = gapsShown.filter((d) => d.point.row === row);
      marks.push(...noDataMarks(gaps, row, gapBox, noData.text));
    }
    const at = (d: Tagged): number => (y1(d.point) + y2(d.point)) / 2;
    const positive = direct ? shown.filter((d) => d.point.value! >= 0) : [];
    const negative = direct ? shown.filter((d) => d.point.value! < 0) : [];
    if (!above) marks.push(valueLabels(positive, at, 'after'));
    marks.push(valueLabels(negative, at, 'before'));
    if (whole) marks.push(Plot.ruleX([0], { className: 'baseline' }));
    if (above) {
      // Names above their bars, and the values beside them, as one text mark drawn last: as separate groups
      // over the bars, each group's box would lie over the other's text, and contrast checkers could not
      // tell what is behind it.
      const written: AboveText[] = [
        ...categories.map((col) => ({
          col,
          x: domain[0] + (LABEL_GAP - pad) * unitsPerPx,
          // A name of fewer lines than its room has stands next to its bars.
          y: col + (GROUP_GAP / 2 + labelRoom - ((names[col]?.length ?? 1) * NAME_LINE) / 2) / slot,
          text: labels[col] ?? '',
        })),
        ...positive.map((d) => ({
          col: undefined,
          x: d.point.value! + LABEL_GAP * unitsPerPx,
          y: at(d),
          text: d.point.short,
        })),
      ];
      marks.push(
        Plot.text(written, {
          x: 'x',
          y: 'y',
          text: 'text',
          textAnchor: 'start',
          ...lineHeight,
          className: 'category-label above-labels',
          render: tagNames(written),
        }),
      );
    }
    const frame = { document, width, height, marginTop, marginRight, marginBottom, marginLeft: marginLeft + pad };
    return linearPlot(frame, domain, [n, 0], marks) as SVGSVGElement;
  };

  let drawnUpTo = sliced ? BAR_SLICE : n;
  const svg = finish(plotRange(0, drawnUpTo, true), view, width, height);
  if (!above)
    tagCategoryLabels(
      svg,
      view.categories.slice(0, drawnUpTo).map((_, i) => i),
    );
  const marks = new Map<string, SVGElement>();
  const keep = (root: Element): void =>
    root
      .querySelectorAll<SVGElement>('[data-row][data-col]')
      .forEach((mark) => marks.set(`${mark.getAttribute('data-row')}:${mark.getAttribute('data-col')}`, mark));
  keep(svg);

  /** Draws the next slice into the chart; true while slices remain. */
  const drawNext = (): boolean => {
    if (drawnUpTo >= n) return false;
    const end = Math.min(n, drawnUpTo + BAR_SLICE);
    const part = plotRange(drawnUpTo, end, false);
    cleanSvg(part);
    structureSvg(part, view, width, height);
    keep(part);
    const list = part.querySelector('g.series-0');
    const into = svg.querySelector('g.series-0');
    if (list && into) into.append(...list.children);
    for (const child of [...part.children])
      if (child !== list && !child.classList.contains('background')) svg.append(child);
    drawnUpTo = end;
    return drawnUpTo < n;
  };
  const markAt = (position: { row: number; col: number }): SVGElement | undefined => {
    // The keyboard may ask for a category not drawn yet (End): draw up to it now.
    while (position.col >= drawnUpTo && position.col < n && drawNext());
    return marks.get(`${position.row}:${position.col}`);
  };
  // A category's band is its whole slot, its name's room included: a short bar is picked from anywhere in it.
  const bandOf = (_x: number, y: number): number | undefined => {
    const col = Math.floor((y - marginTop) / slot);
    return col >= 0 && col < drawnUpTo ? col : undefined;
  };
  return {
    svg,
    width,
    height,
    virtualRows: false,
    markAt,
    positionOf: positionOfMark,
    nearest: nearestInBand(svg, 'y', bandOf),
    ...(sliced ? { drawNext } : {}),
  };
}
