import type { AppModule } from '../../core/app-module.js';
import { registerAuthRoutes } from './auth-routes.js';
import { identityResolvers } from './resolvers.js';

/** Users, organisations, memberships, territories, sign-in and API keys. */
export const identityModule = {
  name: 'identity',
  resolvers: [identityResolvers] as const,
  routes: [registerAuthRoutes],
} satisfies AppModule;
