/**
 * The publisher's pages as a publisher gets them: the demo built to a static folder (pages, data/ and the
 * built dist/ beside them) on a plain static server, driven in Chromium.
 * - the feed editor turns a pasted table into a downloaded feed that `inclusion-widgets validate` accepts,
 *   with its figures in tiles, a line chart and a map; problems sit beside their row and column; the copied
 *   snippet works as pasted; the page sends nothing anywhere;
 * - the embed builder offers only what the data can show and its snippet works as pasted.
 * Needs `npm run build` first (npm test runs it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildDemo } from '../support/demo-build.mjs';
import { builtFile } from '../support/embedder.mjs';
import { pageSession } from '../support/page-session.mjs';
import { repositoryRoot as root } from '../support/static-server.mjs';

const pages = {};

const session = pageSession({
  name: 'demo',
  prepare: async (folder) => {
    builtFile('inclusion-widgets.js');
    await buildDemo(folder);
  },
  serve: { pages },
});

/** A page of the static demo, with every request it makes recorded. */
async function open(path) {
  const context = await session.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(session.url(path));
  return { page, context, requests, problems };
}

/** Waits until every inclusion-* element in the page's light DOM is ready or in error; returns their states. */
function settledStates(page) {
  return page.evaluate(async () => {
    const started = performance.now();
    const widgets = () =>
      [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('inclusion-'));
    while (
      widgets().some((element) => !['ready', 'error'].includes(element.getAttribute('state'))) &&
      performance.now() - started < 15_000
    ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return widgets().map((element) => `${element.localName}:${element.getAttribute('state')}`);
  });
}

/** `snippet` alone on a plain page of the site, `/<name>.html` in `lang`; resolves with its elements' states. */
async function statesWhenPasted(snippet, name, lang) {
  const path = `/${name}.html`;
  pages[path] =
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${name}</title></head>` +
    `<body>${snippet}</body></html>`;
  const pasted = await open(path);
  const states = await settledStates(pasted.page);
  await pasted.context.close();
  return states;
}

function validate(file) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(root, 'bin/inclusion-widgets.mjs'), 'validate', file],
      { encoding: 'utf8' },
      (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

const TABLE = [
  'metric\tlabel:kk\tlabel:ru\tlabel:en\tvalue\tunit:ru\tunit:en\tperiod\tregion',
  'placed\tОрналастырылды\tТрудоустроено\tPlaced in jobs\t1 120\tчеловек|человека|человек|человека\tperson|people\t\t',
  'placed\t\t\t\tболее 800\t\t\t2023\t',
  'placed\t\t\t\t900\t\t\t2024\t',
  'placed\t\t\t\tabout 1,000\t\t\t2025\t',
  'placed\t\t\t\t358\t\t\t\tKZ-35',
  'placed\t\t\t\t290-нан астам\t\t\t\tТүркістан облысы',
  'placed\t\t\t\tпочти 120\t\t\t\tгород Шымкент',
  'placed\t\t\t\t1,120.5\t\t\t\tAstana City',
  'share\tҮлес\tДоля\tShare\t70 %\t\t\t\t',
].join('\n');

test('the editor turns a pasted table into a downloaded feed that validate accepts', async () => {
  const { page, context, requests, problems } = await open('/editor.html?lang=en');
  await page.waitForSelector('#example option:nth-child(2)', { state: 'attached' });
  // A paste from a spreadsheet: the tab-separated text a spreadsheet puts on the clipboard, pasted with Ctrl+V.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.url('') });
  await page.evaluate((text) => navigator.clipboard.writeText(text), TABLE);
  await page.focus('#table');
  await page.keyboard.press('Control+V');
  assert.equal(await page.inputValue('#table'), TABLE);
  await page.fill('input[name="id"]', 'pasted-feed');
  await page.fill('input[name="title:en"]', 'Placements');
  await page.fill('input[name="source-name"]', 'Test source');
  await page.waitForFunction(() => !document.getElementById('download').disabled);

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  assert.equal(download.suggestedFilename(), 'pasted-feed.json');
  const file = join(session.folder, 'downloaded.json');
  await download.saveAs(file);
  const result = await validate(file);
  assert.equal(result.code, 0, result.stdout + result.stderr);

  const feed = JSON.parse(await readFile(file, 'utf8'));
  const [placed, share] = feed.metrics;
  assert.equal(placed.value, 1120);
  assert.deepEqual(placed.series, [
    { period: '2023', value: 800, qualifier: 'more-than' },
    { period: '2024', value: 900 },
    { period: '2025', value: 1000, qualifier: 'about' },
  ]);
  assert.deepEqual(placed.breakdown, [
    { key: 'KZ-35', value: 358 },
    { key: 'KZ-61', value: 290, qualifier: 'more-than' },
    { key: 'KZ-79', value: 120, qualifier: 'almost' },
    { key: 'KZ-71', value: 1120.5 },
  ]);
  assert.deepEqual([share.value, share.format], [70, 'percent']);

  // The live preview: a dashboard with tiles, a line chart of the series and a map of the breakdown.
  const preview = await page.evaluate(async () => {
    const dashboard = document.querySelector('#preview inclusion-dashboard');
    const started = performance.now();
    const parts = () => [...dashboard.shadowRoot.querySelectorAll('inclusion-kpi, inclusion-chart, inclusion-map')];
    while (
      (parts().length === 0 || parts().some((element) => element.getAttribute('state') !== 'ready')) &&
      performance.now() - started < 15_000
    ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const text = (element) => element.shadowRoot.textContent.replace(/\s+/g, ' ');
    return {
      state: dashboard.getAttribute('state'),
      tiles: parts()
        .filter((e) => e.localName === 'inclusion-kpi')
        .map(text),
      charts: parts()
        .filter((e) => e.localName === 'inclusion-chart')
        .map((e) => `${e.getAttribute('type') ?? ''}|${e.getAttribute('state')}`),
      map: parts()
        .filter((e) => e.localName === 'inclusion-map')
        .map(text)
        .join(' '),
    };
  });
  assert.equal(preview.state, 'ready');
  assert.ok(
    preview.tiles.some((tile) => tile.includes('1,120 people')),
    preview.tiles.join(' / '),
  );
  assert.ok(
    preview.tiles.some((tile) => tile.includes('70%')),
    preview.tiles.join(' / '),
  );
  assert.ok(preview.charts.length > 0, 'a chart');
  assert.match(preview.map, /Karaganda.*358/);

  // The copied snippet, pasted into a page of the same static site, shows the same feed.
  const snippet = await page.inputValue('#snippet');
  assert.deepEqual(await statesWhenPasted(snippet, 'pasted', 'en'), ['inclusion-dashboard:ready']);

  // Nothing left the page: only this site's files were asked for (GET, and HEAD to see whether dist/ is here).
  const origin = session.url('');
  assert.deepEqual(
    requests.filter(
      (request) => !/^(GET|HEAD) /.test(request) || !(request.includes(` ${origin}`) || request.includes(' blob:')),
    ),
    [],
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test("the editor shows each problem beside its row and column, and the feed details' beside their field", async () => {
  const { page, context } = await open('/editor.html?lang=ru');
  await page.evaluate(() => {
    const field = document.getElementById('table');
    field.value = 'metric;label;value;region\na;A;5;KZ-35\na;;many;Атлантида\n';
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.waitForSelector('#rows td[aria-invalid="true"]');
  const shown = await page.evaluate(() => ({
    invalid: [...document.querySelectorAll('#rows [aria-invalid="true"]')].map((cell) => cell.textContent),
    messages: [...document.querySelectorAll('#problem-row-3 .cell-problem')].map((p) => p.textContent),
    title: document.querySelector('input[name="title:kk"]').getAttribute('aria-invalid'),
    id: document.querySelector('input[name="id"]').getAttribute('aria-invalid'),
    summary: document.getElementById('summary').textContent,
    download: document.getElementById('download').disabled,
    interface: document.querySelector('[data-i18n="tableTitle"]').textContent,
  }));
  assert.deepEqual(shown.invalid, ['many', 'Атлантида']);
  assert.equal(shown.messages.length, 2);
  assert.equal(shown.messages[0], 'строка 3, столбец «value»: в «many» нет числа');
  assert.match(
    shown.messages[1],
    /^строка 3, столбец «region»: неизвестный регион «Атлантида»: напишите код ISO 3166-2:KZ/,
  );
  assert.equal(shown.title, 'true');
  assert.equal(shown.id, 'true');
  assert.match(shown.summary, /Найдено проблем: 4/);
  assert.equal(shown.download, true);
  assert.equal(shown.interface, '1. Таблица');
  await page.click('[data-ui-locale="kk"]');
  assert.equal(await page.textContent('[data-i18n="tableTitle"]'), '1. Кесте');
  assert.equal(await page.textContent('#problem-row-3 .cell-problem'), '3-жол, «value» бағаны: «many» ішінде сан жоқ');
  // On a phone the table scrolls sideways inside its box; its column names and short values keep whole words.
  await page.setViewportSize({ width: 320, height: 800 });
  const split = await page.evaluate(() =>
    [...document.querySelectorAll('#rows th, #rows tr:not(.problem-row) td')].flatMap((cell) => {
      const text = cell.textContent.trim();
      if (!text || /\s/.test(text) || text.length > 24) return [];
      const range = document.createRange();
      range.selectNodeContents(cell);
      const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      return lines.size > 1 ? [text] : [];
    }),
  );
  assert.deepEqual(split, [], 'words split across lines in the problem table at 320 px');
  await context.close();
});

test('the builder offers only what the data can show, and its snippet works on a plain static server', async () => {
  const { page, context, problems } = await open('/builder.html?lang=en');
  await page.waitForSelector('#element option', { state: 'attached' });
  const choices = async () =>
    page.evaluate(() => ({
      elements: [...document.querySelectorAll('#element option')].map((o) => `${o.value}${o.disabled ? ' (off)' : ''}`),
      metrics: [...document.querySelectorAll('#metric option')].map((o) => o.value),
      types: [...document.querySelectorAll('#type option')].map((o) => o.value),
      metricShown: !document.getElementById('metric-field').hidden,
      typeShown: !document.getElementById('type-field').hidden,
      missing: !document.getElementById('bundle-missing').hidden,
    }));
  // A feed of single figures: no chart and no map to offer.
  await page.selectOption('#feed', 'astana-youth-volunteers.json');
  await page.waitForFunction(() => document.querySelector('#element option[value="chart"]')?.disabled === true);
  let seen = await choices();
  assert.deepEqual(seen.elements, ['kpi', 'dashboard', 'chart (off)', 'map (off)', 'table']);
  assert.equal(seen.typeShown, false, 'no chart type for a tile');
  assert.equal(seen.missing, false, 'the static demo serves dist/');

  await page.selectOption('#feed', 'karaganda-disability-employment.json');
  await page.waitForFunction(() => document.querySelector('#element option[value="chart"]')?.disabled === false);
  await page.selectOption('#element', 'chart');
  seen = await choices();
  assert.deepEqual(seen.metrics, ['people-with-disability']);
  assert.deepEqual(seen.types, ['bar', 'column'], 'no line of a single value, no donut of one region');
  assert.equal(seen.typeShown, true);

  await page.selectOption('#element', 'dashboard');
  seen = await choices();
  assert.equal(seen.metricShown, false);
  assert.equal(seen.typeShown, false);

  await page.selectOption('#element', 'chart');
  await page.click('[data-ui-locale="ru"]');
  assert.equal(await page.textContent('[data-i18n="chartType"]'), 'Тип диаграммы');
  const snippet = await page.inputValue('#script-snippet');
  assert.match(snippet, new RegExp(`src="${session.url('/dist/inclusion-widgets.js')}"`));
  assert.deepEqual(await statesWhenPasted(snippet, 'from-builder', 'ru'), ['inclusion-chart:ready']);
  assert.deepEqual(problems, []);
  await context.close();
});
