import { createRequire } from 'node:module';
import { defineProject } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineProject({
  resolve: {
    // graphql 16 ships CommonJS and ESM copies. Node (and so Mercurius) loads the CommonJS one;
    // Vite would hand our sources the ESM one, and classes of one copy do not recognise the other's.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    name: 'server',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The files share their worker's modules instead of importing the whole app again each (about a third
    // of the suite's time on two cores). Each file still builds its own app on its own copy of the
    // database (test/harness.ts), and no test mocks a module, so nothing a file does leaks into the next.
    isolate: false,
  },
});
