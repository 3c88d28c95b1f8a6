import type { AppModule } from '../../core/app-module.js';
import { bilanFiguresJob } from './bilan/figures-job.js';
import { bilanResolvers } from './bilan/resolvers.js';
import { instanceResolvers } from './resolvers.js';
import { registerMinutesRoutes } from './routes.js';
import { toolsResolvers } from './tools.resolvers.js';
import { registerToolsRoutes } from './tools.routes.js';

/**
 * The meetings of the bodies a platform convenes (cotech, COPIL, inter-PSAD…): invitations with their
 * calendar files, situations a cotech examines, minutes, decisions and follow-up actions; and the
 * platform's shared tools: the catalogue of solutions, its specific actions, its veille documentaire.
 */
export const instancesModule = {
  name: 'instances',
  resolvers: [instanceResolvers, bilanResolvers, toolsResolvers] as const,
  routes: [registerMinutesRoutes, registerToolsRoutes],
  jobs: (services) => [bilanFiguresJob(services)],
} satisfies AppModule;
