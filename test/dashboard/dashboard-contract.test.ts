/** <inclusion-dashboard> keeps the contract every element keeps (test/shared/element-contract.ts). */
import '../../src/elements/dashboard/define.js';
import { runElementContractTests } from '../shared/element-contract.js';

runElementContractTests({ tagName: 'inclusion-dashboard', metricAttribute: 'metrics' });
