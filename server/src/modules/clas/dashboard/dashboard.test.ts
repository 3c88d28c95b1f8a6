import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  defaultClasConfig,
  evaluateEligibility,
  type Accompagnateur,
  type ClasStatus,
  type WeeklySession,
} from '@maillage/shared';
import { createTestApp, type TestApp } from '../../../../test/harness.js';
import { ownerId, ownerRows } from '../../psad/cases/test-fixtures.js';
import { clasDecision, clasGroup, clasProject, clasRosterEntry, type ClasDeclaration } from '../tables.js';
import { PROJECT_HEADERS, SUMMARY_HEADERS } from './export.js';

let t: TestApp;
const tok: Record<string, string> = {};
const id: Record<string, string> = {};
const who = ['caf', 'multi', 'porteur', 'referent', 'admin'] as const;
type Who = (typeof who)[number];
const emails: Record<Who, string> = {
  caf: 'caf@demo.test',
  multi: 'caf.deux@demo.test',
  porteur: 'porteur@demo.test',
  referent: 'referent@demo.test',
  admin: 'admin@demo.test',
};

const YEAR = '2026-2027';
const DASHBOARD = `query($y: String!, $d: ID) { clasDashboard(schoolYear: $y, departementId: $d) {
  schoolYear departement { id name code kind } projects byStatus { status count } groups children accompagnateurs
  eligibleProjects fundingRequestedCents fundingGrantedCents
} }`;

const gql = (w: Who | null, v: Record<string, unknown>) => t.gql(w ? tok[w]! : null, DASHBOARD, v);
const code = (res: { errors?: { extensions: { code: string } }[] }) => res.errors?.[0]?.extensions.code;

const exportAs = (w: Who | null, query: Record<string, string>) =>
  t.app.inject({
    method: 'GET',
    url: `/api/clas/dashboard/export?${new URLSearchParams(query)}`,
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

// ---- Projects written as the database owner (the holder's mutations are built elsewhere) ----

const DECLARATION: ClasDeclaration = {
  diagnostic: 'Des enfants du quartier en difficulté de lecture, des parents éloignés de l’école.',
  charterSigned: true,
  inDepartmentalFramework: true,
  concertationDescription: 'Rencontres trimestrielles avec les enseignants.',
  activityKinds: ['LECTURE_ECRITURE', 'CULTUREL'],
  localPartners: ['Médiathèque de Bourges'],
  schools: [{ name: 'École Jean-Jaurès', uai: '0180001A', contactName: 'La directrice' }],
  parentActions: [
    { title: 'Café des parents', period: 'novembre' },
    { title: 'Fête de fin d’année', period: 'juin' },
  ],
  concertationActions: [{ title: 'Point avec les enseignants', period: 'chaque trimestre' }],
};

const trained = (n: number): Accompagnateur[] =>
  Array.from({ length: n }, (_, i) => ({ label: `Animateur ${i + 1}`, kind: 'SALARIE', training: 'FAITE' }));
const TWICE: WeeklySession[] = [
  { day: 'MARDI', start: '16:45', durationMinutes: 90 },
  { day: 'JEUDI', start: '16:45', durationMinutes: 90 },
];

interface GroupSeed {
  children: number;
  adults: number;
  costCents: number;
  sessions?: WeeklySession[];
}

/** Another holder organisation (one project per organisation and year): in the Cher unless told. */
const createHolder = (name: string, territoryId = id.bourgesCommune!) =>
  ownerId(
    t,
    sql`insert into organisation (name, search_name, kind, territory_id) values (${name}, ${name.toLowerCase()}, 'ASSOCIATION', ${territoryId}) returning id`,
  );

async function createProject(p: {
  holder: string;
  title: string;
  status: ClasStatus;
  departementId?: string;
  schoolYear?: string;
  groups: GroupSeed[];
}) {
  const db = t.database.db;
  const [row] = await db
    .insert(clasProject)
    .values({
      organisationId: p.holder,
      departementId: p.departementId ?? id.cher!,
      schoolYear: p.schoolYear ?? YEAR,
      title: p.title,
      status: p.status,
      declaration: DECLARATION,
      submittedAt: p.status === 'BROUILLON' ? null : new Date(),
    })
    .returning({ id: clasProject.id });
  const first = Number((p.schoolYear ?? YEAR).slice(0, 4));
  const groups = await db
    .insert(clasGroup)
    .values(
      p.groups.map((g, position) => ({
        projectId: row!.id,
        position,
        label: `Groupe ${position + 1}`,
        level: 'ELEMENTAIRE',
        childrenCount: g.children,
        accompagnateurs: trained(g.adults),
        sessions: g.sessions ?? TWICE,
        startDate: `${first}-09-21`,
        endDate: `${first + 1}-06-25`,
        eligibleCostCents: g.costCents,
      })),
    )
    .returning({ id: clasGroup.id });
  return { projectId: row!.id, groupIds: groups.map((g) => g.id) };
}

async function decide(
  projectId: string,
  decision: 'ACCEPTE' | 'REFUSE' | 'A_COMPLETER',
  amountGrantedCents: number | null,
  daysAgo: number,
) {
  const config = defaultClasConfig(YEAR);
  await t.database.db.insert(clasDecision).values({
    projectId,
    decision,
    reasons: decision === 'ACCEPTE' ? '' : 'Motif de la décision',
    amountGrantedCents,
    eligibility: evaluateEligibility({ ...DECLARATION, activityKinds: ['LECTURE_ECRITURE'], groups: [] }, config),
    config,
    decidedBy: id.cafUser!,
    decidedAt: new Date(Date.now() - daysAgo * 86_400_000),
  });
}

const CHILD_NAME = 'Zoé Enfantdemo';
const HOLDER = 'Association Coup de Pouce Bourges';
const AURON = 'Centre social du Val d’Auron';
const GIBJONCS = 'Maison de quartier des Gibjoncs';
const AMICALE = 'Amicale laïque de Vierzon';
const NUMERIQUE = 'Bourges Solidarité Numérique';
const CHATEAUROUX = 'Centre social de Châteauroux';

beforeAll(async () => {
  t = await createTestApp({ BENCH_COUNT_SQL: 'on' });
  id.cher = await ownerId(t, sql`select id from territory where kind = 'DEPARTEMENT' and code = '18'`);
  id.holder = await ownerId(t, sql`select id from organisation where name = 'Association Coup de Pouce Bourges'`);
  id.cafUser = await ownerId(t, sql`select id from app_user where email = 'caf@demo.test'`);
  id.bourgesCommune = await ownerId(t, sql`select id from territory where kind = 'COMMUNE' and code = '18033'`);

  // Another département with its CAF, and an officer of both CAFs (caf.deux), to choose between them.
  const region = await ownerId(t, sql`select parent_id as id from territory where id = ${id.cher}`);
  id.indre = await ownerId(
    t,
    sql`insert into territory (kind, code, name, parent_id) values ('DEPARTEMENT', '36', 'Indre', ${region}) returning id`,
  );
  id.cafIndre = await ownerId(
    t,
    sql`insert into organisation (name, search_name, kind, territory_id) values ('CAF de l''Indre', 'caf de l''indre', 'CAF', ${id.indre}) returning id`,
  );
  const multi = await ownerId(
    t,
    sql`insert into app_user (email, display_name, password_hash)
        select ${emails.multi}, 'Chargée CAF deux départements', password_hash from app_user where email = 'caf@demo.test' returning id`,
  );
  await t.database.db.execute(
    sql`insert into membership (user_id, organisation_id, roles) values
          (${multi}, ${id.cafIndre}, array['CAF_OFFICER']),
          (${multi}, (select id from organisation where name = 'CAF du Cher'), array['CAF_OFFICER'])`,
  );

  // Cher, 2026-2027: five deposited projects.
  // 1. Accepted: 2 groups; the second group's estimate is capped (1,000,000 × 32.5 % = 325,000 > 256,300).
  const accepted = await createProject({
    holder: id.holder,
    title: 'Coup de pouce lecture',
    status: 'ACCEPTE',
    groups: [
      { children: 12, adults: 2, costCents: 400_000 },
      { children: 10, adults: 2, costCents: 1_000_000 },
    ],
  });
  await decide(accepted.projectId, 'A_COMPLETER', null, 30);
  await decide(accepted.projectId, 'ACCEPTE', 380_000, 5);
  // Only the holder keeps names of children: they must not leave through the officer's export.
  await t.database.db
    .insert(clasRosterEntry)
    .values({ projectId: accepted.projectId, groupId: accepted.groupIds[0]!, position: 0, name: CHILD_NAME });
  // 2. Under review, failing two rules: 16 children (size) for 1 accompagnateur (adults).
  const review = await createProject({
    holder: await createHolder(AURON),
    title: '=Ateliers du mercredi',
    status: 'EN_INSTRUCTION',
    groups: [{ children: 16, adults: 1, costCents: 200_000 }],
  });
  // An acceptance the project's status does not bear out (written by hand here; the workflow never leaves one): not granted.
  await decide(review.projectId, 'ACCEPTE', 50_000, 40);
  // 3. Closed after its bilan: granted.
  const closed = await createProject({
    holder: await createHolder(GIBJONCS),
    title: 'Parents et école',
    status: 'CLOTURE',
    groups: [{ children: 8, adults: 2, costCents: 300_000 }],
  });
  await decide(closed.projectId, 'ACCEPTE', 97_500, 300);
  // 4. Refused, eligible with warnings only (6 children per adult, one session a week): nothing granted.
  const refused = await createProject({
    holder: await createHolder(AMICALE),
    title: 'Projet refusé',
    status: 'REFUSE',
    groups: [{ children: 6, adults: 1, costCents: 100_000, sessions: [TWICE[0]!] }],
  });
  await decide(refused.projectId, 'REFUSE', null, 2);
  // 5. Deposited.
  await createProject({
    holder: await createHolder(NUMERIQUE),
    title: 'Numérique au collège',
    status: 'DEPOSE',
    groups: [{ children: 9, adults: 2, costCents: 150_000 }],
  });

  // Not counted: a draft of the same département and year, a project of another département, another year.
  await createProject({
    holder: await createHolder('Foyer rural de Saint-Doulchard'),
    title: 'Brouillon',
    status: 'BROUILLON',
    groups: [{ children: 15, adults: 3, costCents: 500_000 }],
  });
  const indre = await createProject({
    holder: await createHolder(CHATEAUROUX, id.indre),
    title: 'Projet de l’Indre',
    status: 'ACCEPTE',
    departementId: id.indre,
    groups: [{ children: 7, adults: 1, costCents: 80_000 }],
  });
  await decide(indre.projectId, 'ACCEPTE', 26_000, 3);
  await createProject({
    holder: id.holder,
    title: 'Année précédente',
    status: 'DEPOSE',
    schoolYear: '2025-2026',
    groups: [{ children: 11, adults: 2, costCents: 90_000 }],
  });

  for (const w of who) tok[w] = await t.login(emails[w]);
});
afterAll(() => t.close());

const CHER_STATUSES = [
  { status: 'DEPOSE', count: 1 },
  { status: 'EN_INSTRUCTION', count: 1 },
  { status: 'ACCEPTE', count: 1 },
  { status: 'REFUSE', count: 1 },
  { status: 'A_COMPLETER', count: 0 },
  { status: 'BILAN_DEPOSE', count: 0 },
  { status: 'CLOTURE', count: 1 },
];

// 130,000 + 256,300 (capped) + 65,000 + 97,500 + 32,500 + 48,750
const REQUESTED = 630_050;
// The latest acceptance of the accepted project, and the closed one's; not the refused one.
const GRANTED = 380_000 + 97_500;

describe('clasDashboard', () => {
  it('counts the deposited projects of the officer’s département and year, drafts and others left out', async () => {
    const res = await gql('caf', { y: YEAR });
    expect(res.errors).toBeUndefined();
    expect(res.data.clasDashboard).toEqual({
      schoolYear: YEAR,
      departement: { id: id.cher, name: 'Cher', code: '18', kind: 'DEPARTEMENT' },
      projects: 5,
      byStatus: CHER_STATUSES,
      groups: 6,
      children: 12 + 10 + 16 + 8 + 6 + 9,
      accompagnateurs: 2 + 2 + 1 + 2 + 1 + 2,
      eligibleProjects: 4,
      fundingRequestedCents: REQUESTED,
      fundingGrantedCents: GRANTED,
    });
    // Named explicitly: the same.
    expect((await gql('caf', { y: YEAR, d: id.cher })).data.clasDashboard.projects).toBe(5);
  });

  it('another year: its own projects only; a year without any: zeros, every status listed', async () => {
    const before = (await gql('caf', { y: '2025-2026' })).data.clasDashboard;
    expect(before).toMatchObject({
      projects: 1,
      groups: 1,
      children: 11,
      accompagnateurs: 2,
      eligibleProjects: 1,
      fundingRequestedCents: 29_250,
      fundingGrantedCents: 0,
    });
    const empty = (await gql('caf', { y: '2030-2031' })).data.clasDashboard;
    expect(empty).toMatchObject({
      projects: 0,
      groups: 0,
      children: 0,
      accompagnateurs: 0,
      eligibleProjects: 0,
      fundingRequestedCents: 0,
      fundingGrantedCents: 0,
    });
    expect(empty.byStatus).toEqual(CHER_STATUSES.map((s) => ({ ...s, count: 0 })));
  });

  it('an officer of two départements gets the first by INSEE code, or the one named', async () => {
    const first = await gql('multi', { y: YEAR });
    expect(first.errors).toBeUndefined();
    expect(first.data.clasDashboard).toMatchObject({
      departement: { id: id.cher },
      projects: 5,
      fundingGrantedCents: GRANTED,
    });
    const indre = await gql('multi', { y: YEAR, d: id.indre });
    expect(indre.data.clasDashboard).toMatchObject({
      departement: { id: id.indre, name: 'Indre' },
      projects: 1,
      groups: 1,
      children: 7,
      accompagnateurs: 1,
      eligibleProjects: 1,
      fundingRequestedCents: 26_000,
      fundingGrantedCents: 26_000,
    });
    // However the id is spelled.
    expect((await gql('multi', { y: YEAR, d: id.indre!.toUpperCase() })).data.clasDashboard.departement.id).toBe(
      id.indre,
    );
  });

  it('reads a constant number of statements, whatever the number of projects', async () => {
    const statements = async (y: string) => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { authorization: `Bearer ${tok.caf}` },
        payload: { query: DASHBOARD, variables: { y } },
      });
      expect(res.json().errors).toBeUndefined();
      return Number(res.headers['x-sql-statements']) - Number(res.headers['x-sql-statements-overhead']);
    };
    const five = await statements(YEAR);
    // The actor, the officer's départements, the territory, the year's configuration, the projects with their acceptance, their groups.
    expect(five).toBeLessThanOrEqual(6);
    expect(await statements('2025-2026')).toBe(five);
    expect(await statements('2030-2031')).toBe(five);
  });

  it('refuses a holder, a PSAD referent and an admin (FORBIDDEN, recorded), and an anonymous caller', async () => {
    for (const w of ['porteur', 'referent', 'admin'] as const) {
      const res = await gql(w, { y: YEAR });
      expect(code(res), w).toBe('FORBIDDEN');
      expect(res.data?.clasDashboard ?? null).toBeNull();
      expect(await auditOf(res.errors![0]!.extensions.requestId)).toMatchObject([
        { action: 'Query.clasDashboard', outcome: 'DENIED', details: { policy: 'role:CAF_OFFICER' } },
      ]);
    }
    expect(code(await gql(null, { y: YEAR }))).toBe('UNAUTHENTICATED');
  });

  it('refuses a département that is not the officer’s, known or not (FORBIDDEN, recorded)', async () => {
    for (const d of [id.indre, id.bourgesCommune, '00000000-0000-4000-8000-000000000000']) {
      const res = await gql('caf', { y: YEAR, d });
      expect(code(res), d).toBe('FORBIDDEN');
      expect(await auditOf(res.errors![0]!.extensions.requestId)).toMatchObject([
        { action: 'clas.dashboard', outcome: 'DENIED', details: { policy: 'not-caf-departement' } },
      ]);
    }
  });

  it('rejects a malformed school year or département id (BAD_USER_INPUT naming the field)', async () => {
    const year = await gql('caf', { y: '2026-2028' });
    expect(code(year)).toBe('BAD_USER_INPUT');
    expect(year.errors![0]!.extensions.fields!.map((f) => f.path)).toEqual(['schoolYear']);
    const dept = await gql('caf', { y: YEAR, d: 'cher' });
    expect(code(dept)).toBe('BAD_USER_INPUT');
    expect(dept.errors![0]!.extensions.fields!.map((f) => f.path)).toEqual(['departementId']);
  });
});

/** The CSV's records, summary first, a blank line, then the projects (the BOM checked apart). */
const csvRecords = (body: Buffer): string[][] =>
  parse(body, { bom: true, delimiter: ';', relax_column_count: true, skip_empty_lines: false });

const SUMMARY = [
  ['Département', 'Cher (18)'],
  ['Année scolaire', YEAR],
  ['Projets (hors brouillons)', '5'],
  ['Projets au statut « Déposé »', '1'],
  ['Projets au statut « En instruction »', '1'],
  ['Projets au statut « Accepté »', '1'],
  ['Projets au statut « Refusé »', '1'],
  ['Projets au statut « À compléter »', '0'],
  ['Projets au statut « Bilan déposé »', '0'],
  ['Projets au statut « Clôturé »', '1'],
  ['Groupes', '6'],
  ['Enfants inscrits', '61'],
  ['Accompagnateurs', '10'],
  ['Projets éligibles', '4'],
  ['Financement demandé (€)', '6300,50'],
  ['Financement accordé (€)', '4775,00'],
];

// Sorted by holder, then title.
const PROJECT_ROWS = [
  [AMICALE, 'Projet refusé', 'Refusé', '1', '6', '1', 'Oui', '0', '325,00', ''],
  [HOLDER, 'Coup de pouce lecture', 'Accepté', '2', '22', '4', 'Oui', '0', '3863,00', '3800,00'],
  [NUMERIQUE, 'Numérique au collège', 'Déposé', '1', '9', '2', 'Oui', '0', '487,50', ''],
  [AURON, "'=Ateliers du mercredi", 'En instruction', '1', '16', '1', 'Non', '2', '650,00', ''],
  [GIBJONCS, 'Parents et école', 'Clôturé', '1', '8', '2', 'Oui', '0', '975,00', '975,00'],
];

describe('export of the dashboard', () => {
  it('CSV: BOM, semicolons, CRLF; the figures, then one row per project; audited', async () => {
    const res = await exportAs('caf', { schoolYear: YEAR, format: 'csv' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="clas-${YEAR}-cher.csv"`);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.rawPayload;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = body.toString('utf8').slice(1);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');

    const records = csvRecords(body);
    expect(records[0]).toEqual(SUMMARY_HEADERS);
    expect(records.slice(1, 1 + SUMMARY.length)).toEqual(SUMMARY);
    expect(records[1 + SUMMARY.length]).toEqual(['']);
    expect(records[2 + SUMMARY.length]).toEqual(PROJECT_HEADERS);
    expect(records.slice(3 + SUMMARY.length)).toEqual(PROJECT_ROWS);
    expect(PROJECT_HEADERS).toEqual([
      'Organisme porteur',
      'Projet',
      'Statut',
      'Groupes',
      'Enfants',
      'Accompagnateurs',
      'Éligible',
      'Règles non conformes',
      'Financement demandé (€)',
      'Financement accordé (€)',
    ]);
    // Children are counted, not named; accompagnateurs neither.
    expect(text).not.toContain(CHILD_NAME);
    expect(text).not.toContain('Animateur');

    expect(await auditOf(res.headers['x-request-id'] as string)).toEqual([
      {
        action: 'clas.dashboard.export',
        outcome: 'SUCCESS',
        subject_type: 'territory',
        subject_id: id.cher,
        details: { format: 'csv', schoolYear: YEAR, projects: 5 },
      },
    ]);
  });

  it('XLSX: a summary sheet and a project sheet, amounts as numbers in euros; audited', async () => {
    const res = await exportAs('caf', { schoolYear: YEAR, format: 'xlsx', departementId: id.cher! });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="clas-${YEAR}-cher.xlsx"`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Synthèse', 'Projets']);

    const summary = workbook.getWorksheet('Synthèse')!;
    const values = (row: ExcelJS.Row) => (row.values as unknown[]).slice(1);
    expect(values(summary.getRow(1))).toEqual(SUMMARY_HEADERS);
    expect(summary.rowCount).toBe(1 + SUMMARY.length);
    const figures = Object.fromEntries(
      summary.getRows(2, SUMMARY.length)!.map((r) => [r.getCell(1).value, r.getCell(2).value]),
    );
    expect(figures).toMatchObject({
      Département: 'Cher (18)',
      'Projets (hors brouillons)': 5,
      'Enfants inscrits': 61,
      'Projets éligibles': 4,
    });
    expect(figures['Financement demandé (€)']).toBe(6300.5);
    expect(figures['Financement accordé (€)']).toBe(4775);
    expect(summary.getRow(1 + SUMMARY.length).getCell(2).numFmt).toBe('#,##0.00 "€"');

    const projects = workbook.getWorksheet('Projets')!;
    expect(values(projects.getRow(1))).toEqual(PROJECT_HEADERS);
    expect(projects.getRow(1).font?.bold).toBe(true);
    expect(projects.rowCount).toBe(1 + 5);
    const accepted = projects.getRows(2, 5)!.find((r) => r.getCell(2).value === 'Coup de pouce lecture')!;
    expect(values(accepted)).toEqual([HOLDER, 'Coup de pouce lecture', 'Accepté', 2, 22, 4, 'Oui', 0, 3863, 3800]);
    expect(accepted.getCell(9).numFmt).toBe('#,##0.00 "€"');
    // A title that looks like a formula stays a string cell.
    const ateliers = projects.getRow(5);
    const formula = ateliers.getCell(2);
    expect(formula.value).toBe('=Ateliers du mercredi');
    expect(formula.type).toBe(ExcelJS.ValueType.String);
    expect(formula.formula).toBeUndefined();
    expect(ateliers.getCell(10).value).toBeNull();
    expect(projects.getRows(2, 5)!.map((r) => r.getCell(1).value)).toEqual(PROJECT_ROWS.map((r) => r[0]));

    const all = JSON.stringify(workbook.worksheets.map((s) => s.getSheetValues()));
    expect(all).not.toContain(CHILD_NAME);
    expect(all).not.toContain('Animateur');

    expect(await auditOf(res.headers['x-request-id'] as string)).toMatchObject([
      {
        action: 'clas.dashboard.export',
        outcome: 'SUCCESS',
        subject_type: 'territory',
        subject_id: id.cher,
        details: { format: 'xlsx', schoolYear: YEAR, projects: 5 },
      },
    ]);
  });

  it('the officer of two départements exports the one named', async () => {
    const res = await exportAs('multi', { schoolYear: YEAR, format: 'csv', departementId: id.indre! });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="clas-${YEAR}-indre.csv"`);
    const records = csvRecords(res.rawPayload);
    expect(records[1]).toEqual(['Département', 'Indre (36)']);
    expect(records.slice(3 + SUMMARY.length)).toEqual([
      [CHATEAUROUX, 'Projet de l’Indre', 'Accepté', '1', '7', '1', 'Oui', '0', '260,00', '260,00'],
    ]);
  });

  it('refuses a holder, a referent, an admin, and a foreign département: 403 problem+json, recorded', async () => {
    const attempts: [Who, Record<string, string>, string][] = [
      ['porteur', { schoolYear: YEAR, format: 'csv' }, 'role:CAF_OFFICER'],
      ['referent', { schoolYear: YEAR, format: 'xlsx' }, 'role:CAF_OFFICER'],
      ['admin', { schoolYear: YEAR, format: 'csv' }, 'role:CAF_OFFICER'],
      ['caf', { schoolYear: YEAR, format: 'csv', departementId: id.indre! }, 'not-caf-departement'],
    ];
    for (const [w, query, policy] of attempts) {
      const res = await exportAs(w, query);
      expect(res.statusCode, `${w} ${JSON.stringify(query)}`).toBe(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe('FORBIDDEN');
      expect(await auditOf(res.headers['x-request-id'] as string)).toEqual([
        {
          action: 'clas.dashboard.export',
          outcome: 'DENIED',
          // The département asked for, when the request named one.
          subject_type: query.departementId ? 'territory' : null,
          subject_id: query.departementId ?? null,
          details: { policy },
        },
      ]);
    }
  });

  it('anonymous: 401', async () => {
    const res = await exportAs(null, { schoolYear: YEAR, format: 'csv' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('UNAUTHENTICATED');
  });

  it('bad input: 400 naming the field, nothing exported or audited', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ schoolYear: YEAR, format: 'pdf' }, 'format'],
      [{ schoolYear: YEAR }, 'format'],
      [{ schoolYear: '2026', format: 'csv' }, 'schoolYear'],
      [{ format: 'csv' }, 'schoolYear'],
      [{ schoolYear: YEAR, format: 'csv', departementId: 'cher' }, 'departementId'],
    ];
    for (const [query, field] of cases) {
      const res = await exportAs('caf', query);
      expect(res.statusCode, JSON.stringify(query)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe('BAD_USER_INPUT');
      expect(res.json().fields.map((f: { path: string }) => f.path)).toContain(field);
      expect(await auditOf(res.headers['x-request-id'] as string)).toEqual([]);
    }
    // A blank département (a form's empty select) is the default one.
    const blank = await exportAs('caf', { schoolYear: YEAR, format: 'csv', departementId: '' });
    expect(blank.statusCode).toBe(200);
    expect(blank.headers['content-disposition']).toBe(`attachment; filename="clas-${YEAR}-cher.csv"`);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const op = doc.paths['/api/clas/dashboard/export'].get;
    expect(op.tags).toEqual(['clas']);
    const params = Object.fromEntries(
      op.parameters.map((p: { name: string; in: string; required?: boolean; schema: { enum?: string[] } }) => [
        p.name,
        p,
      ]),
    );
    expect(params.format).toMatchObject({ in: 'query', required: true, schema: { enum: ['csv', 'xlsx'] } });
    expect(params.schoolYear).toMatchObject({ in: 'query', required: true });
    expect(params.departementId).toMatchObject({ in: 'query' });
  });
});
