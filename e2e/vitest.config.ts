import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * How long each journey took on an idle machine (seconds, `pnpm test:e2e` on 2026-12-07), to balance
 * CI's shards. Only the balance depends on it: a journey missing here counts as UNKNOWN_JOURNEY_SECONDS.
 */
const JOURNEY_SECONDS: Record<string, number> = {
  admin: 53,
  audit: 19,
  bilan: 56,
  bundle: 50,
  caf: 9,
  clas: 50,
  counsellor: 10,
  'cpms-contracts': 52,
  'cpms-indicators': 10,
  'cpms-oncall': 26,
  instances: 53,
  notifications: 25,
  'orientation-concertations': 6,
  'orientation-evaluation': 20,
  'orientation-networks': 14,
  'orientation-plan': 13,
  parcours: 66,
  porteur: 10,
  'psad-follow-up': 74,
  referent: 14,
  session: 16,
  'sign-in-security': 160,
  'shared-tools': 22,
  'siei-import': 24,
  social: 13,
  viewer: 16,
};
const UNKNOWN_JOURNEY_SECONDS = 30;

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
   * `--shard=k/n` (CI runs two shards side by side, each with its own server and data): the files in name
   * order, each given to the shard with the least work so far by JOURNEY_SECONDS, so that each shard
   * keeps the name order. CI starts the first shard before the second (when the first of its two test
   * runs ends, the second when the other ends): E2E_SHARD_HEAD_START says by how many seconds of
   * journeys, so that the first takes that much more and the two end together.
   */
  override async shard(files: TestSpecification[]): Promise<TestSpecification[]> {
    const { index, count } = this.ctx.config.shard!;
    const load = Array.from({ length: count }, () => 0);
    // The second shard starts that much later: its first file ends that much later.
    if (count > 1) load[1] = Number(process.env.E2E_SHARD_HEAD_START ?? 0);
    const mine: TestSpecification[] = [];
    for (const file of await this.sort(files)) {
      const shard = load.indexOf(Math.min(...load));
      load[shard]! += JOURNEY_SECONDS[path.basename(file.moduleId, '.e2e.test.ts')] ?? UNKNOWN_JOURNEY_SECONDS;
      if (shard === index - 1) mine.push(file);
    }
    return mine;
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
