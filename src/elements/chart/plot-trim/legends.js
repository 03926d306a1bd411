// Plot's legends (legends.js), left out: our charts draw their own legend, and never ask Plot for one. Plot
// calls createLegends for every chart, which finds no scale with a `legend` option and returns none, as
// Plot's own does; a chart that asks for one throws. See ./plugin.mjs.
import { leftOutFunction } from './left-out.js';

const legends = leftOutFunction("Plot's legends");

export function createLegends(scales, context, options) {
  for (const key of ['color', 'opacity', 'symbol']) if (options[key]?.legend && key in scales) legends();
  return [];
}

/** The figure's `legend()` method, which only a page calling it would reach. */
export function exposeLegends() {
  return legends;
}

export const legend = legends;
