import { defineElement } from '../shared/define.js';
import { InclusionMap } from './inclusion-map.js';

defineElement('inclusion-map', InclusionMap);

export { InclusionMap };

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-map': InclusionMap;
  }
}
