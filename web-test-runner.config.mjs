// Browser tests run in Debian's Chromium (no browser downloads on these machines).
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { feedServer } from './test/support/feed-server.mjs';
import { bundleCopy } from './test/support/bundle-copy.mjs';
import { plotTrimForDevServer } from './src/elements/chart/plot-trim/plugin.mjs';

// Observable Plot depends on a CommonJS module (interval-tree-1d) that the dev server cannot serve as is.
const commonjs = fromRollup(rollupCommonjs);
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  files: process.env.TEST_FILES ? process.env.TEST_FILES.split(',') : ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
  testsFinishTimeout: 10 * 60_000,
  testFramework: { config: { timeout: 20_000 } },
  middleware: [feedServer(), bundleCopy()],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    // The tests run the same trimmed Plot as the built bundle (src/elements/chart/plot-trim/plugin.mjs).
    plotTrimForDevServer(),
    commonjs({ include: ['**/node_modules/interval-tree-1d/**', '**/node_modules/binary-search-bounds/**'] }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--headless=new', '--js-flags=--expose-gc', '--enable-precise-memory-info', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      },
    }),
  ],
};
