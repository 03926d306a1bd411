// Plot's ordinal scales (scales/ordinal.js: ordinal, point and band), left out: every position scale our
// forms make is linear over category or period indices (forms/plot-parts.ts), and no channel of theirs is
// scaled otherwise (colours, symbols and sizes are constants). A plot that would make one fails loudly.
// Same exports. See ./plugin.mjs.
import { leftOutFunction } from './left-out.js';

export const ordinalImplicit = Symbol('ordinal');
export const createScaleOrdinal = leftOutFunction("Plot's ordinal scales"),
  createScalePoint = leftOutFunction("Plot's point scales"),
  createScaleBand = leftOutFunction("Plot's band scales");
