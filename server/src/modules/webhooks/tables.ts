import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  WEBHOOK_DELIVERY_STATUSES,
  WEBHOOK_DISABLED_REASONS,
  WEBHOOK_EVENT_TYPES,
  type WebhookDeliveryStatus,
  type WebhookDisabledReason,
} from '@maillage/shared/api';
import { appUser } from '../identity/tables.js';
import { inList, nullOrIn } from '../../core/db/columns.js';

/*
 * Webhooks (issue 20), as migration 0036 creates them (written by hand: keep both in step). The secret
 * is in webhook_secret, which the request role is never granted.
 */

/** An address a service account's system receives events at. */
export const webhookEndpoint = pgTable(
  'webhook_endpoint',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serviceAccountId: uuid('service_account_id')
      .notNull()
      .references(() => appUser.id),
    url: text('url').notNull(),
    eventTypes: text('event_types').array().notNull(),
    description: text('description'),
    enabled: boolean('enabled').notNull().default(true),
    disabledReason: text('disabled_reason').$type<WebhookDisabledReason>(),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    /** The first failed attempt since the last success; null when the last attempt succeeded (or none yet). */
    failingSince: timestamp('failing_since', { withTimezone: true }),
    secretRotatedAt: timestamp('secret_rotated_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => appUser.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('webhook_endpoint_account_idx').on(t.serviceAccountId),
    check(
      'webhook_endpoint_event_types_check',
      sql.raw(
        `cardinality(event_types) > 0 and event_types <@ array[${WEBHOOK_EVENT_TYPES.map((e) => `'${e}'`).join(', ')}]::text[]`,
      ),
    ),
    check('webhook_endpoint_disabled_check', nullOrIn('disabled_reason', WEBHOOK_DISABLED_REASONS)),
    check('webhook_endpoint_enabled_check', sql`enabled = (disabled_reason is null)`),
  ],
);

/** The signing secret (whsec_…), and the former one for a day after a rotation. Never granted to the request role. */
export const webhookSecret = pgTable('webhook_secret', {
  endpointId: uuid('endpoint_id')
    .primaryKey()
    .references(() => webhookEndpoint.id, { onDelete: 'cascade' }),
  secret: text('secret').notNull(),
  previousSecret: text('previous_secret'),
  previousValidUntil: timestamp('previous_valid_until', { withTimezone: true }),
});

/** One event to send to one endpoint: its state and its last attempt; the attempts are in webhook_attempt. */
export const webhookDelivery = pgTable(
  'webhook_delivery',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    endpointId: uuid('endpoint_id')
      .notNull()
      .references(() => webhookEndpoint.id, { onDelete: 'cascade' }),
    /** The webhook-id header: the same for every endpoint, attempt and replay of the event. */
    eventId: uuid('event_id').notNull(),
    eventType: text('event_type').notNull(),
    objectType: text('object_type').notNull(),
    objectId: uuid('object_id').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    status: text('status').$type<WebhookDeliveryStatus>().notNull().default('PENDING'),
    attempts: integer('attempts').notNull().default(0),
    /** PENDING and set: waiting for this retry; PENDING and null: a job is queued for it. */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
    lastStatusCode: integer('last_status_code'),
    lastLatencyMs: integer('last_latency_ms'),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('webhook_delivery_event_key').on(t.endpointId, t.eventId),
    index('webhook_delivery_log_idx').on(t.endpointId, t.createdAt.desc(), t.id.desc()),
    index('webhook_delivery_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`next_attempt_at is not null`),
    index('webhook_delivery_created_idx').on(t.createdAt),
    check('webhook_delivery_status_check', inList('status', WEBHOOK_DELIVERY_STATUSES)),
    check('webhook_delivery_next_check', sql`next_attempt_at is null or status = 'PENDING'`),
  ],
);

/** One try at sending a delivery: when, the receiver's status code, how long it took, why it failed. */
export const webhookAttempt = pgTable(
  'webhook_attempt',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    deliveryId: uuid('delivery_id')
      .notNull()
      .references(() => webhookDelivery.id, { onDelete: 'cascade' }),
    attemptedAt: timestamp('attempted_at', { withTimezone: true }).notNull().defaultNow(),
    statusCode: integer('status_code'),
    latencyMs: integer('latency_ms').notNull(),
    error: text('error'),
    succeeded: boolean('succeeded').notNull(),
    manual: boolean('manual').notNull().default(false),
  },
  (t) => [index('webhook_attempt_delivery_idx').on(t.deliveryId, t.attemptedAt)],
);
