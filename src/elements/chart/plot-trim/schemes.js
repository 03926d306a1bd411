// Plot's named colour schemes (scales/schemes.js), left out: our charts pass their own palette and never
// make a colour scale. See ./plugin.mjs.
import { leftOutFunction } from './left-out.js';

const leftOut = (name) => leftOutFunction(`Plot's colour schemes (${name})`);
export const isCategoricalScheme = leftOut('isCategoricalScheme');
export const isDivergingScheme = leftOut('isDivergingScheme');
export const maybeBooleanRange = leftOut('maybeBooleanRange');
export const ordinalRange = leftOut('ordinalRange');
export const ordinalScheme = leftOut('ordinalScheme');
export const quantitativeScheme = leftOut('quantitativeScheme');
