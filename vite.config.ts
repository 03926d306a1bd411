/**
 * Library build, in two passes into one dist/ (`npm run build` runs both):
 *
 * - `vite build` (mode `production`): `dist/inclusion-widgets.js`, the one-script-tag bundle of contract §1.
 *   Every element is in that one file; only the chart drawing (Plot, d3) stays a lazily imported chunk.
 *   One file instead of eleven saves ~6 KB gzip on a dashboard: gzip restarts its dictionary per file.
 * - `vite build --mode entries`: the per-element entries of `package.json` (`dist/kpi.js`, ...), which share
 *   chunks so that an app importing several elements gets each module once. The KPI tile lives in the
 *   shared `core` chunk with lit, the feed loader and i18n, so a page with only tiles loads two files.
 *
 * Chunks are imported relatively, so the bundle works from any CDN path (contract §1).
 */
import { defineConfig, type UserConfig } from 'vite';
import { plotTrim } from './src/elements/chart/plot-trim/plugin.mjs';
import { COMPILE_HINT } from './scripts/compile-hint.mjs';

const ELEMENT_ENTRIES = {
  kpi: 'src/elements/kpi/define.ts',
  chart: 'src/elements/chart/define.ts',
  map: 'src/elements/map/define.ts',
  table: 'src/elements/table/define.ts',
  dashboard: 'src/elements/dashboard/define.ts',
};

/** Modules every element needs, plus the KPI tile itself (small, and on almost every page). */
function isCore(id: string): boolean {
  if (isJudgement(id)) return false;
  // Lit's directives and @lit/context's provider serve only the chart and the dashboard.
  if (/[\\/]lit-html[\\/](directive\.js|directives[\\/])|[\\/](context-provider|value-notifier)\.js$/.test(id)) return false;
  if (/[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element|@lit[\\/]context)[\\/]/.test(id)) return true;
  if (/[\\/]src[\\/](feed|i18n|theme|elements[\\/]shared)[\\/]/.test(id)) return true;
  if (/[\\/]src[\\/](events|regions[\\/]codes)\.ts$/.test(id)) return true;
  return /[\\/]src[\\/]elements[\\/]kpi[\\/]/.test(id) && !id.endsWith('define.ts');
}

/**
 * zod, the schema and the sentences that explain an invalid feed: imported only for a feed the fast check
 * (src/feed/well-formed.ts) does not accept, so a page of valid feeds never downloads them (src/feed/check.ts).
 */
function isJudgement(id: string): boolean {
  return /[\\/]node_modules[\\/]zod[\\/]/.test(id) || /[\\/]src[\\/]feed[\\/](judge|schema|zod|explain|issue-text)\.ts$/.test(id);
}

/**
 * What the bundle imports on demand: zod with the wording of schema errors, and the chart drawing with Plot
 * and the d3 it brings. (d3-array and d3-dsv are also used by the map and the table, so they stay in the bundle.)
 */
function isLoadedOnDemand(id: string): boolean {
  if (isJudgement(id)) return true;
  if (/[\\/]node_modules[\\/](@observablehq|d3-(?!array|dsv)|interval-tree-1d|binary-search-bounds|isoformat|internmap|delaunator|robust-predicates)/.test(id)) return true;
  return /[\\/]src[\\/]elements[\\/]chart[\\/](forms[\\/]|plot-trim[\\/])/.test(id);
}

/**
 * Chrome's explicit compile hint (scripts/compile-hint.mjs): V8 compiles every
 * function of the file eagerly, on the background thread that streams it, instead of lazily on the main
 * thread the first time each is called. Our chunks are loaded to be used at once (the elements on the page,
 * the chart drawing when a chart appears), so their first render no longer pays the compiling: a fresh
 * page's 6-bar chart went from 134-144 ms to 72-78 ms in `npm run bench`. Not for zod's judgement chunk,
 * which only an invalid feed loads and which calls a small part of zod.
 */
function compileHint(chunk: { moduleIds: readonly string[] }): string {
  return chunk.moduleIds.some(isJudgement) ? '' : COMPILE_HINT;
}

export default defineConfig(({ mode }): UserConfig => {
  const entries = mode === 'entries';
  return {
    plugins: [plotTrim()],
    build: {
      target: 'es2022',
      outDir: 'dist',
      // The second pass adds to what the first wrote.
      emptyOutDir: !entries,
      sourcemap: true,
      lib: {
        entry: entries ? ELEMENT_ENTRIES : { 'inclusion-widgets': 'src/index.ts' },
        formats: ['es'],
      },
      rollupOptions: {
        output: {
          // Library mode keeps whitespace in ES output by default; this bundle goes straight to browsers,
          // so minify it fully (the budgets in bench/size.mjs count these bytes).
          minify: true,
          postBanner: compileHint,
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          manualChunks: entries ? (id: string) => (isCore(id) ? 'core' : undefined) : (id: string) => (isLoadedOnDemand(id) ? undefined : 'inclusion-widgets'),
        },
      },
    },
  };
});
