import type { AppModule } from '../../core/app-module.js';
import { networkResolvers } from './networks/resolvers.js';
import { evaluationResolvers } from './evaluation/resolvers.js';
import { registerEvaluationRoutes } from './evaluation/routes.js';
import { orientationResolvers } from './resolvers.js';
import { registerOrientationRoutes } from './routes.js';
import { workPlanRemindersJob } from './workplan/reminders.js';
import { workPlanResolvers } from './workplan/resolvers.js';
import { registerWorkPlanRoutes } from './workplan/routes.js';

/**
 * The orientation service of a département (issue 18, docs/domain.md §5): a CIO's PsyEn in networks
 * around a lycée tête de réseau, their time by period, the « qui fait quoi ? », the transversal files,
 * the work plan of the experiment and its evaluation.
 */
export const orientationModule = {
  name: 'orientation',
  resolvers: [orientationResolvers, networkResolvers, workPlanResolvers, evaluationResolvers] as const,
  routes: [registerOrientationRoutes, registerWorkPlanRoutes, registerEvaluationRoutes],
  jobs: (services) => [workPlanRemindersJob(services)],
} satisfies AppModule;
