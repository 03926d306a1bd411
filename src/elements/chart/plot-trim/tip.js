// Plot's tip mark (marks/tip.js), left out: our charts draw their own tooltip, announced and reachable by
// keyboard, and never pass Plot's `tip` option. See ./plugin.mjs.
import { leftOutFunction } from './left-out.js';

export const Tip = leftOutFunction('Plot.Tip');
export const tip = leftOutFunction('Plot.tip');
