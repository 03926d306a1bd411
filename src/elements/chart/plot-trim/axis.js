// Plot's axis marks (marks/axis.js) with the x and y axes only: our forms draw their axes as `axisX` and
// `axisY` marks with ticks and tick formats of their own, and their grid lines as rules at the ticks; Plot's
// core also reaches its grid marks and the axes of facets, which fail loudly here. See ./plugin.mjs.
import { leftOutFunctions } from './left-out.js';

export { axisX, axisY } from '../../../../node_modules/@observablehq/plot/src/marks/axis.js';

export const { gridX, gridY, axisFx, axisFy, gridFx, gridFy } = leftOutFunctions((name) => `Plot.${name}`);
