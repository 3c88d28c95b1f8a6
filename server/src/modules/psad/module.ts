import type { AppModule } from '../../core/app-module.js';
import { caseResolvers } from './cases/resolvers.js';
import { dashboardResolvers } from './dashboard/resolvers.js';
import { registerExportRoutes } from './export/routes.js';
import { importResolvers } from './import/resolvers.js';
import { registerImportRoutes } from './import/routes.js';
import { youngPersonMergeResolvers } from './merge/resolvers.js';
import { psadResolvers } from './resolvers.js';

/** PSAD platforms, their follow-up lists (imports, signals, cases), dashboards and exports. */
export const psadModule = {
  name: 'psad',
  resolvers: [psadResolvers, importResolvers, caseResolvers, youngPersonMergeResolvers, dashboardResolvers] as const,
  routes: [registerImportRoutes, registerExportRoutes],
} satisfies AppModule;
