/**
 * The frame of a Node check that drives pages in Chromium: a temporary folder for the pages it writes or
 * builds, a static server, Debian's Chromium and a screenshot folder, set up before the file's first test
 * and taken down after its last; and the wait that works under a strict CSP.
 */
import { after, before } from 'node:test';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, serveStatic, urlOf } from './static-server.mjs';

/**
 * Registers the before and after hooks; returns the session, whose `folder`, `server` and `browser` are
 * there once the first test runs.
 * - `name`: when given, a temporary folder `inclusion-<name>-…` is made, filled with `files` (name → text)
 *   and by `prepare(folder)`, and served; without it only `serve.pages` and the repository are served;
 * - `serve`: the static server's options (test/support/static-server.mjs);
 * - `screenshots`: a folder to create for screenshots (usually from an environment variable), if any.
 */
export function pageSession({ name, files = {}, prepare, serve = {}, screenshots } = {}) {
  const session = {
    folder: undefined,
    server: undefined,
    browser: undefined,
    /** The address of `path` on the session's server. */
    url: (path) => urlOf(session.server, path),
  };
  before(async () => {
    if (name) session.folder = await mkdtemp(join(tmpdir(), `inclusion-${name}-`));
    for (const [file, text] of Object.entries(files)) await writeFile(join(session.folder, file), text);
    await prepare?.(session.folder);
    session.server = await serveStatic({ ...(session.folder ? { root: session.folder } : {}), ...serve });
    session.browser = await launchChromium();
    if (screenshots) await mkdir(screenshots, { recursive: true });
  });
  after(async () => {
    await session.browser?.close();
    session.server?.close();
    if (session.folder) await rm(session.folder, { recursive: true, force: true });
  });
  return session;
}

/**
 * Polls `count(arg)` in the page until it reaches `expected` or `timeout` ms have passed. Through the
 * protocol, outside the page's CSP: waitForFunction evaluates code from a string, which a strict policy blocks.
 */
export async function waitForCount(page, count, arg, expected, { timeout = 30_000, interval = 100 } = {}) {
  const started = Date.now();
  while ((await page.evaluate(count, arg)) < expected && Date.now() - started < timeout)
    await page.waitForTimeout(interval);
}
