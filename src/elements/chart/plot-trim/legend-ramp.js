// Plot's colour-ramp legend (legends/ramp.js), left out: our charts write their own legend as text and
// never ask Plot for one. Plot calls this only when a `legend` option is set. See ./plugin.mjs.
import { leftOutFunction } from './left-out.js';

export const legendRamp = leftOutFunction('Plot.legendRamp');
