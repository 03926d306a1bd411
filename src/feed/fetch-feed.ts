/** One request for one feed: fetch, check the answer, parse, validate. Every failure becomes a FeedError. */
import { FeedError } from './errors.js';
import type { Feed } from './schema.js';
import { validateFeed } from './check.js';

export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * The wait a server asked for with `Retry-After`, if its status is one that honours it. The reading is loaded
 * only on an HTTP error (retry-after.ts); if it cannot be, the refresh keeps its own backoff.
 */
async function retryAfter(response: Response): Promise<number | undefined> {
  const header = response.headers.get('retry-after');
  try {
    const { honoursRetryAfter, parseRetryAfter } = await import('./retry-after.js');
    return honoursRetryAfter(response.status) ? parseRetryAfter(header, Date.now()) : undefined;
  } catch {
    return undefined;
  }
}

function looksLikeHtml(body: string, contentType: string): boolean {
  return /html/i.test(contentType) || /^\s*</.test(body);
}

/** What identifies the version of a feed the page holds, to ask the server only for a newer one. */
export interface Validators {
  readonly etag?: string | undefined;
  readonly lastModified?: string | undefined;
}

/** A fetched feed and its validators; no `feed` when the server says the page's copy is still current. */
export interface Fetched {
  readonly feed?: Feed;
  readonly validators: Validators;
}

export function validatorsOf(response: Response): Validators {
  return {
    etag: response.headers.get('etag') ?? undefined,
    lastModified: response.headers.get('last-modified') ?? undefined,
  };
}

/** Asking only for a version newer than the page's: revalidation.ts, loaded by the first refresh. */
export interface Revalidation {
  /** The page's version, which the answer keeps when the server says it is current. */
  readonly validators: Validators;
  /** Makes the request conditional (its `headers`) and returns the cache mode it needs. */
  conditional(url: URL, headers: Headers): RequestCache;
  /** Whether `response` says the page's version is current. */
  isCurrent(response: Response): boolean;
}

function requestFor(url: URL, signal: AbortSignal, revalidation: Revalidation | undefined): RequestInit {
  const headers = new Headers({ Accept: 'application/json' });
  const cache = revalidation?.conditional(url, headers) ?? 'default';
  // No cookies for other origins: a feed is public data.
  return { signal, credentials: 'same-origin', headers, cache };
}

/** Fetches a feed; with a `revalidation`, a copy the server says is current comes back without `feed`. */
export async function fetchFeed(
  url: URL,
  signal: AbortSignal,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  revalidation?: Revalidation,
): Promise<Fetched> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = AbortSignal.any([signal, timeout]);
  let response: Response;
  let body: string;
  try {
    response = await fetch(url, requestFor(url, combined, revalidation));
    // Not modified: no body to read, parse or validate; the page keeps what it has.
    if (revalidation?.isCurrent(response)) {
      await response.body?.cancel().catch(() => undefined);
      return { validators: revalidation.validators };
    }
    if (!response.ok) {
      // Drain the body so the connection is released; its content (often an HTML page) is never shown.
      await response.body?.cancel().catch(() => undefined);
      const retryAfterMs = await retryAfter(response);
      throw new FeedError(
        'http',
        ['http', response.status, response.statusText, url.href],
        [],
        response.status,
        retryAfterMs,
      );
    }
    body = await response.text();
  } catch (error) {
    if (error instanceof FeedError) throw error;
    if (signal.aborted) throw signal.reason;
    if (timeout.aborted) throw new FeedError('network', ['timeout', Math.round(timeoutMs / 1000), url.href]);
    throw new FeedError('network', ['unreachable', url.href, error instanceof Error ? error.message : String(error)]);
  }
  if (body.trim() === '') throw new FeedError('parse', ['empty', url.href]);
  const contentType = response.headers.get('content-type') ?? '';
  if (looksLikeHtml(body, contentType)) throw new FeedError('parse', ['html', url.href]);
  let data: unknown;
  const parseStarted = performance.now();
  try {
    data = JSON.parse(body);
  } catch (error) {
    throw new FeedError('parse', ['json', url.href, error instanceof Error ? error.message : String(error)]);
  } finally {
    performance.measure('inclusion:parse', { start: parseStarted });
  }
  return { feed: await validateFeed(data), validators: validatorsOf(response) };
}
