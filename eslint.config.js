import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const NO_HTML_INJECTION =
  'Build DOM nodes (or use Svelte markup) instead of injecting HTML strings.';

/**
 * An import path into one of src/'s layers from another folder: "../state/view", "../../io".
 * @param {string[]} layers
 */
const into = (layers) => `^(\\.\\./)+(${layers.join('|')})(/.*)?$`;

/** io's public entry points (src/io/index.ts says what each is for); all else in io/ is internal. */
const IO_ENTRY = 'index|import|export|import\\.worker';
/** @param {string} entries */
const ioInternals = (entries) => `^(\\.\\./)+io/(?!(${entries})(\\.ts)?$).+`;

/** The assistant's internals: all of src/extract but its index and its worker. */
const EXTRACT_INTERNALS = '^(\\.\\./)+extract/(?!(index|extract\\.worker)(\\.ts)?$).+';

/**
 * One layer's rule: the imports it may not make, static or dynamic (a
 * dynamic import() is caught by its selector; esquery's regexes cannot hold
 * "/", written \x2F there). `types: true` lets a pattern through for type
 * imports only.
 * @param {string[]} files
 * @param {Array<{ regex: string, message: string, types?: boolean }>} banned
 * @returns {import('eslint').Linter.Config}
 */
function layer(files, banned) {
  /** @param {{ regex: string, message: string, types?: boolean }} pattern */
  const ban = (pattern) => ({
    regex: pattern.regex,
    message: pattern.message,
    ...(pattern.types ? { allowTypeImports: true } : {}),
  });
  const dynamic = banned
    .filter((pattern) => !pattern.types)
    .map((pattern) => ({
      selector: `ImportExpression[source.value=/${pattern.regex.replaceAll('/', '\\x2F')}/]`,
      message: pattern.message,
    }));
  return {
    files,
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: banned.map(ban) }],
      'no-restricted-syntax': ['error', ...dynamic],
    },
  };
}

const LAYERS = [
  layer(
    ['src/model/**'],
    [
      {
        regex: '^(svelte|cytoscape|cytoscape-fcose|@xmldom/xmldom)(/.*)?$',
        message: 'src/model is pure: graphology only, no Svelte, Cytoscape or XML parser.',
      },
      {
        regex: into(['io', 'edit', 'render', 'state', 'ui', 'extract', 'cli']),
        message: 'src/model imports none of the other layers.',
      },
    ],
  ),
  layer(
    ['src/io/**'],
    [
      {
        regex: '^(svelte|cytoscape|cytoscape-fcose)(/.*)?$',
        message: 'src/io reads and writes files: no Svelte, no Cytoscape.',
      },
      {
        regex: into(['edit', 'render', 'state', 'ui', 'extract', 'cli']),
        message: 'src/io imports the model only.',
      },
    ],
  ),
  layer(
    ['src/edit/**'],
    [
      {
        regex: '^(svelte|cytoscape|cytoscape-fcose|idb-keyval)(/.*)?$',
        message: 'src/edit stays pure: the model and graphology only.',
      },
      {
        regex: into(['io', 'render', 'state', 'ui', 'extract', 'cli']),
        message: 'src/edit imports the model only.',
      },
    ],
  ),
  layer(
    ['src/render/**'],
    [
      { regex: '^svelte(/.*)?$', message: 'src/render is the Cytoscape adapter: no Svelte.' },
      {
        regex: into(['io', 'edit', 'state', 'ui', 'extract', 'cli']),
        message: 'src/render imports the model (and Cytoscape) only, never the view state.',
      },
    ],
  ),
  layer(
    ['src/state/**'],
    [
      { regex: '^(cytoscape|cytoscape-fcose)(/.*)?$', message: 'src/state knows no renderer.' },
      {
        regex: into(['render', 'ui', 'cli']),
        message: "src/state imports the model, edit, and io's and extract's entry points only.",
      },
      {
        regex: ioInternals(IO_ENTRY),
        message: 'src/state imports io through its public entry points only (see src/io/index.ts).',
      },
      {
        regex: EXTRACT_INTERNALS,
        message:
          'src/state asks the assistant through its entry points only: extract/index.ts and its worker.',
      },
    ],
  ),
  layer(
    ['src/ui/**'],
    [
      {
        regex: into(['io', 'extract', 'cli']),
        message:
          'src/ui imports state and render (and the model); reading files goes through state.',
      },
    ],
  ),
  layer(
    ['src/extract/**'],
    [
      { regex: '^(svelte|cytoscape|cytoscape-fcose)(/.*)?$', message: 'src/extract has no UI.' },
      {
        regex: into(['io', 'edit', 'render', 'state', 'ui', 'cli']),
        message: 'src/extract imports the model (and its NLP library) only.',
      },
    ],
  ),
  layer(
    ['src/cli/**'],
    [
      { regex: into(['ui']), message: "src/cli does not import the page's components." },
      {
        regex: into(['render']),
        message: "src/cli imports render's types only (the renderer drives the page for images).",
        types: true,
      },
      {
        regex: ioInternals(`${IO_ENTRY}|node`),
        message: 'src/cli imports io through its public entry points only (see src/io/index.ts).',
      },
      {
        regex: EXTRACT_INTERNALS,
        message: 'src/cli asks the assistant through its entry point only: extract/index.ts.',
      },
    ],
  ),
];

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

  // The layers (README, "Project layout"): each folder imports only the ones before it.
  ...LAYERS,

  // Must stay last: turns off rules that conflict with Prettier.
  prettier,
);
