/**
 * What the embedder checks share (the strict-CSP page, and the table as an embedder gets it): the strictest
 * policy an embedder would set, and the shipped build in dist/ that they load, so they test what embedders
 * get rather than a build of their own. `npm test` builds dist/ before it runs them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryRoot } from './static-server.mjs';

export const STRICT_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

export const distFolder = join(repositoryRoot, 'dist');

/** The path of a built file in dist/; throws, saying what to run, when the build is missing. */
export function builtFile(name) {
  const path = join(distFolder, name);
  if (!existsSync(path)) throw new Error(`dist/${name} is missing: run \`npm run build\` first`);
  return path;
}
