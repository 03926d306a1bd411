import { html, nothing, svg, type TemplateResult } from 'lit';
import { findMetrics } from '../../feed/find-metric.js';
import type { Metric } from '../../feed/schema.js';
import { messages } from '../../i18n/index.js';
import type { Locale } from '../../i18n/locale.js';
import { FeedElement } from '../shared/feed-element.js';
import { SPARK_HEIGHT, SPARK_WIDTH, sparklinePath } from '../shared/sparkline-path.js';
import { renderSourceParts } from '../shared/source-line.js';
import { renderError, renderLiveRegion, renderStaleNote } from '../shared/status-views.js';
import { kpiView, type KpiView } from './kpi-view.js';
import type { SharedContext } from '../../feed/shared-context.js';
import { renderUnbroken } from '../shared/unbroken.js';
import { kpiStyles } from './kpi.styles.js';
import { valueFitClasses } from './value-fit.js';

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
 * @event inclusion-error - The feed could not be shown. `detail: { kind, message, issues? }`.
 *
 * @csspart base - The tile.
 * @csspart label - The metric's name.
 * @csspart value - The whole value phrase: qualifier, number and unit.
 * @csspart delta - Change against the previous period.
 * @csspart target - Progress to the target.
 * @csspart sparkline - The small trend line.
 * @csspart source - Source, publication date and status.
 * @csspart error - The error message (`role="alert"`).
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

  protected override render(): TemplateResult {
    const locale = this.language.value;
    return this.loader.render({
      pending: () => this.renderLoading(locale),
      error: (error) => html`<div part="base" class="tile" lang=${locale}>${renderError(error, locale)}</div>`,
      complete: (feed) => {
        // The unknown-metric check has run: the metric is in the feed.
        const metrics = findMetrics(feed, this.metric) as Metric[];
        return this.renderTile(kpiView(feed, metrics[0]!, locale, this.stated), locale);
      },
    });
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

  private renderTile(view: KpiView, locale: Locale): TemplateResult {
    const stale = this.loader.staleError !== undefined;
    const valueClass = `${view.missing ? 'missing' : ''} ${valueFitClasses(view.value)}`;
    return html`<div part="base" class="tile ${stale ? 'stale' : ''}" role="group" aria-labelledby="label"
      lang=${locale}>
      <div id="label" part="label" class="label" lang=${view.label.lang ?? nothing}>${view.label.text}</div>
      <p class="figure">
        <span part="value" class="value ${valueClass}">${renderUnbroken(view.value)}</span>${
          view.period
            ? html`<span class="visually-hidden">, </span><span class="period">${view.period}</span>`
            : nothing
        }
      </p>
      <div class="details">${view.change ? this.renderChange(view.change) : nothing}${
        view.previous ? html`<p part="delta" class="delta neutral">${view.previous}</p>` : nothing
      }${view.target ? this.renderTarget(view.target) : nothing}${
        view.sparkline ? this.renderSparkline(view.sparkline) : nothing
      }${renderStaleNote(this.loader, locale)}</div>
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

  private renderChange(change: NonNullable<KpiView['change']>): TemplateResult {
    // An SVG arrow, not a text glyph: screen readers get the words, and axe can judge its contrast as a graphic.
    const arrow = { up: 'M5 1 9 8H1Z', down: 'M5 9 9 2H1Z', same: 'M1 4h8v2H1Z' }[change.direction];
    return html`<p part="delta" class="delta ${change.sentiment} ${change.direction}">
      <span class="delta-short" aria-hidden="true"><svg class="arrow" viewBox="0 0 10 10" focusable="false">${svg`<path
        d=${arrow}></path>`}</svg>${change.short}</span>
      <span class="delta-text">${change.text}</span>
    </p>`;
  }

  private renderTarget(target: NonNullable<KpiView['target']>): TemplateResult {
    const width = Math.max(0, Math.min(1, target.ratio)) * 100;
    return html`<div part="target" class="target">
      <div class="meter" role="meter" aria-valuemin="0" aria-valuemax=${target.max}
        aria-valuenow=${Math.min(target.now, target.max)} aria-valuetext=${target.text} aria-labelledby="target-text">
        <svg viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          <rect class="meter-track" x="0" y="0" width="100" height="8"></rect>
          <rect class="meter-fill" x="0" y="0" width=${width.toFixed(2)} height="8"></rect>
        </svg>
      </div>
      <span id="target-text" class="target-text">${target.text}</span>
    </div>`;
  }

  private renderSparkline(sparkline: NonNullable<KpiView['sparkline']>): TemplateResult {
    return html`<div class="trend">
      <svg part="sparkline" class="sparkline" viewBox="0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}" preserveAspectRatio="none"
        aria-hidden="true" focusable="false">
        ${svg`<path d=${sparklinePath(sparkline.values)}></path>`}
      </svg>
      <span class="trend-text">${sparkline.text}</span>
    </div>`;
  }
}
