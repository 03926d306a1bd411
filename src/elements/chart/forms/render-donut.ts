/**
 * The donut, drawn with d3-shape (`pie`, `arc`) and plain DOM calls. Loaded lazily by `<inclusion-chart>`.
 * Slices are separated by a surface-coloured gap, so neighbours keep 3:1 against each other whatever their
 * hues, and carry a texture as well as a hue. Shares big enough are labelled outside the ring;
 * the total sits in the hole. Missing, zero and negative values cannot be a share of a whole: they are
 * listed after the ring as named "no data" boxes, never drawn as empty slices.
 */
import { arc, pie, type PieArcDatum } from 'd3-shape';
import type { GridPosition } from '../../../a11y/keyboard-navigation.js';
import { total } from '../../../a11y/summary.js';
import { formatQualified, messages } from '../../../i18n/index.js';
import { chartMessages } from '../chart-messages.js';
import { sharesOf, shareText } from '../chart-summary.js';
import type { ChartPoint, ChartView } from '../chart-model.js';
import {
  nameMark,
  positionOfMark,
  structureSvg,
  svgElement,
  MARK_GROUP,
  type DrawnChart,
  type DrawOptions,
} from '../drawing.js';
import { truncate } from '../label-fit.js';
import { fillClass, paintOf, patternFill } from '../palette.js';

const BOX = 24;
const GAP = 8;
/** The total's size against the labels' (`.total-value` is 18 px), and its line height, px. */
const TOTAL_SCALE = 1.5;
const TOTAL_LINE = 20;

/**
 * The total as it fits `width`: whole on one line, or broken at one ordinary space into two (a no-break
 * space keeps a number with its scale word); undefined when neither fits.
 */
export function holeLines(text: string, width: number, measure: (text: string) => number): string[] | undefined {
  if (measure(text) <= width) return [text];
  const words = text.split(' ');
  let best: string[] | undefined;
  let widest = Infinity;
  for (let at = 1; at < words.length; at += 1) {
    const lines = [words.slice(0, at).join(' '), words.slice(at).join(' ')];
    const longest = Math.max(...lines.map(measure));
    if (longest <= width && longest < widest) [best, widest] = [lines, longest];
  }
  return best;
}

export function drawDonut(view: ChartView, { width, document, measure }: DrawOptions): DrawnChart {
  const series = view.series[0]!;
  const points = series.points;
  const slices = points.filter((p) => p.value !== null && p.value > 0);
  const rest = points.filter((p) => p.value === null || p.value <= 0);
  const { whole, partial } = sharesOf(points);
  const noData = messages(view.locale).noData;

  const size = Math.min(width, 360);
  const labelRoom = 40;
  const outer = Math.max(40, size / 2 - labelRoom);
  const inner = outer * 0.6;
  const cx = width / 2;
  const cy = outer + labelRoom;

  // Boxes for values without a slice, wrapped into lines under the ring.
  const boxes: { point: ChartPoint; x: number; y: number; w: number; text: string }[] = [];
  let bx = 8;
  let by = cy + outer + labelRoom;
  for (const point of rest) {
    const text =
      point.value === null
        ? `${truncate(view.categories[point.col]!.short, 120, measure)}: ${noData}`
        : `${truncate(view.categories[point.col]!.short, 120, measure)}: ${point.short}`;
    const w = Math.min(width - 16, measure(text) + 2 * GAP);
    if (bx + w > width - 8 && bx > 8) {
      bx = 8;
      by += BOX + GAP;
    }
    boxes.push({ point, x: bx, y: by, w, text: truncate(text, w - 2 * GAP, measure) });
    bx += w + GAP;
  }
  const height = Math.ceil(boxes.length > 0 ? by + BOX + GAP : cy + outer + labelRoom / 2);

  const svg = svgElement(document, 'svg');
  const group = svgElement(document, 'g', { class: `${MARK_GROUP} row-0 slices`, transform: `translate(${cx},${cy})` });
  const layout = pie<ChartPoint>()
    .value((p) => p.value!)
    .sort(null)
    .padAngle(slices.length > 1 ? 0.012 : 0);
  const shape = arc<PieArcDatum<ChartPoint>>().innerRadius(inner).outerRadius(outer).cornerRadius(1.5);
  const labels = svgElement(document, 'g', { class: 'slice-labels', transform: `translate(${cx},${cy})` });
  for (const datum of layout(slices)) {
    const point = datum.data;
    const pattern = patternFill(point.col);
    const path = svgElement(document, 'path', {
      d: shape(datum) ?? '',
      class: `arc ${pattern ? 'patterned' : fillClass(paintOf(point.col).color)}`,
    });
    if (pattern) path.setAttribute('fill', pattern);
    nameMark(
      path,
      point,
      chartMessages(view.locale).markName(
        view.categories[point.col]!.label,
        undefined,
        chartMessages(view.locale).withShare(point.phrase, shareText(point.value!, whole, view.locale), partial),
      ),
    );
    group.append(path);
    // The share outside the ring, where the slice is wide enough to own it.
    if (datum.endAngle - datum.startAngle >= 0.3) {
      const angle = (datum.startAngle + datum.endAngle) / 2;
      const r = outer + 16;
      const text = svgElement(document, 'text', {
        x: (Math.sin(angle) * r).toFixed(1),
        y: (-Math.cos(angle) * r).toFixed(1),
        'text-anchor': Math.abs(Math.sin(angle)) < 0.3 ? 'middle' : Math.sin(angle) > 0 ? 'start' : 'end',
        'dominant-baseline': 'middle',
        class: 'value-label',
      });
      text.textContent = shareText(point.value!, whole, view.locale);
      labels.append(text);
    }
  }
  svg.append(group, labels);

  // The total in the hole, qualified honestly ("более 768"), on one line or two; never cut (a cut number
  // reads as another number): when it fits neither way, the hole stays empty and the summary and table say it.
  // The hole calls its figure the whole, so it shows one only when the ring is the whole: with a part missing
  // (or negative, which has no slice) the sum of the slices is not the total, and the summary says what its
  // total covers ("по имеющимся данным").
  const sum = partial ? undefined : total(slices);
  const totalText =
    sum &&
    formatQualified(sum.value, sum.qualifier, series.format, view.locale, { compact: Math.abs(sum.value) >= 10_000 });
  const lines = totalText ? holeLines(totalText, inner * 1.7, (t) => measure(t) * TOTAL_SCALE) : undefined;
  if (lines) {
    const hole = svgElement(document, 'g', { class: 'donut-total', transform: `translate(${cx},${cy})` });
    const shift = ((lines.length - 1) * TOTAL_LINE) / 2;
    const value = svgElement(document, 'text', { y: -4 - shift, 'text-anchor': 'middle', class: 'total-value' });
    if (lines.length === 1) value.textContent = lines[0]!;
    else
      for (const [index, line] of lines.entries()) {
        const row = svgElement(document, 'tspan', { x: 0, y: -4 - shift + index * TOTAL_LINE });
        row.textContent = line;
        value.append(row);
      }
    const caption = svgElement(document, 'text', { y: 16 + shift, 'text-anchor': 'middle', class: 'total-caption' });
    caption.textContent = chartMessages(view.locale).header.total;
    hole.append(value, caption);
    svg.append(hole);
  }

  if (boxes.length > 0) {
    const boxGroup = svgElement(document, 'g', { class: `${MARK_GROUP} row-0 no-data-boxes` });
    const boxLabels = svgElement(document, 'g', { class: 'no-data-labels' });
    for (const box of boxes) {
      const rect = svgElement(document, 'rect', { x: box.x, y: box.y, width: box.w, height: BOX, rx: 3 });
      nameMark(rect, box.point);
      boxGroup.append(rect);
      const text = svgElement(document, 'text', {
        x: box.x + GAP,
        y: box.y + BOX / 2,
        'dominant-baseline': 'middle',
        class: 'no-data-label',
      });
      text.textContent = box.text;
      boxLabels.append(text);
    }
    svg.append(boxGroup, boxLabels);
  }

  structureSvg(svg, view, width, height);
  for (const node of svg.querySelectorAll('g'))
    if (!node.closest(`.${MARK_GROUP}`) && !node.matches('[role="list"]')) node.setAttribute('aria-hidden', 'true');
  // Columns are the data's own order (the table's order): slices and boxes are walked as the feed lists them.
  const marks = new Map<number, SVGElement>();
  svg
    .querySelectorAll<SVGElement>('[data-row][data-col]')
    .forEach((mark) => marks.set(Number(mark.getAttribute('data-col')), mark));
  const markAt = (position: GridPosition): SVGElement | undefined =>
    position.row === 0 ? marks.get(position.col) : undefined;
  const positionOf = positionOfMark;
  return { svg, width, height, virtualRows: false, markAt, positionOf };
}
