/**
 * Synchronous validation, for tests and tools that want the answer at once and do not mind loading zod and
 * the wording with it. Elements use check.ts, which loads them only for a feed the fast check refuses.
 */
import { FeedError } from './errors.js';
import { checkFeed } from './check.js';
import { judge } from './judge.js';
import type { Feed } from './schema.js';

/** The feed, or throws a `schema` FeedError that lists every problem with its path. */
export function validateFeedSync(input: unknown): Feed {
  const outcome = checkFeed(input) ?? judge(input);
  if (outcome instanceof FeedError) throw outcome;
  return outcome;
}
