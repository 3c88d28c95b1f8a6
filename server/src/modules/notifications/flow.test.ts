import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../../test/harness.js';
import { startSmtp } from '../../../test/smtp.js';
import { createCase, ownerId, ownerRows } from '../psad/cases/test-fixtures.js';
import { M as CLAS, content } from '../clas/test-fixtures.js';
import { DIGEST_JOB, EMAIL_DELIVERY_JOB, sendDigests } from './emails.js';
import { FANOUT_JOB } from './events.js';
import { EVENT_EMAILS_JOB } from './fanout.js';

/**
 * From a user's action to the notices and e-mails it causes, through the real jobs (drained here, as
 * the workers would run them) and a real SMTP server.
 */
let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
const tok: Record<string, string> = {};
const id: Record<string, string> = {};
const PEOPLE = [
  { lastName: 'DURANDAL', firstNames: 'Zoé', birthDate: '2009-03-02' },
  { lastName: 'PLANCHETTE', firstNames: 'Noah', birthDate: '2008-11-20' },
];

beforeAll(async () => {
  smtp = await startSmtp();
  t = await createTestApp({ SMTP_URL: smtp.url, APP_URL: 'https://maillage.example', JOB_WORKERS: 'off' });
  for (const who of ['referent', 'conseiller', 'porteur', 'caf']) tok[who] = await t.login(`${who}@demo.test`);
  id.platform = await ownerId(t, sql`select p.id from platform p where p.name like '%Bourges%' limit 1`);
  id.ml = await ownerId(t, sql`select id from organisation where name = 'Mission Locale de Bourges'`);
  id.holderOrg = await ownerId(t, sql`select id from organisation where name = 'Association Coup de Pouce Bourges'`);
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

/** Runs every job due now, as the workers would, until none is left. */
async function drain() {
  while ((await t.app.services.jobs.drain([FANOUT_JOB, EVENT_EMAILS_JOB, EMAIL_DELIVERY_JOB])) > 0);
}

const unread = async (who: string) =>
  ok(await t.gql(tok[who]!, `{ myNotifications(unreadOnly: true) { nodes { kind text link } } }`), 'myNotifications')
    .nodes;

describe('notifications, from the action to the e-mail', () => {
  it('a referent assigns two cases to the Mission Locale: the counsellor gets one notice and one e-mail naming nobody; the request waited for neither', async () => {
    const cases = [];
    for (const person of PEOPLE) cases.push(await createCase(t, id.platform!, person));
    const res = await t.gql(
      tok.referent!,
      `mutation($p: ID!, $cases: [CaseVersionInput!]!, $o: ID!) { assignCases(platformId: $p, cases: $cases, organisationId: $o) { id } }`,
      { p: id.platform, cases: cases.map((c) => ({ id: c.caseId, version: 1 })), o: id.ml },
    );
    expect(res.errors).toBeUndefined();
    // Nothing yet: the request only queued the fan-out.
    expect(await unread('conseiller')).toEqual([]);
    expect(smtp.received).toEqual([]);

    await drain();
    expect(await unread('conseiller')).toEqual([
      { kind: 'CASES_ASSIGNED', text: '2 dossiers ont été attribués à Mission Locale de Bourges.', link: '/suivis' },
    ]);
    // The referent who assigned them is not told of their own act.
    expect(await unread('referent')).toEqual([]);
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.to).toEqual(['conseiller@demo.test']);
    expect(mail!.mail.subject).toMatch(/dossiers/);
    expect(mail!.mail.text).toContain('https://maillage.example/suivis');
    expect(mail!.mail.html).toContain('lang="fr"');
    for (const person of PEOPLE) {
      expect(mail!.raw).not.toContain(person.lastName);
      expect(mail!.raw).not.toContain(person.firstNames);
    }
    // Each e-mail is kept in the outbox with its delivery.
    const [kept] = await ownerRows<{ delivered_via: string }>(
      t,
      sql`select delivered_via from email_outbox where to_address = 'conseiller@demo.test'`,
    );
    expect(kept!.delivered_via).toBe('SMTP');
  });

  it('a CLAS project submitted reaches the CAF officer; the decision reaches the holder, in the app and by e-mail', async () => {
    smtp.received.length = 0;
    const created = ok(
      await t.gql(tok.porteur!, CLAS.create, {
        o: id.holderOrg,
        c: content(),
      }),
      'createClasProject',
    );
    ok(await t.gql(tok.porteur!, CLAS.submit, { id: created.id, v: created.version }), 'submitClasProject');
    await drain();
    expect(await unread('caf')).toEqual([
      expect.objectContaining({ kind: 'CLAS_PROJECT_SUBMITTED', link: `/caf/clas/${created.id}` }),
    ]);
    ok(await t.gql(tok.caf!, CLAS.examine, { id: created.id, v: created.version + 1 }), 'examineClasProject');
    ok(
      await t.gql(tok.caf!, CLAS.decide, {
        i: {
          projectId: created.id,
          version: created.version + 2,
          decision: 'A_COMPLETER',
          reasons: 'Ajoutez un accompagnateur.',
        },
      }),
      'decideClasProject',
    );
    await drain();
    expect(await unread('porteur')).toEqual([
      {
        kind: 'CLAS_TO_COMPLETE',
        text: 'Un projet CLAS d’Association Coup de Pouce Bourges est à compléter.',
        link: `/clas/projets/${created.id}`,
      },
    ]);
    const toHolder = smtp.received.filter((m) => m.to.includes('porteur@demo.test'));
    expect(toHolder).toHaveLength(1);
    // The CAF's reasons stay in the app.
    expect(toHolder[0]!.raw).not.toContain('accompagnateur.');
  });

  it('a notice the user wants in the digest waits for the morning e-mail, one per user, with List-Unsubscribe', async () => {
    smtp.received.length = 0;
    ok(
      await t.gql(
        tok.conseiller!,
        `mutation { setNotificationPreferences(preferences: [{ kind: CASES_ASSIGNED, mode: DIGEST }]) { kind } }`,
      ),
      'setNotificationPreferences',
    );
    const extra = await createCase(t, id.platform!, {
      lastName: 'MARGELLE',
      firstNames: 'Inès',
      birthDate: '2009-01-01',
    });
    ok(
      await t.gql(
        tok.referent!,
        `mutation($p: ID!, $cases: [CaseVersionInput!]!, $o: ID!) { assignCases(platformId: $p, cases: $cases, organisationId: $o) { id } }`,
        { p: id.platform, cases: [{ id: extra.caseId, version: 1 }], o: id.ml },
      ),
      'assignCases',
    );
    await drain();
    expect(smtp.received).toEqual([]);
    // The counsellor's, and the CAF officer's (a project submitted is a digest notice by default).
    expect(await sendDigests(t.app.services)).toBe(2);
    await drain();
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(['caf@demo.test', 'conseiller@demo.test']);
    const digest = smtp.received.find((m) => m.to[0] === 'conseiller@demo.test')!;
    expect(digest.raw).toMatch(/^List-Unsubscribe: <https:\/\/maillage\.example\/notifications\/preferences>\r$/m);
    expect(digest.raw).toContain('/notifications/preferences');
    expect(digest.raw).not.toContain('MARGELLE');
    // Sent once: a second run finds nothing left.
    expect(await sendDigests(t.app.services)).toBe(0);
    expect(t.app.services.jobs.names()).toContain(DIGEST_JOB);
  });

  it('security: a password changed by its user is told to that user, even though they did it', async () => {
    ok(
      await t.gql(
        tok.porteur!,
        `mutation($c: String!, $n: String!) { changeOwnPassword(currentPassword: $c, newPassword: $n) }`,
        {
          c: 'demo-maillage',
          n: 'un-nouveau-mot-de-passe-solide',
        },
      ),
      'changeOwnPassword',
    );
    await drain();
    const notices = await unread('porteur');
    expect(notices.map((n) => n.kind)).toContain('SECURITY_PASSWORD_CHANGED');
  });
});
