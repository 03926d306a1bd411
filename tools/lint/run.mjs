/**
 * `npm run lint`: ESLint over the tree (eslint.config.js), then `prettier --check` over the files in
 * scope.js. `npm run format` (`--fix`) lets both rewrite what they can instead. The tools are installed in
 * tools/lint/node_modules from their own lock file the first time, and again whenever that lock file
 * changes: they need TypeScript 6, which cannot sit beside the project's TypeScript 7 in one node_modules.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FORMATTED } from './scope.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const installed = join(here, 'node_modules', '.package-lock.json');

function run(command, args, cwd = root) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const lockChanged = () => statSync(join(here, 'package-lock.json')).mtimeMs > statSync(installed).mtimeMs;
if (!existsSync(installed) || lockChanged()) {
  run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], here);
}

const fix = process.argv.includes('--fix');
const bin = (name) => join(here, 'node_modules', '.bin', name);
run(bin('eslint'), ['--max-warnings=0', ...(fix ? ['--fix'] : [])]);
const prettierMode = fix ? ['--write', '--log-level=warn'] : ['--check'];
run(bin('prettier'), [...prettierMode, '--no-error-on-unmatched-pattern', ...FORMATTED]);
