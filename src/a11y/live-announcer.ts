/**
 * A polite live region's text, owned by a controller so an element announces a change once (a refresh,
 * a redraw the reader asked for) and never on first render. The element renders `message` inside its
 * own `role="status"` region; saying the same words twice still reaches the reader.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class LiveAnnouncer implements ReactiveController {
  /** What the live region says now. */
  message = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost, private readonly clearAfterMs = 7000) {
    host.addController(this);
  }

  announce(text: string): void {
    // A region only speaks when its text changes: alternate a trailing no-break space for repeats.
    this.message = text === this.message.trimEnd() && !this.message.endsWith('\u00a0') ? `${text}\u00a0` : text;
    this.host.requestUpdate();
    clearTimeout(this.timer);
    // Cleared later so a reader walking the page does not meet a stale announcement.
    this.timer = setTimeout(() => {
      this.message = '';
      this.host.requestUpdate();
    }, this.clearAfterMs);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.message = '';
  }
}
