/**
 * The chart's tooltip and focus ring: which value the tooltip shows and why (a focused mark keeps it until
 * blur, a hovered one until the pointer leaves), the pointer's way of picking a value (a mark, or on a
 * line the value nearest the pointer), Escape to dismiss it (WCAG 1.4.13), and where it stands.
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

  constructor(private readonly host: Host, private readonly options: TooltipOptions) {
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
    if (this.tip?.position.row !== position.row || this.tip.position.col !== position.col) this.tip = { position, by: 'hover' };
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

  /** Above the anchor, centred and kept inside the chart; below it when there is no room above. */
  private place(): void {
    const root = this.host.renderRoot;
    const tip = root.querySelector<HTMLElement>('.tooltip');
    const chart = this.options.chart();
    if (!tip || !chart || tip.hidden || !this.anchor) return;
    const area = chart.getBoundingClientRect();
    const box = this.anchor();
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    let left = box.left - area.left + box.width / 2 - width / 2;
    left = Math.max(0, Math.min(left, area.width - width));
    let top = box.top - area.top - height - 8;
    if (top < 0) top = box.bottom - area.top + 8;
    this.sheet.place(root as ShadowRoot, left, top);
  }
}
