/** <inclusion-map> keeps the contract every element keeps (test/shared/element-contract.ts). */
import '../../src/elements/map/define.js';
import { runElementContractTests } from '../shared/element-contract.js';

runElementContractTests({ tagName: 'inclusion-map' });
