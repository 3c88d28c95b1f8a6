import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents: every `graphql(`...`)` call under src/ is checked
 * against the server's SDL (the contract) and typed.
 * Run `pnpm --filter @maillage/web codegen` after changing a document or the SDL.
 *
 * Two targets, because the client preset writes every document of a target into
 * one module and a bundler loads a module whole:
 * - src/app/gql/: the shell's documents (the signed-in user, their platforms,
 *   the home page's counts), which every page after sign-in downloads; the
 *   files listed in SHELL import `graphql` from src/app/gql;
 * - src/gql/: every other page's documents, loaded with the first page that
 *   needs them.
 *
 * The pages' target also writes persisted-documents.json (id → text) and gives each
 * document its id (`__meta__.hash`: « sha256: » and the SHA-256 of the text
 * written there): the production build sends that id (`documentId`) instead of
 * the text (src/app/graphql.ts), and the server reads both files at start-up
 * (server/src/core/graphql/trusted-documents.ts).
 */
const SHELL = ['src/app/**/*.{ts,tsx}', 'src/features/home/**/*.{ts,tsx}', 'src/features/platforms/activePlatform.ts'];

const typing = {
  documentMode: 'string',
  useTypeImports: true,
  enumsAsTypes: true,
  skipTypename: true,
  avoidOptionals: false,
  strictScalars: true,
  scalars: {
    DateTime: 'string',
    Date: 'string',
    JSON: 'unknown',
  },
} as const;

const presetConfig = {
  fragmentMasking: false,
  persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
} as const;
// The shell's few documents (the signed-in user, the home page) travel as text: their ids would weigh on the
// first page's bundle, which is at its budget (e2e/journeys/bundle.e2e.test.ts). The server accepts text
// from a person's session; a trusted-only API key never uses the shell's documents.
const shellPresetConfig = { fragmentMasking: false } as const;

const config: CodegenConfig = {
  schema: ['../server/src/core/graphql/schema.graphql', '../server/src/modules/**/*.graphql'],
  ignoreNoDocuments: true,
  generates: {
    './src/app/gql/': {
      documents: [...SHELL, '!src/app/gql/**/*'],
      preset: 'client',
      presetConfig: shellPresetConfig,
      config: typing,
    },
    './src/gql/': {
      documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '!src/app/gql/**/*', ...SHELL.map((glob) => `!${glob}`)],
      preset: 'client',
      presetConfig,
      config: typing,
    },
  },
};

export default config;
