/**
 * The chart's tooltip and focus ring: which value the tooltip shows and why (a focused mark keeps it until
 * blur, a hovered one until the pointer leaves), the pointer's way of picking a value (a mark, or the
 * value the drawing finds nearest the pointer: on a line, in a bar's or column's band), Escape to dismiss
 * it (WCAG 1.4.13), and where it stands.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GridPosition } from '../../a11y/keyboard-navigation.js';
import { drawFocusRing, type DrawnChart } from './drawing.js';
import { PositionSheet } from './position-sheet.js';

export interface Tip {
  readonly position: GridPosition;
  readonly by: 'focus' | 'hover';
}

export interface TooltipOptions {
  /** The drawing on screen. */
  readonly drawn: () => DrawnChart | undefined;
  /** A mark has keyboard or pointer focus: hovering then leaves the tooltip to it. */
  readonly markFocused: () => boolean;
  /** The area the tooltip stays inside. */
  readonly chart: () => HTMLElement | null;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class TooltipController implements ReactiveController {
  /** The value under the pointer, if any. */
  hovered?: GridPosition;
  private shown?: Tip;
  private ring?: SVGElement;
  /** Where the tooltip points: the focused or hovered mark, or the pointer (a cursor-walked line). */
  private anchor?: () => DOMRect;
  private readonly sheet = new PositionSheet('.tooltip');

  constructor(
    private readonly host: Host,
    private readonly options: TooltipOptions,
  ) {
    host.addController(this);
  }

  /** The value the tooltip shows, and why it shows. */
  get tip(): Tip | undefined {
    return this.shown;
  }

  private set tip(value: Tip | undefined) {
    if (value === this.shown) return;
    this.shown = value;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    this.place();
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onDocumentKey);
  }

  /** Hides the tooltip (a new view: the value it showed may be gone). */
  hide(): void {
    this.tip = undefined;
  }

  /** The drawing is about to be replaced: the ring goes with it. */
  forgetRing(): void {
    this.ring = undefined;
  }

  /** A mark took focus: a ring when by keyboard, and the tooltip. */
  focus(position: GridPosition, element: SVGElement | HTMLElement, source: 'keyboard' | 'pointer'): void {
    this.ring?.remove();
    this.ring = source === 'keyboard' && element instanceof SVGGraphicsElement ? drawFocusRing(element) : undefined;
    this.anchor = () => element.getBoundingClientRect();
    this.tip = { position, by: 'focus' };
  }

  /** Focus left the marks. */
  leave(): void {
    this.ring?.remove();
    this.ring = undefined;
    if (this.tip?.by === 'focus') this.tip = undefined;
  }

  /** A move, or a press: a tap on a touch screen moves nothing before it, and its click reads `hovered`. */
  readonly onPointerMove = (event: PointerEvent): void => {
    const drawn = this.options.drawn();
    if (!drawn || this.options.markFocused()) return;
    const target = event.composedPath()[0];
    const mark = target instanceof Element ? target.closest('.mark') : null;
    let position = mark ? drawn.positionOf(mark) : undefined;
    let anchor: (() => DOMRect) | undefined = mark ? () => mark.getBoundingClientRect() : undefined;
    if (!position && drawn.nearest && target instanceof Element && target.closest('svg')) {
      const box = drawn.svg.getBoundingClientRect();
      const scale = drawn.width / Math.max(1, box.width);
      position = drawn.nearest((event.clientX - box.left) * scale, (event.clientY - box.top) * scale);
      const element = position && !drawn.virtualRows ? drawn.markAt(position) : undefined;
      const { clientX, clientY } = event;
      anchor = element ? () => element.getBoundingClientRect() : () => new DOMRect(clientX, clientY, 0, 0);
    }
    this.hovered = position;
    if (position && anchor) {
      this.anchor = anchor;
      this.showHoverTip(position);
    } else if (target instanceof Element && !target.closest('.tooltip') && this.tip?.by === 'hover') {
      this.hideHoverTip();
    }
  };

  readonly onPointerLeave = (): void => {
    this.hovered = undefined;
    if (this.tip?.by === 'hover') this.hideHoverTip();
  };

  readonly onChartKey = (event: KeyboardEvent): void => {
    // Escape on a focused mark first dismisses its tooltip, the navigation then leaves the marks.
    if (event.key === 'Escape' && this.tip) this.tip = undefined;
  };

  private showHoverTip(position: GridPosition): void {
    if (this.tip?.position.row !== position.row || this.tip.position.col !== position.col)
      this.tip = { position, by: 'hover' };
    document.addEventListener('keydown', this.onDocumentKey);
  }

  private hideHoverTip(): void {
    this.tip = undefined;
    document.removeEventListener('keydown', this.onDocumentKey);
  }

  /** Escape dismisses a tooltip shown by hover, wherever focus is (WCAG 1.4.13). */
  private readonly onDocumentKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.tip?.by === 'hover') this.hideHoverTip();
  };

  /**
   * Above the mark, centred, and inside the chart; never over the name of the focused mark's category
   * (a column's name is under it, a bar's beside or above it), which the reader is matching it with.
   */
  private place(): void {
    const root = this.host.renderRoot;
    const tip = root.querySelector<HTMLElement>('.tooltip');
    const chart = this.options.chart();
    if (!tip || !chart || tip.hidden || !this.anchor) return;
    const area = chart.getBoundingClientRect();
    const mark = this.anchor();
    const col = this.tip?.position.col;
    const name = col === undefined ? null : chart.querySelector(`svg [data-label-col="${col}"]`);
    const avoid = name ? [relativeTo(name.getBoundingClientRect(), area)] : [];
    const { left, top } = tipPlace(
      relativeTo(mark, area),
      { width: tip.offsetWidth, height: tip.offsetHeight },
      { width: area.width, height: area.height },
      avoid,
    );
    this.sheet.place(root as ShadowRoot, left, top);
  }
}

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

function relativeTo(box: DOMRectReadOnly, area: DOMRectReadOnly): Box {
  return {
    left: box.left - area.left,
    top: box.top - area.top,
    right: box.right - area.left,
    bottom: box.bottom - area.top,
  };
}

const GAP = 8;
const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Where a tooltip of `size` goes for a mark at `mark` in a chart of `area` (all in the chart's
 * coordinates): centred on the mark, or else just clear of the names to avoid, at the first height of
 * above the mark, above mark and names, below the mark, or the chart's top edge, that stays inside the
 * chart and covers neither the mark nor any of `avoid`; else the place that covers fewest.
 */
export function tipPlace(
  mark: Box,
  size: { width: number; height: number },
  area: { width: number; height: number },
  avoid: readonly Box[],
): { left: number; top: number } {
  const clampLeft = (left: number): number => Math.max(0, Math.min(left, area.width - size.width));
  const clampTop = (top: number): number => Math.max(0, Math.min(top, area.height - size.height));
  const centred = clampLeft(mark.left + (mark.right - mark.left) / 2 - size.width / 2);
  // Beside the names instead, when a name sits beside the mark (bars).
  const clear = clampLeft(Math.max(centred, ...avoid.map((box) => box.right + GAP)));
  const highest = Math.min(mark.top, ...avoid.map((box) => box.top));
  const tops = [mark.top - size.height - GAP, highest - size.height - GAP, mark.bottom + GAP, 0].map(clampTop);
  const places = [centred, clear].flatMap((left) => tops.map((top) => ({ left, top })));
  // The mark itself is never covered either.
  const covered = ({ left, top }: { left: number; top: number }): number => {
    const tip = { left, top, right: left + size.width, bottom: top + size.height };
    return [mark, ...avoid].filter((box) => overlaps(tip, box)).length;
  };
  return (
    places.find((place) => covered(place) === 0) ??
    places.reduce((best, place) => (covered(place) < covered(best) ? place : best))
  );
}
