// Server rendering as a reader gets it, for every seed feed: the HTML from `renderToString` (dist/server)
// with JavaScript off shows the same words and figures as the live elements and is axe clean; with the
// bundle, every element takes its markup over (the server's nodes are kept) with no feed request and no
// layout shift, and then behaves as a client-rendered one. Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pageSession } from '../support/page-session.mjs';
import { repositoryRoot, serveStatic, urlOf } from '../support/static-server.mjs';
import {
  LAYOUT_SHIFT_PROBE,
  LOCALES,
  MARK_SERVER_NODES,
  clientMarkup,
  page,
  seedFeeds,
  serverParts,
  widgetBoxes,
  widgetStates,
  widgetTexts,
  widgetsTakenOver,
} from './pages.mjs';
import { chartFeed } from './chart-feed.mjs';
import { renderToString, styleHashes } from '../../dist/server/index.js';

const BUNDLE = '<script type="module" src="/dist/inclusion-widgets.js"></script>';
/** How the hydration pages are sent: in pieces this size, with this pause (ms) between them. */
const PIECE = { bytes: 4096, pause: 25 };
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
];

/**
 * Sends a page in small pieces with a pause between them, as a slow network or a busy server does (and as a
 * loaded machine's parser takes it): the browser lays out and paints what it has parsed so far, so a box
 * that depends on markup still to come moves, where a page sent and parsed at once would hide it.
 */
function sendInPieces(html, response) {
  const body = Buffer.from(html);
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  const send = (start) => {
    if (start >= body.length) return response.end();
    response.write(body.subarray(start, start + PIECE.bytes));
    setTimeout(send, PIECE.pause, start + PIECE.bytes);
  };
  send(0);
  return true;
}

const pages = {};
let seeds;

const session = pageSession({
  serve: {
    pages,
    intercept: (path, response) => path.endsWith('/hydrate.html') && sendInPieces(pages[path], response),
  },
  prepare: async () => {
    // The seeds have no series or breakdown to chart: a feed that has them brings charts into the checks.
    seeds = [...(await seedFeeds()), { file: 'charts.json', feed: chartFeed }];
    for (const [index, { file, feed }] of seeds.entries()) {
      const locale = LOCALES[index % LOCALES.length];
      const parts = await serverParts(feed, locale);
      const markup = parts.join('\n');
      // Alone on a page for axe: a table beside the dashboard of the same feed would repeat a landmark's name.
      parts.forEach((part, element) => (pages[`/${file}/${element}/alone.html`] = page(part, { locale })));
      pages[`/${file}/plain.html`] = page(markup, { locale });
      pages[`/${file}/hydrate.html`] = page(markup, {
        locale,
        head: LAYOUT_SHIFT_PROBE,
        tail: `${MARK_SERVER_NODES}${BUNDLE}`,
      });
      pages[`/${file}/live.html`] = page(clientMarkup(feed, locale), { locale, tail: BUNDLE });
    }
  },
});

/** Waits until every widget is ready and its code has taken its markup over. */
async function settled(tab) {
  const started = Date.now();
  for (;;) {
    const states = await tab.evaluate(widgetStates);
    const running = await tab.evaluate(widgetsTakenOver);
    if (states.length > 0 && states.every((s) => s.endsWith('=ready')) && running) return states;
    if (Date.now() - started > 20_000) assert.fail(`not every widget is ready and running: ${states.join(', ')}`);
    await tab.waitForTimeout(100);
  }
}

test(
  "with JavaScript off, the server HTML shows the live elements' words and figures",
  { timeout: 240_000 },
  async () => {
    for (const { file } of seeds) {
      const off = await session.browser.newContext({ javaScriptEnabled: false });
      const tab = await off.newPage();
      await tab.goto(session.url(`/${file}/plain.html`));
      const served = await tab.evaluate(widgetTexts);
      const noScript = await tab.evaluate(() => {
        const found = [];
        const walk = (root) => {
          for (const element of root.querySelectorAll('*')) {
            if (element.shadowRoot && ['inclusion-chart', 'inclusion-map'].includes(element.localName)) {
              const shown = (selector) =>
                [...element.shadowRoot.querySelectorAll(selector)].some((n) => n.getBoundingClientRect().height > 1);
              found.push({
                element: element.localName,
                toggle: shown('[part~="toggle"]'),
                table: shown('[part~="table"]'),
                drawing: shown('[part~="chart"]'),
              });
            }
            if (element.shadowRoot) walk(element.shadowRoot);
          }
        };
        walk(document);
        return found;
      });
      await off.close();
      for (const widget of noScript) {
        // What needs script gives way: a chart shows its table instead of an empty drawing.
        assert.equal(widget.toggle, false, `${file}: ${widget.element}'s table toggle is hidden without script`);
        if (widget.element === 'inclusion-chart')
          assert.deepEqual(
            [widget.table, widget.drawing],
            [true, false],
            `${file}: a chart's table is shown without script`,
          );
      }
      const live = await session.browser.newPage();
      await live.goto(session.url(`/${file}/live.html`));
      await settled(live);
      const rendered = await live.evaluate(widgetTexts);
      await live.close();
      assert.ok(served.length >= 2 && served.every((w) => w.text.length > 0), `${file}: server widgets have text`);
      assert.ok(served.flatMap((w) => w.values).length > 0, `${file}: value phrases in the server HTML`);
      assert.deepEqual(
        served.map((w) => w.values),
        rendered.map((w) => w.values),
        `${file}: value phrases`,
      );
      assert.deepEqual(
        served.map((w) => w.text),
        rendered.map((w) => w.text),
        `${file}: every word`,
      );
    }
  },
);

test('without the script, the server HTML is axe clean', { timeout: 300_000 }, async () => {
  const axe = await readFile(join(repositoryRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
  for (const path of Object.keys(pages).filter((key) => key.endsWith('/alone.html'))) {
    const tab = await session.browser.newPage();
    await tab.goto(session.url(path));
    assert.equal(await tab.evaluate(() => customElements.get('inclusion-kpi')), undefined, 'no element is defined');
    await tab.evaluate(axe);
    const findings = await tab.evaluate(async () => {
      const results = await window.axe.run(document, { resultTypes: ['violations', 'incomplete'] });
      return [...results.violations, ...results.incomplete].flatMap((rule) =>
        rule.nodes.map((node) => `${rule.id}: ${node.target.join(' ')}`),
      );
    });
    await tab.close();
    assert.deepEqual(findings, [], `${path}: axe violations or incomplete`);
  }
});

test(
  'with the bundle, each element takes its server markup over: no request, no shift, same text',
  { timeout: 300_000 },
  async () => {
    const shifts = [];
    for (const viewport of VIEWPORTS) {
      for (const { file } of seeds) {
        const context = await session.browser.newContext({ viewport });
        const tab = await context.newPage();
        const requests = [];
        const errors = [];
        tab.on('request', (request) => requests.push(new URL(request.url()).pathname));
        tab.on('pageerror', (error) => errors.push(error.message));
        tab.on('console', (message) => {
          if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
        });
        await tab.goto(session.url(`/${file}/plain.html`));
        const before = await tab.evaluate(widgetTexts);
        const placed = await tab.evaluate(widgetBoxes);
        requests.length = 0;
        await tab.goto(session.url(`/${file}/hydrate.html`));
        await settled(tab);
        await tab.waitForTimeout(300);
        const after = await tab.evaluate(widgetTexts);
        const moved = await tab.evaluate(widgetBoxes);
        const report = await tab.evaluate(() => {
          const kept = [];
          const lost = [];
          const walk = (root) => {
            for (const element of root.querySelectorAll('*'))
              if (element.shadowRoot) {
                for (const node of element.shadowRoot.querySelectorAll(
                  '[part~="value"], .summary, td, [part~="label"]',
                ))
                  (node.__fromServer ? kept : lost).push(node.localName);
                walk(element.shadowRoot);
              }
          };
          walk(document);
          return { kept: kept.length, lost, shifts: window.__shifts };
        });
        await context.close();
        const cls = report.shifts.reduce((sum, shift) => sum + shift.value, 0);
        shifts.push(`${file} ${viewport.width}px: CLS ${cls.toFixed(4)}`);
        assert.deepEqual(errors, [], `${file}: page errors`);
        assert.deepEqual(
          requests.filter((path) => !path.startsWith('/dist/') && !path.endsWith('/hydrate.html')),
          [],
          `${file}: requests other than the bundle`,
        );
        assert.ok(report.kept > 0, `${file}: server nodes kept`);
        assert.deepEqual(report.lost, [], `${file}: server nodes replaced by the browser`);
        assert.deepEqual(
          after.map((w) => w.text),
          before.map((w) => w.text),
          `${file}: text after hydration`,
        );
        assert.deepEqual(moved, placed, `${file} at ${viewport.width}px: every widget where the server HTML put it`);
        const movers = report.shifts.flatMap((shift) => shift.sources.map((source) => `\n  ${source}`));
        assert.ok(cls < 0.01, `${file} at ${viewport.width}px: CLS ${cls.toFixed(4)}, what moved:${movers.join('')}`);
      }
    }
    console.log(`  ${shifts.join('\n  ')}`);
  },
);

test('after taking its markup over, an element behaves as a client-rendered one', { timeout: 60_000 }, async () => {
  const tab = await session.browser.newPage();
  await tab.goto(session.url('/charts.json/hydrate.html'));
  await settled(tab);
  const selected = await tab.evaluate(async () => {
    const map = document.querySelector('main > inclusion-map');
    const events = [];
    map.addEventListener('inclusion-select', (event) => events.push(event.detail.key));
    const toggle = map.shadowRoot.querySelector('[part~="toggle"]');
    toggle.click();
    await map.updateComplete;
    return { pressed: toggle.getAttribute('aria-pressed'), events, from: (window.__test = events) };
  });
  assert.equal(selected.pressed, 'true', "the map's table toggle answers a click");
  await tab.focus('main > inclusion-map >> css=.grid');
  const focusedKey = () =>
    tab.evaluate(() => document.querySelector('main > inclusion-map').shadowRoot.activeElement?.dataset.key);
  await tab.keyboard.press('ArrowRight');
  const first = await focusedKey();
  await tab.keyboard.press('ArrowDown');
  const second = await focusedKey();
  assert.ok(first && second && first !== second, `arrow keys move between regions (${first} → ${second})`);
  await tab.keyboard.press('Enter');
  assert.deepEqual(await tab.evaluate(() => window.__test), [second], 'Enter fires inclusion-select');
  const replaced = await tab.evaluate(async () => {
    const table = document.querySelector('main > inclusion-table');
    const feed = JSON.parse(table.querySelector('script').textContent);
    for (const item of feed.metrics[0].breakdown ?? []) item.value = 4321;
    feed.metrics[0].value = 4321;
    table.feed = feed;
    await table.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    return table.shadowRoot.textContent;
  });
  assert.match(
    replaced,
    /4[\s,]321/,
    `a new feed set from script is shown: ${replaced.replace(/\s+/g, ' ').slice(-400)}`,
  );
  await tab.close();
});

test('the KPI-only entry (dist/kpi.js) takes a server-rendered tile over too', { timeout: 60_000 }, async () => {
  const [{ feed }] = seeds;
  const tile = await renderToString(feed, { element: 'kpi', locale: 'ru' });
  const local = await serveStatic({
    pages: {
      '/kpi.html': page(tile, {
        locale: 'ru',
        tail: `${MARK_SERVER_NODES}<script type="module" src="/dist/kpi.js"></script>`,
      }),
    },
  });
  const tab = await session.browser.newPage();
  const requests = [];
  tab.on('request', (request) => requests.push(new URL(request.url()).pathname));
  try {
    await tab.goto(urlOf(local, '/kpi.html'));
    await settled(tab);
    const kept = await tab.evaluate(
      () => document.querySelector('inclusion-kpi').shadowRoot.querySelector('[part~="value"]').__fromServer === true,
    );
    assert.ok(kept, "the server's value node is kept");
    assert.deepEqual(
      requests.filter((path) => !path.startsWith('/dist/') && path !== '/kpi.html'),
      [],
    );
  } finally {
    await tab.close();
    local.close();
  }
});

test('with the style hashes, server HTML and hydration run under a strict CSP', { timeout: 60_000 }, async () => {
  const markup = await serverParts(chartFeed, 'ru').then((parts) => parts.join('\n'));
  const policy =
    `default-src 'self'; img-src data:; script-src 'self'; style-src 'self' ${styleHashes(markup).join(' ')}; ` +
    `require-trusted-types-for 'script'; trusted-types lit-html`;
  const local = await serveStatic({
    headers: { 'Content-Security-Policy': policy },
    pages: { '/csp.html': page(markup, { locale: 'ru', tail: BUNDLE }) },
  });
  const tab = await session.browser.newPage();
  const complaints = [];
  tab.on('console', (message) => {
    if (message.type() === 'error') complaints.push(message.text());
  });
  tab.on('pageerror', (error) => complaints.push(error.message));
  try {
    await tab.goto(urlOf(local, '/csp.html'));
    await settled(tab);
    assert.deepEqual(complaints, [], 'no CSP violation or error');
    const styled = await tab.evaluate(
      () =>
        getComputedStyle(document.querySelector('inclusion-table').shadowRoot.querySelector('table')).borderCollapse,
    );
    assert.equal(styled, 'collapse', "the shadow roots' styles apply");
  } finally {
    await tab.close();
    local.close();
  }
});
