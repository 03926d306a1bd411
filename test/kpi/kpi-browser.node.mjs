// <inclusion-kpi> as an embedder gets it through the one script tag (dist/inclusion-widgets.js), on a network
// that fails: the shipped build, served beside pages written here. Runs with
// `node --test test/kpi/kpi-browser.node.mjs` after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { grantsFeed } from '../fixtures/feeds.mjs';
import { builtFile, distFolder } from '../support/embedder.mjs';
import { launchChromium, repositoryRoot, serveStatic, urlOf } from '../support/static-server.mjs';

/** What the alert says in each language: part of the tile did not load, and what the reader can do. */
const PART_FAILED = {
  kk: /мәліметтердің бір бөлігі жүктелмеді/,
  ru: /Часть сведений о показателе не загрузилась/,
  en: /Some details of this figure did not load/,
};
const RETRY = { kk: 'Қайталау', ru: 'Повторить', en: 'Try again' };
const LOCALES = Object.keys(PART_FAILED);

/**
 * A page of three tiles of the grants feed (kk, ru, en) and `more` markup, loading the built script tag; the
 * events it hears are in `window.__heard`, each with the element's tag, locale and state when it was heard.
 */
function tilesPage(more = '') {
  return `<!doctype html><html lang="ru"><head><title>Плитки</title></head><body><main><h1>Плитки</h1>
    <script>window.__heard = [];
      for (const type of ['inclusion-load', 'inclusion-error'])
        document.addEventListener(type, (e) => window.__heard.push({ type, tag: e.target.localName,
          locale: e.target.getAttribute('locale'), kind: e.detail.kind, message: e.detail.message,
          state: e.target.getAttribute('state') }));</script>
    <script type="module" src="/dist/inclusion-widgets.js"></script>
    ${LOCALES.map(
      (locale) => `<inclusion-kpi metric="grants" locale="${locale}">
        <script type="application/json">${JSON.stringify(grantsFeed())}</script></inclusion-kpi>`,
    ).join('\n')}
    ${more}
  </main></body></html>`;
}

/**
 * Serves `tilesPage(more)` at `path` beside the build, with `intercept` answering requests first, opens it in
 * Chromium and runs `check` with the page, a locator of the tile in a locale and the events heard so far.
 */
async function onTilesPage({ path, more, intercept }, check) {
  builtFile('inclusion-widgets.js');
  const server = await serveStatic({ mounts: { '/dist/': distFolder }, pages: { [path]: tilesPage(more) }, intercept });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(urlOf(server, path));
    const tile = (locale) => page.locator(`inclusion-kpi[locale="${locale}"]`);
    await check({ page, tile, heard: () => page.evaluate(() => window.__heard) });
    await page.close();
  } finally {
    await browser.close();
    server.close();
  }
}

test("a tile whose change, target and trend fail to load: its figure, the reader's words, a retry", async () => {
  // The first request for the tile's optional parts fails, as on a flaky network or a broken deploy; the next
  // one succeeds.
  let failed = 0;
  const intercept = (path, res) => {
    if (!/^\/dist\/chunks\/kpi-extras/.test(path) || failed > 0) return false;
    failed += 1;
    res.writeHead(503).end();
    return true;
  };
  await onTilesPage({ path: '/extras.html', intercept }, async ({ page, tile, heard }) => {
    for (const locale of LOCALES) await tile(locale).locator('[part="error"]').waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => window.__heard.length >= 6, null, { timeout: 15_000 });

    for (const locale of LOCALES) {
      const alert = tile(locale).locator('[part="error"]');
      assert.equal(await alert.getAttribute('role'), 'alert');
      assert.match(await alert.innerText(), PART_FAILED[locale]);
      assert.equal(await tile(locale).locator('[part="retry"]').innerText(), RETRY[locale]);
      // The figure stays, and the tile is ready: its feed is valid and what it could show is on screen.
      assert.match(await tile(locale).locator('[part="value"]').innerText(), /^61/);
      assert.equal(await tile(locale).getAttribute('state'), 'ready');
      assert.equal(await tile(locale).locator('[part="delta"], [part="target"], [part="sparkline"]').count(), 0);
      const events = (await heard()).filter((event) => event.locale === locale);
      assert.deepEqual(
        events.map(({ type, kind, state }) => [type, kind, state]).sort(),
        [
          ['inclusion-error', 'network', 'ready'],
          ['inclusion-load', undefined, 'ready'],
        ],
        `${locale}: one load and one network error, each heard with the alert on screen`,
      );
      const { message } = events.find((event) => event.type === 'inclusion-error');
      assert.match(message, /^<inclusion-kpi metric="grants">: the code of the tile's change, target and trend/);
      assert.match(message, /kpi-extras-\*\.js/, 'names the chunk');
      assert.match(message, /reload\(\)/, 'says how to try again');
    }

    // The alert and its button pass axe (no violation, nothing it cannot decide) in light and dark.
    await page.evaluate(await readFile(join(repositoryRoot, 'node_modules/axe-core/axe.min.js'), 'utf8'));
    for (const theme of ['light', 'dark']) {
      await page.evaluate((value) => {
        for (const element of document.querySelectorAll('inclusion-kpi')) element.setAttribute('theme', value);
      }, theme);
      const findings = await page.evaluate(async () => {
        const results = await window.axe.run(document, { resultTypes: ['violations', 'incomplete'] });
        return [...results.violations, ...results.incomplete].flatMap((rule) =>
          rule.nodes.map((node) => `${rule.id}: ${node.target.join(' ')}`),
        );
      });
      assert.deepEqual(findings, [], `${theme}: axe violations or incomplete`);
    }

    // The keyboard reaches the first tile's retry button (before its source link), and Enter loads the parts.
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const active = document.activeElement;
      return [active?.getAttribute('locale'), active?.shadowRoot?.activeElement?.getAttribute('part')];
    });
    assert.deepEqual(focused, ['kk', 'retry']);
    await page.keyboard.press('Enter');
    await tile('kk').locator('[part="delta"]').waitFor({ timeout: 15_000 });
    assert.equal(await tile('kk').locator('[part="error"]').count(), 0, 'the alert is gone once the parts are shown');
    assert.equal(await tile('kk').locator('[part="target"], [part="sparkline"]').count(), 2);
    assert.equal(await tile('kk').getAttribute('state'), 'ready');
    // The button is gone: the keyboard's focus lands on the tile that now shows the parts, not on the page.
    await page.waitForFunction(
      () => document.activeElement?.shadowRoot?.activeElement?.getAttribute('part') === 'base',
      undefined,
      { timeout: 5_000 },
    );
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('locale')), 'kk');
    // The retry is the reader's: the other tiles asked nothing more, and only one request failed.
    assert.equal(await tile('ru').locator('[part="error"]').count(), 1);
    assert.equal(failed, 1);
    assert.equal((await heard()).length, 6, 'no second load or error event');
  });
});

/** What an alert says when the words of the error could not be loaded either: kept with every element. */
const OFFLINE = { kk: 'Жүктелмеді.', ru: 'Не удалось загрузить.', en: 'Could not load.' };

test('offline, a tile and a chart whose error words cannot load still say so; a retry asks again', async () => {
  // Offline for the on-demand chunks: the tile's optional parts and the words of errors fail until it is back.
  let offline = true;
  const asked = { extras: 0, words: 0 };
  const intercept = (path, res) => {
    const chunk = /^\/dist\/chunks\/kpi-extras/.test(path)
      ? 'extras'
      : /^\/dist\/chunks\/error-views/.test(path)
        ? 'words'
        : undefined;
    if (!chunk) return false;
    asked[chunk] += 1;
    if (!offline) return false;
    res.writeHead(503).end();
    return true;
  };
  const more = '<inclusion-chart src="/missing-feed.json" locale="ru"></inclusion-chart>';
  await onTilesPage({ path: '/offline.html', more, intercept }, async ({ page, tile, heard }) => {
    const chart = page.locator('inclusion-chart');
    await page.waitForFunction(() => window.__heard.length >= 7, null, { timeout: 15_000 });

    for (const locale of LOCALES) {
      const alert = tile(locale).locator('[part="error"]');
      assert.equal(await alert.getAttribute('role'), 'alert');
      assert.equal(await alert.innerText(), `${OFFLINE[locale]} ${RETRY[locale]}`, `${locale}: the alert has words`);
      assert.equal(await tile(locale).locator('[part="retry"]').innerText(), RETRY[locale]);
      assert.match(await tile(locale).locator('[part="value"]').innerText(), /^61/);
      assert.equal(await tile(locale).getAttribute('state'), 'ready');
      const error = (await heard()).find((event) => event.type === 'inclusion-error' && event.locale === locale);
      assert.equal(error.kind, 'network');
      assert.match(
        error.message,
        /^<inclusion-kpi metric="grants">: the chunks kpi-extras-\*\.js and error-views\.js could not be loaded: /,
        'names both chunks',
      );
    }
    // A chart whose feed is not there: its alert is worded too, and the page hears the HTTP error.
    assert.equal(await chart.getAttribute('state'), 'error');
    assert.equal(await chart.locator('[part="error"]').innerText(), OFFLINE.ru);
    const chartError = (await heard()).find((event) => event.tag === 'inclusion-chart');
    assert.equal(chartError.kind, 'http');
    assert.match(chartError.message, /missing-feed\.json/);
    // Each chunk was asked for once, not once per element and not again by itself.
    assert.deepEqual(asked, { extras: 1, words: 1 });

    // A retry while still offline asks for both again, and the alert keeps its words.
    await tile('kk').locator('[part="retry"]').click();
    await page.waitForFunction(() => window.__heard.length >= 8, null, { timeout: 15_000 });
    assert.deepEqual(asked, { extras: 2, words: 2 });
    assert.equal(await tile('kk').locator('[part="error"]').innerText(), `${OFFLINE.kk} ${RETRY.kk}`);

    // Back online: the retry brings the parts, and a chart's reload() brings the words of its error.
    offline = false;
    await tile('kk').locator('[part="retry"]').focus();
    await page.keyboard.press('Enter');
    await tile('kk').locator('[part="delta"]').waitFor({ timeout: 15_000 });
    assert.equal(await tile('kk').locator('[part="error"]').count(), 0);
    // Pressed from the keyboard: the button is gone, and focus lands on the tile, not on the page.
    await page.waitForFunction(
      () => document.activeElement?.shadowRoot?.activeElement?.getAttribute('part') === 'base',
      undefined,
      { timeout: 5_000 },
    );
    await chart.evaluate((element) => element.reload());
    await chart.locator('[part="error"]', { hasText: 'сервер вернул ошибку' }).waitFor({ timeout: 15_000 });
  });
});
