import type { AppModule } from '../../core/app-module.js';
import { registerAuthRoutes } from './auth-routes.js';
import { identityResolvers } from './resolvers.js';
import { trustedDocumentResolvers } from './trusted-documents.resolvers.js';

/** Users, organisations, memberships, territories, sign-in and API keys. */
export const identityModule = {
  name: 'identity',
  resolvers: [identityResolvers, trustedDocumentResolvers] as const,
  routes: [registerAuthRoutes],
} satisfies AppModule;
