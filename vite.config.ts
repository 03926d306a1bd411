/**
 * Library build: `dist/inclusion-widgets.js` (every element) plus one entry per element, sharing chunks.
 * Chunks are imported relatively, so the bundle works from any CDN path (contract §1).
 */
import { defineConfig } from 'vite';
import { plotD3Alias } from './src/elements/chart/plot-d3-alias.mjs';

export default defineConfig({
  plugins: [plotD3Alias()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: {
        'inclusion-widgets': 'src/index.ts',
        kpi: 'src/elements/kpi/define.ts',
        chart: 'src/elements/chart/define.ts',
        map: 'src/elements/map/define.ts',
        table: 'src/elements/table/define.ts',
        dashboard: 'src/elements/dashboard/define.ts',
      },
      formats: ['es'],
    },
    rollupOptions: {
      output: {
        // Library mode keeps whitespace in ES output by default; this bundle goes straight to browsers,
        // so minify it fully (the budgets in bench/size.mjs count these bytes).
        minify: true,
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
