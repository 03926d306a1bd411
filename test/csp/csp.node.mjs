// Strict CSP: the built bundle on a page served with the strictest policy an embedder
// would set. Every element in every state must render with zero CSP / Trusted Types violations.
// Runs with `node --test` (see package.json "test:csp") in Debian's Chromium through playwright-core.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtFile, STRICT_POLICY } from '../support/embedder.mjs';
import { launchChromium, serveStatic, urlOf } from '../support/static-server.mjs';

builtFile('inclusion-widgets.js');

function serve() {
  return serveStatic({
    headers: { 'Content-Security-Policy': STRICT_POLICY },
    // Never answers: the loading state stays on screen.
    intercept: (path) => path.endsWith('slow-never.json'),
  });
}

test(
  'every element renders under a strict CSP with Trusted Types and zero violations',
  { timeout: 60_000 },
  async () => {
    const server = await serve();
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const console_ = [];
      page.on('console', (message) => console_.push(`${message.type()}: ${message.text()}`));
      await page.goto(urlOf(server, '/test/csp/csp-page.html'));
      // Polled with evaluate (CDP, outside the page's CSP) rather than waitForFunction, which the policy would block.
      const loadingCount = () =>
        page.evaluate(() =>
          window.__mounted
            ? [...document.querySelectorAll('#widgets > *')].filter(
                (e) => e.getAttribute('state') !== 'ready' && e.getAttribute('state') !== 'error',
              ).length
            : -1,
        );
      const started = Date.now();
      // Everything but the never-answering feed settles; the assertions below say what did not.
      while ((await loadingCount()) !== 1 && Date.now() - started < 30_000) await page.waitForTimeout(100);
      await page.waitForTimeout(500);
      const report = await page.evaluate(() => ({
        violations: window.__violations,
        errors: window.__errors,
        // The invalid feed's tile lists the problem zod found: the on-demand chunk ran under the policy.
        judged: [...document.querySelectorAll('#widgets > inclusion-kpi')].some((e) =>
          e.shadowRoot?.textContent?.includes('metrics[0].value'),
        ),
        states: [...document.querySelectorAll('#widgets > *')].map(
          (e) =>
            `${e.localName}[${e.getAttribute('type') ?? e.getAttribute('metric') ?? ''}]=${e.getAttribute('state')}`,
        ),
        styleAttributes: [...document.querySelectorAll('#widgets > *')].flatMap((e) =>
          [...(e.shadowRoot?.querySelectorAll('[style], style') ?? [])].map((n) => `${e.localName}: ${n.localName}`),
        ),
      }));
      console.log(`  ${report.states.length} elements: ${report.states.join(', ')}`);
      if (console_.length > 0) console.log(`  console: ${console_.join(' | ')}`);
      assert.deepEqual(report.violations, [], 'CSP violations');
      assert.deepEqual(report.errors, [], 'page errors');
      assert.deepEqual(report.styleAttributes, [], 'style elements or attributes in shadow roots');
      assert.equal(
        report.states.filter((s) => s.endsWith('=loading')).length,
        1,
        'only the never-answering feed is loading',
      );
      assert.ok(
        report.states.some((s) => s.endsWith('=ready')),
        'some elements ready',
      );
      assert.ok(
        report.states.some((s) => s.endsWith('=error')),
        'some elements in error',
      );
      assert.ok(report.judged, 'the invalid feed was judged by zod (its chunk loaded) and its problem listed');
    } finally {
      await browser.close();
      server.close();
    }
  },
);
