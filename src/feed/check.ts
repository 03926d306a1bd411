/**
 * Validation as the elements run it. The usual case, a valid feed, is answered at once by the fast check
 * (well-formed.ts) plus the uniqueness scan, without zod. Any other input is judged by the zod schema, which
 * is loaded on demand together with the sentences that word its problems (judge.ts, a chunk of its own):
 * a page whose feeds are valid never downloads either (issue 6).
 */
import { FeedError } from './errors.js';
import type { Feed } from './schema.js';
import { wellFormedFeed } from './well-formed.js';

export type Segment = string | number;

/** An id or key used twice; checked on the raw input so it is reported alongside every other problem. */
export interface Duplicate {
  readonly segments: readonly Segment[];
  readonly value: string;
}

export function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
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

/** Metric ids, and the keys within each breakdown, must be unique (zod cannot say this alongside its other findings). */
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
  if (Array.isArray(metrics)) metrics.forEach((_, i) => scan(valueAt(metrics, [i, 'breakdown']), ['metrics', i, 'breakdown'], 'key'));
  return found;
}

/** A copy of `input` if it is a valid feed and the fast check can tell at once; else `undefined` (see judgeLater). */
export function checkFeed(input: unknown): Feed | undefined {
  const started = performance.now();
  try {
    const feed = wellFormedFeed(input);
    return feed !== undefined && findDuplicates(feed).length === 0 ? feed : undefined;
  } finally {
    // Visible in the Performance panel and counted by the benchmarks (one validation per feed).
    performance.measure('inclusion:validate', { start: started });
  }
}

/**
 * zod's verdict on an input the fast check did not accept: the feed (zod may accept what the fast check
 * refuses, such as an object with a class prototype), or the `schema` error that lists every problem.
 */
export function judgeLater(input: unknown): Promise<Feed | FeedError> {
  return import('./judge.js').then(
    ({ judge }) => judge(input),
    // The chunk could not be fetched (offline, a broken deploy). On JSON input the fast check and zod agree
    // (test/feed/well-formed.test.ts), so this is still a schema error, only without the list.
    () => new FeedError('schema', 'The feed does not match the feed schema.'),
  );
}

/**
 * Resolves to the feed, or rejects with a `schema` FeedError that lists every problem with its JSON path
 * (in English in `message` and `issues[].message`). The public way to check a feed from script.
 */
export async function validateFeed(input: unknown): Promise<Feed> {
  const outcome = checkFeed(input) ?? (await judgeLater(input));
  if (outcome instanceof FeedError) throw outcome;
  return outcome;
}
