/** One metric, stacked: a single bar split into its parts (part-to-whole), labelled with shares. */
import * as Plot from '@observablehq/plot';
import { formatValue } from '../../../i18n/index.js';
import type { ChartView } from '../chart-model.js';
import type { DrawnChart, DrawOptions } from '../drawing.js';
import { fillClass, patternFill } from '../palette.js';
import { BAR, drawnChart, finish, linearPlot, markClass, tagMarks } from './plot-parts.js';
import { noDataMarks, noDataWords } from './no-data.js';
import { stackWhole, type StackedDatum } from './stack.js';

export function drawSingleStack(view: ChartView, { width, document, measure }: DrawOptions): DrawnChart {
  const series = view.series[0]!;
  const tagged = series.points.map((point) => ({ point }));
  const { parts, sum } = stackWhole(tagged);
  const rest = tagged.filter((d) => d.point.value === null || d.point.value <= 0);
  const noData = noDataWords(view.locale, measure);
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
    marks.push(
      Plot.rect(one, {
        x1: 'lo',
        x2: 'hi',
        y1: 0,
        y2: barHeight,
        className: markClass(0, 'segments', pattern ? 'patterned' : fillClass(d.point.col)),
        ...(pattern ? { fill: pattern } : {}),
        render: tagMarks(one),
      }),
    );
  }
  // Shares under the bar, where they fit.
  const shares = parts.flatMap((d) => {
    const share = formatValue(Math.round(((d.hi - d.lo) / whole) * 100), 'percent', view.locale);
    return measure(share) <= (d.hi - d.lo) / unitsPerPx - 4 ? [{ x: (d.lo + d.hi) / 2, text: share }] : [];
  });
  marks.push(Plot.text(shares, { x: 'x', y: barHeight + 14, text: 'text', className: 'value-label' }));
  // Missing, zero or negative parts cannot be a share of the whole: dashed boxes after the bar, named.
  const boxWidth = noData.span * unitsPerPx;
  const restData = rest.map((d, i) => ({
    ...d,
    lo: i * (boxWidth + 8 * unitsPerPx),
    hi: i * (boxWidth + 8 * unitsPerPx) + boxWidth,
  }));
  const restBox = {
    x1: (d: StackedDatum) => d.lo,
    x2: (d: StackedDatum) => d.hi,
    y1: () => barHeight + 36,
    y2: () => barHeight + 36 + BAR,
  };
  marks.push(...noDataMarks(restData, 0, restBox, (d) => (d.point.value === null ? noData.text : d.point.short)));
  const frame = {
    document,
    width,
    height,
    marginTop,
    marginRight,
    marginBottom: height - marginTop - barHeight,
    marginLeft,
  };
  const yRange = [marginTop + barHeight, marginTop] as const;
  const svg = linearPlot(frame, [0, whole], [barHeight, 0], marks, yRange) as SVGSVGElement;
  finish(svg, view, width, height);
  return drawnChart(svg, width, height);
}
