import { createRequire } from 'node:module';
import { defineProject } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineProject({
  resolve: {
    // As in server/vitest.config.ts: one copy of graphql (the CommonJS one Mercurius loads).
    alias: [
      {
        find: /^graphql$/,
        replacement: require.resolve('graphql', { paths: [require.resolve('../server/package.json')] }),
      },
    ],
  },
  test: {
    name: 'bench',
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
