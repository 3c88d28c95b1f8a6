import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The journeys share one server and its data: they run in the order of their
 * file names, whatever vitest's cache says of earlier runs, so that a journey
 * that counts a platform's cases (psad-follow-up) always runs before the one
 * that imports into that platform later (siei-import).
 */
class ByFileName extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => a.moduleId.localeCompare(b.moduleId));
  }
}

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
    sequence: { sequencer: ByFileName },
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    retry: 0,
  },
});
