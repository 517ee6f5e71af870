import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const NO_HTML_INJECTION =
  'Build DOM nodes (or use Svelte markup) instead of injecting HTML strings.';

export default defineConfig(
  globalIgnores(['dist/', 'node_modules/', 'test-results/', 'playwright-report/', '.vite/']),

  js.configs.recommended,
  tseslint.configs.recommended,
  svelte.configs.recommended,

  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
  },

  // TypeScript itself reports undefined names; `no-undef` misfires on types.
  {
    files: ['**/*.ts', '**/*.svelte'],
    rules: { 'no-undef': 'off' },
  },

  // <script lang="ts"> in components, and rune modules (*.svelte.ts / *.svelte.js).
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: {
        parser: tseslint.parser,
        extraFileExtensions: ['.svelte'],
        svelteConfig,
      },
    },
  },

  // No HTML-string injection anywhere in the app.
  {
    files: ['src/**'],
    rules: {
      'svelte/no-at-html-tags': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: NO_HTML_INJECTION },
        { property: 'outerHTML', message: NO_HTML_INJECTION },
        { property: 'insertAdjacentHTML', message: NO_HTML_INJECTION },
      ],
    },
  },

  // The model layer is pure: no UI framework, no graph renderer, no render/ui/state modules.
  {
    files: ['src/model/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(svelte|cytoscape)(/.*)?$',
              message: 'src/model must stay independent of Svelte and Cytoscape.',
            },
            {
              regex: '(^(\\.\\./)+|(^|/)src/)(render|ui|state)(/|$)',
              message: 'src/model must not import from src/render, src/ui or src/state.',
            },
          ],
        },
      ],
    },
  },

  // Edits are pure transitions over the model: no UI framework, no renderer, no state.
  {
    files: ['src/edit/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(svelte|cytoscape|idb-keyval)(/.*)?$',
              message: 'src/edit must stay pure: the model and graphology only.',
            },
            {
              regex: '(^(\\.\\./)+|(^|/)src/)(render|ui|state|io)(/|$)',
              message: 'src/edit must not import from src/render, src/ui, src/state or src/io.',
            },
          ],
        },
      ],
    },
  },

  // Must stay last: turns off rules that conflict with Prettier.
  prettier,
);
