// Plot's time scales (scales/temporal.js), left out: see ./time.js. See ./plugin.mjs.
import { leftOutFunction } from './left-out.js';

export const createScaleTime = leftOutFunction("Plot's time scale");
export const createScaleUtc = leftOutFunction("Plot's UTC scale");
