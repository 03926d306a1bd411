/**
 * Validation as the elements run it. The usual case, a valid feed, is answered at once by the fast check
 * (well-formed.ts) plus the uniqueness scan, without zod. Any other input is judged by the zod schema, which
 * is loaded on demand together with the sentences that word its problems (judge.ts, a chunk of its own):
 * a page whose feeds are valid never downloads either, which keeps a page of KPI tiles within its size budget
 * (docs/ARCHITECTURE.md, "Validation").
 */
import { FeedError } from './errors.js';
import { findDuplicates } from './inspect.js';
import type { Feed } from './schema.js';
import { wellFormedFeed } from './well-formed.js';

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
