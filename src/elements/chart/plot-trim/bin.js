// Plot's bin transform (transforms/bin.js), left out: our charts never bin. Lines and areas still ask it
// for a "dense interval" on every call; without an `interval` option (ours never set one) that returns the
// options unchanged, which is all this keeps. See ./plugin.mjs.
import { leftOutFunction } from './left-out.js';

export const bin = leftOutFunction('Plot.bin');
export const binX = leftOutFunction('Plot.binX');
export const binY = leftOutFunction('Plot.binY');
export const maybeThresholds = leftOutFunction("Plot's bin thresholds");

const denseInterval = (options = {}) => {
  if (options?.interval == null) return options;
  return leftOutFunction("Plot's interval option on lines and areas")();
};
export const maybeDenseIntervalX = denseInterval;
export const maybeDenseIntervalY = denseInterval;
