// Plot's pointer interaction (interactions/pointer.js), left out with the tip mark that uses it: our
// charts have their own keyboard and pointer model (src/a11y). See ./plugin.mjs.
import { leftOutFunction } from './left-out.js';

export const pointer = leftOutFunction('Plot.pointer');
export const pointerX = leftOutFunction('Plot.pointerX');
export const pointerY = leftOutFunction('Plot.pointerY');
export const anchorX = leftOutFunction('Plot.anchorX');
export const anchorY = leftOutFunction('Plot.anchorY');
