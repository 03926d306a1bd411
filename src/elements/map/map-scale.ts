/**
 * The map's colour classes: up to five quantized classes with round thresholds (d3-array's `ticks`),
 * so the legend reads "100–200", not "97,3–194,6". Missing values have no class: they are "no data".
 */
import { ticks } from 'd3-array';

export const CLASS_COUNT = 5;

export interface MapScale {
  /** Upper bounds between classes, ascending; class i holds values < thresholds[i]. */
  readonly thresholds: readonly number[];
  readonly classes: number;
  classOf(value: number | null): number | undefined;
}

export function mapScale(values: readonly (number | null)[]): MapScale {
  const present = values.filter((v): v is number => v !== null);
  const min = Math.min(...present);
  const max = Math.max(...present);
  // Interior thresholds only: the outer classes are open ("до 100", "от 400").
  const thresholds =
    present.length < 2 || min === max
      ? []
      : ticks(min, max, CLASS_COUNT - 1)
          .filter((t) => t > min && t <= max)
          .slice(0, CLASS_COUNT - 1);
  return {
    thresholds,
    classes: thresholds.length + 1,
    classOf(value) {
      if (value === null) return undefined;
      const index = thresholds.findIndex((threshold) => value < threshold);
      return index === -1 ? thresholds.length : index;
    },
  };
}
