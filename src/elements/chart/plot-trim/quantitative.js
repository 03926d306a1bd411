// Plot's quantitative scales (scales/quantitative.js) with the linear scale only: every position scale our
// forms make is linear over category or period indices (forms/plot-parts.ts), and they make no colour, size
// or opacity scale. Plot's own module still makes the linear scale; its square-root, power, log, symlog,
// quantile, quantize, threshold and identity scales fail loudly. Same exports as Plot's scale module imports.
// See ./plugin.mjs.
import { leftOutFunctions } from './left-out.js';

export { createScaleLinear } from '../../../../node_modules/@observablehq/plot/src/scales/quantitative.js';

export const {
  createScaleSqrt,
  createScalePow,
  createScaleLog,
  createScaleSymlog,
  createScaleQuantile,
  createScaleQuantize,
  createScaleThreshold,
  createScaleIdentity,
} = leftOutFunctions((name) => `Plot's ${name}`);
