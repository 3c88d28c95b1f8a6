import type { TestProject } from 'vitest/node';
import { buildTemplate, createJobQueues } from '../../server/test/template-database.js';

/** The run's databases share this prefix: the teardown drops them all, whatever a failed file left. */
const RUN_PREFIX = `maillage_bench_test_${process.pid}_${Date.now().toString(36)}`;

/**
 * One migrated, empty database with the job queues (no users: the generator wants none), which every
 * bench test copies: starting PGlite from nothing and migrating it, or creating the queues (DDL), took
 * seconds in each file.
 */
export default async function setup(project: TestProject) {
  const { template, teardown } = await buildTemplate(RUN_PREFIX, async (database) => {
    await database.migrate();
    await createJobQueues(database);
  });
  project.provide('benchRunPrefix', template.kind === 'postgres' ? RUN_PREFIX : '');
  project.provide('benchPgliteTemplate', template.kind === 'pglite' ? template.file : '');
  return teardown;
}

declare module 'vitest' {
  export interface ProvidedContext {
    benchRunPrefix: string;
    benchPgliteTemplate: string;
  }
}
