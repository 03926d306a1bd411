/**
 * A declarative shadow root carries its styles as `<style>` elements, which a Content-Security-Policy
 * without 'unsafe-inline' blocks unless it lists their hashes. These are the source expressions to add to
 * `style-src` for some server-rendered HTML: `style-src 'self' 'sha256-…' …`.
 */
import { createHash } from 'node:crypto';

/** Our own output: a `<style>` has no attributes, and no feed text ever reaches one. */
const STYLE = /<style>([\s\S]*?)<\/style>/g;

export function styleHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, css] of html.matchAll(STYLE))
    hashes.add(`'sha256-${createHash('sha256').update(css!).digest('base64')}'`);
  return [...hashes];
}
