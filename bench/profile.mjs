// `node bench/profile.mjs <scenario> [library] [runs]`: where one bench scenario spends its time.
// Builds the harness and, for ours, the library bundle unminified (so functions keep their names; the
// harness loads /dist/inclusion-widgets.js, served here from that build), runs the scenario in a fresh page with
// the CDP sampling profiler on, and prints self time by function and by package, the long tasks, and the
// `inclusion:*` performance measures. Only for finding costs; `npm run bench` is what compares libraries.
// Also prints the top functions by total (inclusive) time; `UNDER=<function> DEPTH=<n>` prints the call
// tree below that function in each run, which is how a cost is followed down to where it is spent.
import { build } from 'esbuild';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium, repositoryRoot as root, serveStatic, urlOf } from '../test/support/static-server.mjs';
import { build as viteBuild } from 'vite';

const [scenario = 'line-10k', library = 'ours', runsArg = '3'] = process.argv.slice(2);
const RUNS = Number(runsArg);
const out = join(import.meta.dirname, '.out', 'profile');

await mkdir(out, { recursive: true });
await build({
  entryPoints: { [library]: join(import.meta.dirname, 'harness', `${library}.ts`) },
  bundle: true,
  splitting: true,
  minifyWhitespace: true,
  minifySyntax: true,
  format: 'esm',
  outdir: out,
  target: 'es2022',
  logLevel: 'error',
  define: { 'process.env.NODE_ENV': '"production"' },
  conditions: ['production'],
});

// The library as shipped, but readable: same config (the Plot trimming, the chunk layout), no minifier.
const dist = join(out, 'dist');
await viteBuild({
  configFile: join(root, 'vite.config.ts'),
  root,
  logLevel: 'error',
  build: { outDir: dist, emptyOutDir: true, sourcemap: false, rollupOptions: { output: { minify: false } } },
});

const server = await serveStatic({
  mounts: { '/p/': out, '/dist/': dist },
  pages: Object.fromEntries(
    ['ours', 'plot', 'chartjs', 'echarts', 'highcharts', 'vegalite'].map((name) => [
      `/page/${name}.html`,
      '<!doctype html><html lang="en"><body><div id="stage"></div>' +
        `<script type="module" src="/p/${name}.js"></script></body></html>`,
    ]),
  ),
});
const origin = urlOf(server, '');
const browser = await launchChromium();

const selfByFunction = new Map();
const inclusiveByFunction = new Map();
for (let run = 0; run < RUNS; run += 1) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // PRELOAD=1: our page fetches the drawing chunk before the timer, as `npm run bench`'s `ours` row does.
  await page.goto(`${origin}/page/${library}.html${process.env.PRELOAD ? '?preload' : ''}`);
  await page.waitForFunction(() => 'bench' in window);
  // WARM=1: run the scenario once first (code loaded and compiled, ICU and zod warmed), then measure a
  // second run on a cleared stage: the steady-state cost, without the first chart's one-time costs.
  if (process.env.WARM) {
    await page.evaluate(async (scenario) => {
      await window.bench.run(scenario, '/data/karaganda-disability-employment.json');
      document.getElementById('stage').replaceChildren();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }, scenario);
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const result = await page.evaluate(async (scenario) => {
    const tasks = [];
    const observer = new PerformanceObserver((list) =>
      tasks.push(...list.getEntries().map((e) => [Math.round(e.startTime), Math.round(e.duration)])),
    );
    observer.observe({ type: 'longtask', buffered: false });
    performance.clearMeasures();
    const started = performance.now();
    await window.bench.run(scenario, '/data/karaganda-disability-employment.json');
    const ms = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.disconnect();
    const byName = new Map();
    for (const m of performance.getEntriesByType('measure')) {
      if (!m.name.startsWith('inclusion:')) continue;
      const entry = byName.get(m.name) ?? { count: 0, total: 0, first: m.startTime - started, last: 0 };
      entry.count += 1;
      entry.total += m.duration;
      entry.last = m.startTime + m.duration - started;
      byName.set(m.name, entry);
    }
    const measures = [...byName].map(
      ([name, e]) =>
        `${name.slice(10)} ×${e.count} ${e.total.toFixed(1)}ms (@${e.first.toFixed(0)}–${e.last.toFixed(0)})`,
    );
    return { ms, tasks: tasks.map(([s, d]) => `@${Math.round(s - started)} ${d}ms`), measures };
  }, scenario);
  const { profile } = await cdp.send('Profiler.stop');
  console.log(`run ${run + 1}: ${result.ms.toFixed(1)} ms; long tasks ${result.tasks.join(', ') || 'none'}`);
  if (result.measures.length) console.log(`  ${result.measures.join('; ')}`);
  // Self time per node = samples that hit it × interval.
  const counts = new Map();
  profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0)));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map();
  const totalOf = (node) => {
    if (!totals.has(node.id))
      totals.set(
        node.id,
        (counts.get(node.id) ?? 0) + (node.children ?? []).reduce((sum, id) => sum + totalOf(byId.get(id)), 0),
      );
    return totals.get(node.id);
  };
  const label = ({ callFrame: { functionName, url, lineNumber } }) =>
    `${functionName || '(anon)'} ${url ? `${url.split('/').pop()}:${lineNumber + 1}` : ''}`;
  // Inclusive time per function, counted once per call path (recursion is not counted twice).
  const addInclusive = (node, above) => {
    const key = label(node);
    if (!above.has(key))
      inclusiveByFunction.set(key, (inclusiveByFunction.get(key) ?? 0) + totalOf(node) / 1000 / RUNS);
    const path = new Set(above).add(key);
    for (const id of node.children ?? []) addInclusive(byId.get(id), path);
  };
  addInclusive(profile.nodes[0], new Set());
  if (process.env.UNDER) {
    const printTree = (node, depth) => {
      const ms = totalOf(node) / 1000;
      if (ms < 1.5) return;
      console.log(`  ${'  '.repeat(depth)}${ms.toFixed(1)} ${label(node)}`);
      if (depth < Number(process.env.DEPTH ?? 4))
        for (const id of node.children ?? []) printTree(byId.get(id), depth + 1);
    };
    for (const node of profile.nodes) if (node.callFrame.functionName === process.env.UNDER) printTree(node, 0);
  }
  for (const node of profile.nodes) {
    const us = counts.get(node.id) ?? 0;
    if (!us) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? `${url.split('/').pop()}:${lineNumber + 1}:${node.callFrame.columnNumber + 1}` : '';
    const key = `${functionName || '(anon)'} ${where}`;
    selfByFunction.set(key, (selfByFunction.get(key) ?? 0) + us / 1000 / RUNS);
  }
  await page.close();
}
const top = [...selfByFunction.entries()].sort((a, b) => b[1] - a[1]).slice(0, 45);
console.log('\nself time per run (ms), top functions:');
for (const [key, ms] of top) console.log(`${ms.toFixed(1).padStart(8)}  ${key}`);
console.log('\ntotal (inclusive) time per run (ms), top functions:');
for (const [key, ms] of [...inclusiveByFunction.entries()].sort((a, b) => b[1] - a[1]).slice(0, 45))
  console.log(`${ms.toFixed(1).padStart(8)}  ${key}`);
await browser.close();
server.close();
