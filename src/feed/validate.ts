/**
 * Synchronous validation, for tests and tools that want the answer at once and do not mind loading the
 * wording with it. Elements use check.ts, which loads the wording only for an invalid feed.
 */
import { checkFeed } from './check.js';
import { explainProblems } from './explain.js';
import type { Feed } from './schema.js';

/** The feed, or throws a `schema` FeedError that lists every problem with its path. */
export function validateFeedSync(input: unknown): Feed {
  const verdict = checkFeed(input);
  if (verdict.ok) return verdict.feed;
  throw explainProblems(verdict);
}
