/**
 * Follows the width of an element inside the host: one ResizeObserver, changes coalesced into one
 * callback per animation frame and ignored unless the whole-pixel width changed. Height changes (the
 * drawing's own, after a redraw) never trigger a redraw, so resizing cannot feed back into a storm.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ContainerWidthController implements ReactiveController {
  /** The last width reported, in whole CSS pixels; 0 before the first measurement. */
  width = 0;
  private target?: Element;
  private observer?: ResizeObserver;
  private frame = 0;
  private pending = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly onChange: (width: number) => void,
  ) {
    host.addController(this);
  }

  /** Starts following `element` (idempotent). Does not measure: that would force a layout now. */
  observe(element: Element): void {
    if (this.target !== element) {
      this.observer?.disconnect();
      this.target = element;
      this.connect();
    }
  }

  /**
   * The width now, measured if no observation has reported one yet, so a first drawing need not wait a
   * frame for the ResizeObserver. Reading layout: call it before changing the page, not in between.
   */
  measure(): number {
    if (this.width === 0 && this.target) this.width = Math.floor(this.target.getBoundingClientRect().width);
    return this.width;
  }

  hostConnected(): void {
    if (this.target) this.connect();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private connect(): void {
    this.observer ??= new ResizeObserver((entries) => {
      const entry = entries.at(-1);
      if (!entry) return;
      this.pending = Math.floor(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
      if (this.frame) return;
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        if (this.pending === this.width) return;
        this.width = this.pending;
        this.onChange(this.width);
      });
    });
    if (this.target) this.observer.observe(this.target);
  }
}
