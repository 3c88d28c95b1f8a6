import type { Actor } from './auth/actor.js';
import type { AppError } from './errors.js';
import type { Services } from './services.js';
import type { RequestState } from './request-state.js';

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** The actor is this process's remembered one (core/auth/recent-actors.ts), to check in the request's transaction. */
    actorToCheck: boolean;
    authError: AppError | null;
    graphqlState: RequestState | null;
  }
}
