/**
 * A tile's optional parts: the change against the previous figure (or the previous figure said plainly when
 * no honest change exists), the progress to a target and the trend line of a series, with their words and
 * styles. Most metrics have none of them, so this module is loaded only for one that does
 * (kpi-extras-registry.ts); importing it registers it.
 */
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import type { Metric } from '../../feed/schema.js';
import { extrasMessages } from '../../i18n/extras-messages.js';
import { describeChange, formatPeriod, formatQualified, formatValue } from '../../i18n/index.js';
import type { Locale } from '../../i18n/locale.js';
import { SPARK_HEIGHT, SPARK_WIDTH, sparklinePath } from '../shared/sparkline-path.js';
import { valuePhrase } from '../shared/value-phrase.js';
import { addKpiStyles, registerKpiExtras } from './kpi-extras-registry.js';

/** What the optional parts say, computed without touching the DOM, so the words are tested on their own. */
interface KpiExtrasView {
  readonly change?: {
    readonly direction: 'up' | 'down' | 'same';
    readonly sentiment: 'good' | 'bad' | 'neutral';
    readonly short: string;
    readonly text: string;
  };
  /** The previous figure said plainly when a change cannot be computed honestly (qualified or missing figures). */
  readonly previous?: string;
  readonly target?: { readonly ratio: number; readonly now: number; readonly max: number; readonly text: string };
  readonly sparkline?: { readonly values: readonly (number | null)[]; readonly text: string };
}

function kpiExtrasView(metric: Metric, locale: Locale): KpiExtrasView {
  const text = extrasMessages(locale);
  const qualifier = metric.qualifier ?? 'exact';
  const format = metric.format ?? 'number';
  const view: { -readonly [K in keyof KpiExtrasView]: KpiExtrasView[K] } = {};
  const previous = metric.previous;
  if (previous) {
    const previousQualifier = previous.qualifier ?? 'exact';
    const comparable =
      metric.value !== null && previous.value !== null && qualifier === 'exact' && previousQualifier === 'exact';
    if (comparable && metric.value !== null && previous.value !== null) {
      view.change = describeChange(
        {
          value: metric.value,
          previous: previous.value,
          format,
          polarity: metric.polarity ?? 'up-is-good',
          ...(previous.period ? { previousPeriod: previous.period } : {}),
        },
        locale,
      );
    } else {
      // "более 800" against "300" has no honest percentage: say both figures instead.
      const before = valuePhrase(previous.value, previousQualifier, format, metric, locale).text;
      view.previous = text.previousValue(before, previous.period ? formatPeriod(previous.period, locale) : undefined);
    }
  }
  if (metric.target && metric.value !== null && metric.target.value > 0) {
    const ratio = metric.value / metric.target.value;
    const percentText = formatQualified(Math.round(ratio * 100), qualifier, 'percent', locale);
    const targetText = formatValue(metric.target.value, format, locale);
    view.target = {
      ratio,
      now: metric.value,
      max: metric.target.value,
      text: text.targetProgress(
        percentText,
        targetText,
        metric.target.period ? formatPeriod(metric.target.period, locale) : undefined,
      ),
    };
  }
  const series = metric.series ?? [];
  if (series.length >= 2) {
    const numbers = series.map((point) => point.value).filter((v): v is number => v !== null);
    const firstValue = numbers[0];
    const lastValue = numbers.at(-1);
    const direction =
      firstValue === undefined || lastValue === undefined || firstValue === lastValue
        ? 'same'
        : lastValue > firstValue
          ? 'up'
          : 'down';
    view.sparkline = {
      values: series.map((point) => point.value),
      text: text.trend(direction, formatPeriod(series[0]!.period, locale), formatPeriod(series.at(-1)!.period, locale)),
    };
  }
  return view;
}

function renderChange(change: NonNullable<KpiExtrasView['change']>): TemplateResult {
  // An SVG arrow, not a text glyph: screen readers get the words, and axe can judge its contrast as a graphic.
  const arrow = { up: 'M5 1 9 8H1Z', down: 'M5 9 9 2H1Z', same: 'M1 4h8v2H1Z' }[change.direction];
  return html`<p part="delta" class="delta ${change.sentiment} ${change.direction}">
    <span class="delta-short" aria-hidden="true"><svg class="arrow" viewBox="0 0 10 10" focusable="false">${svg`<path
      d=${arrow}></path>`}</svg>${change.short}</span>
    <span class="delta-text">${change.text}</span>
  </p>`;
}

function renderTarget(target: NonNullable<KpiExtrasView['target']>): TemplateResult {
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

function renderSparkline(sparkline: NonNullable<KpiExtrasView['sparkline']>): TemplateResult {
  return html`<div class="trend">
    <svg part="sparkline" class="sparkline" viewBox="0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}" preserveAspectRatio="none"
      aria-hidden="true" focusable="false">
      ${svg`<path d=${sparklinePath(sparkline.values)}></path>`}
    </svg>
    <span class="trend-text">${sparkline.text}</span>
  </div>`;
}

function renderExtras(metric: Metric, locale: Locale): TemplateResult {
  const view = kpiExtrasView(metric, locale);
  return html`${view.change ? renderChange(view.change) : nothing}${
    view.previous ? html`<p part="delta" class="delta neutral">${view.previous}</p>` : nothing
  }${view.target ? renderTarget(view.target) : nothing}${view.sparkline ? renderSparkline(view.sparkline) : nothing}`;
}

const kpiExtrasStyles = css`
  .delta {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5rem;
    font-size: 0.9rem;
    color: var(--_muted);
  }
  .delta-short {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    font-weight: 700;
    white-space: nowrap;
  }
  .delta.good .delta-short {
    color: var(--_good);
  }
  .delta.bad .delta-short {
    color: var(--_bad);
  }
  .arrow {
    inline-size: 0.75em;
    block-size: 0.75em;
    fill: currentColor;
  }
  .target {
    display: grid;
    gap: 0.25rem;
    font-size: 0.9rem;
  }
  .meter svg {
    display: block;
    inline-size: 100%;
    block-size: 8px;
  }
  .meter-track {
    fill: var(--_ref-skeleton);
    stroke: var(--_border);
    stroke-width: 0.5;
    vector-effect: non-scaling-stroke;
  }
  .meter-fill {
    fill: var(--_accent);
  }
  .trend {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-size: 0.85rem;
    color: var(--_muted);
  }
  .sparkline {
    flex: 0 0 auto;
    inline-size: 6rem;
    block-size: 1.5rem;
    overflow: visible;
  }
  .sparkline path {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
    stroke-linejoin: round;
    stroke-linecap: round;
    vector-effect: non-scaling-stroke;
  }
  @container (max-width: 260px) {
    .sparkline { inline-size: 4rem; }
  }
  @media (forced-colors: active) {
    .meter-fill { fill: Highlight; }
    .sparkline path { stroke: CanvasText; }
  }
`;

addKpiStyles(kpiExtrasStyles);
registerKpiExtras({ render: renderExtras });
