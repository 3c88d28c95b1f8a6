import { defineConfig } from 'vitest/config';

/**
 * Browser journeys: one app server for the whole run (support/server.ts), one
 * test file at a time against it, with timeouts sized for a cold build and a
 * headless Chromium.
 */
export default defineConfig({
  test: {
    include: ['journeys/**/*.e2e.test.ts'],
    globalSetup: ['./support/server.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    retry: 0,
  },
});
