/** One request for one feed: fetch, check the answer, parse, validate. Every failure becomes a FeedError. */
import { FeedError } from './errors.js';
import type { Feed } from './schema.js';
import { validateFeed } from './check.js';

export const DEFAULT_TIMEOUT_MS = 15_000;

function looksLikeHtml(body: string, contentType: string): boolean {
  return /html/i.test(contentType) || /^\s*</.test(body);
}

export async function fetchFeed(url: URL, signal: AbortSignal, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Feed> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = AbortSignal.any([signal, timeout]);
  let response: Response;
  let body: string;
  try {
    // No cookies for other origins: a feed is public data.
    response = await fetch(url, { signal: combined, credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) {
      // Drain the body so the connection is released; its content (often an HTML page) is never shown.
      await response.body?.cancel().catch(() => undefined);
      throw new FeedError('http', `The feed server answered ${response.status} ${response.statusText} for ${url.href}.`, [], response.status);
    }
    body = await response.text();
  } catch (error) {
    if (error instanceof FeedError) throw error;
    if (signal.aborted) throw signal.reason;
    if (timeout.aborted) throw new FeedError('network', `The feed did not arrive within ${Math.round(timeoutMs / 1000)} s (${url.href}).`);
    throw new FeedError('network', `The feed could not be reached (${url.href}): ${error instanceof Error ? error.message : String(error)}.`);
  }
  if (body.trim() === '') throw new FeedError('parse', `The feed at ${url.href} is empty.`);
  const contentType = response.headers.get('content-type') ?? '';
  if (looksLikeHtml(body, contentType)) throw new FeedError('parse', `The feed at ${url.href} is an HTML page, not JSON.`);
  let data: unknown;
  const parseStarted = performance.now();
  try {
    data = JSON.parse(body);
  } catch (error) {
    throw new FeedError('parse', `The feed at ${url.href} is not valid JSON: ${error instanceof Error ? error.message : String(error)}.`);
  } finally {
    performance.measure('inclusion:parse', { start: parseStarted });
  }
  return validateFeed(data);
}
