/**
 * The hot path of validation: zod's verdict and the uniqueness scan, with no wording. A valid feed (the
 * usual case) never loads the sentences that describe problems; an invalid one loads them on demand
 * (explain.ts, a chunk of its own), so every page downloads ~2 KB less.
 */
import type { z } from './zod.js';
import { FeedError } from './errors.js';
import { FeedSchema, feedSchemaForCheckedSeries, type Feed } from './schema.js';
import { seriesAreWellFormed } from './series-point.js';

export type Segment = string | number;

/** An id or key used twice; checked on the raw input so it is reported alongside every other problem. */
export interface Duplicate {
  readonly segments: readonly Segment[];
  readonly value: string;
}

export type Verdict =
  | { readonly ok: true; readonly feed: Feed }
  | { readonly ok: false; readonly input: unknown; readonly zodIssues: readonly z.core.$ZodIssue[]; readonly duplicates: readonly Duplicate[] };

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

function findDuplicates(input: unknown): Duplicate[] {
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

/** The fast path's series still hold the input's point objects: copy them, as zod copies what it parses. */
function copySeriesPoints(feed: Feed): Feed {
  for (const metric of feed.metrics) if (metric.series) metric.series = metric.series.map((point) => ({ ...point }));
  return feed;
}

/** Is `input` a feed? Never throws for data; says what is wrong only as raw findings (see explain.ts). */
export function checkFeed(input: unknown): Verdict {
  const started = performance.now();
  try {
    if (typeOf(input) !== 'object') return { ok: false, input, zodIssues: [], duplicates: [] };
    // Long series take the fast path when every point is well formed (series-point.ts).
    const fastSeries = seriesAreWellFormed(input);
    const result = (fastSeries ? feedSchemaForCheckedSeries() : FeedSchema).safeParse(input);
    const duplicates = findDuplicates(input);
    if (result.success && duplicates.length === 0) return { ok: true, feed: fastSeries ? copySeriesPoints(result.data) : result.data };
    return { ok: false, input, zodIssues: result.success ? [] : result.error.issues, duplicates };
  } finally {
    // Visible in the Performance panel and counted by the benchmarks (one validation per feed).
    performance.measure('inclusion:validate', { start: started });
  }
}

/** The `schema` error for an invalid verdict, once the wording has loaded. */
export function explainLater(verdict: Verdict & { ok: false }): Promise<FeedError> {
  return import('./explain.js').then(
    ({ explainProblems }) => explainProblems(verdict),
    // The chunk could not be fetched (offline, a broken deploy): still a schema error, without the list.
    () => new FeedError('schema', 'The feed does not match the feed schema.'),
  );
}

/**
 * Resolves to the feed, or rejects with a `schema` FeedError that lists every problem with its JSON path
 * (in English in `message` and `issues[].message`). The public way to check a feed from script.
 */
export async function validateFeed(input: unknown): Promise<Feed> {
  const verdict = checkFeed(input);
  if (verdict.ok) return verdict.feed;
  throw await explainLater(verdict);
}
