/**
 * The demo (`npm start`): a statistics-portal page over the seed feeds in data/, served as /data/*.
 * The library is imported from src/, so the demo always shows the code as it is now.
 */
import { defineConfig, type Plugin } from 'vite';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';

const dataDir = join(import.meta.dirname, 'data');

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
  plugins: [serveData()],
  server: { fs: { allow: ['..'] } },
  build: {
    outDir: '../dist-demo',
    emptyOutDir: true,
    rollupOptions: { input: { index: 'demo/index.html', builder: 'demo/builder.html', embed: 'demo/embed.html' } },
  },
});
