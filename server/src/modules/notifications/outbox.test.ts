import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS } from '@maillage/shared';
import { freePort, freshDatabase } from '../../../test/harness.js';
import { startSmtp } from '../../../test/smtp.js';
import { loadConfig } from '../../core/config.js';
import type { Database } from '../../core/db/driver.js';
import { composeDigestEmail, composeNotificationEmail, notificationSentence } from './email.js';
import { createMailer, MailDeliveryError, type Mailer } from './mailer.js';
import { deliverOutboxEmail, queueEmail, queueEmails } from './outbox.js';
import { emailOutbox } from './tables.js';

const APP_URL = 'https://maillage.example';

let database: Database;
let drop: () => Promise<void>;
let userId: string;
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  ({ database, drop } = await freshDatabase());
  const rows = await database.db.execute<{ id: string }>(
    sql`select id from app_user where email = 'conseiller@demo.test'`,
  );
  userId = rows.rows[0]!.id;
});
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});
afterAll(() => drop());

function mailerFor(env: Record<string, string>): Mailer {
  const mailer = createMailer(loadConfig({ NODE_ENV: 'test', ...env }));
  closers.push(() => mailer.close());
  return mailer;
}

async function smtp(options?: { refuseRecipients?: boolean }) {
  const server = await startSmtp(options);
  closers.push(server.close);
  return server;
}

const rowOf = async (id: string) => (await database.db.select().from(emailOutbox).where(eq(emailOutbox.id, id)))[0]!;

const notice = (kind: (typeof NOTIFICATION_KINDS)[number]) =>
  composeNotificationEmail({
    kind,
    count: 25,
    organisationName: 'Mission locale de Bourges',
    link: `/notifications/${kind.toLowerCase()}`,
    appUrl: APP_URL,
  });

describe('delivery through SMTP', () => {
  it('sends an e-mail of every kind: French subject, HTML and text parts, the link; records it sent', async () => {
    const server = await smtp();
    const mailer = mailerFor({ SMTP_URL: server.url, MAIL_FROM: 'Maillage <ne-pas-repondre@maillage.example>' });
    const ids = await queueEmails(
      database.db,
      NOTIFICATION_KINDS.map((kind) => ({ toAddress: 'conseiller@demo.test', userId, kind, email: notice(kind) })),
    );
    expect(ids).toHaveLength(NOTIFICATION_KINDS.length);

    for (const id of ids) expect((await deliverOutboxEmail(database.db, mailer, id)).status).toBe('SENT');

    expect(server.received).toHaveLength(NOTIFICATION_KINDS.length);
    for (const [i, kind] of NOTIFICATION_KINDS.entries()) {
      const got = server.received.find((r) => r.mail.subject === notice(kind).subject);
      expect(got, kind).toBeDefined();
      const { mail } = got!;
      expect(got!.from).toBe('ne-pas-repondre@maillage.example');
      expect(got!.to).toEqual(['conseiller@demo.test']);
      expect(mail.subject).toMatch(/^Maillage : /);
      expect(mail.text).toContain(notificationSentence(kind, 25, 'Mission locale de Bourges'));
      expect(mail.text).toContain(`${APP_URL}/notifications/${kind.toLowerCase()}`);
      expect(mail.html).toContain(`<html lang="fr"`);
      expect(mail.html).toContain(`href="${APP_URL}/notifications/${kind.toLowerCase()}"`);
      expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
      expect(mail.headers.get('list-unsubscribe')).toBeUndefined();

      const row = await rowOf(ids[i]!);
      expect(row.deliveredVia).toBe('SMTP');
      expect(row.sentAt).toBeInstanceOf(Date);
      expect(row.messageId).toBe(mail.messageId);
    }
    expect(notice('CASES_ASSIGNED').text).toContain('25 dossiers ont été attribués à Mission locale de Bourges.');
  });

  it('sends a digest with List-Unsubscribe and the way to change preferences', async () => {
    const server = await smtp();
    const mailer = mailerFor({ SMTP_URL: server.url });
    const email = composeDigestEmail({
      items: [
        { kind: 'SIGNAL_RECEIVED', count: 3, organisationName: 'CIO de Bourges', link: '/psad' },
        { kind: 'CLAS_PROJECT_SUBMITTED', count: 1, organisationName: 'Association Coup de Pouce', link: '/caf/clas' },
      ],
      appUrl: APP_URL,
      preferencesUrl: '/notifications/preferences',
    });
    const id = await queueEmail(database.db, { toAddress: 'referent@demo.test', userId, kind: 'DIGEST', email });
    expect(await deliverOutboxEmail(database.db, mailer, id)).toMatchObject({ status: 'SENT' });

    expect(server.received).toHaveLength(1);
    const { mail, raw } = server.received[0]!;
    expect(mail.subject).toBe('Maillage : votre récapitulatif (4 nouveautés)');
    expect(raw).toMatch(/^List-Unsubscribe: <https:\/\/maillage\.example\/notifications\/preferences>\r$/m);
    expect(mail.text).toContain('3 signalements ont été reçus par CIO de Bourges.');
    expect(mail.text).toContain('Un projet CLAS a été déposé par Association Coup de Pouce.');
    expect(mail.text).toContain('préférences de notification');
    expect(mail.html).toContain(`href="${APP_URL}/notifications/preferences"`);
    expect(mail.html).toContain(`href="${APP_URL}/caf/clas"`);
    expect(mail.from?.value).toEqual([{ name: 'Maillage', address: 'ne-pas-repondre@maillage.localhost' }]);
  });

  it('never sends twice: a redelivery, even two at once, sends nothing more', async () => {
    const server = await smtp();
    const mailer = mailerFor({ SMTP_URL: server.url });
    const id = await queueEmail(database.db, {
      toAddress: 'conseiller@demo.test',
      userId,
      kind: 'CASES_ASSIGNED',
      email: notice('CASES_ASSIGNED'),
    });
    const outcomes = await Promise.all([
      deliverOutboxEmail(database.db, mailer, id),
      deliverOutboxEmail(database.db, mailer, id),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['ALREADY_DONE', 'SENT']);
    const sent = await rowOf(id);
    expect(await deliverOutboxEmail(database.db, mailer, id)).toEqual({ status: 'ALREADY_DONE' });
    expect(server.received).toHaveLength(1);
    expect(await rowOf(id)).toEqual(sent);
  });

  it('a refusing server: the delivery throws, without the address, and the row stays unsent for a retry', async () => {
    const refusing = await smtp({ refuseRecipients: true });
    const id = await queueEmail(database.db, {
      toAddress: 'conseiller@demo.test',
      userId,
      kind: 'CASES_ASSIGNED',
      email: notice('CASES_ASSIGNED'),
    });
    const error = await deliverOutboxEmail(database.db, mailerFor({ SMTP_URL: refusing.url }), id).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MailDeliveryError);
    expect(String((error as Error).message)).not.toContain('conseiller');
    expect(JSON.stringify(error)).not.toContain('conseiller');
    expect(refusing.received).toHaveLength(0);
    expect(await rowOf(id)).toMatchObject({ deliveredVia: null, sentAt: null, messageId: null });

    // Nobody listening: it throws too, and the row stays unsent.
    const closedPort = await freePort();
    await expect(
      deliverOutboxEmail(database.db, mailerFor({ SMTP_URL: `smtp://127.0.0.1:${closedPort}` }), id),
    ).rejects.toBeInstanceOf(MailDeliveryError);
    expect(await rowOf(id)).toMatchObject({ deliveredVia: null, sentAt: null });

    // The retry, once a server accepts it, sends it.
    const server = await smtp();
    expect(await deliverOutboxEmail(database.db, mailerFor({ SMTP_URL: server.url }), id)).toMatchObject({
      status: 'SENT',
    });
    expect(server.received).toHaveLength(1);
  });
});

describe('without SMTP_URL', () => {
  it('keeps the e-mail in the outbox (delivered_via OUTBOX), sends nothing, and does not send it later', async () => {
    const mailer = mailerFor({});
    expect(mailer.sends).toBe(false);
    const id = await queueEmail(database.db, {
      toAddress: 'conseiller@demo.test',
      userId,
      kind: 'SECURITY_PASSWORD_CHANGED',
      email: notice('SECURITY_PASSWORD_CHANGED'),
    });
    expect(await deliverOutboxEmail(database.db, mailer, id)).toEqual({ status: 'KEPT' });
    const row = await rowOf(id);
    expect(row).toMatchObject({
      deliveredVia: 'OUTBOX',
      sentAt: null,
      messageId: null,
      kind: 'SECURITY_PASSWORD_CHANGED',
    });
    expect(row.textBody).toContain('Le mot de passe de votre compte Maillage a été modifié');

    // A server configured afterwards does not send what was kept.
    const server = await smtp();
    expect(await deliverOutboxEmail(database.db, mailerFor({ SMTP_URL: server.url }), id)).toEqual({
      status: 'ALREADY_DONE',
    });
    expect(server.received).toHaveLength(0);
  });

  it('answers MISSING for an id that is not in the outbox', async () => {
    expect(await deliverOutboxEmail(database.db, mailerFor({}), '00000000-0000-4000-8000-000000000000')).toEqual({
      status: 'MISSING',
    });
  });

  it('refuses an address that could forge headers', async () => {
    await expect(
      queueEmail(database.db, {
        toAddress: 'a@b.example\r\nBcc: c@d.example',
        userId: null,
        kind: 'CASES_ASSIGNED',
        email: notice('CASES_ASSIGNED'),
      }),
    ).rejects.toThrow(/e-mail address/);
  });
});
