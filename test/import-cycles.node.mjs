// The linter's import-cycle rule as the project sets it up (eslint.config.js): a cycle through type-only
// imports counts, as a value cycle does, and modules that import one way only pass. Runs ESLint from the
// lint workspace (tools/lint, installed by `npm run lint`) over small modules written for each case.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const eslintApi = join(root, 'tools', 'lint', 'node_modules', 'eslint', 'lib', 'api.js');
assert.ok(existsSync(eslintApi), 'the lint tools are not installed: run `npm run lint` first');
const { ESLint } = await import(eslintApi);

/** The files of `modules` (name → source) that the cycle rule reports, each linted as a file of src/. */
async function filesInCycles(modules) {
  const folder = await mkdtemp(join(tmpdir(), 'import-cycles-'));
  try {
    await mkdir(join(folder, 'src'));
    await writeFile(
      join(folder, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { moduleResolution: 'bundler' } }),
    );
    for (const [name, source] of Object.entries(modules)) await writeFile(join(folder, 'src', name), source);
    const eslint = new ESLint({ cwd: folder, overrideConfigFile: join(root, 'eslint.config.js') });
    const results = await eslint.lintFiles(['src']);
    return results
      .filter((result) => result.messages.some((message) => message.ruleId === 'import-x/no-cycle'))
      .map((result) => result.filePath.slice(join(folder, 'src').length + 1))
      .sort();
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const rows = `import { label } from './words.js';
export interface Row { readonly text: string }
export const first = (rows: readonly Row[]): string => label(rows[0]?.text ?? '');
`;

test('a cycle through a type-only import is reported', async () => {
  const words = `import type { Row } from './rows.js';
export const label = (text: string): string => text.toUpperCase();
export type Rows = readonly Row[];
`;
  assert.deepEqual(await filesInCycles({ 'rows.ts': rows, 'words.ts': words }), ['rows.ts', 'words.ts']);
});

test('a cycle through value imports is reported', async () => {
  const words = `import { first } from './rows.js';
export const label = (text: string): string => text.toUpperCase();
export const firstOf = first;
`;
  assert.deepEqual(await filesInCycles({ 'rows.ts': rows, 'words.ts': words }), ['rows.ts', 'words.ts']);
});

test('imports that run one way pass', async () => {
  const words = `export const label = (text: string): string => text.toUpperCase();
`;
  assert.deepEqual(await filesInCycles({ 'rows.ts': rows, 'words.ts': words }), []);
});
