import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../../../test/harness.js';
import { createCase, ownerId, ownerRows } from '../psad/cases/test-fixtures.js';
import { EMAIL_DELIVERY_JOB } from './emails.js';
import { FANOUT_JOB } from './events.js';
import { EVENT_EMAILS_JOB } from './fanout.js';

/** NOTIFICATIONS=off (benchmarks, maintenance windows): an action that would notify raises nothing. */
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ NOTIFICATIONS: 'off', JOB_WORKERS: 'off' });
});
afterAll(async () => {
  await t?.close();
});

const fanOutJobs = async () =>
  Number(
    (
      await ownerRows<{ n: string | number }>(t, sql`select count(*) as n from pgboss.job where name = ${FANOUT_JOB}`)
    )[0]!.n,
  );

describe('NOTIFICATIONS=off', () => {
  it('an assignment commits and queues no fan-out job: nobody is notified nor e-mailed', async () => {
    const referent = await t.login('referent@demo.test');
    const platform = await ownerId(t, sql`select p.id from platform p where p.name like '%Bourges%' limit 1`);
    const ml = await ownerId(t, sql`select id from organisation where name = 'Mission Locale de Bourges'`);
    const before = await fanOutJobs();
    const created = await createCase(t, platform, {
      lastName: 'SILENCIEUX',
      firstNames: 'Léo',
      birthDate: '2009-05-04',
    });
    const assigned = ok(
      await t.gql(
        referent,
        `mutation($p: ID!, $cases: [CaseVersionInput!]!, $o: ID!) { assignCases(platformId: $p, cases: $cases, organisationId: $o) { id status } }`,
        { p: platform, cases: [{ id: created.caseId, version: 1 }], o: ml },
      ),
      'assignCases',
    );
    expect(assigned).toEqual([{ id: created.caseId, status: 'AFFECTE' }]);
    expect(await fanOutJobs()).toBe(before);
    expect(await t.app.services.jobs.drain([FANOUT_JOB, EVENT_EMAILS_JOB, EMAIL_DELIVERY_JOB])).toBe(0);
    const [notices] = await ownerRows<{ n: string | number }>(
      t,
      sql`select count(*) as n from notification where kind = 'CASES_ASSIGNED'`,
    );
    expect(Number(notices!.n)).toBe(0);
  });
});
