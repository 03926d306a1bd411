/**
 * The page-wide feed cache: one request, one parse and one validation per URL however many elements
 * show it. A request is shared by everyone who asked while it was in flight; it is aborted only when
 * every one of them has gone (or changed its `src`), so a late answer can never reach a stale element.
 * A refresh asks only for a newer version (fetch-feed.ts): when there is none, every element gets the very
 * same feed object back, so nothing is parsed, validated or drawn again.
 */
import { FeedError } from './errors.js';
import { DEFAULT_TIMEOUT_MS, fetchFeed, type Revalidation, type Validators } from './fetch-feed.js';
import type { Feed } from './schema.js';
import { checkFeed, judgeLater } from './check.js';

interface Entry {
  readonly promise: Promise<Feed>;
  readonly controller: AbortController;
  subscribers: number;
  /** Set when the request settled successfully; failures are not kept, so the next asker retries. */
  loadedAt?: number;
  feed?: Feed;
  validators?: Validators;
}

const entries = new Map<string, Entry>();
const validated = new WeakMap<object, Feed | Promise<Feed | FeedError>>();

export interface LoadOptions {
  readonly signal: AbortSignal;
  /** A cached answer older than this is fetched again (refresh). Default: keep for the page's lifetime. */
  readonly maxAgeMs?: number;
  readonly timeoutMs?: number;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('Aborted', 'AbortError');
}

/** Asking only for a newer version than `previous`, with its code; if that cannot be loaded, asking for any. */
function revalidate(previous: Validators): Promise<Revalidation | undefined> {
  return import('./revalidation.js').then(
    ({ revalidation }) => revalidation(previous),
    () => undefined,
  );
}

/** Starts a request for `href`; with the entry it replaces, a conditional one that may keep that entry's feed. */
function start(href: string, timeoutMs: number, previous?: Entry): Entry {
  const controller = new AbortController();
  const kept =
    previous?.feed !== undefined && previous.validators
      ? { feed: previous.feed, validators: previous.validators }
      : undefined;
  const url = new URL(href);
  const fetched = kept
    ? revalidate(kept.validators).then((revalidation) => fetchFeed(url, controller.signal, timeoutMs, revalidation))
    : fetchFeed(url, controller.signal, timeoutMs);
  const entry: Entry = { controller, subscribers: 0, promise: fetched.then(({ feed }) => feed ?? kept!.feed) };
  fetched.then(
    ({ validators }) => {
      if (validators.etag || validators.lastModified) entry.validators = validators;
    },
    () => undefined,
  );
  entry.promise.then(
    (feed) => {
      entry.loadedAt = performance.now();
      entry.feed = feed;
      // A validated feed handed on (a dashboard to its children) is not validated again.
      validated.set(feed, feed);
    },
    () => {
      if (entries.get(href) !== entry) return;
      // A failed refresh keeps the last good answer (and its validators) for the next attempt to build on.
      if (previous?.loadedAt !== undefined) entries.set(href, previous);
      else entries.delete(href);
    },
  );
  entries.set(href, entry);
  return entry;
}

export function loadFeed(
  url: URL,
  { signal, maxAgeMs = Infinity, timeoutMs = DEFAULT_TIMEOUT_MS }: LoadOptions,
): Promise<Feed> {
  if (signal.aborted) return Promise.reject(abortError(signal));
  const href = url.href;
  const cached = entries.get(href);
  const outdated = cached?.loadedAt !== undefined && performance.now() - cached.loadedAt > maxAgeMs;
  const shared = cached && !outdated ? cached : start(href, timeoutMs, cached);
  shared.subscribers += 1;
  return new Promise<Feed>((resolve, reject) => {
    const leave = (): void => {
      shared.subscribers -= 1;
      if (shared.subscribers === 0 && shared.loadedAt === undefined && entries.get(href) === shared) {
        entries.delete(href);
        shared.controller.abort();
      }
      reject(abortError(signal));
    };
    signal.addEventListener('abort', leave, { once: true });
    shared.promise.then(
      (feed) => {
        signal.removeEventListener('abort', leave);
        if (!signal.aborted) resolve(feed);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', leave);
        if (!signal.aborted) reject(error);
      },
    );
  });
}

/**
 * Validates a feed given as an object (the `feed` property, inline JSON) once per object. A valid feed is
 * answered at once, so it renders without a loading state; any other input is answered once zod has judged
 * it (check.ts): with the error that explains it, or with the feed if zod accepts what the fast check did not.
 */
export function validateOnce(input: unknown): Feed | Promise<Feed | FeedError> {
  const cacheable = input !== null && typeof input === 'object';
  const known = cacheable ? validated.get(input) : undefined;
  if (known !== undefined) return known;
  // A validated feed handed on (a dashboard to its children) is recognised and not validated again.
  const remember = <T extends Feed | FeedError>(answer: T): T => {
    if (!(answer instanceof FeedError)) validated.set(answer, answer);
    return answer;
  };
  const feed = checkFeed(input);
  const outcome = feed !== undefined ? remember(feed) : judgeLater(input).then(remember);
  if (cacheable) validated.set(input, outcome);
  return outcome;
}

/** For tests: forget every cached answer. */
export function clearFeedCache(): void {
  for (const entry of entries.values()) if (entry.loadedAt === undefined) entry.controller.abort();
  entries.clear();
}
