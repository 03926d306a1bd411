import { defineElement } from '../shared/define.js';
import { InclusionDashboard } from './inclusion-dashboard.js';

defineElement('inclusion-dashboard', InclusionDashboard);

export { InclusionDashboard };

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-dashboard': InclusionDashboard;
  }
}
