import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type GqlResult } from '../../../test/harness.js';
import { loadActor } from '../../core/auth/authenticate.js';
import type { Actor } from '../../core/auth/actor.js';
import { withActorTx } from '../../core/db/actor-tx.js';
import { ownerId, ownerRows } from '../psad/cases/test-fixtures.js';
import {
  M,
  Q,
  auditEvents,
  auditOf,
  code,
  demo,
  fieldsOf,
  ok,
  parcoursFingerprint,
  parisDay,
  personInput,
  type Demo,
  type Who,
} from './test-fixtures.js';

let t: TestApp;
let d: Demo;
/** Élodie Martin, created by social@ (Service social départemental). */
let person: { id: string; socialMemberId: string };

beforeAll(async () => {
  // Statement counting on: the list's cost is checked below.
  t = await createTestApp({ BENCH_COUNT_SQL: 'on' });
  d = await demo(t);
  const created = ok(
    await as('social', M.create, { p: personInput(), o: d.org.social, m: 'Accompagnement social global' }),
    'createAccompaniedPerson',
  );
  person = { id: created.id, socialMemberId: created.members[0]!.id };
});
afterAll(() => t.close());

const as = (who: Who, query: string, variables: Record<string, unknown> = {}) => t.gql(d.token[who], query, variables);

const actors: Partial<Record<Who, Actor>> = {};
async function actorOf(who: Who): Promise<Actor> {
  actors[who] ??= (await loadActor(t.database.db, d.user[who], 'token'))!;
  return actors[who]!;
}
/** Raw SQL through the request's handle: the actor's transaction, as the request role (row-level security applies). */
const rls = async <R extends Record<string, unknown>>(who: Who, q: SQL) =>
  withActorTx(t.database.db, await actorOf(who), 'read', async (tx) => (await tx.execute<R>(q)).rows);
async function rlsRefusal(who: Who, q: SQL): Promise<string> {
  try {
    await withActorTx(t.database.db, await actorOf(who), 'write', (tx) => tx.execute(q));
  } catch (err) {
    const e = ((err as { cause?: unknown }).cause ?? err) as { code?: string; message: string };
    return `${e.code}: ${e.message}`;
  }
  return 'no error';
}

describe('who may call the référence de parcours at all', () => {
  it.each(['referent', 'admin', 'lecteur', 'conseiller'] as const)(
    '%s: FORBIDDEN on every query and mutation, each refusal audited, nothing written',
    async (who) => {
      const calls: [string, Record<string, unknown>][] = [
        [Q.list, {}],
        [Q.person, { id: person.id }],
        [M.create, { p: personInput(), o: d.org.social, m: 'Mission' }],
        [M.update, { id: person.id, v: 1, p: personInput() }],
        [
          M.addMember,
          {
            i: {
              personId: person.id,
              professionalName: 'Jeanne Aide',
              organisationId: d.org.caf,
              mission: 'Suivi',
              since: parisDay(0),
            },
          },
        ],
        [M.endMember, { id: person.socialMemberId, u: parisDay(0) }],
        [M.propose, { p: person.id }],
        [M.addCompetence, { p: person.id, k: 'COMPETENCE', l: 'Cuisine' }],
        [M.consent, { i: { personId: person.id, kind: 'INFORMATION_TRAITEMENT' } }],
      ];
      const before = await parcoursFingerprint(t);
      for (const [query, variables] of calls) {
        const res = await as(who, query, variables);
        expect(code(res), query).toBe('FORBIDDEN');
        expect(res.data?.accompaniedPerson ?? null).toBeNull();
        expect((await auditOf(t, res.errors![0]!.extensions.requestId))[0]).toMatchObject({
          outcome: 'DENIED',
          details: { policy: 'role:SOCIAL_WORKER' },
        });
      }
      expect(await parcoursFingerprint(t)).toEqual(before);
    },
  );

  it('a social worker creates a PA only for an organisation where they are a social worker (FORBIDDEN, audited, nothing written)', async () => {
    const before = await parcoursFingerprint(t);
    const res = await as('social', M.create, { p: personInput({ lastName: 'Autre' }), o: d.org.ccas, m: 'Mission' });
    expect(code(res)).toBe('FORBIDDEN');
    expect(await auditOf(t, res.errors![0]!.extensions.requestId)).toEqual([
      {
        action: 'parcours.person_create',
        outcome: 'DENIED',
        subject_type: 'organisation',
        subject_id: d.org.ccas,
        details: { policy: 'not-social-worker-of-organisation' },
      },
    ]);
    expect(await parcoursFingerprint(t)).toEqual(before);
  });
});

describe('the creator', () => {
  it('sees the PA created, with itself as the first entry of the list (today, its organisation and mission)', async () => {
    const seen = ok(await as('social', Q.person, { id: person.id }), 'accompaniedPerson');
    expect(seen).toMatchObject({
      lastName: 'Martin',
      firstNames: 'Élodie',
      birthDate: '1988-04-12',
      email: 'elodie.martin@example.org',
      domiciled: false,
      version: 1,
      myMemberId: person.socialMemberId,
      reference: null,
      references: [],
      members: [
        {
          id: person.socialMemberId,
          displayName: 'Sophie Sociale',
          professionalName: null,
          mission: 'Accompagnement social global',
          since: parisDay(0),
          until: null,
          active: true,
          isReferent: false,
          user: { id: d.user.social, displayName: 'Sophie Sociale' },
          organisation: { id: d.org.social, name: 'Service social départemental du Cher' },
        },
      ],
    });
  });

  it('creation and reading are audited, with ids only', async () => {
    const [created] = await auditEvents(t, 'parcours.person_create', person.id);
    expect(created).toMatchObject({
      actor_id: d.user.social,
      outcome: 'SUCCESS',
      details: { memberId: person.socialMemberId, organisationId: d.org.social },
    });
    const reads = await auditEvents(t, 'parcours.person_read', person.id);
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.at(-1)).toMatchObject({ actor_id: d.user.social, outcome: 'SUCCESS', details: null });
    const all = await ownerRows<{ details: unknown }>(
      t,
      sql`select details from audit_event where subject_id = ${person.id}`,
    );
    expect(JSON.stringify(all)).not.toMatch(/Martin|Élodie|elodie|Arènes|06 12/);
  });
});

describe('an intervenant sees a PA only while on its list', () => {
  let ccasMemberId: string;

  it('before being listed, ccas@ sees nothing: null, not in the list, NOT_FOUND on writes, nothing written; the attempt is recorded', async () => {
    const res = await as('ccas', Q.person, { id: person.id });
    expect(ok(res, 'accompaniedPerson')).toBeNull();
    expect(await auditOf(t, await lastRequestOf('parcours.person_read', d.user.ccas))).toEqual([
      {
        action: 'parcours.person_read',
        outcome: 'DENIED',
        subject_type: 'accompanied_person',
        subject_id: person.id,
        details: { policy: 'not-on-list' },
      },
    ]);
    expect(ok(await as('ccas', Q.list), 'accompaniedPersons')).toMatchObject({ totalCount: 0, nodes: [] });
    const before = await parcoursFingerprint(t);
    expect(code(await as('ccas', M.update, { id: person.id, v: 1, p: personInput({ lastName: 'Pirate' }) }))).toBe(
      'NOT_FOUND',
    );
    expect(
      code(
        await as('ccas', M.addMember, {
          i: {
            personId: person.id,
            userId: d.user.ccas,
            organisationId: d.org.ccas,
            mission: 'Intrusion',
            since: parisDay(0),
          },
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(code(await as('ccas', M.endMember, { id: person.socialMemberId, u: parisDay(0) }))).toBe('NOT_FOUND');
    expect(code(await as('ccas', M.propose, { p: person.id }))).toBe('NOT_FOUND');
    expect(code(await as('ccas', M.addCompetence, { p: person.id, k: 'COMPETENCE', l: 'Cuisine' }))).toBe('NOT_FOUND');
    expect(await parcoursFingerprint(t)).toEqual(before);
    // An id that exists nowhere is NOT_FOUND too: the answer does not tell them apart, and the log
    // records the probe as it records one of a hidden person (administrators alone read it).
    const unknown = await as('ccas', M.propose, { p: '00000000-0000-4000-8000-000000000000' });
    expect(code(unknown)).toBe('NOT_FOUND');
    expect(await auditOf(t, unknown.errors![0]!.extensions.requestId)).toEqual([
      expect.objectContaining({
        action: 'Mutation.proposeReference',
        outcome: 'DENIED',
        subject_type: 'accompanied_person',
        subject_id: '00000000-0000-4000-8000-000000000000',
      }),
    ]);
  });

  it('row-level security itself hides the PA and its record from ccas@, and refuses a self-made entry', async () => {
    expect(await rls('ccas', sql`select id from accompanied_person`)).toEqual([]);
    expect(await rls('ccas', sql`select id from accompaniment_member`)).toEqual([]);
    expect(await rls('social', sql`select id from accompanied_person`)).toEqual([{ id: person.id }]);
    expect(
      await rlsRefusal(
        'ccas',
        sql`insert into accompaniment_member (person_id, user_id, organisation_id, mission, since) values (${person.id}, ${d.user.ccas}, ${d.org.ccas}, 'Intrusion', current_date)`,
      ),
    ).toMatch(/^42501: new row violates row-level security policy/);
    // Nor do admins and viewers see any PA, whatever they run.
    for (const who of ['admin', 'lecteur'] as const)
      expect(await rls(who, sql`select id from accompanied_person`)).toEqual([]);
    // The colleagues' names come only with a list one is on.
    const colleagues = (who: Who) =>
      rls(who, sql`select id from app_parcours_colleagues(${`{${d.user.social},${d.user.ccas}}`}::uuid[])`);
    expect(await colleagues('social')).toEqual([{ id: d.user.social }]);
    for (const who of ['ccas', 'admin', 'lecteur'] as const) expect(await colleagues(who)).toEqual([]);
  });

  it('once social@ adds ccas@ to the list, ccas@ sees the PA (read audited in its name)', async () => {
    const added = ok(
      await as('social', M.addMember, {
        i: {
          personId: person.id,
          userId: d.user.ccas,
          organisationId: d.org.ccas,
          service: 'Pôle insertion',
          mission: 'Aide au logement',
          since: parisDay(-10),
        },
      }),
      'addAccompanimentMember',
    );
    expect(added).toMatchObject({
      displayName: 'Chloé Ccas',
      service: 'Pôle insertion',
      active: true,
      user: { id: d.user.ccas },
      organisation: { id: d.org.ccas },
    });
    ccasMemberId = added.id;
    const seen = ok(await as('ccas', Q.person, { id: person.id }), 'accompaniedPerson');
    expect(seen).toMatchObject({ id: person.id, myMemberId: ccasMemberId });
    // Current entries by start date: ccas@ began ten days ago.
    expect(seen.members.map((m: { id: string }) => m.id)).toEqual([ccasMemberId, person.socialMemberId]);
    // The creator's name comes through, though social@ is of another organisation.
    expect(seen.members[1]!.user).toEqual({ id: d.user.social, displayName: 'Sophie Sociale' });
    expect(ok(await as('ccas', Q.list), 'accompaniedPersons')).toMatchObject({
      totalCount: 1,
      nodes: [{ id: person.id }],
    });
    expect((await auditEvents(t, 'parcours.person_read', person.id)).at(-1)).toMatchObject({
      actor_id: d.user.ccas,
      outcome: 'SUCCESS',
    });
    expect(await rls('ccas', sql`select id from accompanied_person`)).toEqual([{ id: person.id }]);
    expect(await rls('ccas', sql`select id from app_parcours_colleagues(${`{${d.user.social}}`}::uuid[])`)).toEqual([
      { id: d.user.social },
    ]);
    const [event] = await auditEvents(t, 'parcours.member_add', person.id);
    expect(event!.details).toEqual({ memberId: ccasMemberId, organisationId: d.org.ccas, withAccount: true });
  });

  it('an entry that begins tomorrow gives no access today', async () => {
    const future = ok(
      await as('social', M.addMember, {
        i: {
          personId: person.id,
          userId: d.user.hopital,
          organisationId: d.org.hopital,
          mission: 'Sortie d’hospitalisation',
          since: parisDay(1),
        },
      }),
      'addAccompanimentMember',
    );
    expect(future).toMatchObject({ active: false, since: parisDay(1) });
    expect(ok(await as('hopital', Q.person, { id: person.id }), 'accompaniedPerson')).toBeNull();
    expect(await rls('hopital', sql`select id from accompanied_person`)).toEqual([]);
  });

  it('once the entry of ccas@ is ended yesterday, ccas@ no longer sees the PA; the entry shows as ended, last', async () => {
    const ended = ok(await as('social', M.endMember, { id: ccasMemberId, u: parisDay(-1) }), 'endAccompanimentMember');
    expect(ended).toEqual({ id: ccasMemberId, until: parisDay(-1), active: false });
    expect(ok(await as('ccas', Q.person, { id: person.id }), 'accompaniedPerson')).toBeNull();
    expect(ok(await as('ccas', Q.list), 'accompaniedPersons')).toMatchObject({ totalCount: 0 });
    expect(code(await as('ccas', M.addCompetence, { p: person.id, k: 'COMPETENCE', l: 'Cuisine' }))).toBe('NOT_FOUND');
    expect(await rls('ccas', sql`select id from accompanied_person`)).toEqual([]);
    const seen = ok(await as('social', Q.person, { id: person.id }), 'accompaniedPerson');
    expect(
      seen.members.map((m: { id: string; active: boolean }) => [
        m.id === ccasMemberId ? 'ccas' : m.id === person.socialMemberId ? 'social' : 'hopital',
        m.active,
      ]),
    ).toEqual([
      ['social', true],
      ['hopital', false],
      ['ccas', false],
    ]);
  });

  it('an entry ended today still counts today', async () => {
    const member = ok(
      await as('social', M.addMember, {
        i: {
          personId: person.id,
          userId: d.user.ccas,
          organisationId: d.org.ccas,
          mission: 'Aide au logement',
          since: parisDay(0),
          until: parisDay(0),
        },
      }),
      'addAccompanimentMember',
    );
    expect(member.active).toBe(true);
    expect(ok(await as('ccas', Q.person, { id: person.id }), 'accompaniedPerson')).toMatchObject({
      myMemberId: member.id,
    });
    // Ended today by ccas@ itself (it may): still on the list until tonight.
    expect(
      ok(await as('ccas', M.endMember, { id: member.id, u: parisDay(0) }), 'endAccompanimentMember'),
    ).toMatchObject({ active: true });
  });

  it('ending an entry already over is a CONFLICT; an end before the start names the field', async () => {
    expect(code(await as('social', M.endMember, { id: ccasMemberId, u: parisDay(0) }))).toBe('CONFLICT');
    const [hopital] = await ownerRows<{ id: string }>(
      t,
      sql`select id from accompaniment_member where user_id = ${d.user.hopital} and person_id = ${person.id}`,
    );
    const res = await as('social', M.endMember, { id: hopital!.id, u: parisDay(0) });
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual(['until']);
  });
});

describe('the liste d’accompagnement: who may be added', () => {
  const entry = (over: Record<string, unknown>) => ({
    i: {
      personId: person.id,
      organisationId: d.org.missionLocale,
      mission: 'Insertion professionnelle',
      since: parisDay(0),
      ...over,
    },
  });

  it('a counsellor of Maillage, with its organisation; a professional without an account, by name', async () => {
    const counsellor = ok(
      await as('social', M.addMember, entry({ userId: d.user.conseiller })),
      'addAccompanimentMember',
    );
    expect(counsellor).toMatchObject({
      displayName: 'Claire Conseillère',
      user: { id: d.user.conseiller },
      organisation: { id: d.org.missionLocale },
    });
    const named = ok(
      await as(
        'social',
        M.addMember,
        entry({ professionalName: 'Dr Bernard Lenoir', organisationId: d.org.caf, mission: 'Suivi budgétaire' }),
      ),
      'addAccompanimentMember',
    );
    expect(named).toMatchObject({
      displayName: 'Dr Bernard Lenoir',
      professionalName: 'Dr Bernard Lenoir',
      user: null,
      organisation: { id: d.org.caf },
    });
    // A counsellor on the list still sees nothing: the référence de parcours is the social workers'.
    expect(code(await as('conseiller', Q.person, { id: person.id }))).toBe('FORBIDDEN');
  });

  it('refuses, naming the field and writing nothing: a user who is no professional of that organisation, an unknown organisation, both a user and a name, neither', async () => {
    const before = await parcoursFingerprint(t);
    const refused = async (over: Record<string, unknown>, path: string) => {
      const res = await as('social', M.addMember, entry(over));
      expect(code(res), path).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res), path).toContain(path);
    };
    await refused({ userId: d.user.referent }, 'input.userId');
    await refused({ userId: d.user.ccas, organisationId: d.org.social }, 'input.userId');
    await refused(
      {
        userId: d.user.lecteur,
        organisationId: await ownerId(t, sql`select id from organisation where name = 'DSDEN du Cher'`),
      },
      'input.userId',
    );
    await refused(
      { professionalName: 'Jeanne Aide', organisationId: '00000000-0000-4000-8000-000000000000' },
      'input.organisationId',
    );
    await refused({ userId: d.user.conseiller, professionalName: 'Claire' }, 'input.professionalName');
    await refused({}, 'input.professionalName');
    await refused({ professionalName: 'Jeanne Aide', since: parisDay(0), until: parisDay(-3) }, 'input.until');
    await refused({ professionalName: 'Jeanne Aide', mission: ' ' }, 'input.mission');
    expect(await parcoursFingerprint(t)).toEqual(before);
  });

  it('the same professional twice over the same period is a CONFLICT; a later period is not', async () => {
    const before = await parcoursFingerprint(t);
    const twice = await as('social', M.addMember, entry({ userId: d.user.conseiller }));
    expect(code(twice)).toBe('CONFLICT');
    expect(fieldsOf(twice)).toEqual(['input.userId']);
    expect(
      code(
        await as('social', M.addMember, entry({ professionalName: 'DR BERNARD LENOIR', organisationId: d.org.caf })),
      ),
    ).toBe('CONFLICT');
    expect(await parcoursFingerprint(t)).toEqual(before);
    // ccas@'s entries end yesterday and today: a new one from tomorrow is fine.
    ok(
      await as('social', M.addMember, entry({ userId: d.user.ccas, organisationId: d.org.ccas, since: parisDay(1) })),
      'addAccompanimentMember',
    );
  });
});

describe('the PA’s identity', () => {
  it('is updated with the version read; a stale version is a CONFLICT; the audit names the fields, not the values', async () => {
    const updated = ok(
      await as('social', M.update, {
        id: person.id,
        v: 1,
        p: personInput({ lastName: 'Martin-Durand', domiciled: true, domiciliationOrganisationId: d.org.ccas }),
      }),
      'updateAccompaniedPerson',
    );
    expect(updated).toMatchObject({
      version: 2,
      lastName: 'Martin-Durand',
      domiciled: true,
      domiciliationOrganisation: { id: d.org.ccas },
    });
    const [event] = await auditEvents(t, 'parcours.person_update', person.id);
    expect(event!.details).toEqual({ fields: ['lastName', 'domiciled', 'domiciliationOrganisationId'] });
    const before = await parcoursFingerprint(t);
    const stale = await as('social', M.update, { id: person.id, v: 1, p: personInput({ lastName: 'Écrasé' }) });
    expect(code(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.message).toMatch(/modifié/);
    expect(await parcoursFingerprint(t)).toEqual(before);
  });

  it('a domiciliation names an active organisation; bad input names the field and writes nothing', async () => {
    const before = await parcoursFingerprint(t);
    const inactive = await ownerId(
      t,
      sql`insert into organisation (name, search_name, kind, active) values ('CCAS fermé', 'ccas ferme', 'SERVICE_SOCIAL', false) returning id`,
    );
    for (const [p, path] of [
      [personInput({ domiciled: true, domiciliationOrganisationId: inactive }), 'person.domiciliationOrganisationId'],
      [
        personInput({ domiciled: true, domiciliationOrganisationId: '00000000-0000-4000-8000-000000000000' }),
        'person.domiciliationOrganisationId',
      ],
      [
        personInput({ domiciled: false, domiciliationOrganisationId: d.org.ccas }),
        'person.domiciliationOrganisationId',
      ],
      [personInput({ lastName: ' ' }), 'person.lastName'],
      [personInput({ email: 'pas-une-adresse' }), 'person.email'],
    ] as const) {
      const res = await as('social', M.update, { id: person.id, v: 2, p });
      expect(code(res), path).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res), path).toContain(path);
      expect(res.errors![0]!.message).not.toMatch(/Martin|select|insert/);
    }
    const created = await as('social', M.create, {
      p: personInput({ domiciled: true, domiciliationOrganisationId: inactive }),
      o: d.org.social,
      m: 'Mission',
    });
    expect(fieldsOf(created)).toEqual(['person.domiciliationOrganisationId']);
    expect(fieldsOf(await as('social', M.create, { p: personInput(), o: d.org.social, m: ' ' }))).toEqual(['mission']);
    expect(await parcoursFingerprint(t)).toEqual(before);
  });
});

describe('the list of the caller’s PAs', () => {
  it('searches the names, accents and case aside, every word in any order; pages with a cursor', async () => {
    for (const [lastName, firstNames] of [
      ['Lefèvre', 'Anaïs'],
      ['Lefebvre', 'Marc'],
      ['Nguyen', 'Anaïs Thi'],
    ]) {
      ok(
        await as('social', M.create, {
          p: personInput({ lastName, firstNames, email: null, phone: null }),
          o: d.org.social,
          m: 'Accueil',
        }),
        'createAccompaniedPerson',
      );
    }
    const names = async (s: string | null) =>
      ok(await as('social', Q.list, { s }), 'accompaniedPersons').nodes.map((n) => n.lastName);
    expect(await names(null)).toEqual(['Lefebvre', 'Lefèvre', 'Martin-Durand', 'Nguyen']);
    expect(await names('anais')).toEqual(['Lefèvre', 'Nguyen']);
    expect(await names('ANAÏS lefe')).toEqual(['Lefèvre']);
    expect(await names('durand martin')).toEqual(['Martin-Durand']);
    expect(await names('zzz')).toEqual([]);

    const first = ok(await as('social', Q.list, { first: 3 }), 'accompaniedPersons');
    expect(first).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    // The cursor names no one.
    expect(Buffer.from(first.pageInfo.endCursor, 'base64url').toString()).not.toMatch(/mart|lef|durand/i);
    const second = ok(await as('social', Q.list, { first: 3, after: first.pageInfo.endCursor }), 'accompaniedPersons');
    expect(second).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: false }, nodes: [{ lastName: 'Nguyen' }] });
    expect(fieldsOf(await as('social', Q.list, { first: 1000 }))).toEqual(['first']);
    expect(fieldsOf(await as('social', Q.list, { after: 'pas-un-curseur' }))).toEqual(['after']);
    // Only the caller's: hopital@ is on none of these lists today.
    expect(ok(await as('hopital', Q.list), 'accompaniedPersons')).toMatchObject({ totalCount: 0, nodes: [] });
  });

  it('costs the same number of statements for one PA as for many (one per hop, not per PA)', async () => {
    const statements = async (first: number) => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { authorization: `Bearer ${d.token.social}` },
        payload: { query: Q.list, variables: { first } },
      });
      expect(res.json().errors).toBeUndefined();
      expect(res.json<GqlResult>().data.accompaniedPersons.nodes).toHaveLength(first);
      return Number(res.headers['x-sql-statements']);
    };
    expect(await statements(4)).toBe(await statements(1));
  });
});

/** The request id of the last audit event of `action` by `actorId` (a query that returned null carries no error to read it from). */
async function lastRequestOf(action: string, actorId: string): Promise<string> {
  const rows = await ownerRows<{ request_id: string }>(
    t,
    sql`select request_id from audit_event where action = ${action} and actor_id = ${actorId} order by id desc limit 1`,
  );
  return rows[0]!.request_id;
}
