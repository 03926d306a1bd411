// Plot's map projections (projection.js: named projections, their aspect ratios, geometry channels), left
// out: our charts never set a `projection`, and Plot's core calls these functions for every chart to find
// that out. Without a projection each returns what Plot's own returns; with one, it throws. See ./plugin.mjs.
import { leftOutFunction } from './left-out.js';

const projected = leftOutFunction("Plot's map projections");

/** An object written as a literal (Plot's own test: `toString` is Object's). */
const isObject = (option) => option?.toString === Object.prototype.toString;

/** As Plot's: whether the options name a projection. */
export function hasProjection({ projection } = {}) {
  if (projection == null) return false;
  if (typeof projection.stream === 'function') return true;
  if (isObject(projection)) projection = projection.type;
  return projection != null;
}

export function createProjection(options) {
  return hasProjection(options) ? projected() : undefined;
}

export function projectionAspectRatio(projection) {
  return hasProjection({ projection }) ? projected() : undefined;
}

export const project = projected,
  applyPosition = projected,
  getGeometryChannels = projected,
  xyProjection = projected;
