/**
 * An element's HTML, rendered on a server: the element with its attributes, its declarative shadow root
 * (what the browser would render: value phrases, labels, source line, data table) and the feed it shows
 * as an inline `<script type="application/json">` child, so the browser's copy needs no request and
 * takes the markup over as it is. A dashboard also gets a schema.org `Dataset` beside it, in light DOM.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
// Every part of a tile rendered at once: the optional parts' code registers itself before the tile is defined.
import '../elements/kpi/kpi-extras.js';
// A dashboard's list layout for its tiles, in the tile's own styles (the server renders them into its markup).
import '../elements/kpi/kpi-list.styles.js';
import '../elements/kpi/define.js';
import '../elements/table/define.js';
import '../elements/map/define.js';
import '../elements/chart/define.js';
import '../elements/dashboard/define.js';
import { validateFeed } from '../feed/check.js';
import { FeedError } from '../feed/errors.js';
import type { Feed } from '../feed/schema.js';
import { LOCALES, type Locale } from '../i18n/locale.js';
import { datasetScript } from './dataset-ld.js';
import { FeedElementRenderer } from './feed-element-renderer.js';
import { scriptSafeJson } from './script-json.js';

export const ELEMENTS = ['kpi', 'table', 'map', 'chart', 'dashboard'] as const;
export type ElementName = (typeof ELEMENTS)[number];
const THEMES = ['light', 'dark', 'auto'] as const;

export interface RenderOptions {
  /** Which element: `kpi`, `table`, `map`, `chart` or `dashboard`. */
  readonly element: ElementName;
  /** The metric to show (`kpi`, `table`, `map`, `chart`); the feed's first when absent. */
  readonly metric?: string;
  /** `kk` (default), `ru` or `en`. */
  readonly locale?: Locale;
  /** `light` (default), `dark` or `auto`. */
  readonly theme?: 'light' | 'dark' | 'auto';
}

function checkOptions({ element, locale, theme }: RenderOptions): void {
  if (!ELEMENTS.includes(element))
    throw new TypeError(`element must be one of ${ELEMENTS.join(', ')}, not ${JSON.stringify(element)}.`);
  if (locale !== undefined && !LOCALES.includes(locale))
    throw new TypeError(`locale must be one of ${LOCALES.join(', ')}, not ${JSON.stringify(locale)}.`);
  if (theme !== undefined && !THEMES.includes(theme))
    throw new TypeError(`theme must be one of ${THEMES.join(', ')}, not ${JSON.stringify(theme)}.`);
}

function elementTemplate(feed: Feed, { element, metric, locale = 'kk', theme }: RenderOptions): TemplateResult {
  // The browser's copy reads this child: the element's own way to carry a feed without a request.
  const inline = unsafeHTML(`<script type="application/json">${scriptSafeJson(feed)}</script>`);
  const m = metric ?? nothing;
  const t = theme ?? nothing;
  switch (element) {
    case 'kpi':
      return html`<inclusion-kpi .feed=${feed} metric=${m} locale=${locale} theme=${t}>${inline}</inclusion-kpi>`;
    case 'table':
      return html`<inclusion-table .feed=${feed} metric=${m} locale=${locale} theme=${t}>${inline}</inclusion-table>`;
    case 'map':
      return html`<inclusion-map .feed=${feed} metric=${m} locale=${locale} theme=${t}>${inline}</inclusion-map>`;
    case 'chart':
      return html`<inclusion-chart .feed=${feed} metric=${m} locale=${locale} theme=${t}>${inline}</inclusion-chart>`;
    case 'dashboard':
      return html`<inclusion-dashboard .feed=${feed} locale=${locale} theme=${t}>${inline}</inclusion-dashboard>`;
  }
}

/**
 * The elements time their work with `performance.measure` (for the browser's Performance panel). A
 * server keeps every entry until it is cleared, so a long-running one would collect them without end.
 */
function forgetMeasures(): void {
  const names = new Set(
    performance
      .getEntriesByType('measure')
      .map((entry) => entry.name)
      .filter((name) => name.startsWith('inclusion:')),
  );
  for (const name of names) performance.clearMeasures(name);
}

/** Renders synchronously, so the problems collected are this render's own. */
function renderElement(feed: Feed, options: RenderOptions): string {
  FeedElementRenderer.problems.length = 0;
  try {
    const markup = collectResultSync(
      render(elementTemplate(feed, options), { elementRenderers: [FeedElementRenderer] }),
    );
    const [problem] = FeedElementRenderer.problems;
    if (problem) throw problem;
    return markup;
  } finally {
    FeedElementRenderer.problems.length = 0;
  }
}

/**
 * The HTML of `<inclusion-ELEMENT>` showing `feed` (an object, as parsed from JSON). Rejects with a
 * `FeedError` when the feed is not valid (`schema`, every problem with its JSON path, as in the browser)
 * or does not have the metric asked for (`metric`), and with a TypeError for an unknown option.
 */
export async function renderToString(feed: unknown, options: RenderOptions): Promise<string> {
  checkOptions(options);
  try {
    // Each call judges the feed afresh (a caller may change an object between two renders).
    const valid = await validateFeed(feed);
    const markup = renderElement(valid, options);
    if (options.element !== 'dashboard') return markup;
    return `${markup}\n${datasetScript(valid, options.locale ?? 'kk')}`;
  } finally {
    forgetMeasures();
  }
}

export { FeedError };
