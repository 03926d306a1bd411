// <inclusion-chart> as an embedder gets it: the shipped build (dist/, see test/support/embedder.mjs), served
// with the strictest policy an embedder would set, read through the browser's accessibility tree (CDP), and
// shown under forced colours. Runs with `node --test test/chart/chart-browser.node.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { EMPLOYMENT, placed, PLACED_BY_REGION, trained, TRAINED_BY_REGION } from '../fixtures/employment.mjs';
import { feedOf } from '../fixtures/feeds.mjs';
import { yearly } from '../fixtures/figures.mjs';
import { byRegion } from '../fixtures/regions.mjs';
import { distFolder, EMBEDDER_MOUNTS, embedderSession, VIOLATION_PROBE } from '../support/embedder.mjs';
import { waitForCount } from '../support/page-session.mjs';
import { serveStatic, urlOf } from '../support/static-server.mjs';

const SCREENSHOTS = process.env.CHART_SCREENSHOTS; // a folder to keep the forced-colours screenshots in, if set

const feed = feedOf(
  [
    placed({ breakdown: byRegion(PLACED_BY_REGION), series: yearly(2023, [610, null, 1120]) }),
    trained({ breakdown: byRegion(TRAINED_BY_REGION), series: yearly(2023, [400, 450, 700]) }),
  ],
  { id: 'node-chart', title: EMPLOYMENT, period: '2025' },
);
const charts = ['bar', 'column', 'line', 'area', 'stacked', 'donut'].flatMap((type) =>
  ['kk', 'ru'].map((locale) => ({
    type,
    locale,
    metric: ['bar', 'donut', 'area'].includes(type) ? 'placed' : 'placed,trained',
  })),
);

// The pages and their script are files: the policy allows no inline code.
const session = embedderSession({
  name: 'chart',
  entry: 'chart.js',
  files: {
    'page.html': `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>charts</title>
      ${VIOLATION_PROBE}<script type="module" src="/dist/chart.js"></script></head>
      <body><main id="charts"></main><script type="module" src="mount.js"></script></body></html>`,
    'kpi-only.html': `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>kpi</title>
      <script type="module" src="/dist/kpi.js"></script><script type="module" src="/dist/chart.js"></script></head>
      <body><inclusion-kpi metric="placed"><script type="application/json">${JSON.stringify(feed)}</script>
      </inclusion-kpi></body></html>`,
    'mount.js': `const feed = ${JSON.stringify(feed)};
      const main = document.getElementById('charts');
      for (const { type, locale, metric } of ${JSON.stringify(charts)}) {
        const element = document.createElement('inclusion-chart');
        element.setAttribute('type', type); element.setAttribute('locale', locale);
        element.setAttribute('metric', metric);
        element.id = type + '-' + locale; element.feed = feed; main.append(element);
      }
      window.__mounted = true;`,
  },
  screenshots: SCREENSHOTS,
});

/**
 * The modules a built file was made from, read from its source map; where the build wrote none (an entry that
 * only imports and re-exports its chunks), the file's own code stands for them.
 */
async function sourcesOf(path) {
  const map = await readFile(`${path}.map`, 'utf8').catch(() => undefined);
  return map === undefined ? [await readFile(path, 'utf8')] : JSON.parse(map).sources;
}

/** A built file and every chunk it imports before it runs (static imports, followed to the end). */
async function loadedWith(path, seen = new Set()) {
  if (seen.has(path)) return seen;
  seen.add(path);
  const code = await readFile(path, 'utf8');
  for (const [, relative] of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g))
    await loadedWith(join(path, '..', relative), seen);
  return seen;
}

/** Observable Plot, the trimmed copy of its modules, d3-shape and the two drawing modules of the chart. */
const DRAWING = /@observablehq|plot-trim|d3-shape|interval-tree|render-(plot|donut)/;

async function openCharts() {
  const page = await session.browser.newPage({ viewport: { width: 1000, height: 900 } });
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(session.url('/page.html'));
  const drawn = () =>
    [...document.querySelectorAll('inclusion-chart')].filter(
      (e) => e.getAttribute('state') === 'ready' && e.shadowRoot.querySelector('svg.chart-svg'),
    ).length;
  await waitForCount(page, drawn, undefined, charts.length);
  return { page, requests };
}

test('the build keeps Plot and d3 out of what chart.js loads, and a KPI-only page fetches no chart code', async () => {
  const loaded = [...(await loadedWith(join(distFolder, 'chart.js')))];
  const loadedSources = (await Promise.all(loaded.map(sourcesOf))).flat();
  assert.deepEqual(
    loadedSources.filter((source) => DRAWING.test(source)),
    [],
    'chart.js and the chunks it imports hold no drawing library',
  );
  const files = (await readdir(join(distFolder, 'chunks'))).filter((name) => name.endsWith('.js'));
  const chunks = await Promise.all(
    files.map(async (name) => ({ name, sources: await sourcesOf(join(distFolder, 'chunks', name)) })),
  );
  assert.ok(
    chunks.some((chunk) => chunk.sources.some((source) => /@observablehq[\\/]plot/.test(source))),
    'a separate Plot chunk exists',
  );
  const page = await session.browser.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(session.url('/kpi-only.html'));
  await page.waitForTimeout(1000);
  const state = await page.evaluate(() => document.querySelector('inclusion-kpi').getAttribute('state'));
  assert.equal(state, 'ready');
  const drawingChunks = chunks
    .filter((chunk) => chunk.sources.some((source) => DRAWING.test(source)))
    .map((chunk) => `/dist/chunks/${chunk.name}`);
  assert.ok(drawingChunks.length >= 2, `the drawing chunks are found: ${drawingChunks.join(', ')}`);
  assert.deepEqual(
    requests.filter((path) => drawingChunks.includes(path)),
    [],
    'no drawing chunk requested without a chart',
  );
  console.log(`  drawing chunks: ${drawingChunks.join(', ')}; KPI-only page requested: ${requests.join(', ')}`);
  await page.close();
});

test('six types in kk and ru under a strict CSP, Trusted Types: no violation, no style in shadow roots', async () => {
  const { page } = await openCharts();
  // Exercise the tooltip (placed through a constructed stylesheet, the only way a strict CSP allows).
  await page.focus('#column-ru');
  await page.keyboard.press('Tab');
  const report = await page.evaluate(() => ({
    violations: window.__violations,
    errors: window.__errors,
    states: [...document.querySelectorAll('inclusion-chart')].map((e) => `${e.id}=${e.getAttribute('state')}`),
    styles: [...document.querySelectorAll('inclusion-chart')].flatMap((e) =>
      [...e.shadowRoot.querySelectorAll('style, [style]')].map((n) => `${e.id}: ${n.localName}`),
    ),
    marks: [...document.querySelectorAll('inclusion-chart')].map(
      (e) => e.shadowRoot.querySelectorAll('svg [role="listitem"]').length,
    ),
  }));
  const chart = await page.$('#bar-ru');
  await chart.evaluate((e) => e.shadowRoot.querySelector('[part=chart]').focus());
  await page.keyboard.press('ArrowRight');
  const hover = await page.evaluate(() => {
    const e = document.querySelector('#column-kk');
    e.scrollIntoView();
    const box = e.shadowRoot.querySelector('svg [role=listitem]').getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  });
  await page.mouse.move(hover.x, hover.y);
  await page.waitForTimeout(200);
  const after = await page.evaluate(() => ({
    violations: window.__violations,
    tooltips: [...document.querySelectorAll('inclusion-chart')].filter(
      (e) => !e.shadowRoot.querySelector('.tooltip').hidden,
    ).length,
    styles: [...document.querySelectorAll('inclusion-chart')].flatMap((e) =>
      [...e.shadowRoot.querySelectorAll('style, [style]')].map((n) => `${e.id}: ${n.localName}`),
    ),
  }));
  console.log(`  ${report.states.join(', ')}; marks ${report.marks.join('/')}; tooltips shown: ${after.tooltips}`);
  assert.deepEqual(report.violations, []);
  assert.deepEqual(after.violations, []);
  assert.deepEqual(report.errors, []);
  assert.deepEqual(report.styles, []);
  assert.deepEqual(after.styles, []);
  assert.ok(report.states.every((s) => s.endsWith('=ready')));
  assert.ok(report.marks.every((n) => n >= 3));
  assert.equal(after.tooltips, 2, 'a focus tooltip and a hover tooltip, both placed under the policy');
  await page.close();
});

test('the accessibility tree (CDP) names the chart, its series and every mark, and the focused mark', async () => {
  const { page } = await openCharts();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Accessibility.enable');
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const named = (role) => nodes.filter((n) => !n.ignored && n.role?.value === role).map((n) => n.name?.value ?? '');
  const items = named('listitem').map((name) => name.replace(/\u00a0/g, ' '));
  const lists = named('list');
  const groups = named('group');
  for (const name of [
    'Карагандинская область: 358 человек',
    'Туркестанская область: более 290 человек',
    'город Шымкент: нет данных',
    'город Астана: 120 человек',
    'Қарағанды облысы: 358 адам',
    'Түркістан облысы: 290-нан астам адам',
    'Шымкент қаласы: дерек жоқ',
    'Туркестанская область, Прошли обучение: 150 человек',
    '2024 г., Трудоустроено: нет данных',
    '2024 ж., Оқытылғандар: 450 адам',
  ])
    assert.ok(items.includes(name), `list item "${name}" in the tree`);
  for (const name of ['Трудоустроено', 'Прошли обучение', 'Орналастырылғандар', 'Оқытылғандар'])
    assert.ok(lists.includes(name), `series list "${name}"`);
  for (const name of [
    'Линейчатая диаграмма: Трудоустроено',
    'Кольцевая диаграмма: Трудоустроено',
    'Сызықтық диаграмма: Жұмысқа орналасу',
  ])
    assert.ok(groups.includes(name), `chart group "${name}"`);
  // Every chart's marks are in the tree: 4 + 8 + 6 + 3 + 8 + 4 per locale (the donut's missing value is a named box).
  assert.equal(items.filter((n) => /^[^:]+: /.test(n)).length, 2 * (4 + 8 + 6 + 3 + 8 + 4));
  // No role-less group is named (axe's aria-prohibited-attr) and no decoration leaks into the tree.
  assert.deepEqual(
    nodes.filter((n) => !n.ignored && ['generic', 'none'].includes(n.role?.value) && n.name?.value),
    [],
  );
  assert.deepEqual(
    nodes.filter((n) => !n.ignored && /-axis|x-grid|y-grid/.test(n.name?.value ?? '')),
    [],
  );

  // The focused mark's name is what a screen reader speaks on each arrow key.
  await page.evaluate(() => document.querySelector('#bar-ru').shadowRoot.querySelector('[part=chart]').focus());
  const spoken = [];
  for (const key of ['ArrowRight', 'ArrowDown', 'ArrowDown', 'End']) {
    await page.keyboard.press(key);
    const { nodes: now } = await cdp.send('Accessibility.getFullAXTree');
    const focused = now.find(
      (n) => n.role?.value !== 'RootWebArea' && n.properties?.some((p) => p.name === 'focused' && p.value.value),
    );
    spoken.push(`${focused?.role?.value}: ${(focused?.name?.value ?? '').replace(/\u00a0/g, ' ')}`);
  }
  assert.deepEqual(spoken, [
    'listitem: Карагандинская область: 358 человек',
    'listitem: Туркестанская область: более 290 человек',
    'listitem: город Шымкент: нет данных',
    'listitem: город Астана: 120 человек',
  ]);
  await page.close();
});

test('forced colours: marks, text and focus ring take system colours, series stay apart by texture', async () => {
  const { page } = await openCharts();
  await page.emulateMedia({ forcedColors: 'active' });
  await page.evaluate(() => document.querySelector('#stacked-ru').shadowRoot.querySelector('[part=chart]').focus());
  await page.keyboard.press('ArrowRight');
  const colours = await page.evaluate(() => {
    const root = document.querySelector('#stacked-ru').shadowRoot;
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    const canvasText = getComputedStyle(probe).color;
    probe.style.color = 'Highlight';
    const highlight = getComputedStyle(probe).color;
    probe.remove();
    const solid = root.querySelector('.segments:not(.patterned) rect');
    const textured = root.querySelector('.segments.patterned rect');
    return {
      canvasText,
      highlight,
      solid: getComputedStyle(solid).fill,
      textured: textured.getAttribute('fill') ?? getComputedStyle(textured).fill,
      text: getComputedStyle(root.querySelector('.axis text')).fill,
      ring: getComputedStyle(root.querySelector('.focus-ring')).stroke,
      matches: matchMedia('(forced-colors: active)').matches,
    };
  });
  assert.equal(colours.matches, true);
  assert.equal(colours.solid, colours.canvasText);
  assert.match(colours.textured, /url\(.*pattern-1-1/);
  assert.equal(colours.text, colours.canvasText);
  assert.equal(colours.ring, colours.highlight);
  if (SCREENSHOTS) {
    for (const id of ['stacked-ru', 'column-kk', 'line-ru', 'donut-kk'])
      await (await page.$(`#${id}`)).screenshot({ path: join(SCREENSHOTS, `forced-${id}.png`) });
  }
  await page.close();
});

/**
 * A page with one chart whose chunks matching `failing` each fail at their first request, as on a flaky
 * network, and succeed after; `run` gets the page and the count of failed requests.
 */
async function withFlakyChunks(failing, run) {
  const failed = new Set();
  const flaky = await serveStatic({
    root: session.folder,
    mounts: EMBEDDER_MOUNTS,
    pages: {
      '/retry.html': `<!doctype html><html lang="ru"><body>
        <script>window.__errors = []; window.__alerts = [];
          document.addEventListener('inclusion-error', (e) => {
            window.__errors.push(e.detail.kind);
            window.__alerts.push(e.target.shadowRoot.querySelector('[part~="error"]')?.textContent ?? '');
          });</script>
        <script type="module" src="/dist/chart.js"></script>
        <inclusion-chart type="column" metric="placed" locale="ru">
          <script type="application/json">${JSON.stringify(feed)}</script></inclusion-chart>
      </body></html>`,
    },
    intercept: (path, res) => {
      const chunk = failing.exec(path)?.[0];
      if (!chunk || failed.has(chunk)) return false;
      failed.add(chunk);
      res.writeHead(503).end();
      return true;
    },
  });
  const page = await session.browser.newPage();
  try {
    await page.goto(urlOf(flaky, '/retry.html'));
    await run(page, () => failed.size);
  } finally {
    await page.close();
    flaky.close();
  }
}

/** Presses the note's retry from the keyboard: once the chart is drawn, the note is gone and focus is on it. */
async function retryFromKeyboard(page, note) {
  await page.locator('inclusion-chart [part="retry"]').focus();
  await page.keyboard.press('Enter');
  await page.locator('inclusion-chart svg.chart-svg').waitFor({ timeout: 15_000 });
  assert.equal(await note.count(), 0, 'the note is gone once drawn');
  await page.waitForFunction(
    () => document.activeElement?.shadowRoot?.activeElement?.getAttribute('part') === 'chart',
    undefined,
    { timeout: 5_000 },
  );
}

test("a drawing chunk that fails to load: a note in the reader's words, inclusion-error, a retry", async () => {
  await withFlakyChunks(/^\/dist\/chunks\/render-plot-/, async (page, failed) => {
    const note = page.locator('inclusion-chart [part~="draw-failed"]');
    // The alert stands there at once, and is worded when the words of errors arrive.
    await note.filter({ hasText: 'Не удалось построить диаграмму' }).waitFor({ timeout: 15_000 });
    // The error the page hears is shown as every element shows one: an alert with the `error` part.
    assert.equal(await note.getAttribute('role'), 'alert');
    assert.match(await note.getAttribute('part'), /(^| )error( |$)/);
    assert.deepEqual(await page.evaluate(() => window.__errors), ['network']);
    // Heard once the alert is on screen in the reader's words, as a feed's error is.
    const [heardWith] = await page.evaluate(() => window.__alerts);
    assert.match(heardWith, /Не удалось построить диаграмму/);
    assert.equal(await page.locator('inclusion-chart svg.chart-svg').count(), 0, 'nothing drawn yet');
    // The figures are still there: the data table lists every category.
    assert.equal(await page.evaluate(() => document.querySelector('inclusion-chart').getAttribute('state')), 'ready');
    await retryFromKeyboard(page, note);
    assert.equal(failed(), 1);
  });
});

test('offline for both the drawing and the words of errors: the same note, in the words every chart has', async () => {
  await withFlakyChunks(/^\/dist\/chunks\/(render-plot|error-views)/, async (page, failed) => {
    const note = page.locator('inclusion-chart [part~="draw-failed"]');
    await note.locator('[part="retry"]').waitFor({ timeout: 15_000 });
    assert.equal(await note.innerText(), 'Не удалось загрузить. Повторить');
    assert.equal(await note.getAttribute('role'), 'alert');
    assert.equal(await note.getAttribute('part'), 'error draw-failed');
    assert.deepEqual(await page.evaluate(() => window.__errors), ['network']);
    assert.equal(failed(), 2);
    await retryFromKeyboard(page, note);
  });
});
