import { sql } from 'drizzle-orm';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { allResolvers } from '../app.js';
import { DEMO_USERS } from '../demo/seed.js';
import { POLICY, guard, policies, type Policy } from './authz.js';

let t: TestApp;
let adminToken: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  adminToken = await t.login('admin@demo.test');
  const one = async (q: ReturnType<typeof sql>) => (await t.database.db.execute<{ id: string }>(q)).rows[0]!.id;
  ids.user = await one(sql`select id from app_user where email = 'caf@demo.test'`);
  ids.organisation = await one(sql`select id from organisation where name = 'CAF du Cher'`);
  ids.territory = await one(sql`select id from territory where code = '18'`);
  ids.membership = await one(
    sql`select m.id from membership m join app_user u on u.id = m.user_id where u.email = 'caf@demo.test'`,
  );
});
afterAll(() => t.close());

type ResolverMap = Record<string, Record<string, unknown>>;
const ROOTS = ['Query', 'Mutation', 'Subscription'] as const;

/** Root fields of the schema whose resolver declares no policy (or that have no resolver at all). */
function fieldsWithoutPolicy(schema: GraphQLSchema, resolvers: ResolverMap): string[] {
  const missing: string[] = [];
  for (const root of ROOTS) {
    const type = schema.getType(root);
    if (!type || !('getFields' in type)) continue;
    for (const field of Object.keys(type.getFields())) {
      const resolver = resolvers[root]?.[field] as { [POLICY]?: Policy } | undefined;
      if (typeof resolver !== 'function' || !resolver[POLICY]) missing.push(`${root}.${field}`);
    }
  }
  return missing;
}

const policyOf = (root: string, field: string) => (allResolvers()[root]![field] as { [POLICY]: Policy })[POLICY];

const rootFields = (root: 'Query' | 'Mutation') =>
  Object.keys((t.app.graphql.schema.getType(root) as { getFields(): object }).getFields());

/** One well-formed call of every root field; a field added to the schema must get one here. */
const calls: Record<string, () => { query: string; variables?: Record<string, unknown> }> = {
  'Query.me': () => ({ query: '{ me { user { id } } }' }),
  'Query.changes': () => ({ query: '{ changes(first: 1) { endCursor hasMore } }' }),
  'Query.organisations': () => ({ query: '{ organisations { totalCount } }' }),
  'Query.organisation': () => ({
    query: 'query($id: ID!) { organisation(id: $id) { id } }',
    variables: { id: ids.organisation },
  }),
  'Query.territories': () => ({ query: '{ territories { totalCount } }' }),
  'Query.users': () => ({ query: '{ users { totalCount nodes { email } } }' }),
  'Query.user': () => ({ query: 'query($id: ID!) { user(id: $id) { email } }', variables: { id: ids.user } }),
  'Query.auditEvents': () => ({ query: '{ auditEvents { totalCount } }' }),
  'Query.apiKeys': () => ({ query: 'query($id: ID!) { apiKeys(userId: $id) { id } }', variables: { id: ids.user } }),
  'Query.trustedDocuments': () => ({
    query: 'query($id: ID!) { trustedDocuments(userId: $id) { id } }',
    variables: { id: ids.user },
  }),
  'Query.accessRequests': () => ({ query: '{ accessRequests { id } }' }),
  'Query.platforms': () => ({ query: '{ platforms { id name } }' }),
  'Query.platform': () => ({ query: 'query($id: ID!) { platform(id: $id) { id } }', variables: { id: ids.territory } }),
  'Query.cases': () => ({
    query: 'query($p: ID!) { cases(platformId: $p) { totalCount } }',
    variables: { p: ids.territory },
  }),
  'Query.assignedCases': () => ({ query: '{ assignedCases { totalCount } }' }),
  'Query.referentCasesCount': () => ({ query: '{ referentCasesCount }' }),
  'Query.case': () => ({ query: 'query($id: ID!) { case(id: $id) { id } }', variables: { id: ids.territory } }),
  'Query.psadDashboard': () => ({
    query: 'query($p: ID!) { psadDashboard(platformId: $p) { total } }',
    variables: { p: ids.territory },
  }),
  'Mutation.assignCases': () => ({
    query:
      'mutation($p: ID!, $c: ID!, $o: ID!) { assignCases(platformId: $p, cases: [{ id: $c, version: 1 }], organisationId: $o) { id } }',
    variables: { p: ids.territory, c: ids.territory, o: ids.organisation },
  }),
  'Mutation.reassignCase': () => ({
    query: 'mutation($c: ID!, $o: ID!) { reassignCase(caseId: $c, version: 1, organisationId: $o) { id } }',
    variables: { c: ids.territory, o: ids.organisation },
  }),
  'Mutation.recordContactAttempt': () => ({
    query:
      'mutation($c: ID!) { recordContactAttempt(caseId: $c, version: 1, attemptedAt: "2026-01-01T10:00:00Z", channel: SMS, result: JOINT) { id } }',
    variables: { c: ids.territory },
  }),
  'Mutation.recordSituationCheck': () => ({
    query: 'mutation($c: ID!) { recordSituationCheck(caseId: $c, version: 1, finding: INCONNUE) { id } }',
    variables: { c: ids.territory },
  }),
  'Mutation.recordSolution': () => ({
    query: 'mutation($c: ID!) { recordSolution(caseId: $c, version: 1, type: EMPLOI, startDate: "2026-01-01") { id } }',
    variables: { c: ids.territory },
  }),
  'Mutation.closeCase': () => ({
    query: 'mutation($c: ID!) { closeCase(caseId: $c, version: 1, outcome: REFUS) { id } }',
    variables: { c: ids.territory },
  }),
  'Mutation.reopenCase': () => ({
    query: 'mutation($c: ID!) { reopenCase(caseId: $c) { id } }',
    variables: { c: ids.territory },
  }),
  'Query.incomingTransfers': () => ({ query: '{ incomingTransfers { id } }' }),
  'Query.partnerCounsellors': () => ({
    query: 'query($p: ID!, $o: ID!) { partnerCounsellors(platformId: $p, organisationId: $o) { id } }',
    variables: { p: ids.territory, o: ids.organisation },
  }),
  'Mutation.proposeTransfer': () => ({
    query:
      'mutation($c: ID!, $o: ID!) { proposeTransfer(caseId: $c, version: 1, toOrganisationId: $o, reason: "Motif") { id } }',
    variables: { c: ids.territory, o: ids.organisation },
  }),
  'Mutation.acceptTransfer': () => ({
    query: 'mutation($id: ID!) { acceptTransfer(transferId: $id) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.refuseTransfer': () => ({
    query: 'mutation($id: ID!) { refuseTransfer(transferId: $id, reason: "Motif") { id } }',
    variables: { id: ids.territory },
  }),
  'Query.outgoingTransfers': () => ({ query: '{ outgoingTransfers { id } }' }),
  'Mutation.cancelTransfer': () => ({
    query: 'mutation($id: ID!) { cancelTransfer(transferId: $id) { id } }',
    variables: { id: ids.territory },
  }),
  'Query.youngPersonDuplicates': () => ({
    query: 'query($p: ID!) { youngPersonDuplicates(platformId: $p) { reason } }',
    variables: { p: ids.territory },
  }),
  'Mutation.mergeYoungPeople': () => ({
    query:
      'mutation($p: ID!, $a: ID!, $b: ID!) { mergeYoungPeople(platformId: $p, keepId: $a, keepVersion: 1, mergeId: $b, mergeVersion: 1) { id } }',
    variables: { p: ids.territory, a: ids.territory, b: ids.organisation },
  }),
  'Query.imports': () => ({
    query: 'query($p: ID!) { imports(platformId: $p) { id } }',
    variables: { p: ids.territory },
  }),
  'Query.import': () => ({ query: 'query($id: ID!) { import(id: $id) { id } }', variables: { id: ids.territory } }),
  'Mutation.signalYoungPerson': () => ({
    query:
      'mutation($p: ID!) { signalYoungPerson(input: { platformId: $p, sourceKind: EPLE, lastName: "Signalé", firstNames: "Test", birthDate: "2008-01-01" }) { matched } }',
    variables: { p: ids.territory },
  }),
  'Mutation.createPlatform': () => ({
    query:
      'mutation($t: ID!, $u: ID!) { createPlatform(input: { name: "PSAD pirate", territoryId: $t, referentIds: [$u], partnerIds: [] }) { id } }',
    variables: { t: ids.territory, u: ids.user },
  }),
  'Mutation.updatePlatform': () => ({
    query: 'mutation($id: ID!) { updatePlatform(input: { id: $id, version: 1, name: "Renommée" }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.createApiKey': () => ({
    query:
      'mutation($id: ID!) { createApiKey(input: { userId: $id, name: "Clé pirate", scopes: ["directory:read"], expiresOn: "2099-01-01" }) { secret } }',
    variables: { id: ids.user },
  }),
  'Mutation.setApiKeyRateLimit': () => ({
    query: 'mutation($id: ID!) { setApiKeyRateLimit(id: $id, rateLimitPerMinute: 10) { id } }',
    variables: { id: ids.user },
  }),
  'Mutation.revokeApiKey': () => ({
    query: 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }',
    variables: { id: ids.user },
  }),
  'Mutation.registerTrustedDocuments': () => ({
    query: 'mutation($id: ID!) { registerTrustedDocuments(userId: $id, documents: ["{ me { roles } }"]) { id } }',
    variables: { id: ids.user },
  }),
  'Mutation.removeTrustedDocument': () => ({
    query: 'mutation($id: ID!) { removeTrustedDocument(id: $id) { id } }',
    variables: { id: ids.user },
  }),
  'Mutation.approveAccessRequest': () => ({
    query:
      'mutation($id: ID!, $o: ID!) { approveAccessRequest(input: { id: $id, version: 1, organisationId: $o, roles: [VIEWER] }) { id } }',
    variables: { id: ids.user, o: ids.organisation },
  }),
  'Mutation.rejectAccessRequest': () => ({
    query: 'mutation($id: ID!) { rejectAccessRequest(input: { id: $id, version: 1, reason: "Inconnu" }) { id } }',
    variables: { id: ids.user },
  }),
  'Mutation.createOrganisation': () => ({
    query: 'mutation { createOrganisation(input: { name: "Organisation pirate", kind: OTHER }) { id } }',
  }),
  'Mutation.updateOrganisation': () => ({
    query: 'mutation($id: ID!) { updateOrganisation(input: { id: $id, version: 1, name: "Renommée" }) { id } }',
    variables: { id: ids.organisation },
  }),
  'Mutation.setOrganisationActive': () => ({
    query: 'mutation($id: ID!) { setOrganisationActive(id: $id, version: 1, active: false) { id } }',
    variables: { id: ids.organisation },
  }),
  'Mutation.createTerritory': () => ({
    query: 'mutation { createTerritory(input: { kind: COMMUNE, code: "18999", name: "Nulle-part" }) { id } }',
  }),
  'Mutation.createUser': () => ({
    query:
      'mutation($org: ID!) { createUser(input: { email: "intrus@demo.test", displayName: "Intrus", password: "a-long-enough-password", memberships: [{ organisationId: $org, roles: [ADMIN] }] }) { id } }',
    variables: { org: ids.organisation },
  }),
  'Mutation.updateUser': () => ({
    query:
      'mutation($id: ID!) { updateUser(input: { id: $id, version: 1, password: "a-long-enough-password" }) { id } }',
    variables: { id: ids.user },
  }),
  'Mutation.setUserActive': () => ({
    query: 'mutation($id: ID!) { setUserActive(id: $id, version: 1, active: false) { id } }',
    variables: { id: ids.user },
  }),
  'Mutation.unlockUser': () => ({
    query: 'mutation($id: ID!) { unlockUser(id: $id, version: 1) { id } }',
    variables: { id: ids.user },
  }),
  'Mutation.addMembership': () => ({
    query:
      'mutation($user: ID!, $org: ID!) { addMembership(userId: $user, input: { organisationId: $org, roles: [ADMIN] }) { id } }',
    variables: { user: ids.user, org: ids.organisation },
  }),
  'Mutation.updateMembershipRoles': () => ({
    query: 'mutation($id: ID!) { updateMembershipRoles(id: $id, version: 1, roles: [ADMIN]) { id } }',
    variables: { id: ids.membership },
  }),
  'Mutation.removeMembership': () => ({
    query: 'mutation($id: ID!) { removeMembership(id: $id, version: 1) }',
    variables: { id: ids.membership },
  }),
  'Mutation.changeOwnPassword': () => ({
    query: 'mutation { changeOwnPassword(currentPassword: "demo-maillage", newPassword: "another-long-password") }',
  }),
  // Sessions (issue 21): a user's own.
  'Query.mySessions': () => ({ query: '{ mySessions { id current } }' }),
  'Mutation.revokeSession': () => ({
    query: 'mutation($id: ID!) { revokeSession(id: $id) }',
    variables: { id: ids.territory },
  }),
  'Mutation.revokeOtherSessions': () => ({ query: 'mutation { revokeOtherSessions }' }),
  // Notifications, the e-mail outbox and background jobs (issue 16).
  'Query.myNotifications': () => ({ query: '{ myNotifications { totalCount } }' }),
  'Query.myUnreadNotificationCount': () => ({ query: '{ myUnreadNotificationCount }' }),
  'Query.myNotificationPreferences': () => ({ query: '{ myNotificationPreferences { kind mode } }' }),
  'Mutation.markNotificationsRead': () => ({
    query: 'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
    variables: { ids: [ids.territory] },
  }),
  'Mutation.markAllNotificationsRead': () => ({ query: 'mutation { markAllNotificationsRead }' }),
  'Mutation.setNotificationPreferences': () => ({
    query:
      'mutation { setNotificationPreferences(preferences: [{ kind: SECURITY_PASSWORD_CHANGED, mode: IMMEDIATE }]) { kind } }',
  }),
  'Query.outboxEmails': () => ({ query: '{ outboxEmails { totalCount } }' }),
  'Query.outboxEmail': () => ({
    query: 'query($id: ID!) { outboxEmail(id: $id) { id } }',
    variables: { id: ids.territory },
  }),
  'Query.backgroundQueues': () => ({ query: '{ backgroundQueues { name } }' }),
  'Query.backgroundJobs': () => ({ query: '{ backgroundJobs { totalCount } }' }),
  'Mutation.retryBackgroundJob': () => ({
    query: 'mutation($id: ID!) { retryBackgroundJob(queue: "notification-fanout", id: $id) { id } }',
    variables: { id: ids.territory },
  }),
  // CLAS (issue 5). A placeholder uuid stands for projects and groups: the checks here come before any lookup.
  'Query.clasProjects': () => ({ query: '{ clasProjects { totalCount } }' }),
  'Query.clasProject': () => ({
    query: 'query($id: ID!) { clasProject(id: $id) { id } }',
    variables: { id: ids.territory },
  }),
  'Query.clasYearConfig': () => ({ query: '{ clasYearConfig(schoolYear: "2026-2027") { ratePercent } }' }),
  'Query.clasWaitingSchoolYears': () => ({ query: '{ clasWaitingSchoolYears }' }),
  'Query.clasDashboard': () => ({ query: '{ clasDashboard(schoolYear: "2026-2027") { projects } }' }),
  'Query.cpmsIndicators': () => ({ query: '{ cpmsIndicators(year: 2026) { year tables { key } } }' }),
  'Query.parcoursIndicators': () => ({
    query: '{ parcoursIndicators { persons referencesProposed byStatus { status count } } }',
  }),
  'Mutation.createClasProject': () => ({
    query: `mutation($o: ID!) { createClasProject(organisationId: $o, content: { title: "Projet pirate", schoolYear: "2026-2027", charterSigned: true,
      inDepartmentalFramework: true, activityKinds: [CULTUREL], localPartners: [], schools: [], parentActions: [], concertationActions: [], groups: [] }) { id } }`,
    variables: { o: ids.organisation },
  }),
  'Mutation.updateClasProject': () => ({
    query: `mutation($id: ID!) { updateClasProject(id: $id, version: 1, content: { title: "Projet pirate", schoolYear: "2026-2027", charterSigned: true,
      inDepartmentalFramework: true, activityKinds: [CULTUREL], localPartners: [], schools: [], parentActions: [], concertationActions: [], groups: [] }) { id } }`,
    variables: { id: ids.territory },
  }),
  'Mutation.submitClasProject': () => ({
    query: 'mutation($id: ID!) { submitClasProject(id: $id, version: 1) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.examineClasProject': () => ({
    query: 'mutation($id: ID!) { examineClasProject(id: $id, version: 1) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.decideClasProject': () => ({
    query:
      'mutation($id: ID!) { decideClasProject(input: { projectId: $id, version: 1, decision: ACCEPTE, reasons: "", amountGrantedCents: 100 }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.commentClasProject': () => ({
    query: 'mutation($id: ID!) { commentClasProject(projectId: $id, body: "Bonjour") { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.logClasSession': () => ({
    query: 'mutation($id: ID!) { logClasSession(groupId: $id, heldOn: "2026-01-06", childrenPresent: 8) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.logClasActivity': () => ({
    query:
      'mutation($id: ID!) { logClasActivity(projectId: $id, kind: PARENT_ACTION, heldOn: "2026-01-06", title: "Café des parents") { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.setClasRoster': () => ({
    query: 'mutation($id: ID!) { setClasRoster(groupId: $id, names: ["Enfant"]) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.submitClasBilan': () => ({
    query: 'mutation($id: ID!) { submitClasBilan(projectId: $id, version: 1, assessment: "Bilan") { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.closeClasProject': () => ({
    query: 'mutation($id: ID!) { closeClasProject(id: $id, version: 1) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.setClasYearConfig': () => ({
    query: `mutation { setClasYearConfig(input: { schoolYear: "2026-2027", ratePercent: 99, ceilingCentsPerGroup: 1, minChildren: 1, maxChildren: 50, maxChildrenPerAdult: 50,
      warnChildrenPerAdult: 50, recommendedSessionsPerWeek: 1, latestStartDate: "2027-06-01", earliestEndDate: "2027-06-30", maxBreakWeeks: 52, classHours: [] }) { version } }`,
  }),
  // Référence de parcours (issue 6). A placeholder uuid stands for persons, entries, references, goals, actions, consents and meetings.
  'Query.accompaniedPersons': () => ({ query: '{ accompaniedPersons { totalCount } }' }),
  'Query.accompaniedPerson': () => ({
    query: 'query($id: ID!) { accompaniedPerson(id: $id) { id } }',
    variables: { id: ids.territory },
  }),
  'Query.parcoursProfessionals': () => ({
    query: 'query($o: ID!) { parcoursProfessionals(organisationId: $o, search: "a") { id displayName roles } }',
    variables: { o: ids.organisation },
  }),
  'Mutation.createAccompaniedPerson': () => ({
    query:
      'mutation($o: ID!) { createAccompaniedPerson(person: { lastName: "Pirate", firstNames: "Test", domiciled: false }, organisationId: $o, mission: "Mission") { id } }',
    variables: { o: ids.organisation },
  }),
  'Mutation.updateAccompaniedPerson': () => ({
    query:
      'mutation($id: ID!) { updateAccompaniedPerson(id: $id, version: 1, person: { lastName: "Pirate", firstNames: "Test", domiciled: false }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.addAccompanimentMember': () => ({
    query:
      'mutation($p: ID!, $o: ID!) { addAccompanimentMember(input: { personId: $p, professionalName: "Pirate", organisationId: $o, mission: "Mission", since: "2026-01-01" }) { id } }',
    variables: { p: ids.territory, o: ids.organisation },
  }),
  'Mutation.endAccompanimentMember': () => ({
    query: 'mutation($id: ID!) { endAccompanimentMember(memberId: $id, until: "2026-01-01") { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.proposeReference': () => ({
    query: 'mutation($p: ID!) { proposeReference(personId: $p) { id } }',
    variables: { p: ids.territory },
  }),
  'Mutation.decideReference': () => ({
    query: 'mutation($id: ID!) { decideReference(input: { type: REFUSE, referenceId: $id, version: 1 }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.addPlanGoal': () => ({
    query: 'mutation($p: ID!) { addPlanGoal(personId: $p, theme: LOGEMENT, title: "Objectif") { id } }',
    variables: { p: ids.territory },
  }),
  'Mutation.addPlanAction': () => ({
    query: 'mutation($g: ID!) { addPlanAction(input: { goalId: $g, title: "Action" }) { id } }',
    variables: { g: ids.territory },
  }),
  'Mutation.updatePlanAction': () => ({
    query: 'mutation($id: ID!) { updatePlanAction(input: { id: $id, version: 1, status: REALISEE }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.addCompetence': () => ({
    query: 'mutation($p: ID!) { addCompetence(personId: $p, kind: COMPETENCE, label: "Cuisine") { id } }',
    variables: { p: ids.territory },
  }),
  'Mutation.removeCompetence': () => ({
    query: 'mutation($id: ID!) { removeCompetence(id: $id) }',
    variables: { id: ids.territory },
  }),
  'Mutation.recordConsent': () => ({
    query: 'mutation($p: ID!) { recordConsent(input: { personId: $p, kind: INFORMATION_TRAITEMENT }) { id } }',
    variables: { p: ids.territory },
  }),
  'Mutation.withdrawConsent': () => ({
    query: 'mutation($id: ID!) { withdrawConsent(id: $id) { id } }',
    variables: { id: ids.territory },
  }),
  'Query.psadBilan': () => ({
    query: 'query($p: ID!) { psadBilan(platformId: $p) { masked } }',
    variables: { p: ids.territory },
  }),
  'Query.regionalBilan': () => ({ query: '{ regionalBilan { periodFrom } }' }),
  'Mutation.saveBilanSections': () => ({
    query:
      'mutation($p: ID!) { saveBilanSections(input: { platformId: $p, from: "2025-09-01", to: "2026-08-31", version: 0, sections: { besoins: "B" } }) { sectionsVersion } }',
    variables: { p: ids.territory },
  }),
  'Query.meetings': () => ({ query: '{ meetings { totalCount } }' }),
  'Query.meeting': () => ({ query: 'query($id: ID!) { meeting(id: $id) { id } }', variables: { id: ids.territory } }),
  'Query.cioMeetings': () => ({
    query: 'query($c: ID!) { cioMeetings(cioId: $c) { totalCount } }',
    variables: { c: ids.organisation },
  }),
  'Mutation.scheduleMeeting': () => ({
    query:
      'mutation($p: ID!) { scheduleMeeting(input: { platformId: $p, kind: COTECH, title: "Cotech", startsAt: "2030-01-01T09:00:00Z", endsAt: "2030-01-01T11:00:00Z", place: "Salle" }) { id } }',
    variables: { p: ids.territory },
  }),
  'Mutation.updateMeeting': () => ({
    query: 'mutation($id: ID!) { updateMeeting(input: { id: $id, version: 1, title: "Cotech" }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.cancelMeeting': () => ({
    query: 'mutation($id: ID!) { cancelMeeting(input: { id: $id, version: 1 }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.recordAttendance': () => ({
    query:
      'mutation($id: ID!) { recordAttendance(input: { meetingId: $id, version: 1, entries: [{ inviteeId: $id, attendance: PRESENT }] }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.recordMinutes': () => ({
    query:
      'mutation($id: ID!) { recordMinutes(input: { meetingId: $id, version: 1, minutes: "CR", decisions: [] }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.addMeetingAction': () => ({
    query:
      'mutation($id: ID!) { addMeetingAction(input: { meetingId: $id, title: "Action", ownerName: "ML" }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.updateMeetingAction': () => ({
    query: 'mutation($id: ID!) { updateMeetingAction(input: { id: $id, version: 1, status: FAITE }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.decideSituation': () => ({
    query:
      'mutation($id: ID!) { decideSituation(input: { meetingId: $id, caseId: $id, caseVersion: 1, decision: REVOIR }) { caseId } }',
    variables: { id: ids.territory },
  }),
  'Query.solutionOffers': () => ({ query: '{ solutionOffers { nodes { id } } }' }),
  'Query.platformActions': () => ({ query: '{ platformActions { nodes { id } } }' }),
  'Query.veilleDocuments': () => ({ query: '{ veilleDocuments { nodes { id } } }' }),
  'Query.orientationCios': () => ({ query: '{ orientationCios { id people { id } } }' }),
  'Query.orientationPeriods': () => ({
    query: 'query($c: ID!) { orientationPeriods(cioId: $c, schoolYear: "2026-2027") { id } }',
    variables: { c: ids.organisation },
  }),
  'Query.orientationNetworks': () => ({
    query: 'query($c: ID!) { orientationNetworks(cioId: $c) { id warnings } }',
    variables: { c: ids.organisation },
  }),
  'Query.orientationNetwork': () => ({
    query: 'query($id: ID!) { orientationNetwork(id: $id) { id } }',
    variables: { id: ids.territory },
  }),
  'Query.orientationTimetable': () => ({
    query: 'query($p: ID!) { orientationTimetable(periodId: $p) { id } }',
    variables: { p: ids.territory },
  }),
  'Query.orientationServiceCheck': () => ({
    query: 'query($c: ID!) { orientationServiceCheck(cioId: $c, schoolYear: "2026-2027") { uncovered { periodId } } }',
    variables: { c: ids.organisation },
  }),
  'Query.orientationDuties': () => ({
    query: 'query($c: ID!) { orientationDuties(cioId: $c) { id } }',
    variables: { c: ids.organisation },
  }),
  'Query.orientationTransversalFiles': () => ({
    query: 'query($c: ID!) { orientationTransversalFiles(cioId: $c) { id } }',
    variables: { c: ids.organisation },
  }),
  'Mutation.createOrientationPeriod': () => ({
    query:
      'mutation($c: ID!) { createOrientationPeriod(input: { cioId: $c, schoolYear: "2026-2027", name: "Vœux", startsOn: "2027-01-04", endsOn: "2027-03-31" }) { id } }',
    variables: { c: ids.organisation },
  }),
  'Mutation.updateOrientationPeriod': () => ({
    query:
      'mutation($id: ID!) { updateOrientationPeriod(input: { id: $id, version: 1, schoolYear: "2026-2027", name: "Vœux", startsOn: "2027-01-04", endsOn: "2027-03-31" }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.deleteOrientationPeriod': () => ({
    query: 'mutation($id: ID!) { deleteOrientationPeriod(input: { id: $id, version: 1 }) }',
    variables: { id: ids.territory },
  }),
  'Mutation.createOrientationNetwork': () => ({
    query:
      'mutation($c: ID!) { createOrientationNetwork(input: { cioId: $c, name: "Réseau", headSchoolId: $c, schoolIds: [], psyenIds: [] }) { id } }',
    variables: { c: ids.organisation },
  }),
  'Mutation.updateOrientationNetwork': () => ({
    query:
      'mutation($id: ID!) { updateOrientationNetwork(input: { id: $id, version: 1, name: "Réseau", headSchoolId: $id, schoolIds: [], psyenIds: [] }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.deleteOrientationNetwork': () => ({
    query: 'mutation($id: ID!) { deleteOrientationNetwork(input: { id: $id, version: 1 }) }',
    variables: { id: ids.territory },
  }),
  'Mutation.setPsyenQuotity': () => ({
    query:
      'mutation($c: ID!, $u: ID!) { setPsyenQuotity(input: { cioId: $c, userId: $u, version: 1, quotityPercent: 80 }) { version } }',
    variables: { c: ids.organisation, u: ids.user },
  }),
  'Mutation.setPsyenWeek': () => ({
    query:
      'mutation($c: ID!, $u: ID!) { setPsyenWeek(input: { cioId: $c, periodId: $c, userId: $u, version: 1, slots: [] }) { id } }',
    variables: { c: ids.organisation, u: ids.user },
  }),
  'Mutation.createOrientationDuty': () => ({
    query:
      'mutation($c: ID!) { createOrientationDuty(input: { cioId: $c, label: "Organiser le temps", cells: [] }) { id } }',
    variables: { c: ids.organisation },
  }),
  'Mutation.updateOrientationDuty': () => ({
    query:
      'mutation($id: ID!) { updateOrientationDuty(input: { id: $id, version: 1, label: "Organiser", cells: [] }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.deleteOrientationDuty': () => ({
    query: 'mutation($id: ID!) { deleteOrientationDuty(input: { id: $id, version: 1 }) }',
    variables: { id: ids.territory },
  }),
  'Mutation.createTransversalFile': () => ({
    query:
      'mutation($c: ID!) { createTransversalFile(input: { cioId: $c, kind: FOQUALE, title: "FOQUALE", since: "2026-09-01", status: EN_COURS, documentLinks: [] }) { id } }',
    variables: { c: ids.organisation },
  }),
  'Mutation.updateTransversalFile': () => ({
    query:
      'mutation($id: ID!) { updateTransversalFile(input: { id: $id, version: 1, kind: FOQUALE, title: "FOQUALE", since: "2026-09-01", status: EN_COURS, documentLinks: [] }) { id } }',
    variables: { id: ids.territory },
  }),
  'Query.workPlans': () => ({
    query: 'query($c: ID!) { workPlans(cioId: $c) { id actions { id } } }',
    variables: { c: ids.organisation },
  }),
  'Query.workPlan': () => ({ query: 'query($id: ID!) { workPlan(id: $id) { id } }', variables: { id: ids.territory } }),
  'Mutation.createWorkPlan': () => ({
    query:
      'mutation($c: ID!) { createWorkPlan(input: { cioId: $c, title: "Plan", startMonth: "2026-09", endMonth: "2027-08" }) { id } }',
    variables: { c: ids.organisation },
  }),
  'Mutation.updateWorkPlan': () => ({
    query:
      'mutation($id: ID!) { updateWorkPlan(input: { id: $id, version: 1, title: "Plan", startMonth: "2026-09", endMonth: "2027-08" }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.createWorkPlanAction': () => ({
    query:
      'mutation($p: ID!) { createWorkPlanAction(input: { workPlanId: $p, title: "Action", roles: [PSYEN], personIds: [], startMonth: "2026-09", endMonth: "2026-10", status: A_FAIRE }) { id } }',
    variables: { p: ids.territory },
  }),
  'Mutation.updateWorkPlanAction': () => ({
    query:
      'mutation($id: ID!) { updateWorkPlanAction(input: { id: $id, version: 1, title: "Action", roles: [PSYEN], personIds: [], startMonth: "2026-09", endMonth: "2026-10", status: FAIT }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.deleteWorkPlan': () => ({
    query: 'mutation($id: ID!) { deleteWorkPlan(input: { id: $id, version: 1 }) }',
    variables: { id: ids.territory },
  }),
  'Mutation.deleteWorkPlanAction': () => ({
    query: 'mutation($id: ID!) { deleteWorkPlanAction(input: { id: $id, version: 1 }) }',
    variables: { id: ids.territory },
  }),
  'Mutation.setWorkPlanActionStatus': () => ({
    query: 'mutation($id: ID!) { setWorkPlanActionStatus(input: { id: $id, version: 1, status: FAIT }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.addWorkPlanComment': () => ({
    query: 'mutation($id: ID!) { addWorkPlanComment(input: { workPlanActionId: $id, body: "Vu" }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.createSolutionOffer': () => ({
    query:
      'mutation($p: ID!) { createSolutionOffer(input: { platformId: $p, name: "Garantie jeunes", solutionType: ACCOMPAGNEMENT_ML }) { id } }',
    variables: { p: ids.territory },
  }),
  'Mutation.updateSolutionOffer': () => ({
    query:
      'mutation($id: ID!) { updateSolutionOffer(input: { id: $id, version: 1, name: "Garantie jeunes", solutionType: ACCOMPAGNEMENT_ML }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.deleteSolutionOffer': () => ({
    query: 'mutation($id: ID!) { deleteSolutionOffer(input: { id: $id, version: 1 }) }',
    variables: { id: ids.territory },
  }),
  'Mutation.createPlatformAction': () => ({
    query:
      'mutation($p: ID!) { createPlatformAction(input: { platformId: $p, kind: ATELIER, title: "Atelier", heldOn: "2026-10-01" }) { id } }',
    variables: { p: ids.territory },
  }),
  'Mutation.updatePlatformAction': () => ({
    query:
      'mutation($id: ID!) { updatePlatformAction(input: { id: $id, version: 1, kind: ATELIER, title: "Atelier", heldOn: "2026-10-01" }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.deletePlatformAction': () => ({
    query: 'mutation($id: ID!) { deletePlatformAction(input: { id: $id, version: 1 }) }',
    variables: { id: ids.territory },
  }),
  'Mutation.addVeilleDocument': () => ({
    query:
      'mutation($p: ID!) { addVeilleDocument(input: { platformId: $p, title: "Circulaire", url: "https://education.gouv.fr/c" }) { id } }',
    variables: { p: ids.territory },
  }),
  'Mutation.updateVeilleDocument': () => ({
    query:
      'mutation($id: ID!) { updateVeilleDocument(input: { id: $id, version: 1, title: "Circulaire", url: "https://education.gouv.fr/c" }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.deleteVeilleDocument': () => ({
    query: 'mutation($id: ID!) { deleteVeilleDocument(input: { id: $id, version: 1 }) }',
    variables: { id: ids.territory },
  }),
  'Mutation.scheduleSynthese': () => ({
    query:
      'mutation($p: ID!) { scheduleSynthese(input: { personId: $p, scheduledAt: "2030-01-01T09:00:00Z", requestedBy: PA, participantMemberIds: [$p], subject: "Point" }) { id } }',
    variables: { p: ids.territory },
  }),
  'Mutation.recordSyntheseAgreement': () => ({
    query: 'mutation($id: ID!) { recordSyntheseAgreement(meetingId: $id, memberId: $id) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.setSynthesePaParticipation': () => ({
    query: 'mutation($id: ID!) { setSynthesePaParticipation(meetingId: $id, version: 1, participates: true) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.recordSyntheseOutcome': () => ({
    query:
      'mutation($id: ID!) { recordSyntheseOutcome(meetingId: $id, version: 1, notes: "Notes", decisions: "Décisions") { id } }',
    variables: { id: ids.territory },
  }),
  'Query.orientationInterviewCounts': () => ({
    query: 'query($c: ID!) { orientationInterviewCounts(cioId: $c, from: "2026-01", to: "2026-12") { month count } }',
    variables: { c: ids.organisation },
  }),
  'Query.evaluationCriteria': () => ({
    query: 'query($c: ID!) { evaluationCriteria(cioId: $c) { id values { id } } }',
    variables: { c: ids.organisation },
  }),
  'Query.qvtCampaigns': () => ({
    query: 'query($c: ID!) { qvtCampaigns(cioId: $c) { id questions { id } } }',
    variables: { c: ids.organisation },
  }),
  'Query.qvtCampaign': () => ({
    query: 'query($id: ID!) { qvtCampaign(id: $id) { id results { respondents } } }',
    variables: { id: ids.territory },
  }),
  'Mutation.saveInterviewCounts': () => ({
    query:
      'mutation($c: ID!) { saveInterviewCounts(input: { cioId: $c, month: "2026-11", counts: [{ theme: AUTRE, count: 1 }] }) { count } }',
    variables: { c: ids.organisation },
  }),
  'Mutation.createEvaluationCriterion': () => ({
    query:
      'mutation($c: ID!) { createEvaluationCriterion(input: { cioId: $c, label: "Délai", indicator: "Jours" }) { id } }',
    variables: { c: ids.organisation },
  }),
  'Mutation.updateEvaluationCriterion': () => ({
    query:
      'mutation($id: ID!) { updateEvaluationCriterion(input: { id: $id, version: 1, label: "Délai", indicator: "Jours" }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.deleteEvaluationCriterion': () => ({
    query: 'mutation($id: ID!) { deleteEvaluationCriterion(input: { id: $id, version: 1 }) }',
    variables: { id: ids.territory },
  }),
  'Mutation.addCriterionValue': () => ({
    query:
      'mutation($id: ID!) { addCriterionValue(input: { criterionId: $id, measuredOn: "2026-11-01", value: 3 }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.removeCriterionValue': () => ({
    query: 'mutation($id: ID!) { removeCriterionValue(id: $id) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.createQvtCampaign': () => ({
    query:
      'mutation($c: ID!) { createQvtCampaign(input: { cioId: $c, title: "QVT", opensOn: "2026-11-01", closesOn: "2026-12-01", questions: [{ kind: COMMENT, label: "Un mot ?" }] }) { id } }',
    variables: { c: ids.organisation },
  }),
  'Mutation.answerQvtCampaign': () => ({
    query:
      'mutation($id: ID!) { answerQvtCampaign(input: { campaignId: $id, answers: [{ questionId: $id, comment: "Bien" }] }) { id } }',
    variables: { id: ids.territory },
  }),
  'Query.oncallPools': () => ({
    query: '{ oncallPools { id name shifts(from: "2027-01-04", to: "2027-01-11") { id } } }',
  }),
  'Query.oncallPool': () => ({
    query: 'query($id: ID!) { oncallPool(id: $id) { id } }',
    variables: { id: ids.territory },
  }),
  'Query.cpmsOnCall': () => ({
    query: 'query($id: ID!) { cpmsOnCall(poolId: $id, at: "2027-01-04T10:00:00Z") { agent { phone } } }',
    variables: { id: ids.territory },
  }),
  'Mutation.updateOncallRules': () => ({
    query:
      'mutation($id: ID!) { updateOncallRules(input: { poolId: $id, maxShiftHours: 13, minRestHours: 11, version: 1 }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.createOncallShift': () => ({
    query:
      'mutation($id: ID!) { createOncallShift(input: { poolId: $id, startsAt: "2030-01-07T07:00:00Z", endsAt: "2030-01-07T19:00:00Z", agentId: $id, backupId: $id }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.deleteOncallShift': () => ({
    query: 'mutation($id: ID!) { deleteOncallShift(input: { id: $id, version: 1 }) }',
    variables: { id: ids.territory },
  }),
  'Mutation.generateOncallWeeks': () => ({
    query:
      'mutation($id: ID!) { generateOncallWeeks(input: { poolId: $id, firstWeek: "2030-01-07", weeks: 1 }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.publishOncallPeriod': () => ({
    query:
      'mutation($id: ID!) { publishOncallPeriod(input: { poolId: $id, from: "2030-01-07", to: "2030-01-14" }) { published } }',
    variables: { id: ids.territory },
  }),
  'Mutation.proposeOncallSwap': () => ({
    query: 'mutation($id: ID!) { proposeOncallSwap(input: { shiftId: $id, role: AGENT, toUserId: $id }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.decideOncallSwap': () => ({
    query: 'mutation($id: ID!) { decideOncallSwap(input: { swapId: $id, approve: true, version: 1 }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.replaceOncallTemplates': () => ({
    query: 'mutation($id: ID!) { replaceOncallTemplates(input: { poolId: $id, version: 1, templates: [] }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.setOncallPhone': () => ({
    query:
      'mutation($id: ID!) { setOncallPhone(input: { poolId: $id, userId: $id, onCallPhone: "0470 11 22 33" }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.withdrawOncallSwap': () => ({
    query: 'mutation($id: ID!) { withdrawOncallSwap(input: { swapId: $id, version: 1 }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.logOncallCall': () => ({
    query:
      'mutation($id: ID!) { logOncallCall(input: { poolId: $id, receivedAt: "2027-01-04T10:00:00Z", callerKind: PARENT, category: HARCELEMENT, urgency: MOYENNE, action: "Écoute, orientation vers le CPMS" }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.closeOncallFollowUp': () => ({
    query: 'mutation($id: ID!) { closeOncallFollowUp(input: { callId: $id, version: 1 }) { id } }',
    variables: { id: ids.territory },
  }),
  'Query.cpmsSchoolPlans': () => ({ query: '{ cpmsSchoolPlans { id } }' }),
  'Query.cpmsSchoolPlan': () => ({
    query: 'query($id: ID!) { cpmsSchoolPlan(id: $id) { id } }',
    variables: { id: ids.territory },
  }),
  'Query.cpmsContracts': () => ({ query: '{ cpmsContracts { id } }' }),
  'Query.cpmsContract': () => ({
    query: 'query($id: ID!) { cpmsContract(id: $id) { id } }',
    variables: { id: ids.territory },
  }),
  'Query.cpmsObjectivesContracts': () => ({ query: '{ cpmsObjectivesContracts { id } }' }),
  'Query.cpmsObjectivesContract': () => ({
    query: 'query($id: ID!) { cpmsObjectivesContract(id: $id) { id } }',
    variables: { id: ids.territory },
  }),
  'Query.cpmsDirectedCentres': () => ({ query: '{ cpmsDirectedCentres { id } }' }),
  'Mutation.createCpmsSchoolPlan': () => ({
    query:
      'mutation($s: ID!) { createCpmsSchoolPlan(input: { schoolId: $s, title: "Plan", startsOn: "2026-09-01", endsOn: "2029-08-31", objectives: [{ code: DECROCHAGE, wording: "Moins d’abandons" }], endEvaluationOn: "2029-06-30" }) { id } }',
    variables: { s: ids.organisation },
  }),
  'Mutation.updateCpmsSchoolPlan': () => ({
    query:
      'mutation($id: ID!) { updateCpmsSchoolPlan(input: { id: $id, version: 1, title: "Plan", startsOn: "2026-09-01", endsOn: "2029-08-31", objectives: [{ code: DECROCHAGE, wording: "Moins d’abandons" }], endEvaluationOn: "2029-06-30" }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.createCpmsContract': () => ({
    query:
      'mutation($c: ID!, $p: ID!) { createCpmsContract(input: { cpmsId: $c, planId: $p, objectiveCodes: [], actions: [], informationFlows: [], indicators: [] }) { id } }',
    variables: { c: ids.organisation, p: ids.territory },
  }),
  'Mutation.updateCpmsContract': () => ({
    query:
      'mutation($id: ID!) { updateCpmsContract(input: { id: $id, version: 1, objectiveCodes: [], actions: [], informationFlows: [], indicators: [] }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.stepCpmsContract': () => ({
    query: 'mutation($id: ID!) { stepCpmsContract(input: { id: $id, version: 1, action: NEGOTIATE }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.signCpmsContract': () => ({
    query: 'mutation($id: ID!) { signCpmsContract(input: { id: $id, version: 1, party: CPMS }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.recordCpmsIndicatorsReached': () => ({
    query: 'mutation($id: ID!) { recordCpmsIndicatorsReached(input: { id: $id, version: 1, reached: [1] }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.logCpmsExchange': () => ({
    query:
      'mutation($id: ID!) { logCpmsExchange(input: { contractId: $id, occurredOn: "2026-11-02", way: NOTE, participants: "Direction", subject: "Calendrier" }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.scheduleCpmsConcertation': () => ({
    query:
      'mutation($id: ID!) { scheduleCpmsConcertation(input: { contractId: $id, title: "Concertation", startsAt: "2026-11-02T09:00:00Z", endsAt: "2026-11-02T10:00:00Z", place: "École" }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.createCpmsObjectivesContract': () => ({
    query:
      'mutation($c: ID!) { createCpmsObjectivesContract(input: { cpmsId: $c, title: "CO", startsOn: "2026-09-01", endsOn: "2032-08-31", objectives: [], contractIds: [], indicators: [] }) { id } }',
    variables: { c: ids.organisation },
  }),
  'Mutation.updateCpmsObjectivesContract': () => ({
    query:
      'mutation($id: ID!) { updateCpmsObjectivesContract(input: { id: $id, version: 1, title: "CO", startsOn: "2026-09-01", endsOn: "2032-08-31", objectives: [], contractIds: [], indicators: [] }) { id } }',
    variables: { id: ids.territory },
  }),
  'Query.webhookEndpoints': () => ({
    query: 'query($a: ID) { webhookEndpoints(serviceAccountId: $a) { id } }',
    variables: { a: ids.user },
  }),
  'Query.webhookEndpoint': () => ({
    query: 'query($id: ID!) { webhookEndpoint(id: $id) { id } }',
    variables: { id: ids.territory },
  }),
  'Query.webhookDeliveries': () => ({
    query: 'query($id: ID!) { webhookDeliveries(endpointId: $id) { totalCount } }',
    variables: { id: ids.territory },
  }),
  'Mutation.createWebhookEndpoint': () => ({
    query:
      'mutation($a: ID!) { createWebhookEndpoint(input: { serviceAccountId: $a, url: "http://127.0.0.1:9/x", eventTypes: ["case.closed"] }) { secret } }',
    variables: { a: ids.user },
  }),
  'Mutation.updateWebhookEndpoint': () => ({
    query:
      'mutation($id: ID!) { updateWebhookEndpoint(input: { id: $id, version: 1, eventTypes: ["case.closed"] }) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.setWebhookEndpointEnabled': () => ({
    query: 'mutation($id: ID!) { setWebhookEndpointEnabled(id: $id, version: 1, enabled: false) { id } }',
    variables: { id: ids.territory },
  }),
  'Mutation.deleteWebhookEndpoint': () => ({
    query: 'mutation($id: ID!) { deleteWebhookEndpoint(id: $id, version: 1) }',
    variables: { id: ids.territory },
  }),
  'Mutation.rotateWebhookSecret': () => ({
    query: 'mutation($id: ID!) { rotateWebhookSecret(id: $id, version: 1) { secret } }',
    variables: { id: ids.territory },
  }),
  'Mutation.replayWebhookDelivery': () => ({
    query: 'mutation($id: ID!) { replayWebhookDelivery(deliveryId: $id) { id } }',
    variables: { id: ids.territory },
  }),
};

/** A fingerprint of every table but audit_event: equal fingerprints mean nothing was written. */
async function fingerprint(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of [
    'organisation',
    'territory',
    'app_user',
    'membership',
    'refresh_token',
    'api_key',
    'platform',
    'platform_referent',
    'platform_partner',
    'clas_year_config',
  ]) {
    const r = await t.database.db.execute<{ h: string }>(
      sql.raw(`select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from ${table} x`),
    );
    out[table] = r.rows[0]!.h;
  }
  return out;
}

describe('every root field declares a policy', () => {
  it('finds no Query or Mutation field of the executable schema without a policy', () => {
    const schema = t.app.graphql.schema;
    expect(rootFields('Query').length).toBeGreaterThan(0);
    expect(rootFields('Mutation').length).toBeGreaterThan(0);
    expect(fieldsWithoutPolicy(schema, allResolvers())).toEqual([]);
  });

  it('the executable schema runs the guarded resolvers themselves', () => {
    const schema = t.app.graphql.schema;
    for (const root of ['Query', 'Mutation'] as const) {
      const fields = (schema.getType(root) as { getFields(): Record<string, { resolve?: unknown }> }).getFields();
      for (const [name, field] of Object.entries(fields)) {
        expect(field.resolve, `${root}.${name}`).toBe(allResolvers()[root]![name]);
      }
    }
  });

  it('the walk itself catches an unguarded or missing resolver', () => {
    const schema = buildSchema('type Query { a: Int b: Int c: Int } type Mutation { d: Int }');
    const resolvers = {
      Query: { a: guard(policies.signedIn, () => 1), b: () => 2 },
      Mutation: { d: guard(policies.admin, () => 3) },
    };
    expect(fieldsWithoutPolicy(schema, resolvers)).toEqual(['Query.b', 'Query.c']);
  });

  it('has a sample call for every root field, so that the checks below cover the whole schema', () => {
    const fields = [
      ...rootFields('Query').map((f) => `Query.${f}`),
      ...rootFields('Mutation').map((f) => `Mutation.${f}`),
    ];
    expect(Object.keys(calls).sort()).toEqual(fields.sort());
  });
});

describe('deny by default', () => {
  it('refuses every root field that needs an actor to an anonymous caller, and writes nothing', async () => {
    const before = await fingerprint();
    for (const [name, call] of Object.entries(calls)) {
      const [root, field] = name.split('.') as [string, string];
      if (!policyOf(root, field).requiresActor) continue;
      const { query, variables } = call();
      const res = await t.gql(null, query, variables);
      expect(res.errors?.[0]?.extensions.code, name).toBe('UNAUTHENTICATED');
    }
    expect(await fingerprint()).toEqual(before);
  });

  it('refuses a forged bearer token on every root field', async () => {
    for (const [name, call] of Object.entries(calls)) {
      const { query, variables } = call();
      const res = await t.gql(`${adminToken.slice(0, -4)}AAAA`, query, variables);
      expect(res.errors?.[0]?.extensions.code, name).toBe('UNAUTHENTICATED');
    }
  });
});

describe('admin-only fields', () => {
  const nonAdmins = DEMO_USERS.filter((u) => !u.roles.includes('ADMIN'));
  const adminOnly = () =>
    Object.keys(calls).filter((name) => {
      const [root, field] = name.split('.') as [string, string];
      return policyOf(root, field) === policies.admin;
    });

  it('are the ones the issues name: user administration, directory edits, the audit log, the e-mail outbox, the background jobs and the CLAS yearly configuration', () => {
    expect(adminOnly().sort()).toEqual(
      [
        'Query.users',
        'Query.user',
        'Query.auditEvents',
        'Query.outboxEmails',
        'Query.outboxEmail',
        'Query.backgroundQueues',
        'Query.backgroundJobs',
        'Mutation.retryBackgroundJob',
        'Query.apiKeys',
        'Mutation.createApiKey',
        'Mutation.revokeApiKey',
        'Mutation.setApiKeyRateLimit',
        'Query.trustedDocuments',
        'Mutation.registerTrustedDocuments',
        'Mutation.removeTrustedDocument',
        'Query.accessRequests',
        'Mutation.approveAccessRequest',
        'Mutation.rejectAccessRequest',
        'Mutation.createPlatform',
        'Mutation.updatePlatform',
        'Mutation.createOrganisation',
        'Mutation.updateOrganisation',
        'Mutation.setOrganisationActive',
        'Mutation.createTerritory',
        'Mutation.createUser',
        'Mutation.updateUser',
        'Mutation.setUserActive',
        'Mutation.unlockUser',
        'Mutation.addMembership',
        'Mutation.updateMembershipRoles',
        'Mutation.removeMembership',
        'Mutation.setClasYearConfig',
      ].sort(),
    );
  });

  it.each(nonAdmins.map((u) => [u.email]))(
    'are refused (FORBIDDEN) to %s, each refusal audited as DENIED, nothing written',
    async (email) => {
      const token = await t.login(email);
      const actorId = (await t.database.db.execute<{ id: string }>(sql`select id from app_user where email = ${email}`))
        .rows[0]!.id;
      const before = await fingerprint();
      for (const name of adminOnly()) {
        const { query, variables } = calls[name]!();
        // Each call is another root field: its answer is read by the field's name.
        const res = await t.gql<Record<string, unknown> | null>(token, query, variables);
        expect(res.errors?.[0]?.extensions.code, name).toBe('FORBIDDEN');
        expect(res.data?.[name.split('.')[1]!] ?? null, name).toBeNull();
        const requestId = res.errors![0]!.extensions.requestId;
        const events = await t.database.db.execute(
          sql`select actor_id, action, outcome, details from audit_event where request_id = ${requestId}`,
        );
        // The request's transaction rolled back; the refusal was still recorded, and only it.
        expect(events.rows, name).toEqual([
          { actor_id: actorId, action: name, outcome: 'DENIED', details: { policy: 'admin' } },
        ]);
      }
      expect(await fingerprint()).toEqual(before);
    },
  );

  it('are granted to the admin (the control for the refusals above)', async () => {
    for (const name of ['Query.users', 'Query.user', 'Query.auditEvents']) {
      const { query, variables } = calls[name]!();
      const res = await t.gql(adminToken, query, variables);
      expect(res.errors, name).toBeUndefined();
    }
  });

  it('a refusal in a mutation of several fields rolls the other fields back', async () => {
    const token = await t.login('referent@demo.test');
    const before = await fingerprint();
    const res = await t.gql(
      token,
      'mutation { changeOwnPassword(currentPassword: "demo-maillage", newPassword: "another-long-password") createTerritory(input: { kind: COMMUNE, name: "Nulle-part" }) { id } }',
    );
    expect(res.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
    expect(await fingerprint()).toEqual(before);
    await t.login('referent@demo.test');
  });
});

describe('roles follow the organisations', () => {
  it('an admin whose organisation is deactivated loses the admin rights it gave', async () => {
    const cio = (
      await t.database.db.execute<{ id: string; version: number }>(
        sql`select id, version from organisation where name = 'CIO de Bourges'`,
      )
    ).rows[0]!;
    const created = await t.gql(
      adminToken,
      'mutation($org: ID!) { createUser(input: { email: "admin2@demo.test", displayName: "Second Admin", password: "a-long-enough-password", memberships: [{ organisationId: $org, roles: [ADMIN] }] }) { id } }',
      { org: cio.id },
    );
    expect(created.errors).toBeUndefined();
    const token = await t.login('admin2@demo.test', 'a-long-enough-password');
    expect((await t.gql(token, '{ users { totalCount } }')).errors).toBeUndefined();

    const off = await t.gql(
      adminToken,
      'mutation($id: ID!, $v: Int!) { setOrganisationActive(id: $id, version: $v, active: false) { version } }',
      {
        id: cio.id,
        v: cio.version,
      },
    );
    expect(off.errors).toBeUndefined();
    expect((await t.gql(token, '{ users { totalCount } }')).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const me = await t.gql(token, '{ me { roles } }');
    expect(me.data.me.roles).toEqual([]);

    await t.gql(
      adminToken,
      'mutation($id: ID!, $v: Int!) { setOrganisationActive(id: $id, version: $v, active: true) { version } }',
      {
        id: cio.id,
        v: off.data.setOrganisationActive.version,
      },
    );
    expect((await t.gql(token, '{ users { totalCount } }')).errors).toBeUndefined();
  });
});
