/**
 * Observable Plot as our charts use it: without the parts of Plot and d3 they never reach. Plot's core
 * imports its map projections, named colour schemes, time scales and intervals, bin, group and stack
 * transforms, the interval option, ordinal, log, pow and other scale types, colour interpolation, d3's
 * number formats, every d3 curve and symbol, line markers, the tip and frame marks, facets, pointer
 * interaction and legend drawing whether a chart uses them or not, so no bundler can drop them; together they
 * are more than half of the drawing chunk (`npm run size`, and bench/RESULTS.md for the figures). Each
 * left-out part's stand-in (this folder) throws when reached, and test/chart/forms/plot-trim.test.ts reaches
 * some. Some modules are cut down rather than left out: format.js, which builds Intl formatters lazily;
 * curve.js and symbol.js, which keep the curve and the symbols our lines draw; facet.js, which answers "no
 * facets"; stack.js and interval.js, which hand back a mark's options when it neither stacks nor has an
 * interval; and scale-interpolate.js, which keeps d3-scale's interpolation of numbers.
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
  'transforms/stack.js': 'stack.js',
  'transforms/interval.js': 'interval.js',
  'scales/ordinal.js': 'ordinal.js',
  'scales/quantitative.js': 'quantitative.js',
  'marks/axis.js': 'axis.js',
};

const PLOT_SOURCE = /[\\/]node_modules[\\/]@observablehq[\\/]plot[\\/]src[\\/]/;
const D3_SCALE = /[\\/]node_modules[\\/]d3-scale[\\/]/;

/** What d3-scale imports → its replacement: number interpolation only, and no number formats. */
const REPLACED_FOR_D3_SCALE = { 'd3-interpolate': 'scale-interpolate.js', 'd3-format': 'scale-format.js' };

/**
 * The file in this folder that stands in for what Plot's module (or d3-scale) `importer` imports as
 * `source`, or undefined to resolve it normally. `importer` may be a file path or a dev server's URL path.
 */
export function replacementFor(source, importer) {
  if (typeof importer !== 'string') return undefined;
  if (D3_SCALE.test(importer)) return REPLACED_FOR_D3_SCALE[source];
  if (!PLOT_SOURCE.test(importer)) return undefined;
  if (source === 'd3') return 'd3.js';
  if (!source.startsWith('.')) return undefined;
  const inPlot = posix.join(posix.dirname(importer.replace(/\\/g, '/')), source).split('/@observablehq/plot/src/')[1];
  return REPLACED_MODULES[inPlot];
}

const D3_SHAPE = /[\\/]node_modules[\\/]d3-shape[\\/]dist[\\/]d3-shape\.mjs$/;
const D3_INTERPOLATE = /[\\/]node_modules[\\/]d3-interpolate[\\/]dist[\\/]d3-interpolate\.mjs$/;

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

/**
 * d3-interpolate likewise builds its colour interpolators (rgb, hsl, hcl, cubehelix, the rgb splines), its
 * transform interpolators and its zoom by calling factories as it loads, and they keep all of d3-color;
 * Plot and d3-scale use its number interpolators only (./scale-interpolate.js, ./d3.js).
 */
export function markPureInterpolators(code) {
  return code
    .replace(/= \((function (rgbGamma|zoomRho)\()/g, '= /* @__PURE__ */ ($1')
    .replace(/= (rgbSpline|interpolateTransform|hsl|hcl|cubehelix)\(/g, '= /* @__PURE__ */ $1(');
}

const D3_SELECTION = /[\\/]node_modules[\\/]d3-selection[\\/]dist[\\/]d3-selection\.mjs$/;

/**
 * Selection methods that no Plot mark of ours calls, nor any method it calls (a selection's `append` calls
 * its `select`, `sort` calls `order`): Plot builds each mark with `select`, `selectAll`, `data`, `enter`,
 * `append`, `attr`, `text`, `call` and a few more. d3 puts every method on the selection's prototype, an
 * object no bundler can trim.
 */
const UNUSED_SELECTION_METHODS = [
  'selectChild',
  'exit',
  'join',
  'merge',
  'selection',
  'nodes',
  'size',
  'empty',
  'classed',
  'html',
  'raise',
  'lower',
  'insert',
  'remove',
  'clone',
  'on',
  'dispatch',
];

/**
 * d3-selection's prototype with the methods above replaced by stand-ins that throw (from `leftOutModule`,
 * ./left-out.js as the importer sees it). Any other shape of the file is left alone.
 */
export function leaveOutSelectionMethods(code, leftOutModule) {
  let trimmed = code;
  for (const name of UNUSED_SELECTION_METHODS) {
    const entry = `\n  ${name}: selection_${name},\n`;
    if (!trimmed.includes(entry)) return code;
    trimmed = trimmed.replace(entry, `\n  ${name}: leftOutFunction("d3's selection.${name}"),\n`);
  }
  return `import { leftOutFunction } from ${JSON.stringify(leftOutModule)};\n${trimmed}`;
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
      if (D3_SHAPE.test(id)) return { code: markPureFactories(code), map: null };
      if (D3_INTERPOLATE.test(id)) return { code: markPureInterpolators(code), map: null };
      if (D3_SELECTION.test(id)) return { code: leaveOutSelectionMethods(code, here('./left-out.js')), map: null };
      return null;
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
    transform(context) {
      if (!D3_SELECTION.test(context.path) || typeof context.body !== 'string') return undefined;
      return { body: leaveOutSelectionMethods(context.body, '/src/elements/chart/plot-trim/left-out.js') };
    },
  };
}
