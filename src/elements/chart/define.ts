import { defineElement } from '../shared/define.js';
import { InclusionChart } from './inclusion-chart.js';

defineElement('inclusion-chart', InclusionChart);

export { InclusionChart };

declare global {
  interface HTMLElementTagNameMap {
    'inclusion-chart': InclusionChart;
  }
}
