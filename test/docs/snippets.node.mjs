/**
 * Every ```html example in README.md and the Storybook docs pages (stories/**\/*.mdx), rendered as a page in
 * Chromium against the built dist/ and the repository's data/: each must show its widgets, none may end in
 * `error`. A script address ending in dist/FILE (a CDN path in the docs) is served from the local dist/; a
 * block without a script tag gets the bundle's, as the page it is pasted into would have it.
 * Needs `npm run build` first (npm test runs it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { builtFile } from '../support/embedder.mjs';
import { pageSession } from '../support/page-session.mjs';
import { repositoryRoot as root } from '../support/static-server.mjs';

/** The html blocks of a Markdown or MDX file, with the line each starts on. */
export function htmlBlocks(text) {
  const blocks = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const fence = /^(\s*)```html\s*$/.exec(lines[index]);
    if (!fence) continue;
    const body = [];
    let end = index + 1;
    for (; end < lines.length && !/^\s*```\s*$/.test(lines[end]); end += 1)
      body.push(lines[end].slice(fence[1].length));
    blocks.push({ line: index + 1, html: body.join('\n') });
    index = end;
  }
  return blocks;
}

async function docFiles() {
  const stories = (await readdir(join(root, 'stories'), { recursive: true }))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => join(root, 'stories', name));
  return [join(root, 'README.md'), ...stories.sort()];
}

const BUNDLE = '/dist/inclusion-widgets.js';

function pageOf(html) {
  const local = html.replace(/(<script\b[^>]*\bsrc=")[^"]*?\/dist\/([^"]+)"/g, '$1/dist/$2"');
  const script = /<script\b[^>]*\bsrc="/.test(local) ? '' : `<script type="module" src="${BUNDLE}"></script>`;
  const head = `<meta charset="utf-8"><title>snippet</title>${script}`;
  return `<!doctype html><html lang="en"><head>${head}</head><body>${local}</body></html>`;
}

const pages = {};
const blocks = [];

const session = pageSession({
  serve: { pages },
  prepare: async () => {
    builtFile('inclusion-widgets.js');
    for (const file of await docFiles()) {
      for (const block of htmlBlocks(await readFile(file, 'utf8'))) {
        const path = `/__snippet__/${blocks.length}.html`;
        pages[path] = pageOf(block.html);
        blocks.push({ ...block, file: relative(root, file), path });
      }
    }
  },
});

test('the docs have html examples to check', () => {
  assert.ok(blocks.length >= 4, `found ${blocks.length}`);
  assert.ok(
    blocks.some((block) => block.html.includes('<inclusion-chart')),
    'the README shows a chart',
  );
});

test('every html example renders without an error', async () => {
  const failures = [];
  for (const block of blocks) {
    const page = await session.browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    await page.addInitScript(() => {
      window.__inclusionErrors = [];
      document.addEventListener(
        'inclusion-error',
        (event) => window.__inclusionErrors.push(event.detail.message),
        true,
      );
    });
    await page.goto(session.url(block.path));
    const states = await page.evaluate(async () => {
      const elements = [...document.querySelectorAll('*')].filter((element) =>
        element.localName.startsWith('inclusion-'),
      );
      const started = performance.now();
      while (
        elements.some((element) => !['ready', 'error'].includes(element.getAttribute('state'))) &&
        performance.now() - started < 15_000
      ) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return elements.map((element) => ({
        tag: element.localName,
        state: element.getAttribute('state'),
        metric: element.getAttribute('metric'),
      }));
    });
    const reported = await page.evaluate(() => window.__inclusionErrors);
    await page.close();
    const where = `${block.file}:${block.line}`;
    if (states.length === 0) failures.push(`${where}: no inclusion-* element`);
    for (const state of states) {
      if (state.state !== 'ready') failures.push(`${where}: <${state.tag} metric="${state.metric}"> is ${state.state}`);
    }
    for (const message of [...reported, ...errors]) failures.push(`${where}: ${message}`);
  }
  assert.deepEqual(failures, []);
});
