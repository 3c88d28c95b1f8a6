import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { appUser, organisation } from '../identity/tables.js';

/** An iCalendar object an e-mail carries, as RFC 5545 text, with its METHOD repeated for the MIME part. */
export interface CalendarAttachment {
  method: 'REQUEST' | 'CANCEL';
  content: string;
}

/**
 * A meeting's invitation as a notification keeps it: the event, not the file. Each recipient's e-mail
 * gets its own file, naming them as the attendee (what Outlook and Thunderbird match to offer a reply).
 */
export interface CalendarInvite {
  method: 'REQUEST' | 'CANCEL';
  uid: string;
  sequence: number;
  /** ISO instants. */
  start: string;
  end: string;
  timezone: 'Europe/Paris' | 'Europe/Brussels';
  summary: string;
  description: string | null;
  location: string | null;
  url: string | null;
  organizer: { name: string; email: string };
}

/**
 * One user's notice of one event (notifications/fanout.ts writes them, set-wise, for every recipient
 * the event's policy resolves). Never a person's name: the kind, the organisation, a count and a link
 * to the object, which the user opens signed in. `email_state` says what is left to send by e-mail:
 * IMMEDIATE (the fan-out's e-mail job takes it), DIGEST (the next daily digest), SENT, or NONE.
 */
export const notification = pgTable(
  'notification',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    /** The event it came from: a retried fan-out writes each user's notice once. */
    eventId: uuid('event_id').notNull(),
    organisationId: uuid('organisation_id').references(() => organisation.id, { onDelete: 'set null' }),
    targetType: text('target_type'),
    targetId: uuid('target_id'),
    /** The app's path to the object (/psad/dossiers/…): relative, the e-mail adds APP_URL. */
    link: text('link').notNull(),
    /** How many objects the event counts (25 cases assigned at once). */
    count: integer('count').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
    emailState: text('email_state').notNull().default('NONE'),
    /** The meeting invitation the e-mail carries (an invitation, update or cancellation). */
    calendar: jsonb('calendar').$type<CalendarInvite>(),
  },
  (t) => [
    check('notification_email_state_check', sql`email_state in ('NONE', 'IMMEDIATE', 'DIGEST', 'SENT')`),
    check('notification_count_check', sql`count >= 1`),
    uniqueIndex('notification_event_user_idx').on(t.eventId, t.userId),
    // The bell's unread count and the list page, newest first.
    index('notification_user_created_idx').on(t.userId, t.createdAt.desc(), t.id),
    index('notification_user_unread_idx')
      .on(t.userId)
      .where(sql`read_at is null`),
    index('notification_digest_idx')
      .on(t.userId, t.createdAt)
      .where(sql`email_state = 'DIGEST'`),
  ],
);

/** A user's choice per kind: IMMEDIATE (in the app and by e-mail now), DIGEST, IN_APP only, or OFF. */
export const notificationPreference = pgTable(
  'notification_preference',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    mode: text('mode').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.kind] }),
    check('notification_preference_mode_check', sql`mode in ('IMMEDIATE', 'DIGEST', 'IN_APP', 'OFF')`),
  ],
);

/**
 * Every e-mail the app composed, and what became of it: handed to SMTP (`sent_at`), or kept here
 * when no SMTP_URL is set (outside production) for an administrator to read in the app. The bodies
 * name no young person nor PA (notifications/email.ts): kinds, organisations and links only.
 */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    toAddress: text('to_address').notNull(),
    userId: uuid('user_id').references(() => appUser.id, { onDelete: 'set null' }),
    kind: text('kind').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body').notNull(),
    headers: jsonb('headers').$type<Record<string, string>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** SMTP when handed to the server, OUTBOX when kept here (no SMTP_URL). */
    deliveredVia: text('delivered_via'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    messageId: text('message_id'),
    /** An iCalendar invitation sent with the e-mail (text/calendar, METHOD REQUEST or CANCEL). */
    calendar: jsonb('calendar').$type<CalendarAttachment>(),
  },
  (t) => [
    check('email_outbox_via_check', sql`delivered_via is null or delivered_via in ('SMTP', 'OUTBOX')`),
    index('email_outbox_created_idx').on(t.createdAt.desc(), t.id),
  ],
);

/**
 * @fastify/rate-limit's counters, shared by every API process (core/rate-limit-store.ts): one row per
 * key (route and address) and window.
 */
export const rateLimitHit = pgTable(
  'rate_limit_hit',
  {
    key: text('key').primaryKey(),
    count: integer('count').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('rate_limit_hit_expires_idx').on(t.expiresAt)],
);
