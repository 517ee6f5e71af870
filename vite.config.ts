/// <reference types="vitest/config" />
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig(({ command }) => ({
  plugins: [svelte()],
  resolve: {
    // The build takes Cytoscape's own minified module: the same code, minified by its
    // maintainers' tool into 1.6 KB (gzip) less than our minifier makes of the readable
    // one. Dev and tests keep the readable module.
    alias:
      command === 'build'
        ? [
            {
              find: /^cytoscape$/,
              replacement: fileURLToPath(
                new URL('./node_modules/cytoscape/dist/cytoscape.esm.min.mjs', import.meta.url),
              ),
            },
          ]
        : [],
  },
  // data/ is served beside the app (and copied into the build), so ?data= can open
  // the bundled dataset, or any dataset put there, by its path.
  publicDir: 'data',
  build: {
    // Every browser the app supports has modulepreload: no polyfill in the start-up script.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Libraries in chunks of their own: they change less often than the app, so stay cached.
        codeSplitting: {
          groups: [
            { name: 'cytoscape', test: /node_modules[\\/]cytoscape[\\/]/ },
            {
              name: 'layouts',
              test: /node_modules[\\/](cytoscape-fcose|cose-base|layout-base)[\\/]/,
            },
            // graphology itself: its standard library (metrics, Louvain) goes with the analysis.
            { name: 'graphology', test: /node_modules[\\/](graphology|events|obliterator)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
}));
