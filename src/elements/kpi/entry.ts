/**
 * The package entry `inclusion-widgets/kpi`: the element, defined at once, or after Lit's hydration support on
 * a page with server-rendered markup (see defineAfterHydration). The script tag's loader imports `define.ts`.
 */
import { defineAfterHydration } from '../shared/define-after-hydration.js';
import { InclusionKpi } from './inclusion-kpi.js';

defineAfterHydration('inclusion-kpi', InclusionKpi);

export { InclusionKpi };
