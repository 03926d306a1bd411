/**
 * The one loader behaviour every element shares: where the feed comes from (`feed` property, `src`,
 * inline `<script type="application/json">`), loading/ready/error state, abort on change and on
 * disconnect, periodic refresh that keeps the last good data, and the public load/error events.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EnclosingFeed } from './enclosing-feed.js';
import { FeedError } from './errors.js';
import { loadFeed, validateOnce } from './feed-cache.js';
import { resolveFeedUrl } from './feed-url.js';
import { inOwnTask } from './render-queue.js';
import { DEFAULT_TIMEOUT_MS } from './fetch-feed.js';
import type { RefreshSubscription } from './refresh-subscription.js';
import type { Feed } from './schema.js';
import { InclusionErrorEvent, InclusionLoadEvent } from '../events.js';
import { developerMessage } from './developer-message.js';

export type FeedState = 'loading' | 'ready' | 'error';

/** What an element exposes to the controller: the shared attributes (docs/ARCHITECTURE.md, "Attributes"). */
export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  feed?: unknown;
  /** Seconds between re-fetches of `src`; 0 or missing: off. */
  refresh?: number;
  /** Seconds to wait for a feed before giving up. */
  timeout?: number;
  state: FeedState;
}

export interface FeedControllerOptions {
  /** Checks the loaded feed against the element's own attributes (e.g. an unknown `metric` id). */
  readonly check?: (feed: Feed) => FeedError | undefined;
  /** Take the feed of an enclosing dashboard when the element has none of its own (default true). */
  readonly useEnclosingFeed?: boolean;
  /**
   * Resolves when the element shows what it rendered (a chart: once drawn; an error: with its words, which
   * may load on demand). `inclusion-load` and `inclusion-error` wait for it, so a listener finds the figures
   * or the alert on screen; without it the event follows the render that shows them.
   */
  readonly shown?: () => Promise<unknown>;
}

/** What an element shows in each state; see `FeedController.render`. */
export interface FeedRenderers<T> {
  /** No feed yet: the loading state. */
  readonly pending: () => T;
  /** The error that stops the element from showing data. */
  readonly error: (error: FeedError) => T;
  /** The feed to show (after a failed refresh, the last good one). */
  readonly complete: (feed: Feed) => T;
}

type Origin =
  | { readonly kind: 'object'; readonly value: unknown }
  | { readonly kind: 'url'; readonly href: string }
  | { readonly kind: 'none' };

function errorOf(reason: unknown): FeedError {
  if (reason instanceof FeedError) return reason;
  return new FeedError('network', reason instanceof Error ? reason.message : String(reason));
}

export class FeedController implements ReactiveController {
  /** The last good feed; kept through failed refreshes. */
  data?: Feed;
  /** The error that stops the element from showing data (loading, schema, unknown metric...). */
  error?: FeedError;
  /** A refresh failed: `data` is what arrived at `loadedAt`, and it may be out of date. */
  staleError?: FeedError;
  loadedAt?: Date;
  /** Counts successful refreshes after the first load, so the element can announce updates (never the first render). */
  updates = 0;

  private origin: Origin = { kind: 'none' };
  private abort?: AbortController;
  /** This element's share of its URL's refresh timer, once its code has arrived (refresh-subscription.ts). */
  private refreshing?: RefreshSubscription;
  private refreshAsked = false;
  private announcedData?: Feed;
  private announcedError?: FeedError;
  private interrupted = false;
  private children?: MutationObserver;

  /** The enclosing dashboard's feed, asked for once the element is found to have none of its own. */
  private enclosing?: EnclosingFeed;
  private enclosingAsked = false;

  constructor(
    private readonly host: FeedHost,
    private readonly options: FeedControllerOptions = {},
  ) {
    host.addController(this);
  }

  get state(): FeedState {
    if (this.error) return 'error';
    return this.data ? 'ready' : 'loading';
  }

  /**
   * The branch between loading, error and data in an element's `render()`, in the manner of Lit's
   * `Task.render`: the renderer for the state the element is in. An error wins over data, so an unknown
   * `metric` is shown even while the feed itself is loaded.
   */
  render<T>(renderers: FeedRenderers<T>): T {
    if (this.error) return renderers.error(this.error);
    return this.data ? renderers.complete(this.data) : renderers.pending();
  }

  hostConnected(): void {
    // A load cut short by leaving the page starts again on return; a loaded element keeps its data when moved.
    if (this.interrupted) this.origin = { kind: 'none' };
    this.interrupted = false;
    // Inline JSON may be parsed after the element is upgraded: look again when children arrive.
    this.children = new MutationObserver(() => this.host.requestUpdate());
    this.children.observe(this.host, { childList: true, subtree: true, characterData: true });
    // Reflect at once, not after the first render, so host CSS (`[state=loading]`) applies from the start.
    if (!this.host.hasAttribute('state')) this.host.setAttribute('state', this.state);
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.interrupted = this.abort !== undefined && !this.abort.signal.aborted && !this.data && !this.error;
    this.abort?.abort();
    this.abort = undefined;
    this.children?.disconnect();
    this.children = undefined;
    this.refreshing?.stop();
  }

  hostUpdate(): void {
    const next = this.readOrigin();
    if (!sameOrigin(next, this.origin)) {
      this.origin = next;
      this.load(false);
    }
    this.schedule();
    // Checked on every update (an element's `metric` may change); the same problem keeps its error object,
    // so it is announced once, and a re-render never clears it.
    const checkable = this.data && (!this.error || this.error.kind === 'metric');
    const checkError = checkable ? this.options.check?.(this.data!) : undefined;
    if (checkError) {
      if (checkError.message !== this.error?.message) this.error = checkError;
    } else if (this.error?.kind === 'metric') this.error = undefined;
    this.host.state = this.state;
  }

  hostUpdated(): void {
    if (this.error && this.error !== this.announcedError) {
      const error = this.error;
      this.announcedError = error;
      this.whenShown(() => {
        if (this.error === error) this.host.dispatchEvent(new InclusionErrorEvent(detailOf(error, this.host)));
      });
    } else if (!this.error && this.data && this.data !== this.announcedData) {
      this.announcedData = this.data;
      this.announcedError = undefined;
      this.announceLoad(this.data);
    }
  }

  private announceLoad(feed: Feed): void {
    this.whenShown(() => this.host.dispatchEvent(new InclusionLoadEvent(feed)));
  }

  /** Runs `announce` once the element shows what it rendered (see `shown`). */
  private whenShown(announce: () => void): void {
    if (this.options.shown) void this.options.shown().then(announce, announce);
    else announce();
  }

  private announcedUpdates = 0;
  private announcement = '';

  /**
   * The polite live-region text: `updatedText` once a refresh has brought new data, kept until the
   * next one; empty on first render, so nothing is announced when the page loads.
   */
  liveAnnouncement(updatedText: string): string {
    if (this.updates !== this.announcedUpdates) {
      this.announcedUpdates = this.updates;
      this.announcement = updatedText;
    }
    return this.announcement;
  }

  /** Fetches `src` again now; a failure keeps the data on screen and marks it stale. */
  reload(): void {
    this.load(true);
  }

  private readOrigin(): Origin {
    const { feed, src } = this.host;
    if (feed !== undefined && feed !== null) return { kind: 'object', value: feed };
    if (src !== undefined && src !== null && src !== '') return { kind: 'url', href: src };
    const inline = this.host.querySelector(':scope > script[type="application/json"]');
    if (inline) return { kind: 'object', value: inline.textContent ?? '' };
    // Inside a dashboard: its feed, already fetched and validated once for everyone.
    if (this.enclosing?.value) return { kind: 'object', value: this.enclosing.value };
    this.askEnclosing();
    return { kind: 'none' };
  }

  /**
   * Subscribes to the feed of an enclosing dashboard, once, loading the code that asks for it: only an element
   * with no feed of its own needs it. The element updates when the feed arrives.
   */
  private askEnclosing(): void {
    if (this.enclosingAsked || this.options.useEnclosingFeed === false) return;
    this.enclosingAsked = true;
    import('./enclosing-feed.js').then(
      ({ enclosingFeed }) => {
        this.enclosing = enclosingFeed(this.host);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.enclosingAsked = false;
        console.error('inclusion-widgets: the code that finds an enclosing dashboard could not be loaded.', error);
      },
    );
  }

  /** Loads the feed; a load from `src` returns its request, which rejects when it fails. */
  private load(isRefresh: boolean): Promise<unknown> | undefined {
    const origin = this.origin;
    if (!isRefresh) {
      this.abort?.abort();
      this.data = undefined;
      this.staleError = undefined;
      this.error = undefined;
    }
    if (origin.kind === 'none') return undefined;
    if (origin.kind === 'object') {
      this.settleObject(origin.value, isRefresh);
      return undefined;
    }
    let url: URL;
    try {
      url = resolveFeedUrl(origin.href);
    } catch (error) {
      this.fail(errorOf(error), isRefresh);
      return undefined;
    }
    // The first load is still on its way.
    if (isRefresh && this.abort && !this.abort.signal.aborted && !this.data) return undefined;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    const timeoutMs = this.host.timeout && this.host.timeout > 0 ? this.host.timeout * 1000 : DEFAULT_TIMEOUT_MS;
    const maxAgeMs = isRefresh ? this.refreshMs() / 2 : Infinity;
    const request = loadFeed(url, { signal: abort.signal, timeoutMs, maxAgeMs });
    request.then(
      (feed) =>
        inOwnTask(() => {
          if (!abort.signal.aborted) this.succeed(feed, isRefresh);
        }),
      (error: unknown) => {
        if (!abort.signal.aborted) this.fail(errorOf(error), isRefresh);
      },
    );
    return request;
  }

  /** A feed given as an object or inline JSON: a valid one renders at once, an invalid one once explained. */
  private settleObject(value: unknown, isRefresh: boolean): void {
    const origin = this.origin;
    let outcome: Feed | Promise<Feed | FeedError>;
    try {
      outcome = validateOnce(typeof value === 'string' ? parseInline(value) : value);
    } catch (error) {
      this.fail(errorOf(error), isRefresh);
      return;
    }
    if (!(outcome instanceof Promise)) {
      this.succeed(outcome, isRefresh);
      return;
    }
    // Only if the element still shows this feed when zod's judgement arrives.
    void outcome.then((answer) => {
      if (this.origin !== origin) return;
      if (answer instanceof FeedError) this.fail(answer, isRefresh);
      else this.succeed(answer, isRefresh);
    });
  }

  private succeed(feed: Feed, isRefresh: boolean): void {
    if (isRefresh && feed === this.data) {
      // Not modified: nothing to draw again, only a stale note to take down.
      this.loadedAt = new Date();
      if (this.staleError) {
        this.staleError = undefined;
        this.host.requestUpdate();
      }
      return;
    }
    if (isRefresh && this.data && feed !== this.data) this.updates += 1;
    this.data = feed;
    this.error = undefined;
    this.staleError = undefined;
    this.loadedAt = new Date();
    this.host.requestUpdate();
  }

  private fail(error: FeedError, isRefresh: boolean): void {
    if (isRefresh && this.data) this.staleError = error;
    else this.error = error;
    this.host.requestUpdate();
    // Once the stale note is shown, in words that may be on their way; an error is announced by `hostUpdated`.
    if (this.staleError === error)
      this.whenShown(() => this.host.dispatchEvent(new InclusionErrorEvent(detailOf(error, this.host))));
  }

  private refreshMs(): number {
    const seconds = Number(this.host.refresh);
    return Number.isFinite(seconds) && seconds > 0 ? Math.max(seconds, 1) * 1000 : 0;
  }

  /**
   * Keeps the element's share of its URL's refresh timer in step with `src` and `refresh`, loading its code
   * first: only elements with `refresh` need it, so a page that does not poll never downloads it.
   */
  private schedule(): void {
    const src = this.origin.kind === 'url' ? this.origin.href : '';
    if (this.refreshing) this.refreshing.follow(src, this.refreshMs(), this.host.isConnected);
    else if (src && this.refreshMs() > 0 && !this.refreshAsked) {
      this.refreshAsked = true;
      import('./refresh-subscription.js').then(
        ({ RefreshSubscription }) => {
          this.refreshing = new RefreshSubscription(() => this.load(true));
          this.schedule();
        },
        (error: unknown) =>
          console.error(`inclusion-widgets: the refresh code could not be loaded; ${src} is not refreshed.`, error),
      );
    }
  }
}

function parseInline(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FeedError('parse', ['inline-json', error instanceof Error ? error.message : String(error)]);
  }
}

function sameOrigin(a: Origin, b: Origin): boolean {
  if (a.kind === 'object' && b.kind === 'object') return a.value === b.value;
  if (a.kind === 'url' && b.kind === 'url') return a.href === b.href;
  return a.kind === b.kind;
}

/** The event's detail; its message names the element and is warned on the console once. */
function detailOf(error: FeedError, host: HTMLElement): InclusionErrorEvent['detail'] {
  return {
    kind: error.kind,
    message: developerMessage(host, error.told),
    ...(error.issues.length > 0
      ? { issues: error.issues.map(({ path, code, message }) => ({ path, code, message })) }
      : {}),
    ...(error.status !== undefined ? { status: error.status } : {}),
  };
}
