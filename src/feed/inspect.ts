/**
 * Reading untrusted input safely, for every validation step: a value along a path, and the scan for ids and
 * keys used twice. A leaf module: the fast check (check.ts), the zod judgement (judge.ts) and the wording of
 * problems (explain.ts) all use it, and it uses none of them, so the lazily loaded judging chunk and the main
 * bundle share it without an import cycle.
 */

/** One step of a JSON path: a field name or a list index. */
export type Segment = string | number;

/** An id or key used twice; checked on the raw input so it is reported alongside every other problem. */
export interface Duplicate {
  readonly segments: readonly Segment[];
  readonly value: string;
}

/** Reads a value along a path without touching prototypes (paths come from the untrusted input). */
export function valueAt(root: unknown, segments: readonly Segment[]): unknown {
  let current = root;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<Segment, unknown>)[segment];
  }
  return current;
}

/**
 * Metric ids, and the keys within each breakdown, must be unique (zod cannot say this alongside its other
 * findings).
 */
export function findDuplicates(input: unknown): Duplicate[] {
  const found: Duplicate[] = [];
  const scan = (list: unknown, listPath: Segment[], field: string): void => {
    if (!Array.isArray(list)) return;
    const seen = new Set<unknown>();
    list.forEach((item: unknown, index) => {
      const value = valueAt(item, [field]);
      if (typeof value !== 'string') return;
      if (seen.has(value)) found.push({ segments: [...listPath, index, field], value });
      seen.add(value);
    });
  };
  const metrics = valueAt(input, ['metrics']);
  scan(metrics, ['metrics'], 'id');
  if (Array.isArray(metrics)) {
    metrics.forEach((_, i) => scan(valueAt(metrics, [i, 'breakdown']), ['metrics', i, 'breakdown'], 'key'));
  }
  return found;
}
