import type { AppModule } from '../../core/app-module.js';
import { registerAuthRoutes } from './auth-routes.js';
import { identityResolvers } from './resolvers.js';

/** Users, organisations, memberships, territories, sign-in and API keys. */
export const identityModule: AppModule = {
  name: 'identity',
  resolvers: [identityResolvers],
  routes: [registerAuthRoutes],
};
