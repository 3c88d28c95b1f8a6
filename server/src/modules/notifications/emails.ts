import type { JobDefinition } from '../../core/jobs.js';
import type { Services } from '../../core/services.js';
import { EVENT_EMAILS_JOB } from './fanout.js';

/** The e-mails of one event's IMMEDIATE recipients (composed and delivered once the e-mail channel lands). */
export const eventEmailsJob = (_services: Services): JobDefinition<never> => ({
  name: EVENT_EMAILS_JOB,
  handler: async () => undefined,
});
