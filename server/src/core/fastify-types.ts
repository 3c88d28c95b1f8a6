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
    authError: AppError | null;
    graphqlState: RequestState | null;
  }
}
