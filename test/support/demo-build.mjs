/** The demo as a publisher deploys it: the production build of demo/ (vite.demo.config.ts) into `folder`. */
import { join } from 'node:path';
import { build } from 'vite';
import { repositoryRoot } from './static-server.mjs';

export async function buildDemo(folder) {
  await build({
    configFile: join(repositoryRoot, 'vite.demo.config.ts'),
    logLevel: 'silent',
    build: { outDir: folder, emptyOutDir: true },
  });
}
