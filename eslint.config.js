import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Code that ships in the app. */
const PRODUCTION = ['main/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'];
/** Test code inside those folders: tests, testing/ folders, and test fixtures. */
const TEST_CODE = ['**/*.test.{ts,tsx}', '**/testing/**', '**/fixtures/**'];
const NO_TESTING = {
  group: ['**/testing', '**/testing/*'],
  message: 'testing/ folders hold test code; production code may not import them.',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      'test-results/',
      'playwright-report/',
      'e2e/screenshots/',
      'e2e/standin/dist/',
      'resources/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  // Type-aware rules: floating and misused promises, values typed `any`
  // flowing into typed code, needless assertions. They read the TypeScript
  // program, so they apply to TypeScript files only.
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({
    ...config,
    files: ['**/*.{ts,tsx}'],
  })),
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Our interfaces (ports, stores, props, the bridge) are plain objects of
      // closures, never classes that rely on `this`; the rule cannot tell a
      // method signature from a function property and would flag every
      // destructured callback.
      '@typescript-eslint/unbound-method': 'off',
      // An async function without await is how an interface that returns a
      // promise is implemented synchronously (ports, test doubles).
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Vitest's and Playwright's asymmetric matchers (expect.any,
    // expect.stringContaining) are typed `any` by the libraries themselves.
    files: [...TEST_CODE, 'e2e/**/*.ts', 'scripts/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Production code never reaches into test code: testing/ folders hold
    // fakes, rigs and generators, and shipping one would be a bug.
    files: PRODUCTION,
    ignores: TEST_CODE,
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_TESTING] }] },
  },
  {
    // The core is Electron-free by design so that it runs in Node tests and
    // in the e2e harness unchanged. (Repeats the testing/ boundary: a later
    // block replaces the rule's options, it does not add to them.)
    files: ['main/core/**/*.ts', 'shared/**/*.ts'],
    ignores: TEST_CODE,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only main/shell may import electron.' }],
          patterns: [NO_TESTING],
        },
      ],
    },
  },
  {
    // Test code in the core may use testing/ folders, and still never electron.
    files: ['main/core/**/*.test.ts', 'main/core/**/testing/**', 'main/core/**/fixtures/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only main/shell may import electron.' }] },
      ],
    },
  },
);
