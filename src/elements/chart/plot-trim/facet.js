// Plot's facets (facet.js), left out: our charts are one panel each and never set `fx`, `fy` or `facet`.
// Plot calls `createFacets` for every plot and `maybeFacetAnchor` for every mark: without facets they
// answer as Plot's own do (no facets; an anchor that is never consulted); the rest is reached only by a
// faceted plot, and fails loudly. Same exports. See ./plugin.mjs.
import { leftOutFunction } from './left-out.js';

const faceted = leftOutFunction("Plot's facets");

export function createFacets(channelsByScale, options = {}) {
  if (channelsByScale.has('fx') || channelsByScale.has('fy') || options.fx != null || options.fy != null) faceted();
  return undefined;
}

// Plot's axes name the facet they belong to; the anchor is consulted only when a plot has facets.
// The names of Plot's own table of anchors.
const ANCHORS = new Set([
  'top',
  'right',
  'bottom',
  'left',
  'top-left',
  'top-right',
  'bottom-left',
  'bottom-right',
  'top-empty',
  'right-empty',
  'bottom-empty',
  'left-empty',
  'empty',
]);

export function maybeFacetAnchor(facetAnchor) {
  if (facetAnchor == null) return null;
  if (ANCHORS.has(`${facetAnchor}`.toLowerCase())) return faceted;
  throw new Error(`invalid facet anchor: ${facetAnchor}`);
}

export const recreateFacets = faceted;
export const facetGroups = faceted;
export const facetTranslator = faceted;
export const facetExclude = faceted;
export const facetFilter = faceted;
