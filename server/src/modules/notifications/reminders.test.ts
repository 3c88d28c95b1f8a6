import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { createCase, ownerId, ownerRows } from '../psad/cases/test-fixtures.js';
import { FANOUT_JOB } from './events.js';
import { bilanYearNoticed, parisDay, queueReferentReminders } from './reminders.js';

let t: TestApp;
let platformId: string;

beforeAll(async () => {
  t = await createTestApp({ JOB_WORKERS: 'off', PSAD_NO_CONTACT_DAYS: '15' });
  platformId = await ownerId(t, sql`select id from platform where name like '%Bourges%' limit 1`);
});
afterAll(() => t?.close());

const fanOuts = () =>
  ownerRows<{ data: { kind: string; count: number; audience: { platformId?: string } } }>(
    t,
    sql`select data from pgboss.job where name = ${FANOUT_JOB} and data->>'kind' = 'REFERENT_REMINDERS'`,
  );

describe('daily reminders', () => {
  it('counts per platform the cases assigned too long without contact, the minors without solution and the transfers waiting: one notice a day to its referents', async () => {
    const now = new Date('2026-12-07T06:30:00Z');
    // Assigned 20 days ago, never contacted: counted. Assigned 3 days ago: not yet.
    const old = await createCase(t, platformId, { lastName: 'ANCIEN', firstNames: 'Paul', birthDate: '2000-01-01' });
    const recent = await createCase(t, platformId, { lastName: 'RECENT', firstNames: 'Lou', birthDate: '2000-01-01' });
    await t.database.db.execute(
      sql`update psad_case set status = 'AFFECTE', assigned_at = ${new Date(now.getTime() - 20 * 86_400_000)} where id = ${old.caseId}`,
    );
    await t.database.db.execute(
      sql`update psad_case set status = 'AFFECTE', assigned_at = ${new Date(now.getTime() - 3 * 86_400_000)} where id = ${recent.caseId}`,
    );
    const minorsBefore = await ownerRows<{ n: number }>(
      t,
      sql`select count(*)::int as n from psad_case c join young_person y on y.id = c.young_person_id
          where c.platform_id = ${platformId} and c.status in ('A_TRAITER','AFFECTE','EN_COURS')
            and y.birth_date > (${now}::timestamptz - interval '18 years')::date`,
    );

    expect(await queueReferentReminders(t.app.services, now)).toBeGreaterThan(0);
    const mine = (await fanOuts()).filter((j) => j.data.audience.platformId === platformId);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.data.count).toBe(1 + minorsBefore[0]!.n);
    // Run again the same day (a retried run): nothing queued twice.
    await queueReferentReminders(t.app.services, now);
    expect((await fanOuts()).filter((j) => j.data.audience.platformId === platformId)).toHaveLength(1);
  });

  it('tells the CLAS holders N days before the bilan is due and on the day, of that school year', () => {
    expect(bilanYearNoticed('2027-07-01', '07-15', 14)).toBe('2026-2027');
    expect(bilanYearNoticed('2027-07-15', '07-15', 14)).toBe('2026-2027');
    expect(bilanYearNoticed('2027-07-02', '07-15', 14)).toBeNull();
    expect(bilanYearNoticed('2027-03-01', '03-10', 9)).toBe('2026-2027');
    // The day is Paris's: 23:30 UTC on 30 June is already 1 July there.
    expect(parisDay(new Date('2027-06-30T23:30:00Z'))).toBe('2027-07-01');
  });
});
