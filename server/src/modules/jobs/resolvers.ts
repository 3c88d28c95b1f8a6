import { guard, policies } from '../../core/authz.js';
import type { Resolvers } from '../../core/graphql/resolvers-types.js';
import { listBackgroundJobs, listBackgroundQueues, retryBackgroundJob } from './service.js';

/** « Tâches de fond »: the background queues, read and retried by administrators only. */
export const jobsResolvers = {
  Query: {
    backgroundQueues: guard(policies.admin, (_args, ctx) => listBackgroundQueues(ctx)),
    backgroundJobs: guard(policies.admin, (args, ctx) => listBackgroundJobs(ctx, args)),
  },
  Mutation: {
    retryBackgroundJob: guard(policies.admin, (args, ctx) => retryBackgroundJob(ctx, args.queue, args.id)),
  },
} satisfies Resolvers;
