/**
 * The `d3` that Observable Plot sees in our bundle: vite.config.ts and web-test-runner.config.mjs point
 * Plot's `import … from "d3"` here (src/elements/chart/plot-d3-alias.mjs). It is d3 itself minus two
 * modules our charts never reach: map projections (d3-geo) and Plot's named colour schemes
 * (d3-scale-chromatic). Our charts pass their own palette as every colour range and never set a
 * projection, but Plot's core references both, so no bundler can drop them: together they were ~14 KB
 * gzip of the 130 KB dashboard budget (issue 6, `npm run size`).
 *
 * Each name left out fails loudly, never silently: a function throws when called and a scheme throws when
 * read, naming this file. A future chart that needs one fails its tests (which run through this same file)
 * instead of drawing with a missing colour; the fix is then to re-export the real module here.
 *
 * Plain JavaScript: d3 has no types for most of these modules, and nothing in our code imports this file.
 */
const WHY = 'is left out of the inclusion-widgets chart bundle (see src/elements/chart/plot-d3.js)';

function leftOutFunction(name) {
  return () => {
    throw new Error(`d3.${name} ${WHY}`);
  };
}

function leftOutScheme(name) {
  return new Proxy([], {
    get() {
      throw new Error(`d3.${name} ${WHY}`);
    },
  });
}

export * from 'd3-array';
export * from 'd3-axis';
export * from 'd3-brush';
export * from 'd3-chord';
export * from 'd3-color';
export * from 'd3-contour';
export * from 'd3-delaunay';
export * from 'd3-dispatch';
export * from 'd3-drag';
export * from 'd3-dsv';
export * from 'd3-ease';
export * from 'd3-fetch';
export * from 'd3-force';
export * from 'd3-format';
export * from 'd3-hierarchy';
export * from 'd3-interpolate';
export * from 'd3-path';
export * from 'd3-polygon';
export * from 'd3-quadtree';
export * from 'd3-random';
export * from 'd3-scale';
export * from 'd3-selection';
export * from 'd3-shape';
export * from 'd3-time';
export * from 'd3-time-format';
export * from 'd3-timer';
export * from 'd3-transition';
export * from 'd3-zoom';
// Plot's projection module calls geoTransform as it loads (its reflect-y transform); it is a few lines of d3-geo.
export { geoTransform } from 'd3-geo';

export const geoPath = leftOutFunction('geoPath'),
  geoGraticule10 = leftOutFunction('geoGraticule10'),
  geoAlbers = leftOutFunction('geoAlbers'),
  geoAlbersUsa = leftOutFunction('geoAlbersUsa'),
  geoAzimuthalEqualArea = leftOutFunction('geoAzimuthalEqualArea'),
  geoAzimuthalEquidistant = leftOutFunction('geoAzimuthalEquidistant'),
  geoClipRectangle = leftOutFunction('geoClipRectangle'),
  geoConicConformal = leftOutFunction('geoConicConformal'),
  geoConicEqualArea = leftOutFunction('geoConicEqualArea'),
  geoConicEquidistant = leftOutFunction('geoConicEquidistant'),
  geoEqualEarth = leftOutFunction('geoEqualEarth'),
  geoEquirectangular = leftOutFunction('geoEquirectangular'),
  geoGnomonic = leftOutFunction('geoGnomonic'),
  geoMercator = leftOutFunction('geoMercator'),
  geoOrthographic = leftOutFunction('geoOrthographic'),
  geoStereographic = leftOutFunction('geoStereographic'),
  geoStream = leftOutFunction('geoStream'),
  geoTransverseMercator = leftOutFunction('geoTransverseMercator'),
  geoCentroid = leftOutFunction('geoCentroid'),
  interpolateBlues = leftOutFunction('interpolateBlues'),
  interpolateBrBG = leftOutFunction('interpolateBrBG'),
  interpolateBuGn = leftOutFunction('interpolateBuGn'),
  interpolateBuPu = leftOutFunction('interpolateBuPu'),
  interpolateGnBu = leftOutFunction('interpolateGnBu'),
  interpolateGreens = leftOutFunction('interpolateGreens'),
  interpolateGreys = leftOutFunction('interpolateGreys'),
  interpolateOranges = leftOutFunction('interpolateOranges'),
  interpolateOrRd = leftOutFunction('interpolateOrRd'),
  interpolatePiYG = leftOutFunction('interpolatePiYG'),
  interpolatePRGn = leftOutFunction('interpolatePRGn'),
  interpolatePuBu = leftOutFunction('interpolatePuBu'),
  interpolatePuBuGn = leftOutFunction('interpolatePuBuGn'),
  interpolatePuOr = leftOutFunction('interpolatePuOr'),
  interpolatePuRd = leftOutFunction('interpolatePuRd'),
  interpolatePurples = leftOutFunction('interpolatePurples'),
  interpolateRdBu = leftOutFunction('interpolateRdBu'),
  interpolateRdGy = leftOutFunction('interpolateRdGy'),
  interpolateRdPu = leftOutFunction('interpolateRdPu'),
  interpolateRdYlBu = leftOutFunction('interpolateRdYlBu'),
  interpolateRdYlGn = leftOutFunction('interpolateRdYlGn'),
  interpolateReds = leftOutFunction('interpolateReds'),
  interpolateSpectral = leftOutFunction('interpolateSpectral'),
  interpolateYlGn = leftOutFunction('interpolateYlGn'),
  interpolateYlGnBu = leftOutFunction('interpolateYlGnBu'),
  interpolateYlOrBr = leftOutFunction('interpolateYlOrBr'),
  interpolateYlOrRd = leftOutFunction('interpolateYlOrRd'),
  interpolateTurbo = leftOutFunction('interpolateTurbo'),
  interpolateViridis = leftOutFunction('interpolateViridis'),
  interpolateMagma = leftOutFunction('interpolateMagma'),
  interpolateInferno = leftOutFunction('interpolateInferno'),
  interpolatePlasma = leftOutFunction('interpolatePlasma'),
  interpolateCividis = leftOutFunction('interpolateCividis'),
  interpolateCubehelixDefault = leftOutFunction('interpolateCubehelixDefault'),
  interpolateWarm = leftOutFunction('interpolateWarm'),
  interpolateCool = leftOutFunction('interpolateCool'),
  interpolateRainbow = leftOutFunction('interpolateRainbow'),
  interpolateSinebow = leftOutFunction('interpolateSinebow');

export const schemeAccent = leftOutScheme('schemeAccent'),
  schemeBlues = leftOutScheme('schemeBlues'),
  schemeBrBG = leftOutScheme('schemeBrBG'),
  schemeBuGn = leftOutScheme('schemeBuGn'),
  schemeBuPu = leftOutScheme('schemeBuPu'),
  schemeCategory10 = leftOutScheme('schemeCategory10'),
  schemeDark2 = leftOutScheme('schemeDark2'),
  schemeGnBu = leftOutScheme('schemeGnBu'),
  schemeGreens = leftOutScheme('schemeGreens'),
  schemeGreys = leftOutScheme('schemeGreys'),
  schemeObservable10 = leftOutScheme('schemeObservable10'),
  schemeOranges = leftOutScheme('schemeOranges'),
  schemeOrRd = leftOutScheme('schemeOrRd'),
  schemePaired = leftOutScheme('schemePaired'),
  schemePastel1 = leftOutScheme('schemePastel1'),
  schemePastel2 = leftOutScheme('schemePastel2'),
  schemePiYG = leftOutScheme('schemePiYG'),
  schemePRGn = leftOutScheme('schemePRGn'),
  schemePuBu = leftOutScheme('schemePuBu'),
  schemePuBuGn = leftOutScheme('schemePuBuGn'),
  schemePuOr = leftOutScheme('schemePuOr'),
  schemePuRd = leftOutScheme('schemePuRd'),
  schemePurples = leftOutScheme('schemePurples'),
  schemeRdBu = leftOutScheme('schemeRdBu'),
  schemeRdGy = leftOutScheme('schemeRdGy'),
  schemeRdPu = leftOutScheme('schemeRdPu'),
  schemeRdYlBu = leftOutScheme('schemeRdYlBu'),
  schemeRdYlGn = leftOutScheme('schemeRdYlGn'),
  schemeReds = leftOutScheme('schemeReds'),
  schemeSet1 = leftOutScheme('schemeSet1'),
  schemeSet2 = leftOutScheme('schemeSet2'),
  schemeSet3 = leftOutScheme('schemeSet3'),
  schemeSpectral = leftOutScheme('schemeSpectral'),
  schemeTableau10 = leftOutScheme('schemeTableau10'),
  schemeYlGn = leftOutScheme('schemeYlGn'),
  schemeYlGnBu = leftOutScheme('schemeYlGnBu'),
  schemeYlOrBr = leftOutScheme('schemeYlOrBr'),
  schemeYlOrRd = leftOutScheme('schemeYlOrRd');
