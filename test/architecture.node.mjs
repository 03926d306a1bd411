// Keeps docs/ARCHITECTURE.md true to the tree: its module table names every folder of src/ and no folder
// that is gone, and every file it names exists.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const architecture = readFileSync(join(root, 'docs', 'ARCHITECTURE.md'), 'utf8');

function section(name) {
  const start = architecture.indexOf(`\n## ${name}\n`);
  assert.notEqual(start, -1, `docs/ARCHITECTURE.md has no section "## ${name}"`);
  const end = architecture.indexOf('\n## ', start + 1);
  return architecture.slice(start, end === -1 ? undefined : end);
}

function foldersBelow(folder) {
  return readdirSync(join(root, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const path = `${folder}/${entry.name}`;
      return [path, ...foldersBelow(path)];
    });
}

const described = [...section('Modules').matchAll(/^\| `(src\/[^`]+)` \|/gm)].map((match) => match[1]);

test('the module table lists every folder of src/', () => {
  const missing = foldersBelow('src').filter((folder) => !described.includes(folder));
  assert.deepEqual(missing, [], 'add a row to "## Modules" in docs/ARCHITECTURE.md for each of these folders');
});

test('every folder in the module table exists', () => {
  const gone = described.filter((folder) => !existsSync(join(root, folder)));
  assert.deepEqual(gone, [], 'these folders were renamed or removed: update "## Modules" in docs/ARCHITECTURE.md');
});

test('every file the document names exists', () => {
  const named = [...architecture.matchAll(/`([a-z][\w./-]*\/[\w.-]+\.(?:ts|mjs|js|json|md))`/g)].map(
    (match) => match[1],
  );
  assert.ok(named.length > 20, 'the document names the modules it describes');
  // A path is written from the repository root, or from src/ as the code's own comments write it.
  const exists = (path) => [root, join(root, 'src')].some((base) => existsSync(join(base, path)));
  // dist/ is built, not kept in the repository.
  const missing = named.filter((path) => !path.startsWith('dist/') && !exists(path));
  assert.deepEqual([...new Set(missing)], [], 'docs/ARCHITECTURE.md names files that do not exist');
});
