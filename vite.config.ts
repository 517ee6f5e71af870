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
        codeSplitting: {
          groups: [
            // Cytoscape in a chunk of its own: the biggest part, and it changes least often.
            { name: 'cytoscape', test: /node_modules[\\/]cytoscape[\\/]/ },
            {
              name: 'layouts',
              test: /node_modules[\\/](cytoscape-fcose|cose-base|layout-base)[\\/]/,
            },
            // Everything else the first view loads (the app's start, Svelte's runtime, graphology)
            // in the entry chunk: one file compresses better than eleven (3.1 KB less, gzip), and
            // the page asks for three scripts (with Cytoscape and the bundler's runtime), not
            // thirteen. Their own dependencies are left out, or Cytoscape would be drawn in too;
            // code only later parts use stays in their chunks. This holds while what is left out
            // of the entry (Cytoscape) imports nothing back from it: else the chunks would form a
            // cycle, and modules could run out of order.
            {
              name: 'start',
              tags: ['$initial'],
              test: (id) => !/node_modules[\\/]cytoscape[\\/]/.test(id),
              includeDependenciesRecursively: false,
            },
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
