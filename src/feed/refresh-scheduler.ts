/**
 * One refresh timer per feed URL on the page, however many elements show it, following refresh-policy.ts.
 * Nothing is fetched while the page is hidden: a refresh that falls due then waits, and happens once when
 * the page is shown again. Clock, timers, dice and visibility come from an environment, so the node
 * simulation of many readers runs this same code on a virtual clock.
 */
import { firstDelay, nextDelay, type Random } from './refresh-policy.js';

export interface RefreshEnvironment {
  setTimer(callback: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  readonly random: Random;
  isHidden(): boolean;
  /** Calls `listener` when the page is shown again; returns what stops listening. */
  onVisible(listener: () => void): () => void;
}

/** How a refresh went: a failure may carry the server's `Retry-After`. */
export type RefreshOutcome = { readonly ok: true } | { readonly ok: false; readonly retryAfterMs?: number };

export type Refresh = () => Promise<RefreshOutcome>;

interface Subscriber {
  readonly intervalMs: number;
  readonly refresh: Refresh;
}

class UrlTimer {
  readonly subscribers = new Set<Subscriber>();
  failures = 0;
  private handle: unknown;
  private stopWaiting?: () => void;
  private running = false;

  constructor(private readonly env: RefreshEnvironment) {}

  get intervalMs(): number {
    return Math.min(...[...this.subscribers].map((subscriber) => subscriber.intervalMs));
  }

  start(): void {
    this.arm(firstDelay(this.intervalMs, this.env.random));
  }

  stop(): void {
    this.env.clearTimer(this.handle);
    this.handle = undefined;
    this.stopWaiting?.();
    this.stopWaiting = undefined;
  }

  private arm(ms: number): void {
    this.env.clearTimer(this.handle);
    this.handle = this.env.setTimer(() => this.due(), ms);
  }

  private due(): void {
    this.handle = undefined;
    if (!this.env.isHidden()) {
      void this.run();
      return;
    }
    this.stopWaiting = this.env.onVisible(() => {
      this.stopWaiting?.();
      this.stopWaiting = undefined;
      void this.run();
    });
  }

  private async run(): Promise<void> {
    if (this.running || this.subscribers.size === 0) return;
    this.running = true;
    let failure: RefreshOutcome | undefined;
    try {
      // The elements of one URL share one request (feed-cache.ts); each learns its outcome.
      const outcomes = await Promise.all(
        [...this.subscribers].map((subscriber) => subscriber.refresh().catch((): RefreshOutcome => ({ ok: false }))),
      );
      failure = outcomes.find((outcome) => !outcome.ok);
    } finally {
      this.running = false;
    }
    if (this.subscribers.size === 0) return;
    this.failures = failure ? this.failures + 1 : 0;
    const retryAfterMs = failure && !failure.ok ? failure.retryAfterMs : undefined;
    this.arm(nextDelay(this.intervalMs, this.failures, this.env.random, retryAfterMs));
  }
}

export class RefreshScheduler {
  private readonly timers = new Map<string, UrlTimer>();

  constructor(private readonly env: RefreshEnvironment) {}

  /** Calls `refresh` whenever `href` is due; the returned function unsubscribes. */
  subscribe(href: string, intervalMs: number, refresh: Refresh): () => void {
    let timer = this.timers.get(href);
    const subscriber: Subscriber = { intervalMs, refresh };
    if (!timer) {
      timer = new UrlTimer(this.env);
      this.timers.set(href, timer);
      timer.subscribers.add(subscriber);
      timer.start();
    } else {
      timer.subscribers.add(subscriber);
    }
    const owner = timer;
    return () => {
      owner.subscribers.delete(subscriber);
      if (owner.subscribers.size > 0 || this.timers.get(href) !== owner) return;
      owner.stop();
      this.timers.delete(href);
    };
  }

  /** How many URLs have a timer. */
  get size(): number {
    return this.timers.size;
  }

  /** Failures in a row for `href` (0 after a success). */
  failuresOf(href: string): number {
    return this.timers.get(href)?.failures ?? 0;
  }
}

/** The page's own clock, timers, dice and visibility. */
export const browserRefreshEnvironment: RefreshEnvironment = {
  setTimer: (callback, ms) => setTimeout(callback, ms),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout> | undefined),
  random: Math.random,
  isHidden: () => document.visibilityState === 'hidden',
  onVisible(listener) {
    const onChange = (): void => {
      if (document.visibilityState !== 'hidden') listener();
    };
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  },
};

let pageScheduler: RefreshScheduler | undefined;

/** The page's one scheduler, shared by every element. */
export function refreshScheduler(): RefreshScheduler {
  pageScheduler ??= new RefreshScheduler(browserRefreshEnvironment);
  return pageScheduler;
}
