// Plot's curves (curve.js) with only the linear one: our lines and areas are straight between values (a
// curve would invent values between periods). Plot's own table imports every d3 curve. Same exports; any
// other curve name fails loudly. See ./plugin.mjs.
import { curveLinear } from 'd3';
import { leftOutFunction } from './left-out.js';

export function maybeCurve(curve = curveLinear, tension) {
  if (typeof curve === 'function') return curve;
  if (`${curve}`.toLowerCase() === 'linear' && tension === undefined) return curveLinear;
  return leftOutFunction(`Plot's "${curve}" curve`)();
}

export function maybeCurveAuto(curve = curveAuto, tension) {
  return typeof curve !== 'function' && `${curve}`.toLowerCase() === 'auto' ? curveAuto : maybeCurve(curve, tension);
}

/** Plot's "auto" curve: linear without a projection (ours never have one). */
export function curveAuto(context) {
  return curveLinear(context);
}
