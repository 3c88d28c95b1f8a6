import { eq, sql } from 'drizzle-orm';
import type { Db, Queryable } from '../../core/db/driver.js';
import type { ComposedEmail } from './email.js';
import type { Mailer } from './mailer.js';
import { emailOutbox } from './tables.js';

/** One e-mail to keep: its recipient, the user it is for (null: an address of no account), its kind. */
export interface QueuedEmail {
  toAddress: string;
  userId: string | null;
  /** The notification kind (NOTIFICATION_KINDS), or DIGEST for the daily digest. */
  kind: string;
  email: ComposedEmail;
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
    });
    await tx
      .update(emailOutbox)
      // Kept in the outbox: nothing was sent, so no sent_at (the admin page shows it as kept).
      .set(sent ? { deliveredVia: 'SMTP', sentAt: sql`now()`, messageId: sent.messageId } : { deliveredVia: 'OUTBOX' })
      .where(eq(emailOutbox.id, id));
    return sent ? ({ status: 'SENT', messageId: sent.messageId } as const) : ({ status: 'KEPT' } as const);
  });
}
