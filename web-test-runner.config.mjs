// Browser tests in one engine per run: ENGINE=chromium (default), firefox or webkit, each from the Debian
// packages CI installs (test/support/engines.mjs). scripts/test-engines.mjs runs the three one after another.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { feedServer } from './test/support/feed-server.mjs';
import { bundleCopy } from './test/support/bundle-copy.mjs';
import { launcherFor } from './test/support/engines.mjs';
import { engineCommands } from './test/support/engine-commands.mjs';
import { plotTrimForDevServer } from './src/elements/chart/plot-trim/plugin.mjs';

// Observable Plot depends on a CommonJS module (interval-tree-1d) that the dev server cannot serve as is.
const commonjs = fromRollup(rollupCommonjs);
const engine = process.env.ENGINE || 'chromium';

export default {
  files: process.env.TEST_FILES ? process.env.TEST_FILES.split(',') : ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // One page at a time per engine: the machines that run this have two cores.
  concurrency: 1,
  testsFinishTimeout: 20 * 60_000,
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  testFramework: { config: { timeout: 30_000 } },
  middleware: [feedServer(), bundleCopy()],
  plugins: [
    engineCommands(engine),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    // The tests run the same trimmed Plot as the built bundle (src/elements/chart/plot-trim/plugin.mjs).
    plotTrimForDevServer(),
    commonjs({ include: ['**/node_modules/interval-tree-1d/**', '**/node_modules/binary-search-bounds/**'] }),
  ],
  browsers: [launcherFor(engine)],
};
