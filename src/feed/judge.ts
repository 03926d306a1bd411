/**
 * The full judgement of an input the fast check (well-formed.ts) did not accept: the zod schema, the
 * uniqueness scan, and the wording of every problem. Loaded only for such input (check.ts).
 */
import { FeedError } from './errors.js';
import { explainProblems } from './explain.js';
import { findDuplicates } from './inspect.js';
import { FeedSchema, type Feed } from './schema.js';

/** The feed zod makes of `input`, or the `schema` error that lists every problem. Never throws. */
export function judge(input: unknown): Feed | FeedError {
  const started = performance.now();
  try {
    const result = FeedSchema.safeParse(input);
    const duplicates = findDuplicates(input);
    if (result.success && duplicates.length === 0) return result.data;
    return explainProblems({ input, zodIssues: result.success ? [] : result.error.issues, duplicates });
  } catch (error) {
    // A hostile object (a getter that throws, a revoked proxy) is a schema error too, never an exception.
    return new FeedError('schema', `The feed could not be read: ${String(error)}.`);
  } finally {
    // Its own name: `inclusion:validate` counts validations (one per feed), and this one follows it.
    performance.measure('inclusion:judge', { start: started });
  }
}
