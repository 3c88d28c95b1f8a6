import { sql } from 'drizzle-orm';
import type { GqlResult, TestApp } from '../../../test/harness.js';
import { ownerId, ownerRows } from '../psad/cases/test-fixtures.js';

/** Test helpers of the CLAS module: declarations, the GraphQL documents, a second département. */

/** A school year over: its sessions can be logged (no date in the future). */
export const PAST_YEAR = '2025-2026';

export const group = (over: Record<string, unknown> = {}) => ({
  label: 'CE1-CE2',
  level: 'ELEMENTAIRE',
  childrenCount: 14,
  accompagnateurs: [{ label: 'Animatrice', kind: 'SALARIE', training: 'FAITE' }],
  sessions: [
    { day: 'MARDI', start: '16:45', durationMinutes: 90 },
    { day: 'JEUDI', start: '16:45', durationMinutes: 90 },
  ],
  startDate: '2025-09-22',
  endDate: '2026-06-19',
  longestBreakWeeks: 2,
  place: 'Salle municipale',
  eligibleCostCents: 600_000,
  otherFundingCents: 100_000,
  ...over,
});

export const SECOND_ADULT = { label: 'Bénévole', kind: 'BENEVOLE', training: 'PREVUE' };

export const content = (over: Record<string, unknown> = {}) => ({
  title: 'Coup de pouce lecture',
  schoolYear: PAST_YEAR,
  diagnostic: 'Des enfants du quartier en difficulté de lecture, des parents éloignés de l’école.',
  charterSigned: true,
  inDepartmentalFramework: true,
  concertationDescription: 'Rencontres trimestrielles avec les enseignants.',
  activityKinds: ['LECTURE_ECRITURE', 'CULTUREL'],
  localPartners: ['Médiathèque de Bourges'],
  schools: [{ name: 'École Jean-Jaurès', uai: '0180001A', contactName: 'La directrice' }],
  parentActions: [
    { title: 'Café des parents', period: 'novembre' },
    { title: 'Atelier lecture parents-enfants', period: 'mars' },
  ],
  concertationActions: [{ title: 'Point avec les enseignants', period: 'décembre' }],
  groups: [group()],
  ...over,
});

export const PROJECT = `id version status schoolYear title editable allowedActions submittedAt fundingEstimateCents
  organisation { id name } departement { id code kind }
  diagnostic charterSigned inDepartmentalFramework activityKinds localPartners schools { name uai contactName } parentActions { title period } concertationActions { title }
  groups { id label childrenCount startDate endDate fundingEstimateCents accompagnateurs { label kind training } sessions { day start durationMinutes }
    roster { id name } sessionLogs { id heldOn childrenPresent note presentRosterIds } }
  eligibility { eligible failures warnings results { rule groupIndex groupLabel outcome value threshold message } }
  config { schoolYear ratePercent ceilingCentsPerGroup configured version }
  decision { decision amountGrantedCents reasons config { ratePercent configured version } eligibility { eligible failures } decidedBy { displayName } }
  decisions { decision }
  comments { body authorParty author { displayName } }
  activityLogs { kind heldOn title participants }
  bilan { sessionsPlanned sessionsHeld attendanceRate parentActionsPlanned parentActionsHeld concertationPlanned concertationHeld assessment submittedAt }`;

export const Q = {
  project: `query($id: ID!) { clasProject(id: $id) { ${PROJECT} } }`,
  list: `query($f: ClasProjectFilter, $o: ClasProjectOrder, $first: Int, $after: String, $offset: Int) { clasProjects(filter: $f, orderBy: $o, first: $first, after: $after, offset: $offset) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id title status version } } }`,
  config: `query($y: String!) { clasYearConfig(schoolYear: $y) { schoolYear ratePercent ceilingCentsPerGroup latestStartDate earliestEndDate classHours { day start end } configured version } }`,
};

export const M = {
  create: `mutation($o: ID!, $c: ClasProjectContentInput!) { createClasProject(organisationId: $o, content: $c) { ${PROJECT} } }`,
  update: `mutation($id: ID!, $v: Int!, $c: ClasProjectContentInput!) { updateClasProject(id: $id, version: $v, content: $c) { ${PROJECT} } }`,
  submit: `mutation($id: ID!, $v: Int!) { submitClasProject(id: $id, version: $v) { ${PROJECT} } }`,
  examine: `mutation($id: ID!, $v: Int!) { examineClasProject(id: $id, version: $v) { ${PROJECT} } }`,
  decide: `mutation($i: ClasDecisionInput!) { decideClasProject(input: $i) { ${PROJECT} } }`,
  comment: `mutation($id: ID!, $b: String!) { commentClasProject(projectId: $id, body: $b) { id body authorParty author { displayName } } }`,
  session: `mutation($g: ID!, $d: Date!, $n: Int!, $note: String, $r: [ID!]) { logClasSession(groupId: $g, heldOn: $d, childrenPresent: $n, note: $note, presentRosterIds: $r) {
    id heldOn childrenPresent note presentRosterIds } }`,
  activity: `mutation($id: ID!, $k: ClasActivityLogKind!, $d: Date!, $t: String!, $p: Int) { logClasActivity(projectId: $id, kind: $k, heldOn: $d, title: $t, participants: $p) { id kind heldOn title participants } }`,
  roster: `mutation($g: ID!, $n: [String!]!) { setClasRoster(groupId: $g, names: $n) { id name } }`,
  bilan: `mutation($id: ID!, $v: Int!, $a: String!) { submitClasBilan(projectId: $id, version: $v, assessment: $a) { ${PROJECT} } }`,
  close: `mutation($id: ID!, $v: Int!) { closeClasProject(id: $id, version: $v) { ${PROJECT} } }`,
  setConfig: `mutation($i: ClasYearConfigInput!) { setClasYearConfig(input: $i) { schoolYear ratePercent ceilingCentsPerGroup configured version } }`,
};

export { ok } from '../../../test/harness.js';

export const code = (res: GqlResult<unknown>) => res.errors?.[0]?.extensions.code;

export const auditOf = (t: TestApp, requestId: string) =>
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

/** The id of the last audit event's request of `action` on a subject (tests of successful calls, which carry no request id). */
export const auditEvents = (t: TestApp, action: string, subjectId: string) =>
  ownerRows<{ actor_id: string; outcome: string; details: Record<string, unknown> | null }>(
    t,
    sql`select actor_id, outcome, details from audit_event where action = ${action} and subject_id = ${subjectId} order by id`,
  );

/** A fingerprint of the CLAS tables: equal fingerprints mean nothing was written. */
export async function clasFingerprint(t: TestApp): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of [
    'clas_project',
    'clas_group',
    'clas_decision',
    'clas_comment',
    'clas_session_log',
    'clas_roster_entry',
    'clas_attendance',
    'clas_activity_log',
    'clas_year_config',
  ]) {
    const rows = await ownerRows<{ h: string }>(
      t,
      sql.raw(`select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from ${table} x`),
    );
    out[table] = rows[0]!.h;
  }
  return out;
}

/**
 * Another département with its CAF and one officer (written as the database owner): Indre, with the
 * CAF de l'Indre, and its officer caf.indre@demo.test (the demo password).
 */
export async function otherDepartementOfficer(
  t: TestApp,
): Promise<{ departementId: string; cafId: string; email: string }> {
  const region = await ownerId(t, sql`select id from territory where kind = 'REGION' and code = '24'`);
  const departementId = await ownerId(
    t,
    sql`insert into territory (kind, code, name, parent_id) values ('DEPARTEMENT', '36', 'Indre', ${region}) returning id`,
  );
  const commune = await ownerId(
    t,
    sql`insert into territory (kind, code, name, parent_id) values ('COMMUNE', '36044', 'Châteauroux', ${departementId}) returning id`,
  );
  const cafId = await ownerId(
    t,
    sql`insert into organisation (name, search_name, kind, commune_insee, commune_name, territory_id) values ('CAF de l''Indre', 'caf de l''indre', 'CAF', '36044', 'Châteauroux', ${commune}) returning id`,
  );
  const email = 'caf.indre@demo.test';
  const user = await ownerId(
    t,
    sql`insert into app_user (email, display_name, password_hash) select ${email}, 'Inès Indre', password_hash from app_user where email = 'caf@demo.test' returning id`,
  );
  await ownerRows(
    t,
    sql`insert into membership (user_id, organisation_id, roles) values (${user}, ${cafId}, array['CAF_OFFICER'])`,
  );
  return { departementId, cafId, email };
}

/** A second holder organisation in the Cher, with its holder user (the demo password). */
export async function otherHolder(
  t: TestApp,
  email = 'porteur.vierzon@demo.test',
): Promise<{ organisationId: string; email: string }> {
  const commune = await ownerId(t, sql`select id from territory where kind = 'COMMUNE' and code = '18279'`);
  const organisationId = await ownerId(
    t,
    sql`insert into organisation (name, search_name, kind, commune_insee, commune_name, territory_id) values ('Centre social de Vierzon', 'centre social de vierzon', 'CENTRE_SOCIAL', '18279', 'Vierzon', ${commune}) returning id`,
  );
  const user = await ownerId(
    t,
    sql`insert into app_user (email, display_name, password_hash) select ${email}, 'Valérie Vierzon', password_hash from app_user where email = 'porteur@demo.test' returning id`,
  );
  await ownerRows(
    t,
    sql`insert into membership (user_id, organisation_id, roles) values (${user}, ${organisationId}, array['CLAS_HOLDER'])`,
  );
  return { organisationId, email };
}
