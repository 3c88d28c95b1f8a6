import type { AppModule } from '../../core/app-module.js';
import { digestJob, emailDeliveryJob, eventEmailsJob } from './emails.js';
import { fanOutJob } from './fanout.js';
import { clasBilanDueJob, referentRemindersJob } from './reminders.js';
import { outboxResolvers } from './outbox-resolvers.js';
import { notificationResolvers } from './resolvers.js';
import { registerNotificationRoutes } from './routes.js';

/** Notifications: in the app (the bell, live), by e-mail (now or in the daily digest), per the user's preferences. */
export const notificationsModule = {
  name: 'notifications',
  resolvers: [notificationResolvers, outboxResolvers] as const,
  routes: [registerNotificationRoutes],
  jobs: (services) => [
    fanOutJob(services),
    eventEmailsJob(services),
    emailDeliveryJob(services),
    digestJob(services),
    referentRemindersJob(services),
    clasBilanDueJob(services),
  ],
} satisfies AppModule;
