/**
 * Builds the command-line tool's modules (src/cli/NAME.ts → one ES module per command) with esbuild.
 * `npm run build` writes them to dist/cli/ for the package; in a clone, bin/inclusion-widgets.mjs builds
 * the one it runs into node_modules/.cache/, so the tool always runs the source as it is, with no build step.
 * Packages stay imports (they are the package's dependencies), so each file holds only our own code.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { COMMANDS } from '../bin/commands.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The commands built here; the others come from the server build (vite.config.ts). */
const FROM_SOURCE = Object.keys(COMMANDS).filter((name) => COMMANDS[name].fromSource);

/** Bundles the commands into `outdir` (absolute); resolves to the written files, by command. */
export async function buildCli(outdir, commands = FROM_SOURCE) {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: Object.fromEntries(commands.map((name) => [name, join(root, 'src/cli', `${name}.ts`)])),
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
  });
  await mkdir(outdir, { recursive: true });
  // Written beside the target and renamed, so two commands started at once never read half a file.
  await Promise.all(
    result.outputFiles.map(async (file) => {
      const partial = `${file.path}.${process.pid}.partial`;
      await writeFile(partial, file.contents);
      await rename(partial, file.path);
    }),
  );
  return Object.fromEntries(commands.map((name) => [name, join(outdir, `${name}.js`)]));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const written = await buildCli(join(root, 'dist/cli'));
  console.log(`dist/cli: ${Object.keys(written).join(', ')}`);
}
