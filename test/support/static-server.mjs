/**
 * What every node-side browser check needs (the CSP, table, chart, leak and Storybook checks, `npm run
 * size` and the benchmarks): a static file server on a free local port, and Debian's Chromium.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

/** The repository root, which the servers serve by default. */
export const repositoryRoot = normalize(join(import.meta.dirname, '..', '..'));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/**
 * Serves `root` on 127.0.0.1 and resolves to the listening server.
 * - `headers`: added to every answer (e.g. a Content-Security-Policy);
 * - `pages`: URL path → HTML served from memory (test pages written in the script);
 * - `intercept(path, res)`: return true when it answered (or chose never to answer) itself;
 * - `index`: the file served for a path ending in `/`;
 * - `mounts`: URL prefix (e.g. `/dist/`) → another folder served under it.
 * Paths that escape their folder are refused.
 */
export function serveStatic({ root = repositoryRoot, headers = {}, pages = {}, intercept, index, mounts = {} } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (intercept?.(path, res)) return;
    if (Object.hasOwn(pages, path))
      return res.writeHead(200, { 'Content-Type': TYPES['.html'], ...headers }).end(pages[path]);
    const prefix = Object.keys(mounts).find((mount) => path.startsWith(mount));
    const folder = prefix === undefined ? root : mounts[prefix];
    const inFolder = prefix === undefined ? path : `/${path.slice(prefix.length)}`;
    const file = normalize(join(folder, index && inFolder.endsWith('/') ? `${inFolder}${index}` : inFolder));
    if (!file.startsWith(folder)) return res.writeHead(403, headers).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers }).end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain', ...headers }).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** `http://127.0.0.1:<port><path>` for a server from serveStatic. */
export function urlOf(server, path = '/') {
  return `http://127.0.0.1:${server.address().port}${path}`;
}

/** Debian's Chromium (or CHROME_PATH), headless, with the flags that work on these machines. */
export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--headless=new',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}
