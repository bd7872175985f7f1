// Lint: typescript-eslint's recommended set, plus the architecture rule from style.md —
// the domain core (domain, parameters, rules, calendar, workflows, policies) imports no I/O.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const ioModules = [
  'fs',
  'node:fs',
  'fs/promises',
  'node:fs/promises',
  'pg',
  'kysely',
  '@electric-sql/pglite',
  'fastify',
  'net',
  'node:net',
  'http',
  'node:http',
  'child_process',
  'node:child_process',
];
const ioPatterns = ['**/persistence/**', '**/http/**', '**/use-cases/**', '**/cli/**'];

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/{domain,parameters,rules,calendar,workflows,policies}/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ioModules.map((name) => ({ name, message: 'The domain core imports no I/O (style.md).' })),
          patterns: [{ group: ioPatterns, message: 'The domain core must not depend on the edges.' }],
        },
      ],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/src/**', '../../src/*'], message: 'The web app talks only to the API.' }],
        },
      ],
    },
  },
);
