// Lint rules: TypeScript's recommended set, plus the layering rule that src/ never imports content/ or popup/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly', process: 'readonly', performance: 'readonly', URL: 'readonly',
        TextDecoder: 'readonly', TextEncoder: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly',
        Buffer: 'readonly', document: 'readonly', window: 'readonly', chrome: 'readonly',
        AbortController: 'readonly', AbortSignal: 'readonly', structuredClone: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/content/**', '**/popup/**', '**/background/**', '**/cli/**'] }],
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'Never turn page-derived strings into HTML.' },
        { property: 'outerHTML', message: 'Never turn page-derived strings into HTML.' }],
    },
  },
  {
    files: ['content/**', 'popup/**', 'options/**'],
    rules: {
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'Never turn page-derived strings into HTML.' },
        { property: 'insertAdjacentHTML', message: 'Never turn page-derived strings into HTML.' }],
    },
  },
);
