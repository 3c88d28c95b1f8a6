import { sql } from 'drizzle-orm';
import type { GqlResult, TestApp } from '../../../test/harness.js';
import { ownerId, ownerRows } from '../psad/cases/test-fixtures.js';
import { todayInParis } from './policy.js';

/** Test helpers of the référence de parcours: the GraphQL documents, the demo social workers, dates. */

export const MEMBER = `id displayName professionalName service mission since until active isReferent user { id displayName } organisation { id name }`;
export const REFERENCE = `id status version allowedActions proposedAt chosenAt endedAt sansSuiteMotive endReason comment proposedBy { id displayName }
  referent { id displayName }
  history { action fromStatus toStatus motive endReason comment at by { id displayName } referent { id } }`;
export const MEETING = `id scheduledAt subject requestedBy paAgreed paParticipates notes decisions version participants { agreedToPaPresence member { id displayName } }`;
export const PERSON = `id lastName firstNames birthDate phone email address domiciled domiciliationOrganisation { id name } version createdAt updatedAt myMemberId
  members { ${MEMBER} }
  reference { ${REFERENCE} }
  references { id status }
  goals { id theme title createdAt actions { id title byPerson dueDate status version member { id displayName } } }
  competences { id kind label }
  consents { id kind givenAt withdrawnAt active recordedBy { id } member { id } meeting { id } document { id } }
  syntheses { ${MEETING} }`;

export const Q = {
  person: `query($id: ID!) { accompaniedPerson(id: $id) { ${PERSON} } }`,
  list: `query($s: String, $first: Int, $after: String) { accompaniedPersons(search: $s, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id lastName firstNames myMemberId members { ${MEMBER} } reference { id status referent { id } } } } }`,
};

export const M = {
  create: `mutation($p: PersonInput!, $o: ID!, $m: String!) { createAccompaniedPerson(person: $p, organisationId: $o, mission: $m) { ${PERSON} } }`,
  update: `mutation($id: ID!, $v: Int!, $p: PersonInput!) { updateAccompaniedPerson(id: $id, version: $v, person: $p) { id version lastName firstNames domiciled domiciliationOrganisation { id } } }`,
  addMember: `mutation($i: MemberInput!) { addAccompanimentMember(input: $i) { ${MEMBER} } }`,
  endMember: `mutation($id: ID!, $u: Date!) { endAccompanimentMember(memberId: $id, until: $u) { id until active } }`,
  propose: `mutation($p: ID!, $c: String) { proposeReference(personId: $p, comment: $c) { ${REFERENCE} } }`,
  decide: `mutation($i: ReferenceDecisionInput!) { decideReference(input: $i) { ${REFERENCE} } }`,
  goal: `mutation($p: ID!, $t: PlanTheme!, $title: String!) { addPlanGoal(personId: $p, theme: $t, title: $title) { id theme title actions { id } } }`,
  action: `mutation($i: PlanActionInput!) { addPlanAction(input: $i) { id title byPerson dueDate status version member { id } } }`,
  updateAction: `mutation($i: UpdatePlanActionInput!) { updatePlanAction(input: $i) { id title byPerson dueDate status version member { id } } }`,
  addCompetence: `mutation($p: ID!, $k: CompetenceKind!, $l: String!) { addCompetence(personId: $p, kind: $k, label: $l) { id kind label } }`,
  removeCompetence: `mutation($id: ID!) { removeCompetence(id: $id) }`,
  consent: `mutation($i: ConsentInput!) { recordConsent(input: $i) { id kind givenAt withdrawnAt active member { id } meeting { id } recordedBy { id } } }`,
  withdraw: `mutation($id: ID!) { withdrawConsent(id: $id) { id kind givenAt withdrawnAt active } }`,
  schedule: `mutation($i: SyntheseInput!) { scheduleSynthese(input: $i) { ${MEETING} } }`,
  agree: `mutation($m: ID!, $member: ID!) { recordSyntheseAgreement(meetingId: $m, memberId: $member) { ${MEETING} } }`,
  participation: `mutation($m: ID!, $v: Int!, $p: Boolean!) { setSynthesePaParticipation(meetingId: $m, version: $v, participates: $p) { ${MEETING} } }`,
  outcome: `mutation($m: ID!, $v: Int!, $n: String!, $d: String!) { recordSyntheseOutcome(meetingId: $m, version: $v, notes: $n, decisions: $d) { ${MEETING} } }`,
};

export { ok } from '../../../test/harness.js';

export const code = (res: GqlResult<unknown>) => res.errors?.[0]?.extensions.code;
export const fieldsOf = (res: GqlResult<unknown>) => res.errors?.[0]?.extensions.fields?.map((f) => f.path) ?? [];

/** A day relative to today in Europe/Paris, as yyyy-mm-dd. */
export function parisDay(offsetDays: number): string {
  const [y, m, d] = todayInParis().split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + offsetDays)).toISOString().slice(0, 10);
}

export const SOCIAL_WORKERS = {
  social: 'social@demo.test',
  ccas: 'ccas@demo.test',
  hopital: 'hopital@demo.test',
} as const;
export type Who = keyof typeof SOCIAL_WORKERS | 'referent' | 'admin' | 'lecteur' | 'conseiller';
const EMAILS: Record<Who, string> = {
  ...SOCIAL_WORKERS,
  referent: 'referent@demo.test',
  admin: 'admin@demo.test',
  lecteur: 'lecteur@demo.test',
  conseiller: 'conseiller@demo.test',
};

export interface Demo {
  token: Record<Who, string>;
  user: Record<Who, string>;
  org: { social: string; ccas: string; hopital: string; missionLocale: string; caf: string };
}

/** Signs the demo users in and looks up their ids and organisations (as the database owner). */
export async function demo(t: TestApp): Promise<Demo> {
  const token = {} as Record<Who, string>;
  const user = {} as Record<Who, string>;
  for (const [who, email] of Object.entries(EMAILS) as [Who, string][]) {
    token[who] = await t.login(email);
    user[who] = await ownerId(t, sql`select id from app_user where email = ${email}`);
  }
  const org = async (name: string) => ownerId(t, sql`select id from organisation where name = ${name}`);
  return {
    token,
    user,
    org: {
      social: await org('Service social départemental du Cher'),
      ccas: await org('CCAS de Bourges'),
      hopital: await org('Service social du centre hospitalier Jacques-Cœur'),
      missionLocale: await org('Mission Locale de Bourges'),
      caf: await org('CAF du Cher'),
    },
  };
}

export const personInput = (over: Record<string, unknown> = {}) => ({
  lastName: 'Martin',
  firstNames: 'Élodie',
  birthDate: '1988-04-12',
  phone: '06 12 34 56 78',
  email: 'elodie.martin@example.org',
  address: '12 rue des Arènes, 18000 Bourges',
  domiciled: false,
  ...over,
});

/** A fingerprint of the parcours tables: equal fingerprints mean nothing was written. */
export async function parcoursFingerprint(t: TestApp): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of [
    'accompanied_person',
    'accompaniment_member',
    'parcours_reference',
    'reference_event',
    'plan_goal',
    'plan_action',
    'competence',
    'consent',
    'synthese_meeting',
    'synthese_participant',
  ]) {
    const rows = await ownerRows<{ h: string }>(
      t,
      sql.raw(`select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from ${table} x`),
    );
    out[table] = rows[0]!.h;
  }
  return out;
}

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

/** The successful audit events of `action` on a record, oldest first (refusals name their record too: auditOf reads those by request). */
export const auditEvents = (t: TestApp, action: string, subjectId: string) =>
  ownerRows<{ actor_id: string; outcome: string; details: Record<string, unknown> | null; request_id: string }>(
    t,
    sql`select actor_id, outcome, details, request_id from audit_event
         where action = ${action} and subject_id = ${subjectId} and outcome = 'SUCCESS' order by id`,
  );
