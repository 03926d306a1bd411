/**
 * A refresh asks only for a version of the feed newer than the page's (fetch-feed.ts): loaded by the first
 * refresh, so a page that never refreshes never downloads it.
 */
import { validatorsOf, type Revalidation, type Validators } from './fetch-feed.js';

function sameVersion(a: Validators, b: Validators): boolean {
  return (
    (a.etag !== undefined && a.etag === b.etag) ||
    (a.etag === undefined && a.lastModified !== undefined && a.lastModified === b.lastModified)
  );
}

/**
 * Asking for a newer version than `previous`. Same-origin requests carry `If-None-Match` / `If-Modified-Since`
 * themselves and see the server's 304. Cross-origin ones leave that to the browser's HTTP cache (`no-cache`:
 * revalidate every time): those headers would need a CORS preflight that most feed servers do not allow, and the
 * browser hands back its cached copy, recognised by its validators.
 */
export function revalidation(previous: Validators): Revalidation {
  return {
    validators: previous,
    conditional(url, headers) {
      if (typeof location === 'undefined' || url.origin !== location.origin) return 'no-cache';
      if (previous.etag) headers.set('If-None-Match', previous.etag);
      if (previous.lastModified) headers.set('If-Modified-Since', previous.lastModified);
      return 'no-store';
    },
    isCurrent: (response) => response.status === 304 || (response.ok && sameVersion(validatorsOf(response), previous)),
  };
}
