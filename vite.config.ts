/**
 * Library build (`npm run build`), one pass into dist/:
 *
 * - `dist/inclusion-widgets.js`, the one script tag of the contract: a small loader (src/autoload.ts) that
 *   defines each element when it first appears in the page, by importing that element's `define.ts`
 *   (`dist/chunks/*-define.js`).
 * - `dist/all.js`, `import 'inclusion-widgets'` from npm: every element, defined at once (src/index.ts).
 * - the per-element entries of `package.json` (`dist/kpi.js`, ...), which share chunks, so a page or an app
 *   that uses several elements gets each module once, whichever way it came. The KPI tile lives in the shared
 *   `core` chunk with lit, the feed loader and i18n, so a page with only tiles loads the loader,
 *   `chunks/kpi-define.js` and `core` (or `kpi.js` and `core`).
 * - on demand only: zod's judgement of an invalid feed, the refresh timer and a refresh's conditional request,
 *   Lit's hydration support, a tile's optional parts (change, target, trend: `chunks/kpi-extras.js`, for a
 *   metric that has one; the package entries and the server import them up front), the words of an error alert
 *   or a stale note with the developer's words for what went wrong (`chunks/error-views.js`, for an element that
 *   shows one), the reading of `Retry-After` (on an HTTP error). A dashboard brings its
 *   tile list's layout with its own code.
 *
 * - `vite build --mode server` (a second pass, adding to dist/): the Node side, `dist/server/index.js`
 *   (`inclusion-widgets/server`) and the command line's modules `dist/cli/*.js`; their dependencies (lit,
 *   @lit-labs/ssr) stay imports.
 *
 * Chunks are imported relatively, so every entry works from any CDN path.
 */
import { defineConfig, type UserConfig } from 'vite';
import { plotTrim } from './src/elements/chart/plot-trim/plugin.mjs';
import { COMPILE_HINT } from './scripts/compile-hint.mjs';
import { minifyCss } from './scripts/minify-css-templates.mjs';

const ENTRIES = {
  'inclusion-widgets': 'src/autoload.ts',
  all: 'src/index.ts',
  kpi: 'src/elements/kpi/entry.ts',
  chart: 'src/elements/chart/entry.ts',
  map: 'src/elements/map/entry.ts',
  table: 'src/elements/table/entry.ts',
  dashboard: 'src/elements/dashboard/entry.ts',
  // Each element alone, as the loader imports it (the entries above add Lit's hydration support). Entries of
  // their own for the same reason as `validate` below: the browser builds the module namespace `import()`
  // resolves to, where a module inside a chunk would need the bundler's runtime helper, one more file.
  'chunks/kpi-define': 'src/elements/kpi/define.ts',
  'chunks/chart-define': 'src/elements/chart/define.ts',
  'chunks/map-define': 'src/elements/map/define.ts',
  'chunks/table-define': 'src/elements/table/define.ts',
  'chunks/dashboard-define': 'src/elements/dashboard/define.ts',
  'chunks/hydrate-support': 'src/elements/shared/hydrate-support.ts',
  // A tile's optional parts, which a tile imports when its metric has one: an entry for the same reason.
  'chunks/kpi-extras': 'src/elements/kpi/kpi-extras.ts',
  'chunks/error-views': 'src/elements/shared/error-views.ts',
  'chunks/retry-after': 'src/feed/retry-after.ts',
  // What the loader's `validateFeed` imports: an entry of its own, so the browser builds its module
  // namespace (as a module of a chunk, the bundler would add a runtime helper to build it).
  validate: 'src/feed/check.ts',
};

/** Modules every element needs, plus the KPI tile itself (small, and on almost every page). */
function isCore(id: string): boolean {
  if (isJudgement(id)) return false;
  if (isKpiExtra(id)) return false;
  // The error alert's and the stale note's words: loaded by the first element with one to show (feed-element.ts).
  // With them, the developer's words for what went wrong (developer-message.ts).
  if (
    /[\\/]src[\\/](elements[\\/]shared[\\/]error-views|i18n[\\/]error-messages|feed[\\/]developer-words)\.ts$/.test(id)
  )
    return false;
  // The refresh timer and its policy: loaded by the first element with a `refresh` (feed-controller.ts); asking
  // for a newer version only, by the first refresh (feed-cache.ts); the reading of `Retry-After`, by the first
  // HTTP error (fetch-feed.ts).
  if (/[\\/]src[\\/]feed[\\/](refresh-(scheduler|policy|subscription)|revalidation|retry-after)\.ts$/.test(id))
    return false;
  // Lit's hydration support: only pages with server-rendered markup load it through the script tag.
  if (/[\\/]@lit-labs[\\/]ssr-client[\\/]|[\\/]hydrate-support\.ts$|[\\/]private-ssr-support\.js$/.test(id))
    return false;
  // Lit's directives serve only the chart and the dashboard; @lit/context, only a dashboard and the elements
  // inside one that have no feed of their own (they load it then: feed-controller.ts).
  if (/[\\/]lit(-html)?[\\/](directive(-helpers)?\.js|directives[\\/])|[\\/]@lit[\\/]context[\\/]/.test(id))
    return false;
  if (/[\\/]src[\\/]feed[\\/](feed-context|enclosing-feed)\.ts$/.test(id)) return false;
  if (/[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id)) return true;
  // Only the package entries' own code: see define-after-hydration.ts.
  if (/[\\/]define-after-hydration\.ts$/.test(id)) return false;
  // Style sheets a tile does not compose (data table, legend, pill buttons, the series palette): a page of tiles
  // never loads them.
  if (/[\\/]elements[\\/]shared[\\/](data-table|legend|pill-button|figure)\.styles\.ts$/.test(id)) return false;
  // A unit named without a number, in a chart's or a table's headers.
  if (/[\\/]elements[\\/]shared[\\/]unit-label\.ts$/.test(id)) return false;
  if (/[\\/]src[\\/]theme[\\/]palette\.ts$/.test(id)) return false;
  // A tile's layout in a dashboard's list: the dashboard brings it (kpi-list.styles.ts).
  if (/[\\/]elements[\\/]kpi[\\/]kpi-list\.styles\.ts$/.test(id)) return false;
  // An error kept at its loading view's size: a tile's two views already share one size.
  if (/[\\/]elements[\\/]shared[\\/]kept-size\.ts$/.test(id)) return false;
  // Whether two metrics share a scale: a question only a chart or a dashboard asks.
  if (/[\\/]src[\\/]feed[\\/]comparable\.ts$/.test(id)) return false;
  // Names in another language inside a sentence (a chart's summary): a tile marks its whole label instead.
  if (/[\\/]src[\\/](i18n[\\/]lang-runs|elements[\\/]shared[\\/]text-runs)\.ts$/.test(id)) return false;
  if (/[\\/]src[\\/](feed|i18n|theme|elements[\\/]shared)[\\/]/.test(id)) return true;
  if (/[\\/]src[\\/](events|regions[\\/]codes)\.ts$/.test(id)) return true;
  return /[\\/]src[\\/]elements[\\/]kpi[\\/]/.test(id) && !/(define|entry)\.ts$/.test(id);
}

/**
 * A tile's optional parts (change against the previous figure, target, trend line) and what only they use:
 * loaded by a tile whose metric has one (src/elements/kpi/kpi-extras-registry.ts), so a page of plain figures
 * never downloads them.
 */
function isKpiExtra(id: string): boolean {
  return (
    /[\\/]src[\\/](elements[\\/]kpi[\\/]kpi-extras|elements[\\/]shared[\\/]sparkline-path)\.ts$/.test(id) ||
    /[\\/]src[\\/]i18n[\\/](change|extras-messages|period-relative)\.ts$/.test(id)
  );
}

/**
 * zod, the schema and the sentences that explain an invalid feed: imported only for a feed the fast check
 * (src/feed/well-formed.ts) does not accept, so a page of valid feeds never downloads them (src/feed/check.ts).
 */
function isJudgement(id: string): boolean {
  return (
    /[\\/]node_modules[\\/]zod[\\/]/.test(id) ||
    /[\\/]src[\\/]feed[\\/](judge|schema|zod|explain|issue-text|json-path)\.ts$/.test(id)
  );
}

/**
 * Chrome's explicit compile hint (scripts/compile-hint.mjs): V8 compiles every
 * function of the file eagerly, on the background thread that streams it, instead of lazily on the main
 * thread the first time each is called. Our chunks are loaded to be used at once (the elements on the page,
 * the chart drawing when a chart appears), so their first render no longer pays the compiling: a fresh
 * page's 6-bar chart went from 134-144 ms to 72-78 ms in `npm run bench`. Not for zod's judgement chunk,
 * which only an invalid feed loads and which calls a small part of zod, nor for the loader and the entries that
 * only import and define elements: a few short functions, compiled lazily in no time, where the comment would
 * be a tenth of what a page of tiles downloads for them.
 */
function compileHint(chunk: { moduleIds: readonly string[] }): string {
  if (chunk.moduleIds.some(isJudgement) || chunk.moduleIds.every(isEntryGlue)) return '';
  return COMPILE_HINT;
}

/** The loader and the modules of an entry that imports an element's code and defines it. */
function isEntryGlue(id: string): boolean {
  return /[\\/]src[\\/](autoload|index|elements[\\/]\w+[\\/](define|entry|define-after-hydration))\.ts$/.test(id);
}

/** Node 20+: the server renderer and the command line, not minified (stack traces stay readable). */
const serverBuild: UserConfig = {
  plugins: [plotTrim()],
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    rollupOptions: {
      input: { 'server/index': 'src/server/index.ts', 'cli/render': 'src/cli/render.ts' },
      output: { entryFileNames: '[name].js', chunkFileNames: 'server/chunks/[name]-[hash].js' },
    },
  },
};

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'server') return serverBuild;
  return {
    plugins: [plotTrim(), minifyCss()],
    build: {
      target: 'es2022',
      outDir: 'dist',
      // The maps are written beside each file but not named in it: every reader would download the
      // `sourceMappingURL` line of every file (bench/RESULTS.md), which only a developer's tools use; those
      // can be pointed at the .map files, and error trackers take them as uploaded.
      sourcemap: 'hidden',
      lib: {
        entry: ENTRIES,
        formats: ['es'],
      },
      rollupOptions: {
        output: {
          // Library mode keeps whitespace in ES output by default; this bundle goes straight to browsers,
          // so minify it fully (the budgets in bench/size.mjs count these bytes).
          minify: true,
          // No comments: the pure-call marks ("/* @__PURE__ */") minifying keeps by default only help a bundler
          // that shakes these files again, and a browser would download them for nothing.
          comments: false,
          postBanner: compileHint,
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          manualChunks: (id: string) => (isCore(id) ? 'core' : undefined),
        },
      },
    },
  };
});
