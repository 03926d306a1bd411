// The demo index as a reader opens it: the production build of demo/ (vite, into a temporary folder)
// over the seed feeds in data/, in Chromium at a phone width and a desktop width, in kk, ru and en,
// light and dark. It holds the page to the numbers a reader feels: every widget ready, a chart in every
// seed dashboard with something to chart, nothing wider than the screen, every figure present and visible,
// nothing axe finds, and the page short enough on a phone to read through. Runs with
// `node --test test/demo/demo-layout.node.mjs`; DEMO_SCREENSHOTS=<folder> keeps a full-page screenshot of each
// combination.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildDemo } from '../support/demo-build.mjs';
import { pageSession } from '../support/page-session.mjs';
import { repositoryRoot as root } from '../support/static-server.mjs';

const SCREENSHOTS = process.env.DEMO_SCREENSHOTS;
/** The tallest the index may be at 320 px, so a reader can scroll through it (measured: bench/RESULTS.md). */
const PHONE_HEIGHT_LIMIT = 8000;
const WIDTHS = [320, 1280];
const LOCALES = ['kk', 'ru', 'en'];
const THEMES = ['light', 'dark'];

/** JSON with object keys sorted, so two spellings of the same unit or source compare equal. */
function canonical(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`;
}

/**
 * Whether a feed gives a chart anything honest to draw: a metric with a series or a breakdown of two
 * entries or more, or two figures counted alike (format and unit) from the same source and period, which
 * a chart compares. A feed with neither, such as a single figure, is shown by its tiles alone: a chart of
 * one bar would say nothing its tile does not.
 */
function hasSomethingToChart(feed) {
  const drawnAlone = (metric) => (metric.series?.length ?? 0) >= 2 || (metric.breakdown?.length ?? 0) >= 2;
  if (feed.metrics.some(drawnAlone)) return true;
  const plain = feed.metrics.filter(
    (metric) => metric.value !== null && !metric.series?.length && !metric.breakdown?.length,
  );
  const kinds = plain.map((metric) =>
    canonical([
      metric.format ?? 'number',
      metric.unit ?? null,
      metric.source ?? feed.source ?? null,
      metric.period ?? feed.period ?? null,
    ]),
  );
  return new Set(kinds).size < kinds.length;
}

/** axe-core's violations and undecided checks on the whole page, one line per node. */
async function axeFindings(page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ['violations', 'incomplete'] });
    const list = (items) => items.flatMap((rule) => rule.nodes.map((node) => `${rule.id}: ${node.target.join(' ')}`));
    return [...list(results.violations), ...list(results.incomplete).map((line) => `incomplete ${line}`)];
  });
}

let axeSource;
let feeds;

const session = pageSession({
  name: 'demo',
  prepare: async (folder) => {
    await buildDemo(folder);
    const index = JSON.parse(await readFile(join(root, 'data/index.json'), 'utf8'));
    axeSource = await readFile(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
    feeds = await Promise.all(
      index.map(async (entry) => JSON.parse(await readFile(join(root, 'data', entry.file), 'utf8'))),
    );
  },
  serve: { index: 'index.html', mounts: { '/data/': join(root, 'data') } },
  screenshots: SCREENSHOTS,
});

/** Every element of the library on the page, through shadow roots, with what the checks need. */
function survey() {
  const all = [];
  const walk = (rootNode) => {
    for (const node of rootNode.querySelectorAll('*')) {
      if (node.localName.startsWith('inclusion-')) all.push(node);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(document);
  const width = document.documentElement.clientWidth;
  const dashboards = [...document.querySelectorAll('inclusion-dashboard')].map((dashboard) => {
    const inside = [];
    const collect = (rootNode) => {
      for (const node of rootNode.querySelectorAll('*')) {
        if (node.localName.startsWith('inclusion-')) inside.push(node);
        if (node.shadowRoot) collect(node.shadowRoot);
      }
    };
    collect(dashboard.shadowRoot);
    const charts = inside.filter(
      (e) => e.localName === 'inclusion-chart' && e.shadowRoot.querySelector('svg [role="listitem"]'),
    );
    const values = inside
      .filter((e) => e.localName === 'inclusion-kpi')
      .map((kpi) => {
        const value = kpi.shadowRoot.querySelector('[part~="value"]');
        const box = value?.getBoundingClientRect();
        return {
          metric: kpi.getAttribute('metric'),
          text: value?.textContent.trim() ?? '',
          visible: Boolean(box && box.width > 0 && box.height > 0),
        };
      });
    return { src: dashboard.getAttribute('src'), charts: charts.length, values };
  });
  const wide = all
    .filter((e) => {
      const box = e.getBoundingClientRect();
      return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5);
    })
    .map((e) => {
      const { left, right } = e.getBoundingClientRect();
      return `${e.localName}[metric=${e.getAttribute('metric')}] ${Math.round(left)}–${Math.round(right)}`;
    });
  return {
    states: all.map((e) => `${e.localName}[metric=${e.getAttribute('metric') ?? ''}]=${e.getAttribute('state')}`),
    height: document.documentElement.scrollHeight,
    scrollWidth: document.documentElement.scrollWidth,
    width,
    wide,
    dashboards,
  };
}

async function settle(page) {
  const started = Date.now();
  let report;
  for (;;) {
    report = await page.evaluate(survey);
    const waiting = report.states.filter((state) => !state.endsWith('=ready'));
    const drawn = report.dashboards.every((d, i) => d.charts > 0 || !hasSomethingToChart(feeds[i]));
    if (report.dashboards.length > 0 && waiting.length === 0 && drawn) break;
    if (Date.now() - started > 30_000) break;
    await page.waitForTimeout(200);
  }
  // One more frame for late layout (fonts, resize observers) before measuring.
  await page.waitForTimeout(300);
  return page.evaluate(survey);
}

/** The whole page in pieces of at most 2 000 px, so each piece opens at a readable size. */
async function screenshots(page, name, height) {
  const width = page.viewportSize().width;
  for (let top = 0, piece = 1; top < height; top += 2000, piece += 1) {
    const clip = { x: 0, y: top, width, height: Math.min(2000, height - top) };
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${piece}.png`), fullPage: true, clip });
  }
}

const results = [];

for (const width of WIDTHS) {
  for (const locale of LOCALES) {
    for (const theme of THEMES) {
      test(`the demo index at ${width} px, ${locale}, ${theme}`, { timeout: 120_000 }, async () => {
        const page = await session.browser.newPage({ viewport: { width, height: 900 } });
        const errors = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        page.on('response', (response) => {
          if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
        });
        try {
          await page.goto(session.url(`/?lang=${locale}&theme=${theme}`));
          const report = await settle(page);
          results.push({ width, locale, theme, height: report.height });
          if (SCREENSHOTS) await screenshots(page, `index-${width}-${locale}-${theme}`, report.height);

          assert.deepEqual(errors, [], 'no page errors and no failed requests');
          assert.equal(report.dashboards.length, feeds.length, 'a dashboard per seed feed');
          assert.deepEqual(
            report.states.filter((state) => !state.endsWith('=ready')),
            [],
            'every element ready',
          );
          assert.ok(
            report.scrollWidth <= report.width,
            `no horizontal scrolling: page ${report.scrollWidth} px wide in a ${report.width} px window`,
          );
          assert.deepEqual(report.wide, [], 'no element wider than the window');
          for (const [i, dashboard] of report.dashboards.entries()) {
            const feed = feeds[i];
            assert.deepEqual(
              dashboard.values.map((v) => v.metric),
              feed.metrics.map((m) => m.id),
              `${dashboard.src}: a tile for every figure`,
            );
            assert.deepEqual(
              dashboard.values.filter((v) => !v.visible || v.text === ''),
              [],
              `${dashboard.src}: every figure visible`,
            );
            // A chart in every dashboard whose feed has something to chart; the others are told by their tiles.
            if (hasSomethingToChart(feed))
              assert.ok(dashboard.charts >= 1, `${dashboard.src}: at least one chart drawn`);
            else assert.equal(dashboard.charts, 0, `${dashboard.src}: nothing to chart, so no chart drawn`);
          }
          assert.deepEqual(await axeFindings(page), [], 'axe: no violations, nothing undecided');
          if (width <= 320)
            assert.ok(
              report.height < PHONE_HEIGHT_LIMIT,
              `the index is ${report.height} px tall at ${width} px (limit ${PHONE_HEIGHT_LIMIT})`,
            );
        } finally {
          await page.close();
        }
      });
    }
  }
}

after(() => {
  if (results.length > 0)
    console.log(`  heights: ${results.map((r) => `${r.width}/${r.locale}/${r.theme} ${r.height}`).join(', ')}`);
});
