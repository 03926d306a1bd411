#!/usr/bin/env node
/**
 * `inclusion-widgets COMMAND …`: dispatches to the command's module (bin/commands.mjs lists them).
 * Installed from npm, the modules are the prebuilt dist/cli/NAME.js. In a clone (src/ is present), a command
 * marked `fromSource` is built from src/cli/NAME.ts on the spot (scripts/build-cli.mjs, esbuild from the dev
 * dependencies), so `npx inclusion-widgets validate …` works right after `npm ci` and runs the current source.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { COMMANDS } from './commands.mjs';

// A reader that stops early (`validate … | head`) closes the pipe: the rest of the output goes nowhere, quietly,
// and the command still ends with its own exit code.
process.stdout.on('error', (reason) => {
  if (reason.code !== 'EPIPE' && reason.code !== 'ERR_STREAM_DESTROYED') throw reason;
});

const root = new URL('..', import.meta.url);
const out = (line) => process.stdout.write(`${line}\n`);
const error = (line) => process.stderr.write(`${line}\n`);

async function loadCommand(name) {
  const source = new URL(`src/cli/${name}.ts`, root);
  const built = new URL(`dist/cli/${name}.js`, root);
  if (COMMANDS[name].fromSource && existsSync(source)) {
    try {
      const { buildCli } = await import(new URL('scripts/build-cli.mjs', root).href);
      const cache = fileURLToPath(new URL('node_modules/.cache/inclusion-widgets/cli', root));
      const files = await buildCli(cache, [name]);
      return await import(pathToFileURL(files[name]).href);
    } catch (reason) {
      if (!existsSync(built)) {
        throw new Error(
          `cannot build the "${name}" command from src/ (${firstLine(reason)}): run npm ci, or npm run build`,
          { cause: reason },
        );
      }
    }
  }
  if (!existsSync(built)) throw new Error(`dist/cli/${name}.js is missing: run npm run build`);
  return import(built.href);
}

const firstLine = (reason) => String(reason instanceof Error ? reason.message : reason).split('\n')[0];

function printUsage(write) {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  write('Usage: inclusion-widgets COMMAND [ARGUMENTS]   (inclusion-widgets COMMAND --help for one)');
  write('Commands:');
  for (const [name, { summary }] of Object.entries(COMMANDS)) write(`  ${name.padEnd(width)}  ${summary}`);
}

async function main(args) {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    printUsage(name === undefined ? error : out);
    return name === undefined ? 2 : 0;
  }
  if (!Object.hasOwn(COMMANDS, name)) {
    error(`inclusion-widgets: unknown command "${name}"`);
    printUsage(error);
    return 2;
  }
  const command = await loadCommand(name);
  if (rest.includes('--help') || rest.includes('-h')) {
    out(command.usage);
    return 0;
  }
  return command.run(rest);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (reason) {
  // A failure of the tool itself is one line too; INCLUSION_WIDGETS_DEBUG=1 shows where it came from.
  error(`inclusion-widgets: ${firstLine(reason)}`);
  if (process.env.INCLUSION_WIDGETS_DEBUG) error(String(reason?.stack ?? reason));
  process.exitCode = 1;
}
