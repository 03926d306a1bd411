/**
 * What both drawing modules (Plot for axes charts, d3-shape for the donut) hand back to the element, and
 * the clean-up every drawing goes through before it is shown:
 * - no `<style>` element and no `style` attribute survive (a strict CSP blocks both; the element's static
 *   styles carry the equivalent rules);
 * - decoration (axes, grid, labels, lines) is `aria-hidden`, and no `aria-label` is left on a role-less
 *   `<g>` (axe `aria-prohibited-attr`);
 * - each series is a `role="list"` named by its label, each mark a `role="listitem"` named as a reader
 *   says it ("Карагандинская область: 358 человек"), focusable by script only (roving tabindex);
 * - a background rectangle that carries the surface colour, so contrast checkers can see what is behind
 *   SVG text (axe reports text over a bare `<svg>` as "incomplete").
 * This module has no dependency of its own: it travels in the lazy chunk with whichever renderer uses it.
 */
import type { GridPosition } from '../../a11y/keyboard-navigation.js';
import type { Measure } from './label-fit.js';
import type { ChartPoint, ChartView } from './chart-model.js';

export const SVG_NS = 'http://www.w3.org/2000/svg';

export interface DrawOptions {
  readonly width: number;
  readonly document: Document;
  readonly measure: Measure;
}

export interface DrawnChart {
  readonly svg: SVGSVGElement;
  readonly width: number;
  readonly height: number;
  /** Series (rows) that are walked with a moving cursor instead of one element per value (very long series). */
  readonly virtualRows: boolean;
  /** The element standing for a position; for a virtual row the cursor, moved and named for it. */
  markAt(position: GridPosition): SVGElement | undefined;
  /** The position a mark element stands for. */
  positionOf(target: Element): GridPosition | undefined;
  /**
   * The position a pointer at SVG user coordinates picks where it is on no mark, for charts whose marks
   * may be small: the value nearest it on a line, the bar or column of the band it is in.
   */
  nearest?(x: number, y: number): GridPosition | undefined;
  /**
   * For a chart drawn in slices (thousands of bars): draws the next slice into `svg`; true while slices
   * remain. `markAt` draws up to a position itself, so the keyboard can reach any mark at any time.
   */
  drawNext?(): boolean;
}

/** Marks and groups the drawing modules tag, so this clean-up knows what is data and what is decoration. */
export const MARK_GROUP = 'series-mark';
const ROW_CLASS = /\brow-(\d+)\b/;

export function svgElement<K extends keyof SVGElementTagNameMap>(
  document: Document,
  name: K,
  attributes: Record<string, string | number> = {},
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/** Makes `element` the mark for `point`: a named list item, focusable by script, tagged with its position. */
export function nameMark(element: Element, point: ChartPoint, name = point.name): void {
  element.setAttribute('role', 'listitem');
  element.setAttribute('aria-label', name);
  element.setAttribute('tabindex', '-1');
  element.setAttribute('data-row', String(point.row));
  element.setAttribute('data-col', String(point.col));
  element.classList.add('mark');
  if (point.value === null) element.classList.add('no-data');
}

/** Reads the position a mark was tagged with. */
export function positionOfMark(target: Element): GridPosition | undefined {
  const mark = target.closest('[data-row][data-col]');
  if (!mark) return undefined;
  return { row: Number(mark.getAttribute('data-row')), col: Number(mark.getAttribute('data-col')) };
}

/** Removes everything a strict CSP would block and everything axe would flag; see the module comment. */
export function cleanSvg(svg: SVGSVGElement): void {
  svg.querySelectorAll('style').forEach((node) => node.remove());
  svg.removeAttribute('style');
  svg.querySelectorAll('[style]').forEach((node) => node.removeAttribute('style'));
  // Plot's root attributes: the class only served its injected <style>; font and colour come from our CSS.
  for (const name of ['class', 'font-family', 'font-size', 'aria-label', 'aria-description']) svg.removeAttribute(name);
  for (const group of svg.querySelectorAll('g')) {
    group.removeAttribute('aria-label');
    group.removeAttribute('aria-description');
    if (!group.classList.contains(MARK_GROUP) && !group.closest(`.${MARK_GROUP}`))
      group.setAttribute('aria-hidden', 'true');
    else group.removeAttribute('aria-hidden');
  }
  // Plot may title marks with <title>: names come from aria-label only, one source of truth.
  svg.querySelectorAll('title').forEach((node) => node.remove());
}

/**
 * Gathers each series' mark groups into one `role="list"` named by the series, placed where its first
 * group was (keeping paint order), and adds the background and the focus-ring layer.
 */
export function structureSvg(svg: SVGSVGElement, view: ChartView, width: number, height: number): void {
  const document = svg.ownerDocument;
  svg.setAttribute('role', 'none');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', `chart-svg type-${view.type}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const lists = new Map<number, SVGGElement>();
  for (const group of [...svg.querySelectorAll<SVGGElement>(`g.${MARK_GROUP}`)]) {
    const row = Number(ROW_CLASS.exec(group.getAttribute('class') ?? '')?.[1] ?? 0);
    let list = lists.get(row);
    if (!list) {
      list = svgElement(document, 'g', { role: 'list', class: `series series-${row}` });
      list.setAttribute('aria-label', view.series[row]?.label.text ?? '');
      const lang = view.series[row]?.label.lang;
      if (lang && lang !== view.locale) list.setAttribute('lang', lang);
      group.before(list);
      lists.set(row, list);
    }
    list.append(group);
  }
  for (const list of lists.values()) {
    orderMarks(list);
    // Plot's wrapper groups would stand between list and items (Chromium then drops the list item role
    // and exposes bare graphics symbols): make them presentational, so each mark is an item of its list.
    list.querySelectorAll('g').forEach((group) => group.setAttribute('role', 'none'));
  }
  const background = svgElement(document, 'rect', {
    class: 'background',
    x: 0,
    y: 0,
    width,
    height,
    'aria-hidden': 'true',
  });
  svg.prepend(background);
}

/**
 * Puts a series' marks in data order, which is the order a screen reader reads them in browse mode,
 * where Plot draws each kind of mark (bars, "no data" boxes) in a group of its own. Each mark moves
 * into a shallow copy of its own group, so it keeps its coordinates and the CSS that styles it.
 */
function orderMarks(list: SVGGElement): void {
  const items = [...list.querySelectorAll<SVGElement>('[data-col]')];
  const col = (item: Element): number => Number(item.getAttribute('data-col'));
  if (items.every((item, i) => i === 0 || col(items[i - 1]!) <= col(item))) return;
  const groups: Element[] = [];
  let current: { source: Element; copy: Element } | undefined;
  for (const item of [...items].sort((a, b) => col(a) - col(b))) {
    const source = item.parentElement!;
    if (current?.source !== source) {
      current = { source, copy: source.cloneNode(false) as Element };
      groups.push(current.copy);
    }
    current.copy.append(item);
  }
  list.replaceChildren(...groups);
}

/**
 * The focus ring for a mark: a rectangle around its box, drawn in the mark's own coordinate space (as
 * its last sibling, so it paints on top), or the outline of an arc. Hidden from assistive technology.
 */
export function drawFocusRing(mark: SVGGraphicsElement): SVGElement | undefined {
  const parent = mark.parentNode;
  if (!(parent instanceof SVGElement)) return undefined;
  const document = mark.ownerDocument;
  let ring: SVGElement;
  if (mark.classList.contains('arc')) {
    ring = svgElement(document, 'path', { d: mark.getAttribute('d') ?? '' });
  } else {
    let box: DOMRect;
    try {
      box = mark.getBBox();
    } catch {
      return undefined;
    }
    // getBBox ignores the mark's own transform (Plot places symbols and text with one): apply it here.
    const matrix = mark.transform?.baseVal.consolidate()?.matrix;
    const corners = [
      [box.x, box.y],
      [box.x + box.width, box.y],
      [box.x, box.y + box.height],
      [box.x + box.width, box.y + box.height],
    ].map(([x, y]) =>
      matrix
        ? { x: matrix.a * x! + matrix.c * y! + matrix.e, y: matrix.b * x! + matrix.d * y! + matrix.f }
        : { x: x!, y: y! },
    );
    const xs = corners.map((c) => c.x);
    const ys = corners.map((c) => c.y);
    const pad = 3;
    const x = Math.min(...xs) - pad;
    const y = Math.min(...ys) - pad;
    ring = svgElement(document, 'rect', {
      x,
      y,
      width: Math.max(...xs) - x + pad,
      height: Math.max(...ys) - y + pad,
      rx: 3,
    });
  }
  ring.setAttribute('class', 'focus-ring');
  ring.setAttribute('aria-hidden', 'true');
  parent.append(ring);
  return ring;
}
