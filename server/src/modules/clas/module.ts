import type { AppModule } from '../../core/app-module.js';
import { clasDashboardResolvers } from './dashboard/resolvers.js';
import { registerClasDashboardRoutes } from './dashboard/routes.js';
import { clasResolvers } from './resolvers.js';

/** CLAS projects: declaration, eligibility, the CAF's decision, the year's follow-up, the dashboard. */
export const clasModule = {
  name: 'clas',
  resolvers: [clasDashboardResolvers, clasResolvers] as const,
  routes: [registerClasDashboardRoutes],
} satisfies AppModule;
