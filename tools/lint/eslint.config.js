/**
 * The project's ESLint configuration (the root eslint.config.js re-exports it, so that the packages it
 * imports resolve from this workspace). Two jobs:
 * - no import cycles anywhere in src/, type-only imports included (import-x/no-cycle);
 * - the recommended JavaScript and typescript-eslint rules, and the 120-column limit, on the files in
 *   scope.js (the whole tree).
 */
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import countTypeImports from './count-type-imports.js';
import { CYCLES_PENDING, FORMATTED } from './scope.js';

// '.' is the whole tree; otherwise the listed code files.
const lintedCode = FORMATTED.includes('.')
  ? ['**/*.ts', '**/*.js', '**/*.mjs']
  : FORMATTED.filter((pattern) => /\.(ts|js|mjs)$/.test(pattern));

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'dist/**',
      'dist-demo/**',
      'storybook-static/**',
      // Built by `npm run test:server` and ignored by git, as the folders above.
      'examples/eleventy/_site/**',
      // The pages `npm run bench` builds from bench/harness (ignored by git, bench/.gitignore).
      'bench/.out/**',
      // A trimmed copy of Observable Plot's own modules, kept as close to upstream as possible.
      'src/elements/chart/plot-trim/**',
    ],
  },
  {
    files: lintedCode,
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.browser, ...globals.node }, sourceType: 'module' },
    rules: {
      'max-len': ['error', { code: 120, ignoreUrls: true, ignoreRegExpLiterals: true }],
      // `const { dropped: _, ...rest } = object` is how a copy without one key is written.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  // Last, so that its parser, which counts type-only imports, is the one src/ files are read with.
  {
    files: ['src/**/*.ts'],
    ignores: CYCLES_PENDING,
    languageOptions: { parser: countTypeImports, sourceType: 'module' },
    plugins: { 'import-x': importX },
    settings: {
      // Without it import-x reads only .js files when it follows imports, and would see no cycle in .ts ones.
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
);
