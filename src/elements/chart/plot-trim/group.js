// Plot's group transform (transforms/group.js), left out: our charts never group, and never sort a scale's
// domain by a channel (the one use of `maybeReduce` outside the transform). See ./plugin.mjs.
import { leftOutFunction } from './left-out.js';

const leftOut = (name) => leftOutFunction(`Plot's group transform (${name})`);
export const find = leftOut('find');
export const group = leftOut('group');
export const groupX = leftOut('groupX');
export const groupY = leftOut('groupY');
export const groupZ = leftOut('groupZ');
export const hasOutput = leftOut('hasOutput');
export const maybeEvaluator = leftOut('maybeEvaluator');
export const maybeGroup = leftOut('maybeGroup');
export const maybeGroupOutputs = leftOut('maybeGroupOutputs');
export const maybeOutput = leftOut('maybeOutput');
export const maybeOutputs = leftOut('maybeOutputs');
export const maybeReduce = leftOut('maybeReduce');
export const maybeSort = leftOut('maybeSort');
export const maybeSubgroup = leftOut('maybeSubgroup');
export const reduceCount = leftOut('reduceCount');
export const reduceFirst = leftOut('reduceFirst');
export const reduceIdentity = leftOut('reduceIdentity');
export const reduceZ = leftOut('reduceZ');
