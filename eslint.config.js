// Lint, including the layer rule of DESIGN.md: imports point down only.
//   renderer/ -> only *types* from core/api (no core runtime code, never electron/)
//   electron/ -> core/ allowed, never renderer/ source
//   core/     -> never electron/ or renderer/, never the `electron` package
//   core/api is the top of core (the contract the transports serve): the layers below it
//   (store, ingest, engines, synth, sources, conformance, export, sql) never import it; the shared
//   vocabulary they use is core/errors.ts, core/progress.ts and the record types beside their code
//   store/ and ingest/ never import engines/: engines register their derived tables with the store
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const noElectronOrRenderer = [
  { group: ['**/electron/**', '../electron', '../../electron'], message: 'core must not import electron/ (layer rule).' },
  { group: ['**/renderer/**'], message: 'core must not import renderer/ (layer rule).' },
];
const coreRule = (patterns) => ['error', { paths: [{ name: 'electron', message: 'Only electron/ may import electron (layer rule).' }], patterns: [...noElectronOrRenderer, ...patterns] }];
const noApi = { group: ['**/api', '**/api/**'], message: 'Layers below core/api must not import it; use core/errors.ts, core/progress.ts and the record types beside their code (layer rule).' };
const noEngines = {
  group: ['**/engines', '**/engines/**'],
  message: 'store/ and ingest/ must not import engines/; an engine registers its derived tables in core/engines/register.ts (layer rule).',
};
const BELOW_API = ['engines', 'synth', 'sources', 'conformance', 'export', 'sql'].map((d) => `core/${d}/**/*.ts`);

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', 'test-results/**', 'playwright-report/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: { 'no-restricted-imports': coreRule([]) },
  },
  {
    files: BELOW_API,
    rules: { 'no-restricted-imports': coreRule([noApi]) },
  },
  {
    files: ['core/store/**/*.ts', 'core/ingest/**/*.ts'],
    rules: { 'no-restricted-imports': coreRule([noApi, noEngines]) },
  },
  // the shared vocabulary at the bottom of core imports nothing of the layers above it
  {
    files: ['core/errors.ts', 'core/progress.ts'],
    rules: { 'no-restricted-imports': coreRule([noApi, noEngines]) },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to main only through the API client (layer rule).' }],
          patterns: [
            { group: ['**/core/api/**', '**/core/api'], allowTypeImports: true, message: 'renderer may import only types from core/api (layer rule).' },
            { group: ['**/core/*', '**/core/*/**', '!**/core/api', '!**/core/api/**'], message: 'renderer must not import core runtime code (layer rule).' },
            { group: ['**/electron/**', 'node:*'], message: 'renderer must not import electron/ or Node modules (layer rule).' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'electron/ must not import renderer/ source (layer rule).' }] }],
    },
  },
);
