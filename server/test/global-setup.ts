import type { TestProject } from 'vitest/node';
import { seedDemo } from '../src/demo/seed.js';
import { buildTemplate, createJobQueues } from './template-database.js';

/** Databases of one run share its prefix, so that concurrent runs on one server leave each other alone. */
const RUN_PREFIX = `maillage_test_${process.pid}_${Date.now().toString(36)}`;

/** Builds one migrated, seeded database with the job queues, that every test file then copies. */
export default async function setup(project: TestProject) {
  const { template, teardown } = await buildTemplate(RUN_PREFIX, async (database) => {
    await database.migrate();
    await seedDemo(database.db);
    await createJobQueues(database);
  });
  project.provide('templateDatabase', template.kind === 'postgres' ? template.database : '');
  project.provide('pgliteTemplate', template.kind === 'pglite' ? template.file : '');
  return teardown;
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    templateDatabase: string;
  }
}
