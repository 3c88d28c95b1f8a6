import type { AppModule } from '../../core/app-module.js';
import { changeFeedPurgeJob } from './purge.js';
import { changesResolvers } from './resolvers.js';

/** The change feed (issue 20): what changed, in commit order, for partners' systems that poll. */
export const changesModule = {
  name: 'changes',
  resolvers: [changesResolvers] as const,
  routes: [],
  jobs: (services) => [changeFeedPurgeJob(services)],
} satisfies AppModule;
