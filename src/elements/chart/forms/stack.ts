/**
 * Stacking as pure functions of the data, as Plot's own `stackY` is: each part gets the interval it
 * covers (`lo` to `hi`), in data order. Missing values take no room: the forms draw them as named
 * "no data" boxes instead.
 */
import type { Tagged } from './plot-parts.js';

export interface StackedDatum extends Tagged {
  readonly lo: number;
  readonly hi: number;
}

/**
 * Stacks each column's values, series in order: positive values up from 0, negative values down from 0
 * (Plot's default offset). `tops` and `bottoms` are each column's ends, 0 where nothing is stacked.
 */
export function stackColumns(
  data: readonly Tagged[],
  columns: number,
): { parts: StackedDatum[]; tops: number[]; bottoms: number[] } {
  const parts: StackedDatum[] = [];
  const tops = new Array<number>(columns).fill(0);
  const bottoms = new Array<number>(columns).fill(0);
  for (const d of data) {
    const value = d.point.value;
    if (value === null) continue;
    const col = d.point.col;
    if (value >= 0) {
      parts.push({ ...d, lo: tops[col]!, hi: tops[col]! + value });
      tops[col]! += value;
    } else {
      parts.push({ ...d, lo: bottoms[col]! + value, hi: bottoms[col]! });
      bottoms[col]! += value;
    }
  }
  return { parts, tops, bottoms };
}

/**
 * Lays the positive values end to end from 0 (parts of one whole); missing, zero and negative values
 * cannot be a share of it and are left out. `sum` is the whole.
 */
export function stackWhole(data: readonly Tagged[]): { parts: StackedDatum[]; sum: number } {
  const parts: StackedDatum[] = [];
  let sum = 0;
  for (const d of data) {
    if (d.point.value === null || d.point.value <= 0) continue;
    parts.push({ ...d, lo: sum, hi: sum + d.point.value });
    sum += d.point.value;
  }
  return { parts, sum };
}
