#!/usr/bin/env bash
# Run once, after every branch in flight has been merged: formats the whole tree with Prettier, widens the
# linter's full rule set and the format check (tools/lint/scope.js) from the listed files to every source
# file, and checks import cycles in src/elements/chart too. Then prints what is left for a person to fix:
# lines Prettier cannot shorten (comments, long strings) and any rule it cannot fix. Commit the result on its
# own ("Format the whole tree with Prettier"), so that `git blame --ignore-rev` can skip it.
set -euo pipefail
cd "$(dirname "$0")/.."

lint=tools/lint
if [ ! -x "$lint/node_modules/.bin/eslint" ]; then npm ci --prefix "$lint" --no-audit --no-fund --loglevel=error; fi

cat > "$lint/scope.js" <<'SCOPE'
/**
 * Which files the linter's full rule set and the format check cover: every source file (Prettier's own
 * ignore list, .prettierignore, leaves out what is built, vendored or data).
 *
 * The import-cycle check covers all of src/ (see eslint.config.js).
 */
export const FORMATTED = ['.'];

/** Folders whose import cycles are left to a change in flight (none). */
export const CYCLES_PENDING = [];
SCOPE

"$lint/node_modules/.bin/prettier" --write --log-level=warn .
"$lint/node_modules/.bin/eslint" --fix . || true

echo
echo "Left for a person (npm run lint must pass before committing):"
"$lint/node_modules/.bin/eslint" . | tail -n 60 || true
