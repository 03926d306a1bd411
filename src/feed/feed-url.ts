import { FeedError } from './errors.js';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Resolves a `src` attribute to an absolute http(s) URL, or refuses it with a `url` error.
 * `javascript:`, `data:`, `file:` and every other scheme are refused before any request is made.
 */
export function resolveFeedUrl(src: string, base: string = document.baseURI): URL {
  const trimmed = src.trim();
  if (trimmed === '') throw new FeedError('url', ['empty-address']);
  // Browsers ignore tabs and newlines inside a scheme ("java\tscript:"), so check the form they will read.
  const compact = trimmed.replace(/[\t\n\r]/g, '');
  if (SCHEME.test(compact) && !/^https?:/i.test(compact)) {
    throw new FeedError('url', ['scheme', src]);
  }
  let url: URL;
  try {
    url = new URL(compact, base);
  } catch {
    throw new FeedError('url', ['invalid-address', src]);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FeedError('url', ['protocol', src, url.protocol]);
  }
  return url;
}
