import type { AppModule } from '../../core/app-module.js';
import { registerAuthRoutes } from './auth-routes.js';
import { identityResolvers } from './resolvers.js';
import { trustedDocumentResolvers } from './trusted-documents.resolvers.js';
import { sessionResolvers } from './sessions.resolvers.js';
import { signInSweepJob } from './sign-in/sweep.js';
import { accessRequestResolvers } from './access-requests.resolvers.js';
import { registerProConnectRoutes } from './proconnect/routes.js';
import { registerSecondFactorRoutes } from './second-factor/sign-in-routes.js';
import { registerAccountFactorRoutes } from './second-factor/account-routes.js';

/** Users, organisations, memberships, territories, sign-in and API keys. */
export const identityModule = {
  name: 'identity',
  resolvers: [identityResolvers, trustedDocumentResolvers, accessRequestResolvers, sessionResolvers] as const,
  jobs: (services) => [signInSweepJob(services)],
  routes: [registerAuthRoutes, registerProConnectRoutes, registerSecondFactorRoutes, registerAccountFactorRoutes],
} satisfies AppModule;
