/** The error message every element shows in its `part="error"` alert, in the reader's language. */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedError } from '../../feed/errors.js';
import type { Locale } from '../../i18n/locale.js';
import { formatClockTime, messages } from '../../i18n/index.js';
import type { FeedController } from '../../feed/feed-controller.js';

const SHOWN_ISSUES = 3;

export function renderError(error: FeedError, locale: Locale): TemplateResult {
  const text = messages(locale);
  const issues = error.issues.slice(0, SHOWN_ISSUES);
  const more = error.issues.length - issues.length;
  return html`<div part="error" role="alert" class="error">
    <p class="error-title">${error.readerMessage?.(locale) ?? text.errors[error.kind]}</p>
    ${
      issues.length > 0
        ? html`<ul class="error-issues">
          ${issues.map((issue) =>
            // An error built without the wording (see FeedError.describeIssue) still lists its problems, in English.
            error.describeIssue
              ? html`<li><code>${issue.path || '/'}</code> ${error.describeIssue(issue, locale)}</li>`
              : html`<li>${issue.message}</li>`,
          )}
          ${more > 0 ? html`<li>${text.moreProblems(more)}</li>` : nothing}
        </ul>`
        : nothing
    }
  </div>`;
}

/** After a failed refresh: the figures on screen are from `loadedAt` (they are kept, never blanked). */
export function renderStaleNote(loader: FeedController, locale: Locale): TemplateResult | typeof nothing {
  if (loader.staleError === undefined || loader.loadedAt === undefined) return nothing;
  const note = messages(locale).stale(formatClockTime(loader.loadedAt, locale));
  return html`<p class="stale-note" role="status">${note}</p>`;
}

/**
 * The polite live region that announces refreshed figures once, never on first render, so a screen reader is
 * not interrupted while the page loads.
 */
export function renderLiveRegion(loader: FeedController, locale: Locale): TemplateResult {
  const announcement = loader.liveAnnouncement(messages(locale).updated);
  return html`<div class="visually-hidden" aria-live="polite">${announcement}</div>`;
}
