import { defineElement } from '../shared/define.js';
import { InclusionKpi } from './inclusion-kpi.js';

defineElement('inclusion-kpi', InclusionKpi);

export { InclusionKpi };

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-kpi': InclusionKpi;
  }
}
