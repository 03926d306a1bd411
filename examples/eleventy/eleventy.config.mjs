/**
 * A static site whose figures are in the HTML: the `inclusion` shortcode renders a widget on the server
 * (`renderToString` from `inclusion-widgets/server`), and the one script tag lets each widget take its
 * markup over in the browser. Build: `npm run build && npm run example:eleventy` (output in _site/).
 */
import { readFile } from 'node:fs/promises';
import { renderToString } from 'inclusion-widgets/server';

const feeds = new Map();

/** Each feed file is read and parsed once per build, however many widgets show it. */
function feedAt(path) {
  if (!feeds.has(path)) feeds.set(path, readFile(new URL(path, import.meta.url), 'utf8').then(JSON.parse));
  return feeds.get(path);
}

export default function (config) {
  // {% inclusion "../../data/barrier-free-mangystau.json", "kpi", "ramps", "ru" %}
  config.addShortcode('inclusion', async (feed, element, metric, locale) =>
    renderToString(await feedAt(feed), { element, ...(metric ? { metric } : {}), ...(locale ? { locale } : {}) }),
  );
  // The library's browser files, beside the pages that load them: the script tag's loader, the element
  // entries it loads when an element appears, and their shared chunks.
  const entries = ['inclusion-widgets', 'kpi', 'chart', 'map', 'table', 'dashboard', 'validate'];
  config.addPassthroughCopy({
    ...Object.fromEntries(entries.map((name) => [`../../dist/${name}.js`, `js/${name}.js`])),
    '../../dist/chunks': 'js/chunks',
  });
  config.setServerPassthroughCopyBehavior('copy');
}

export const config = {
  dir: { input: '.', includes: '_includes', output: '_site' },
  templateFormats: ['njk'],
};
