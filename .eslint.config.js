/**
 * ESLint for the whole tree (npm run lint; README, «Kort over koden»): the recommended rules of ESLint,
 * typescript-eslint and eslint-plugin-astro. Formatting is Prettier's job (.prettierrc.json), so no
 * rule here is about layout. A dotfile because the top level holds only the folders README names.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // Generated output, dependencies and test input that is wrong on purpose.
    ignores: ['dist/', 'dist.staging/', '.astro/', '.bench/', 'node_modules/', 'test-results/', 'playwright-report/', 'test/fixtures/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Browser code and the scripts Astro bundles for the page.
    files: ['src/client/**', 'src/**/*.astro'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    rules: {
      // `_` marks a parameter a callback signature requires but the function does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
