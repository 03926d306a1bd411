// Resolves Observable Plot's `import … from "d3"` to ./plot-d3.js (why: see that file). Used by the library
// build (vite.config.ts, a Rollup-style resolveId hook) and the browser tests (web-test-runner.config.mjs),
// so the tests exercise exactly the d3 the bundle ships.
import { fileURLToPath } from 'node:url';

export const plotD3Path = fileURLToPath(new URL('./plot-d3.js', import.meta.url));

/** True when `importer` is one of Plot's own modules importing the `d3` umbrella package. */
export function isPlotImportOfD3(source, importer) {
  return source === 'd3' && typeof importer === 'string' && /[\\/]node_modules[\\/]@observablehq[\\/]plot[\\/]/.test(importer);
}

/** The Vite/Rollup plugin. */
export function plotD3Alias() {
  return {
    name: 'inclusion-plot-d3',
    enforce: 'pre',
    resolveId(source, importer) {
      return isPlotImportOfD3(source, importer) ? plotD3Path : null;
    },
  };
}
