/**
 * What every element shows about its state beside its figures: the error alert, the note on stale figures
 * and the live region that announces refreshed ones. The first two are error-views.ts's, loaded only when an
 * element has an error to show (FeedElement waits for them): until they arrive the alert is there, empty,
 * and is filled in (a screen reader announces it then), and the element's `updateComplete` waits for it. If
 * they cannot arrive (the reader went offline), the alert says so in the few words every element carries.
 */
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { FeedError } from '../../feed/errors.js';
import type { Locale } from '../../i18n/locale.js';
import { messages } from '../../i18n/index.js';
import type { FeedController } from '../../feed/feed-controller.js';

export interface ErrorViews {
  /** The `part="error"` alert, in the reader's language. */
  renderError(error: FeedError, locale: Locale): TemplateResult;
  /** After a failed refresh: the figures on screen are from `loadedAt` (they are kept, never blanked). */
  renderStaleNote(loader: FeedController, locale: Locale): TemplateResult | typeof nothing;
  /**
   * The `part="error"` alert with a retry button (it calls `retry`) in place of a tile's change, target and
   * trend, whose code did not load; the tile's figure is still shown. Adopts the button's styles in `tile`. A
   * retry from the keyboard leaves focus on the tile's `base` part once the parts are shown.
   */
  renderExtrasFailed(tile: ReactiveElement, locale: Locale, retry: () => void): TemplateResult;
  /** For the developer: which code did not load, why (`error`), and what to do. */
  extrasFailedMessage(error: unknown): string;
  /**
   * A chart's `part="error draw-failed"` alert, in place of a drawing whose code did not load; `retry` loads it
   * again, and a retry from the keyboard leaves focus on the drawn chart.
   */
  renderDrawFailed(chart: ReactiveElement, locale: Locale, retry: () => void): TemplateResult;
}

let registered: ErrorViews | undefined;
/** Their code could not be loaded (offline, a broken deploy): alerts say so in the words every element has. */
let failed = false;
/** After a failure the page does not ask again by itself (it is likely offline), only when a reader retries. */
let mayLoad = true;
let loading: Promise<void> | undefined;

export function registerErrorViews(views: ErrorViews): void {
  registered = views;
}

/**
 * Loads the error views with `code` (the import of error-views.ts, which FeedElement makes: from here it would
 * be an import cycle), once; resolves when they are registered, or (the code could not be loaded) when the
 * alerts fall back to the words every element has.
 */
export function loadErrorViews(code: () => Promise<unknown>): Promise<void> | undefined {
  if (registered || !mayLoad) return undefined;
  return (loading ??= code()
    .then(() => registered ?? Promise.reject())
    .then(undefined, () => {
      failed = true;
      mayLoad = false;
      loading = undefined;
    }));
}

/** A reader or the page asked to try again (a retry button, `reload()`): the error views are asked for again. */
export function retryErrorViews(): void {
  mayLoad = true;
}

export function renderError(error: FeedError, locale: Locale): TemplateResult {
  return registered?.renderError(error, locale) ?? renderFallback(locale);
}

/**
 * The retry button's action: `retry`, and, when the button had the keyboard's focus, focus on the element's
 * `landing` part once what was retried is shown. The button is gone by then, and focus would fall back to the
 * page, losing a keyboard or screen-reader user's place.
 */
export function retryKeepingFocus(host: ReactiveElement, landing: string, retry: () => void): (event: Event) => void {
  return (event) => {
    const button = event.currentTarget as HTMLElement;
    const hadFocus = host.shadowRoot?.activeElement === button;
    retry();
    if (!hadFocus) return;
    void host.updateComplete.then(() => {
      const target = host.shadowRoot?.querySelector<HTMLElement>(`[part~='${landing}']`);
      if (button.isConnected || !target) return;
      // Focusable from script only, if it was not already: it is a landing place, not a tab stop.
      if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
      target.focus();
    });
  };
}

/**
 * The `part="error"` alert before the error views arrive: empty, then, if they could not be loaded, in the words
 * every element has. With `retry` (in place of a part whose code did not load: a tile's change, target and trend;
 * a chart's drawing) it has a button that asks for that code and the error views again, keeping the keyboard's
 * place on `retry.host`'s `retry.landing` part. `box` is its class, and `parts` its parts (a chart's drawing note
 * is also `draw-failed`, as the worded one is).
 */
export function renderFallback(
  locale: Locale,
  retry?: { readonly host: ReactiveElement; readonly landing: string; readonly retry: () => void },
  box = 'error',
  parts = 'error',
): TemplateResult {
  const text = messages(locale);
  const again = (event: Event): void => {
    retryErrorViews();
    retryKeepingFocus(retry!.host, retry!.landing, retry!.retry)(event);
  };
  return html`<div part=${parts} role="alert" class=${box}>${
    failed
      ? html`<p class="error-title">${text.offline}${
          retry
            ? html` <button type="button" part="retry" class="pill" @click=${again}>${text.retry}</button>`
            : nothing
        }</p>`
      : nothing
  }</div>`;
}

export function renderStaleNote(loader: FeedController, locale: Locale): TemplateResult | typeof nothing {
  return registered?.renderStaleNote(loader, locale) ?? nothing;
}

/** The error views, once they have arrived: for what only one element shows (a tile's or a chart's part). */
export function errorViews(): ErrorViews | undefined {
  return registered;
}

/**
 * The polite live region that announces refreshed figures once, never on first render, so a screen reader is
 * not interrupted while the page loads.
 */
export function renderLiveRegion(loader: FeedController, locale: Locale): TemplateResult {
  const announcement = loader.liveAnnouncement(messages(locale).updated);
  return html`<div class="visually-hidden" aria-live="polite">${announcement}</div>`;
}
