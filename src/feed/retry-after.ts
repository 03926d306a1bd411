/**
 * A server's `Retry-After`, as the feed fetch reads it: which statuses it is honoured on, and the wait it asks
 * for. Apart from the refresh policy (refresh-policy.ts), which takes the wait as a floor, because any fetch
 * may read it while only elements with `refresh` load the policy; the fetch loads it on an HTTP error only.
 */

/** Statuses whose `Retry-After` is honoured: the server is asking clients to slow down or come back later. */
export function honoursRetryAfter(status: number): boolean {
  return status === 429 || status === 503;
}

/**
 * `Retry-After` in milliseconds from `nowMs`: either delay-seconds (`120`) or an HTTP date
 * (`Wed, 21 Oct 2015 07:28:00 GMT`). Anything else, or no header: undefined. A date in the past: 0.
 */
export function parseRetryAfter(header: string | null | undefined, nowMs: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // HTTP dates name the weekday and the month in letters; a bare number or other text is not one.
  if (!/^[A-Za-z]{3},? /.test(value)) return undefined;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - nowMs) : undefined;
}
