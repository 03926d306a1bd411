/**
 * What the embedder checks share (the strict-CSP page, and the chart and the table as an embedder gets
 * them): the strictest policy an embedder would set, and the shipped build in dist/ that they load, so they
 * test what embedders get rather than a build of their own. `npm test` builds dist/ before it runs them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pageSession } from './page-session.mjs';
import { repositoryRoot } from './static-server.mjs';

export const STRICT_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

export const distFolder = join(repositoryRoot, 'dist');

/** What a check's server mounts beside its own pages: the build under /dist/, the probe under /test/csp/. */
export const EMBEDDER_MOUNTS = { '/dist/': distFolder, '/test/csp/': join(repositoryRoot, 'test', 'csp') };

/**
 * The tag that records every CSP violation and page error in `window.__violations` and `window.__errors`;
 * first in <head>, and from a file, since the policy allows no inline script.
 */
export const VIOLATION_PROBE = '<script src="/test/csp/csp-probe.js"></script>';

/** The path of a built file in dist/; throws, saying what to run, when the build is missing. */
export function builtFile(name) {
  const path = join(distFolder, name);
  if (!existsSync(path)) throw new Error(`dist/${name} is missing: run \`npm run build\` first`);
  return path;
}

/**
 * The page session of an embedder check (test/support/page-session.mjs): its pages, written from `files`, are
 * served under the strict policy beside the build, whose `entry` must exist.
 */
export function embedderSession({ name, entry, files, screenshots }) {
  return pageSession({
    name,
    files,
    prepare: () => builtFile(entry),
    serve: { mounts: EMBEDDER_MOUNTS, headers: { 'Content-Security-Policy': STRICT_POLICY } },
    screenshots,
  });
}
