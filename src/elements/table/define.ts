import { defineElement } from '../shared/define.js';
import { InclusionTable } from './inclusion-table.js';

defineElement('inclusion-table', InclusionTable);

export { InclusionTable };

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-table': InclusionTable;
  }
}
