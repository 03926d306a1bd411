// Every story of the built Storybook (storybook-static, from `npm run build-storybook`), opened in
// Chromium: it renders its element, the element settles, no page error, and axe finds zero violations
// and zero "incomplete" — the bar `parameters.a11y.test = 'error'` sets inside Storybook.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium, repositoryRoot as root, serveStatic, urlOf } from '../support/static-server.mjs';

const staticDir = join(root, 'storybook-static');

test('every story renders and passes axe in the built Storybook', { timeout: 600_000 }, async () => {
  const index = JSON.parse(await readFile(join(staticDir, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
  assert.ok(stories.length >= 20, `only ${stories.length} stories`);
  const axeSource = await readFile(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
  const server = await serveStatic({ root: staticDir, index: 'index.html' });
  const browser = await launchChromium();
  const failures = [];
  try {
    const page = await browser.newPage();
    for (const story of stories) {
      const errors = [];
      const onError = (error) => errors.push(String(error));
      page.on('pageerror', onError);
      await page.goto(urlOf(server, `/iframe.html?id=${story.id}&viewMode=story`));
      const started = Date.now();
      let state = '';
      while (Date.now() - started < 10_000) {
        state = await page.evaluate(() => {
          const widgets = [...document.querySelectorAll('#storybook-root [state]')];
          if (widgets.length === 0) return 'none';
          return widgets.map((w) => w.getAttribute('state')).join(',');
        });
        const feedless = /loading$/i.test(story.name);
        if (state !== 'none' && (feedless || !state.includes('loading'))) break;
        await page.waitForTimeout(50);
      }
      await page.waitForTimeout(100);
      await page.addScriptTag({ content: axeSource });
      // The a11y addon runs axe in the same page: wait for its run to finish before ours.
      const findings = await page.evaluate(async () => {
        for (let attempt = 0; ; attempt += 1) {
          try {
            const results = await window.axe.run(document.querySelector('#storybook-root'), {
              resultTypes: ['violations', 'incomplete'],
            });
            const list = (items) =>
              items.flatMap((rule) => rule.nodes.map((node) => `${rule.id}: ${node.target.join(' ')}`));
            return { violations: list(results.violations), incomplete: list(results.incomplete) };
          } catch (error) {
            if (attempt > 50 || !String(error).includes('already running')) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
      });
      page.off('pageerror', onError);
      const problems = [
        ...errors.map((e) => `page error: ${e}`),
        ...findings.violations,
        ...findings.incomplete.map((i) => `incomplete ${i}`),
      ];
      if (state === 'none') problems.push('no element rendered');
      console.log(
        `  ${problems.length === 0 ? 'ok  ' : 'FAIL'} ${story.id} [${state}]` +
          (problems.length ? `\n       ${problems.join('\n       ')}` : ''),
      );
      if (problems.length) failures.push(story.id);
    }
  } finally {
    await browser.close();
    server.close();
  }
  assert.deepEqual(failures, [], 'stories with problems');
});
