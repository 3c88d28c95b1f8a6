import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../../test/harness.js';
import { composeDigestEmail, composeNotificationEmail } from './email.js';
import { deliverOutboxEmail, DIGEST_KIND, queueEmails } from './outbox.js';

let t: TestApp;
let admin: string;
let ids: string[];

const LIST = `query Outbox($first: Int, $after: String) {
  outboxEmails(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id toAddress kind kindLabel subject createdAt deliveredVia sentAt }
  }
}`;
const ONE = `query OutboxEmail($id: ID!) { outboxEmail(id: $id) { id subject kindLabel textBody deliveredVia } }`;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin@demo.test');
  const email = (n: number) =>
    composeNotificationEmail({
      kind: 'CASES_ASSIGNED',
      count: n,
      organisationName: 'Mission locale de Bourges',
      link: '/suivis',
      appUrl: t.config.APP_URL,
    });
  // Five e-mails queued in one statement (one created_at), then a digest: the page order still holds.
  ids = await queueEmails(
    t.database.db,
    [1, 2, 3, 4, 5].map((n) => ({
      toAddress: 'conseiller@demo.test',
      userId: null,
      kind: 'CASES_ASSIGNED',
      email: email(n),
    })),
  );
  const digest = composeDigestEmail({
    items: [{ kind: 'SIGNAL_RECEIVED', count: 2, organisationName: 'CIO de Bourges', link: '/psad' }],
    appUrl: t.config.APP_URL,
    preferencesUrl: '/notifications/preferences',
  });
  ids.push(
    ...(await queueEmails(t.database.db, [
      { toAddress: 'referent@demo.test', userId: null, kind: DIGEST_KIND, email: digest },
    ])),
  );
  // No SMTP_URL in tests: the app's mailer keeps it in the outbox.
  expect(t.app.services.mailer.sends).toBe(false);
  expect(await deliverOutboxEmail(t.database.db, t.app.services.mailer, ids[5]!)).toEqual({ status: 'KEPT' });
});
afterAll(() => t.close());

describe('outboxEmails (« Courriels envoyés »)', () => {
  it('lists the e-mails newest first, page by page, each once', async () => {
    const first = ok(await t.gql(admin, LIST, { first: 4 }), 'outboxEmails');
    expect(first.totalCount).toBe(6);
    expect(first.nodes[0]).toMatchObject({
      id: ids[5],
      toAddress: 'referent@demo.test',
      kind: 'DIGEST',
      kindLabel: 'Récapitulatif quotidien',
      subject: 'Maillage : votre récapitulatif (2 nouveautés)',
      deliveredVia: 'OUTBOX',
      sentAt: null,
    });
    expect(first.nodes[1]).toMatchObject({
      kind: 'CASES_ASSIGNED',
      kindLabel: 'Dossiers attribués à votre organisation',
      deliveredVia: null,
    });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = ok(await t.gql(admin, LIST, { first: 4, after: first.pageInfo.endCursor }), 'outboxEmails');
    expect(second.pageInfo.hasNextPage).toBe(false);
    const seen = [...first.nodes, ...second.nodes].map((n) => n.id);
    expect(seen).toHaveLength(6);
    expect(new Set(seen)).toEqual(new Set(ids));
  });

  it('refuses a forged cursor and a page too large', async () => {
    const forged = Buffer.from(JSON.stringify(["'; drop table x; --", 'x'])).toString('base64url');
    expect((await t.gql(admin, LIST, { after: forged })).errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect((await t.gql(admin, LIST, { first: 1000 })).errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('gives one e-mail its text, and records that it was read', async () => {
    const one = ok(await t.gql(admin, ONE, { id: ids[0] }), 'outboxEmail');
    expect(one).toMatchObject({ id: ids[0], kindLabel: 'Dossiers attribués à votre organisation' });
    expect(one!.textBody).toContain('Un dossier a été attribué à Mission locale de Bourges.');
    const events = await t.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_event where action = 'email_outbox.read' and subject_id = ${ids[0]}`,
    );
    expect(events.rows[0]!.n).toBe(1);
    expect(ok(await t.gql(admin, ONE, { id: '0190a5e2-7c4b-7d3e-9f00-00000000dead' }), 'outboxEmail')).toBeNull();
  });

  it('refuses anyone but an administrator, and anonymous callers', async () => {
    for (const who of ['referent', 'conseiller', 'social', 'caf', 'porteur']) {
      const token = await t.login(`${who}@demo.test`);
      const list = await t.gql(token, LIST, {});
      expect(list.errors?.[0]?.extensions.code, who).toBe('FORBIDDEN');
      expect(list.data).toBeNull();
      const one = await t.gql(token, ONE, { id: ids[0] });
      expect(one.errors?.[0]?.extensions.code, who).toBe('FORBIDDEN');
    }
    expect((await t.gql(null, LIST, {})).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('is shut by row-level security too: the application role of a non-admin reads no row', async () => {
    const rows = await t.database.db.transaction(async (tx) => {
      await tx.execute(sql`set local role maillage_app`);
      return tx.execute<{ n: number }>(sql`select count(*)::int as n from email_outbox`);
    });
    expect(rows.rows[0]!.n).toBe(0);
  });
});
