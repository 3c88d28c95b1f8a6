import { todayInParis } from '../../core/paris-day.js';
import { sql, type SQL } from 'drizzle-orm';
import type { GraphQLField, GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Data, type GqlResult, type TestApp } from '../../../test/harness.js';
import { DEMO_PASSWORD } from '../../demo/seed.js';
import { ACCOUNT_FREE_FAILURES } from './auth.service.js';
import { content, group } from '../clas/test-fixtures.js';
import { createCase } from '../psad/cases/test-fixtures.js';
import { WEBHOOK_EVENT_TYPES } from '@maillage/shared/api';

let t: TestApp;
let adminToken: string;
let adminId: string;
const ids: Record<string, string> = {};
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
/** The Paris day `n` days from now (yyyy-mm-dd): a key's last day. */
const inDays = (n: number) => todayInParis(new Date(Date.now() + n * 86_400_000));

const owner = async <R extends Record<string, unknown>>(q: SQL) => (await t.database.db.execute<R>(q)).rows;
const idOf = async (q: SQL) => (await owner<{ id: string }>(q))[0]!.id;

beforeAll(async () => {
  t = await createTestApp();
  adminToken = await t.login('admin@demo.test');
  adminId = await idOf(sql`select id from app_user where email = 'admin@demo.test'`);
  ids.cher = await idOf(sql`select id from territory where kind = 'DEPARTEMENT' and code = '18'`);
  ids.cafOrg = await idOf(sql`select id from organisation where name = 'CAF du Cher'`);
  ids.alainFournier = await idOf(sql`select id from organisation where name = 'Lycée Alain-Fournier'`);
  ids.cafUser = await idOf(sql`select id from app_user where email = 'caf@demo.test'`);
  ids.cafMembership = await idOf(sql`select id from membership where user_id = ${ids.cafUser}`);
  ids.adminMembership = await idOf(sql`select id from membership where user_id = ${adminId}`);
  ids.referentUser = await idOf(sql`select id from app_user where email = 'referent@demo.test'`);
  ids.mlOrg = await idOf(sql`select id from organisation where name = 'Mission Locale de Bourges'`);
  // A system subscribed to every webhook event (its account holds no key: nothing is ever delivered),
  // so that the mutations that raise them queue their events (checked in « coverage »).
  ids.webhookAccount = await idOf(
    sql`insert into app_user (email, display_name, password_hash) values ('si.webhooks@demo.test', 'SI abonné', 'x') returning id`,
  );
  await owner(
    sql`insert into membership (user_id, organisation_id, roles) values (${ids.webhookAccount}, ${ids.mlOrg}, array['SERVICE_ACCOUNT'])`,
  );
  await owner(sql`insert into webhook_endpoint (service_account_id, url, event_types)
                  values (${ids.webhookAccount}, 'http://127.0.0.1:9/tout', ${sql.param([...WEBHOOK_EVENT_TYPES])}::text[])`);
});
afterAll(() => t.close());

const mutationFields = () => t.app.graphql.schema.getMutationType()!.getFields();

/** Mutations that name the version they read: directly, or in their input object. */
function takesVersion(field: GraphQLField<unknown, unknown>): boolean {
  // Duck-typed: the schema's graphql instance is Mercurius's, whose classes instanceof checks reject.
  return field.args.some((a) => {
    // Also `keepVersion`, `mergeVersion`: a mutation over two aggregates names the version of each.
    if (a.name === 'version' || a.name.endsWith('Version')) return true;
    let type: unknown = a.type;
    while ((type as { ofType?: unknown }).ofType) type = (type as { ofType: unknown }).ofType;
    const fields = (type as { getFields?: () => Record<string, unknown> }).getFields?.();
    return Boolean(fields && 'version' in fields);
  });
}

const TABLES = [
  'organisation',
  'territory',
  'app_user',
  'membership',
  'refresh_token',
  'api_key',
  'trusted_document',
  'login_throttle',
  'audit_event',
  'platform',
  'platform_referent',
  'platform_partner',
  'young_person',
  'psad_case',
  'contact_attempt',
  'case_event',
  'case_transfer',
  'clas_year_config',
  'clas_project',
  'clas_group',
  'clas_decision',
  'clas_comment',
  'clas_session_log',
  'clas_roster_entry',
  'clas_attendance',
  'clas_activity_log',
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
  'meeting',
  'meeting_platform',
  'meeting_invitee',
  'meeting_agenda_item',
  'meeting_situation',
  'meeting_decision',
  'meeting_action',
  'oncall_pool',
  'oncall_shift',
  'oncall_swap',
  'oncall_call',
  'oncall_template',
  'oncall_agent_phone',
  'cpms_school_plan',
  'cpms_contract',
  'cpms_contract_exchange',
  'cpms_objectives_contract',
  'webhook_endpoint',
  'webhook_secret',
  'webhook_delivery',
  'webhook_attempt',
  'access_request',
  'proconnect_identity',
];

/** Every row of every table, hashed: equal snapshots mean nothing at all was written. */
async function snapshot(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of TABLES) {
    const [row] = await owner<{ n: number; h: string }>(
      sql.raw(
        `select count(*)::int as n, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from ${table} x`,
      ),
    );
    out[table] = `${row!.n}:${row!.h}`;
  }
  return out;
}

const covered = {
  valid: new Set<string>(),
  badInput: new Set<string>(),
  stale: new Set<string>(),
  duplicate: new Set<string>(),
};

/** The string values of a call's variables that could be personal (not ids, not enum values). */
function personalStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.length >= 4 && !/^[0-9a-f-]{36}$/.test(value) && !/^[A-Z_]+$/.test(value)) out.push(value);
  } else if (Array.isArray(value)) value.forEach((v) => personalStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => personalStrings(v, out));
  return out;
}

interface AuditRow {
  actor_id: string | null;
  action: string;
  outcome: string;
  subject_type: string | null;
  subject_id: string | null;
  request_id: string | null;
  details: unknown;
}

/**
 * Runs a mutation that must succeed, and checks that it left exactly one audit event: in the
 * admin's name, with an action, a subject and a request id, and no personal data in its details.
 */
async function succeeds<K extends keyof Data>(
  field: K,
  query: string,
  variables: Record<string, unknown>,
  alsoPersonal: string[] = [],
  as: { token: string; id: string } = { token: adminToken, id: adminId },
) {
  const [{ max }] = (await owner<{ max: string }>(sql`select coalesce(max(id), 0)::text as max from audit_event`)) as [
    { max: string },
  ];
  const before = (await owner<{ n: number }>(sql`select count(*)::int as n from audit_event`))[0]!.n;
  const reply = await t.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { authorization: `Bearer ${as.token}` },
    payload: { query, variables },
  });
  const res = reply.json<GqlResult>();
  expect(res.errors, field).toBeUndefined();
  const events = await owner<AuditRow & Record<string, unknown>>(
    sql`select actor_id, action, outcome, subject_type, subject_id, request_id, details from audit_event where id > ${max}::bigint`,
  );
  expect((await owner<{ n: number }>(sql`select count(*)::int as n from audit_event`))[0]!.n, field).toBe(before + 1);
  expect(events, field).toHaveLength(1);
  const event = events[0]!;
  expect(event, field).toMatchObject({ actor_id: as.id, outcome: 'SUCCESS' });
  expect(event.action, field).toMatch(/^[a-z_]+\.[a-z_]+$/);
  expect(event.subject_type, field).toBeTruthy();
  expect(event.subject_id, field).toBeTruthy();
  expect(event.request_id, field).toMatch(/^[0-9a-f-]{36}$/);
  // Where the response names its request (x-request-id), the event names the same one.
  if (reply.headers['x-request-id']) expect(event.request_id, field).toBe(reply.headers['x-request-id']);
  const details = JSON.stringify(event.details ?? {});
  for (const s of [...personalStrings(variables), ...alsoPersonal])
    expect(details, `${field} details`).not.toContain(s);
  expect(details, field).not.toMatch(/@|argon2/);
  covered.valid.add(field);
  return { data: res.data[field], event };
}

/** The CONFLICT reason each kind of refusal must carry (extensions.reason). */
const REASONS: Partial<Record<keyof typeof covered, string>> = { stale: 'STALE_VERSION', duplicate: 'DUPLICATE' };

/**
 * Runs a mutation that must be refused with `code` naming `path`, and checks that nothing changed.
 * A stale version carries reason STALE_VERSION and names no field; a duplicate carries DUPLICATE
 * and names exactly the field that is already taken.
 */
async function refused(
  kind: keyof typeof covered,
  field: string,
  code: string,
  path: string | null,
  query: string,
  variables: Record<string, unknown>,
  token = adminToken,
) {
  const before = await snapshot();
  const res = await t.gql(token, query, variables);
  const error = res.errors?.[0];
  expect(error?.extensions.code, `${field}: ${error?.message}`).toBe(code);
  expect(error?.extensions.reason, `${field}: ${error?.message}`).toBe(REASONS[kind]);
  if (kind === 'stale') expect(error?.extensions.fields ?? [], field).toEqual([]);
  if (kind === 'duplicate' && path)
    expect(
      error?.extensions.fields?.map((f) => f.path),
      field,
    ).toEqual([path]);
  else if (path)
    expect(
      error?.extensions.fields?.map((f) => f.path),
      field,
    ).toContain(path);
  expect(error?.message, field).not.toMatch(/insert|update|select|constraint|argon2/i);
  expect(await snapshot(), field).toEqual(before);
  covered[kind].add(field);
}

const M = {
  markNotificationsRead: 'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
  markAllNotificationsRead: 'mutation($upTo: ID) { markAllNotificationsRead(upTo: $upTo) }',
  setNotificationPreferences:
    'mutation($p: [NotificationPreferenceInput!]!) { setNotificationPreferences(preferences: $p) { kind mode } }',
  retryBackgroundJob: 'mutation($q: String!, $id: ID!) { retryBackgroundJob(queue: $q, id: $id) { id state } }',
  createTerritory:
    'mutation($input: CreateTerritoryInput!) { createTerritory(input: $input) { id name code parent { id } } }',
  createOrganisation:
    'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id version name uai territory { id } } }',
  updateOrganisation:
    'mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id version name phone uai } }',
  setOrganisationActive:
    'mutation($id: ID!, $version: Int!, $active: Boolean!) { setOrganisationActive(id: $id, version: $version, active: $active) { id version active } }',
  createUser:
    'mutation($input: CreateUserInput!) { createUser(input: $input) { id version email displayName memberships { organisation { id } roles } } }',
  updateUser: 'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id version email displayName } }',
  setUserActive:
    'mutation($id: ID!, $version: Int!, $active: Boolean!) { setUserActive(id: $id, version: $version, active: $active) { id version active } }',
  unlockUser:
    'mutation($id: ID!, $version: Int!) { unlockUser(id: $id, version: $version) { id version failedLoginCount } }',
  addMembership:
    'mutation($userId: ID!, $input: MembershipInput!) { addMembership(userId: $userId, input: $input) { id version roles } }',
  updateMembershipRoles:
    'mutation($id: ID!, $version: Int!, $roles: [Role!]!) { updateMembershipRoles(id: $id, version: $version, roles: $roles) { id version roles } }',
  removeMembership: 'mutation($id: ID!, $version: Int!) { removeMembership(id: $id, version: $version) }',
  createApiKey:
    'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id name prefix revokedAt scopes expiresAt user { id } } } }',
  revokeApiKey: 'mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }',
  setApiKeyRateLimit:
    'mutation($id: ID!, $rate: Int!) { setApiKeyRateLimit(id: $id, rateLimitPerMinute: $rate) { id rateLimitPerMinute } }',
  registerTrustedDocuments:
    'mutation($userId: ID!, $documents: [String!]!) { registerTrustedDocuments(userId: $userId, documents: $documents) { id documentId operationNames user { id } } }',
  removeTrustedDocument: 'mutation($id: ID!) { removeTrustedDocument(id: $id) { id documentId } }',
  createPlatform:
    'mutation($input: CreatePlatformInput!) { createPlatform(input: $input) { id version name territory { id } referents { id } partners { id } } }',
  updatePlatform:
    'mutation($input: UpdatePlatformInput!) { updatePlatform(input: $input) { id version name partners { id } } }',
  approveAccessRequest:
    'mutation($input: ApproveAccessRequestInput!) { approveAccessRequest(input: $input) { id status version roles organisation { id } user { id email } } }',
  rejectAccessRequest:
    'mutation($input: RejectAccessRequestInput!) { rejectAccessRequest(input: $input) { id status version reason } }',
  revokeSession: 'mutation($id: ID!) { revokeSession(id: $id) }',
  revokeOtherSessions: 'mutation { revokeOtherSessions }',
  changeOwnPassword:
    'mutation($currentPassword: String!, $newPassword: String!) { changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword) }',
  signalYoungPerson: 'mutation($input: SignalInput!) { signalYoungPerson(input: $input) { caseId matched } }',
  // Cases (psad/cases): called as the referent or the counsellor, since admins see no person.
  assignCases:
    'mutation($platformId: ID!, $cases: [CaseVersionInput!]!, $organisationId: ID!, $reason: String) { assignCases(platformId: $platformId, cases: $cases, organisationId: $organisationId, reason: $reason) { id version status } }',
  reassignCase:
    'mutation($caseId: ID!, $version: Int!, $organisationId: ID!) { reassignCase(caseId: $caseId, version: $version, organisationId: $organisationId) { id version status } }',
  recordContactAttempt:
    'mutation($caseId: ID!, $version: Int!, $attemptedAt: DateTime!, $channel: ContactChannel!, $result: ContactResult!) { recordContactAttempt(caseId: $caseId, version: $version, attemptedAt: $attemptedAt, channel: $channel, result: $result) { id version status } }',
  recordSituationCheck:
    'mutation($caseId: ID!, $version: Int!, $finding: SituationFinding!, $note: String) { recordSituationCheck(caseId: $caseId, version: $version, finding: $finding, note: $note) { id version status } }',
  recordSolution:
    'mutation($caseId: ID!, $version: Int!, $type: SolutionType!, $startDate: Date!, $organisationId: ID, $offerId: ID) { recordSolution(caseId: $caseId, version: $version, type: $type, startDate: $startDate, organisationId: $organisationId, offerId: $offerId) { id version status } }',
  closeCase:
    'mutation($caseId: ID!, $version: Int!, $outcome: CloseOutcome!, $comment: String) { closeCase(caseId: $caseId, version: $version, outcome: $outcome, comment: $comment) { id version status } }',
  reopenCase: 'mutation($caseId: ID!) { reopenCase(caseId: $caseId) { id version status episode } }',
  proposeTransfer:
    'mutation($caseId: ID!, $version: Int!, $toOrganisationId: ID, $toPlatformId: ID, $reason: String!) { proposeTransfer(caseId: $caseId, version: $version, toOrganisationId: $toOrganisationId, toPlatformId: $toPlatformId, reason: $reason) { id status } }',
  acceptTransfer: 'mutation($transferId: ID!) { acceptTransfer(transferId: $transferId) { id status } }',
  refuseTransfer:
    'mutation($transferId: ID!, $reason: String!) { refuseTransfer(transferId: $transferId, reason: $reason) { id status } }',
  cancelTransfer: 'mutation($transferId: ID!) { cancelTransfer(transferId: $transferId) { id status } }',
  mergeYoungPeople:
    'mutation($platformId: ID!, $keepId: ID!, $keepVersion: Int!, $mergeId: ID!, $mergeVersion: Int!) { mergeYoungPeople(platformId: $platformId, keepId: $keepId, keepVersion: $keepVersion, mergeId: $mergeId, mergeVersion: $mergeVersion) { id version } }',
  // CLAS (clas/): as the Cher holder, the Cher CAF officer, and the admin for the yearly configuration.
  createClasProject:
    'mutation($organisationId: ID!, $content: ClasProjectContentInput!) { createClasProject(organisationId: $organisationId, content: $content) { id version status groups { id } } }',
  updateClasProject:
    'mutation($id: ID!, $version: Int!, $content: ClasProjectContentInput!) { updateClasProject(id: $id, version: $version, content: $content) { id version status groups { id } } }',
  submitClasProject:
    'mutation($id: ID!, $version: Int!) { submitClasProject(id: $id, version: $version) { id version status } }',
  examineClasProject:
    'mutation($id: ID!, $version: Int!) { examineClasProject(id: $id, version: $version) { id version status } }',
  decideClasProject: 'mutation($input: ClasDecisionInput!) { decideClasProject(input: $input) { id version status } }',
  commentClasProject:
    'mutation($projectId: ID!, $body: String!) { commentClasProject(projectId: $projectId, body: $body) { id authorParty } }',
  logClasSession:
    'mutation($groupId: ID!, $heldOn: Date!, $childrenPresent: Int!, $note: String, $presentRosterIds: [ID!]) { logClasSession(groupId: $groupId, heldOn: $heldOn, childrenPresent: $childrenPresent, note: $note, presentRosterIds: $presentRosterIds) { id childrenPresent } }',
  logClasActivity:
    'mutation($projectId: ID!, $kind: ClasActivityLogKind!, $heldOn: Date!, $title: String!, $participants: Int) { logClasActivity(projectId: $projectId, kind: $kind, heldOn: $heldOn, title: $title, participants: $participants) { id } }',
  setClasRoster:
    'mutation($groupId: ID!, $names: [String!]!) { setClasRoster(groupId: $groupId, names: $names) { id } }',
  submitClasBilan:
    'mutation($projectId: ID!, $version: Int!, $assessment: String!) { submitClasBilan(projectId: $projectId, version: $version, assessment: $assessment) { id version status } }',
  closeClasProject:
    'mutation($id: ID!, $version: Int!) { closeClasProject(id: $id, version: $version) { id version status } }',
  setClasYearConfig:
    'mutation($input: ClasYearConfigInput!) { setClasYearConfig(input: $input) { schoolYear version } }',
  // Référence de parcours (parcours/): as the social workers of the demo, the only ones who see a PA.
  createAccompaniedPerson:
    'mutation($person: PersonInput!, $organisationId: ID!, $mission: String!) { createAccompaniedPerson(person: $person, organisationId: $organisationId, mission: $mission) { id version members { id } } }',
  updateAccompaniedPerson:
    'mutation($id: ID!, $version: Int!, $person: PersonInput!) { updateAccompaniedPerson(id: $id, version: $version, person: $person) { id version lastName } }',
  addAccompanimentMember:
    'mutation($input: MemberInput!) { addAccompanimentMember(input: $input) { id displayName active } }',
  endAccompanimentMember:
    'mutation($memberId: ID!, $until: Date!) { endAccompanimentMember(memberId: $memberId, until: $until) { id until } }',
  proposeReference:
    'mutation($personId: ID!, $comment: String) { proposeReference(personId: $personId, comment: $comment) { id version status } }',
  decideReference:
    'mutation($input: ReferenceDecisionInput!) { decideReference(input: $input) { id version status referent { id } } }',
  addPlanGoal:
    'mutation($personId: ID!, $theme: PlanTheme!, $title: String!) { addPlanGoal(personId: $personId, theme: $theme, title: $title) { id } }',
  addPlanAction: 'mutation($input: PlanActionInput!) { addPlanAction(input: $input) { id version status } }',
  updatePlanAction:
    'mutation($input: UpdatePlanActionInput!) { updatePlanAction(input: $input) { id version status } }',
  addCompetence:
    'mutation($personId: ID!, $kind: CompetenceKind!, $label: String!) { addCompetence(personId: $personId, kind: $kind, label: $label) { id } }',
  removeCompetence: 'mutation($id: ID!) { removeCompetence(id: $id) }',
  recordConsent: 'mutation($input: ConsentInput!) { recordConsent(input: $input) { id kind active } }',
  withdrawConsent: 'mutation($id: ID!) { withdrawConsent(id: $id) { id active } }',
  scheduleSynthese: 'mutation($input: SyntheseInput!) { scheduleSynthese(input: $input) { id version } }',
  recordSyntheseAgreement:
    'mutation($meetingId: ID!, $memberId: ID!) { recordSyntheseAgreement(meetingId: $meetingId, memberId: $memberId) { id participants { agreedToPaPresence } } }',
  setSynthesePaParticipation:
    'mutation($meetingId: ID!, $version: Int!, $participates: Boolean!) { setSynthesePaParticipation(meetingId: $meetingId, version: $version, participates: $participates) { id version paParticipates } }',
  recordSyntheseOutcome:
    'mutation($meetingId: ID!, $version: Int!, $notes: String!, $decisions: String!) { recordSyntheseOutcome(meetingId: $meetingId, version: $version, notes: $notes, decisions: $decisions) { id version } }',
  scheduleMeeting:
    'mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id version invitees { id } } }',
  updateMeeting: 'mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id version icsSequence } }',
  cancelMeeting: 'mutation($input: CancelMeetingInput!) { cancelMeeting(input: $input) { id version status } }',
  recordAttendance:
    'mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id version status } }',
  recordMinutes: 'mutation($input: RecordMinutesInput!) { recordMinutes(input: $input) { id version decisions } }',
  addMeetingAction: 'mutation($input: AddMeetingActionInput!) { addMeetingAction(input: $input) { id version } }',
  updateMeetingAction:
    'mutation($input: UpdateMeetingActionInput!) { updateMeetingAction(input: $input) { id version status } }',
  decideSituation: 'mutation($input: DecideSituationInput!) { decideSituation(input: $input) { caseId decision } }',
  createSolutionOffer:
    'mutation($input: CreateSolutionOfferInput!) { createSolutionOffer(input: $input) { id version name } }',
  updateSolutionOffer:
    'mutation($input: UpdateSolutionOfferInput!) { updateSolutionOffer(input: $input) { id version name } }',
  deleteSolutionOffer: 'mutation($input: DeleteSolutionOfferInput!) { deleteSolutionOffer(input: $input) }',
  createPlatformAction:
    'mutation($input: CreatePlatformActionInput!) { createPlatformAction(input: $input) { id version caseIds } }',
  updatePlatformAction:
    'mutation($input: UpdatePlatformActionInput!) { updatePlatformAction(input: $input) { id version participants } }',
  deletePlatformAction: 'mutation($input: DeletePlatformActionInput!) { deletePlatformAction(input: $input) }',
  addVeilleDocument: 'mutation($input: AddVeilleDocumentInput!) { addVeilleDocument(input: $input) { id title } }',
  updateVeilleDocument:
    'mutation($input: UpdateVeilleDocumentInput!) { updateVeilleDocument(input: $input) { id title } }',
  deleteVeilleDocument: 'mutation($input: DeleteVeilleDocumentInput!) { deleteVeilleDocument(input: $input) }',
  createWorkPlan: 'mutation($input: CreateWorkPlanInput!) { createWorkPlan(input: $input) { id version } }',
  updateWorkPlan: 'mutation($input: UpdateWorkPlanInput!) { updateWorkPlan(input: $input) { id version title } }',
  createWorkPlanAction:
    'mutation($input: CreateWorkPlanActionInput!) { createWorkPlanAction(input: $input) { id version status } }',
  updateWorkPlanAction:
    'mutation($input: UpdateWorkPlanActionInput!) { updateWorkPlanAction(input: $input) { id version status } }',
  deleteWorkPlan: 'mutation($input: DeleteWorkPlanInput!) { deleteWorkPlan(input: $input) }',
  deleteWorkPlanAction: 'mutation($input: DeleteWorkPlanActionInput!) { deleteWorkPlanAction(input: $input) }',
  setWorkPlanActionStatus:
    'mutation($input: SetWorkPlanActionStatusInput!) { setWorkPlanActionStatus(input: $input) { id version status } }',
  addWorkPlanComment: 'mutation($input: AddWorkPlanCommentInput!) { addWorkPlanComment(input: $input) { id } }',
  createCpmsSchoolPlan:
    'mutation($input: CreateCpmsSchoolPlanInput!) { createCpmsSchoolPlan(input: $input) { id version } }',
  updateCpmsSchoolPlan:
    'mutation($input: UpdateCpmsSchoolPlanInput!) { updateCpmsSchoolPlan(input: $input) { id version title } }',
  createCpmsContract:
    'mutation($input: CreateCpmsContractInput!) { createCpmsContract(input: $input) { id version status } }',
  updateCpmsContract: 'mutation($input: UpdateCpmsContractInput!) { updateCpmsContract(input: $input) { id version } }',
  stepCpmsContract:
    'mutation($input: CpmsContractStepInput!) { stepCpmsContract(input: $input) { id version status } }',
  signCpmsContract:
    'mutation($input: SignCpmsContractInput!) { signCpmsContract(input: $input) { id version status } }',
  recordCpmsIndicatorsReached:
    'mutation($input: RecordCpmsIndicatorsReachedInput!) { recordCpmsIndicatorsReached(input: $input) { id version indicators { reached achieved } } }',
  logCpmsExchange: 'mutation($input: LogCpmsExchangeInput!) { logCpmsExchange(input: $input) { id } }',
  scheduleCpmsConcertation:
    'mutation($input: ScheduleCpmsConcertationInput!) { scheduleCpmsConcertation(input: $input) { id } }',
  createCpmsObjectivesContract:
    'mutation($input: CreateCpmsObjectivesContractInput!) { createCpmsObjectivesContract(input: $input) { id version } }',
  updateCpmsObjectivesContract:
    'mutation($input: UpdateCpmsObjectivesContractInput!) { updateCpmsObjectivesContract(input: $input) { id version } }',
  saveBilanSections:
    'mutation($input: SaveBilanSectionsInput!) { saveBilanSections(input: $input) { sectionsVersion } }',
  createOrientationPeriod:
    'mutation($input: CreateOrientationPeriodInput!) { createOrientationPeriod(input: $input) { id version } }',
  updateOrientationPeriod:
    'mutation($input: UpdateOrientationPeriodInput!) { updateOrientationPeriod(input: $input) { id version name } }',
  deleteOrientationPeriod: 'mutation($input: DeleteOrientationInput!) { deleteOrientationPeriod(input: $input) }',
  createOrientationNetwork:
    'mutation($input: CreateOrientationNetworkInput!) { createOrientationNetwork(input: $input) { id version } }',
  updateOrientationNetwork:
    'mutation($input: UpdateOrientationNetworkInput!) { updateOrientationNetwork(input: $input) { id version name } }',
  deleteOrientationNetwork: 'mutation($input: DeleteOrientationInput!) { deleteOrientationNetwork(input: $input) }',
  setPsyenQuotity:
    'mutation($input: SetPsyenQuotityInput!) { setPsyenQuotity(input: $input) { quotityPercent version } }',
  setPsyenWeek: 'mutation($input: SetPsyenWeekInput!) { setPsyenWeek(input: $input) { id weekday halfDay } }',
  createOrientationDuty:
    'mutation($input: CreateOrientationDutyInput!) { createOrientationDuty(input: $input) { id version } }',
  updateOrientationDuty:
    'mutation($input: UpdateOrientationDutyInput!) { updateOrientationDuty(input: $input) { id version label } }',
  deleteOrientationDuty: 'mutation($input: DeleteOrientationInput!) { deleteOrientationDuty(input: $input) }',
  createTransversalFile:
    'mutation($input: CreateTransversalFileInput!) { createTransversalFile(input: $input) { id version } }',
  updateTransversalFile:
    'mutation($input: UpdateTransversalFileInput!) { updateTransversalFile(input: $input) { id version title } }',
  saveInterviewCounts:
    'mutation($input: SaveInterviewCountsInput!) { saveInterviewCounts(input: $input) { networkId month theme count } }',
  createEvaluationCriterion:
    'mutation($input: CreateEvaluationCriterionInput!) { createEvaluationCriterion(input: $input) { id version } }',
  updateEvaluationCriterion:
    'mutation($input: UpdateEvaluationCriterionInput!) { updateEvaluationCriterion(input: $input) { id version } }',
  deleteEvaluationCriterion:
    'mutation($input: DeleteEvaluationCriterionInput!) { deleteEvaluationCriterion(input: $input) }',
  addCriterionValue:
    'mutation($input: AddCriterionValueInput!) { addCriterionValue(input: $input) { id version values { id } } }',
  removeCriterionValue: 'mutation($id: ID!) { removeCriterionValue(id: $id) { id version } }',
  createQvtCampaign:
    'mutation($input: CreateQvtCampaignInput!) { createQvtCampaign(input: $input) { id questions { id kind } } }',
  answerQvtCampaign: 'mutation($input: AnswerQvtCampaignInput!) { answerQvtCampaign(input: $input) { id answered } }',
  updateOncallRules:
    'mutation($input: UpdateOncallRulesInput!) { updateOncallRules(input: $input) { id version maxShiftMinutes } }',
  createOncallShift:
    'mutation($input: CreateOncallShiftInput!) { createOncallShift(input: $input) { id version minutes status } }',
  deleteOncallShift: 'mutation($input: DeleteOncallShiftInput!) { deleteOncallShift(input: $input) }',
  generateOncallWeeks:
    'mutation($input: GenerateOncallWeeksInput!) { generateOncallWeeks(input: $input) { id version startsAt minutes } }',
  publishOncallPeriod:
    'mutation($input: PublishOncallPeriodInput!) { publishOncallPeriod(input: $input) { published } }',
  proposeOncallSwap:
    'mutation($input: ProposeOncallSwapInput!) { proposeOncallSwap(input: $input) { id version status } }',
  decideOncallSwap:
    'mutation($input: DecideOncallSwapInput!) { decideOncallSwap(input: $input) { id version status shift { agent { id } } } }',
  logOncallCall: 'mutation($input: LogOncallCallInput!) { logOncallCall(input: $input) { id version } }',
  replaceOncallTemplates:
    'mutation($input: ReplaceOncallTemplatesInput!) { replaceOncallTemplates(input: $input) { id version templates { weekday startTime } } }',
  setOncallPhone: 'mutation($input: SetOncallPhoneInput!) { setOncallPhone(input: $input) { id phone } }',
  withdrawOncallSwap:
    'mutation($input: WithdrawOncallSwapInput!) { withdrawOncallSwap(input: $input) { id version status } }',
  closeOncallFollowUp:
    'mutation($input: CloseOncallFollowUpInput!) { closeOncallFollowUp(input: $input) { id version followUpDoneAt } }',
  createWebhookEndpoint:
    'mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id version eventTypes } } }',
  updateWebhookEndpoint:
    'mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { id version url eventTypes } }',
  setWebhookEndpointEnabled:
    'mutation($id: ID!, $version: Int!, $enabled: Boolean!) { setWebhookEndpointEnabled(id: $id, version: $version, enabled: $enabled) { id version enabled } }',
  rotateWebhookSecret:
    'mutation($id: ID!, $version: Int!) { rotateWebhookSecret(id: $id, version: $version) { secret endpoint { id version } } }',
  deleteWebhookEndpoint: 'mutation($id: ID!, $version: Int!) { deleteWebhookEndpoint(id: $id, version: $version) }',
  replayWebhookDelivery: 'mutation($deliveryId: ID!) { replayWebhookDelivery(deliveryId: $deliveryId) { id status } }',
};

describe('every mutation, called with valid input, leaves exactly one audit event without personal data', () => {
  it('createTerritory', async () => {
    const { data } = await succeeds('createTerritory', M.createTerritory, {
      input: { kind: 'COMMUNE', code: '18050', name: 'Commune Test', parentId: ids.cher },
    });
    expect(data).toMatchObject({ name: 'Commune Test', code: '18050', parent: { id: ids.cher } });
    ids.territory = data.id;
  });

  it('createOrganisation', async () => {
    const { data } = await succeeds('createOrganisation', M.createOrganisation, {
      input: {
        name: 'Lycée Test',
        kind: 'EPLE',
        uai: '0180999z',
        address: '1 rue du Test',
        postalCode: '18000',
        communeInsee: '18050',
        communeName: 'Commune Test',
        territoryId: ids.territory,
        email: 'contact@lycee-test.demo.test',
        phone: '02 48 11 22 33',
        website: 'https://lycee-test.example.org',
      },
    });
    expect(data).toMatchObject({ name: 'Lycée Test', uai: '0180999Z', version: 1, territory: { id: ids.territory } });
    ids.organisation = data.id;
  });

  it('updateOrganisation', async () => {
    const { data, event } = await succeeds('updateOrganisation', M.updateOrganisation, {
      input: { id: ids.organisation, version: 1, name: 'Lycée Test Renommé', phone: '02 48 99 99 99' },
    });
    expect(data).toMatchObject({ name: 'Lycée Test Renommé', phone: '02 48 99 99 99', version: 2 });
    expect(event.details).toEqual({ fields: ['name', 'phone'] });
  });

  it('setOrganisationActive', async () => {
    const { data } = await succeeds('setOrganisationActive', M.setOrganisationActive, {
      id: ids.organisation,
      version: 2,
      active: false,
    });
    expect(data).toMatchObject({ active: false, version: 3 });
  });

  it('createUser', async () => {
    const { data } = await succeeds(
      'createUser',
      M.createUser,
      {
        input: {
          email: 'Nadia.Nouvelle@demo.test',
          displayName: 'Nadia Nouvelle',
          password: 'un-mot-de-passe-assez-long',
          memberships: [{ organisationId: ids.cafOrg, roles: ['CAF_OFFICER'] }],
        },
      },
      ['nadia.nouvelle@demo.test'],
    );
    expect(data).toMatchObject({
      email: 'nadia.nouvelle@demo.test',
      version: 1,
      memberships: [{ organisation: { id: ids.cafOrg }, roles: ['CAF_OFFICER'] }],
    });
    ids.user = data.id;
    expect(await t.login('nadia.nouvelle@demo.test', 'un-mot-de-passe-assez-long')).toBeTruthy();
  });

  it('updateUser', async () => {
    const { data, event } = await succeeds(
      'updateUser',
      M.updateUser,
      {
        input: { id: ids.user, version: 1, displayName: 'Nadia Renommée', email: 'nadia@demo.test' },
      },
      ['Nadia Nouvelle', 'nadia.nouvelle@demo.test'],
    );
    expect(data).toMatchObject({ email: 'nadia@demo.test', displayName: 'Nadia Renommée', version: 2 });
    expect(event.details).toEqual({ fields: ['email', 'displayName'] });
  });

  it('setUserActive', async () => {
    const { data } = await succeeds('setUserActive', M.setUserActive, { id: ids.user, version: 2, active: false });
    expect(data).toMatchObject({ active: false, version: 3 });
  });

  it('unlockUser', async () => {
    await t.database.db.execute(
      sql`update app_user set failed_login_count = 7, last_failed_login_at = now() where id = ${ids.user}`,
    );
    const { data } = await succeeds('unlockUser', M.unlockUser, { id: ids.user, version: 3 });
    expect(data).toMatchObject({ failedLoginCount: 0, version: 4 });
  });

  it('addMembership', async () => {
    const { data } = await succeeds('addMembership', M.addMembership, {
      userId: ids.user,
      input: { organisationId: ids.alainFournier, roles: ['VIEWER'] },
    });
    expect(data).toMatchObject({ roles: ['VIEWER'], version: 1 });
    ids.membership = data.id;
  });

  it('updateMembershipRoles', async () => {
    const { data } = await succeeds('updateMembershipRoles', M.updateMembershipRoles, {
      id: ids.membership,
      version: 1,
      roles: ['VIEWER', 'COUNSELLOR'],
    });
    expect(data).toMatchObject({ roles: ['VIEWER', 'COUNSELLOR'], version: 2 });
  });

  it('removeMembership', async () => {
    const { data } = await succeeds('removeMembership', M.removeMembership, { id: ids.membership, version: 2 });
    expect(data).toBe(true);
    expect(await owner(sql`select id from membership where id = ${ids.membership}`)).toEqual([]);
  });

  it('createApiKey: a service account gets a key that authenticates it, its secret never stored', async () => {
    const service = await succeeds(
      'createUser',
      M.createUser,
      {
        input: {
          email: 'sirene@demo.test',
          displayName: 'Système SIRENE',
          password: 'un-mot-de-passe-de-service',
          memberships: [{ organisationId: ids.cafOrg, roles: ['SERVICE_ACCOUNT'] }],
        },
      },
      ['sirene@demo.test'],
    );
    ids.serviceUser = service.data.id;
    const { data } = await succeeds('createApiKey', M.createApiKey, {
      input: { userId: ids.serviceUser, name: 'Import nocturne', scopes: ['directory:read'], expiresOn: inDays(30) },
    });
    expect(data.apiKey).toMatchObject({
      name: 'Import nocturne',
      revokedAt: null,
      scopes: ['directory:read'],
      user: { id: ids.serviceUser },
    });
    expect(data.secret.startsWith(data.apiKey.prefix)).toBe(true);
    ids.apiKey = data.apiKey.id;
    ids.apiSecret = data.secret;
    expect(JSON.stringify(await owner(sql`select * from api_key`))).not.toContain(data.secret);
    const me = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'x-api-key': data.secret },
      payload: { query: '{ me { user { id } roles } }' },
    });
    expect(me.json<GqlResult>().data.me).toEqual({ user: { id: ids.serviceUser }, roles: ['SERVICE_ACCOUNT'] });
    // The last use is stamped after the response.
    await expect
      .poll(
        async () =>
          (
            await t.gql(adminToken, 'query($id: ID!) { apiKeys(userId: $id) { id lastUsedAt } }', {
              id: ids.serviceUser,
            })
          ).data.apiKeys,
      )
      .toEqual([{ id: ids.apiKey, lastUsedAt: expect.any(String) }]);
  });

  it('setApiKeyRateLimit: the key gets its own limit', async () => {
    const { data } = await succeeds('setApiKeyRateLimit', M.setApiKeyRateLimit, { id: ids.apiKey, rate: 1200 });
    expect(data).toEqual({ id: ids.apiKey, rateLimitPerMinute: 1200 });
  });

  it('registerTrustedDocuments: the documents a service account’s keys may send by their id', async () => {
    const { data, event } = await succeeds('registerTrustedDocuments', M.registerTrustedDocuments, {
      userId: ids.serviceUser,
      documents: ['query Roles { me { roles } }'],
    });
    expect(data).toEqual([
      {
        id: expect.any(String),
        documentId: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
        operationNames: ['Roles'],
        user: { id: ids.serviceUser },
      },
    ]);
    expect(event).toMatchObject({
      action: 'trusted_document.register',
      subject_type: 'user',
      subject_id: ids.serviceUser,
    });
    ids.trustedDocument = data[0]!.id;
  });

  it('removeTrustedDocument', async () => {
    const { data, event } = await succeeds('removeTrustedDocument', M.removeTrustedDocument, {
      id: ids.trustedDocument,
    });
    expect(data.id).toBe(ids.trustedDocument);
    expect(event).toMatchObject({ action: 'trusted_document.remove', subject_type: 'trusted_document' });
  });

  it('revokeApiKey: the key stops working at once', async () => {
    const { data } = await succeeds('revokeApiKey', M.revokeApiKey, { id: ids.apiKey });
    expect(data.revokedAt).toBeTruthy();
    const me = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'x-api-key': ids.apiSecret! },
      payload: { query: '{ me { user { id } } }' },
    });
    expect(me.json<GqlResult>().errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('createPlatform', async () => {
    const { data } = await succeeds('createPlatform', M.createPlatform, {
      input: {
        name: 'PSAD du bassin test',
        territoryId: ids.cher,
        referentIds: [ids.referentUser],
        partnerIds: [ids.mlOrg],
      },
    });
    expect(data).toMatchObject({
      name: 'PSAD du bassin test',
      version: 1,
      territory: { id: ids.cher },
      referents: [{ id: ids.referentUser }],
      partners: [{ id: ids.mlOrg }],
    });
    ids.platform = data.id;
  });

  it('updatePlatform', async () => {
    const { data, event } = await succeeds('updatePlatform', M.updatePlatform, {
      input: { id: ids.platform, version: 1, name: 'PSAD renommée', partnerIds: [ids.mlOrg, ids.cafOrg] },
    });
    expect(data).toMatchObject({ name: 'PSAD renommée', version: 2 });
    expect(data.partners).toHaveLength(2);
    expect(event.details).toEqual({ fields: ['name', 'partnerIds'] });
  });

  it('signalYoungPerson', async () => {
    // Signals come from partners: the admin's organisation is made one of the test platform.
    await owner(
      sql`insert into platform_partner (platform_id, organisation_id) select ${ids.platform}, organisation_id from membership where user_id = ${adminId}`,
    );
    const { data, event } = await succeeds('signalYoungPerson', M.signalYoungPerson, {
      input: {
        platformId: ids.platform,
        sourceKind: 'EPLE',
        lastName: 'Signalée',
        firstNames: 'Inès',
        birthDate: '2008-05-05',
        phone: '0612345678',
        comment: 'Absente depuis janvier',
      },
    });
    expect(data).toEqual({ matched: false, caseId: null });
    expect(event).toMatchObject({ action: 'psad.signal', subject_type: 'psad_case' });
  });

  it('revokeSession, revokeOtherSessions', async () => {
    const other = await t.login('admin@demo.test');
    const [session] = await owner<{ id: string }>(
      sql`select id from user_session where user_id = ${adminId}::uuid and revoked_at is null order by created_at desc limit 1`,
    );
    const ended = await succeeds('revokeSession', M.revokeSession, { id: session!.id });
    expect(ended.data).toBe(true);
    expect((await t.gql(other, '{ me { user { id } } }')).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const third = await t.login('admin@demo.test');
    const others = await succeeds('revokeOtherSessions', M.revokeOtherSessions, {});
    expect(others.data).toBeGreaterThanOrEqual(1);
    expect((await t.gql(third, '{ me { user { id } } }')).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(adminToken, '{ me { user { id } } }')).errors).toBeUndefined();
  });

  it('changeOwnPassword', async () => {
    const { data } = await succeeds('changeOwnPassword', M.changeOwnPassword, {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'un-nouveau-mot-de-passe',
    });
    expect(data).toBe(true);
    await expect(t.login('admin@demo.test')).rejects.toThrow(/401/);
    expect(await t.login('admin@demo.test', 'un-nouveau-mot-de-passe')).toBeTruthy();
  });

  it('markNotificationsRead, markAllNotificationsRead', async () => {
    const [first, second] = await owner<{ id: string }>(
      sql`insert into notification (user_id, kind, event_id, link) values
        (${adminId}, 'SECURITY_ACCOUNT_LOCKED', gen_random_uuid(), '/'),
        (${adminId}, 'SECURITY_ACCOUNT_LOCKED', gen_random_uuid(), '/') returning id`,
    );
    const unread = async () =>
      (
        await owner<{ n: number }>(
          sql`select count(*)::int as n from notification where user_id = ${adminId} and read_at is null`,
        )
      )[0]!.n;
    const { data } = await succeeds('markNotificationsRead', M.markNotificationsRead, { ids: [first!.id] });
    // What is left unread (a notice the background fan-out wrote meanwhile may be among it).
    expect(data).toBe(await unread());
    const all = await succeeds('markAllNotificationsRead', M.markAllNotificationsRead, { upTo: second!.id });
    expect(all.data).toBe(await unread());
    const [read] = await owner<{ read: boolean }>(
      sql`select read_at is not null as read from notification where id = ${second!.id}`,
    );
    expect(read!.read).toBe(true);
  });

  it('setNotificationPreferences', async () => {
    // An administrator receives the security notices alone, always immediate.
    const { data } = await succeeds('setNotificationPreferences', M.setNotificationPreferences, {
      p: [{ kind: 'SECURITY_ACCOUNT_LOCKED', mode: 'IMMEDIATE' }],
    });
    expect(data).toContainEqual({ kind: 'SECURITY_ACCOUNT_LOCKED', mode: 'IMMEDIATE' });
  });

  it('retryBackgroundJob', async () => {
    const [job] = await owner<{ id: string }>(
      sql`insert into pgboss.job (name, data, state, retry_limit) values ('notification-fanout', '{"kind":"NOPE"}', 'failed', 0) returning id`,
    );
    const { data } = await succeeds('retryBackgroundJob', M.retryBackgroundJob, {
      q: 'notification-fanout',
      id: job!.id,
    });
    expect(data).toMatchObject({ id: job!.id, state: 'RETRY' });
  });
});

describe('bad input gets BAD_USER_INPUT naming the field, and changes nothing', () => {
  const bad = (field: keyof typeof M, path: string, variables: Record<string, unknown>) =>
    refused('badInput', field, 'BAD_USER_INPUT', path, M[field], variables);

  it('createTerritory', async () => {
    await bad('createTerritory', 'input.name', { input: { kind: 'COMMUNE', name: 'A' } });
    await bad('createTerritory', 'input.code', { input: { kind: 'COMMUNE', name: 'Commune', code: 'ABCDEFGHIJK' } });
    await bad('createTerritory', 'input.parentId', { input: { kind: 'COMMUNE', name: 'Commune', parentId: UNKNOWN } });
    await bad('createTerritory', 'input.parentId', {
      input: { kind: 'COMMUNE', name: 'Commune', parentId: 'pas-un-id' },
    });
  });

  it('createOrganisation', async () => {
    const valid = { name: 'Organisation valide', kind: 'EPLE' };
    await bad('createOrganisation', 'input.uai', { input: { ...valid, uai: 'ABC' } });
    await bad('createOrganisation', 'input.name', { input: { ...valid, name: ' ' } });
    await bad('createOrganisation', 'input.email', { input: { ...valid, email: 'pas-une-adresse' } });
    await bad('createOrganisation', 'input.communeInsee', { input: { ...valid, communeInsee: '1803' } });
    await bad('createOrganisation', 'input.postalCode', { input: { ...valid, postalCode: '18 000' } });
    await bad('createOrganisation', 'input.website', { input: { ...valid, website: 'javascript:alert(1)' } });
    await bad('createOrganisation', 'input.lyceeTeteDeReseau', {
      input: { ...valid, kind: 'CIO', lyceeTeteDeReseau: true },
    });
    await bad('createOrganisation', 'input.territoryId', { input: { ...valid, territoryId: UNKNOWN } });
  });

  it('updateOrganisation', async () => {
    await bad('updateOrganisation', 'input.postalCode', {
      input: { id: ids.organisation, version: 3, postalCode: '123' },
    });
    await bad('updateOrganisation', 'input.id', { input: { id: 'pas-un-id', version: 3, name: 'Nom' } });
    await bad('updateOrganisation', 'input.version', { input: { id: ids.organisation, version: 0, name: 'Nom' } });
    await bad('updateOrganisation', 'input.phone', {
      input: { id: ids.organisation, version: 3, phone: 'appelez-moi' },
    });
    // Alain-Fournier is a lycée tête de réseau: it cannot stop being an EPLE.
    await bad('updateOrganisation', 'input.lyceeTeteDeReseau', {
      input: { id: ids.alainFournier, version: 1, kind: 'CIO' },
    });
  });

  it('setOrganisationActive', async () => {
    await bad('setOrganisationActive', 'id', { id: 'pas-un-id', version: 1, active: false });
  });

  it('createUser', async () => {
    const valid = { email: 'quelqu.un@demo.test', displayName: 'Quelqu Un', password: 'un-mot-de-passe-assez-long' };
    await bad('createUser', 'input.password', { input: { ...valid, password: 'court' } });
    await bad('createUser', 'input.email', { input: { ...valid, email: 'quelqu.un' } });
    await bad('createUser', 'input.displayName', { input: { ...valid, displayName: 'Q' } });
    await bad('createUser', 'input.memberships.0.organisationId', {
      input: { ...valid, memberships: [{ organisationId: 'pas-un-id', roles: ['VIEWER'] }] },
    });
    await bad('createUser', 'input.memberships.0.organisationId', {
      input: { ...valid, memberships: [{ organisationId: UNKNOWN, roles: ['VIEWER'] }] },
    });
    await bad('createUser', 'input.memberships.0.roles', {
      input: { ...valid, memberships: [{ organisationId: ids.cafOrg, roles: [] }] },
    });
    await bad('createUser', 'input.memberships.1.organisationId', {
      input: {
        ...valid,
        memberships: [
          { organisationId: ids.cafOrg, roles: ['VIEWER'] },
          { organisationId: ids.cafOrg, roles: ['CAF_OFFICER'] },
        ],
      },
    });
  });

  it('updateUser', async () => {
    await bad('updateUser', 'input.email', { input: { id: ids.user, version: 4, email: 'pas-une-adresse' } });
    await bad('updateUser', 'input.password', { input: { id: ids.user, version: 4, password: 'court' } });
    await bad('updateUser', 'input.displayName', { input: { id: ids.user, version: 4, displayName: ' ' } });
    await bad('updateUser', 'input.id', { input: { id: 'pas-un-id', version: 4, displayName: 'Nom Correct' } });
  });

  it('setUserActive', async () => {
    await bad('setUserActive', 'id', { id: 'pas-un-id', version: 1, active: false });
    const [me] = await owner<{ version: number }>(sql`select version from app_user where id = ${adminId}`);
    await bad('setUserActive', 'id', { id: adminId, version: me!.version, active: false });
  });

  it('unlockUser', async () => {
    await bad('unlockUser', 'id', { id: 'pas-un-id', version: 1 });
  });

  it('addMembership', async () => {
    await bad('addMembership', 'userId', {
      userId: 'pas-un-id',
      input: { organisationId: ids.cafOrg, roles: ['VIEWER'] },
    });
    await bad('addMembership', 'input.organisationId', {
      userId: ids.user,
      input: { organisationId: 'pas-un-id', roles: ['VIEWER'] },
    });
    await bad('addMembership', 'input.organisationId', {
      userId: ids.user,
      input: { organisationId: UNKNOWN, roles: ['VIEWER'] },
    });
    await bad('addMembership', 'input.roles', {
      userId: ids.user,
      input: { organisationId: ids.alainFournier, roles: [] },
    });
  });

  it('updateMembershipRoles', async () => {
    await bad('updateMembershipRoles', 'roles', { id: ids.cafMembership, version: 1, roles: [] });
    await bad('updateMembershipRoles', 'id', { id: 'pas-un-id', version: 1, roles: ['VIEWER'] });
    await bad('updateMembershipRoles', 'roles', { id: ids.adminMembership, version: 1, roles: ['VIEWER'] });
  });

  it('removeMembership', async () => {
    await bad('removeMembership', 'id', { id: 'pas-un-id', version: 1 });
    await bad('removeMembership', 'id', { id: ids.adminMembership, version: 1 });
  });

  it('createApiKey', async () => {
    const valid = { userId: ids.serviceUser, name: 'Clé', scopes: ['directory:read'], expiresOn: inDays(30) };
    await bad('createApiKey', 'input.name', { input: { ...valid, name: ' ' } });
    await bad('createApiKey', 'input.userId', { input: { ...valid, userId: 'pas-un-id' } });
    // Only service accounts get keys: a person's account must sign in as a person.
    await bad('createApiKey', 'input.userId', { input: { ...valid, userId: ids.cafUser } });
    await bad('createApiKey', 'input.scopes', { input: { ...valid, scopes: [] } });
    await bad('createApiKey', 'input.scopes.0', { input: { ...valid, scopes: ['psad:tout'] } });
    await bad('createApiKey', 'input.expiresOn', { input: { ...valid, expiresOn: inDays(0) } });
    await bad('createApiKey', 'input.expiresOn', { input: { ...valid, expiresOn: inDays(400) } });
    await bad('createApiKey', 'input.organisationIds.0', { input: { ...valid, organisationIds: [ids.mlOrg] } });
    await bad('createApiKey', 'input.platformIds', { input: { ...valid, platformIds: [] } });
    await bad('createApiKey', 'input.rateLimitPerMinute', { input: { ...valid, rateLimitPerMinute: 0 } });
  });

  it('setApiKeyRateLimit', async () => {
    await bad('setApiKeyRateLimit', 'rateLimitPerMinute', { id: UNKNOWN, rate: -3 });
    await bad('setApiKeyRateLimit', 'id', { id: 'pas-un-id', rate: 10 });
  });

  it('revokeApiKey', async () => {
    await bad('revokeApiKey', 'id', { id: 'pas-un-id' });
  });

  it('registerTrustedDocuments', async () => {
    const valid = { userId: ids.serviceUser, documents: ['query Valid { me { roles } }'] };
    await bad('registerTrustedDocuments', 'documents', { ...valid, documents: [] });
    await bad('registerTrustedDocuments', 'documents.1', { ...valid, documents: ['{ me { roles } }', '{ nope }'] });
    await bad('registerTrustedDocuments', 'documents.0', { ...valid, documents: ['query {'] });
    await bad('registerTrustedDocuments', 'userId', { ...valid, userId: 'pas-un-id' });
    // Only service accounts send documents by their id: a person's account sends texts.
    await bad('registerTrustedDocuments', 'userId', { ...valid, userId: ids.cafUser });
  });

  it('removeTrustedDocument', async () => {
    await bad('removeTrustedDocument', 'id', { id: 'pas-un-id' });
  });

  it('createPlatform', async () => {
    const valid = { name: 'PSAD valide', territoryId: ids.cher, referentIds: [ids.referentUser], partnerIds: [] };
    await bad('createPlatform', 'input.name', { input: { ...valid, name: 'X' } });
    await bad('createPlatform', 'input.referentIds', { input: { ...valid, referentIds: [] } });
    // Only holders of the PSAD_REFERENT role can be referents.
    await bad('createPlatform', 'input.referentIds.0', { input: { ...valid, referentIds: [ids.cafUser] } });
    await bad('createPlatform', 'input.partnerIds.0', { input: { ...valid, partnerIds: [UNKNOWN] } });
    await bad('createPlatform', 'input.territoryId', { input: { ...valid, territoryId: UNKNOWN } });
  });

  it('updatePlatform', async () => {
    await bad('updatePlatform', 'input.referentIds.0', {
      input: { id: ids.platform, version: 2, referentIds: [ids.cafUser] },
    });
    await bad('updatePlatform', 'input.id', { input: { id: 'pas-un-id', version: 2 } });
  });

  it('signalYoungPerson', async () => {
    const valid = {
      platformId: ids.platform,
      sourceKind: 'EPLE',
      lastName: 'Signalé',
      firstNames: 'Bad',
      birthDate: '2008-05-05',
    };
    await bad('signalYoungPerson', 'input.lastName', { input: { ...valid, lastName: ' ' } });
    await bad('signalYoungPerson', 'input.birthDate', { input: { ...valid, birthDate: '2020-01-01' } });
  });

  it('revokeSession', async () => {
    await bad('revokeSession', 'id', { id: 'pas-un-id' });
  });

  it('changeOwnPassword', async () => {
    await bad('changeOwnPassword', 'newPassword', { currentPassword: 'un-nouveau-mot-de-passe', newPassword: 'court' });
  });

  it('changeOwnPassword with a wrong current password: refused naming the field, the password unchanged, the guess counted as a failed sign-in and audited DENIED; guessing again is made to wait', async () => {
    const token = await t.login('lecteur@demo.test');
    const guess = () =>
      t.gql(token, M.changeOwnPassword, {
        currentPassword: 'pas-le-bon-mot-de-passe',
        newPassword: 'encore-un-mot-de-passe',
      });
    const first = await guess();
    expect(first.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(first.errors?.[0]?.extensions.fields?.map((f) => f.path)).toEqual(['currentPassword']);
    const [denied] = await owner<{ outcome: string; details: Record<string, unknown> }>(
      sql`select outcome, details from audit_event where request_id = ${first.errors![0]!.extensions.requestId} and action = 'user.password_change'`,
    );
    expect(denied).toMatchObject({ outcome: 'DENIED', details: { policy: 'wrong_current_password' } });
    for (let i = 1; i < ACCOUNT_FREE_FAILURES; i++)
      expect((await guess()).errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    // As at sign-in: past the free failures, the next guess waits, whatever it is.
    const waited = await t.gql(token, M.changeOwnPassword, {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'encore-un-mot-de-passe',
    });
    expect(waited.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    // The same counters: signing in from this address waits too.
    await expect(t.login('lecteur@demo.test')).rejects.toThrow(/429/);
  });

  it('markNotificationsRead, markAllNotificationsRead, setNotificationPreferences, retryBackgroundJob', async () => {
    await bad('markNotificationsRead', 'ids.0', { ids: ['pas-un-id'] });
    await bad('markAllNotificationsRead', 'upTo', { upTo: 'pas-un-id' });
    await bad('setNotificationPreferences', 'preferences.0.mode', {
      p: [{ kind: 'SECURITY_PASSWORD_CHANGED', mode: 'OFF' }],
    });
    await bad('setNotificationPreferences', 'preferences.0.kind', { p: [{ kind: 'CLAS_DECISION', mode: 'OFF' }] });
    await bad('retryBackgroundJob', 'queue', { q: 'pas-une-file', id: UNKNOWN });
  });
});

describe('a stale version gets CONFLICT and changes nothing', () => {
  const stale = (field: keyof typeof M, variables: Record<string, unknown>) =>
    refused('stale', field, 'CONFLICT', null, M[field], variables);

  it('on organisations (current version 3)', async () => {
    await stale('updateOrganisation', { input: { id: ids.organisation, version: 2, name: 'Écrasement' } });
    await stale('setOrganisationActive', { id: ids.organisation, version: 1, active: true });
  });

  it('on users (current version 4)', async () => {
    await stale('updateUser', { input: { id: ids.user, version: 3, displayName: 'Écrasement' } });
    await stale('setUserActive', { id: ids.user, version: 2, active: true });
    await stale('unlockUser', { id: ids.user, version: 1 });
  });

  it('on platforms (current version 2)', async () => {
    await stale('updatePlatform', { input: { id: ids.platform, version: 1, name: 'Écrasement' } });
  });

  it('on memberships (current version 1)', async () => {
    await stale('updateMembershipRoles', { id: ids.cafMembership, version: 2, roles: ['VIEWER'] });
    await stale('removeMembership', { id: ids.cafMembership, version: 7 });
  });

  it('the current version still goes through (the control for the refusals above)', async () => {
    await succeeds('setOrganisationActive', M.setOrganisationActive, {
      id: ids.organisation,
      version: 3,
      active: true,
    });
  });
});

describe('a duplicate gets CONFLICT naming the field, and changes nothing', () => {
  const duplicate = (field: keyof typeof M, path: string | null, variables: Record<string, unknown>) =>
    refused('duplicate', field, 'CONFLICT', path, M[field], variables);

  it('e-mail addresses, whatever their case', async () => {
    await duplicate('createUser', 'input.email', {
      input: { email: 'CAF@demo.test', displayName: 'Double', password: 'un-mot-de-passe-assez-long' },
    });
    await duplicate('updateUser', 'input.email', { input: { id: ids.user, version: 4, email: 'Caf@Demo.Test' } });
  });

  it('UAI', async () => {
    await duplicate('createOrganisation', 'input.uai', {
      input: { name: 'Lycée Doublon', kind: 'EPLE', uai: '0180005h' },
    });
    await duplicate('updateOrganisation', 'input.uai', {
      input: { id: ids.organisation, version: 4, uai: '0180006J' },
    });
  });

  it('memberships and territory codes', async () => {
    await duplicate('addMembership', 'input.organisationId', {
      userId: ids.cafUser,
      input: { organisationId: ids.cafOrg, roles: ['VIEWER'] },
    });
    await duplicate('createTerritory', 'input.code', { input: { kind: 'DEPARTEMENT', code: '18', name: 'Cher bis' } });
  });
});

describe('case mutations (as the referent of Bourges and the Mission Locale counsellor)', () => {
  const as: Record<'referent' | 'counsellor', { token: string; id: string }> = {} as never;
  const c: Record<string, string> = {};
  beforeAll(async () => {
    for (const [key, email] of [
      ['referent', 'referent@demo.test'],
      ['counsellor', 'conseiller@demo.test'],
    ] as const) {
      as[key] = { token: await t.login(email), id: await idOf(sql`select id from app_user where email = ${email}`) };
    }
    c.platform = await idOf(sql`select id from platform where name = 'PSAD du bassin de Bourges'`);
    c.mlds = await idOf(sql`select id from organisation where name = 'MLDS du Cher'`);
    const person =
      await idOf(sql`insert into young_person (platform_id, last_name, first_names, birth_date, match_key, search_text)
      values (${c.platform}, 'Martin', 'Léa', '2008-02-02', 'martin|lea|2008-02-02', 'martin lea') returning id`);
    c.case = await idOf(
      sql`insert into psad_case (platform_id, young_person_id, status, source, campaign) values (${c.platform}, ${person}, 'A_TRAITER', 'SIEI', '2026-S2') returning id`,
    );
  });
  const ref = <K extends keyof typeof M>(field: K, variables: Record<string, unknown>) =>
    succeeds(field, M[field], variables, [], as.referent);
  const csl = <K extends keyof typeof M>(field: K, variables: Record<string, unknown>) =>
    succeeds(field, M[field], variables, [], as.counsellor);

  it('valid calls, each leaving exactly one audit event', async () => {
    expect(
      (
        await ref('assignCases', {
          platformId: c.platform,
          cases: [{ id: c.case, version: 1 }],
          organisationId: ids.mlOrg,
          reason: 'Secteur nord',
        })
      ).data,
    ).toEqual([{ id: c.case, version: 2, status: 'AFFECTE' }]);
    expect((await ref('reassignCase', { caseId: c.case, version: 2, organisationId: ids.mlOrg })).data).toMatchObject({
      version: 3,
      status: 'AFFECTE',
    });
    expect(
      (
        await csl('recordContactAttempt', {
          caseId: c.case,
          version: 3,
          attemptedAt: '2026-01-05T10:00:00Z',
          channel: 'TELEPHONE',
          result: 'JOINT',
        })
      ).data,
    ).toMatchObject({ version: 4, status: 'EN_COURS' });
    expect(
      (
        await csl('recordSituationCheck', {
          caseId: c.case,
          version: 4,
          finding: 'SANS_SOLUTION',
          note: 'Cherche un apprentissage',
        })
      ).data,
    ).toMatchObject({ version: 5 });
    expect(
      (await csl('recordSolution', { caseId: c.case, version: 5, type: 'APPRENTISSAGE', startDate: '2026-09-01' }))
        .data,
    ).toMatchObject({ version: 6, status: 'SOLUTION' });
    expect(
      (await ref('closeCase', { caseId: c.case, version: 6, outcome: 'SOLUTION_CONFIRMEE', comment: 'Contrat signé' }))
        .data,
    ).toMatchObject({ version: 7, status: 'CLOS' });
    const { data } = await ref('reopenCase', { caseId: c.case });
    expect(data).toMatchObject({ version: 1, status: 'A_TRAITER', episode: 2 });
    c.reopened = data.id;
    // Transfers: the reopened case is assigned, proposed to Vierzon (refused), then to the MLDS (accepted by the referent).
    await ref('assignCases', {
      platformId: c.platform,
      cases: [{ id: c.reopened, version: 1 }],
      organisationId: ids.mlOrg,
    });
    const vierzon = {
      token: await t.login('referent.vierzon@demo.test'),
      id: await idOf(sql`select id from app_user where email = 'referent.vierzon@demo.test'`),
    };
    c.vierzon = await idOf(sql`select id from platform where name = 'PSAD du bassin de Vierzon'`);
    const toVierzon = await ref('proposeTransfer', {
      caseId: c.reopened,
      version: 2,
      toPlatformId: c.vierzon,
      reason: 'Déménagement',
    });
    expect(
      (
        await succeeds(
          'refuseTransfer',
          M.refuseTransfer,
          { transferId: toVierzon.data.id, reason: 'Hors bassin' },
          [],
          vierzon,
        )
      ).data,
    ).toMatchObject({ status: 'REFUSE' });
    const withdrawn = await ref('proposeTransfer', {
      caseId: c.reopened,
      version: 3,
      toOrganisationId: c.mlds,
      reason: 'Suivi MLDS',
    });
    expect((await ref('cancelTransfer', { transferId: withdrawn.data.id })).data).toMatchObject({ status: 'ANNULE' });
    const toMlds = await ref('proposeTransfer', {
      caseId: c.reopened,
      version: 5,
      toOrganisationId: c.mlds,
      reason: 'Suivi MLDS',
    });
    expect((await ref('acceptTransfer', { transferId: toMlds.data.id })).data).toMatchObject({ status: 'ACCEPTE' });
  });

  it('bad input names the field and changes nothing', async () => {
    const bad = (
      field: keyof typeof M,
      path: string,
      variables: Record<string, unknown>,
      who: 'referent' | 'counsellor' = 'referent',
    ) => refused('badInput', field, 'BAD_USER_INPUT', path, M[field], variables, as[who].token);
    await bad('assignCases', 'cases', { platformId: c.platform, cases: [], organisationId: ids.mlOrg });
    await bad('assignCases', 'organisationId', {
      platformId: c.platform,
      cases: [{ id: c.reopened, version: 1 }],
      organisationId: ids.cafOrg,
    });
    await bad('reassignCase', 'caseId', { caseId: 'pas-un-id', version: 1, organisationId: ids.mlOrg });
    await bad('recordContactAttempt', 'attemptedAt', {
      caseId: c.case,
      version: 7,
      attemptedAt: '2099-01-01T00:00:00Z',
      channel: 'SMS',
      result: 'JOINT',
    });
    await bad('recordSituationCheck', 'note', {
      caseId: c.case,
      version: 7,
      finding: 'INCONNUE',
      note: 'x'.repeat(2001),
    });
    await bad('recordSolution', 'organisationId', {
      caseId: c.case,
      version: 7,
      type: 'EMPLOI',
      startDate: '2026-01-01',
      organisationId: 'pas-un-id',
    });
    await bad('recordSolution', 'offerId', {
      caseId: c.case,
      version: 7,
      type: 'EMPLOI',
      startDate: '2026-01-01',
      offerId: UNKNOWN,
    });
    await bad('closeCase', 'comment', { caseId: c.case, version: 7, outcome: 'AUTRE', comment: 'x'.repeat(2001) });
    await bad('reopenCase', 'caseId', { caseId: 'pas-un-id' });
    await bad('proposeTransfer', 'toOrganisationId', {
      caseId: c.reopened,
      version: 7,
      toOrganisationId: ids.cafOrg,
      reason: 'Motif',
    });
    await bad('proposeTransfer', 'reason', { caseId: c.reopened, version: 7, toPlatformId: c.vierzon, reason: ' ' });
    await bad('acceptTransfer', 'transferId', { transferId: 'pas-un-id' });
    await bad('refuseTransfer', 'reason', { transferId: UNKNOWN, reason: '' });
    await bad('cancelTransfer', 'transferId', { transferId: 'pas-un-id' });
  });

  it('a stale version gets CONFLICT and changes nothing', async () => {
    const stale = (field: keyof typeof M, variables: Record<string, unknown>) =>
      refused('stale', field, 'CONFLICT', null, M[field], variables, as.referent.token);
    await stale('assignCases', {
      platformId: c.platform,
      cases: [{ id: c.reopened, version: 2 }],
      organisationId: ids.mlOrg,
    });
    await stale('reassignCase', { caseId: c.case, version: 6, organisationId: c.mlds });
    await stale('recordContactAttempt', {
      caseId: c.case,
      version: 6,
      attemptedAt: '2026-01-05T10:00:00Z',
      channel: 'SMS',
      result: 'JOINT',
    });
    await stale('recordSituationCheck', { caseId: c.case, version: 6, finding: 'INCONNUE' });
    await stale('recordSolution', { caseId: c.case, version: 6, type: 'EMPLOI', startDate: '2026-01-01' });
    await stale('closeCase', { caseId: c.case, version: 6, outcome: 'REFUS' });
    await stale('proposeTransfer', { caseId: c.reopened, version: 4, toPlatformId: c.vierzon, reason: 'Motif' });
  });
});

describe('young-person merge (as the referent of Bourges)', () => {
  const m: Record<string, string> = {};
  let referent: { token: string; id: string };
  beforeAll(async () => {
    referent = {
      token: await t.login('referent@demo.test'),
      id: await idOf(sql`select id from app_user where email = 'referent@demo.test'`),
    };
    m.platform = await idOf(sql`select id from platform where name = 'PSAD du bassin de Bourges'`);
    const person = (lastName: string, ine: string | null) =>
      idOf(sql`insert into young_person (platform_id, ine, last_name, first_names, birth_date, match_key, search_text)
        values (${m.platform}, ${ine}, ${lastName}, 'Paul', '2008-03-03', ${`${lastName.toLowerCase()}|paul|2008-03-03`}, ${`${lastName.toLowerCase()} paul`}) returning id`);
    m.keep = await person('Durand', '555555555EE');
    m.merge = await person('Durant', null);
    m.third = await person('Duran', null);
  });
  const vars = (mergeId: string, keepVersion = 1, mergeVersion = 1) => ({
    platformId: m.platform,
    keepId: m.keep,
    keepVersion,
    mergeId,
    mergeVersion,
  });

  it('a valid call leaves exactly one audit event', async () => {
    const { data, event } = await succeeds('mergeYoungPeople', M.mergeYoungPeople, vars(m.merge!), [], referent);
    expect(data).toEqual({ id: m.keep, version: 2 });
    expect(event).toMatchObject({ action: 'young_person.merge', subject_type: 'young_person', subject_id: m.keep });
  });

  it('bad input names the field and changes nothing', async () => {
    const bad = (path: string, variables: Record<string, unknown>) =>
      refused('badInput', 'mergeYoungPeople', 'BAD_USER_INPUT', path, M.mergeYoungPeople, variables, referent.token);
    await bad('keepId', { ...vars(m.third!, 2), keepId: 'pas-un-id' });
    await bad('mergeId', vars(m.keep!, 2, 2));
    await bad('mergeVersion', vars(m.third!, 2, 0));
  });

  it('a stale version gets CONFLICT and changes nothing', async () => {
    await refused('stale', 'mergeYoungPeople', 'CONFLICT', null, M.mergeYoungPeople, vars(m.third!, 1), referent.token);
  });
});

describe('CLAS mutations (as the Cher holder and CAF officer; the admin for the yearly configuration)', () => {
  const as: Record<'holder' | 'officer', { token: string; id: string }> = {} as never;
  const p: Record<string, string> = {};
  const config = (over: Record<string, unknown> = {}) => ({
    schoolYear: '2027-2028',
    ratePercent: 30,
    ceilingCentsPerGroup: 250_000,
    minChildren: 5,
    maxChildren: 15,
    maxChildrenPerAdult: 7,
    warnChildrenPerAdult: 5,
    recommendedSessionsPerWeek: 2,
    latestStartDate: '2027-10-15',
    earliestEndDate: '2028-05-31',
    maxBreakWeeks: 2,
    classHours: [],
    ...over,
  });
  beforeAll(async () => {
    for (const [key, email] of [
      ['holder', 'porteur@demo.test'],
      ['officer', 'caf@demo.test'],
    ] as const) {
      as[key] = { token: await t.login(email), id: await idOf(sql`select id from app_user where email = ${email}`) };
    }
    p.holderOrg = await idOf(sql`select id from organisation where name = 'Association Coup de Pouce Bourges'`);
  });
  const holder = <K extends keyof typeof M>(field: K, variables: Record<string, unknown>, personal: string[] = []) =>
    succeeds(field, M[field], variables, personal, as.holder);
  const officer = <K extends keyof typeof M>(field: K, variables: Record<string, unknown>) =>
    succeeds(field, M[field], variables, [], as.officer);

  it('valid calls through the whole life of a project, each leaving exactly one audit event', async () => {
    const created = await holder('createClasProject', { organisationId: p.holderOrg, content: content() });
    expect(created.data).toMatchObject({ version: 1, status: 'BROUILLON' });
    expect(created.event).toMatchObject({
      action: 'clas.project_create',
      subject_type: 'clas_project',
      subject_id: created.data.id,
    });
    p.project = created.data.id;
    p.group = created.data.groups[0]!.id;
    const updated = await holder('updateClasProject', {
      id: p.project,
      version: 1,
      content: content({ groups: [group({ id: p.group, childrenCount: 12 })] }),
    });
    expect(updated.data).toMatchObject({ version: 2, groups: [{ id: p.group }] });
    expect(updated.event.details).toEqual({ fields: ['groups'], groups: { kept: 1, added: 0, removed: 0 } });
    // The names of children: never in the audit event.
    const roster = await holder('setClasRoster', { groupId: p.group, names: ['Clémentine', 'Maximilien'] }, [
      'Clémentine',
      'Maximilien',
    ]);
    p.rosterEntry = roster.data[0]!.id;
    expect((await holder('submitClasProject', { id: p.project, version: 2 })).data).toMatchObject({
      version: 3,
      status: 'DEPOSE',
    });
    expect(
      (await officer('commentClasProject', { projectId: p.project, body: 'Pouvez-vous préciser le calendrier ?' }))
        .data,
    ).toMatchObject({ authorParty: 'OFFICER' });
    expect((await officer('examineClasProject', { id: p.project, version: 3 })).data).toMatchObject({
      version: 4,
      status: 'EN_INSTRUCTION',
    });
    const decided = await officer('decideClasProject', {
      input: {
        projectId: p.project,
        version: 4,
        decision: 'ACCEPTE',
        reasons: 'Conforme au cadre',
        amountGrantedCents: 120_000,
      },
    });
    expect(decided.data).toMatchObject({ version: 5, status: 'ACCEPTE' });
    expect(
      (
        await holder('logClasSession', {
          groupId: p.group,
          heldOn: '2025-10-07',
          childrenPresent: 9,
          note: 'Atelier lecture',
          presentRosterIds: [p.rosterEntry],
        })
      ).data,
    ).toMatchObject({ childrenPresent: 9 });
    await holder('logClasActivity', {
      projectId: p.project,
      kind: 'PARENT_ACTION',
      heldOn: '2025-11-14',
      title: 'Café des parents',
      participants: 7,
    });
    expect(
      (await holder('submitClasBilan', { projectId: p.project, version: 5, assessment: 'Une année riche en échanges' }))
        .data,
    ).toMatchObject({ version: 6, status: 'BILAN_DEPOSE' });
    expect((await officer('closeClasProject', { id: p.project, version: 6 })).data).toMatchObject({
      version: 7,
      status: 'CLOTURE',
    });
    const set = await succeeds('setClasYearConfig', M.setClasYearConfig, { input: config() });
    expect(set.data).toEqual({ schoolYear: '2027-2028', version: 1 });
  });

  it('bad input names the field and changes nothing', async () => {
    const bad = (
      field: keyof typeof M,
      path: string,
      variables: Record<string, unknown>,
      who: 'holder' | 'officer' | 'admin' = 'holder',
    ) =>
      refused(
        'badInput',
        field,
        'BAD_USER_INPUT',
        path,
        M[field],
        variables,
        who === 'admin' ? adminToken : as[who].token,
      );
    await bad('createClasProject', 'content.title', {
      organisationId: p.holderOrg,
      content: content({ schoolYear: '2026-2027', title: ' ' }),
    });
    await bad('createClasProject', 'content.groups.0.childrenCount', {
      organisationId: p.holderOrg,
      content: content({ schoolYear: '2026-2027', groups: [group({ childrenCount: -1 })] }),
    });
    await bad('updateClasProject', 'content.schoolYear', {
      id: p.project,
      version: 7,
      content: content({ schoolYear: '2025' }),
    });
    await bad('submitClasProject', 'id', { id: 'pas-un-id', version: 1 });
    await bad('examineClasProject', 'version', { id: p.project, version: 0 }, 'officer');
    await bad(
      'decideClasProject',
      'input.amountGrantedCents',
      { input: { projectId: p.project, version: 7, decision: 'ACCEPTE', reasons: '' } },
      'officer',
    );
    await bad('commentClasProject', 'body', { projectId: p.project, body: ' ' }, 'officer');
    await bad('logClasSession', 'childrenPresent', { groupId: p.group, heldOn: '2025-10-08', childrenPresent: -1 });
    await bad('logClasActivity', 'title', {
      projectId: p.project,
      kind: 'CONCERTATION',
      heldOn: '2025-10-08',
      title: ' ',
    });
    await bad('setClasRoster', 'names.0', { groupId: p.group, names: [' '] });
    await bad('submitClasBilan', 'assessment', { projectId: p.project, version: 7, assessment: ' ' });
    await bad('closeClasProject', 'id', { id: 'pas-un-id', version: 7 }, 'officer');
    await bad('setClasYearConfig', 'input.ratePercent', { input: config({ ratePercent: 120, version: 1 }) }, 'admin');
  });

  it('a stale version gets CONFLICT and changes nothing (the project is at version 7, the configuration at 1)', async () => {
    const stale = (
      field: keyof typeof M,
      variables: Record<string, unknown>,
      who: 'holder' | 'officer' | 'admin' = 'holder',
    ) => refused('stale', field, 'CONFLICT', null, M[field], variables, who === 'admin' ? adminToken : as[who].token);
    await stale('updateClasProject', { id: p.project, version: 6, content: content() });
    await stale('submitClasProject', { id: p.project, version: 6 });
    await stale('examineClasProject', { id: p.project, version: 6 }, 'officer');
    await stale(
      'decideClasProject',
      { input: { projectId: p.project, version: 6, decision: 'REFUSE', reasons: 'Trop tard' } },
      'officer',
    );
    await stale('submitClasBilan', { projectId: p.project, version: 6, assessment: 'Encore' });
    await stale('closeClasProject', { id: p.project, version: 6 }, 'officer');
    await stale('setClasYearConfig', { input: config() }, 'admin');
  });

  it('a second project of the same organisation and year is a duplicate: CONFLICT naming the year', async () => {
    await refused(
      'duplicate',
      'createClasProject',
      'CONFLICT',
      'content.schoolYear',
      M.createClasProject,
      { organisationId: p.holderOrg, content: content() },
      as.holder.token,
    );
  });
});

describe('référence de parcours mutations (as the social workers of the demo)', () => {
  const as: Record<'social' | 'ccas' | 'hopital', { token: string; id: string }> = {} as never;
  const p: Record<string, string> = {};
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
  const person = (over: Record<string, unknown> = {}) => ({
    lastName: 'Martin',
    firstNames: 'Élodie',
    birthDate: '1988-04-12',
    phone: '0612345678',
    email: 'elodie.martin@example.org',
    address: '12 rue des Arènes',
    domiciled: false,
    ...over,
  });
  beforeAll(async () => {
    for (const who of ['social', 'ccas', 'hopital'] as const) {
      const email = `${who}@demo.test`;
      as[who] = { token: await t.login(email), id: await idOf(sql`select id from app_user where email = ${email}`) };
    }
    p.socialOrg = await idOf(sql`select id from organisation where name = 'Service social départemental du Cher'`);
    p.ccasOrg = await idOf(sql`select id from organisation where name = 'CCAS de Bourges'`);
    p.hopitalOrg = await idOf(
      sql`select id from organisation where name = 'Service social du centre hospitalier Jacques-Cœur'`,
    );
  });
  const social = <K extends keyof typeof M>(field: K, variables: Record<string, unknown>, personal: string[] = []) =>
    succeeds(field, M[field], variables, personal, as.social);

  it('valid calls through a PA’s record, each leaving exactly one audit event', async () => {
    const created = await social('createAccompaniedPerson', {
      person: person(),
      organisationId: p.socialOrg,
      mission: 'Accompagnement global',
    });
    expect(created.event).toMatchObject({
      action: 'parcours.person_create',
      subject_type: 'accompanied_person',
      subject_id: created.data.id,
    });
    p.person = created.data.id;
    expect(
      (
        await social(
          'updateAccompaniedPerson',
          { id: p.person, version: 1, person: person({ lastName: 'Martin-Durand' }) },
          ['Martin'],
        )
      ).data,
    ).toMatchObject({ version: 2 });
    for (const who of ['ccas', 'hopital'] as const) {
      const added = await social('addAccompanimentMember', {
        input: {
          personId: p.person,
          userId: as[who].id,
          organisationId: p[`${who}Org`],
          mission: 'Accompagnement',
          since: today,
        },
      });
      p[`${who}Member`] = added.data.id;
    }
    const named = await social('addAccompanimentMember', {
      input: {
        personId: p.person,
        professionalName: 'Dr Lenoir',
        organisationId: p.hopitalOrg,
        service: 'Psychiatrie',
        mission: 'Soins',
        since: today,
      },
    });
    expect((await social('endAccompanimentMember', { memberId: named.data.id, until: today })).data).toMatchObject({
      until: today,
    });
    const proposed = await social('proposeReference', { personId: p.person, comment: 'Entretien du jour' });
    p.reference = proposed.data.id;
    const accepted = await social('decideReference', {
      input: { type: 'ACCEPT', referenceId: p.reference, version: 1, referentMemberId: p.hopitalMember },
    });
    expect(accepted.data).toMatchObject({ status: 'ACCEPTEE', version: 2, referent: { id: p.hopitalMember } });
    p.goal = (
      await social('addPlanGoal', { personId: p.person, theme: 'LOGEMENT', title: 'Trouver un logement' })
    ).data.id;
    p.action = (
      await social('addPlanAction', {
        input: { goalId: p.goal, title: 'Demande de logement social', memberId: p.ccasMember, dueDate: '2030-01-15' },
      })
    ).data.id;
    expect(
      (await social('updatePlanAction', { input: { id: p.action, version: 1, status: 'EN_COURS' } })).data,
    ).toMatchObject({ version: 2 });
    const skill = await social('addCompetence', {
      personId: p.person,
      kind: 'COMPETENCE',
      label: 'Permis de conduire',
    });
    expect((await social('removeCompetence', { id: skill.data.id })).data).toBe(true);
    p.meeting = (
      await social('scheduleSynthese', {
        input: {
          personId: p.person,
          scheduledAt: '2030-03-01T09:00:00Z',
          requestedBy: 'PA',
          participantMemberIds: [p.ccasMember],
          subject: 'Point logement',
        },
      })
    ).data.id;
    p.consent = (
      await social('recordConsent', {
        input: { personId: p.person, kind: 'PARTICIPATION_SYNTHESE', meetingId: p.meeting },
      })
    ).data.id;
    await social('recordSyntheseAgreement', { meetingId: p.meeting, memberId: p.ccasMember });
    expect(
      (await social('setSynthesePaParticipation', { meetingId: p.meeting, version: 1, participates: true })).data,
    ).toMatchObject({ version: 2, paParticipates: true });
    expect(
      (
        await social('recordSyntheseOutcome', {
          meetingId: p.meeting,
          version: 2,
          notes: 'La personne souhaite un T2',
          decisions: 'Dossier DALO',
        })
      ).data,
    ).toMatchObject({ version: 3 });
    expect((await social('withdrawConsent', { id: p.consent })).data).toMatchObject({ active: false });
  });

  it('bad input names the field and changes nothing', async () => {
    const bad = (field: keyof typeof M, path: string, variables: Record<string, unknown>) =>
      refused('badInput', field, 'BAD_USER_INPUT', path, M[field], variables, as.social.token);
    await bad('createAccompaniedPerson', 'person.lastName', {
      person: person({ lastName: ' ' }),
      organisationId: p.socialOrg,
      mission: 'Accompagnement',
    });
    await bad('updateAccompaniedPerson', 'person.domiciliationOrganisationId', {
      id: p.person,
      version: 2,
      person: person({ domiciliationOrganisationId: p.ccasOrg }),
    });
    await bad('addAccompanimentMember', 'input.mission', {
      input: {
        personId: p.person,
        professionalName: 'Mme Aide',
        organisationId: p.ccasOrg,
        mission: ' ',
        since: today,
      },
    });
    await bad('endAccompanimentMember', 'memberId', { memberId: 'pas-un-id', until: today });
    await bad('proposeReference', 'personId', { personId: 'pas-un-id' });
    await bad('decideReference', 'input.referentMemberId', {
      input: { type: 'CHANGE_REFERENT', referenceId: p.reference, version: 2 },
    });
    await bad('addPlanGoal', 'title', { personId: p.person, theme: 'EMPLOI', title: ' ' });
    await bad('addPlanAction', 'input.title', { input: { goalId: p.goal, title: ' ' } });
    await bad('updatePlanAction', 'input.title', { input: { id: p.action, version: 2, title: ' ' } });
    await bad('addCompetence', 'label', { personId: p.person, kind: 'POTENTIEL', label: '' });
    await bad('removeCompetence', 'id', { id: 'pas-un-id' });
    await bad('recordConsent', 'input.documentId', {
      input: { personId: p.person, kind: 'PARTAGE_DOCUMENT', memberId: p.ccasMember },
    });
    await bad('withdrawConsent', 'id', { id: 'pas-un-id' });
    await bad('scheduleSynthese', 'input.participantMemberIds', {
      input: {
        personId: p.person,
        scheduledAt: '2030-04-01T09:00:00Z',
        requestedBy: 'REFERENT',
        participantMemberIds: [],
        subject: 'Point',
      },
    });
    await bad('recordSyntheseAgreement', 'memberId', { meetingId: p.meeting, memberId: p.hopitalMember });
    await bad('setSynthesePaParticipation', 'version', { meetingId: p.meeting, version: 0, participates: false });
    await bad('recordSyntheseOutcome', 'notes', {
      meetingId: p.meeting,
      version: 4,
      notes: 'x'.repeat(10_001),
      decisions: '',
    });
  });

  it('a stale version gets CONFLICT and changes nothing', async () => {
    const stale = (field: keyof typeof M, variables: Record<string, unknown>) =>
      refused('stale', field, 'CONFLICT', null, M[field], variables, as.social.token);
    await stale('updateAccompaniedPerson', { id: p.person, version: 1, person: person() });
    await stale('decideReference', {
      input: { type: 'END', referenceId: p.reference, version: 1, reason: 'CHOIX_PA' },
    });
    await stale('updatePlanAction', { input: { id: p.action, version: 1, status: 'REALISEE' } });
    // The withdrawn agreement took the PA out of the meeting to come: version 4.
    await stale('setSynthesePaParticipation', { meetingId: p.meeting, version: 3, participates: false });
    await stale('recordSyntheseOutcome', { meetingId: p.meeting, version: 3, notes: 'Écrasé', decisions: '' });
  });

  it('the same intervenant twice on the list is a duplicate: CONFLICT naming the user', async () => {
    await refused(
      'duplicate',
      'addAccompanimentMember',
      'CONFLICT',
      'input.userId',
      M.addAccompanimentMember,
      { input: { personId: p.person, userId: as.ccas.id, organisationId: p.ccasOrg, mission: 'Encore', since: today } },
      as.social.token,
    );
  });
});

describe('meeting mutations (as the referent of Bourges)', () => {
  const as = {} as { token: string; id: string };
  const m: Record<string, string> = {};
  const hourAgo = () => new Date(Date.now() - 3_600_000).toISOString();
  const meeting = (over: Record<string, unknown> = {}) => ({
    platformId: m.platform,
    kind: 'COTECH',
    title: 'Comité technique',
    startsAt: hourAgo(),
    endsAt: new Date(Date.now() + 3_600_000).toISOString(),
    place: 'CIO de Bourges',
    agenda: ['Situations'],
    invitedOrganisationIds: [m.ml],
    situations: [{ caseId: m.case }],
    ...over,
  });
  beforeAll(async () => {
    as.token = await t.login('referent@demo.test');
    as.id = await idOf(sql`select id from app_user where email = 'referent@demo.test'`);
    m.platform = await idOf(sql`select id from platform where name = 'PSAD du bassin de Bourges'`);
    m.ml = await idOf(sql`select id from organisation where name = 'Mission Locale de Bourges'`);
    m.case = (
      await createCase(t, m.platform, { lastName: 'Réunion', firstNames: 'Cas', birthDate: '2008-05-05' })
    ).caseId;
  });
  const referent = <K extends keyof typeof M>(field: K, variables: Record<string, unknown>) =>
    succeeds(field, M[field], variables, [], as);

  it('valid calls, each leaving exactly one audit event', async () => {
    const scheduled = await referent('scheduleMeeting', { input: meeting() });
    expect(scheduled.event).toMatchObject({ action: 'meeting.schedule', subject_type: 'meeting' });
    m.meeting = scheduled.data.id;
    m.invitee = scheduled.data.invitees[0]!.id;
    expect(
      (await referent('updateMeeting', { input: { id: m.meeting, version: 1, title: 'Cotech de mai' } })).data,
    ).toMatchObject({
      version: 2,
      icsSequence: 1,
    });
    expect(
      (
        await referent('recordAttendance', {
          input: { meetingId: m.meeting, version: 2, entries: [{ inviteeId: m.invitee, attendance: 'PRESENT' }] },
        })
      ).data,
    ).toMatchObject({ version: 3, status: 'TENUE' });
    expect(
      (
        await referent('recordMinutes', {
          input: { meetingId: m.meeting, version: 3, minutes: 'Compte rendu', decisions: ['Forum'] },
        })
      ).data,
    ).toMatchObject({ version: 4 });
    const action = await referent('addMeetingAction', {
      input: { meetingId: m.meeting, title: 'Réserver la salle', ownerName: 'ML' },
    });
    m.action = action.data.id;
    expect(
      (await referent('updateMeetingAction', { input: { id: m.action, version: 1, status: 'FAITE' } })).data,
    ).toMatchObject({
      status: 'FAITE',
    });
    expect(
      (
        await referent('decideSituation', {
          input: { meetingId: m.meeting, caseId: m.case, caseVersion: 1, decision: 'REVOIR' },
        })
      ).data,
    ).toMatchObject({ decision: 'REVOIR' });
    const other = await referent('scheduleMeeting', {
      input: meeting({
        kind: 'BILATERALE',
        situations: [],
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        endsAt: new Date(Date.now() + 90_000_000).toISOString(),
      }),
    });
    m.other = other.data.id;
    expect((await referent('cancelMeeting', { input: { id: m.other, version: 1 } })).data).toMatchObject({
      status: 'ANNULEE',
    });
    const bilan = { platformId: m.platform, from: '2025-09-01', to: '2026-08-31' };
    expect(
      (await referent('saveBilanSections', { input: { ...bilan, version: 0, sections: { besoins: 'Mobilité' } } }))
        .data,
    ).toMatchObject({ sectionsVersion: 1 });
  });

  it('bad input names the field and changes nothing', async () => {
    const bad = (field: keyof typeof M, path: string, variables: Record<string, unknown>) =>
      refused('badInput', field, 'BAD_USER_INPUT', path, M[field], variables, as.token);
    await bad('scheduleMeeting', 'input.endsAt', {
      input: meeting({ endsAt: hourAgo(), startsAt: new Date().toISOString() }),
    });
    // A meeting is a platform's or a CIO's, exactly one of them.
    await bad('scheduleMeeting', 'input.cioId', { input: meeting({ cioId: m.ml }) });
    await bad('scheduleMeeting', 'input.cioId', { input: meeting({ platformId: null }) });
    await bad('updateMeeting', 'input.title', { input: { id: m.other, version: 2, title: ' ' } });
    await bad('cancelMeeting', 'input.reason', { input: { id: m.other, version: 2, reason: 'x'.repeat(501) } });
    await bad('recordAttendance', 'input.entries', { input: { meetingId: m.meeting, version: 4, entries: [] } });
    await bad('recordMinutes', 'input.decisions.0', {
      input: { meetingId: m.meeting, version: 4, minutes: 'CR', decisions: [' '] },
    });
    await bad('addMeetingAction', 'input.ownerName', {
      input: { meetingId: m.meeting, title: 'Action', ownerName: ' ' },
    });
    await bad('updateMeetingAction', 'input.note', { input: { id: m.action, version: 2, note: 'x'.repeat(1001) } });
    await bad('saveBilanSections', 'input.sections.besoins', {
      input: {
        platformId: m.platform,
        from: '2025-09-01',
        to: '2026-08-31',
        version: 1,
        sections: { besoins: 'x'.repeat(20_001) },
      },
    });
    await bad('decideSituation', 'input.outcome', {
      input: { meetingId: m.meeting, caseId: m.case, caseVersion: 1, decision: 'CLORE' },
    });
  });

  it('a CIO’s concertation, scheduled by its director, leaves exactly one audit event', async () => {
    const dcio = {
      token: await t.login('dcio@demo.test'),
      id: await idOf(sql`select id from app_user where email = 'dcio@demo.test'`),
    };
    const cio = await idOf(sql`select id from organisation where name = 'CIO de Bourges'`);
    const res = await succeeds(
      'scheduleMeeting',
      M.scheduleMeeting,
      {
        input: meeting({
          platformId: null,
          cioId: cio,
          kind: 'CONCERTATION_PROJET',
          title: 'Concertation sur projet',
          situations: [],
          invitedOrganisationIds: [],
        }),
      },
      [],
      dcio,
    );
    expect(res.event).toMatchObject({ action: 'meeting.schedule', subject_type: 'meeting' });
  });

  it('a stale version gets CONFLICT and changes nothing', async () => {
    const stale = (field: keyof typeof M, variables: Record<string, unknown>) =>
      refused('stale', field, 'CONFLICT', null, M[field], variables, as.token);
    await stale('updateMeeting', { input: { id: m.meeting, version: 1, title: 'Écrasé' } });
    await stale('cancelMeeting', { input: { id: m.meeting, version: 1 } });
    await stale('recordAttendance', {
      input: { meetingId: m.meeting, version: 1, entries: [{ inviteeId: m.invitee, attendance: 'ABSENT' }] },
    });
    await stale('recordMinutes', { input: { meetingId: m.meeting, version: 1, minutes: 'Écrasé', decisions: [] } });
    await stale('updateMeetingAction', { input: { id: m.action, version: 1, status: 'EN_COURS' } });
    await stale('saveBilanSections', {
      input: {
        platformId: m.platform,
        from: '2025-09-01',
        to: '2026-08-31',
        version: 0,
        sections: { besoins: 'Écrasé' },
      },
    });
  });
});

describe('shared tools mutations (as the referent of Bourges)', () => {
  const as = {} as { token: string; id: string };
  const m: Record<string, string> = {};
  const offer = (over: Record<string, unknown> = {}) => ({
    name: 'Garantie jeunes',
    solutionType: 'ACCOMPAGNEMENT_ML',
    organisationId: m.ml,
    communes: ['18033'],
    ageMin: 16,
    ageMax: 25,
    ...over,
  });
  const action = (over: Record<string, unknown> = {}) => ({
    kind: 'ATELIER',
    title: 'Atelier CV',
    heldOn: '2026-10-15',
    partnerOrganisationIds: [m.ml],
    participants: 8,
    caseIds: [m.case],
    ...over,
  });
  const doc = { title: 'Circulaire', url: 'https://education.gouv.fr/circulaire', publishedOn: '2026-09-01' };
  beforeAll(async () => {
    as.token = await t.login('referent@demo.test');
    as.id = await idOf(sql`select id from app_user where email = 'referent@demo.test'`);
    m.platform = await idOf(sql`select id from platform where name = 'PSAD du bassin de Bourges'`);
    m.ml = await idOf(sql`select id from organisation where name = 'Mission Locale de Bourges'`);
    m.case = (
      await createCase(t, m.platform, { lastName: 'Atelier', firstNames: 'Cas', birthDate: '2008-06-06' })
    ).caseId;
  });
  const referent = <K extends keyof typeof M>(field: K, variables: Record<string, unknown>) =>
    succeeds(field, M[field], variables, [], as);

  it('valid calls, each leaving exactly one audit event', async () => {
    const created = await referent('createSolutionOffer', { input: { platformId: m.platform, ...offer() } });
    expect(created.event).toMatchObject({ action: 'solution_offer.create', subject_type: 'solution_offer' });
    m.offer = created.data.id;
    const other = await referent('createSolutionOffer', {
      input: { platformId: m.platform, ...offer({ name: 'E2C' }) },
    });
    m.otherOffer = other.data.id;
    expect(
      (await referent('updateSolutionOffer', { input: { id: m.offer, version: 1, ...offer({ ageMax: 26 }) } })).data,
    ).toMatchObject({ version: 2 });
    expect((await referent('deleteSolutionOffer', { input: { id: m.otherOffer, version: 1 } })).data).toBe(true);
    const act = await referent('createPlatformAction', { input: { platformId: m.platform, ...action() } });
    expect(act.event).toMatchObject({ action: 'platform_action.create', subject_type: 'platform_action' });
    m.action = act.data.id;
    const act2 = await referent('createPlatformAction', {
      input: { platformId: m.platform, ...action({ kind: 'FORUM', caseIds: [] }) },
    });
    m.otherAction = act2.data.id;
    expect(
      (await referent('updatePlatformAction', { input: { id: m.action, version: 1, ...action({ participants: 9 }) } }))
        .data,
    ).toMatchObject({ version: 2, participants: 9 });
    expect((await referent('deletePlatformAction', { input: { id: m.otherAction, version: 1 } })).data).toBe(true);
    const added = await referent('addVeilleDocument', { input: { platformId: m.platform, ...doc } });
    expect(added.event).toMatchObject({ action: 'veille_document.add', subject_type: 'veille_document' });
    m.doc = added.data.id;
    const added2 = await referent('addVeilleDocument', { input: { platformId: m.platform, ...doc, title: 'Autre' } });
    expect(
      (
        await referent('updateVeilleDocument', {
          input: { id: m.doc, version: 1, ...doc, title: 'Circulaire de rentrée' },
        })
      ).data,
    ).toMatchObject({ title: 'Circulaire de rentrée' });
    expect((await referent('deleteVeilleDocument', { input: { id: added2.data.id, version: 1 } })).data).toBe(true);
  });

  it('bad input names the field and changes nothing', async () => {
    const bad = (field: keyof typeof M, path: string, variables: Record<string, unknown>) =>
      refused('badInput', field, 'BAD_USER_INPUT', path, M[field], variables, as.token);
    await bad('createSolutionOffer', 'input.communes.0', {
      input: { platformId: m.platform, ...offer({ name: 'Autre', communes: ['Bourges'] }) },
    });
    await bad('updateSolutionOffer', 'input.ageMax', {
      input: { id: m.offer, version: 2, ...offer({ ageMin: 20, ageMax: 18 }) },
    });
    await bad('deleteSolutionOffer', 'input.id', { input: { id: 'nope', version: 2 } });
    await bad('createPlatformAction', 'input.participants', {
      input: { platformId: m.platform, ...action({ participants: -1 }) },
    });
    await bad('updatePlatformAction', 'input.title', {
      input: { id: m.action, version: 2, ...action({ title: ' ' }) },
    });
    await bad('updatePlatformAction', 'input.participants', {
      input: { id: m.action, version: 2, ...action({ participants: 0 }) },
    });
    await bad('deletePlatformAction', 'input.id', { input: { id: 'nope', version: 2 } });
    await bad('addVeilleDocument', 'input.url', {
      input: { platformId: m.platform, ...doc, url: 'http://education.gouv.fr/' },
    });
    await bad('updateVeilleDocument', 'input.title', { input: { id: m.doc, version: 2, ...doc, title: ' ' } });
    await bad('deleteVeilleDocument', 'input.id', { input: { id: 'nope', version: 2 } });
  });

  it('a stale version gets CONFLICT and changes nothing', async () => {
    const stale = (field: keyof typeof M, variables: Record<string, unknown>) =>
      refused('stale', field, 'CONFLICT', null, M[field], variables, as.token);
    await stale('updateSolutionOffer', { input: { id: m.offer, version: 1, ...offer({ name: 'Écrasé' }) } });
    await stale('deleteSolutionOffer', { input: { id: m.offer, version: 1 } });
    await stale('updatePlatformAction', { input: { id: m.action, version: 1, ...action({ title: 'Écrasé' }) } });
    await stale('deletePlatformAction', { input: { id: m.action, version: 1 } });
    await stale('updateVeilleDocument', { input: { id: m.doc, version: 1, ...doc, title: 'Écrasé' } });
    await stale('deleteVeilleDocument', { input: { id: m.doc, version: 1 } });
  });
});

describe('orientation network mutations (as the DCIO of Bourges)', () => {
  const as = {} as { token: string; id: string };
  const m: Record<string, string> = {};
  const period = (over: Record<string, unknown> = {}) => ({
    schoolYear: '2030-2031',
    name: 'Vœux',
    startsOn: '2031-01-06',
    endsOn: '2031-03-31',
    ...over,
  });
  const file = (over: Record<string, unknown> = {}) => ({
    kind: 'FOQUALE',
    title: 'Réseau FOQUALE',
    since: '2026-09-01',
    status: 'EN_COURS',
    documentLinks: [],
    ...over,
  });
  beforeAll(async () => {
    as.token = await t.login('dcio@demo.test');
    as.id = await idOf(sql`select id from app_user where email = 'dcio@demo.test'`);
    m.cio = await idOf(sql`select id from organisation where name = 'CIO de Bourges'`);
    m.head = await idOf(sql`select id from organisation where name = 'Lycée Alain-Fournier'`);
    m.renoir = await idOf(sql`select id from organisation where name = 'Collège Jean-Renoir'`);
    m.psyen = await idOf(sql`select id from app_user where email = 'psyen@demo.test'`);
  });
  const dcio = <K extends keyof typeof M>(field: K, variables: Record<string, unknown>) =>
    succeeds(field, M[field], variables, [], as);

  it('valid calls, each leaving exactly one audit event', async () => {
    const p = await dcio('createOrientationPeriod', { input: { cioId: m.cio, ...period() } });
    expect(p.event).toMatchObject({ action: 'orientation_period.create', subject_type: 'orientation_period' });
    m.period = p.data.id;
    const p2 = await dcio('createOrientationPeriod', { input: { cioId: m.cio, ...period({ name: 'Rentrée' }) } });
    expect(
      (
        await dcio('updateOrientationPeriod', {
          input: { id: m.period, version: 1, ...period({ name: 'Vœux et orientation' }) },
        })
      ).data,
    ).toMatchObject({ version: 2 });
    expect((await dcio('deleteOrientationPeriod', { input: { id: p2.data.id, version: 1 } })).data).toBe(true);
    const n = await dcio('createOrientationNetwork', {
      input: {
        cioId: m.cio,
        name: 'Réseau d’essai',
        headSchoolId: m.head,
        schoolIds: [m.renoir],
        psyenIds: [m.psyen],
      },
    });
    expect(n.event).toMatchObject({ action: 'orientation_network.create', subject_type: 'orientation_network' });
    m.network = n.data.id;
    const n2 = await dcio('createOrientationNetwork', {
      input: { cioId: m.cio, name: 'Réseau bis', headSchoolId: m.head, schoolIds: [], psyenIds: [] },
    });
    expect(
      (
        await dcio('updateOrientationNetwork', {
          input: {
            id: m.network,
            version: 1,
            name: 'Réseau d’essai (Bourges)',
            headSchoolId: m.head,
            schoolIds: [m.renoir],
            psyenIds: [m.psyen],
          },
        })
      ).data,
    ).toMatchObject({ version: 2 });
    expect((await dcio('deleteOrientationNetwork', { input: { id: n2.data.id, version: 1 } })).data).toBe(true);
    const q = await dcio('setPsyenQuotity', {
      input: { cioId: m.cio, userId: m.psyen, version: 1, quotityPercent: 80 },
    });
    expect(q.event).toMatchObject({ action: 'psyen_service.quotity', subject_type: 'user', subject_id: m.psyen });
    const w = await dcio('setPsyenWeek', {
      input: {
        cioId: m.cio,
        periodId: m.period,
        userId: m.psyen,
        version: 2,
        slots: [{ weekday: 2, halfDay: 'MATIN', activity: 'ETABLISSEMENT', schoolId: m.renoir }],
      },
    });
    expect(w.event).toMatchObject({ action: 'psyen_service.week', subject_type: 'user' });
    const d = await dcio('createOrientationDuty', {
      input: { cioId: m.cio, label: 'Organiser le temps', cells: [{ role: 'CIO_DIRECTOR', involvement: 'PILOTE' }] },
    });
    m.duty = d.data.id;
    const d2 = await dcio('createOrientationDuty', { input: { cioId: m.cio, label: 'Autre', cells: [] } });
    expect(
      (await dcio('updateOrientationDuty', { input: { id: m.duty, version: 1, label: 'Organiser', cells: [] } })).data,
    ).toMatchObject({
      version: 2,
    });
    expect((await dcio('deleteOrientationDuty', { input: { id: d2.data.id, version: 1 } })).data).toBe(true);
    const f = await dcio('createTransversalFile', { input: { cioId: m.cio, ...file() } });
    expect(f.event).toMatchObject({
      action: 'orientation_transversal_file.create',
      subject_type: 'orientation_transversal_file',
    });
    m.file = f.data.id;
    expect(
      (await dcio('updateTransversalFile', { input: { id: m.file, version: 1, ...file({ status: 'EN_VEILLE' }) } }))
        .data,
    ).toMatchObject({
      version: 2,
    });
  });

  it('bad input names the field and changes nothing', async () => {
    const bad = (field: keyof typeof M, path: string, variables: Record<string, unknown>) =>
      refused('badInput', field, 'BAD_USER_INPUT', path, M[field], variables, as.token);
    await bad('createOrientationPeriod', 'input.endsOn', {
      input: { cioId: m.cio, ...period({ endsOn: '2026-01-01' }) },
    });
    await bad('updateOrientationPeriod', 'input.schoolYear', {
      input: { id: m.period, version: 2, ...period({ schoolYear: '2026' }) },
    });
    await bad('deleteOrientationPeriod', 'input.id', { input: { id: 'nope', version: 2 } });
    await bad('createOrientationNetwork', 'input.name', {
      input: { cioId: m.cio, name: ' ', headSchoolId: m.head, schoolIds: [], psyenIds: [] },
    });
    await bad('updateOrientationNetwork', 'input.headSchoolId', {
      input: { id: m.network, version: 2, name: 'Réseau', headSchoolId: m.renoir, schoolIds: [], psyenIds: [m.psyen] },
    });
    await bad('deleteOrientationNetwork', 'input.id', { input: { id: 'nope', version: 2 } });
    await bad('setPsyenQuotity', 'input.quotityPercent', {
      input: { cioId: m.cio, userId: m.psyen, version: 3, quotityPercent: 120 },
    });
    await bad('setPsyenWeek', 'input.slots.0.schoolId', {
      input: {
        cioId: m.cio,
        periodId: m.period,
        userId: m.psyen,
        version: 3,
        slots: [{ weekday: 1, halfDay: 'MATIN', activity: 'ETABLISSEMENT' }],
      },
    });
    await bad('createOrientationDuty', 'input.label', { input: { cioId: m.cio, label: ' ', cells: [] } });
    await bad('updateOrientationDuty', 'input.cells.1.role', {
      input: {
        id: m.duty,
        version: 2,
        label: 'Organiser',
        cells: [
          { role: 'PSYEN', involvement: 'PILOTE' },
          { role: 'PSYEN', involvement: 'INFORME' },
        ],
      },
    });
    await bad('deleteOrientationDuty', 'input.id', { input: { id: 'nope', version: 2 } });
    await bad('createTransversalFile', 'input.title', { input: { cioId: m.cio, ...file({ title: ' ' }) } });
    await bad('updateTransversalFile', 'input.documentLinks.0', {
      input: { id: m.file, version: 2, ...file({ documentLinks: ['ftp://x'] }) },
    });
  });

  it('a stale version gets CONFLICT and changes nothing', async () => {
    const stale = (field: keyof typeof M, variables: Record<string, unknown>) =>
      refused('stale', field, 'CONFLICT', null, M[field], variables, as.token);
    await stale('updateOrientationPeriod', { input: { id: m.period, version: 1, ...period({ name: 'Écrasé' }) } });
    await stale('deleteOrientationPeriod', { input: { id: m.period, version: 1 } });
    await stale('updateOrientationNetwork', {
      input: { id: m.network, version: 1, name: 'Écrasé', headSchoolId: m.head, schoolIds: [], psyenIds: [] },
    });
    await stale('deleteOrientationNetwork', { input: { id: m.network, version: 1 } });
    await stale('setPsyenQuotity', { input: { cioId: m.cio, userId: m.psyen, version: 1, quotityPercent: 90 } });
    await stale('setPsyenWeek', {
      input: { cioId: m.cio, periodId: m.period, userId: m.psyen, version: 1, slots: [] },
    });
    await stale('updateOrientationDuty', { input: { id: m.duty, version: 1, label: 'Écrasé', cells: [] } });
    await stale('deleteOrientationDuty', { input: { id: m.duty, version: 1 } });
    await stale('updateTransversalFile', { input: { id: m.file, version: 1, ...file({ title: 'Écrasé' }) } });
  });
});

describe('work plan mutations (as the DCIO of Bourges)', () => {
  const as = {} as { token: string; id: string };
  const m: Record<string, string> = {};
  const plan = { title: 'Plan de travail 2031', startMonth: '2031-09', endMonth: '2032-08' };
  const action = (over: Record<string, unknown> = {}) => ({
    title: 'Réunion des réseaux',
    roles: ['PSYEN', 'SCHOOL_HEAD'],
    personIds: [m.psyen],
    startMonth: '2031-10',
    endMonth: '2031-11',
    status: 'A_FAIRE',
    evidenceUrl: 'https://www.ac-orleans-tours.fr/reseaux',
    ...over,
  });
  beforeAll(async () => {
    as.token = await t.login('dcio@demo.test');
    as.id = await idOf(sql`select id from app_user where email = 'dcio@demo.test'`);
    m.cio = await idOf(sql`select id from organisation where name = 'CIO de Bourges'`);
    m.psyen = await idOf(sql`select id from app_user where email = 'psyen@demo.test'`);
  });
  const dcio = <K extends keyof typeof M>(field: K, variables: Record<string, unknown>) =>
    succeeds(field, M[field], variables, [], as);

  it('valid calls, each leaving exactly one audit event', async () => {
    const created = await dcio('createWorkPlan', { input: { cioId: m.cio, ...plan } });
    expect(created.event).toMatchObject({ action: 'work_plan.create', subject_type: 'work_plan' });
    m.plan = created.data.id;
    expect(
      (await dcio('updateWorkPlan', { input: { id: m.plan, version: 1, ...plan, title: 'Plan 2031-2032' } })).data,
    ).toMatchObject({ version: 2 });
    const act = await dcio('createWorkPlanAction', { input: { workPlanId: m.plan, ...action() } });
    expect(act.event).toMatchObject({ action: 'work_plan_action.create', subject_type: 'work_plan_action' });
    m.action = act.data.id;
    const other = await dcio('createWorkPlanAction', { input: { workPlanId: m.plan, ...action({ title: 'Autre' }) } });
    expect(
      (await dcio('updateWorkPlanAction', { input: { id: m.action, version: 1, ...action({ status: 'EN_COURS' }) } }))
        .data,
    ).toMatchObject({ version: 2, status: 'EN_COURS' });
    expect(
      (await dcio('setWorkPlanActionStatus', { input: { id: m.action, version: 2, status: 'FAIT' } })).data,
    ).toMatchObject({ version: 3, status: 'FAIT' });
    expect((await dcio('deleteWorkPlanAction', { input: { id: other.data.id, version: 1 } })).data).toBe(true);
    const comment = await dcio('addWorkPlanComment', { input: { workPlanActionId: m.action, body: 'Bien avancé.' } });
    expect(comment.event).toMatchObject({ action: 'work_plan_comment.add', subject_type: 'work_plan_action' });
    const spare = await dcio('createWorkPlan', { input: { cioId: m.cio, ...plan, title: 'Plan en trop' } });
    await dcio('createWorkPlanAction', { input: { workPlanId: spare.data.id, ...action() } });
    const removed = await dcio('deleteWorkPlan', { input: { id: spare.data.id, version: 1 } });
    expect(removed.event).toMatchObject({ action: 'work_plan.delete', subject_type: 'work_plan' });
  });

  it('bad input names the field and changes nothing', async () => {
    const bad = (field: keyof typeof M, path: string, variables: Record<string, unknown>) =>
      refused('badInput', field, 'BAD_USER_INPUT', path, M[field], variables, as.token);
    await bad('createWorkPlan', 'input.endMonth', { input: { cioId: m.cio, ...plan, endMonth: '2031-08' } });
    await bad('updateWorkPlan', 'input.title', { input: { id: m.plan, version: 2, ...plan, title: ' ' } });
    await bad('createWorkPlanAction', 'input.startMonth', {
      input: { workPlanId: m.plan, ...action({ startMonth: '2031-13' }) },
    });
    await bad('updateWorkPlanAction', 'input.evidenceUrl', {
      input: { id: m.action, version: 3, ...action({ evidenceUrl: 'ftp://x' }) },
    });
    await bad('deleteWorkPlan', 'input.id', { input: { id: 'nope', version: 2 } });
    await bad('deleteWorkPlanAction', 'input.id', { input: { id: 'nope', version: 3 } });
    await bad('setWorkPlanActionStatus', 'input.id', { input: { id: 'nope', version: 3, status: 'FAIT' } });
    await bad('addWorkPlanComment', 'input.body', { input: { workPlanActionId: m.action, body: '  ' } });
  });

  it('a stale version gets CONFLICT and changes nothing', async () => {
    const stale = (field: keyof typeof M, variables: Record<string, unknown>) =>
      refused('stale', field, 'CONFLICT', null, M[field], variables, as.token);
    await stale('updateWorkPlan', { input: { id: m.plan, version: 1, ...plan } });
    await stale('updateWorkPlanAction', { input: { id: m.action, version: 1, ...action() } });
    await stale('deleteWorkPlanAction', { input: { id: m.action, version: 1 } });
    await stale('deleteWorkPlan', { input: { id: m.plan, version: 1 } });
    await stale('setWorkPlanActionStatus', { input: { id: m.action, version: 1, status: 'A_FAIRE' } });
  });
});

describe('orientation evaluation mutations (as the director of the CIO de Bourges, and one of its PsyEn)', () => {
  const dcio = {} as { token: string; id: string };
  const psyen = {} as { token: string; id: string };
  const m: Record<string, string> = {};
  const criterion = {
    label: 'Délai de rendez-vous',
    indicator: "Jours entre la demande et l'entretien",
    baseline: 21,
    target: 10,
    unit: 'jours',
  };
  const campaign = () => ({
    cioId: m.cio,
    title: 'QVT de novembre',
    opensOn: new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' }),
    closesOn: '2099-12-31',
    questions: [
      { kind: 'SCALE', label: 'Charge de travail', lowLabel: 'Très lourde', highLabel: 'Très raisonnable' },
      { kind: 'COMMENT', label: 'Un commentaire ?' },
    ],
  });
  beforeAll(async () => {
    dcio.token = await t.login('dcio@demo.test');
    dcio.id = await idOf(sql`select id from app_user where email = 'dcio@demo.test'`);
    psyen.token = await t.login('psyen6@demo.test');
    psyen.id = await idOf(sql`select id from app_user where email = 'psyen6@demo.test'`);
    m.cio = await idOf(sql`select id from organisation where name = 'CIO de Bourges'`);
  });
  const as = <K extends keyof typeof M>(who: typeof dcio, field: K, variables: Record<string, unknown>) =>
    succeeds(field, M[field], variables, [], who);

  it('valid calls, each leaving exactly one audit event', async () => {
    const counts = await as(psyen, 'saveInterviewCounts', {
      input: { cioId: m.cio, month: '2026-11', counts: [{ networkId: null, theme: 'ADOLESCENCE', count: 3 }] },
    });
    expect(counts.event).toMatchObject({ action: 'orientation_interview.save', subject_type: 'organisation' });
    const created = await as(dcio, 'createEvaluationCriterion', { input: { cioId: m.cio, ...criterion } });
    expect(created.event).toMatchObject({
      action: 'orientation_criterion.create',
      subject_type: 'orientation_criterion',
    });
    m.criterion = created.data.id;
    const other = await as(dcio, 'createEvaluationCriterion', {
      input: { cioId: m.cio, ...criterion, label: 'Autre' },
    });
    expect(
      (await as(dcio, 'updateEvaluationCriterion', { input: { id: m.criterion, version: 1, ...criterion, target: 7 } }))
        .data,
    ).toMatchObject({ version: 2 });
    expect((await as(dcio, 'deleteEvaluationCriterion', { input: { id: other.data.id, version: 1 } })).data).toBe(true);
    const valued = await as(dcio, 'addCriterionValue', {
      input: { criterionId: m.criterion, measuredOn: '2026-11-02', value: 15 },
    });
    m.value = valued.data.values[0]!.id;
    expect((await as(dcio, 'removeCriterionValue', { id: m.value })).data).toMatchObject({ version: 4 });
    const qvt = await as(dcio, 'createQvtCampaign', { input: campaign() });
    expect(qvt.event).toMatchObject({ action: 'qvt_campaign.create', subject_type: 'qvt_campaign' });
    m.campaign = qvt.data.id;
    m.scale = qvt.data.questions[0]!.id;
    const answered = await as(psyen, 'answerQvtCampaign', {
      input: { campaignId: m.campaign, answers: [{ questionId: m.scale, scale: 4 }] },
    });
    expect(answered.event).toMatchObject({ subject_type: 'qvt_campaign', subject_id: m.campaign });
  });

  it('bad input names the field and changes nothing', async () => {
    const bad = (who: typeof dcio, field: keyof typeof M, path: string, variables: Record<string, unknown>) =>
      refused('badInput', field, 'BAD_USER_INPUT', path, M[field], variables, who.token);
    await bad(psyen, 'saveInterviewCounts', 'input.counts.0.count', {
      input: { cioId: m.cio, month: '2026-11', counts: [{ theme: 'AUTRE', count: -1 }] },
    });
    await bad(dcio, 'createEvaluationCriterion', 'input.label', { input: { cioId: m.cio, ...criterion, label: ' ' } });
    await bad(dcio, 'updateEvaluationCriterion', 'input.indicator', {
      input: { id: m.criterion, version: 4, ...criterion, indicator: '' },
    });
    await bad(dcio, 'deleteEvaluationCriterion', 'input.id', { input: { id: 'nope', version: 4 } });
    await bad(dcio, 'addCriterionValue', 'input.value', {
      input: { criterionId: m.criterion, measuredOn: '2026-11-03', value: 1e12 },
    });
    await bad(dcio, 'removeCriterionValue', 'input.id', { id: 'nope' });
    await bad(dcio, 'createQvtCampaign', 'input.questions.0.lowLabel', {
      input: { ...campaign(), questions: [{ kind: 'SCALE', label: 'Sans extrémités' }] },
    });
    await bad(psyen, 'answerQvtCampaign', 'input.answers.0.scale', {
      input: { campaignId: m.campaign, answers: [{ questionId: m.scale, scale: 6 }] },
    });
  });

  it('a stale version gets CONFLICT and changes nothing', async () => {
    const stale = (field: keyof typeof M, variables: Record<string, unknown>) =>
      refused('stale', field, 'CONFLICT', null, M[field], variables, dcio.token);
    await stale('updateEvaluationCriterion', { input: { id: m.criterion, version: 1, ...criterion, label: 'Écrasé' } });
    await stale('deleteEvaluationCriterion', { input: { id: m.criterion, version: 1 } });
  });
});

describe('CPMS 24/7 line mutations (as the director of Liège 1 and its agent)', () => {
  const dir = {} as { token: string; id: string };
  const agent = {} as { token: string; id: string };
  const m: Record<string, string> = {};
  beforeAll(async () => {
    dir.token = await t.login('direction.cpms@demo.test');
    dir.id = await idOf(sql`select id from app_user where email = 'direction.cpms@demo.test'`);
    agent.token = await t.login('agent.cpms@demo.test');
    agent.id = await idOf(sql`select id from app_user where email = 'agent.cpms@demo.test'`);
    m.pool = await idOf(sql`select id from oncall_pool order by name limit 1`);
    m.liege = await idOf(sql`select id from organisation where name = 'Centre PMS de Liège 1'`);
    m.agent2 = await idOf(sql`select id from app_user where email = 'agent2.cpms@demo.test'`);
    m.seraing = await idOf(sql`select id from app_user where email = 'direction.seraing@demo.test'`);
  });
  const as = <K extends keyof typeof M>(
    who: { token: string; id: string },
    field: K,
    variables: Record<string, unknown>,
  ) => succeeds(field, M[field], variables, [], who);

  it('valid calls, each leaving exactly one audit event', async () => {
    expect(
      (
        await as(dir, 'updateOncallRules', {
          input: { poolId: m.pool, maxShiftHours: 13, minRestHours: 11, version: 1 },
        })
      ).data,
    ).toMatchObject({ version: 2, maxShiftMinutes: 780 });
    const week = await as(dir, 'generateOncallWeeks', { input: { poolId: m.pool, firstWeek: '2031-01-08', weeks: 1 } });
    expect(week.data).toHaveLength(14);
    expect(week.event).toMatchObject({ action: 'oncall_shift.generate', subject_type: 'oncall_pool' });
    const extra = await as(dir, 'createOncallShift', {
      input: {
        poolId: m.pool,
        startsAt: '2031-02-03T07:00:00Z',
        endsAt: '2031-02-03T19:00:00Z',
        agentId: agent.id,
        backupId: m.agent2,
      },
    });
    expect(extra.data).toMatchObject({ minutes: 720, status: 'BROUILLON' });
    expect((await as(dir, 'deleteOncallShift', { input: { id: extra.data.id, version: 1 } })).data).toBe(true);
    expect(
      (await as(dir, 'publishOncallPeriod', { input: { poolId: m.pool, from: '2031-01-07', to: '2031-01-13' } })).data,
    ).toEqual({ published: 13 });
    m.dayShift = await idOf(
      sql`select id from oncall_shift where starts_at = '2031-01-08T07:00:00Z' and pool_id = ${m.pool}`,
    );
    m.nightShift = await idOf(
      sql`select id from oncall_shift where agent_id = ${agent.id} and id <> ${m.dayShift} and starts_at > '2031-01-07' and pool_id = ${m.pool} order by starts_at limit 1`,
    );
    const swap = await as(agent, 'proposeOncallSwap', {
      input: { shiftId: m.dayShift, role: 'AGENT', toUserId: m.seraing, note: 'Formation ce jour-là' },
    });
    m.swap = swap.data.id;
    const decided = await as(dir, 'decideOncallSwap', { input: { swapId: m.swap, approve: true, version: 1 } });
    expect(decided.data).toMatchObject({ status: 'APPROUVE', version: 2, shift: { agent: { id: m.seraing } } });
    const second = await as(agent, 'proposeOncallSwap', {
      input: { shiftId: m.nightShift, role: 'AGENT', toUserId: m.seraing },
    });
    m.withdrawn = second.data.id;
    expect((await as(agent, 'withdrawOncallSwap', { input: { swapId: m.withdrawn, version: 1 } })).data).toMatchObject({
      status: 'ANNULE',
      version: 2,
    });
    const templates = await as(dir, 'replaceOncallTemplates', {
      input: {
        poolId: m.pool,
        version: 2,
        templates: [{ weekday: 1, startTime: '08:00', endTime: '20:00', agentId: agent.id, backupId: m.agent2 }],
      },
    });
    expect(templates.data).toMatchObject({ version: 3, templates: [{ weekday: 1, startTime: '08:00' }] });
    expect(templates.event).toMatchObject({ action: 'oncall_template.replace', subject_type: 'oncall_pool' });
    const phone = await as(dir, 'setOncallPhone', {
      input: { poolId: m.pool, userId: m.agent2, onCallPhone: '+32 470 12 34 56' },
    });
    expect(phone.data).toEqual({ id: m.agent2, phone: '+32 470 12 34 56' });
    const call = await as(agent, 'logOncallCall', {
      input: {
        poolId: m.pool,
        receivedAt: '2031-01-08T21:30:00Z',
        callerKind: 'PARENT',
        category: 'HARCELEMENT',
        urgency: 'HAUTE',
        action: 'Écoute, conseils, renvoi vers le CPMS de l’école',
        referredCpmsId: m.liege,
        followUpDue: '2031-01-15',
      },
    });
    m.call = call.data.id;
    expect((await as(agent, 'closeOncallFollowUp', { input: { callId: m.call, version: 1 } })).data).toMatchObject({
      version: 2,
    });
  });

  it('bad input names the field and changes nothing', async () => {
    const bad = (token: string, field: keyof typeof M, path: string, variables: Record<string, unknown>) =>
      refused('badInput', field, 'BAD_USER_INPUT', path, M[field], variables, token);
    await bad(dir.token, 'updateOncallRules', 'input.maxShiftHours', {
      input: { poolId: m.pool, maxShiftHours: 30, minRestHours: 11, version: 2 },
    });
    await bad(dir.token, 'createOncallShift', 'input.endsAt', {
      input: {
        poolId: m.pool,
        startsAt: '2031-02-03T07:00:00Z',
        endsAt: '2031-02-03T06:00:00Z',
        agentId: agent.id,
        backupId: m.agent2,
      },
    });
    await bad(dir.token, 'deleteOncallShift', 'input.id', { input: { id: 'nope', version: 1 } });
    await bad(dir.token, 'generateOncallWeeks', 'input.weeks', {
      input: { poolId: m.pool, firstWeek: '2031-03-03', weeks: 40 },
    });
    await bad(dir.token, 'publishOncallPeriod', 'input.to', {
      input: { poolId: m.pool, from: '2031-01-13', to: '2031-01-07' },
    });
    await bad(agent.token, 'proposeOncallSwap', 'input.toUserId', {
      input: { shiftId: m.dayShift, role: 'BACKUP', toUserId: 'nope' },
    });
    await bad(dir.token, 'decideOncallSwap', 'input.swapId', { input: { swapId: 'nope', approve: false, version: 1 } });
    await bad(agent.token, 'logOncallCall', 'input.action', {
      input: {
        poolId: m.pool,
        receivedAt: '2031-01-08T21:30:00Z',
        callerKind: 'ECOLE',
        category: 'AUTRE',
        urgency: 'FAIBLE',
        action: '  ',
      },
    });
    await bad(agent.token, 'closeOncallFollowUp', 'input.callId', { input: { callId: 'nope', version: 1 } });
    await bad(dir.token, 'replaceOncallTemplates', 'input.templates.0.endTime', {
      input: {
        poolId: m.pool,
        version: 3,
        templates: [{ weekday: 1, startTime: '08:00', endTime: '25:00', agentId: agent.id, backupId: m.agent2 }],
      },
    });
    await bad(dir.token, 'setOncallPhone', 'input.onCallPhone', {
      input: { poolId: m.pool, userId: m.agent2, onCallPhone: 'demander à Marc' },
    });
    await bad(agent.token, 'withdrawOncallSwap', 'input.swapId', { input: { swapId: 'nope', version: 1 } });
  });

  it('a stale version gets CONFLICT and changes nothing', async () => {
    const stale = (token: string, field: keyof typeof M, variables: Record<string, unknown>) =>
      refused('stale', field, 'CONFLICT', null, M[field], variables, token);
    await stale(dir.token, 'updateOncallRules', {
      input: { poolId: m.pool, maxShiftHours: 12, minRestHours: 11, version: 1 },
    });
    await stale(dir.token, 'deleteOncallShift', { input: { id: m.dayShift, version: 1 } });
    await stale(dir.token, 'decideOncallSwap', { input: { swapId: m.swap, approve: false, version: 1 } });
    await stale(agent.token, 'closeOncallFollowUp', { input: { callId: m.call, version: 1 } });
    await stale(dir.token, 'replaceOncallTemplates', { input: { poolId: m.pool, version: 2, templates: [] } });
    await stale(agent.token, 'withdrawOncallSwap', { input: { swapId: m.withdrawn, version: 1 } });
  });
});

describe('CPMS contract mutations (as the Athénée’s head and the director of the Centre PMS de Liège 1)', () => {
  const head = {} as { token: string; id: string };
  const director = {} as { token: string; id: string };
  const m: Record<string, string> = {};
  const plan = {
    title: 'Plan de pilotage 2027-2033',
    startsOn: '2027-09-01',
    endsOn: '2033-08-31',
    objectives: [{ code: 'ABSENTEISME', wording: 'Moins de demi-jours d’absence injustifiée' }],
    midEvaluationOn: '2030-06-30',
    endEvaluationOn: '2033-06-30',
  };
  const text = {
    objectiveCodes: ['ABSENTEISME'],
    actions: ['Permanence hebdomadaire'],
    cpmsCommitments: 'Une permanence',
    schoolCommitments: 'Un local',
    informationFlows: [{ what: 'Absences', how: 'Courriel', consent: 'Les parents' }],
    indicators: [{ label: 'Absentéisme (%)', objectiveCode: 'ABSENTEISME', baseline: 8, target: 5 }],
  };
  const objectives = {
    title: 'Contrat d’objectifs 2027-2033',
    startsOn: '2027-09-01',
    endsOn: '2033-08-31',
    objectives: ['Un contrat avec chaque école'],
    indicators: [],
  };
  beforeAll(async () => {
    head.token = await t.login('direction.ecole@demo.test');
    head.id = await idOf(sql`select id from app_user where email = 'direction.ecole@demo.test'`);
    director.token = await t.login('direction.cpms@demo.test');
    director.id = await idOf(sql`select id from app_user where email = 'direction.cpms@demo.test'`);
    m.school = await idOf(sql`select id from organisation where name = 'Athénée royal Liège 1'`);
    m.centre = await idOf(sql`select id from organisation where name = 'Centre PMS de Liège 1'`);
  });
  const asHead = <K extends keyof typeof M>(field: K, variables: Record<string, unknown>) =>
    succeeds(field, M[field], variables, [], head);
  const asDirector = <K extends keyof typeof M>(field: K, variables: Record<string, unknown>) =>
    succeeds(field, M[field], variables, [], director);

  it('valid calls, each leaving exactly one audit event', async () => {
    const created = await asHead('createCpmsSchoolPlan', { input: { schoolId: m.school, ...plan } });
    expect(created.event).toMatchObject({ action: 'cpms_school_plan.create', subject_type: 'cpms_school_plan' });
    m.plan = created.data.id;
    expect(
      (await asHead('updateCpmsSchoolPlan', { input: { id: m.plan, version: 1, ...plan, title: 'Plan 2027' } })).data,
    ).toMatchObject({ version: 2 });
    const contract = await asDirector('createCpmsContract', { input: { cpmsId: m.centre, planId: m.plan, ...text } });
    expect(contract.event).toMatchObject({ action: 'cpms_contract.create', subject_type: 'cpms_contract' });
    m.contract = contract.data.id;
    expect(
      (await asDirector('updateCpmsContract', { input: { id: m.contract, version: 1, ...text } })).data,
    ).toMatchObject({ version: 2 });
    expect(
      (await asDirector('stepCpmsContract', { input: { id: m.contract, version: 2, action: 'NEGOTIATE' } })).data,
    ).toMatchObject({ version: 3, status: 'NEGOCIE' });
    expect(
      (await asDirector('signCpmsContract', { input: { id: m.contract, version: 3, party: 'CPMS' } })).data,
    ).toMatchObject({ version: 4, status: 'NEGOCIE' });
    const signed = await asHead('signCpmsContract', { input: { id: m.contract, version: 4, party: 'ECOLE' } });
    expect(signed.data).toMatchObject({ version: 5, status: 'SIGNE' });
    await asDirector('stepCpmsContract', { input: { id: m.contract, version: 5, action: 'START_EVALUATION' } });
    expect(
      (await asDirector('recordCpmsIndicatorsReached', { input: { id: m.contract, version: 6, reached: [4.5] } })).data,
    ).toMatchObject({ version: 7, indicators: [{ reached: 4.5, achieved: true }] });
    const exchange = await asHead('logCpmsExchange', {
      input: {
        contractId: m.contract,
        occurredOn: '2027-10-04',
        way: 'REUNION',
        participants: 'Direction, agent PMS',
        subject: 'Bilan du premier trimestre',
        agreed: 'Deux permanences en novembre.',
      },
    });
    expect(exchange.event).toMatchObject({ action: 'cpms_contract_exchange.create', subject_type: 'cpms_contract' });
    await asDirector('scheduleCpmsConcertation', {
      input: {
        contractId: m.contract,
        title: 'Concertation de rentrée',
        startsAt: '2027-09-14T08:00:00Z',
        endsAt: '2027-09-14T09:30:00Z',
        place: 'Athénée',
      },
    });
    const oc = await asDirector('createCpmsObjectivesContract', {
      input: { cpmsId: m.centre, ...objectives, contractIds: [m.contract] },
    });
    m.objectives = oc.data.id;
    expect(
      (
        await asDirector('updateCpmsObjectivesContract', {
          input: { id: m.objectives, version: 1, ...objectives, contractIds: [m.contract] },
        })
      ).data,
    ).toMatchObject({ version: 2 });
  });

  it('bad input names the field and changes nothing', async () => {
    const bad = (field: keyof typeof M, path: string, variables: Record<string, unknown>, token = director.token) =>
      refused('badInput', field, 'BAD_USER_INPUT', path, M[field], variables, token);
    await bad(
      'createCpmsSchoolPlan',
      'input.endsOn',
      { input: { schoolId: m.school, ...plan, endsOn: '2026-01-01' } },
      head.token,
    );
    await bad(
      'updateCpmsSchoolPlan',
      'input.objectives',
      { input: { id: m.plan, version: 2, ...plan, objectives: [] } },
      head.token,
    );
    await bad('createCpmsContract', 'input.objectiveCodes.0', {
      input: { cpmsId: m.centre, planId: m.plan, ...text, objectiveCodes: ['NUMERIQUE'] },
    });
    await bad('updateCpmsContract', 'input.actions.0', {
      input: { id: m.contract, version: 7, ...text, actions: [' '] },
    });
    await bad('stepCpmsContract', 'input.id', { input: { id: 'nope', version: 7, action: 'RECORD_EVALUATION' } });
    await bad('signCpmsContract', 'input.id', { input: { id: 'nope', version: 7, party: 'CPMS' } });
    await bad('recordCpmsIndicatorsReached', 'input.reached', {
      input: { id: m.contract, version: 7, reached: [1, 2] },
    });
    await bad('logCpmsExchange', 'input.agreed', {
      input: {
        contractId: m.contract,
        occurredOn: '2027-10-05',
        way: 'NOTE',
        participants: 'Direction',
        subject: 'Suivi',
        agreed: 'Élève né le 03/02/2014',
      },
    });
    await bad('scheduleCpmsConcertation', 'input.endsAt', {
      input: {
        contractId: m.contract,
        title: 'Concertation',
        startsAt: '2027-09-14T08:00:00Z',
        endsAt: '2027-09-14T07:00:00Z',
        place: 'Athénée',
      },
    });
    await bad('createCpmsObjectivesContract', 'input.title', {
      input: { cpmsId: m.centre, ...objectives, title: ' ', contractIds: [] },
    });
    await bad('updateCpmsObjectivesContract', 'input.contractIds.0', {
      input: { id: m.objectives, version: 2, ...objectives, contractIds: [UNKNOWN] },
    });
  });

  it('a stale version gets CONFLICT and changes nothing', async () => {
    const stale = (field: keyof typeof M, variables: Record<string, unknown>, token = director.token) =>
      refused('stale', field, 'CONFLICT', null, M[field], variables, token);
    await stale('updateCpmsSchoolPlan', { input: { id: m.plan, version: 1, ...plan } }, head.token);
    await stale('updateCpmsContract', { input: { id: m.contract, version: 1, ...text } });
    await stale('stepCpmsContract', { input: { id: m.contract, version: 1, action: 'RECORD_EVALUATION' } });
    await stale('signCpmsContract', { input: { id: m.contract, version: 1, party: 'CPMS' } });
    await stale('recordCpmsIndicatorsReached', { input: { id: m.contract, version: 1, reached: [3] } });
    await stale('updateCpmsObjectivesContract', {
      input: { id: m.objectives, version: 1, ...objectives, contractIds: [] },
    });
  });
});

describe('webhook mutations (as the admin, for a service account)', () => {
  const w: Record<string, string> = {};
  const create = (input: Record<string, unknown>) => ({ input: { serviceAccountId: w.account, ...input } });
  beforeAll(async () => {
    w.account = await idOf(
      sql`insert into app_user (email, display_name, password_hash) values ('si.recepteur@demo.test', 'SI récepteur', 'x') returning id`,
    );
    await owner(
      sql`insert into membership (user_id, organisation_id, roles) values (${w.account}, ${ids.mlOrg}, array['SERVICE_ACCOUNT'])`,
    );
  });

  it('valid calls, each leaving exactly one audit event', async () => {
    const created = await succeeds(
      'createWebhookEndpoint',
      M.createWebhookEndpoint,
      create({ url: 'http://127.0.0.1:9/recepteur?jeton=abc123', eventTypes: ['case.closed'] }),
      ['127.0.0.1', 'abc123'],
    );
    expect(created.data.endpoint).toMatchObject({ version: 1, eventTypes: ['case.closed'] });
    expect(created.data.secret).toMatch(/^whsec_/);
    w.endpoint = created.data.endpoint.id;
    const updated = await succeeds('updateWebhookEndpoint', M.updateWebhookEndpoint, {
      input: { id: w.endpoint, version: 1, eventTypes: ['case.closed', 'signal.received'] },
    });
    expect(updated.data).toMatchObject({ version: 2, eventTypes: ['case.closed', 'signal.received'] });
    const off = await succeeds('setWebhookEndpointEnabled', M.setWebhookEndpointEnabled, {
      id: w.endpoint,
      version: 2,
      enabled: false,
    });
    expect(off.data).toMatchObject({ version: 3, enabled: false });
    await succeeds('setWebhookEndpointEnabled', M.setWebhookEndpointEnabled, {
      id: w.endpoint,
      version: 3,
      enabled: true,
    });
    const rotated = await succeeds('rotateWebhookSecret', M.rotateWebhookSecret, { id: w.endpoint, version: 4 });
    expect(rotated.data.endpoint.version).toBe(5);
    const other = await succeeds(
      'createWebhookEndpoint',
      M.createWebhookEndpoint,
      create({ url: 'http://127.0.0.1:9/autre', eventTypes: ['clas.decision'] }),
    );
    expect(
      (await succeeds('deleteWebhookEndpoint', M.deleteWebhookEndpoint, { id: other.data.endpoint.id, version: 1 }))
        .data,
    ).toBe(true);
    w.delivery =
      await idOf(sql`insert into webhook_delivery (endpoint_id, event_id, event_type, object_type, object_id, occurred_at, status, attempts)
      values (${w.endpoint}, gen_random_uuid(), 'case.closed', 'Case', gen_random_uuid(), now(), 'FAILED', 12) returning id`);
  });

  it('bad input gets BAD_USER_INPUT naming the field, and changes nothing', async () => {
    const bad = (field: keyof typeof M, path: string, variables: Record<string, unknown>) =>
      refused('badInput', field, 'BAD_USER_INPUT', path, M[field], variables);
    await bad('createWebhookEndpoint', 'input.url', create({ url: 'pas une adresse', eventTypes: ['case.closed'] }));
    await bad(
      'createWebhookEndpoint',
      'input.eventTypes.0',
      create({ url: 'http://127.0.0.1:9/x', eventTypes: ['case.vanished'] }),
    );
    await bad('createWebhookEndpoint', 'input.serviceAccountId', {
      input: { serviceAccountId: ids.referentUser, url: 'http://127.0.0.1:9/x', eventTypes: ['case.closed'] },
    });
    await bad('updateWebhookEndpoint', 'input.url', { input: { id: w.endpoint, version: 5, url: 'ftp://x' } });
    await bad('setWebhookEndpointEnabled', 'id', { id: 'pas-un-id', version: 5, enabled: false });
    await bad('rotateWebhookSecret', 'id', { id: 'pas-un-id', version: 5 });
    await bad('deleteWebhookEndpoint', 'id', { id: 'pas-un-id', version: 5 });
    await bad('replayWebhookDelivery', 'deliveryId', { deliveryId: 'pas-un-id' });
  });

  it('a stale version gets CONFLICT and changes nothing', async () => {
    const stale = (field: keyof typeof M, variables: Record<string, unknown>) =>
      refused('stale', field, 'CONFLICT', null, M[field], variables);
    await stale('updateWebhookEndpoint', { input: { id: w.endpoint, version: 4, eventTypes: ['case.closed'] } });
    await stale('setWebhookEndpointEnabled', { id: w.endpoint, version: 4, enabled: false });
    await stale('rotateWebhookSecret', { id: w.endpoint, version: 4 });
    await stale('deleteWebhookEndpoint', { id: w.endpoint, version: 4 });
  });

  // Last: the delivery it queues is sent in the background (to a closed port), writing its attempt.
  it('replayWebhookDelivery', async () => {
    const { data } = await succeeds('replayWebhookDelivery', M.replayWebhookDelivery, { deliveryId: w.delivery });
    expect(data).toEqual({ id: w.delivery, status: 'PENDING' });
  });
});

describe('access request mutations (ProConnect, as the admin)', () => {
  const r: Record<string, string> = {};
  const pending = (email: string, sub: string) =>
    idOf(sql`insert into access_request (email, given_name, usual_name, siret, proconnect_sub)
             values (${email}, 'Prénom', 'Nom', '13001234500017', ${sub}) returning id`);
  beforeAll(async () => {
    r.first = await pending('demande.une@exemple.gouv.fr', 'sub-demande-une');
    r.second = await pending('demande.deux@exemple.gouv.fr', 'sub-demande-deux');
    r.third = await pending('caf@demo.test', 'sub-demande-trois');
  });
  const approve = (input: Record<string, unknown>) => ({
    input: { organisationId: ids.cafOrg, roles: ['VIEWER'], version: 1, ...input },
  });

  it('valid calls, each leaving exactly one audit event', async () => {
    const approved = await succeeds('approveAccessRequest', M.approveAccessRequest, approve({ id: r.first }), [
      'demande.une',
      'Prénom',
    ]);
    expect(approved.data).toMatchObject({
      status: 'APPROVED',
      version: 2,
      roles: ['VIEWER'],
      organisation: { id: ids.cafOrg },
      user: { email: 'demande.une@exemple.gouv.fr' },
    });
    expect(approved.event).toMatchObject({ action: 'access_request.approve', subject_id: r.first });
    const linked = await owner<{ user_id: string }>(
      sql`select user_id from proconnect_identity where sub = 'sub-demande-une'`,
    );
    expect(linked[0]!.user_id).toBe(approved.data.user!.id);
    const rejected = await succeeds('rejectAccessRequest', M.rejectAccessRequest, {
      input: { id: r.second, version: 1, reason: 'Hors du périmètre de Maillage.' },
    });
    expect(rejected.data).toMatchObject({ status: 'REJECTED', version: 2, reason: 'Hors du périmètre de Maillage.' });
  });

  it('bad input', async () => {
    const bad = (field: keyof typeof M, path: string, variables: Record<string, unknown>) =>
      refused('badInput', field, 'BAD_USER_INPUT', path, M[field], variables);
    await bad('approveAccessRequest', 'input.id', approve({ id: 'pas-un-id' }));
    await bad('approveAccessRequest', 'input.roles', approve({ id: r.third, roles: [] }));
    await bad('approveAccessRequest', 'input.roles', approve({ id: r.third, roles: ['SERVICE_ACCOUNT'] }));
    await bad('approveAccessRequest', 'input.organisationId', approve({ id: r.third, organisationId: UNKNOWN }));
    await bad('rejectAccessRequest', 'input.reason', { input: { id: r.third, version: 1, reason: '  ' } });
    await bad('rejectAccessRequest', 'input.id', { input: { id: 'pas-un-id', version: 1, reason: 'Motif du refus' } });
    // An organisation's SIRET: 14 digits.
    await bad('updateOrganisation', 'input.siret', { input: { id: ids.cafOrg, version: 1, siret: '1300123450001' } });
  });

  it('a stale version, a decided request, an e-mail already an account’s', async () => {
    await refused(
      'stale',
      'approveAccessRequest',
      'CONFLICT',
      null,
      M.approveAccessRequest,
      approve({ id: r.third, version: 2 }),
    );
    await refused('stale', 'rejectAccessRequest', 'CONFLICT', null, M.rejectAccessRequest, {
      input: { id: r.third, version: 2, reason: 'Motif du refus' },
    });
    const decided = await t.gql(adminToken, M.rejectAccessRequest, {
      input: { id: r.first, version: 2, reason: 'Motif du refus' },
    });
    expect(decided.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'TRANSITION_REFUSED' });
    await refused(
      'duplicate',
      'approveAccessRequest',
      'CONFLICT',
      'input.id',
      M.approveAccessRequest,
      approve({ id: r.third }),
    );
  });

  it('a SIRET already an organisation’s', async () => {
    const [caf] = await owner<{ version: number }>(sql`select version from organisation where id = ${ids.cafOrg}`);
    await succeeds('updateOrganisation', M.updateOrganisation, {
      input: { id: ids.cafOrg, version: caf!.version, siret: '130 012 345 00017' },
    });
    const [ml] = await owner<{ version: number }>(sql`select version from organisation where id = ${ids.mlOrg}`);
    await refused('duplicate', 'updateOrganisation', 'CONFLICT', 'input.siret', M.updateOrganisation, {
      input: { id: ids.mlOrg, version: ml!.version, siret: '13001234500017' },
    });
  });
});

describe('coverage', () => {
  it('every webhook event type is raised by the mutations above (their fan-out jobs)', async () => {
    const rows = await owner<{ type: string }>(
      sql`select distinct e->>'type' as type from pgboss.job j, jsonb_array_elements(j.data->'events') e where j.name = 'webhook-fanout'`,
    );
    expect(rows.map((r) => r.type).sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort());
  });

  it('covers every Mutation field of the schema: valid input, bad input, and a stale version where it applies', () => {
    const fields = mutationFields();
    const all = Object.keys(fields).sort();
    expect(Object.keys(M).sort()).toEqual(all);
    expect([...covered.valid].sort()).toEqual(all);
    // A mutation without arguments (revokeOtherSessions) has no input to get wrong.
    const withInput = Object.values(fields)
      .filter((f) => (f as GraphQLField<unknown, unknown>).args.length > 0)
      .map((f) => f.name)
      .sort();
    expect([...covered.badInput].sort()).toEqual(withInput);
    const versioned = Object.values(fields)
      .filter((f) => takesVersion(f as GraphQLField<unknown, unknown>))
      .map((f) => f.name)
      .sort();
    expect(versioned.length).toBeGreaterThan(0);
    expect([...covered.stale].sort()).toEqual(versioned);
    expect(covered.duplicate.size).toBeGreaterThan(0);
  });

  it('the mutation type is the one of the executable schema', () => {
    expect((t.app.graphql.schema.getType('Mutation') as GraphQLObjectType).name).toBe('Mutation');
  });
});
