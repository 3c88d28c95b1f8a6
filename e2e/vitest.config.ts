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

  /**
   * `--shard=k/n` (CI runs two shards side by side, each with its own server and data): every n-th file by
   * name, so that each shard keeps the name order and the shards take about as long.
   */
  override async shard(files: TestSpecification[]): Promise<TestSpecification[]> {
    const { index, count } = this.ctx.config.shard!;
    return (await this.sort(files)).filter((_, i) => i % count === index - 1);
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
    // What a page shows after a request (a status message, a refreshed row) comes within a second on an
    // idle machine; under CI's load two such polls ran past vitest's 1-s default (instances journey).
    expect: { poll: { timeout: 10_000 } },
  },
});
