import { ContextProvider } from '@lit/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { feedContext } from '../../feed/feed-context.js';
import { unknownMetricError } from '../../feed/find-metric.js';
import type { FeedControllerOptions } from '../../feed/feed-controller.js';
import { localize, localizeOptional, type LocalizedText } from '../../feed/localize.js';
import type { Feed } from '../../feed/schema.js';
import { formatPeriod, messages } from '../../i18n/index.js';
import type { Locale } from '../../i18n/locale.js';
import { FeedElement } from '../shared/feed-element.js';
import { renderSourceParts, sourceView } from '../shared/source-line.js';
import { renderError, renderLiveRegion, renderStaleNote } from '../shared/status-views.js';
import { renderKeptSize } from '../shared/kept-size.js';
import '../chart/define.js';
// Its tiles' list layout, added to their styles before the tile is defined where this module comes first.
import '../kpi/kpi-list.styles.js';
import '../kpi/define.js';
import '../map/define.js';
import { dashboardMessages } from './dashboard-messages.js';
import { dashboardPlan, type DashboardPlan } from './dashboard-plan.js';
import type { SharedContext } from '../../feed/shared-context.js';
import { dashboardStyles } from './dashboard.styles.js';

/** About two lines of a phone's width: a longer description is cut there until the reader asks. */
const DESCRIPTION_SHOWN_CHARS = 80;

/**
 * A whole feed as a page section: title, description, source and period; a KPI tile for every metric;
 * a chart for each metric with a series or breakdown; a map for each regional breakdown. One request:
 * the children get the dashboard's feed, and elements placed inside it take it through @lit/context.
 *
 * @summary A dashboard of every metric in a feed.
 * @tag inclusion-dashboard
 *
 * @attr src - URL of the feed (http, https or relative).
 * @attr metrics - Comma-separated metric ids to show, in this order; every metric when absent.
 * @attr metric - The attribute every element shares: the same as `metrics` when that is absent (an unknown id is a
 *   `metric` error, as in every element).
 * @attr chart-type - Draw every chart as this type (`bar`, `column`, `line`, `area`, `stacked`, `donut`) instead
 *   of the one chosen for the data.
 * @attr heading-level - Level of the dashboard's title in the page outline, 1–6 (default 2).
 * @attr locale - `kk`, `ru` or `en`; otherwise the nearest `lang`, then `kk`.
 * @attr refresh - Seconds between re-fetches of `src`; a failed refresh keeps the figures and marks them stale.
 * @attr timeout - Seconds to wait for the feed (default 15).
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr state - Reflected: `loading`, `ready` or `error`.
 *
 * @prop {object} feed - A feed object set from script; takes precedence over `src`.
 *
 * @event inclusion-load - The feed is valid and rendered. `detail: { feed }`.
 * @event inclusion-error - The feed could not be shown, or a refresh failed. `detail: { kind, message, issues? }`.
 * @event inclusion-select - A reader picked a mark, tile or region in one of the widgets.
 *   `detail: { metric, key, value }`.
 *
 * @slot - Extra widgets; `<inclusion-kpi metric="…">` and its siblings placed here use the dashboard's feed.
 *
 * @csspart title - The feed's title.
 * @csspart description - The feed's description.
 * @csspart source - Source, publication date and period.
 * @csspart error - The error message (`role="alert"`).
 *
 * @cssprop --inclusion-gap - Space between widgets.
 * @cssprop --inclusion-font - Font family, inherited by every widget.
 */
export class InclusionDashboard extends FeedElement {
  static override styles = dashboardStyles;
  static override properties = {
    metrics: { type: String },
    chartType: { type: String, attribute: 'chart-type' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  declare metrics?: string;
  declare chartType?: string;
  declare headingLevel?: number;

  private readonly provider = new ContextProvider(this, { context: feedContext });
  /** The whole description is shown on a phone (it always is on a wider screen). */
  private descriptionOpen = false;

  protected override loaderOptions(): FeedControllerOptions {
    return {
      ...super.loaderOptions(),
      // The dashboard is the provider, not a consumer, of the enclosing feed.
      useEnclosingFeed: false,
      check: (feed) => {
        const { unknown } = dashboardPlan(feed, this.chosenMetrics());
        if (unknown.length === 0) return undefined;
        return unknownMetricError(feed, unknown);
      },
    };
  }

  /** The metrics asked for: `metrics`, else the shared `metric` attribute; every metric when neither is set. */
  private chosenMetrics(): string | undefined {
    return this.metrics ?? this.metric;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // Children report to the page through the dashboard: one load and one error event, not one per widget.
    for (const type of ['inclusion-load', 'inclusion-error']) {
      root.addEventListener(type, (event) => {
        if (event.target !== this) event.stopPropagation();
      });
    }
    return root;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.provider.value !== this.loader.data) this.provider.setValue(this.loader.data);
  }

  protected override render(): TemplateResult {
    const locale = this.language.value;
    return this.loader.render({
      pending: () => this.renderLoading(locale),
      error: (error) =>
        renderKeptSize(
          this.renderLoading(locale),
          html`<section class="dashboard" lang=${locale}>${renderError(error, locale)}</section>`,
        ),
      complete: (feed) => this.renderDashboard(feed, dashboardPlan(feed, this.chosenMetrics(), this.chartType), locale),
    });
  }

  private renderLoading(locale: Locale): TemplateResult {
    return html`<section class="dashboard" lang=${locale} aria-busy="true">
      <span class="visually-hidden" role="status">${messages(locale).loading}</span>
      <div class="skeleton skeleton-title" aria-hidden="true"></div>
      <div class="kpis" aria-hidden="true">${[0, 1, 2, 3].map(
        () => html`<div class="skeleton skeleton-tile"></div>`,
      )}</div>
    </section>`;
  }

  private renderDashboard(feed: Feed, plan: DashboardPlan, locale: Locale): TemplateResult {
    const words = dashboardMessages(locale);
    const title = localize(feed.title, locale);
    const description = localizeOptional(feed.description, locale);
    const theme = this.theme ?? nothing;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel ?? 2)));
    const stale = this.loader.staleError !== undefined;
    // The parts are named groups, not landmarks: several dashboards on a page would repeat their names.
    return html`<section class="dashboard ${stale ? 'stale' : ''}" aria-labelledby="title" lang=${locale}>
      <header class="header">
        <div id="title" part="title" class="title" role="heading" aria-level=${level}
          lang=${title.lang ?? nothing}>${title.text}</div>
        ${description ? this.renderDescription(description, words.more) : nothing}
        ${this.renderMeta(plan.shared, locale)}
        ${renderStaleNote(this.loader, locale)}
      </header>
      <div class="group" role="group" aria-label=${words.figures}>
        <div class="kpis">${plan.metrics.map(
          (metric) => html`<inclusion-kpi .feed=${feed} .stated=${plan.shared} metric=${metric.id} locale=${locale}
            theme=${theme}></inclusion-kpi>`,
        )}</div>
      </div>
      ${
        plan.charts.length > 0
          ? html`<div class="group" role="group" aria-label=${words.charts}>
            <div class="charts">${plan.charts.map(
              ({ metrics, type }) => html`<inclusion-chart .feed=${feed} metric=${metrics.map((m) => m.id).join(',')}
                type=${type} locale=${locale} theme=${theme}></inclusion-chart>`,
            )}</div>
          </div>`
          : nothing
      }
      ${
        plan.maps.length > 0
          ? html`<div class="group" role="group" aria-label=${words.regions}>
            <div class="maps">${plan.maps.map(
              (metric) => html`<inclusion-map .feed=${feed} metric=${metric.id} locale=${locale}
                theme=${theme}></inclusion-map>`,
            )}</div>
          </div>`
          : nothing
      }
      <slot></slot>
      ${renderLiveRegion(this.loader, locale)}
    </section>`;
  }

  /**
   * The description, whole in the accessibility tree; on a phone it shows its first lines and a button for
   * the rest, so the figures start within the first screen. The button is always there (the markup does
   * not depend on the text) and shown only where a long description is cut.
   */
  private renderDescription(description: LocalizedText, more: string): TemplateResult {
    const long = description.text.length > DESCRIPTION_SHOWN_CHARS;
    const open = this.descriptionOpen;
    return html`<p part="description" id="description" class="description ${long ? 'long' : ''} ${open ? 'open' : ''}"
        lang=${description.lang ?? nothing}>${description.text}</p>
      <button type="button" class="more pill" aria-expanded=${open ? 'true' : 'false'} aria-controls="description"
        @click=${this.toggleDescription}>${more}</button>`;
  }

  private toggleDescription(): void {
    this.descriptionOpen = !this.descriptionOpen;
    this.requestUpdate();
  }

  /** Source, publication date and period, when every metric shares them (the tiles then leave them out). */
  private renderMeta(shared: SharedContext, locale: Locale): TemplateResult | typeof nothing {
    const parts: TemplateResult[] = [];
    const source = sourceView(shared.source, locale);
    if (source) parts.push(renderSourceParts(source, locale));
    if (shared.period)
      parts.push(html`<span>${dashboardMessages(locale).period}: ${formatPeriod(shared.period, locale)}</span>`);
    return parts.length > 0 ? html`<p part="source" class="meta">${parts}</p>` : nothing;
  }
}
