import { desc, eq, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { NOTIFICATION_KIND_INFO } from '@maillage/shared';
import type { RequestContext } from '../../core/context.js';
import type { Db, Queryable } from '../../core/db/driver.js';
import { badInput } from '../../core/errors.js';
import { decodeCursor, encodeCursor, pageSizeOf, type Connection } from '../../core/pagination.js';
import { parseInput } from '../../core/validation.js';
import type { ComposedEmail } from './email.js';
import type { Mailer } from './mailer.js';
import { emailOutbox, type CalendarAttachment } from './tables.js';

/** The kind of the daily digest's e-mails (the others are notification kinds). */
export const DIGEST_KIND = 'DIGEST';

/** One e-mail to keep: its recipient, the user it is for (null: an address of no account), its kind. */
export interface QueuedEmail {
  toAddress: string;
  userId: string | null;
  /** The notification kind (NOTIFICATION_KINDS), or DIGEST_KIND for the daily digest. */
  kind: string;
  email: ComposedEmail;
  /** An iCalendar invitation the e-mail carries. */
  calendar?: CalendarAttachment | null;
}

/** Beyond this many rows, queueEmails inserts in several statements (PostgreSQL's 65535 parameters). */
const INSERT_CHUNK = 500;

/** An address that goes into a To header: one mailbox, no line break. */
function checkAddress(address: string): string {
  const trimmed = address.trim();
  if (!/^[^\s<>@,;"]+@[^\s<>@,;"]+$/.test(trimmed)) throw new Error('an e-mail address is expected');
  return trimmed;
}

const rowOf = (e: QueuedEmail) => ({
  toAddress: checkAddress(e.toAddress),
  userId: e.userId,
  kind: e.kind,
  subject: e.email.subject,
  textBody: e.email.text,
  htmlBody: e.email.html,
  headers: e.email.headers,
  calendar: e.calendar ?? null,
});

/**
 * Keeps e-mails in the outbox, set-wise (one INSERT per 500 rows), and returns their ids in the order
 * given. Runs as the owner (the table grants no INSERT to maillage_app), in the caller's transaction
 * when it passes one: the delivery jobs are enqueued with these ids.
 */
export async function queueEmails(db: Queryable, emails: readonly QueuedEmail[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < emails.length; i += INSERT_CHUNK) {
    const rows = await db
      .insert(emailOutbox)
      .values(emails.slice(i, i + INSERT_CHUNK).map(rowOf))
      .returning({ id: emailOutbox.id });
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

/** Keeps one e-mail in the outbox and returns its id. */
export async function queueEmail(db: Queryable, email: QueuedEmail): Promise<string> {
  const [id] = await queueEmails(db, [email]);
  return id!;
}

export type DeliveryOutcome =
  /** Handed to the SMTP server now. */
  | { status: 'SENT'; messageId: string }
  /** No SMTP_URL: recorded as kept in the outbox (delivered_via OUTBOX). */
  | { status: 'KEPT' }
  /** Already sent or kept by an earlier delivery: nothing done (a retried job). */
  | { status: 'ALREADY_DONE' }
  /** No such row (deleted since): nothing to do. */
  | { status: 'MISSING' };

/**
 * Delivers one outbox e-mail, once: the row is locked (FOR UPDATE) for the send, so that two
 * deliveries of the same id (a retried job, two workers) never both send; a row already sent or kept
 * is left alone. The mailer's answer is recorded (delivered_via, sent_at, message_id) in the same
 * transaction. An SMTP failure throws (the job queue retries) and leaves the row unsent.
 */
export async function deliverOutboxEmail(db: Db, mailer: Mailer, id: string): Promise<DeliveryOutcome> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(emailOutbox).where(eq(emailOutbox.id, id)).for('update');
    if (!row) return { status: 'MISSING' } as const;
    if (row.deliveredVia !== null || row.sentAt !== null) return { status: 'ALREADY_DONE' } as const;
    const sent = await mailer.send({
      to: row.toAddress,
      subject: row.subject,
      text: row.textBody,
      html: row.htmlBody,
      headers: row.headers,
      calendar: row.calendar,
    });
    await tx
      .update(emailOutbox)
      // Kept in the outbox: nothing was sent, so no sent_at (the admin page shows it as kept).
      .set(sent ? { deliveredVia: 'SMTP', sentAt: sql`now()`, messageId: sent.messageId } : { deliveredVia: 'OUTBOX' })
      .where(eq(emailOutbox.id, id));
    return sent ? ({ status: 'SENT', messageId: sent.messageId } as const) : ({ status: 'KEPT' } as const);
  });
}

export type OutboxEmailRow = typeof emailOutbox.$inferSelect;

/** The keyset of the admin list: created_at at full precision (microseconds, as text), then the id. */
const createdKey = sql<string>`to_char(${emailOutbox.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const cursorOf = z.tuple([z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/), z.uuid()]);

/**
 * The outbox for the admin page, newest first, as the reader (row-level security lets administrators
 * alone read it: anyone else would get an empty list, were the field's policy ever loosened).
 */
export async function listOutboxEmails(
  ctx: RequestContext,
  first: number | null,
  after: string | null,
): Promise<Connection<OutboxEmailRow>> {
  const limit = pageSizeOf(first, 200);
  let afterCondition: SQL | undefined;
  if (after) {
    const parsed = cursorOf.safeParse(decodeCursor(after, 2));
    if (!parsed.success) throw badInput([{ path: 'after', message: 'curseur invalide' }]);
    const [key, id] = parsed.data;
    afterCondition = sql`(${emailOutbox.createdAt}, ${emailOutbox.id}) < (${key}::timestamptz, ${id}::uuid)`;
  }
  const [rows, [count]] = await Promise.all([
    ctx.db
      .select({ row: emailOutbox, key: createdKey })
      .from(emailOutbox)
      .where(afterCondition)
      .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
      .limit(limit + 1),
    ctx.db.select({ n: sql<number>`count(*)::int` }).from(emailOutbox),
  ]);
  const nodes = rows.slice(0, limit);
  const last = nodes[nodes.length - 1];
  return {
    nodes: nodes.map((r) => r.row),
    pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? encodeCursor([last.key, last.row.id]) : null },
    totalCount: count!.n,
  };
}

/** One e-mail of the outbox, as the reader; its reading is recorded (an administrator read a user's e-mail). */
export async function getOutboxEmail(ctx: RequestContext, id: string): Promise<OutboxEmailRow | null> {
  parseInput(z.uuid({ message: 'identifiant invalide' }), id, 'id');
  const [row] = await ctx.db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
  if (row) await ctx.audit({ action: 'email_outbox.read', subjectType: 'email_outbox', subjectId: id });
  return row ?? null;
}

/** The French name of an outbox e-mail's kind. */
export function outboxKindLabel(kind: string): string {
  if (kind === DIGEST_KIND) return 'Récapitulatif quotidien';
  return (NOTIFICATION_KIND_INFO as Record<string, { label: string } | undefined>)[kind]?.label ?? kind;
}
