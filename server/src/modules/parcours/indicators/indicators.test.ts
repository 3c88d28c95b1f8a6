import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReferenceEndReason, ReferenceStatus, SansSuiteMotive } from '@maillage/shared';
import { createTestApp, type TestApp } from '../../../../test/harness.js';
import type { RequestContext } from '../../../core/context.js';
import { ownerId, ownerRows } from '../../psad/cases/test-fixtures.js';
import { INDICATOR_HEADERS } from './export.js';
import { parcoursIndicators } from './indicators.service.js';

let t: TestApp;
const tok: Record<string, string> = {};
const id: Record<string, string> = {};
const who = ['social', 'ccas', 'lecteur', 'admin', 'referent', 'caf', 'porteur'] as const;
type Who = (typeof who)[number];
const email = (w: Who) => `${w}@demo.test`;

const INDICATORS = `{ parcoursIndicators {
  persons referencesProposed referencesAccepted byStatus { status count } sansSuiteByMotive { motive count } endedByReason { reason count }
  professionalsActingAsReferent lockersInUse documents
} }`;

const gql = (w: Who | null) => t.gql(w ? tok[w]! : null, INDICATORS);
const code = (res: { errors?: { extensions: { code: string } }[] }) => res.errors?.[0]?.extensions.code;

const exportAs = (w: Who | null, query: Record<string, string>) =>
  t.app.inject({
    method: 'GET',
    url: `/api/parcours/indicators/export?${new URLSearchParams(query)}`,
    headers: w ? { authorization: `Bearer ${tok[w]}` } : {},
  });

const auditOf = (requestId: string) =>
  ownerRows<{
    action: string;
    outcome: string;
    subject_type: string | null;
    subject_id: string | null;
    details: Record<string, unknown> | null;
  }>(
    t,
    sql`select action, outcome, subject_type, subject_id, details from audit_event where request_id = ${requestId} order by id`,
  );

// ---- Persons, lists, references and documents written as the database owner (the module's mutations are built elsewhere) ----

/** Names that must never leave through the indicators. */
const NAMES = [
  'Personneun',
  'Personnedeux',
  'Personnetrois',
  'Personnequatre',
  'Personnecinq',
  'Personnesix',
  'Personnesept',
  'Personnehuit',
];
const NAMED_PROFESSIONAL = 'Nadia Nommée';
const DOCUMENT_TITLE = 'Attestation de domiciliation de Zélie';

const createPerson = (lastName: string) =>
  ownerId(
    t,
    sql`insert into accompanied_person (last_name, first_names, search_text, created_by)
        values (${lastName}, 'Zélie', ${`${lastName.toLowerCase()} zelie`}, ${id.social}) returning id`,
  );

/** An entry of a person's list: a user of its organisation, or a named professional without an account. */
const addMember = (
  personId: string,
  m: { user: 'social' | 'ccas' | 'hopital' } | { professionalName: string; organisation: 'hopital' },
) =>
  'user' in m
    ? ownerId(
        t,
        sql`insert into accompaniment_member (person_id, user_id, organisation_id, mission, since)
            values (${personId}, ${id[m.user]}, ${id[`${m.user}Org`]}, 'Accompagnement social', '2025-01-06') returning id`,
      )
    : ownerId(
        t,
        sql`insert into accompaniment_member (person_id, professional_name, organisation_id, mission, since)
            values (${personId}, ${m.professionalName}, ${id[`${m.organisation}Org`]}, 'Soins de suite', '2025-01-06') returning id`,
      );

/** A person with the social worker and the CCAS on the list (the default two intervenants). */
async function personWithList(lastName: string, users: ('social' | 'ccas' | 'hopital')[] = ['social', 'ccas']) {
  const personId = await createPerson(lastName);
  const members: Record<string, string> = {};
  for (const u of users) members[u] = await addMember(personId, { user: u });
  return { personId, members };
}

async function addReference(
  personId: string,
  status: ReferenceStatus,
  extra: { referentMemberId?: string; motive?: SansSuiteMotive; reason?: ReferenceEndReason } = {},
) {
  const chosen = status === 'ACCEPTEE' || status === 'TERMINEE';
  await ownerRows(
    t,
    sql`insert into parcours_reference (person_id, status, referent_member_id, proposed_by, chosen_at, sans_suite_motive, end_reason, ended_at, comment)
        values (${personId}, ${status}, ${extra.referentMemberId ?? null}, ${id.social}, ${chosen ? sql`now()` : null},
                ${extra.motive ?? null}, ${extra.reason ?? null}, ${status === 'TERMINEE' ? sql`now()` : null},
                ${`Commentaire sur ${NAMES[0]}`})`,
  );
}

let documentCount = 0;
async function addDocument(personId: string) {
  documentCount += 1;
  await ownerRows(
    t,
    sql`insert into locker_document (person_id, title, category, content_type, size_bytes, storage_key, wrapped_key, iv, auth_tag, key_id, uploaded_by)
        values (${personId}, ${DOCUMENT_TITLE}, 'ATTESTATION', 'application/pdf', 1024, ${`test/${personId}/${documentCount}`},
                decode('00', 'hex'), decode('00', 'hex'), decode('00', 'hex'), 'test-key', ${id.social})`,
  );
}

beforeAll(async () => {
  t = await createTestApp({ BENCH_COUNT_SQL: 'on' });
  for (const u of ['social', 'ccas', 'hopital'] as const) {
    id[u] = await ownerId(t, sql`select id from app_user where email = ${`${u}@demo.test`}`);
    id[`${u}Org`] = await ownerId(
      t,
      sql`select m.organisation_id as id from membership m join app_user u on u.id = m.user_id where u.email = ${`${u}@demo.test`}`,
    );
  }
  // The figures below are exact: whatever the demo data holds of the référence de parcours is set aside.
  await ownerRows(t, sql`truncate accompanied_person cascade`);

  // 1. Proposed now; an earlier reference ended by the PA's choice.
  const p1 = await personWithList(NAMES[0]!);
  await addReference(p1.personId, 'TERMINEE', { reason: 'CHOIX_PA' });
  await addReference(p1.personId, 'PROPOSEE');
  // 2. Accepted: the CCAS worker is the referent; an earlier reference (the social worker referent) ended by the PA's choice. Two documents.
  const p2 = await personWithList(NAMES[1]!);
  await addReference(p2.personId, 'TERMINEE', { reason: 'CHOIX_PA' });
  await addReference(p2.personId, 'ACCEPTEE', { referentMemberId: p2.members.ccas! });
  await addDocument(p2.personId);
  await addDocument(p2.personId);
  // 3. Accepted: the same CCAS worker, from another person's list (one professional, not two).
  const p3 = await personWithList(NAMES[2]!);
  await addReference(p3.personId, 'ACCEPTEE', { referentMemberId: p3.members.ccas! });
  // 4. Accepted: a named professional of the hospital, who has no account. One document.
  const p4 = await personWithList(NAMES[3]!);
  const named = await addMember(p4.personId, { professionalName: NAMED_PROFESSIONAL, organisation: 'hopital' });
  await addReference(p4.personId, 'ACCEPTEE', { referentMemberId: named });
  await addDocument(p4.personId);
  // 5. Refused, then proposed again and closed without follow-up (PA unreachable).
  const p5 = await personWithList(NAMES[4]!);
  await addReference(p5.personId, 'REFUSEE');
  await addReference(p5.personId, 'SANS_SUITE', { motive: 'PA_INJOIGNABLE' });
  // 6. Sans suite: PA unreachable.  7. Sans suite: a single intervenant left.
  const p6 = await personWithList(NAMES[5]!);
  await addReference(p6.personId, 'SANS_SUITE', { motive: 'PA_INJOIGNABLE' });
  const p7 = await personWithList(NAMES[6]!);
  await addReference(p7.personId, 'SANS_SUITE', { motive: 'INTERVENANT_UNIQUE' });
  // 8. Ended: the referent left the service. The social worker is not on this list: the figures count every person all the same.
  const p8 = await personWithList(NAMES[7]!, ['ccas', 'hopital']);
  await addReference(p8.personId, 'TERMINEE', { reason: 'REFERENT_PARTI' });

  for (const w of who) tok[w] = await t.login(email(w));
});
afterAll(() => t.close());

const EXPECTED = {
  persons: 8,
  referencesProposed: 11,
  // Active (3) and ended (3).
  referencesAccepted: 6,
  byStatus: [
    { status: 'PROPOSEE', count: 1 },
    { status: 'ACCEPTEE', count: 3 },
    { status: 'REFUSEE', count: 1 },
    { status: 'SANS_SUITE', count: 3 },
    { status: 'TERMINEE', count: 3 },
  ],
  sansSuiteByMotive: [
    { motive: 'INTERVENANT_UNIQUE', count: 1 },
    { motive: 'PA_INJOIGNABLE', count: 2 },
    { motive: 'SITUATION_STABILISEE', count: 0 },
    { motive: 'AUTRE', count: 0 },
  ],
  endedByReason: [
    { reason: 'REFERENT_PARTI', count: 1 },
    { reason: 'CHANGEMENT_SITUATION', count: 0 },
    { reason: 'CHOIX_PA', count: 2 },
    { reason: 'FIN_DES_BESOINS', count: 0 },
  ],
  // The CCAS worker (referent on two lists) and the named professional.
  professionalsActingAsReferent: 2,
  lockersInUse: 2,
  documents: 3,
};

describe('parcoursIndicators', () => {
  it('counts every person’s references by status, motive and reason, the referents once each, the lockers in use', async () => {
    const res = await gql('lecteur');
    expect(res.errors).toBeUndefined();
    expect(res.data.parcoursIndicators).toEqual(EXPECTED);
  });

  it('the same figures for a social worker (not on every list), another one, and an admin', async () => {
    for (const w of ['social', 'ccas', 'admin'] as const) {
      const res = await gql(w);
      expect(res.errors, w).toBeUndefined();
      expect(res.data.parcoursIndicators, w).toEqual(EXPECTED);
    }
  });

  it('the figures move with the references: a referent changed to a professional already counted, one more ended', async () => {
    // Inside a transaction rolled back: the other tests keep their figures.
    let figures: unknown;
    await t.database.db
      .transaction(async (tx) => {
        // Person 4 changes referent: the CCAS worker on that list (already counted), the named professional no longer.
        await tx.execute(sql`update parcours_reference r set referent_member_id = m.id from accompaniment_member m
          where r.status = 'ACCEPTEE' and m.person_id = r.person_id and m.user_id = ${id.ccas}
            and r.person_id = (select id from accompanied_person where last_name = ${NAMES[3]})`);
        // Person 3's reference ends: the needs are met.
        await tx.execute(sql`update parcours_reference set status = 'TERMINEE', referent_member_id = null, end_reason = 'FIN_DES_BESOINS', ended_at = now()
          where status = 'ACCEPTEE' and person_id = (select id from accompanied_person where last_name = ${NAMES[2]})`);
        figures = await parcoursIndicators({ db: tx } as unknown as RequestContext);
        tx.rollback();
      })
      .catch(() => undefined);
    expect(figures).toEqual({
      ...EXPECTED,
      referencesAccepted: 6,
      byStatus: EXPECTED.byStatus.map((s) => ({
        ...s,
        count: ({ ACCEPTEE: 2, TERMINEE: 4 } as Record<string, number>)[s.status] ?? s.count,
      })),
      endedByReason: EXPECTED.endedByReason.map((r) => (r.reason === 'FIN_DES_BESOINS' ? { ...r, count: 1 } : r)),
      professionalsActingAsReferent: 1,
    });
    expect((await gql('lecteur')).data.parcoursIndicators).toEqual(EXPECTED);
  });

  it('with no person at all: zeros, every status, motive and reason listed in order', async () => {
    let figures: unknown;
    await t.database.db
      .transaction(async (tx) => {
        await tx.execute(sql`truncate accompanied_person cascade`);
        figures = await parcoursIndicators({ db: tx } as unknown as RequestContext);
        tx.rollback();
      })
      .catch(() => undefined);
    expect(figures).toEqual({
      persons: 0,
      referencesProposed: 0,
      referencesAccepted: 0,
      byStatus: EXPECTED.byStatus.map((s) => ({ ...s, count: 0 })),
      sansSuiteByMotive: EXPECTED.sansSuiteByMotive.map((s) => ({ ...s, count: 0 })),
      endedByReason: EXPECTED.endedByReason.map((s) => ({ ...s, count: 0 })),
      professionalsActingAsReferent: 0,
      lockersInUse: 0,
      documents: 0,
    });
    expect((await gql('lecteur')).data.parcoursIndicators.persons).toBe(8);
  });

  it('reads one statement besides the actor’s, and records no read of a person', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { authorization: `Bearer ${tok.lecteur}` },
      payload: { query: INDICATORS },
    });
    expect(res.json().errors).toBeUndefined();
    // The actor, then parcours_indicators().
    expect(
      Number(res.headers['x-sql-statements']) - Number(res.headers['x-sql-statements-overhead']),
    ).toBeLessThanOrEqual(2);
    expect(await auditOf(res.headers['x-request-id'] as string)).toEqual([]);
  });

  it('refuses a PSAD referent, a CAF officer and a CLAS holder (FORBIDDEN, recorded), and an anonymous caller', async () => {
    for (const w of ['referent', 'caf', 'porteur'] as const) {
      const res = await gql(w);
      expect(code(res), w).toBe('FORBIDDEN');
      expect(res.data?.parcoursIndicators ?? null).toBeNull();
      expect(await auditOf(res.errors![0]!.extensions.requestId)).toMatchObject([
        {
          action: 'Query.parcoursIndicators',
          outcome: 'DENIED',
          details: { policy: 'role:SOCIAL_WORKER|VIEWER|ADMIN' },
        },
      ]);
    }
    expect(code(await gql(null))).toBe('UNAUTHENTICATED');
  });
});

/** The CSV's records (the BOM checked apart). */
const csvRecords = (body: Buffer): string[][] => parse(body, { bom: true, delimiter: ';', relax_column_count: true });

const ROWS: [string, number][] = [
  ['Personnes accompagnées', 8],
  ['Références proposées', 11],
  ['Références acceptées (actives ou terminées)', 6],
  ['Références au statut « Proposée »', 1],
  ['Références au statut « Acceptée (active) »', 3],
  ['Références au statut « Refusée »', 1],
  ['Références au statut « Sans suite »', 3],
  ['Références au statut « Terminée »', 3],
  ['Références sans suite, motif « Un seul intervenant »', 1],
  ['Références sans suite, motif « Personne injoignable »', 2],
  ['Références sans suite, motif « Situation stabilisée »', 0],
  ['Références sans suite, motif « Autre motif »', 0],
  ['Références terminées, raison « Le référent a quitté le service »', 1],
  ["Références terminées, raison « Changement d'accompagnement après un changement de situation »", 0],
  ['Références terminées, raison « Choix de la personne »', 2],
  ['Références terminées, raison « Fin des besoins »', 0],
  ['Professionnels exerçant comme référent', 2],
  ['Armoires numériques utilisées (personnes ayant au moins un document)', 2],
  ['Documents dans les armoires numériques', 3],
];

const FILE_NAME = (ext: string) =>
  new RegExp(`^attachment; filename="parcours-indicateurs-\\d{4}-\\d{2}-\\d{2}\\.${ext}"$`);

/** Nothing that names a person or a professional. */
function expectNoName(text: string) {
  for (const name of [
    ...NAMES,
    'Zélie',
    NAMED_PROFESSIONAL,
    DOCUMENT_TITLE,
    'Sophie Sociale',
    'Chloé Ccas',
    'Hugo Hôpital',
    'Luc Lecteur',
    '@demo.test',
  ]) {
    expect(text, name).not.toContain(name);
  }
}

describe('export of the indicators', () => {
  it('CSV: BOM, semicolons, CRLF; Indicateur / Valeur, one row per figure, status, motive and reason; no name; audited', async () => {
    const res = await exportAs('social', { format: 'csv' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(FILE_NAME('csv'));
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-export-rows']).toBe(String(ROWS.length));
    const body = res.rawPayload;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = body.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(text.split('\r\n')[0]).toBe('Indicateur;Valeur');

    const records = csvRecords(body);
    expect(records[0]).toEqual(['Indicateur', 'Valeur']);
    expect(INDICATOR_HEADERS).toEqual(['Indicateur', 'Valeur']);
    expect(records.slice(1)).toEqual(ROWS.map(([label, value]) => [label, String(value)]));
    expectNoName(text);

    expect(await auditOf(res.headers['x-request-id'] as string)).toEqual([
      {
        action: 'parcours.indicators_export',
        outcome: 'SUCCESS',
        subject_type: null,
        subject_id: null,
        details: { format: 'csv', figures: ROWS.length },
      },
    ]);
  });

  it('XLSX: one sheet, bold French headers, counts as numbers; no name; audited', async () => {
    const res = await exportAs('lecteur', { format: 'xlsx' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toMatch(FILE_NAME('xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Indicateurs']);
    const sheet = workbook.getWorksheet('Indicateurs')!;
    const values = (row: ExcelJS.Row) => (row.values as unknown[]).slice(1);
    expect(values(sheet.getRow(1))).toEqual(['Indicateur', 'Valeur']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(1 + ROWS.length);
    expect(sheet.getRows(2, ROWS.length)!.map(values)).toEqual(ROWS);
    expect(sheet.getRow(2).getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expectNoName(JSON.stringify(workbook.worksheets.map((s) => s.getSheetValues())));

    expect(await auditOf(res.headers['x-request-id'] as string)).toEqual([
      {
        action: 'parcours.indicators_export',
        outcome: 'SUCCESS',
        subject_type: null,
        subject_id: null,
        details: { format: 'xlsx', figures: ROWS.length },
      },
    ]);
  });

  it('an admin exports too', async () => {
    const res = await exportAs('admin', { format: 'csv' });
    expect(res.statusCode, res.body).toBe(200);
    expect(csvRecords(res.rawPayload).slice(1)).toEqual(ROWS.map(([label, value]) => [label, String(value)]));
  });

  it('refuses a PSAD referent, a CAF officer and a CLAS holder: 403 problem+json, recorded', async () => {
    for (const [w, format] of [
      ['referent', 'csv'],
      ['caf', 'xlsx'],
      ['porteur', 'csv'],
    ] as const) {
      const res = await exportAs(w, { format });
      expect(res.statusCode, w).toBe(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe('FORBIDDEN');
      expect(await auditOf(res.headers['x-request-id'] as string)).toEqual([
        {
          action: 'parcours.indicators_export',
          outcome: 'DENIED',
          subject_type: null,
          subject_id: null,
          details: { policy: 'role:SOCIAL_WORKER|VIEWER|ADMIN' },
        },
      ]);
    }
  });

  it('anonymous: 401 problem+json', async () => {
    const res = await exportAs(null, { format: 'csv' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('UNAUTHENTICATED');
  });

  it('bad or missing format: 400 naming the field, nothing exported or audited', async () => {
    for (const query of [{ format: 'pdf' }, {}, { format: 'CSV' }] as Record<string, string>[]) {
      const res = await exportAs('social', query);
      expect(res.statusCode, JSON.stringify(query)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe('BAD_USER_INPUT');
      expect(res.json().fields.map((f: { path: string }) => f.path)).toEqual(['format']);
      expect(await auditOf(res.headers['x-request-id'] as string)).toEqual([]);
    }
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const op = doc.paths['/api/parcours/indicators/export'].get;
    expect(op.tags).toEqual(['parcours']);
    expect(op.summary).toContain('CSV or XLSX');
    const params = Object.fromEntries(op.parameters.map((p: { name: string }) => [p.name, p]));
    expect(params.format).toMatchObject({ in: 'query', required: true, schema: { enum: ['csv', 'xlsx'] } });
    expect(Object.keys(op.responses)).toContain('200');
  });
});
