import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { createCase, ownerId, ownerRows } from '../../modules/psad/cases/test-fixtures.js';
import { RecentActors } from './recent-actors.js';
import { buildActor } from './actor.js';

const CASE = `query($id: ID!) { case(id: $id) { id youngPerson { lastName } platform { name } } }`;

/**
 * GraphQL requests take their caller's actor from the process's memory and check it in their own
 * transaction: a change of memberships or a deactivation holds from the very next request.
 */
describe('remembered actors', () => {
  let t: TestApp;
  let platformId: string;
  let caseId: string;
  let referentId: string;
  let organisationId: string;

  beforeAll(async () => {
    t = await createTestApp();
    platformId = await ownerId(t, sql`select id from platform where name = 'PSAD du bassin de Bourges'`);
    ({ caseId } = await createCase(t, platformId, { lastName: 'Martin', firstNames: 'Inès', birthDate: '2009-05-06' }));
    referentId = await ownerId(t, sql`select id from app_user where email = 'referent@demo.test'`);
    organisationId = await ownerId(t, sql`select organisation_id as id from membership where user_id = ${referentId}`);
  });
  afterAll(async () => {
    await t?.close();
  });

  const readCase = (token: string) => t.gql<{ case: { id: string } | null }>(token, CASE, { id: caseId });

  it('refuses the next request once the referent role is taken away, and serves it again once given back', async () => {
    const token = await t.login('referent@demo.test');
    expect((await readCase(token)).data?.case?.id).toBe(caseId);
    expect((await readCase(token)).data?.case?.id).toBe(caseId);

    await t.database.db.execute(
      sql`update membership set roles = '{VIEWER}' where user_id = ${referentId} and organisation_id = ${organisationId}`,
    );
    const refused = await readCase(token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await t.database.db.execute(
      sql`update membership set roles = '{PSAD_REFERENT}' where user_id = ${referentId} and organisation_id = ${organisationId}`,
    );
    expect((await readCase(token)).data?.case?.id).toBe(caseId);
  });

  it('answers UNAUTHENTICATED from the first request after a deactivation, and writes nothing in its name', async () => {
    const token = await t.login('referent@demo.test');
    expect((await readCase(token)).data?.case?.id).toBe(caseId);
    const [{ n: before } = { n: -1 }] = await ownerRows<{ n: number }>(
      t,
      sql`select count(*)::int as n from audit_event where actor_id = ${referentId} and action = 'case.read'`,
    );
    await t.database.db.execute(sql`update app_user set active = false where id = ${referentId}`);
    try {
      const refused = await readCase(token);
      expect(refused.data?.case ?? null).toBeNull();
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const [{ n: after } = { n: -2 }] = await ownerRows<{ n: number }>(
        t,
        sql`select count(*)::int as n from audit_event where actor_id = ${referentId} and action = 'case.read'`,
      );
      expect(after).toBe(before);
    } finally {
      await t.database.db.execute(sql`update app_user set active = true where id = ${referentId}`);
    }
  });
});

describe('RecentActors', () => {
  it('lets the least recently used actor go first when full', () => {
    const recent = new RecentActors(2);
    const actor = (id: string) => buildActor(id, [], 'token');
    recent.set(actor('a'));
    recent.set(actor('b'));
    expect(recent.get('a')?.userId).toBe('a');
    recent.set(actor('c'));
    expect(recent.get('b')).toBeUndefined();
    expect(recent.get('a')?.userId).toBe('a');
    expect(recent.get('c')?.userId).toBe('c');
  });
});
