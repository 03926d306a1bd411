/** <inclusion-chart> keeps the contract every element keeps (test/shared/element-contract.ts). */
import '../../src/elements/chart/define.js';
import { runElementContractTests } from '../shared/element-contract.js';

runElementContractTests({ tagName: 'inclusion-chart' });
