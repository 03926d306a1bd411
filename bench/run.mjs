// `npm run bench`: our elements beside the peers (raw Observable Plot, Chart.js, ECharts, Highcharts,
// Vega-Lite), same data, same Chromium, same run. Each measurement is a fresh page; libraries are
// interleaved run by run so machine noise hits all of them alike; the median of the runs is reported
// with its ratio to the fastest. `--quick` (CI) does one run per cell to prove the harness works.
// Times are reported, never asserted.
import { build } from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, serveStatic, urlOf } from '../test/support/static-server.mjs';
import { COMPILE_HINT } from '../scripts/compile-hint.mjs';

const quick = process.argv.includes('--quick');
const RUNS = quick ? 1 : Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? 7);
const out = join(import.meta.dirname, '.out');
const FEED = '/data/karaganda-disability-employment.json';

const LIBRARIES = ['ours', 'plot', 'chartjs', 'echarts', 'highcharts', 'vegalite'];
// `ours-cold`: our page without the preload, so the first chart also waits for the drawing chunk.
// `plot-hinted`: raw Plot built with the compile hint our chunks carry (vite.config.ts), so the table shows
// what the hint alone is worth to a peer.
const CHART_LIBRARIES = ['ours', 'ours-cold', 'plot', 'plot-hinted', ...LIBRARIES.slice(2)];
const CHART_SCENARIOS = ['bar-6', 'line-10k', 'many-50', 'one-by-one-50'];
const SCENARIOS = [
  { name: 'bar-6', libraries: CHART_LIBRARIES },
  { name: 'line-10k', libraries: CHART_LIBRARIES },
  { name: 'many-50', libraries: CHART_LIBRARIES },
  // Each chart appended once the previous one is drawn: ours must not wait a frame per chart.
  { name: 'one-by-one-50', libraries: ['ours', 'plot', 'chartjs', 'echarts'] },
  { name: 'kpi-100', libraries: ['ours'] },
  { name: 'dashboard', libraries: ['ours'] },
  { name: 'mount-300', libraries: ['ours'] },
  { name: 'page-200', libraries: ['ours'] },
  { name: 'categories-5k', libraries: ['ours'] },
];
// `--only=a,b` runs just those scenarios, `--libs=ours,plot` just those libraries; either prints the table
// without rewriting RESULTS.md. `--runs=3` takes fewer runs per cell, for a quicker look.
const option = (name) =>
  process.argv
    .find((arg) => arg.startsWith(`--${name}=`))
    ?.slice(name.length + 3)
    .split(',');
const only = option('only');
const libs = option('libs');
// `--base=DIR[,DIR2…]`: other builds of dist/ (e.g. a copy taken before a change), measured as `ours-base`,
// `ours-base2`… beside `ours` in the same run, so builds compare interleaved on a machine whose speed drifts.
const bases = option('base') ?? [];
const baseName = (i) => `ours-base${i === 0 ? '' : i + 1}`;
const base = bases.length > 0;
for (const scenario of SCENARIOS)
  if (scenario.libraries.includes('ours')) scenario.libraries.push(...bases.map((_, i) => baseName(i)));

await mkdir(out, { recursive: true });
const harnessBuild = {
  bundle: true,
  splitting: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  logLevel: 'error',
  define: { 'process.env.NODE_ENV': '"production"' },
  conditions: ['production'],
};
await build({
  ...harnessBuild,
  entryPoints: Object.fromEntries(LIBRARIES.map((lib) => [lib, join(import.meta.dirname, 'harness', `${lib}.ts`)])),
  outdir: out,
});
await build({
  ...harnessBuild,
  entryPoints: { 'plot-hinted': join(import.meta.dirname, 'harness', 'plot.ts') },
  outdir: join(out, 'hinted'),
  banner: { js: COMPILE_HINT },
});

let feedRequests = 0;
const server = await serveStatic({
  mounts: { '/.out/': out, ...Object.fromEntries(bases.map((dir, i) => [`/${baseName(i)}/`, dir])) },
  intercept(path, res) {
    const page = /^\/page\/([\w-]+)\.html$/.exec(path);
    if (page) {
      const script =
        page[1] === 'plot-hinted'
          ? '/.out/hinted/plot-hinted.js'
          : `/.out/${page[1].replace(/^ours-(cold|base\d*)$/, 'ours')}.js`;
      res
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
        .end(
          '<!doctype html><html lang="en"><body><div id="stage"></div>' +
            `<script type="module" src="${script}"></script></body></html>`,
        );
      return true;
    }
    if (path === FEED) feedRequests += 1;
    return false;
  },
});
const origin = urlOf(server, '');

const browser = await launchChromium(['--enable-precise-memory-info']);

async function measure(library, scenario) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const bytes = new Map();
  page.on('response', async (response) => {
    if (!response.url().endsWith('.js')) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    bytes.set(response.url(), gzipSync(body, { level: 9 }).length);
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  // Our chart pages preload the drawing chunk, as the peers' pages load their library (see harness/ours.ts).
  const query = new URLSearchParams();
  if (library !== 'ours-cold' && library.startsWith('ours') && CHART_SCENARIOS.includes(scenario))
    query.set('preload', '');
  if (library.startsWith('ours-base')) query.set('dist', `/${library}`);
  await page.goto(`${origin}/page/${library}.html${query.size ? `?${query}` : ''}`);
  await page.waitForFunction(() => 'bench' in window);
  feedRequests = 0;
  const result = await page
    .evaluate(
      async ([scenario, src]) => {
        const tasks = [];
        const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
        observer.observe({ type: 'longtask', buffered: false });
        performance.clearMeasures();
        const started = performance.now();
        await window.bench.run(scenario, src);
        const ms = performance.now() - started;
        await new Promise((resolve) => setTimeout(resolve, 50));
        observer.disconnect();
        const count = (name) => performance.getEntriesByName(name).length;
        const total = (name) => performance.getEntriesByName(name).reduce((sum, e) => sum + e.duration, 0);
        return {
          ms,
          longest: Math.max(0, ...tasks),
          parses: count('inclusion:parse'),
          validations: count('inclusion:validate'),
          validateMs: total('inclusion:validate'),
          parseMs: total('inclusion:parse'),
        };
      },
      [scenario, FEED],
    )
    .catch((error) => ({ error: String(error) }));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  await page.close();
  return { ...result, heap, requests: feedRequests, js: [...bytes.values()].reduce((a, b) => a + b, 0), errors };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const rows = [];
for (const scenario of SCENARIOS.filter((s) => !only || only.includes(s.name))) {
  const libraries = scenario.libraries.filter((lib) => !libs || libs.includes(lib));
  const samples = Object.fromEntries(libraries.map((lib) => [lib, []]));
  for (let run = 0; run < RUNS; run += 1) {
    // Interleave: each run visits every library, in a rotated order.
    const order = libraries.map((_, i) => libraries[(i + run) % libraries.length]);
    for (const library of order) samples[library].push(await measure(library, scenario.name));
  }
  const medians = Object.fromEntries(
    Object.entries(samples).map(([lib, list]) => [
      lib,
      list.some((s) => s.error) ? undefined : median(list.map((s) => s.ms)),
    ]),
  );
  const fastest = Math.min(...Object.values(medians).filter((v) => v !== undefined));
  for (const [library, list] of Object.entries(samples)) {
    const last = list.at(-1);
    const ms = medians[library];
    rows.push({
      scenario: scenario.name,
      library,
      ms: ms === undefined ? 'n/a' : ms.toFixed(1),
      ratio: ms === undefined ? (last.error ?? '').slice(0, 60) : `${(ms / fastest).toFixed(2)}x`,
      // The bar to beat: raw Plot as it ships, and raw Plot given the same compile hint as our chunks.
      vsPlot:
        ms === undefined || !medians.plot
          ? ''
          : `${(ms / medians.plot).toFixed(2)}x / ` +
            `${medians['plot-hinted'] ? (ms / medians['plot-hinted']).toFixed(2) : '–'}x`,
      js: `${(last.js / 1000).toFixed(1)} KB`,
      heap: `${(median(list.map((s) => s.heap)) / 1e6).toFixed(2)} MB`,
      longest: `${median(list.map((s) => s.longest ?? 0)).toFixed(0)} ms`,
      feed:
        library === 'ours' &&
        !scenario.name.includes('50') &&
        !scenario.name.startsWith('line') &&
        !scenario.name.startsWith('bar')
          ? `${last.requests} req, ${last.parses} parse, ${last.validations} validation`
          : '',
    });
  }
}
await browser.close();
server.close();

const header =
  '| scenario | library | median ms | vs fastest | vs plot / plot-hinted | JS (gzip) | heap after gc | longest task ' +
  '| feed work |\n|---|---|---|---|---|---|---|---|---|';
const cells = (r) => [r.scenario, r.library, r.ms, r.ratio, r.vsPlot, r.js, r.heap, r.longest, r.feed];
const table = `${header}\n${rows.map((r) => `| ${cells(r).join(' | ')} |`).join('\n')}`;
console.log(table);
if (!quick && !only && !libs && !base && RUNS === 7) {
  const now = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const previous = await readFile(join(import.meta.dirname, 'RESULTS.md'), 'utf8').catch(() => '');
  const notes = previous.includes('## Profile')
    ? previous.slice(previous.indexOf('## Profile'))
    : '## Profile\n\n(see below)\n';
  await writeFile(
    join(import.meta.dirname, 'RESULTS.md'),
    `# Benchmark results\n\nMeasured ${now} UTC, ${RUNS} interleaved runs per cell, fresh page per run, ` +
      'Debian Chromium headless, 2 cores. Medians; ratios are to the fastest library in the same scenario and run.' +
      `\n\n${table}\n\n${notes}`,
  );
}
