import type { AppModule } from '../../core/app-module.js';
import { orphanSweepJob } from './documents/orphans.js';
import { documentResolvers } from './documents/resolvers.js';
import { registerDocumentRoutes } from './documents/routes.js';
import { parcoursIndicatorsResolvers } from './indicators/resolvers.js';
import { registerParcoursIndicatorsRoutes } from './indicators/routes.js';
import { parcoursResolvers } from './resolvers.js';

/** Référence de parcours: the person's list, the référence, the plan, synthèses, the digital locker. */
export const parcoursModule = {
  name: 'parcours',
  resolvers: [parcoursIndicatorsResolvers, parcoursResolvers, documentResolvers] as const,
  routes: [registerDocumentRoutes, registerParcoursIndicatorsRoutes],
  jobs: (services) => [orphanSweepJob(services)],
} satisfies AppModule;
