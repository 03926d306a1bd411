#!/usr/bin/env node
/**
 * `inclusion-widgets COMMAND …`: dispatches to the command's module (bin/commands.mjs lists them).
 * Installed from npm, the modules are the prebuilt dist/cli/NAME.js. In a clone (src/ is present), the
 * command is built from src/cli/NAME.ts on the spot (scripts/build-cli.mjs, esbuild from the dev
 * dependencies), so `npx inclusion-widgets …` works right after `npm ci` and always runs the current source.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { COMMANDS } from './commands.mjs';

const root = new URL('..', import.meta.url);
const io = {
  out: (line) => process.stdout.write(`${line}\n`),
  error: (line) => process.stderr.write(`${line}\n`),
};

async function loadCommand(name) {
  const source = new URL(`src/cli/${name}.ts`, root);
  const built = new URL(`dist/cli/${name}.js`, root);
  if (existsSync(source)) {
    try {
      const { buildCli } = await import(new URL('scripts/build-cli.mjs', root).href);
      const cache = fileURLToPath(new URL('node_modules/.cache/inclusion-widgets/cli', root));
      const files = await buildCli(cache, [name]);
      return await import(pathToFileURL(files[name]).href);
    } catch (error) {
      if (!existsSync(built)) {
        throw new Error(
          `cannot build the "${name}" command from src/ (${firstLine(error)}): run npm ci, or npm run build`,
          { cause: error },
        );
      }
    }
  }
  if (!existsSync(built)) throw new Error(`dist/cli/${name}.js is missing: run npm run build`);
  return import(built.href);
}

const firstLine = (error) => String(error instanceof Error ? error.message : error).split('\n')[0];

function printUsage(write) {
  write('usage: inclusion-widgets COMMAND …');
  write(`commands: ${COMMANDS.join(', ')}  (inclusion-widgets COMMAND --help for one)`);
}

async function main(args) {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    printUsage(io.out);
    return name === undefined ? 2 : 0;
  }
  if (!COMMANDS.includes(name)) {
    io.error(`inclusion-widgets: unknown command "${name}"`);
    printUsage(io.error);
    return 2;
  }
  const command = await loadCommand(name);
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`usage: inclusion-widgets ${command.usage}`);
    return 0;
  }
  return command.run(rest, io);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // A failure of the tool itself is one line too; INCLUSION_WIDGETS_DEBUG=1 shows where it came from.
  io.error(`inclusion-widgets: ${firstLine(error)}`);
  if (process.env.INCLUSION_WIDGETS_DEBUG) io.error(String(error?.stack ?? error));
  process.exitCode = 1;
}
