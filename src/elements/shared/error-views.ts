/**
 * What an element shows when something went wrong: the `part="error"` alert in the reader's language, the
 * note on figures a refresh could not bring up to date, and the note with a retry button when a part of the
 * element (a tile's change, target and trend; a chart's drawing) did not load beside figures still shown.
 * Loaded only when an element has one to show (FeedElement); importing it registers it with status-views.ts.
 */
import { css, html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { FeedError } from '../../feed/errors.js';
import type { FeedController } from '../../feed/feed-controller.js';
import { errorMessages, formatClockTime } from '../../i18n/error-messages.js';
import { messages } from '../../i18n/index.js';
import type { Locale } from '../../i18n/locale.js';
import { registerErrorViews, retryKeepingFocus } from './status-views.js';
// The developer's words for the same errors: their events wait for these views.
import '../../feed/developer-words.js';

const SHOWN_ISSUES = 3;

function renderError(error: FeedError, locale: Locale): TemplateResult {
  const text = errorMessages(locale);
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

function renderStaleNote(loader: FeedController, locale: Locale): TemplateResult | typeof nothing {
  if (loader.staleError === undefined || loader.loadedAt === undefined) return nothing;
  const note = errorMessages(locale).stale(formatClockTime(loader.loadedAt, locale));
  return html`<p class="stale-note" role="status">${note}</p>`;
}

function renderExtrasFailed(tile: ReactiveElement, locale: Locale, retry: () => void): TemplateResult {
  const root = tile.shadowRoot;
  const sheet = extrasFailedStyles.styleSheet;
  if (root && sheet && !root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const text = errorMessages(locale);
  return html`<div part="error" role="alert" class="error part-failed">
    <p>${text.partFailed}</p>
    <button type="button" part="retry" @click=${retryKeepingFocus(tile, 'base', retry)}>${
      messages(locale).retry
    }</button>
  </div>`;
}

/**
 * Styled by the chart (its round `pill` buttons), whose figures stay in the summary and the table. An alert with
 * the `error` part, as every element shows beside the `inclusion-error` it fires.
 */
function renderDrawFailed(chart: ReactiveElement, locale: Locale, retry: () => void): TemplateResult {
  const text = errorMessages(locale);
  return html`<p class="message draw-failed" part="error draw-failed" role="alert">${text.drawFailed}
    <button type="button" part="retry" class="pill" @click=${retryKeepingFocus(chart, 'chart', retry)}>${
      messages(locale).retry
    }</button></p>`;
}

function extrasFailedMessage(error: unknown): string {
  return (
    `the code of the tile's change, target and trend (the chunk kpi-extras-*.js, beside the script in ` +
    `dist/chunks/) could not be loaded: ${String(error)}. The figure is shown with a retry button; serve ` +
    `dist/ whole, and call reload() to try again.`
  );
}

/** Said as the stale note is, beside figures that are right; the button a round one, as a chart's retry. */
const extrasFailedStyles = css`
  .part-failed {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  .part-failed p {
    margin: 0;
    font-size: var(--_stale-note-size, 0.85rem);
    color: var(--_bad);
  }
  [part~='retry'] {
    min-block-size: 2rem;
    padding: 0.25rem 0.8rem;
    font: inherit;
    font-size: 0.875rem;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: 999px;
    cursor: pointer;
  }
  [part~='retry']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;

registerErrorViews({ renderError, renderStaleNote, renderExtrasFailed, extrasFailedMessage, renderDrawFailed });
