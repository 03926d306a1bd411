// Plot's stack transform (transforms/stack.js), left out: our forms stack their values themselves, as pure
// functions of the data (forms/stack.ts), and hand Plot each part's two ends. An area given both ends still
// passes through `maybeStackY`, which then only fills in a missing end, as Plot's own does; a mark that would
// stack (neither end given) fails loudly, as does a tip. Same exports. See ./plugin.mjs.
import { leftOutFunction, leftOutFunctions } from './left-out.js';

const stacking = leftOutFunction("Plot's stack transform");
export const { stackX, stackX1, stackX2, stackY, stackY1, stackY2 } = leftOutFunctions((name) => `Plot.${name}`);

/** Plot's `maybeStackX` and `maybeStackY` for a mark given one or both ends (options.js `maybeZero`). */
function ends(value, start, end, options) {
  if (options.tip) leftOutFunction("Plot's tip mark")();
  if (start === undefined && end === undefined) return stacking();
  const other = value === undefined ? 0 : value;
  return [start === undefined ? other : start, end === undefined ? other : end];
}

export function maybeStackX({ x, x1, x2, ...options } = {}) {
  [x1, x2] = ends(x, x1, x2, options);
  return { ...options, x1, x2 };
}

export function maybeStackY({ y, y1, y2, ...options } = {}) {
  [y1, y2] = ends(y, y1, y2, options);
  return { ...options, y1, y2 };
}
