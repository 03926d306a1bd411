// Plot's interval option on marks (transforms/interval.js), left out: our marks place every value at its
// own position and never set an `interval`, and our rects always give both ends on both axes. Without an
// interval Plot's transforms return a mark's options unchanged, which is all this keeps; an interval, or a
// rect given a single x or y, fails loudly. Same exports. See ./plugin.mjs.
import { leftOutFunction } from './left-out.js';

/** Plot's options.js `isOptions`: an object literal that is not a channel transform. */
const isOptions = (option) => option?.toString === Object.prototype.toString && typeof option.transform !== 'function';

/** The channel `k`'s value and interval, as Plot's `maybeIntervalValue` reads them (before its parsing). */
function valueAndInterval(k, options) {
  const channel = options[k];
  if (!isOptions(channel)) return [channel, options.interval];
  return [channel.value, channel.interval === undefined ? options.interval : channel.interval];
}

function unchanged(k, trivial) {
  const leftOut = leftOutFunction(trivial ? `Plot's rect with a single ${k}` : `Plot's ${k} interval option`);
  return (options = {}) => {
    const [value, interval] = valueAndInterval(k, options);
    if (value == null || (interval == null && !trivial)) return options;
    return leftOut();
  };
}

export const maybeIntervalX = unchanged('x', false),
  maybeIntervalY = unchanged('y', false),
  maybeIntervalMidX = maybeIntervalX,
  maybeIntervalMidY = maybeIntervalY,
  maybeTrivialIntervalX = unchanged('x', true),
  maybeTrivialIntervalY = unchanged('y', true);
