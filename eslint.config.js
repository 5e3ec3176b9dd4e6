// Lint, including the layer rule of DESIGN.md: imports point down only.
//   renderer/ -> only *types* from core/api (no core runtime code, never electron/)
//   electron/ -> core/ allowed, never renderer/ source
//   core/     -> never electron/ or renderer/, never the `electron` package
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const noElectronOrRenderer = [
  { group: ['**/electron/**', '../electron', '../../electron'], message: 'core must not import electron/ (layer rule).' },
  { group: ['**/renderer/**'], message: 'core must not import renderer/ (layer rule).' },
];

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
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only electron/ may import electron (layer rule).' }], patterns: noElectronOrRenderer }],
    },
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
