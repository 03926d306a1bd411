// d3-interpolate as d3-scale sees it in our bundle (see ./plugin.mjs). A d3 scale's default interpolator
// reads its range as numbers, colours, dates, strings, arrays or objects, which keeps d3-color's colour
// parsing and every colour space; but Plot gives each of its scales a number interpolator of its own, and our
// linear scales only make domains and ticks (forms/plot-parts.ts). Numbers are interpolated as d3 does;
// anything else fails loudly.
import { interpolateNumber, interpolateRound } from 'd3-interpolate';
import { leftOutFunction } from './left-out.js';

export { interpolateNumber, interpolateRound };

const otherValues = leftOutFunction("d3's interpolation of values other than numbers");

export function interpolate(a, b) {
  return typeof b === 'number' ? interpolateNumber(a, b) : otherValues();
}

export const piecewise = leftOutFunction('d3.piecewise');
