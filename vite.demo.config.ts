/**
 * The demo (`npm start`): a statistics-portal page over the seed feeds in data/, served as /data/*.
 * The library is imported from src/, so the demo always shows the code as it is now. The built bundle
 * (dist/, after `npm run build`) is served as /dist/*, so the embed builder's snippets work as copied.
 * `npm run build:demo` writes a static folder (dist-demo/) with the pages, data/ and dist/ beside them.
 */
import { defineConfig, type Plugin } from 'vite';
import { readFile } from 'node:fs/promises';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { plotTrim } from './src/elements/chart/plot-trim/plugin.mjs';

const dataDir = join(import.meta.dirname, 'data');
const bundleDir = join(import.meta.dirname, 'dist');
const outDir = join(import.meta.dirname, 'dist-demo');
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

/**
 * Serves the files of `folder` under `route` on the dev server, those whose extension `types` gives a
 * Content-Type for; `missing` answers for a listed file that is not there (by default, the next middleware).
 */
function serveFolder(
  name: string,
  route: string,
  folder: string,
  types: Record<string, string>,
  missing?: (res: ServerResponse) => void,
): Plugin {
  return {
    name,
    configureServer(server) {
      server.middlewares.use(route, async (req, res, next) => {
        const file = normalize(join(folder, decodeURIComponent((req.url ?? '').split('?')[0] ?? '')));
        const type = types[extname(file)];
        if (!file.startsWith(folder) || !type) return next();
        try {
          const body = await readFile(file);
          res.setHeader('Content-Type', type);
          res.end(body);
        } catch {
          if (missing) missing(res);
          else next();
        }
      });
    },
  };
}

const serveData = (): Plugin =>
  serveFolder('serve-data', '/data', dataDir, {
    '.json': 'application/json; charset=utf-8',
    '.csv': 'text/csv; charset=utf-8',
  });

/** The built library under /dist/ on the dev server, as a host serves it; nothing until `npm run build`. */
const serveBundle = (): Plugin =>
  serveFolder(
    'serve-bundle',
    '/dist',
    bundleDir,
    {
      '.js': 'text/javascript; charset=utf-8',
      '.map': 'application/json; charset=utf-8',
      '.json': 'application/json; charset=utf-8',
    },
    (res) => {
      res.statusCode = 404;
      res.end('not built: run npm run build');
    },
  );

/**
 * `<!-- include NAME key="value" … -->` in a page stands for demo/partials/NAME with each `{{key}}` filled in,
 * so the pages that share a part of their HTML (the publisher pages' masthead) keep one copy of it.
 */
function includePartials(): Plugin {
  const include = /^( *)<!-- include (\S+)((?: [\w-]+="[^"]*")*) -->$/gm;
  return {
    name: 'include-partials',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace(include, (_, indent: string, name: string, pairs: string) => {
          const values = new Map([...pairs.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, key, value]) => [key, value]));
          return readFileSync(page(join('partials', name)), 'utf8')
            .trimEnd()
            .replace(/{{(\w+)}}/g, (_, key: string) => values.get(key) ?? '')
            .replace(/^(?=.)/gm, indent);
        }),
    },
  };
}

/** The static demo folder gets the feeds and the built bundle beside its pages, so it can be hosted as is. */
function copyFeedsAndBundle(): Plugin {
  let target = outDir;
  return {
    name: 'copy-feeds-and-bundle',
    apply: 'build',
    configResolved(config) {
      target = config.build.outDir;
    },
    closeBundle() {
      cpSync(dataDir, join(target, 'data'), { recursive: true });
      if (existsSync(join(bundleDir, 'inclusion-widgets.js')))
        cpSync(bundleDir, join(target, 'dist'), { recursive: true });
    },
  };
}

export default defineConfig({
  root: 'demo',
  // The same trimmed Plot as the bundle: Vite must serve Plot's own modules (not one pre-bundled file) for
  // the trimming to reach Plot's imports; its CommonJS dependency is still pre-bundled.
  plugins: [includePartials(), serveData(), serveBundle(), copyFeedsAndBundle(), plotTrim()],
  optimizeDeps: {
    exclude: ['@observablehq/plot'],
    include: ['@observablehq/plot > interval-tree-1d', 'isoformat', ...d3ModulesOfPlot()],
  },
  server: { fs: { allow: ['..'] } },
  build: {
    outDir,
    emptyOutDir: true,
    rollupOptions: {
      input: {
        index: page('index.html'),
        builder: page('builder.html'),
        editor: page('editor.html'),
        embed: page('embed.html'),
      },
    },
  },
});
