import type { AppModule } from '../../core/app-module.js';
import { oncallRemindersJob } from './oncall/reminders.js';
import { oncallResolvers } from './oncall/resolvers.js';
import { registerOncallRoutes } from './oncall/routes.js';
import { cpmsContractResolvers } from './contracts/resolvers.js';
import { contractEvaluationRemindersJob } from './contracts/reminders.js';
import { registerContractRoutes } from './contracts/routes.js';
import { cpmsIndicatorsResolvers } from './indicators/resolvers.js';
import { registerCpmsIndicatorsRoutes } from './indicators/routes.js';

/**
 * The Belgian CPMS (issue 19, docs/domain.md §5): the contracts of each centre with its schools, in step
 * with their plans de pilotage, the objectives contract with the DCO, the formal exchanges, and the 24/7
 * line's rota and calls. Its parts live in contracts/ and oncall/; the indicators gather both.
 */
export const cpmsModule = {
  name: 'cpms',
  resolvers: [cpmsContractResolvers, oncallResolvers, cpmsIndicatorsResolvers] as const,
  routes: [registerContractRoutes, registerOncallRoutes, registerCpmsIndicatorsRoutes],
  jobs: (services) => [contractEvaluationRemindersJob(services), oncallRemindersJob(services)],
} satisfies AppModule;
