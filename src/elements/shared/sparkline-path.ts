/**
 * A sparkline's SVG path in a 100×24 box. Hand-written because a KPI tile must not pull d3 for ten points.
 * Missing values break the line ("M" starts a new segment) rather than dropping to 0.
 */
export const SPARK_WIDTH = 100;
export const SPARK_HEIGHT = 24;

export function sparklinePath(values: readonly (number | null)[], pad = 2): string {
  const numbers = values.filter((v): v is number => v !== null);
  if (numbers.length === 0 || values.length < 2) return '';
  const min = Math.min(...numbers);
  const max = Math.max(...numbers);
  const span = max - min || 1;
  const x = (i: number): number => pad + (i / (values.length - 1)) * (SPARK_WIDTH - 2 * pad);
  const y = (v: number): number =>
    max === min ? SPARK_HEIGHT / 2 : pad + (1 - (v - min) / span) * (SPARK_HEIGHT - 2 * pad);
  let path = '';
  let drawing = false;
  values.forEach((v, i) => {
    if (v === null) {
      drawing = false;
      return;
    }
    path += `${drawing ? 'L' : 'M'}${x(i).toFixed(2)},${y(v).toFixed(2)}`;
    drawing = true;
  });
  return path;
}
