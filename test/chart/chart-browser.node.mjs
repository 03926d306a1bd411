// <inclusion-chart> as an embedder gets it: a production build (vite, into a temporary folder, not dist/),
// served with the strictest policy an embedder would set, read through the browser's accessibility tree
// (CDP), and shown under forced colours. Runs with `node --test test/chart/chart-browser.node.mjs`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { launchChromium, repositoryRoot as root, serveStatic, urlOf } from '../support/static-server.mjs';
import { plotTrim } from '../../src/elements/chart/plot-trim/plugin.mjs';

const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
const SCREENSHOTS = process.env.CHART_SCREENSHOTS; // a folder to keep the forced-colours screenshots in, if set

const people = {
  kk: 'адам',
  ru: { one: 'человек', few: 'человека', many: 'человек', other: 'человека' },
  en: { one: 'person', other: 'people' },
};
const feed = {
  version: 1,
  id: 'node-chart',
  title: { kk: 'Жұмысқа орналасу', ru: 'Трудоустройство', en: 'Employment' },
  period: '2025',
  metrics: [
    {
      id: 'placed',
      label: { kk: 'Орналастырылғандар', ru: 'Трудоустроено', en: 'Placed' },
      value: 1120,
      unit: people,
      breakdown: [
        { key: 'KZ-35', value: 358 },
        { key: 'KZ-61', value: 290, qualifier: 'more-than' },
        { key: 'KZ-79', value: null },
        { key: 'KZ-71', value: 120 },
      ],
      series: [
        { period: '2023', value: 610 },
        { period: '2024', value: null },
        { period: '2025', value: 1120 },
      ],
    },
    {
      id: 'trained',
      label: { kk: 'Оқытылғандар', ru: 'Прошли обучение', en: 'Trained' },
      value: 700,
      unit: people,
      breakdown: [
        { key: 'KZ-35', value: 200 },
        { key: 'KZ-61', value: 150 },
        { key: 'KZ-79', value: 80 },
        { key: 'KZ-71', value: 60, qualifier: 'about' },
      ],
      series: [
        { period: '2023', value: 400 },
        { period: '2024', value: 450 },
        { period: '2025', value: 700 },
      ],
    },
  ],
};
const charts = ['bar', 'column', 'line', 'area', 'stacked', 'donut'].flatMap((type) =>
  ['kk', 'ru'].map((locale) => ({
    type,
    locale,
    metric: ['bar', 'donut', 'area'].includes(type) ? 'placed' : 'placed,trained',
  })),
);

let out;
let server;
let browser;

before(async () => {
  out = await mkdtemp(join(tmpdir(), 'inclusion-chart-'));
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    // The same trimmed Plot as the shipped bundle (src/elements/chart/plot-trim/plugin.mjs).
    plugins: [plotTrim()],
    build: {
      outDir: out,
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      lib: {
        entry: { chart: join(root, 'src/elements/chart/define.ts'), kpi: join(root, 'src/elements/kpi/define.ts') },
        formats: ['es'],
      },
      rollupOptions: { output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  });
  // The page and its script are files: the policy allows no inline code.
  await writeFile(
    join(out, 'page.html'),
    `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>charts</title>
    <script src="probe.js"></script><script type="module" src="chart.js"></script></head>
    <body><main id="charts"></main><script type="module" src="mount.js"></script></body></html>`,
  );
  await writeFile(
    join(out, 'kpi-only.html'),
    `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>kpi</title>
    <script type="module" src="kpi.js"></script><script type="module" src="chart.js"></script></head>
    <body><inclusion-kpi metric="placed"><script type="application/json">${JSON.stringify(feed)}</script>
    </inclusion-kpi></body></html>`,
  );
  await writeFile(
    join(out, 'probe.js'),
    `window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || '')));
    window.__errors = []; window.addEventListener('error', (e) => window.__errors.push(String(e.message)));`,
  );
  await writeFile(
    join(out, 'mount.js'),
    `const feed = ${JSON.stringify(feed)};
    const main = document.getElementById('charts');
    for (const { type, locale, metric } of ${JSON.stringify(charts)}) {
      const element = document.createElement('inclusion-chart');
      element.setAttribute('type', type); element.setAttribute('locale', locale);
      element.setAttribute('metric', metric);
      element.id = type + '-' + locale; element.feed = feed; main.append(element);
    }
    window.__mounted = true;`,
  );
  server = await serveStatic({ root: out, headers: { 'Content-Security-Policy': POLICY } });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
  if (out) await rm(out, { recursive: true, force: true });
});

async function openCharts() {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(urlOf(server, '/page.html'));
  // Polled through CDP (outside the page's CSP), not waitForFunction, which the policy would block.
  const started = Date.now();
  const drawn = () =>
    page.evaluate(
      () =>
        [...document.querySelectorAll('inclusion-chart')].filter(
          (e) => e.getAttribute('state') === 'ready' && e.shadowRoot.querySelector('svg.chart-svg'),
        ).length,
    );
  while ((await drawn()) < charts.length && Date.now() - started < 30_000) await page.waitForTimeout(100);
  return { page, requests };
}

test('the build keeps Plot and d3 out of the element chunk, and a KPI-only page fetches no chart code', async () => {
  const files = await readdir(join(out, 'chunks'));
  const element = await readFile(join(out, 'chart.js'), 'utf8');
  assert.doesNotMatch(element, /observablehq|d3-shape|interval-tree/i, 'chart.js itself holds no drawing library');
  const chunks = await Promise.all(
    files.map(async (name) => ({ name, text: await readFile(join(out, 'chunks', name), 'utf8') })),
  );
  assert.ok(
    chunks.some((chunk) => /render-plot/.test(chunk.name) || /function plot\(/.test(chunk.text)),
    'a separate Plot chunk exists',
  );
  const page = await browser.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(urlOf(server, '/kpi-only.html'));
  await page.waitForTimeout(1000);
  const state = await page.evaluate(() => document.querySelector('inclusion-kpi').getAttribute('state'));
  assert.equal(state, 'ready');
  const plotChunks = chunks
    .filter((chunk) => /observablehq|function plot\(|d3-shape|arc\(\)/.test(chunk.text))
    .map((chunk) => `/chunks/${chunk.name}`);
  assert.deepEqual(
    requests.filter((path) => plotChunks.includes(path)),
    [],
    'no drawing chunk requested without a chart',
  );
  console.log(`  chunks: ${files.join(', ')}; KPI-only page requested: ${requests.join(', ')}`);
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

test("a drawing chunk that fails to load: a note in the reader's words, inclusion-error, a retry", async () => {
  // The first request for the Plot chunk fails, as on a flaky network; the next one succeeds.
  let failed = 0;
  const flaky = await serveStatic({
    root: out,
    pages: {
      '/retry.html': `<!doctype html><html lang="ru"><body>
        <script>window.__errors = [];
          document.addEventListener('inclusion-error', (e) => window.__errors.push(e.detail.kind));</script>
        <script type="module" src="/chart.js"></script>
        <inclusion-chart type="column" metric="placed" locale="ru">
          <script type="application/json">${JSON.stringify(feed)}</script></inclusion-chart>
      </body></html>`,
    },
    intercept: (path, res) => {
      if (!/^\/chunks\/render-plot-/.test(path) || failed > 0) return false;
      failed += 1;
      res.writeHead(503).end();
      return true;
    },
  });
  const page = await browser.newPage();
  try {
    await page.goto(urlOf(flaky, '/retry.html'));
    const note = page.locator('inclusion-chart [part="draw-failed"]');
    await note.waitFor({ timeout: 15_000 });
    assert.match(await note.innerText(), /Не удалось построить диаграмму/);
    assert.deepEqual(await page.evaluate(() => window.__errors), ['network']);
    assert.equal(await page.locator('inclusion-chart svg.chart-svg').count(), 0, 'nothing drawn yet');
    // The figures are still there: the data table lists every category.
    assert.equal(await page.evaluate(() => document.querySelector('inclusion-chart').getAttribute('state')), 'ready');
    await page.locator('inclusion-chart [part="retry"]').click();
    await page.locator('inclusion-chart svg.chart-svg').waitFor({ timeout: 15_000 });
    assert.equal(await note.count(), 0, 'the note is gone once drawn');
    assert.equal(failed, 1);
  } finally {
    await page.close();
    flaky.close();
  }
});
