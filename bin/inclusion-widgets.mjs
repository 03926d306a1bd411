#!/usr/bin/env node
/**
 * The command line: `inclusion-widgets COMMAND ...`. Each command is a module built from src/cli/ into
 * dist/cli/ (`npm run build`) that exports `run(args)`, resolving to the exit code.
 */
const COMMANDS = {
  render: { module: '../dist/cli/render.js', summary: 'print an element server-rendered from a feed file' },
};

function help() {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, { summary }]) => `  ${name.padEnd(width)}  ${summary}`);
  return `Usage: inclusion-widgets COMMAND [ARGUMENTS]\n\nCommands:\n${lines.join('\n')}\n`;
}

const [name, ...args] = process.argv.slice(2);
if (name === undefined || name === '--help' || name === '-h') {
  process.stdout.write(help());
} else if (!Object.hasOwn(COMMANDS, name)) {
  process.stderr.write(`Unknown command "${name}".\n${help()}`);
  process.exitCode = 1;
} else {
  const { run } = await import(new URL(COMMANDS[name].module, import.meta.url).href);
  process.exitCode = await run(args);
}
