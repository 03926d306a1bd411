/**
 * Figures a text alternative is made of (docs/ARCHITECTURE.md, "Accessibility"): extremes, trend and total of a set of
 * values, where a missing value is missing (never 0) and a qualified value keeps its qualifier. Pure
 * functions over plain items: the chart and the map word them in their own sentences.
 */
import type { Qualifier } from '../feed/schema.js';

export interface SummaryItem {
  readonly value: number | null;
  readonly qualifier?: Qualifier;
}

export interface Extremes<T extends SummaryItem> {
  readonly highest: T;
  readonly lowest: T;
}

/** Highest and lowest known values; ties keep the first. Undefined when nothing is known. */
export function extremes<T extends SummaryItem>(items: readonly T[]): Extremes<T> | undefined {
  let highest: T | undefined;
  let lowest: T | undefined;
  for (const item of items) {
    if (item.value === null) continue;
    if (!highest || item.value > highest.value!) highest = item;
    if (!lowest || item.value < lowest.value!) lowest = item;
  }
  return highest && lowest ? { highest, lowest } : undefined;
}

export interface Trend<T extends SummaryItem> {
  readonly direction: 'up' | 'down' | 'same';
  readonly first: T;
  readonly last: T;
}

/** From the first known value to the last known one; undefined with fewer than two known values. */
export function trend<T extends SummaryItem>(items: readonly T[]): Trend<T> | undefined {
  const first = items.find((item) => item.value !== null);
  const last = items.findLast((item) => item.value !== null);
  if (!first || !last || first === last) return undefined;
  const direction = last.value! > first.value! ? 'up' : last.value! < first.value! ? 'down' : 'same';
  return { direction, first, last };
}

export interface Total {
  readonly value: number;
  /** The total's own qualifier: a sum of "more than" parts is itself "more than". */
  readonly qualifier: Qualifier;
  /** How many values were missing and left out of the sum. */
  readonly missing: number;
}

/**
 * The sum of the known values with an honest qualifier, or undefined when none exists: lower bounds
 * ("more than", "at least") and upper bounds ("less than", "almost") cannot be added together, and an
 * "about" makes the whole sum approximate.
 */
export function total(items: readonly SummaryItem[]): Total | undefined {
  let value = 0;
  let known = 0;
  let missing = 0;
  const seen = new Set<Qualifier>();
  for (const item of items) {
    if (item.value === null) {
      missing += 1;
      continue;
    }
    known += 1;
    value += item.value;
    seen.add(item.qualifier ?? 'exact');
  }
  if (known === 0) return undefined;
  seen.delete('exact');
  const lower = seen.has('more-than') || seen.has('at-least');
  const upper = seen.has('less-than') || seen.has('almost');
  if (lower && upper) return undefined;
  let qualifier: Qualifier = 'exact';
  if (seen.has('about')) qualifier = 'about';
  else if (lower) qualifier = seen.has('more-than') ? 'more-than' : 'at-least';
  else if (upper) qualifier = seen.has('less-than') ? 'less-than' : 'almost';
  // Rounding noise from floating-point sums (0.1 + 0.2) never reaches the reader.
  return { value: Math.round(value * 1e9) / 1e9, qualifier, missing };
}
