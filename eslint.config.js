// Lint: ESLint's and typescript-eslint's recommended rules (syntax only; `tsc --noEmit` does the
// type checking). `npm run lint`; not part of `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'cdk.out/', 'coverage/', 'dist/', '.newsdrop/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: {
      // `_`-prefixed names are deliberately unused (destructuring to drop a field, ignored parameters).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Decoding and normalizing text means matching NUL and other control characters on purpose.
      'no-control-regex': 'off',
      // `for (let [a, b] of spans)` where only `a` moves is clearer than splitting the pattern.
      'prefer-const': ['error', { destructuring: 'all' }],
    },
  },
  {
    // Tests read synthesized CloudFormation templates: untyped JSON by nature.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
