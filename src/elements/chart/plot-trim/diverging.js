// Plot's diverging scales (scales/diverging.js), left out: our charts set every scale's type through their
// own options, never a diverging one. Plot's scale factory only calls these for such a type. See ./plugin.mjs.
import { leftOutFunction } from './left-out.js';

export const createScaleDiverging = leftOutFunction("Plot's diverging scales"),
  createScaleDivergingSqrt = createScaleDiverging,
  createScaleDivergingPow = createScaleDiverging,
  createScaleDivergingLog = createScaleDiverging,
  createScaleDivergingSymlog = createScaleDiverging;
