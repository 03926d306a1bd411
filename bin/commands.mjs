/**
 * The commands of `inclusion-widgets`: each name is a module `src/cli/NAME.ts` (built to `dist/cli/NAME.js`)
 * that exports `usage` (its one-line help) and `run(args, io)` (resolves to the exit code).
 * A new command is a new module and a line here.
 */
export const COMMANDS = ['validate', 'from-csv'];
