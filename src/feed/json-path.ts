/** A problem's place in a feed, as its sentences write it. Loaded with them, only for an invalid feed (explain.ts). */

/** `['metrics', 0, 'value']` → `metrics[0].value` */
export function formatPath(segments: readonly (string | number)[]): string {
  return segments
    .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`))
    .join('');
}
