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
 * The power of ten of a figure's last significant digit, as its writer gave it: 55 000 → 3 (thousands),
 * 800 → 2, 1 120 → 1, 1,5 → -1; 0 → 0. A qualified figure ("около 55 000") is precise to that place only.
 */
export function lastDigitPlace(value: number): number {
  // "5.5e+4": the exponent, less the digits after the point.
  const [digits = '', exponent] = Math.abs(value).toExponential().split('e');
  return Number(exponent) - Math.max(0, digits.length - 2);
}

/**
 * The sum of the known values with a true qualifier, or undefined when none is known. Lower bounds ("more
 * than", "at least") add up to a lower bound, upper bounds ("less than", "almost") to an upper bound; an
 * "about", or lower and upper bounds together, make the sum approximate. A qualified sum is no more precise
 * than its least precise part: "около 55 000" and 812 make "около 56 000", never "около 55 812". It is
 * rounded to that part's last digit, down for a lower bound and up for an upper bound, so it stays true.
 */
export function total(items: readonly SummaryItem[]): Total | undefined {
  let value = 0;
  let missing = 0;
  // The place of the least precise qualified part's last digit (an exact part is exact to any place).
  let place = -Infinity;
  const seen = new Set<Qualifier>();
  for (const { value: part, qualifier = 'exact' } of items) {
    if (part === null) {
      missing += 1;
      continue;
    }
    value += part;
    seen.add(qualifier);
    if (qualifier !== 'exact') place = Math.max(place, lastDigitPlace(part));
  }
  if (seen.size === 0) return undefined;
  // The strictest bound of each kind that a part has: "more than" before "at least", "less than" before "almost".
  const lower = (['more-than', 'at-least'] as const).find((bound) => seen.has(bound));
  const upper = (['less-than', 'almost'] as const).find((bound) => seen.has(bound));
  const qualifier: Qualifier = seen.has('about') || (lower && upper) ? 'about' : (lower ?? upper ?? 'exact');
  // Rounding noise from floating-point sums (0.1 + 0.2, 7 tenths as 6.9999…) never reaches the reader.
  const clean = (x: number): number => Math.round(x * 1e9) / 1e9;
  value = clean(value);
  if (qualifier === 'exact') return { value, qualifier, missing };
  const round = qualifier === 'about' ? Math.round : lower ? Math.floor : Math.ceil;
  const rounded = clean(round(clean(value / 10 ** place)) * 10 ** place);
  // "Almost" says the sum is just under the figure: rounded up past it, the sum is only "less than" it.
  return { value: rounded, qualifier: qualifier === 'almost' && rounded !== value ? 'less-than' : qualifier, missing };
}
