/**
 * Observable Plot as our charts use it: without the parts of Plot and d3 they never reach. Plot's core
 * imports its map projections, named colour schemes, time scales and intervals, bin and group transforms,
 * every d3 curve and symbol, line markers, the tip and frame marks, facets, pointer interaction and legend
 * drawing whether a chart uses them or not, so no bundler can drop them; together they are about a third of
 * the drawing chunk (`npm run size`, and bench/RESULTS.md for the figures). Each left-out part's stand-in
 * (this folder) throws when reached. Four modules are cut down rather than left out: format.js, which builds
 * Intl formatters lazily; curve.js and symbol.js, which keep the curve and the symbols our lines draw; and
 * facet.js, which answers "no facets" and throws for a faceted plot.
 *
 * Used by the library build (vite.config.ts), the browser tests (web-test-runner.config.mjs) and the demo
 * server (vite.demo.config.ts), so every chart test runs against exactly the Plot the bundle ships. Plot is
 * pinned in package.json; when it is upgraded, the chart tests say whether these module paths still hold.
 */
import { fileURLToPath } from 'node:url';
import { posix } from 'node:path';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));

/** Plot's own module (path inside @observablehq/plot/src) → its replacement in this folder. */
const REPLACED_MODULES = {
  // The same formatters, made on first use (see format.js); the others are left out and throw if reached.
  'format.js': 'format.js',
  'marks/tip.js': 'tip.js',
  'interactions/pointer.js': 'pointer.js',
  'legends/ramp.js': 'legend-ramp.js',
  'legends/swatches.js': 'legend-swatches.js',
  'transforms/bin.js': 'bin.js',
  'transforms/group.js': 'group.js',
  'curve.js': 'curve.js',
  'scales/schemes.js': 'schemes.js',
  'time.js': 'time.js',
  'scales/temporal.js': 'temporal.js',
  'marker.js': 'marker.js',
  'projection.js': 'projection.js',
  'scales/diverging.js': 'diverging.js',
  'legends.js': 'legends.js',
  'symbol.js': 'symbol.js',
  'marks/frame.js': 'frame.js',
  'facet.js': 'facet.js',
};

const PLOT_SOURCE = /[\\/]node_modules[\\/]@observablehq[\\/]plot[\\/]src[\\/]/;

/**
 * The file in this folder that stands in for what Plot's module `importer` imports as `source`, or
 * undefined to resolve it normally. `importer` may be a file path or a dev server's URL path.
 */
export function replacementFor(source, importer) {
  if (typeof importer !== 'string' || !PLOT_SOURCE.test(importer)) return undefined;
  if (source === 'd3') return 'd3.js';
  if (!source.startsWith('.')) return undefined;
  const inPlot = posix.join(posix.dirname(importer.replace(/\\/g, '/')), source).split('/@observablehq/plot/src/')[1];
  return REPLACED_MODULES[inPlot];
}

const D3_SHAPE = /[\\/]node_modules[\\/]d3-shape[\\/]dist[\\/]d3-shape\.mjs$/;

/**
 * d3-shape in one file makes its tensioned curves (bundle, cardinal, Catmull-Rom) and the radial line by
 * calling a factory as the file loads, which a bundler must keep as a possible side effect, with every curve
 * class those reach, though nothing of ours uses them (./curve.js keeps the linear curve only). The factories
 * only build functions: marked pure, they are dropped when unused. Any other shape of the file is left alone.
 */
export function markPureFactories(code) {
  return code
    .replace(/= \(function custom\(/g, '= /* @__PURE__ */ (function custom(')
    .replace('= curveRadial(curveLinear);', '= /* @__PURE__ */ curveRadial(curveLinear);');
}

/** The Vite/Rollup plugin for the library build. */
export function plotTrim() {
  return {
    name: 'inclusion-plot-trim',
    enforce: 'pre',
    resolveId(source, importer) {
      const file = replacementFor(source, importer);
      return file === undefined ? null : here(`./${file}`);
    },
    transform(code, id) {
      return D3_SHAPE.test(id) ? { code: markPureFactories(code), map: null } : null;
    },
  };
}

/** The @web/dev-server plugin for the browser tests (answers with URL paths under the project root). */
export function plotTrimForDevServer() {
  return {
    name: 'inclusion-plot-trim',
    resolveImport({ source, context }) {
      const file = replacementFor(source, context.path);
      return file === undefined ? undefined : `/src/elements/chart/plot-trim/${file}`;
    },
  };
}
