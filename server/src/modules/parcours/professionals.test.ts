import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchKey } from '@maillage/shared';
import { createTestApp, type TestApp, type GqlResult } from '../../../test/harness.js';
import { loadActor } from '../../core/auth/authenticate.js';
import { withActorTx } from '../../core/db/actor-tx.js';
import { ownerId, ownerRows } from '../psad/cases/test-fixtures.js';
import { M, auditOf, code, demo, fieldsOf, ok, parisDay, personInput, type Demo, type Who } from './test-fixtures.js';

/**
 * parcoursProfessionals: the social workers and counsellors of an organisation a social worker may put
 * on a liste d'accompagnement with their account, although row-level security hides them otherwise.
 */

let t: TestApp;
let d: Demo;
const org: Record<'cio' | 'mlds' | 'lycee', string> = {} as never;
const extra: Record<'counsellor' | 'both' | 'viewer' | 'inactive' | 'ligature', string> = {} as never;

const QUERY = `query($o: ID!, $s: String, $f: Int) { parcoursProfessionals(organisationId: $o, search: $s, first: $f) { id displayName roles } }`;

/** A user of the demo password with one membership, inserted as the database owner. */
async function createUser(
  email: string,
  displayName: string,
  organisationId: string,
  roles: string[],
  active = true,
): Promise<string> {
  const id = await ownerId(
    t,
    sql`insert into app_user (email, display_name, password_hash, active)
        select ${email}, ${displayName}, password_hash, ${active} from app_user where email = 'social@demo.test' returning id`,
  );
  await t.database.db.execute(
    sql`insert into membership (user_id, organisation_id, roles) values (${id}, ${organisationId}, ${`{${roles.join(',')}}`}::text[])`,
  );
  return id;
}

beforeAll(async () => {
  t = await createTestApp();
  d = await demo(t);
  const orgId = (name: string) => ownerId(t, sql`select id from organisation where name = ${name}`);
  org.cio = await orgId('CIO de Bourges');
  org.mlds = await orgId('MLDS du Cher');
  org.lycee = await orgId('Lycée Alain-Fournier');
  // Around Chloé Ccas, in the CCAS: a counsellor, a user holding both roles (and ADMIN there), a viewer, a social worker whose account is off.
  extra.counsellor = await createUser('emile.conseil@demo.test', 'Émile Conseil', d.org.ccas, ['COUNSELLOR']);
  extra.both = await createUser('agathe.double@demo.test', 'Agathe Double', d.org.ccas, [
    'ADMIN',
    'SOCIAL_WORKER',
    'COUNSELLOR',
  ]);
  extra.viewer = await createUser('victor.lecteur@demo.test', 'Victor Lecteur', d.org.ccas, ['VIEWER']);
  extra.inactive = await createUser('ines.partie@demo.test', 'Inès Partie', d.org.ccas, ['SOCIAL_WORKER'], false);
  // Beside Hugo Hôpital: a ligature in the name.
  extra.ligature = await createUser('oscar.coeur@demo.test', 'Œdipe Sacré-Cœur', d.org.hopital, ['SOCIAL_WORKER']);
  // 55 counsellors in the MLDS, to see the bounds.
  await t.database.db.execute(sql`
    with u as (
      insert into app_user (email, display_name, password_hash)
      select 'agent' || lpad(i::text, 2, '0') || '@demo.test', 'Agent ' || lpad(i::text, 2, '0'), (select password_hash from app_user where email = 'social@demo.test')
      from generate_series(1, 55) i returning id)
    insert into membership (user_id, organisation_id, roles) select id, ${org.mlds}, array['COUNSELLOR'] from u`);
  await t.database.db.execute(sql`update organisation set active = false where id = ${org.lycee}`);
});
afterAll(() => t.close());

const as = (who: Who, variables: Record<string, unknown>) => t.gql(d.token[who], QUERY, variables);
const professionals = async (variables: Record<string, unknown>, who: Who = 'social') =>
  ok(await as(who, variables), 'parcoursProfessionals');
const names = async (variables: Record<string, unknown>, who: Who = 'social') =>
  (await professionals(variables, who)).map((p) => p.displayName);

describe('parcoursProfessionals: who a social worker may put on a list', () => {
  it('social@ finds « Chloé Ccas » in « CCAS de Bourges » and « Hugo Hôpital » in the hospital’s service social by « hop »', async () => {
    expect(await professionals({ o: d.org.ccas, s: 'chlo' })).toEqual([
      { id: d.user.ccas, displayName: 'Chloé Ccas', roles: ['SOCIAL_WORKER'] },
    ]);
    expect(await professionals({ o: d.org.hopital, s: 'hop' })).toEqual([
      { id: d.user.hopital, displayName: 'Hugo Hôpital', roles: ['SOCIAL_WORKER'] },
    ]);
    // Another social worker finds them the same way: nothing depends on the caller's organisation.
    expect(await names({ o: d.org.hopital, s: 'HOP' }, 'ccas')).toEqual(['Hugo Hôpital']);
  });

  it('lists every active social worker and counsellor of the organisation, by name (accents ignored), with the roles held there among those two', async () => {
    expect(await professionals({ o: d.org.ccas })).toEqual([
      { id: extra.both, displayName: 'Agathe Double', roles: ['SOCIAL_WORKER', 'COUNSELLOR'] },
      { id: d.user.ccas, displayName: 'Chloé Ccas', roles: ['SOCIAL_WORKER'] },
      { id: extra.counsellor, displayName: 'Émile Conseil', roles: ['COUNSELLOR'] },
    ]);
    // A counsellor of another kind of organisation: the demo counsellor of the Mission Locale.
    expect(await professionals({ o: d.org.missionLocale })).toEqual([
      { id: d.user.conseiller, displayName: 'Claire Conseillère', roles: ['COUNSELLOR'] },
    ]);
  });

  it('searches the name as the directory does: accents, case, ligatures and punctuation ignored, every word to be found', async () => {
    expect(await names({ o: d.org.ccas, s: 'CHLOE' })).toEqual(['Chloé Ccas']);
    expect(await names({ o: d.org.ccas, s: 'emile' })).toEqual(['Émile Conseil']);
    expect(await names({ o: d.org.ccas, s: '  ccas   chl ' })).toEqual(['Chloé Ccas']);
    expect(await names({ o: d.org.ccas, s: 'chloé inconnu' })).toEqual([]);
    expect(await names({ o: d.org.hopital, s: 'coeur' })).toEqual(['Œdipe Sacré-Cœur']);
    expect(await names({ o: d.org.hopital, s: 'sacre-cœur' })).toEqual(['Œdipe Sacré-Cœur']);
    // Nothing but punctuation: no word, the whole list.
    expect(await names({ o: d.org.hopital, s: ' - ' })).toEqual(['Hugo Hôpital', 'Œdipe Sacré-Cœur']);
    // LIKE's wildcards are plain characters (and dropped by the search key).
    expect(await names({ o: d.org.ccas, s: '%' })).toHaveLength(3);
    expect(await names({ o: d.org.ccas, s: '_' })).toHaveLength(3);
  });

  it('never returns users of other roles, inactive accounts, or members of other organisations', async () => {
    // The CIO de Bourges has the PSAD referent only.
    expect(await professionals({ o: org.cio })).toEqual([]);
    expect(await names({ o: org.cio, s: 'romain' })).toEqual([]);
    const ccas = (await professionals({ o: d.org.ccas })).map((p) => p.id);
    expect(ccas).not.toContain(extra.viewer);
    expect(ccas).not.toContain(extra.inactive);
    expect(ccas).not.toContain(d.user.hopital);
    expect(await names({ o: d.org.ccas, s: 'victor' })).toEqual([]);
    expect(await names({ o: d.org.ccas, s: 'ines' })).toEqual([]);
  });

  it('carries no e-mail: the type has no such field, and nothing in the answer looks like one', async () => {
    const res = await t.gql(
      d.token.social,
      `query($o: ID!) { parcoursProfessionals(organisationId: $o) { id email } }`,
      { o: d.org.ccas },
    );
    expect(res.data ?? null).toBeNull();
    expect(res.errors![0]!.message).toContain('Cannot query field "email" on type "ParcoursProfessional"');
    const answer = await as('social', { o: d.org.ccas });
    expect(JSON.stringify(answer.data)).not.toContain('@');
    // The database function itself returns the id, the name and the roles only.
    const rows = await rls(
      'social',
      sql`select * from app_parcours_professionals(${d.org.ccas}::uuid, '{}'::text[], 50)`,
    );
    expect(Object.keys(rows[0]!).sort()).toEqual(['display_name', 'id', 'roles']);
  });

  it('is bounded: 20 by default, 50 at most, by name; BAD_USER_INPUT outside 1–50', async () => {
    const agents = (n: number) => Array.from({ length: n }, (_, i) => `Agent ${String(i + 1).padStart(2, '0')}`);
    expect(await names({ o: org.mlds })).toEqual(agents(20));
    expect(await names({ o: org.mlds, f: 50 })).toEqual(agents(50));
    expect(await names({ o: org.mlds, f: 3, s: 'agent 5' })).toEqual(['Agent 05', 'Agent 15', 'Agent 25']);
    for (const f of [0, 51, -1]) {
      const res = await as('social', { o: org.mlds, f });
      expect(code(res), String(f)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual(['first']);
    }
    // The database function caps what it returns whatever it is asked.
    expect(
      await rls('social', sql`select id from app_parcours_professionals(${org.mlds}::uuid, '{}'::text[], 500)`),
    ).toHaveLength(50);
    const long = await as('social', { o: org.mlds, s: 'a'.repeat(101) });
    expect(code(long)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(long)).toEqual(['search']);
  });

  it('NOT_FOUND for an unknown or inactive organisation; BAD_USER_INPUT for an id that is no uuid', async () => {
    for (const o of ['00000000-0000-4000-8000-000000000000', org.lycee]) {
      const res = await as('social', { o });
      expect(code(res), o).toBe('NOT_FOUND');
      expect(res.errors![0]!.message).toBe('Organisation introuvable.');
    }
    const res = await as('social', { o: 'pas-un-uuid' });
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual(['organisationId']);
  });

  it.each(['referent', 'admin', 'lecteur', 'conseiller'] as const)(
    '%s: FORBIDDEN (social workers only), the refusal audited',
    async (who) => {
      const res = await as(who, { o: d.org.ccas });
      expect(code(res)).toBe('FORBIDDEN');
      expect(res.data?.parcoursProfessionals ?? null).toBeNull();
      const events = await auditOf(t, res.errors![0]!.extensions.requestId);
      expect(events).toEqual([expect.objectContaining({ action: 'Query.parcoursProfessionals', outcome: 'DENIED' })]);
    },
  );

  it('anonymous: UNAUTHENTICATED', async () => {
    expect(code(await t.gql(null, QUERY, { o: d.org.ccas }))).toBe('UNAUTHENTICATED');
  });

  it('is a directory lookup, not a read of anyone’s record: no audit event', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { authorization: `Bearer ${d.token.social}` },
      payload: { query: QUERY, variables: { o: d.org.hopital, s: 'hop' } },
    });
    expect(res.json<GqlResult>().data.parcoursProfessionals).toHaveLength(1);
    const requestId = res.headers['x-request-id'];
    expect(typeof requestId).toBe('string');
    expect(await auditOf(t, requestId as string)).toEqual([]);
  });

  it('what it returns is what addAccompanimentMember accepts: social@ puts Chloé Ccas, picked from the list, on a PA’s list', async () => {
    const [chloe] = await professionals({ o: d.org.ccas, s: 'chloe' });
    const person = ok(
      await t.gql(d.token.social, M.create, { p: personInput(), o: d.org.social, m: 'Accompagnement social global' }),
      'createAccompaniedPerson',
    );
    const member = ok(
      await t.gql(d.token.social, M.addMember, {
        i: {
          personId: person.id,
          userId: chloe!.id,
          organisationId: d.org.ccas,
          mission: 'Logement',
          since: parisDay(0),
        },
      }),
      'addAccompanimentMember',
    );
    expect(member).toMatchObject({
      displayName: 'Chloé Ccas',
      user: { id: d.user.ccas },
      organisation: { id: d.org.ccas },
    });
  });
});

describe('app_parcours_professionals(): the database function', () => {
  it('returns nothing unless the caller holds SOCIAL_WORKER, whatever the request role may otherwise read', async () => {
    const q = sql`select id from app_parcours_professionals(${d.org.ccas}::uuid, '{}'::text[], 50)`;
    expect(await rls('social', q)).toHaveLength(3);
    expect(await rls('ccas', q)).toHaveLength(3);
    for (const who of ['referent', 'admin', 'lecteur', 'conseiller'] as const)
      expect(await rls(who, q), who).toEqual([]);
  });

  it('the request role cannot read those users itself (hence the function); only maillage_app may execute it, not PUBLIC', async () => {
    expect(await rls('social', sql`select id from app_user where id = ${d.user.ccas}`)).toEqual([]);
    expect(await rls('social', sql`select id from membership where user_id = ${d.user.ccas}`)).toEqual([]);
    const [acl] = await ownerRows<{ acl: string; app: boolean; definer: boolean }>(
      t,
      sql`select proacl::text as acl, prosecdef as definer,
                 has_function_privilege('maillage_app', 'app_parcours_professionals(uuid, text[], integer)', 'execute') as app
          from pg_proc where proname = 'app_parcours_professionals'`,
    );
    expect(acl!.definer).toBe(true);
    expect(acl!.app).toBe(true);
    // No "=X/owner" entry: PUBLIC's default EXECUTE is revoked.
    expect(acl!.acl).not.toMatch(/[{,]=X\//);
  });

  it('app_search_key() compares names as the shared searchKey() does', async () => {
    const samples = [
      'Chloé Ccas',
      'Hugo Hôpital',
      'Service social du centre hospitalier Jacques-Cœur',
      'ÆLIS Œuvre',
      'Émile  d’Arçon-Übel',
      "Jean-François L'Hôte",
      'Zoë Ñúñez 42',
      '  --  ',
      'Łukasz Øster ß',
    ];
    for (const value of samples) {
      const [row] = await ownerRows<{ key: string }>(t, sql`select app_search_key(${value}) as key`);
      expect(row!.key, value).toBe(searchKey(value));
    }
  });
});

const actors: Partial<Record<Who, Awaited<ReturnType<typeof loadActor>>>> = {};
/** Raw SQL as `who`'s request would run it: the actor's transaction, as the request role (row-level security applies). */
async function rls(who: Who, q: SQL): Promise<Record<string, unknown>[]> {
  actors[who] ??= await loadActor(t.database.db, d.user[who], 'token');
  return withActorTx(
    t.database.db,
    actors[who]!,
    'read',
    async (tx) => (await tx.execute<Record<string, unknown>>(q)).rows,
  );
}
