import type { AppModule } from '../../core/app-module.js';
import { bilanResolvers } from './bilan/resolvers.js';
import { instanceResolvers } from './resolvers.js';
import { registerMinutesRoutes } from './routes.js';

/**
 * The meetings of the bodies a platform convenes (cotech, COPIL, inter-PSAD…): invitations with their
 * calendar files, situations a cotech examines, minutes, decisions and follow-up actions.
 */
export const instancesModule = {
  name: 'instances',
  resolvers: [instanceResolvers, bilanResolvers] as const,
  routes: [registerMinutesRoutes],
} satisfies AppModule;
