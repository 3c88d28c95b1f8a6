import { sql } from 'drizzle-orm';
import type { NotificationKind } from '@maillage/shared';
import type { RequestContext } from '../../core/context.js';
import { asOwner } from '../../core/db/actor-tx.js';
import type { Tx } from '../../core/db/driver.js';
import type { JobDefinition } from '../../core/jobs.js';
import type { Services } from '../../core/services.js';
import { composeDigestEmail, composeNotificationEmail } from './email.js';
import { EVENT_EMAILS_JOB } from './fanout.js';
import { meetingCalendar } from '../../core/documents/index.js';
import type { CalendarAttachment, CalendarInvite } from './tables.js';
import { deliverOutboxEmail, DIGEST_KIND, queueEmails, type QueuedEmail } from './outbox.js';

/** Hands one outbox e-mail to SMTP (or keeps it, without SMTP_URL); retried with backoff. */
export const EMAIL_DELIVERY_JOB = 'email-delivery';
/** Every morning, one e-mail per user with the notices they chose to receive in the digest. */
export const DIGEST_JOB = 'notification-digest';

/** The preferences page, where a digest's List-Unsubscribe leads. */
export const PREFERENCES_PATH = '/notifications/preferences';

type PendingNotice = {
  id: string;
  user_id: string;
  email: string;
  kind: NotificationKind;
  count: number;
  link: string;
  organisation_name: string | null;
  calendar: CalendarInvite | null;
};

/** The invitation's file for one recipient, named as its attendee. */
export function calendarFor(invite: CalendarInvite, attendee: { email: string; name?: string }): CalendarAttachment {
  return {
    method: invite.method,
    content: meetingCalendar({
      ...invite,
      start: new Date(invite.start),
      end: new Date(invite.end),
      description: invite.description ?? undefined,
      location: invite.location ?? undefined,
      url: invite.url ?? undefined,
      status: invite.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
      attendees: [attendee],
    }),
  };
}

/**
 * Queues the e-mails and their delivery jobs in the transaction that marks the notices SENT: a retried
 * job finds them SENT and queues nothing twice.
 */
async function queueAndMark(services: Services, tx: Tx, notices: PendingNotice[], emails: QueuedEmail[]) {
  const ids = await queueEmails(tx, emails);
  await tx.execute(sql`update notification set email_state = 'SENT'
    where id = any (${sql.param(notices.map((n) => n.id))}::uuid[])`);
  await services.jobs.sendManyInTx(
    tx,
    EMAIL_DELIVERY_JOB,
    ids.map((outboxId) => ({ outboxId })),
  );
  return ids.length;
}

const PENDING = (state: 'IMMEDIATE' | 'DIGEST') => sql`
  select n.id, n.user_id, u.email, n.kind, n.count, n.link, o.name as organisation_name, n.calendar
  from notification n
  join app_user u on u.id = n.user_id and u.active
  left join organisation o on o.id = n.organisation_id
  where n.email_state = ${state}`;

/** The e-mails of one event's recipients who chose IMMEDIATE. */
export async function sendEventEmails(services: Services, eventId: string): Promise<number> {
  return services.database.db.transaction(async (tx) => {
    const { rows } = await tx.execute<PendingNotice>(
      sql`${PENDING('IMMEDIATE')} and n.event_id = ${eventId}::uuid for update of n`,
    );
    if (rows.length === 0) return 0;
    const appUrl = services.config.APP_URL;
    return queueAndMark(
      services,
      tx,
      rows,
      rows.map((n) => ({
        toAddress: n.email,
        userId: n.user_id,
        kind: n.kind,
        email: composeNotificationEmail({
          kind: n.kind,
          count: n.count,
          organisationName: n.organisation_name,
          link: n.link,
          appUrl,
        }),
        calendar: n.calendar ? calendarFor(n.calendar, { email: n.email }) : null,
      })),
    );
  });
}

/** Each user's DIGEST notices in one e-mail, set-wise; the notices become SENT with it. */
export async function sendDigests(services: Services): Promise<number> {
  return services.database.db.transaction(async (tx) => {
    const { rows } = await tx.execute<PendingNotice>(
      sql`${PENDING('DIGEST')} order by n.user_id, n.created_at for update of n`,
    );
    if (rows.length === 0) return 0;
    const byUser = new Map<string, PendingNotice[]>();
    for (const n of rows) byUser.set(n.user_id, [...(byUser.get(n.user_id) ?? []), n]);
    const appUrl = services.config.APP_URL;
    return queueAndMark(
      services,
      tx,
      rows,
      [...byUser.values()].map((notices) => ({
        toAddress: notices[0]!.email,
        userId: notices[0]!.user_id,
        kind: DIGEST_KIND,
        email: composeDigestEmail({
          items: notices.map((n) => ({
            kind: n.kind,
            count: n.count,
            organisationName: n.organisation_name,
            link: n.link,
          })),
          appUrl,
          preferencesUrl: PREFERENCES_PATH,
        }),
      })),
    );
  });
}

export const eventEmailsJob = (services: Services): JobDefinition<never> => ({
  name: EVENT_EMAILS_JOB,
  expireInSeconds: 120,
  handler: async (data: { eventId: string }) => {
    await sendEventEmails(services, data.eventId);
  },
});

export const emailDeliveryJob = (services: Services): JobDefinition<never> => ({
  name: EMAIL_DELIVERY_JOB,
  // A fan-out to many: up to 25 e-mails per fetch, handed one after the other to the pooled transport.
  batchSize: 25,
  // An SMTP server down for a while: tried again after 1, 2, 4… minutes, for about a day.
  retryLimit: 10,
  retryDelaySeconds: 60,
  expireInSeconds: 120,
  handler: async (data: { outboxId: string }) => {
    await deliverOutboxEmail(services.database.db, services.mailer, data.outboxId);
  },
});

export const digestJob = (services: Services): JobDefinition<never> => ({
  name: DIGEST_JOB,
  cron: '0 7 * * *',
  handler: async () => {
    const sent = await sendDigests(services);
    services.logger.info({ digests: sent }, 'notification digests queued');
  },
});

/**
 * E-mails to addresses of no account (a meeting's guests), queued as the owner in the request's
 * transaction with their delivery jobs: they leave only if the change commits.
 */
export async function sendDirectEmails(ctx: RequestContext, emails: QueuedEmail[]): Promise<void> {
  if (emails.length === 0 || ctx.services.config.NOTIFICATIONS === 'off') return;
  await asOwner(ctx.db, ctx.actor!, async (tx) => {
    const ids = await queueEmails(tx, emails);
    await ctx.services.jobs.sendManyInTx(
      tx,
      EMAIL_DELIVERY_JOB,
      ids.map((outboxId) => ({ outboxId })),
    );
  });
}
