/**
 * The `d3` that Observable Plot sees in our bundle (see ./plugin.mjs).
 *
 * - Only the d3 modules Plot imports from. Re-exporting all of d3 would also keep d3-transition, which
 *   declares side effects (it patches d3-selection), and with it d3-timer, d3-ease and d3-dispatch.
 *   (d3-axis is imported only by the ramp legend, which is left out too.)
 * - Without map projections (d3-geo) and Plot's named colour schemes (d3-scale-chromatic): our charts pass
 *   their own palette as every colour range and never set a projection, but Plot's core references both,
 *   so no bundler can drop them (~10 KB gzip of the dashboard).
 *
 * A Plot upgrade that imports a name this file does not export fails the build, loudly.
 *
 * Plain JavaScript: d3 has no types for most of these modules, and nothing in our code imports this file.
 */
import { leftOutFunction, leftOutFunctions, leftOutList } from './left-out.js';

export * from 'd3-array';
export * from 'd3-color';
export * from 'd3-contour';
export * from 'd3-delaunay';
export * from 'd3-format';
export * from 'd3-hierarchy';
export * from 'd3-interpolate';
export * from 'd3-path';
export * from 'd3-random';
export * from 'd3-scale';
export * from 'd3-selection';
export * from 'd3-shape';
// Time intervals and formats serve only Plot's time scales and time intervals, left out (./time.js).
export const utcFormat = leftOutFunction('d3.utcFormat'),
  timeFormat = leftOutFunction('d3.timeFormat');
// Plot's scale module references every scale type, colour interpolator and (for axes without a tick format)
// d3's number format, so no bundler can drop them; our forms make linear position scales only, each axis with
// a tick format of ours (forms/plot-parts.ts), and no colour scale. (Ordinal scales: ./ordinal.js.)
export const {
  scaleLog,
  scalePow,
  scaleSymlog,
  scaleQuantile,
  scaleThreshold,
  scaleIdentity,
  interpolateRgb,
  interpolateHsl,
  interpolateHcl,
  interpolateLab,
  piecewise,
  quantize,
  format,
} = leftOutFunctions((name) => `d3.${name}`);
// Plot's projection module, the one caller of geoTransform, is left out too (./projection.js).
export const geoTransform = leftOutFunction('d3.geoTransform'),
  geoPath = leftOutFunction('d3.geoPath'),
  geoGraticule10 = leftOutFunction('d3.geoGraticule10'),
  geoAlbers = leftOutFunction('d3.geoAlbers'),
  geoAlbersUsa = leftOutFunction('d3.geoAlbersUsa'),
  geoAzimuthalEqualArea = leftOutFunction('d3.geoAzimuthalEqualArea'),
  geoAzimuthalEquidistant = leftOutFunction('d3.geoAzimuthalEquidistant'),
  geoClipRectangle = leftOutFunction('d3.geoClipRectangle'),
  geoConicConformal = leftOutFunction('d3.geoConicConformal'),
  geoConicEqualArea = leftOutFunction('d3.geoConicEqualArea'),
  geoConicEquidistant = leftOutFunction('d3.geoConicEquidistant'),
  geoEqualEarth = leftOutFunction('d3.geoEqualEarth'),
  geoEquirectangular = leftOutFunction('d3.geoEquirectangular'),
  geoGnomonic = leftOutFunction('d3.geoGnomonic'),
  geoMercator = leftOutFunction('d3.geoMercator'),
  geoOrthographic = leftOutFunction('d3.geoOrthographic'),
  geoStereographic = leftOutFunction('d3.geoStereographic'),
  geoStream = leftOutFunction('d3.geoStream'),
  geoTransverseMercator = leftOutFunction('d3.geoTransverseMercator'),
  geoCentroid = leftOutFunction('d3.geoCentroid'),
  interpolateBlues = leftOutFunction('d3.interpolateBlues'),
  interpolateBrBG = leftOutFunction('d3.interpolateBrBG'),
  interpolateBuGn = leftOutFunction('d3.interpolateBuGn'),
  interpolateBuPu = leftOutFunction('d3.interpolateBuPu'),
  interpolateGnBu = leftOutFunction('d3.interpolateGnBu'),
  interpolateGreens = leftOutFunction('d3.interpolateGreens'),
  interpolateGreys = leftOutFunction('d3.interpolateGreys'),
  interpolateOranges = leftOutFunction('d3.interpolateOranges'),
  interpolateOrRd = leftOutFunction('d3.interpolateOrRd'),
  interpolatePiYG = leftOutFunction('d3.interpolatePiYG'),
  interpolatePRGn = leftOutFunction('d3.interpolatePRGn'),
  interpolatePuBu = leftOutFunction('d3.interpolatePuBu'),
  interpolatePuBuGn = leftOutFunction('d3.interpolatePuBuGn'),
  interpolatePuOr = leftOutFunction('d3.interpolatePuOr'),
  interpolatePuRd = leftOutFunction('d3.interpolatePuRd'),
  interpolatePurples = leftOutFunction('d3.interpolatePurples'),
  interpolateRdBu = leftOutFunction('d3.interpolateRdBu'),
  interpolateRdGy = leftOutFunction('d3.interpolateRdGy'),
  interpolateRdPu = leftOutFunction('d3.interpolateRdPu'),
  interpolateRdYlBu = leftOutFunction('d3.interpolateRdYlBu'),
  interpolateRdYlGn = leftOutFunction('d3.interpolateRdYlGn'),
  interpolateReds = leftOutFunction('d3.interpolateReds'),
  interpolateSpectral = leftOutFunction('d3.interpolateSpectral'),
  interpolateYlGn = leftOutFunction('d3.interpolateYlGn'),
  interpolateYlGnBu = leftOutFunction('d3.interpolateYlGnBu'),
  interpolateYlOrBr = leftOutFunction('d3.interpolateYlOrBr'),
  interpolateYlOrRd = leftOutFunction('d3.interpolateYlOrRd'),
  interpolateTurbo = leftOutFunction('d3.interpolateTurbo'),
  interpolateViridis = leftOutFunction('d3.interpolateViridis'),
  interpolateMagma = leftOutFunction('d3.interpolateMagma'),
  interpolateInferno = leftOutFunction('d3.interpolateInferno'),
  interpolatePlasma = leftOutFunction('d3.interpolatePlasma'),
  interpolateCividis = leftOutFunction('d3.interpolateCividis'),
  interpolateCubehelixDefault = leftOutFunction('d3.interpolateCubehelixDefault'),
  interpolateWarm = leftOutFunction('d3.interpolateWarm'),
  interpolateCool = leftOutFunction('d3.interpolateCool'),
  interpolateRainbow = leftOutFunction('d3.interpolateRainbow'),
  interpolateSinebow = leftOutFunction('d3.interpolateSinebow');

export const schemeAccent = leftOutList('d3.schemeAccent'),
  schemeBlues = leftOutList('d3.schemeBlues'),
  schemeBrBG = leftOutList('d3.schemeBrBG'),
  schemeBuGn = leftOutList('d3.schemeBuGn'),
  schemeBuPu = leftOutList('d3.schemeBuPu'),
  schemeCategory10 = leftOutList('d3.schemeCategory10'),
  schemeDark2 = leftOutList('d3.schemeDark2'),
  schemeGnBu = leftOutList('d3.schemeGnBu'),
  schemeGreens = leftOutList('d3.schemeGreens'),
  schemeGreys = leftOutList('d3.schemeGreys'),
  schemeObservable10 = leftOutList('d3.schemeObservable10'),
  schemeOranges = leftOutList('d3.schemeOranges'),
  schemeOrRd = leftOutList('d3.schemeOrRd'),
  schemePaired = leftOutList('d3.schemePaired'),
  schemePastel1 = leftOutList('d3.schemePastel1'),
  schemePastel2 = leftOutList('d3.schemePastel2'),
  schemePiYG = leftOutList('d3.schemePiYG'),
  schemePRGn = leftOutList('d3.schemePRGn'),
  schemePuBu = leftOutList('d3.schemePuBu'),
  schemePuBuGn = leftOutList('d3.schemePuBuGn'),
  schemePuOr = leftOutList('d3.schemePuOr'),
  schemePuRd = leftOutList('d3.schemePuRd'),
  schemePurples = leftOutList('d3.schemePurples'),
  schemeRdBu = leftOutList('d3.schemeRdBu'),
  schemeRdGy = leftOutList('d3.schemeRdGy'),
  schemeRdPu = leftOutList('d3.schemeRdPu'),
  schemeRdYlBu = leftOutList('d3.schemeRdYlBu'),
  schemeRdYlGn = leftOutList('d3.schemeRdYlGn'),
  schemeReds = leftOutList('d3.schemeReds'),
  schemeSet1 = leftOutList('d3.schemeSet1'),
  schemeSet2 = leftOutList('d3.schemeSet2'),
  schemeSet3 = leftOutList('d3.schemeSet3'),
  schemeSpectral = leftOutList('d3.schemeSpectral'),
  schemeTableau10 = leftOutList('d3.schemeTableau10'),
  schemeYlGn = leftOutList('d3.schemeYlGn'),
  schemeYlGnBu = leftOutList('d3.schemeYlGnBu'),
  schemeYlOrBr = leftOutList('d3.schemeYlOrBr'),
  schemeYlOrRd = leftOutList('d3.schemeYlOrRd');
