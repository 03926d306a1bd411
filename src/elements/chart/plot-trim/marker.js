// Plot's line markers (marker.js: arrows, dots and circles at a line's vertices), left out: our lines
// mark their values with their own symbols, one element per value, named for screen readers. Without a
// `marker` option (ours never set one) a mark has none, which is all this keeps. See ./plugin.mjs.
import { leftOutFunction } from './left-out.js';

const none = (marker) => {
  if (marker == null || marker === false || `${marker}`.toLowerCase() === 'none') return null;
  return leftOutFunction(`Plot's "${marker}" marker`)();
};

export function markers(mark, { marker, markerStart = marker, markerMid = marker, markerEnd = marker } = {}) {
  mark.markerStart = none(markerStart);
  mark.markerMid = none(markerMid);
  mark.markerEnd = none(markerEnd);
}

/** With no markers, Plot's own versions return at once. */
export function applyMarkers() {}
export function applyGroupedMarkers() {}
