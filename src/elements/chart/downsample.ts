/**
 * Fewer points to draw than a long series has, without changing its shape (F in reliability.md): when
 * there are more points than pixels, each pixel column keeps its first, lowest, highest and last point
 * (M4 aggregation), so peaks and dips stay visible. A column that holds a missing value keeps the gap.
 * Only the drawn path is thinned: the table, the summary and the keyboard keep every value.
 */
export interface Sample {
  /** Index into the full series. */
  readonly index: number;
  readonly value: number | null;
}

export function downsample(values: readonly (number | null)[], buckets: number): Sample[] {
  const n = values.length;
  const all = (): Sample[] => values.map((value, index) => ({ index, value }));
  if (buckets <= 0 || n <= buckets * 4) return all();
  const out: Sample[] = [];
  const size = n / buckets;
  for (let b = 0; b < buckets; b += 1) {
    const start = Math.floor(b * size);
    const end = Math.min(n, Math.floor((b + 1) * size));
    let first = -1;
    let last = -1;
    let min = -1;
    let max = -1;
    let gap = -1;
    for (let i = start; i < end; i += 1) {
      const value = values[i]!;
      if (value === null) {
        if (gap < 0) gap = i;
        continue;
      }
      if (first < 0) first = i;
      last = i;
      if (min < 0 || value < values[min]!) min = i;
      if (max < 0 || value > values[max]!) max = i;
    }
    const picked = new Set<number>([first, min, max, last].filter((i) => i >= 0));
    if (gap >= 0) picked.add(gap);
    for (const index of [...picked].sort((a, b) => a - b)) out.push({ index, value: values[index]! });
  }
  return out;
}
