/**
 * An element's share of its feed URL's refresh timer (refresh-scheduler.ts): joined while the element shows a
 * `src` with a positive `refresh`, moved when either changes, left when the element leaves the page. Loaded by
 * the first element with `refresh` (feed-controller.ts), so a page that does not poll never downloads it.
 */
import { FeedError } from './errors.js';
import { resolveFeedUrl } from './feed-url.js';
import { refreshScheduler, type RefreshOutcome } from './refresh-scheduler.js';

export class RefreshSubscription {
  private href = '';
  private intervalMs = 0;
  private unsubscribe?: () => void;

  /** `refresh` fetches the feed again and returns that request (nothing when there is none to make). */
  constructor(private readonly refresh: () => Promise<unknown> | undefined) {}

  /**
   * Follows the element's `src` (empty: none) and interval (0: off) while it is `connected`: joins the timer of
   * that URL, or moves to another, or leaves it.
   */
  follow(src: string, intervalMs: number, connected: boolean): void {
    const href = src ? hrefOf(src) : '';
    const ms = href ? intervalMs : 0;
    if (ms === this.intervalMs && href === this.href && (ms === 0 || this.unsubscribe !== undefined)) return;
    this.stop();
    this.intervalMs = ms;
    this.href = href;
    if (ms > 0 && connected) this.unsubscribe = refreshScheduler().subscribe(href, ms, () => this.run());
  }

  /** Leaves the timer (the element left the page); `follow` joins it again. */
  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** A refresh the timer asked for, and how it went, for its backoff (a server may ask to wait: `Retry-After`). */
  private run(): Promise<RefreshOutcome> {
    return Promise.resolve(this.refresh()).then(
      () => ({ ok: true }),
      (error: unknown) => ({ ok: false, retryAfterMs: error instanceof FeedError ? error.retryAfterMs : undefined }),
    );
  }
}

function hrefOf(src: string): string {
  try {
    return resolveFeedUrl(src).href;
  } catch {
    return '';
  }
}
