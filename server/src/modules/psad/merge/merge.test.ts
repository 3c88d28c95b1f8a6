import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/harness.js';
import { createCase, ownerId, ownerRows, type PersonSeed } from '../cases/test-fixtures.js';
import { psadCase } from '../tables.js';

let t: TestApp;
const tok: Record<string, string> = {};
const id = {} as Record<Who | 'bourges' | 'vierzonP' | 'ml', string>;
const who = ['referent', 'vierzon', 'conseiller'] as const;
type Who = (typeof who)[number];
const emails: Record<Who, string> = {
  referent: 'referent@demo.test',
  vierzon: 'referent.vierzon@demo.test',
  conseiller: 'conseiller@demo.test',
};

const PERSON =
  'id version ine lastName firstNames birthDate sex address postalCode commune phone email lastSchoolUai cases { id status episode closeOutcome closeComment version }';
const Q = {
  merge: `mutation($p: ID!, $k: ID!, $kv: Int!, $m: ID!, $mv: Int!) { mergeYoungPeople(platformId: $p, keepId: $k, keepVersion: $kv, mergeId: $m, mergeVersion: $mv) { ${PERSON} } }`,
  duplicates: `query($p: ID!, $first: Int) { youngPersonDuplicates(platformId: $p, first: $first) { reason similarity first { id lastName } second { id lastName } } }`,
  case: `query($id: ID!) { case(id: $id) { id status episode youngPerson { id } timeline { kind data actor { id } } contactAttempts { channel result } } }`,
  signal: `mutation($input: SignalInput!) { signalYoungPerson(input: $input) { caseId matched } }`,
  assign: `mutation($p: ID!, $c: ID!, $o: ID!) { assignCases(platformId: $p, cases: [{ id: $c, version: 1 }], organisationId: $o) { id version } }`,
  attempt: `mutation($id: ID!, $v: Int!) { recordContactAttempt(caseId: $id, version: $v, attemptedAt: "2026-01-05T10:00:00Z", channel: TELEPHONE, result: MESSAGE_LAISSE) { id version status } }`,
  transfer: `mutation($id: ID!, $v: Int!, $p: ID!) { proposeTransfer(caseId: $id, version: $v, toPlatformId: $p, reason: "Déménagement") { id } }`,
};

const gql = (w: Who, q: string, v: Record<string, unknown> = {}) => t.gql(tok[w]!, q, v);
const code = (res: { errors?: { extensions: { code: string } }[] }) => res.errors?.[0]?.extensions.code;
const auditRows = (action: string) =>
  ownerRows<{ subject_id: string; details: Record<string, unknown>; actor_id: string }>(
    t,
    sql`select subject_id, details, actor_id from audit_event where action = ${action} and outcome = 'SUCCESS' order by id`,
  );

/** A young person and an A_TRAITER case, written as the owner (the import is tested elsewhere). */
const seed = async (platformId: string, p: PersonSeed, extra: Partial<typeof psadCase.$inferInsert> = {}) =>
  createCase(t, platformId, { phone: null, ...p }, extra);

/** Every row of every table the merge touches, hashed (audit_event but its refusals included): equal = nothing written. */
async function snapshot(): Promise<string> {
  const out: string[] = [];
  for (const table of ['young_person', 'psad_case', 'contact_attempt', 'case_event', 'case_transfer', 'audit_event']) {
    const [row] = await ownerRows<{ h: string }>(
      t,
      sql.raw(
        `select count(*) || ':' || md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from ${table === 'audit_event' ? "(select * from audit_event where outcome <> 'DENIED')" : table} x`,
      ),
    );
    out.push(`${table}=${row!.h}`);
  }
  return out.join(' ');
}

/** The call is refused with `expected`, and nothing at all is written (the denial itself aside). */
async function refused(w: Who, variables: Record<string, unknown>, expected: string) {
  const before = await snapshot();
  const res = await gql(w, Q.merge, variables);
  expect(code(res), res.errors?.[0]?.message).toBe(expected);
  expect(res.errors![0]!.message).not.toMatch(/select|update|delete|constraint/i);
  if (expected !== 'FORBIDDEN') expect(await snapshot()).toBe(before);
  return res;
}

beforeAll(async () => {
  t = await createTestApp();
  for (const w of who) {
    tok[w] = await t.login(emails[w]);
    id[w] = await ownerId(t, sql`select id from app_user where email = ${emails[w]}`);
  }
  id.bourges = await ownerId(t, sql`select id from platform where name = 'PSAD du bassin de Bourges'`);
  id.vierzonP = await ownerId(t, sql`select id from platform where name = 'PSAD du bassin de Vierzon'`);
  id.ml = await ownerId(t, sql`select id from organisation where name = 'Mission Locale de Bourges'`);
});
afterAll(() => t.close());

describe('finding duplicates', () => {
  it('pairs records with the same birth date and names alike, never two different INEs', async () => {
    const a = await seed(id.bourges, {
      lastName: 'LEFEBVRE',
      firstNames: 'Mathis',
      birthDate: '2008-04-12',
      ine: '111111111AA',
    });
    const b = await seed(id.bourges, { lastName: 'LEFEVRE', firstNames: 'Mathis', birthDate: '2008-04-12' });
    const other = await seed(id.bourges, {
      lastName: 'LEFEBVRE',
      firstNames: 'Mathis',
      birthDate: '2008-04-12',
      ine: '222222222BB',
    });
    await seed(id.bourges, { lastName: 'ROUSSEAU', firstNames: 'Inès', birthDate: '2008-04-12' });
    const res = await gql('referent', Q.duplicates, { p: id.bourges });
    expect(res.errors).toBeUndefined();
    const pairs = res.data.youngPersonDuplicates.map((d) => ({
      ids: [d.first.id, d.second.id].sort(),
      reason: d.reason,
    }));
    expect(pairs).toContainEqual({ ids: [a.personId, b.personId].sort(), reason: 'SIMILAR_NAME' });
    expect(pairs).toContainEqual({ ids: [b.personId, other.personId].sort(), reason: 'SIMILAR_NAME' });
    expect(pairs.some((p) => p.ids.includes(a.personId) && p.ids.includes(other.personId))).toBe(false);
    expect(pairs).toHaveLength(2);
    expect((await auditRows('young_person.duplicates')).at(-1)).toMatchObject({
      subject_id: id.bourges,
      details: { pairs: 2 },
    });
  });

  it('is for the referents of the platform', async () => {
    expect(code(await gql('vierzon', Q.duplicates, { p: id.bourges }))).toBe('FORBIDDEN');
    expect(code(await gql('conseiller', Q.duplicates, { p: id.bourges }))).toBe('FORBIDDEN');
    expect((await gql('vierzon', Q.duplicates, { p: id.vierzonP })).data.youngPersonDuplicates).toEqual([]);
    expect(code(await gql('referent', Q.duplicates, { p: id.bourges, first: 500 }))).toBe('BAD_USER_INPUT');
  });
});

describe('merging two records of one person', () => {
  it('moves the cases with their timeline and attempts, fills empty details, closes one open case, deletes the duplicate', async () => {
    // The SIEI record (kept): INE, phone, school; its case is A_TRAITER.
    const keep = await seed(id.bourges, {
      lastName: 'MARTIN',
      firstNames: 'Léa',
      birthDate: '2008-02-02',
      ine: '123456789AB',
      phone: '0611111111',
      lastSchoolUai: '0180035R',
    });
    // The signal with a typo (merged): another phone, an e-mail and an address; an old closed episode and an open one in progress.
    const signal = await gql('referent', Q.signal, {
      input: {
        platformId: id.bourges,
        sourceKind: 'EPLE',
        lastName: 'Martn',
        firstNames: 'Léa',
        birthDate: '2008-02-02',
        phone: '0622222222',
        email: 'lea@example.org',
        address: '3 rue des Lilas',
        postalCode: '18000',
        commune: 'Bourges',
      },
    });
    expect(signal.errors).toBeUndefined();
    const mergedCase = signal.data.signalYoungPerson.caseId;
    const mergedId = await ownerId(t, sql`select young_person_id as id from psad_case where id = ${mergedCase}`);
    const old = await t.database.db
      .insert(psadCase)
      .values({
        platformId: id.bourges,
        youngPersonId: mergedId,
        status: 'CLOS',
        source: 'SIGNAL',
        closeOutcome: 'REFUS',
        closedAt: new Date('2025-01-01'),
        createdAt: new Date('2024-09-01'),
        episode: 1,
      })
      .returning();
    await ownerRows(t, sql`update psad_case set episode = 2 where id = ${mergedCase}`);
    const oldCase = old[0]!.id;
    expect(code(await gql('referent', Q.assign, { p: id.bourges, c: mergedCase, o: id.ml }))).toBeUndefined();
    expect((await gql('conseiller', Q.attempt, { id: mergedCase, v: 2 })).data.recordContactAttempt.status).toBe(
      'EN_COURS',
    );
    const before = (await gql('referent', Q.case, { id: mergedCase })).data.case.timeline.map(
      (e: { kind: string }) => e.kind,
    );
    expect(before).toEqual(['CREATED', 'assign', 'contact_attempt']);

    const res = await gql('referent', Q.merge, { p: id.bourges, k: keep.personId, kv: 1, m: mergedId, mv: 1 });
    expect(res.errors).toBeUndefined();
    const kept = res.data.mergeYoungPeople;
    expect(kept).toMatchObject({
      id: keep.personId,
      version: 2,
      lastName: 'MARTIN',
      ine: '123456789AB',
      phone: '0611111111', // both set: the kept record's wins
      email: 'lea@example.org', // the kept record had none
      address: '3 rue des Lilas',
      postalCode: '18000',
      commune: 'Bourges',
      lastSchoolUai: '0180035R',
    });
    // The case in progress stays open (further along than A_TRAITER); the kept record's own is closed as a duplicate.
    const byId = Object.fromEntries(kept.cases.map((c) => [c.id, c]));
    expect(kept.cases).toHaveLength(3);
    expect(byId[mergedCase]).toMatchObject({ status: 'EN_COURS', episode: 3 });
    expect(byId[keep.caseId]).toMatchObject({
      status: 'CLOS',
      closeOutcome: 'AUTRE',
      closeComment: 'Doublon fusionné avec un autre dossier',
      episode: 2,
    });
    expect(byId[oldCase]).toMatchObject({ status: 'CLOS', closeOutcome: 'REFUS', episode: 1 });

    // History kept: the moved case keeps its events and attempts, and says what was merged.
    const moved = (await gql('referent', Q.case, { id: mergedCase })).data.case;
    expect(moved.youngPerson.id).toBe(keep.personId);
    expect(moved.contactAttempts).toEqual([{ channel: 'TELEPHONE', result: 'MESSAGE_LAISSE' }]);
    expect(moved.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'CREATED',
      'assign',
      'contact_attempt',
      'merge',
    ]);
    expect(moved.timeline.at(-1)).toMatchObject({
      actor: { id: id.referent },
      data: { keptYoungPersonId: keep.personId, mergedYoungPersonId: mergedId, duplicate: { lastName: 'MARTN' } },
    });
    const closed = (await gql('referent', Q.case, { id: keep.caseId })).data.case;
    expect(closed.timeline.at(-1)).toMatchObject({
      kind: 'close',
      data: {
        from: 'A_TRAITER',
        to: 'CLOS',
        outcome: 'AUTRE',
        reason: 'Doublon fusionné avec un autre dossier',
        openCaseId: mergedCase,
      },
    });

    // The duplicate is gone; one audit event, ids and field names only.
    expect(await ownerRows(t, sql`select id from young_person where id = ${mergedId}`)).toEqual([]);
    const audit = await auditRows('young_person.merge');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      subject_id: keep.personId,
      actor_id: id.referent,
      details: {
        mergedYoungPersonId: mergedId,
        closedCaseId: keep.caseId,
        openCaseId: mergedCase,
        filledFields: ['email', 'address', 'postalCode', 'commune'],
      },
    });
    expect(JSON.stringify(audit[0]!.details)).not.toMatch(/MART|Léa|lea@|Lilas|0611111111|0622222222/);
    // The platform's list now holds one record: a new signal matches it.
    const again = await gql('referent', Q.signal, {
      input: {
        platformId: id.bourges,
        sourceKind: 'EPLE',
        lastName: 'Martin',
        firstNames: 'Léa',
        birthDate: '2008-02-02',
      },
    });
    expect(again.data.signalYoungPerson).toEqual({ matched: true, caseId: mergedCase });
  });

  it('of two open cases equally far along, closes the merged record’s; takes its INE when the kept one has none', async () => {
    const keep = await seed(id.bourges, {
      lastName: 'BERNARD',
      firstNames: 'Tom',
      birthDate: '2007-07-07',
      phone: '0633333333',
    });
    const dup = await seed(id.bourges, {
      lastName: 'BERNARD',
      firstNames: 'Thomas',
      birthDate: '2007-07-07',
      ine: '999999999ZZ',
      address: '1 place Centrale',
    });
    const res = await gql('referent', Q.merge, { p: id.bourges, k: keep.personId, kv: 1, m: dup.personId, mv: 1 });
    expect(res.errors).toBeUndefined();
    const kept = res.data.mergeYoungPeople;
    expect(kept).toMatchObject({
      firstNames: 'Tom',
      ine: '999999999ZZ',
      phone: '0633333333',
      address: '1 place Centrale',
    });
    const statuses = Object.fromEntries(kept.cases.map((c) => [c.id, [c.status, c.closeOutcome]]));
    expect(statuses).toEqual({ [keep.caseId]: ['A_TRAITER', null], [dup.caseId]: ['CLOS', 'AUTRE'] });
    // The worklist search finds both episodes, now of the kept record, by the INE it took.
    const found = await gql(
      'referent',
      `query($p: ID!) { cases(platformId: $p, filter: { search: "999999999ZZ" }) { nodes { id youngPerson { id } } } }`,
      { p: id.bourges },
    );
    expect(found.data.cases.nodes).toHaveLength(2);
    expect(new Set(found.data.cases.nodes.map((n: { youngPerson: { id: string } }) => n.youngPerson.id))).toEqual(
      new Set([keep.personId]),
    );
  });
});

describe('refusals write nothing', () => {
  let a: { personId: string; caseId: string };
  let b: { personId: string; caseId: string };
  let vic: { personId: string; caseId: string };
  beforeAll(async () => {
    a = await seed(id.bourges, { lastName: 'PETIT', firstNames: 'Noé', birthDate: '2008-09-09', ine: '333333333CC' });
    b = await seed(id.bourges, { lastName: 'PETIT', firstNames: 'Noe', birthDate: '2008-09-09', ine: '444444444DD' });
    vic = await seed(id.vierzonP, { lastName: 'PETIT', firstNames: 'Noé', birthDate: '2008-09-09' });
  });
  const merge = (keep: { personId: string }, dup: { personId: string }, kv = 1, mv = 1, p = id.bourges) => ({
    p,
    k: keep.personId,
    kv,
    m: dup.personId,
    mv,
  });

  it('two different INEs: CONFLICT, in French', async () => {
    const res = await refused('referent', merge(a, b), 'CONFLICT');
    expect(res.errors![0]!.message).toBe(
      'Ces deux dossiers portent des INE différents : ce sont deux jeunes distincts, ils ne peuvent pas être fusionnés.',
    );
  });

  it('another platform’s referent: FORBIDDEN; its own platform with these ids: NOT_FOUND (row-level security)', async () => {
    const before = await snapshot();
    await refused('vierzon', merge(a, b), 'FORBIDDEN');
    await refused('vierzon', merge(vic, b, 1, 1, id.vierzonP), 'NOT_FOUND');
    // The referent of Bourges names a record of Vierzon: not on the platform.
    await refused('referent', merge(a, vic), 'NOT_FOUND');
    const denied = await ownerRows<{ n: number }>(
      t,
      sql`select count(*)::int as n from audit_event where outcome = 'DENIED'`,
    );
    expect(denied[0]!.n).toBeGreaterThan(0);
    expect((await snapshot()).replace(/audit_event=\S+/, '')).toBe(before.replace(/audit_event=\S+/, ''));
  });

  it('a counsellor: FORBIDDEN', async () => {
    await refused('conseiller', merge(a, b), 'FORBIDDEN');
  });

  it('a stale version: CONFLICT', async () => {
    const c = await seed(id.bourges, { lastName: 'GIRARD', firstNames: 'Zoé', birthDate: '2008-10-10' });
    const res = await refused('referent', merge(a, c, 1, 2), 'CONFLICT');
    expect(res.errors![0]!.message).toMatch(/modifié entre-temps/);
    await refused('referent', merge(a, c, 3, 1), 'CONFLICT');
  });

  it('bad ids: BAD_USER_INPUT naming the field', async () => {
    const bad = async (variables: Record<string, unknown>, path: string) => {
      const res = await refused('referent', variables, 'BAD_USER_INPUT');
      expect(res.errors![0]!.extensions.fields?.map((f: { path: string }) => f.path)).toContain(path);
    };
    await bad({ ...merge(a, b), k: 'pas-un-id' }, 'keepId');
    await bad({ ...merge(a, b), p: 'pas-un-id' }, 'platformId');
    await bad(merge(a, a), 'mergeId');
    await bad(merge(a, b, 0), 'keepVersion');
  });

  it('a pending transfer on one of the cases: CONFLICT', async () => {
    const c = await seed(id.bourges, { lastName: 'ROBIN', firstNames: 'Lou', birthDate: '2008-11-11' });
    const d = await seed(id.bourges, { lastName: 'ROBINS', firstNames: 'Lou', birthDate: '2008-11-11' });
    await gql('referent', Q.assign, { p: id.bourges, c: d.caseId, o: id.ml });
    expect((await gql('referent', Q.transfer, { id: d.caseId, v: 2, p: id.vierzonP })).errors).toBeUndefined();
    const res = await refused('referent', merge(c, d), 'CONFLICT');
    expect(res.errors![0]!.message).toMatch(/transfert est en attente/);
  });
});
