// <inclusion-table> as an embedder gets it: the shipped build (dist/table.js, see test/support/embedder.mjs),
// served with a strict CSP, at 1200 px and 320 px, light, dark and forced colours, read through the
// browser's accessibility tree (CDP). Screenshots go to $TABLE_SCREENSHOTS when it is set.
// Runs with `node --test test/table/table-browser.node.mjs`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtFile, distFolder, STRICT_POLICY } from '../support/embedder.mjs';
import { launchChromium, serveStatic } from '../support/static-server.mjs';
const SCREENSHOTS = process.env.TABLE_SCREENSHOTS;

const people = {
  kk: 'адам',
  ru: { one: 'человек', few: 'человека', many: 'человек', other: 'человека' },
  en: { one: 'person', other: 'people' },
};
const feed = {
  version: 1,
  id: 'node-table',
  title: {
    kk: 'Мүгедектігі бар адамдарды жұмысқа орналастыру',
    ru: 'Трудоустройство людей с инвалидностью',
    en: 'Employment of people with disabilities',
  },
  source: {
    name: { kk: 'Еңбек басқармасы', ru: 'Управление занятости', en: 'Employment Office' },
    url: 'https://example.org/report',
    published: '2025-11-19',
  },
  period: '2025',
  metrics: [
    {
      id: 'placed',
      label: { kk: 'Жұмысқа орналастырылды', ru: 'Трудоустроено', en: 'Placed in jobs' },
      value: 1120,
      qualifier: 'more-than',
      unit: people,
      breakdown: [
        { key: 'KZ-35', value: 358 },
        { key: 'KZ-61', value: 290, qualifier: 'more-than' },
        { key: 'KZ-79', value: null },
        { key: 'KZ-71', value: 120 },
        { key: 'KZ-59', value: 75, qualifier: 'about' },
        { key: 'KZ-27', value: 64 },
        { key: 'KZ-62', value: 12 },
      ],
    },
    {
      id: 'share',
      label: { kk: 'Жұмыспен қамтылғандар үлесі', ru: 'Доля занятых', en: 'Share employed' },
      value: 70,
      format: 'percent',
      status: 'provisional',
      series: [
        { period: '2022', value: 58 },
        { period: '2023', value: 61.5 },
        { period: '2024', value: null },
        { period: '2025', value: 70, qualifier: 'about' },
      ],
    },
    {
      id: 'grants',
      label: { kk: 'Берілген гранттар', ru: 'Выдано грантов', en: 'Grants awarded' },
      value: 61,
      unit: {
        kk: 'грант',
        ru: { one: 'грант', few: 'гранта', many: 'грантов', other: 'гранта' },
        en: { one: 'grant', other: 'grants' },
      },
    },
    {
      id: 'budget',
      label: { kk: 'Бюджет', ru: 'Бюджет программы', en: 'Programme budget' },
      value: 200000000,
      format: 'currency:KZT',
      status: 'estimate',
      period: '2024',
    },
  ],
};
const TABLES = [
  { id: 'placed-ru', metric: 'placed', locale: 'ru' },
  { id: 'all-kk', locale: 'kk' },
  { id: 'all-ru', locale: 'ru' },
  { id: 'share-en', metric: 'share', locale: 'en' },
];

let out;
let server;
let browser;
const url = (path) => `http://127.0.0.1:${server.address().port}/${path}`;

before(async () => {
  builtFile('table.js');
  out = await mkdtemp(join(tmpdir(), 'inclusion-table-'));
  // Page and scripts are files: the policy allows no inline code or style.
  await writeFile(
    join(out, 'page.css'),
    `body { margin: 0; padding: 8px; font-family: system-ui, sans-serif; background: #f3f4f6; }
    main { display: grid; gap: 16px; } body.dark { background: #05070a; }`,
  );
  await writeFile(
    join(out, 'page.html'),
    `<!doctype html><html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
    <title>tables</title><link rel="stylesheet" href="page.css"><script src="probe.js"></script>
    <script type="module" src="/dist/table.js"></script></head>
    <body><main id="tables"></main><script type="module" src="mount.js"></script></body></html>`,
  );
  await writeFile(
    join(out, 'probe.js'),
    `window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(e.violatedDirective + ' ' + (e.blockedURI || '')));
    window.__errors = []; window.addEventListener('error', (e) => window.__errors.push(String(e.message)));`,
  );
  await writeFile(
    join(out, 'mount.js'),
    `const feed = ${JSON.stringify(feed)};
    const theme = new URLSearchParams(location.search).get('theme') || 'light';
    if (theme === 'dark') document.body.classList.add('dark');
    for (const { id, metric, locale } of ${JSON.stringify(TABLES)}) {
      const element = document.createElement('inclusion-table');
      element.id = id; element.setAttribute('locale', locale); element.setAttribute('theme', theme);
      if (metric) element.setAttribute('metric', metric);
      element.feed = feed;
      document.getElementById('tables').append(element);
    }`,
  );
  server = await serveStatic({
    root: out,
    mounts: { '/dist/': distFolder },
    headers: { 'Content-Security-Policy': STRICT_POLICY },
  });
  browser = await launchChromium();
  if (SCREENSHOTS) await mkdir(SCREENSHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (out) await rm(out, { recursive: true, force: true });
});

async function open({ width, theme = 'light', forcedColors = 'none' }) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.emulateMedia({ forcedColors });
  await page.goto(url(`page.html?theme=${theme}`));
  // Polled through the protocol (outside the page's CSP), not waitForFunction, which the policy blocks.
  const started = Date.now();
  const ready = () =>
    page.evaluate(
      () => [...document.querySelectorAll('inclusion-table')].filter((e) => e.getAttribute('state') === 'ready').length,
    );
  while ((await ready()) < TABLES.length && Date.now() - started < 20_000) await page.waitForTimeout(50);
  return page;
}

async function shoot(page, name) {
  if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

for (const width of [1200, 320]) {
  for (const theme of ['light', 'dark']) {
    test(`${width} px, ${theme}: renders under a strict CSP, and nothing is wider than the screen`, async () => {
      const page = await open({ width, theme });
      const report = await page.evaluate(() => ({
        violations: window.__violations,
        errors: window.__errors,
        pageWidth: document.documentElement.scrollWidth,
        styles: [...document.querySelectorAll('inclusion-table')].flatMap((e) =>
          [...e.shadowRoot.querySelectorAll('style, [style]')].map((n) => `${e.id}: ${n.localName}`),
        ),
        tables: [...document.querySelectorAll('inclusion-table')].map((e) => {
          const region = e.shadowRoot.querySelector('[role=region]');
          return {
            id: e.id,
            width: e.getBoundingClientRect().width,
            overflow: region.scrollWidth - region.clientWidth,
          };
        }),
      }));
      await shoot(page, `table-${width}-${theme}`);
      assert.deepEqual(report.violations, []);
      assert.deepEqual(report.errors, []);
      assert.deepEqual(report.styles, []);
      assert.ok(report.pageWidth <= width, `page ${report.pageWidth} px wide at ${width}`);
      for (const table of report.tables) {
        assert.ok(table.width <= width, `${table.id} ${table.width} px`);
        // At 320 px the cells wrap: nothing is left to scroll in these tables.
        assert.ok(table.overflow <= 1, `${table.id} scrolls ${table.overflow} px`);
      }
      await page.close();
    });
  }
}

test('forced colours: text, rules, triangles and focus ring use system colours', async () => {
  const page = await open({ width: 1200, forcedColors: 'active' });
  const table = await page.$('#placed-ru');
  await table.evaluate((e) => e.shadowRoot.querySelector('thead button').click());
  await page.keyboard.press('Tab');
  const colours = await page.evaluate(() => {
    const root = document.querySelector('#placed-ru').shadowRoot;
    const style = (selector) => getComputedStyle(root.querySelector(selector));
    // The page's own text colour is the system's CanvasText under forced colours.
    return {
      page: getComputedStyle(document.body).color,
      text: style('td').color,
      mark: style('.sort-mark').fill,
      rule: style('td').borderBottomColor,
      focus: style('[role=region]').outlineColor,
    };
  });
  await shoot(page, 'table-forced-colors');
  assert.equal(colours.text, colours.page);
  assert.equal(colours.mark, colours.page);
  assert.equal(colours.rule, colours.page);
  await page.close();
});

test('the accessibility tree names the region by the caption, headers by their columns, says the sort', async () => {
  const page = await open({ width: 1200 });
  await page.evaluate(() =>
    document.querySelector('#placed-ru').shadowRoot.querySelectorAll('thead button')[1].click(),
  );
  await page.waitForTimeout(50);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Accessibility.enable');
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const live = nodes.filter((n) => !n.ignored);
  const names = (role) =>
    live.filter((n) => n.role?.value === role).map((n) => (n.name?.value ?? '').replace(/\u00a0/g, ' '));
  assert.ok(
    names('region').includes('Трудоустройство людей с инвалидностью: Трудоустроено, 2025 г.'),
    names('region').join(' | '),
  );
  // Column headers are named by their column alone: the sort hint is a description, not part of the name.
  const headers = names('columnheader');
  for (const name of ['Регион', 'Значение', 'Көрсеткіш', 'Мәні', 'Кезең', 'Мәртебесі', 'Period', 'Value'])
    assert.ok(headers.includes(name), `column header ${name}`);
  assert.deepEqual(
    headers.filter((name) => /сорт|sort|сұрып/i.test(name)),
    [],
  );
  // This Chromium's CDP tree does not list aria-sort among a header's properties: the DOM tests check it.
  const descriptions = live
    .filter((n) => n.role?.value === 'button' && n.name?.value === 'Значение')
    .map((n) => n.description?.value);
  assert.deepEqual(descriptions.sort(), ['Сортировать по возрастанию', 'Сортировать по убыванию']);
  const rowHeaders = names('rowheader');
  for (const name of [
    'Карагандинская область',
    'Туркестанская область',
    'город Шымкент',
    'область Ұлытау',
    'Жұмысқа орналастырылды',
    '2024',
  ])
    assert.ok(rowHeaders.includes(name), `row header ${name}`);
  assert.ok(
    live.some((n) => (n.name?.value ?? '').includes('Отсортировано по столбцу «Значение», по возрастанию')),
    'sort announced in the live region',
  );
  await page.close();
});
