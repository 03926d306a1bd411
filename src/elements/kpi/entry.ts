/**
 * The package entry `inclusion-widgets/kpi`: the element, defined at once, or after Lit's hydration support on
 * a page with server-rendered markup (see defineAfterHydration). The script tag's loader imports `define.ts`,
 * and a tile loads its optional parts when its metric has one.
 */
// The optional parts (change, target, trend), registered before the tile is defined: rendered at once.
import './kpi-extras.js';
import { defineAfterHydration } from '../shared/define-after-hydration.js';
import { InclusionKpi } from './inclusion-kpi.js';

defineAfterHydration('inclusion-kpi', InclusionKpi);

export { InclusionKpi };
