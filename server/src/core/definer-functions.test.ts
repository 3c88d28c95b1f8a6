/**
 * The reads and writes past row-level security (migration 0017): each SECURITY DEFINER function answers
 * the caller its need names, and a caller without the right gets nothing (no row, false, null), whatever
 * the arguments. Called as the request role, in the actor's transaction, as the services call them.
 */
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { createCase } from '../modules/psad/cases/test-fixtures.js';
import { loadActor } from './auth/authenticate.js';
import type { Actor } from './auth/actor.js';
import { withActorTx } from './db/actor-tx.js';

let t: TestApp;
const WHO = {
  admin: 'admin@demo.test',
  referent: 'referent@demo.test',
  vierzon: 'referent.vierzon@demo.test',
  conseiller: 'conseiller@demo.test',
  caf: 'caf@demo.test',
  porteur: 'porteur@demo.test',
  social: 'social@demo.test',
  ccas: 'ccas@demo.test',
  lecteur: 'lecteur@demo.test',
} as const;
type Who = keyof typeof WHO;
const actors = {} as Record<Who, Actor>;
const user = {} as Record<Who, string>;
const id: Record<string, string> = {};

const owner = async <R extends Record<string, unknown>>(q: SQL) => (await t.database.db.execute<R>(q)).rows;
const ownerId = async (q: SQL) => (await owner<{ id: string }>(q))[0]!.id;

/** The rows a statement returns as this actor (request role, row-level security on). */
const as = <R extends Record<string, unknown>>(who: Who, q: SQL, mode: 'read' | 'write' = 'read') =>
  withActorTx(t.database.db, actors[who], mode, async (tx) => (await tx.execute<R>(q)).rows);
const one = async <T>(who: Who, q: SQL, mode: 'read' | 'write' = 'read') => (await as<{ v: T }>(who, q, mode))[0]!.v;
const uuids = (ids: string[]) => `{${ids.join(',')}}`;

beforeAll(async () => {
  t = await createTestApp();
  for (const [who, email] of Object.entries(WHO) as [Who, string][]) {
    user[who] = await ownerId(sql`select id from app_user where email = ${email}`);
    actors[who] = (await loadActor(t.database.db, user[who], 'token'))!;
  }
  const org = (name: string) => ownerId(sql`select id from organisation where name = ${name}`);
  id.missionLocale = await org('Mission Locale de Bourges');
  id.holderOrg = await org('Association Coup de Pouce Bourges');
  id.socialOrg = await org('Service social départemental du Cher');
  id.ccasOrg = await org('CCAS de Bourges');
  id.bourges = await ownerId(sql`select id from platform where name = 'PSAD du bassin de Bourges'`);
  id.cher = await ownerId(sql`select id from territory where kind = 'DEPARTEMENT' and code = '18'`);
  // A service account with a key, and a session of the counsellor's.
  id.service = await ownerId(
    sql`insert into app_user (email, display_name, password_hash) values ('si@demo.test', 'SI partenaire', 'x') returning id`,
  );
  await owner(
    sql`insert into membership (user_id, organisation_id, roles) values (${id.service}, ${id.missionLocale}, array['SERVICE_ACCOUNT'])`,
  );
  id.key = await ownerId(
    sql`insert into api_key (user_id, name, prefix, key_hash, expires_at) values (${id.service}, 'SI', 'mlg_test', 'not-a-hash', now() + interval '30 days') returning id`,
  );
  await owner(sql`with s as (insert into user_session (id, user_id) values (gen_random_uuid(), ${user.conseiller}) returning id)
                  insert into refresh_token (family_id, user_id, token_hash, expires_at)
                  select s.id, ${user.conseiller}, 'not-a-token', now() + interval '1 day' from s`);
  // A case of Bourges assigned to the Mission Locale, with an event by the referent.
  id.case = (
    await createCase(
      t,
      id.bourges,
      { lastName: 'DURAND', firstNames: 'Léa', birthDate: '2008-03-01' },
      {
        status: 'AFFECTE',
        assignedOrganisationId: id.missionLocale,
        assignedAt: new Date(),
      },
    )
  ).caseId;
  await owner(
    sql`insert into case_event (case_id, actor_id, kind, data) values (${id.case}, ${user.referent}, 'assign', '{}')`,
  );
  // A deposited CLAS project of the holder, in the Cher, commented on by the CAF officer.
  id.project =
    await ownerId(sql`insert into clas_project (organisation_id, departement_id, school_year, title, status, declaration)
                                 values (${id.holderOrg}, ${id.cher}, '2026-2027', 'Coup de pouce', 'DEPOSE', '{}') returning id`);
  await owner(
    sql`insert into clas_comment (project_id, author_id, author_party, body) values (${id.project}, ${user.caf}, 'OFFICER', 'À compléter')`,
  );
  // A person on the CCAS social worker's list.
  id.person = await ownerId(sql`insert into accompanied_person (last_name, first_names, search_text, created_by)
                                values ('MARTIN', 'Élodie', 'martin elodie', ${user.ccas}) returning id`);
  await owner(sql`insert into accompaniment_member (person_id, user_id, organisation_id, mission, since, created_by)
                  values (${id.person}, ${user.ccas}, ${id.ccasOrg}, 'suivi', current_date - 1, ${user.ccas})`);
});
afterAll(() => t.close());

describe('identity', () => {
  it('organisation_directory: the organisations, as the caller (row-level security of the table)', async () => {
    const all = await owner<{ n: number }>(sql`select count(*)::int as n from organisation`);
    expect(await one('conseiller', sql`select count(*)::int as v from organisation_directory`)).toBe(all[0]!.n);
    // Read-only: the request role is granted SELECT on the view only.
    await expect(as('admin', sql`update organisation_directory set name = name`, 'write')).rejects.toThrow();
  });

  it("app_api_keys: a service account's keys to an administrator, never the hash; nothing to anyone else", async () => {
    const rows = await as('admin', sql`select * from app_api_keys(${id.service}::uuid)`);
    expect(rows.map((r) => r.id)).toEqual([id.key]);
    expect(Object.keys(rows[0]!)).not.toContain('key_hash');
    for (const who of ['referent', 'conseiller', 'lecteur'] as const)
      expect(await as(who, sql`select * from app_api_keys(${id.service}::uuid)`)).toEqual([]);
  });

  it('app_api_key_create: an administrator, for an active service account only', async () => {
    const create = (who: Who, account: string) =>
      as(
        who,
        sql`select id from app_api_key_create(${account}::uuid, 'Autre', 'mlg_other', ${`hash-${who}-${account}`},
              '{directory:read}'::text[], null, null, now() + interval '30 days', 600, false)`,
        'write',
      );
    expect(await create('conseiller', id.service!)).toEqual([]);
    expect(await create('admin', user.conseiller)).toEqual([]);
    expect(await owner(sql`select 1 from api_key where name = 'Autre'`)).toEqual([]);
    expect(await create('admin', id.service!)).toHaveLength(1);
    // Two usable keys now (the one of beforeAll and this one): a third is refused, whoever asks.
    expect(await create('admin', id.service!)).toEqual([]);
  });

  it('app_api_key_revoke and app_audit_api_key_names: administrators only', async () => {
    expect(await as('conseiller', sql`select id from app_api_key_revoke(${id.key}::uuid)`, 'write')).toEqual([]);
    expect(
      await as('referent', sql`select id, name from app_audit_api_key_names(${uuids([id.key!])}::uuid[])`),
    ).toEqual([]);
    expect(await as('admin', sql`select id, name from app_audit_api_key_names(${uuids([id.key!])}::uuid[])`)).toEqual([
      { id: id.key, name: 'SI' },
    ]);
    expect(await as('admin', sql`select id from app_api_key_revoke(${id.key}::uuid)`, 'write')).toEqual([
      { id: id.key },
    ]);
  });

  it('app_revoke_sessions: administrators only', async () => {
    const open = () =>
      owner<{ n: number }>(
        sql`select count(*)::int as n from refresh_token where user_id = ${user.conseiller} and revoked_at is null`,
      );
    expect(await one('conseiller', sql`select app_revoke_sessions(${user.conseiller}::uuid) as v`, 'write')).toBe(0);
    expect(await one('referent', sql`select app_revoke_sessions(${user.conseiller}::uuid) as v`, 'write')).toBe(0);
    expect((await open())[0]!.n).toBe(1);
    expect(await one('admin', sql`select app_revoke_sessions(${user.conseiller}::uuid) as v`, 'write')).toBe(1);
  });

  it("app_own_password_hash: the caller's own hash, no one else's; nothing without an actor", async () => {
    const [mine] = await owner<{ h: string }>(
      sql`select password_hash as h from app_user where id = ${user.conseiller}`,
    );
    expect(await one('conseiller', sql`select app_own_password_hash() as v`)).toBe(mine!.h);
    const anonymous = await withActorTx(
      t.database.db,
      { ...actors.conseiller, userId: '' },
      'read',
      async (tx) => (await tx.execute<{ v: string | null }>(sql`select app_own_password_hash() as v`)).rows[0]!.v,
    );
    expect(anonymous).toBeNull();
  });
});

describe('CLAS', () => {
  it('app_clas_counterparts: to the parties of a project the user commented on; nothing to anyone else', async () => {
    const ask = (who: Who) =>
      as<{ id: string }>(who, sql`select id from app_clas_counterparts(${uuids([user.caf, user.admin])}::uuid[])`);
    expect((await ask('porteur')).map((r) => r.id)).toEqual([user.caf]);
    expect((await ask('caf')).map((r) => r.id)).toEqual([user.caf]);
    for (const who of ['conseiller', 'referent', 'admin', 'social'] as const) expect(await ask(who)).toEqual([]);
  });
});

describe('parcours', () => {
  it('app_parcours_record_exists: yes or no to social workers, for the record kinds of a file only', async () => {
    const exists = (who: Who, kind: string, record: string) =>
      one<boolean>(who, sql`select app_parcours_record_exists(${kind}, ${record}::uuid) as v`);
    expect(await exists('social', 'accompanied_person', id.person!)).toBe(true);
    expect(await exists('social', 'accompanied_person', id.case!)).toBe(false);
    expect(await exists('social', 'psad_case', id.case!)).toBe(false);
    expect(await exists('social', 'app_user', user.admin)).toBe(false);
    for (const who of ['conseiller', 'admin', 'lecteur'] as const)
      expect(await exists(who, 'accompanied_person', id.person!)).toBe(false);
  });

  it('app_parcours_is_professional: yes or no to social workers only', async () => {
    const ask = (who: Who, userId: string, org: string) =>
      one<boolean>(who, sql`select app_parcours_is_professional(${userId}::uuid, ${org}::uuid) as v`);
    expect(await ask('social', user.conseiller, id.missionLocale!)).toBe(true);
    expect(await ask('social', user.referent, id.missionLocale!)).toBe(false);
    for (const who of ['conseiller', 'admin', 'referent'] as const)
      expect(await ask(who, user.conseiller, id.missionLocale!)).toBe(false);
  });

  it('app_parcours_first_member: the caller, on the empty list of a person they created, in their organisation; nothing otherwise', async () => {
    const first = (who: Who, person: string, org: string) =>
      one<boolean>(
        who,
        sql`select app_parcours_first_member(gen_random_uuid(), ${person}::uuid, ${org}::uuid, 'suivi') as v`,
        'write',
      );
    // Someone else's person, whose list is not empty.
    expect(await first('social', id.person!, id.socialOrg!)).toBe(false);
    const fresh = await ownerId(sql`insert into accompanied_person (last_name, first_names, search_text, created_by)
                                    values ('NOUVEAU', 'Paul', 'nouveau paul', ${user.social}) returning id`);
    expect(await first('ccas', fresh, id.ccasOrg!)).toBe(false); // not the creator
    expect(await first('social', fresh, id.ccasOrg!)).toBe(false); // not a social worker of that organisation
    expect(await first('conseiller', fresh, id.missionLocale!)).toBe(false);
    expect(await owner(sql`select 1 from accompaniment_member where person_id = ${fresh}`)).toEqual([]);
    expect(await first('social', fresh, id.socialOrg!)).toBe(true);
    expect(await first('social', fresh, id.socialOrg!)).toBe(false); // the list is no longer empty
  });
});

describe('PSAD', () => {
  it('app_psad_actor_names: display names to referents and counsellors; nothing to anyone else', async () => {
    const ask = (who: Who) =>
      as(who, sql`select id, display_name from app_psad_actor_names(${uuids([user.referent])}::uuid[])`);
    expect(await ask('conseiller')).toEqual([{ id: user.referent, display_name: 'Romain Référent' }]);
    expect(await ask('referent')).toHaveLength(1);
    for (const who of ['porteur', 'admin', 'lecteur', 'social', 'caf'] as const) expect(await ask(who)).toEqual([]);
  });

  it("app_psad_partner_counsellors: a platform's referents, for its partners only", async () => {
    const ask = (who: Who, org: string) =>
      as<{ id: string }>(who, sql`select id from app_psad_partner_counsellors(${id.bourges}::uuid, ${org}::uuid)`);
    expect((await ask('referent', id.missionLocale!)).map((r) => r.id)).toEqual([user.conseiller]);
    expect(await ask('referent', id.socialOrg!)).toEqual([]); // not a partner of the platform
    for (const who of ['vierzon', 'conseiller', 'admin'] as const)
      expect(await ask(who, id.missionLocale!)).toEqual([]);
  });

  it("app_psad_close_case: the assigned organisation's counsellors and the platform's referents, at the version read", async () => {
    const close = (who: Who, version: number) =>
      one<boolean>(
        who,
        sql`select app_psad_close_case(${id.case}::uuid, ${version}::int, 'AUTRE', null, now(), now()) as v`,
        'write',
      );
    for (const who of ['vierzon', 'lecteur', 'admin', 'social'] as const) expect(await close(who, 1)).toBe(false);
    expect(await close('conseiller', 2)).toBe(false); // stale version
    expect(await owner(sql`select status, version from psad_case where id = ${id.case}`)).toEqual([
      { status: 'AFFECTE', version: 1 },
    ]);
    expect(await close('conseiller', 1)).toBe(true);
    expect(await owner(sql`select status, version from psad_case where id = ${id.case}`)).toEqual([
      { status: 'CLOS', version: 2 },
    ]);
    expect(await close('referent', 2)).toBe(false); // already closed
  });

  it("app_psad_dashboard: a platform's referents and viewers; anyone else gets the refusal and no count", async () => {
    const rows = async (who: Who) => {
      const v = await one<unknown>(who, sql`select app_psad_dashboard(${id.bourges}::uuid, null, 16, 18) as v`);
      return (typeof v === 'string' ? JSON.parse(v) : v) as { kind: string; n: number | null; j: unknown }[];
    };
    for (const who of ['referent', 'lecteur'] as const) {
      const got = await rows(who);
      expect(got.find((r) => r.kind === 'access')!.n).toBe(1);
      expect(got.some((r) => r.kind === 'stage')).toBe(true);
    }
    for (const who of ['vierzon', 'conseiller', 'admin', 'social'] as const) {
      const got = await rows(who);
      expect(got.find((r) => r.kind === 'access')!.n).toBe(0);
      // Nothing counted: the delays' aggregate row with zero counts, and no other row.
      expect(got.filter((r) => r.kind !== 'access' && r.kind !== 'delays')).toEqual([]);
      expect(got.find((r) => r.kind === 'delays')).toMatchObject({ j: { n_first: 0, n_solution: 0 } });
    }
  });
});
