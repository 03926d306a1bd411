// Plot's frame mark (marks/frame.js), left out: Plot draws it only for a `frame` mark or an implicit axis
// with `line: true`, and our charts draw their axes as marks of their own without either. See ./plugin.mjs.
import { leftOutFunction } from './left-out.js';

export const Frame = leftOutFunction("Plot's Frame mark");
export const frame = leftOutFunction("Plot's frame mark");
