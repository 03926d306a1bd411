// d3-format as d3-scale sees it in our bundle (see ./plugin.mjs): only a scale's `tickFormat` reaches it, and
// nothing of ours calls that: Plot asks a scale for one only for an axis without a tick format, and every
// axis of ours has one (forms/plot-parts.ts). So d3's number formatting, with its default locale built as the
// module loads, stays out; a `tickFormat` call fails loudly.
import { leftOutFunctions } from './left-out.js';

export const { format, formatPrefix, formatSpecifier, precisionFixed, precisionPrefix, precisionRound } =
  leftOutFunctions((name) => `d3.${name} (a d3 scale's tickFormat)`);
