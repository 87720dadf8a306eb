import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'data/**', '*.js', '*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    // Example scripts for operators run as plain Node.js.
    files: ['docs/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', fetch: 'readonly', console: 'readonly' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-warning-comments': ['error', { terms: ['todo', 'fixme', 'xxx'], location: 'start' }],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/libs/*/src/*', '@app/*/*'], message: 'Import a library through @app/<name>.' }] },
      ],
    },
  },
);
