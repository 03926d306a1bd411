// The Eleventy example (examples/eleventy, built by `npm run example:eleventy`): its page carries the
// figures in its HTML, and in the browser every widget takes its markup over without a request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium, repositoryRoot, serveStatic, urlOf } from '../support/static-server.mjs';
import { widgetStates, widgetTexts, widgetsTakenOver } from './pages.mjs';

const site = join(repositoryRoot, 'examples/eleventy/_site');

test('the Eleventy page has server-rendered widgets that hydrate without a request', { timeout: 60_000 }, async () => {
  const html = await readFile(join(site, 'index.html'), 'utf8');
  for (const tag of ['inclusion-kpi', 'inclusion-map', 'inclusion-dashboard'])
    assert.match(
      html,
      new RegExp(`<${tag}[^>]* state="ready"[^>]*><template shadowroot="open" shadowrootmode="open">`),
      tag,
    );
  assert.match(html, /<script type="application\/ld\+json">\{"@context":"https:\/\/schema.org","@type":"Dataset"/);
  assert.match(html, /1\u00a0120\u00a0человек/, 'the figure is in the HTML, its unit kept beside it');
  const server = await serveStatic({ root: site, index: 'index.html' });
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    const requests = [];
    const errors = [];
    tab.on('request', (request) => requests.push(new URL(request.url()).pathname));
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(urlOf(server, '/'));
    const started = Date.now();
    let states = [];
    // The server writes state="ready": wait for the elements' code to take their markup over as well.
    while (Date.now() - started < 20_000) {
      states = await tab.evaluate(widgetStates);
      const ready = states.length > 0 && states.every((s) => s.endsWith('=ready'));
      if (ready && (await tab.evaluate(widgetsTakenOver))) break;
      await tab.waitForTimeout(100);
    }
    assert.ok(
      states.length >= 3 && states.every((s) => s.endsWith('=ready')),
      `every widget ready: ${states.join(', ')}`,
    );
    assert.ok(await tab.evaluate(() => customElements.get('inclusion-dashboard') !== undefined), 'the bundle ran');
    assert.deepEqual(errors, []);
    assert.deepEqual(
      requests.filter((path) => !path.startsWith('/js/') && path !== '/'),
      [],
      'no request but the page and its scripts',
    );
    const texts = await tab.evaluate(widgetTexts);
    assert.ok(
      texts.some((w) => w.values.includes('1 120 человек')),
      'the figure after hydration (spaces normalized)',
    );
  } finally {
    await browser.close();
    server.close();
  }
});
