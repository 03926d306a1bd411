// Plot's swatch legends (legends/swatches.js), left out like the ramp legend. See ./plugin.mjs.
import { leftOutFunction } from './left-out.js';

export const legendSwatches = leftOutFunction('Plot.legendSwatches');
export const legendSymbols = leftOutFunction('Plot.legendSymbols');
