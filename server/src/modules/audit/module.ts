import type { AppModule } from '../../core/app-module.js';
import { auditRetentionJob } from './events.service.js';
import { auditResolvers } from './resolvers.js';

/** The audit log, read by administrators (events are appended by every module through core/audit.ts). */
export const auditModule = {
  name: 'audit',
  resolvers: [auditResolvers] as const,
  routes: [],
  jobs: (services) => [auditRetentionJob(services)],
} satisfies AppModule;
