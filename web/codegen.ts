import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents: every `graphql(`...`)` call under src/ is checked
 * against the server's SDL (the contract) and typed in src/gql/.
 * Run `pnpm --filter @maillage/web codegen` after changing a document or the SDL.
 */
const config: CodegenConfig = {
  schema: ['../server/src/core/graphql/schema.graphql', '../server/src/modules/**/*.graphql'],
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
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
      },
    },
  },
};

export default config;
