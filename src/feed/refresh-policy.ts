/**
 * When a page that polls a feed asks again. Pure arithmetic over an interval, a count of failures and a
 * random source, so that the browser and the node simulation of thousands of readers share it exactly.
 *
 * The rules, and why: a first refresh at a random moment within the interval (readers who opened the page
 * together do not poll together); the plain interval while the server answers; after a failure, exponential
 * backoff with full jitter (a random wait between zero and a ceiling of two intervals that doubles per failure,
 * up to ten), so that readers who failed together spread out instead of returning together, and an outage
 * never brings more requests than the plain interval did (the first wait is one interval on average); and a server's
 * `Retry-After` as a floor, with up to one interval of jitter above it, so that an HTTP date does not bring
 * every reader back in the same second.
 */

/** Backoff never waits longer than this many intervals (plus a server's `Retry-After`). */
export const BACKOFF_CAP_INTERVALS = 10;
/** No retry sooner than this, whatever the dice say. */
export const MIN_DELAY_MS = 1000;

/** A number in [0, 1), like `Math.random`. */
export type Random = () => number;

/** The wait before a page's first refresh: a random moment within the interval. */
export function firstDelay(intervalMs: number, random: Random): number {
  return Math.max(MIN_DELAY_MS, random() * intervalMs);
}

/** The largest backoff wait after `failures` failures in a row (1 → two intervals, doubling, capped). */
export function backoffCeiling(intervalMs: number, failures: number): number {
  const doublings = Math.min(Math.max(failures, 0), 30);
  return Math.min(intervalMs * BACKOFF_CAP_INTERVALS, intervalMs * 2 ** doublings);
}

/**
 * The wait before the next refresh, given how many refreshes in a row have failed (0 after a success) and,
 * for the last failure, how long the server asked the client to wait (`retryAfterMs`, from `Retry-After`).
 */
export function nextDelay(intervalMs: number, failures: number, random: Random, retryAfterMs?: number): number {
  if (failures <= 0) return intervalMs;
  if (retryAfterMs !== undefined && retryAfterMs >= 0) {
    return Math.max(MIN_DELAY_MS, retryAfterMs + random() * Math.min(intervalMs, backoffCeiling(intervalMs, failures)));
  }
  return Math.max(MIN_DELAY_MS, random() * backoffCeiling(intervalMs, failures));
}
