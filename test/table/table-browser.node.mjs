// <inclusion-table> as an embedder gets it: the shipped build (dist/table.js, see test/support/embedder.mjs),
// served with a strict CSP, at 1200 px and 320 px, light, dark and forced colours, read through the
// browser's accessibility tree (CDP). Screenshots go to $TABLE_SCREENSHOTS when it is set.
// Runs with `node --test test/table/table-browser.node.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { placed, PLACED_BY_REGION } from '../fixtures/employment.mjs';
import { feedOf } from '../fixtures/feeds.mjs';
import { qualified, yearly } from '../fixtures/figures.mjs';
import { byRegion } from '../fixtures/regions.mjs';
import { GRANTS } from '../fixtures/units.mjs';
import { embedderSession, VIOLATION_PROBE } from '../support/embedder.mjs';
import { waitForCount } from '../support/page-session.mjs';
const SCREENSHOTS = process.env.TABLE_SCREENSHOTS;

const feed = feedOf(
  [
    placed({
      label: { kk: 'Жұмысқа орналастырылды', ru: 'Трудоустроено', en: 'Placed in jobs' },
      qualifier: 'more-than',
      breakdown: byRegion({ ...PLACED_BY_REGION, 'KZ-59': qualified('about', 75), 'KZ-27': 64, 'KZ-62': 12 }),
    }),
    {
      id: 'share',
      label: { kk: 'Жұмыспен қамтылғандар үлесі', ru: 'Доля занятых', en: 'Share employed' },
      value: 70,
      format: 'percent',
      status: 'provisional',
      series: yearly(2022, [58, 61.5, null, qualified('about', 70)]),
    },
    {
      id: 'grants',
      label: { kk: 'Берілген гранттар', ru: 'Выдано грантов', en: 'Grants awarded' },
      value: 61,
      unit: GRANTS,
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
  {
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
  },
);
const TABLES = [
  { id: 'placed-ru', metric: 'placed', locale: 'ru' },
  { id: 'all-kk', locale: 'kk' },
  { id: 'all-ru', locale: 'ru' },
  { id: 'share-en', metric: 'share', locale: 'en' },
];

// Page and scripts are files: the policy allows no inline code or style.
const session = embedderSession({
  name: 'table',
  entry: 'table.js',
  files: {
    'page.css': `body { margin: 0; padding: 8px; font-family: system-ui, sans-serif; background: #f3f4f6; }
      main { display: grid; gap: 16px; } body.dark { background: #05070a; }`,
    'page.html': `<!doctype html><html lang="ru"><head><meta charset="utf-8">
      <meta name="viewport" content="width=device-width"><title>tables</title>
      <link rel="stylesheet" href="page.css">${VIOLATION_PROBE}
      <script type="module" src="/dist/table.js"></script></head>
      <body><main id="tables"></main><script type="module" src="mount.js"></script></body></html>`,
    'mount.js': `const feed = ${JSON.stringify(feed)};
      const theme = new URLSearchParams(location.search).get('theme') || 'light';
      if (theme === 'dark') document.body.classList.add('dark');
      for (const { id, metric, locale } of ${JSON.stringify(TABLES)}) {
        const element = document.createElement('inclusion-table');
        element.id = id; element.setAttribute('locale', locale); element.setAttribute('theme', theme);
        if (metric) element.setAttribute('metric', metric);
        element.feed = feed;
        document.getElementById('tables').append(element);
      }`,
  },
  screenshots: SCREENSHOTS,
});

async function open({ width, theme = 'light', forcedColors = 'none' }) {
  const page = await session.browser.newPage({ viewport: { width, height: 900 } });
  await page.emulateMedia({ forcedColors });
  await page.goto(session.url(`/page.html?theme=${theme}`));
  const ready = () =>
    [...document.querySelectorAll('inclusion-table')].filter((e) => e.getAttribute('state') === 'ready').length;
  await waitForCount(page, ready, undefined, TABLES.length, { timeout: 20_000, interval: 50 });
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
