/**
 * What an element shows when something went wrong: the `part="error"` alert in the reader's language and the
 * note on figures a refresh could not bring up to date. Loaded only when an element has one to show
 * (FeedElement); importing it registers it with status-views.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedError } from '../../feed/errors.js';
import type { FeedController } from '../../feed/feed-controller.js';
import { errorMessages } from '../../i18n/error-messages.js';
import { formatClockTime } from '../../i18n/index.js';
import type { Locale } from '../../i18n/locale.js';
import { registerErrorViews } from './status-views.js';

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

registerErrorViews({ renderError, renderStaleNote });
