// Lifecycle through CDP: 300 mount/unmount cycles of every element from the built bundle.
// After garbage collection, Performance.getMetrics' event listeners, DOM nodes and JS heap must be
// back where they were after a warm-up (listeners and nodes exactly, heap within noise).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ELEMENT_TAGS } from '../fixtures/elements.mjs';
import { launchChromium, serveStatic, urlOf } from '../support/static-server.mjs';

const PAGE = `<!doctype html><html lang="ru"><body><main id="stage"></main>
<script type="module">
  import '/dist/inclusion-widgets.js';
  const feed = await (await fetch('/test/csp/feed.json')).json();
  window.cycle = async (tag, count) => {
    for (let i = 0; i < count; i += 1) {
      const element = document.createElement(tag);
      const byRegion = tag === 'inclusion-chart' || tag === 'inclusion-map' || tag === 'inclusion-table';
      element.setAttribute('metric', byRegion ? 'regions' : 'grants');
      element.setAttribute('refresh', '60');
      element.feed = feed;
      document.getElementById('stage').append(element);
      while (element.getAttribute('state') !== 'ready' && element.getAttribute('state') !== 'error') {
        await new Promise((r) => requestAnimationFrame(r));
      }
      await new Promise((r) => setTimeout(r, 0));
      element.remove();
    }
  };
  window.ready = true;
</script></body></html>`;

test(
  '300 mount/unmount cycles of every element leave listeners, nodes and heap flat (CDP)',
  { timeout: 300_000 },
  async () => {
    const server = await serveStatic({ pages: { '/leaks.html': PAGE } });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(urlOf(server, '/leaks.html'));
      await page.waitForFunction(() => window.ready === true);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const metrics = async () => {
        for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
        const { metrics: list } = await cdp.send('Performance.getMetrics');
        const get = (name) => list.find((m) => m.name === name)?.value ?? NaN;
        return { listeners: get('JSEventListeners'), nodes: get('Nodes'), heap: get('JSHeapUsedSize') };
      };
      for (const tag of ELEMENT_TAGS) {
        await page.evaluate((t) => window.cycle(t, 20), tag); // warm-up: templates, styles, the Plot chunk
        const before = await metrics();
        await page.evaluate((t) => window.cycle(t, 300), tag);
        const after = await metrics();
        console.log(
          `  ${tag}: listeners ${before.listeners} → ${after.listeners}, nodes ${before.nodes} → ${after.nodes}, ` +
            `heap ${(before.heap / 1e6).toFixed(2)} → ${(after.heap / 1e6).toFixed(2)} MB`,
        );
        assert.ok(
          after.listeners <= before.listeners,
          `${tag}: event listeners grew ${before.listeners} → ${after.listeners}`,
        );
        assert.ok(after.nodes <= before.nodes + 50, `${tag}: DOM nodes grew ${before.nodes} → ${after.nodes}`);
        assert.ok(after.heap - before.heap < 2_000_000, `${tag}: heap grew ${before.heap} → ${after.heap}`);
      }
    } finally {
      await browser.close();
      server.close();
    }
  },
);
