import { adoptStyles, html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { findMetrics } from '../../feed/find-metric.js';
import type { Metric } from '../../feed/schema.js';
import { messages } from '../../i18n/index.js';
import type { Locale } from '../../i18n/locale.js';
import { FeedElement } from '../shared/feed-element.js';
import { renderSourceParts } from '../shared/source-line.js';
import { errorViews, renderError, renderFallback, renderLiveRegion, renderStaleNote } from '../shared/status-views.js';
import { kpiView, type KpiView } from './kpi-view.js';
import type { SharedContext } from '../../feed/shared-context.js';
import { renderUnbroken } from '../shared/unbroken.js';
import { kpiStyles } from './kpi.styles.js';
import { valueFitClasses } from './value-fit.js';
import { hasExtras, kpiAddedStyles, kpiExtras } from './kpi-extras-registry.js';

/** The optional parts as a server renders them. */
const OPTIONAL_PARTS = '[part~="delta"],[part~="target"],[part~="sparkline"]';

let extrasLoading: Promise<void> | undefined;
/** Loads the optional parts' code, once; a failed load is forgotten, so the next tile that needs it tries again. */
function loadExtras(): Promise<void> {
  extrasLoading ??= import('./kpi-extras.js').then(
    () => undefined,
    (error: unknown) => {
      extrasLoading = undefined;
      throw error;
    },
  );
  return extrasLoading;
}

/**
 * One metric as a tile: label, the value as a reader says it, change against the previous period,
 * progress to target, a sparkline of its series, and the source with its date.
 *
 * @summary A KPI tile for one metric of a feed.
 * @tag inclusion-kpi
 *
 * @attr src - URL of the feed (http, https or relative).
 * @attr metric - Id of the metric to show; the feed's first metric when absent.
 * @attr locale - `kk`, `ru` or `en`; otherwise the nearest `lang`, then `kk`.
 * @attr refresh - Seconds between re-fetches of `src`; off when absent.
 * @attr timeout - Seconds to wait for the feed before showing an error (default 15).
 * @attr theme - `light` (default), `dark` or `auto` (follows the reader's system setting).
 * @attr state - Reflected: `loading`, `ready` or `error`.
 *
 * @prop {object} feed - A feed object set from script; takes precedence over `src`.
 * @prop {object} stated - `{ source?, period? }` the page already states above the tile (as a dashboard's header
 *   does): the tile leaves out a source or period that is the same.
 *
 * @event inclusion-load - The feed is valid and rendered. `detail: { feed }`.
 * @event inclusion-error - The feed could not be shown, or (`kind: 'network'`, the figure still shown) the code of the
 *   tile's change, target and trend could not be loaded. `detail: { kind, message, issues? }`.
 *
 * @csspart base - The tile.
 * @csspart label - The metric's name.
 * @csspart value - The whole value phrase: qualifier, number and unit.
 * @csspart delta - Change against the previous period.
 * @csspart target - Progress to the target.
 * @csspart sparkline - The small trend line.
 * @csspart source - Source, publication date and status.
 * @csspart error - The error message (`role="alert"`); beside the figure when only the change, target and trend
 *   could not be loaded.
 * @csspart retry - The button in that alert that loads them again (as `reload()` does).
 *
 * @cssprop --inclusion-font - Font family.
 * @cssprop --inclusion-text - Text colour.
 * @cssprop --inclusion-text-muted - Secondary text colour.
 * @cssprop --inclusion-surface - Tile background.
 * @cssprop --inclusion-background - Host background.
 * @cssprop --inclusion-border - Tile border.
 * @cssprop --inclusion-accent - Meter, sparkline and link colour.
 * @cssprop --inclusion-good - Colour of a change for the better.
 * @cssprop --inclusion-bad - Colour of a change for the worse.
 * @cssprop --inclusion-radius - Corner radius.
 * @cssprop --inclusion-gap - Space between the tile's lines.
 * @cssprop --inclusion-card-padding - Padding inside the card (default: the gap), the same for every element.
 */
export class InclusionKpi extends FeedElement {
  static override styles = kpiStyles;
  static override properties = {
    stated: { attribute: false },
  };

  /** Source and period the page already states above the tile; the tile says only what differs. */
  declare stated?: SharedContext;

  /** The optional parts' code, on its way for this tile: it is not `ready` until they are on screen. */
  private extrasPending?: Promise<void>;
  // `partError`: why their code could not be loaded. The tile shows its figure and, in their place, an alert with
  // a retry button; only the reader's retry (`reload()`) tries again, so a broken deploy is not asked in a loop.

  /** How many of the styles added to tiles (kpi-extras-registry.ts) this tile's shadow root has. */
  private adoptedAdded = 0;

  /** Styles added already (the package entries and the server bring the optional parts' first) are the tile's. */
  protected static override finalizeStyles(styles?: CSSResultGroup): ReturnType<typeof FeedElement.finalizeStyles> {
    return super.finalizeStyles([styles ?? [], ...kpiAddedStyles()]);
  }

  protected override pendingCode(): Promise<unknown> | undefined {
    return super.pendingCode() ?? this.extrasPending;
  }

  /** Server markup with optional parts is taken over by a render of the same template: their code comes first. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const serverParts = !this.hasUpdated && this.shadowRoot?.querySelector(OPTIONAL_PARTS);
    if (!serverParts || kpiExtras()) return super.scheduleUpdate();
    return loadExtras().then(
      () => super.scheduleUpdate(),
      () => super.scheduleUpdate(),
    );
  }

  protected override update(changed: PropertyValues<this>): void {
    this.adoptAddedStyles();
    if (this.state === 'ready' && !kpiExtras() && !this.partError) {
      const metric = this.shownMetric();
      if (metric && hasExtras(metric)) {
        this.state = 'loading';
        this.awaitExtras();
      }
    }
    super.update(changed);
  }

  protected override render(): TemplateResult {
    const locale = this.language.value;
    return this.loader.render({
      pending: () => this.renderLoading(locale),
      error: (error) => html`<div part="base" class="tile" lang=${locale}>${renderError(error, locale)}</div>`,
      complete: (feed) => {
        const metric = this.shownMetric()!;
        return this.renderTile(kpiView(feed, metric, locale, this.stated), this.renderExtras(metric, locale), locale);
      },
    });
  }

  /** The metric the tile shows, once its feed is loaded (the unknown-metric check has run: it is in the feed). */
  private shownMetric(): Metric | undefined {
    const feed = this.loader.error ? undefined : this.loader.data;
    return feed ? (findMetrics(feed, this.metric) as Metric[])[0] : undefined;
  }

  private awaitExtras(): void {
    this.extrasPending ??= loadExtras().then(
      () => {
        this.extrasPending = undefined;
        this.requestUpdate();
      },
      (error: unknown) => {
        this.extrasPending = undefined;
        this.partError = error as Error; // a failed import() rejects with a TypeError
        this.requestUpdate();
        this.announcePartError(
          () =>
            errorViews()?.extrasFailedMessage(error) ??
            `the chunks kpi-extras-*.js and error-views.js could not be loaded: ${error}.`,
        );
      },
    );
  }

  private renderExtras(metric: Metric, locale: Locale): TemplateResult | typeof nothing {
    const extras = kpiExtras();
    if (!hasExtras(metric)) return nothing;
    // Said once the error views arrive (the tile's `updateComplete` waits for them), or in the words every element
    // has if they could not.
    if (!extras) {
      if (!this.partError) return nothing;
      return (
        errorViews()?.renderExtrasFailed(this, locale, this.retryPart) ??
        renderFallback(locale, { host: this, landing: 'base', retry: this.retryPart })
      );
    }
    return extras.render(metric, locale);
  }

  /** Styles added to tiles after this tile's class was defined (the optional parts' code arrived since). */
  private adoptAddedStyles(): void {
    const added = kpiAddedStyles();
    if (this.adoptedAdded === added.length || !this.shadowRoot) return;
    this.adoptedAdded = added.length;
    const own = (this.constructor as typeof InclusionKpi).elementStyles;
    const missing = added.filter((styles) => !own.includes(styles));
    if (missing.length > 0) adoptStyles(this.shadowRoot, [...own, ...missing]);
  }

  private renderLoading(locale: Locale): TemplateResult {
    return html`<div part="base" class="tile loading" lang=${locale} aria-busy="true">
      <span class="visually-hidden" role="status">${messages(locale).loading}</span>
      <span class="skeleton skeleton-label" aria-hidden="true"></span>
      <span class="skeleton skeleton-value" aria-hidden="true"></span>
      <span class="skeleton skeleton-line" aria-hidden="true"></span>
      <span class="skeleton skeleton-source" aria-hidden="true"></span>
    </div>`;
  }

  private renderTile(view: KpiView, extras: TemplateResult | typeof nothing, locale: Locale): TemplateResult {
    const stale = this.loader.staleError !== undefined;
    const valueClass = `${view.missing ? 'missing' : ''} ${valueFitClasses(view.value)}`;
    return html`<div part="base" class="tile ${stale ? 'stale' : ''}" role="group" aria-labelledby="label"
      lang=${locale}>
      <div id="label" part="label" class="label" lang=${view.label.lang ?? nothing}>${view.label.text}</div>
      <p class="figure">
        <span part="value" class="value ${valueClass}" lang=${view.valueLang ?? nothing}>${renderUnbroken(
          view.value,
        )}</span>${
          view.period
            ? html`<span class="visually-hidden">, </span><span class="period">${view.period}</span>`
            : nothing
        }
      </p>
      <div class="details">${extras}${renderStaleNote(this.loader, locale)}</div>
      ${
        view.source || view.status || view.sourceNotStated
          ? html`<p part="source" class="source">
            ${view.source ? renderSourceParts(view.source, locale) : nothing}
            ${view.sourceNotStated ? html`<span>${messages(locale).sourceNotStated}</span>` : nothing}
            ${view.status ? html`<span class="status">${view.status}</span>` : nothing}
          </p>`
          : nothing
      }
      ${renderLiveRegion(this.loader, locale)}
    </div>`;
  }
}
