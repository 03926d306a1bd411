// The built files as a browser receives them: which chunks carry Chrome's compile hint (vite.config.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { COMPILE_HINT } from '../scripts/compile-hint.mjs';

const dist = join(import.meta.dirname, '..', 'dist');
const HINT = `${COMPILE_HINT}\n`;
/**
 * Files that only import code and define elements: the loader, the package's entries, the loader's element
 * definitions and the files that only point `import()` at a chunk.
 */
const GLUE =
  /^\/((inclusion-widgets|all|kpi|chart|map|table|dashboard|validate)\.js|chunks\/(\w+-define|hydrate-support|kpi-extras)\.js)$/;

/** Every file an entry imports, statically or on demand, following its relative imports. */
async function graph(entry) {
  const seen = new Map();
  const visit = async (path) => {
    if (seen.has(path)) return;
    const code = await readFile(path, 'utf8');
    seen.set(path, code);
    for (const [, relative] of code.matchAll(/(?:from|import\()\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g))
      await visit(join(dirname(path), relative));
  };
  await visit(join(dist, entry));
  return seen;
}

for (const entry of ['inclusion-widgets.js', 'all.js', 'kpi.js', 'chart.js', 'dashboard.js']) {
  test(`${entry}: every chunk used at once asks for eager compiling; zod's judgement does not`, async () => {
    const files = await graph(entry);
    const all = [...files];
    const judgement = all.filter(([, code]) => code.includes('ZodError'));
    // The loader and the entries that only import an element's code and define it: no hint, too little to compile.
    const glue = all.filter(([path]) => GLUE.test(path.slice(dist.length)));
    const rest = all.filter((file) => !judgement.includes(file) && !glue.includes(file));
    if (entry !== 'kpi.js' && entry !== 'dashboard.js')
      assert.ok(
        rest.some(([path]) => /render-plot/.test(path)),
        'the chart drawing chunk is among them',
      );
    assert.ok(judgement.length > 0, 'the judgement chunk is found');
    for (const [path, code] of rest) assert.ok(code.startsWith(HINT), `${path} starts with the hint`);
    assert.ok(glue.length > 0 && rest.length > glue.length, 'the entry files are told from the chunks they load');
    for (const [path, code] of [...judgement, ...glue])
      assert.ok(!code.includes('allFunctionsCalledOnLoad'), `${path} has no hint`);
  });
}

// Modules that register themselves when imported (package.json's `sideEffects` must name them, or the bundler
// drops an import that uses no export of theirs).
const REGISTERED_ON_IMPORT = [
  ['dashboard.js', '@container inclusion-kpi-list', "a dashboard's tile-list layout"],
  ['all.js', '@container inclusion-kpi-list', "a dashboard's tile-list layout"],
  ['chunks/error-views.js', 'The feed server answered', "the developer's words for an error"],
];
for (const [entry, text, what] of REGISTERED_ON_IMPORT) {
  test(`${entry} keeps ${what} in the files it loads`, async () => {
    const files = await graph(entry);
    assert.ok(
      [...files.values()].some((code) => code.includes(text)),
      `${what} was dropped from ${entry}'s files`,
    );
  });
}
