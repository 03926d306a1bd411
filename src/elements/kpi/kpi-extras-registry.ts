/**
 * Where a tile finds its optional parts (the change against the previous figure, the previous figure said
 * plainly, the progress to a target, the trend line): code only a metric that has one of them needs, so a
 * page of plain figures never downloads it. kpi-extras.ts registers itself here when it runs: up front in
 * the package entries and on the server, which render every part at once, and on demand when a tile of the
 * script tag's loader shows a metric that has one.
 */
import type { CSSResult, TemplateResult } from 'lit';
import type { Metric } from '../../feed/schema.js';
import type { Locale } from '../../i18n/locale.js';

export interface KpiExtras {
  /** The optional parts `metric` has, as the reader sees them in `locale`. */
  render(metric: Metric, locale: Locale): TemplateResult;
}

let registered: KpiExtras | undefined;

export function registerKpiExtras(extras: KpiExtras): void {
  registered = extras;
}

const addedStyles: CSSResult[] = [];

/**
 * Adds `styles` to every tile's own, after them: styles that travel with the code that needs them (the optional
 * parts', a dashboard's list layout). A tile defined before they arrived adopts them when it next renders.
 */
export function addKpiStyles(styles: CSSResult): void {
  if (!addedStyles.includes(styles)) addedStyles.push(styles);
}

/** The styles added so far, in the order they came. */
export function kpiAddedStyles(): readonly CSSResult[] {
  return addedStyles;
}

/** The optional parts' code, once it has run. */
export function kpiExtras(): KpiExtras | undefined {
  return registered;
}

/** Whether `metric` has an optional part to show: a previous figure, a target to measure against, a series. */
export function hasExtras(metric: Metric): boolean {
  return (
    metric.previous !== undefined ||
    (metric.target !== undefined && metric.value !== null && metric.target.value > 0) ||
    (metric.series?.length ?? 0) >= 2
  );
}
