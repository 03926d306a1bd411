// Plot's time intervals and formats (time.js), left out with its time scales (./temporal.js): our charts
// place periods on a linear scale of their indices and label them with our own words. See ./plugin.mjs.
import { leftOutFunction } from './left-out.js';

const leftOut = (name) => leftOutFunction(`Plot's time intervals (${name})`);
export const intervalDuration = Symbol('intervalDuration');
export const intervalType = Symbol('intervalType');
export const parseTimeInterval = leftOut('parseTimeInterval');
export const timeInterval = leftOut('timeInterval');
export const utcInterval = leftOut('utcInterval');
export const generalizeTimeInterval = leftOut('generalizeTimeInterval');
export const inferTimeFormat = leftOut('inferTimeFormat');
