import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'test-artifacts/', 'admin/public/vendor/', 'dist/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The retrieval core and prompts point inward: no bot, HTTP server or Bot Framework code.
    files: ['retrieval/**/*.ts', 'prompts/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/bot/**', '../bot/*', '../../bot/*'], message: 'retrieval/ and prompts/ must not import bot/' },
          { group: ['express', 'botbuilder', 'botbuilder-*', '**/store/**', '**/admin/**'], message: 'keep the core free of servers and storage' },
        ],
      }],
    },
  },
  {
    // Config is parsed once, in bot/config.ts.
    files: ['**/*.ts'],
    ignores: ['bot/config.ts', 'bench/**', 'test/**', '**/*.test.ts'],
    rules: { 'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'read settings from bot/config.ts' }] },
  },
);
