import type { AppModule } from '../../core/app-module.js';
import { jobsResolvers } from './resolvers.js';

/** « Tâches de fond »: what the background queues (core/jobs.ts) hold, for administrators. */
export const jobsModule = {
  name: 'jobs',
  resolvers: [jobsResolvers] as const,
  routes: [],
} satisfies AppModule;
