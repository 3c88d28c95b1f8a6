import type { FastifyInstance } from 'fastify';
import type { mergeResolvers } from './graphql/plugin.js';
import type { JobDefinition } from './jobs.js';
import type { Services } from './services.js';

/**
 * What a domain module gives the app (docs/architecture.md): its resolvers and its REST routes. Its SDL
 * is every .graphql file at the root of its folder (core/graphql/plugin.ts, loadSchemaSource); its
 * loaders are created per request through the request context's loader(). app.ts gathers the modules of
 * modules/registry.ts, in that order.
 */
export interface AppModule {
  /** The module's folder under server/src/modules. */
  readonly name: string;
  readonly resolvers: readonly Parameters<typeof mergeResolvers>[number][];
  /** Each registers routes that declare their policy (core/route-policy.ts). */
  readonly routes: readonly ((app: FastifyInstance) => Promise<void>)[];
  /** Its background jobs and schedules (core/jobs.ts), given the process's services. */
  readonly jobs?: (services: Services) => JobDefinition<never>[];
}
