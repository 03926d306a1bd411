/**
 * The demo (`npm start`): a statistics-portal page over the seed feeds in data/, served as /data/*.
 * The library is imported from src/, so the demo always shows the code as it is now.
 */
import { defineConfig, type Plugin } from 'vite';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { plotTrim } from './src/elements/chart/plot-trim/plugin.mjs';

const dataDir = join(import.meta.dirname, 'data');
/** Absolute, because the root is demo/ and a relative input would be looked for in demo/demo/. */
const page = (name: string): string => join(import.meta.dirname, 'demo', name);

/**
 * The d3 modules the trimmed Plot imports, pre-bundled at start-up: found one by one on the first chart,
 * they would make Vite re-optimise and reload the page.
 */
function d3ModulesOfPlot(): string[] {
  const source = readFileSync(join(import.meta.dirname, 'src/elements/chart/plot-trim/d3.js'), 'utf8');
  return [...new Set([...source.matchAll(/from '(d3-[a-z-]+)'/g)].map((match) => match[1]!))];
}

function serveData(): Plugin {
  return {
    name: 'serve-data',
    configureServer(server) {
      server.middlewares.use('/data', async (req, res, next) => {
        const file = normalize(join(dataDir, decodeURIComponent((req.url ?? '').split('?')[0] ?? '')));
        if (!file.startsWith(dataDir) || !file.endsWith('.json')) return next();
        try {
          const body = await readFile(file);
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(body);
        } catch {
          next();
        }
      });
    },
  };
}

export default defineConfig({
  root: 'demo',
  // The same trimmed Plot as the bundle: Vite must serve Plot's own modules (not one pre-bundled file) for
  // the trimming to reach Plot's imports; its CommonJS dependency is still pre-bundled.
  plugins: [serveData(), plotTrim()],
  optimizeDeps: { exclude: ['@observablehq/plot'], include: ['@observablehq/plot > interval-tree-1d', 'isoformat', ...d3ModulesOfPlot()] },
  server: { fs: { allow: ['..'] } },
  build: {
    outDir: '../dist-demo',
    emptyOutDir: true,
    rollupOptions: { input: { index: page('index.html'), builder: page('builder.html'), embed: page('embed.html') } },
  },
});
