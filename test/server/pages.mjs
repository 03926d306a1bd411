/**
 * Pages for the server-rendering checks: the seed feeds rendered by `renderToString` (from the built
 * dist/server), and the same elements rendered by the browser, plus what the pages measure in the browser.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repositoryRoot } from '../support/static-server.mjs';
import { renderToString } from '../../dist/server/index.js';

export const LOCALES = ['kk', 'ru', 'en'];

/** Every seed feed in data/ (index.json lists them and is not one). */
export async function seedFeeds() {
  const folder = join(repositoryRoot, 'data');
  const files = (await readdir(folder)).filter((file) => file.endsWith('.json') && file !== 'index.json').sort();
  return Promise.all(
    files.map(async (file) => ({ file, feed: JSON.parse(await readFile(join(folder, file), 'utf8')) })),
  );
}

/** The elements a seed is shown as: its dashboard (tiles, charts, maps) and a table of its first metric. */
export function elementsOf(feed) {
  const mapped = feed.metrics.find((metric) => metric.breakdown?.some((item) => /^KZ-\d\d$/.test(item.key)));
  return [{ element: 'table' }, ...(mapped ? [{ element: 'map', metric: mapped.id }] : []), { element: 'dashboard' }];
}

/** Each element's server HTML, in the order of `elementsOf`. */
export function serverParts(feed, locale) {
  return Promise.all(elementsOf(feed).map((options) => renderToString(feed, { ...options, locale })));
}

/** What the browser renders by itself from the same feed, inline (no request either). */
export function clientMarkup(feed, locale) {
  const inline = `<script type="application/json">${JSON.stringify(feed).replace(/</g, '\\u003c')}</script>`;
  return elementsOf(feed)
    .map(
      ({ element, metric }) =>
        `<inclusion-${element}${metric ? ` metric="${metric}"` : ''} locale="${locale}">` +
        `${inline}</inclusion-${element}>`,
    )
    .join('\n');
}

/**
 * A page around `body`. `head` goes first in <head>: the layout-shift observer, before anything renders.
 */
export function page(body, { locale, head = '', tail = '' }) {
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>server rendering</title><link rel="icon" href="data:,">${head}</head><body><main><h1>server rendering</h1>
${body}
</main>${tail}</body></html>`;
}

/**
 * In the page, from a classic script in <head>: records every layout shift not caused by input, from the
 * very start. Chromium gives no node for a shift inside a shadow root, so the probe names the element
 * whose box is where the moved one now is, with the widgets it sits in, and its box (left,top width×height)
 * before and after: `inclusion-table > tr: 0,359 322×89 → 0,379 322×109`.
 */
function recordLayoutShifts() {
  window.__shifts = [];
  const describe = (element) => {
    const names = [];
    for (let node = element; node; node = node.parentElement ?? node.getRootNode().host) {
      const metric = node.getAttribute('metric');
      const classes = typeof node.className === 'string' ? node.className.trim().split(/\s+/).join('.') : '';
      if (node === element) names.unshift(`${node.localName}${node.id ? `#${node.id}` : classes ? `.${classes}` : ''}`);
      else if (node.localName.startsWith('inclusion-'))
        names.unshift(`${node.localName}${metric ? `[${metric}]` : ''}`);
    }
    return names.join(' > ');
  };
  const near = (a, b) =>
    Math.abs(a.x - b.x) < 1 &&
    Math.abs(a.y - b.y) < 1 &&
    Math.abs(a.width - b.width) < 1 &&
    Math.abs(a.height - b.height) < 1;
  const elementAt = (rect, root = document) => {
    for (const element of root.querySelectorAll('*')) {
      const inside = element.shadowRoot && elementAt(rect, element.shadowRoot);
      if (inside) return inside;
      if (near(element.getBoundingClientRect(), rect)) return element;
    }
    return undefined;
  };
  const nameOf = ({ node, previousRect: from, currentRect: to }) => {
    const found = node ?? (to.width * to.height > 0 ? elementAt(to) : undefined);
    const element = found?.nodeType === Node.TEXT_NODE ? found.parentElement : found;
    const box = (r) => `${[r.x, r.y].map(Math.round).join(',')} ${[r.width, r.height].map(Math.round).join('×')}`;
    return `${element ? describe(element) : '?'}: ${box(from)} → ${box(to)}`;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (!entry.hadRecentInput) window.__shifts.push({ value: entry.value, sources: entry.sources.map(nameOf) });
  }).observe({ type: 'layout-shift', buffered: true });
}

export const LAYOUT_SHIFT_PROBE = `<script>(${recordLayoutShifts})();</script>`;

/** Marks every server-rendered shadow node before the bundle runs, to see afterwards that it was kept. */
export const MARK_SERVER_NODES = `<script>
(function mark(root) { for (const element of root.querySelectorAll('*')) if (element.shadowRoot) {
  const marked = element.shadowRoot.querySelectorAll('[part~="value"], .summary, td, [part~="label"]');
  for (const node of marked) node.__fromServer = true;
  mark(element.shadowRoot); } })(document);</script>`;

/**
 * In the page: each top-level widget's text as a reader gets it, its shadow roots and nested widgets
 * included, without styles, scripts and the chart's drawing (which only the browser makes).
 */
export function widgetTexts() {
  const textOf = (root) => {
    let text = '';
    for (const node of root.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) text += node.data;
      else if (node.nodeType === Node.ELEMENT_NODE) {
        if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.nodeName) || node.classList.contains('canvas')) continue;
        if (node.shadowRoot) text += ` ${textOf(node.shadowRoot)} `;
        text += ` ${textOf(node)} `;
      }
    }
    return text;
  };
  const valuesOf = (root) =>
    [...root.querySelectorAll('*')].flatMap((node) => [
      ...(node.matches('[part~="value"]') ? [node.textContent.replace(/\s+/g, ' ').trim()] : []),
      ...(node.shadowRoot ? valuesOf(node.shadowRoot) : []),
    ]);
  return [...document.querySelectorAll('main > *')]
    .filter((e) => e.shadowRoot)
    .map((e) => ({
      element: e.localName,
      text: textOf(e.shadowRoot).replace(/\s+/g, ' ').trim(),
      values: valuesOf(e.shadowRoot),
    }));
}

/** In the page: every widget, nested ones included, with its state. */
export function widgetStates() {
  const found = [];
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      // The server writes state="ready" into its HTML: an element counts once it is defined and has taken its
      // markup over (through the script tag's loader, a moment after the page's scripts ran).
      if (element.localName.startsWith('inclusion-')) {
        const state = element.matches(':defined') ? element.getAttribute('state') : 'not defined';
        found.push(`${element.localName}=${state}`);
      }
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
  return found;
}

/**
 * In the page: whether every widget, nested ones included, runs its code and has taken its markup over.
 * The server writes `state="ready"`, so that alone says nothing of the script, which the loader may
 * still be fetching.
 */
export function widgetsTakenOver() {
  const widgets = [];
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName.startsWith('inclusion-')) widgets.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
  return widgets.every((element) => customElements.get(element.localName) !== undefined && element.hasUpdated);
}

/** In the page: where every widget is (nested ones included), to see that nothing moved. */
export function widgetBoxes() {
  const boxes = [];
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName.startsWith('inclusion-')) {
        const { top, left, width, height } = element.getBoundingClientRect();
        boxes.push(
          `${element.localName}[${element.getAttribute('metric') ?? ''}] ` +
            [top, left, width, height].map(Math.round).join(' '),
        );
      }
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
  return boxes;
}
