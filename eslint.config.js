import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import prettier from 'eslint-config-prettier';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/** The server's domain modules: each owns its tables (server/src/modules/<module>/**\/tables.ts). */
const MODULES = ['audit', 'clas', 'identity', 'parcours', 'psad'];

/**
 * A module reads and writes only its own tables; it asks another module's service for the rest
 * (identity: lookups.ts, and views.ts for a join inside one statement). A table definition may still
 * reference another module's table for a foreign key (tables.ts files).
 */
const moduleBoundaries = MODULES.map((module) => ({
  files: [`server/src/modules/${module}/**/*.ts`],
  ignores: ['**/tables.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: MODULES.filter((other) => other !== module).map((other) => ({
          group: [
            `**/modules/${other}/**/tables.js`,
            `**/modules/${other}/tables.js`,
            `../**/${other}/tables.js`,
            `../${other}/tables.js`,
          ],
          message: `${module} does not use ${other}'s tables: ask ${other}'s service (docs/architecture.md).`,
        })),
      },
    ],
  },
}));

export default tseslint.config(
  {
    // Generated code (graphql-codegen's output) and migrations are not linted; everything else is, tests included.
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.data/**',
      'e2e/output/**',
      'web/src/gql/**',
      'web/src/app/gql/**',
      'server/src/core/graphql/resolvers-types.ts',
      'migrations/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: ['*/tsconfig.json'], noWarnOnMultipleProjects: true }),
      ],
    },
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Tests too: they read GraphQL answers typed from the schema (server/test/harness.ts, Answer and ok).
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Nothing imports a test or a journey, so no cycle can pass through one: a
    // cycle among the sources they import is found from those sources. Following every test's imports
    // again was most of the lint's time.
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/journeys/**'],
    rules: { 'import-x/no-cycle': 'off' },
  },
  ...moduleBoundaries,
  // Formatting is Prettier's (pnpm format); no lint rule argues with it.
  prettier,
);
