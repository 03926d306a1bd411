/**
 * The commands of `inclusion-widgets`. Each is a module `src/cli/NAME.ts`, built to `dist/cli/NAME.js`, that
 * exports `usage` (its help) and `run(args)` (resolves to the exit code; it writes to stdout and stderr).
 * `fromSource`: in a clone, bin/inclusion-widgets.mjs builds it from src/ on the spot (scripts/build-cli.mjs),
 * so it runs with no build step. The others are built by `vite build --mode server` (vite.config.ts) and run
 * from dist/cli/ once `npm run build` has run.
 */
export const COMMANDS = {
  validate: { summary: 'check feed files: FILE:LINE:COLUMN: JSON-PATH: message per problem', fromSource: true },
  'from-csv': { summary: 'turn a table with one row per figure into a feed', fromSource: true },
  render: { summary: 'print an element server-rendered from a feed file', fromSource: false },
};
