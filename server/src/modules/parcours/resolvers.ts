import { allowedReferenceActions, personActions, type ReferenceStatus } from '@maillage/shared';
import { selectsNodes } from '../../core/list-reads.js';
import { guard, policies, readById } from '../../core/authz.js';
import type { RequestContext } from '../../core/context.js';
import type { Resolvers } from '../../core/graphql/resolvers-types.js';
import { notFound } from '../../core/errors.js';
import { loaders as identityLoaders } from '../identity/loaders.js';
import { isActiveEntry, todayInParis, type MemberRow, type PersonRow } from './policy.js';
import * as consents from './consents.service.js';
import { parcoursLoaders } from './loaders.js';
import * as members from './members.service.js';
import * as persons from './persons.service.js';
import * as plan from './plan.service.js';
import * as professionals from './professionals.service.js';
import * as reference from './reference.service.js';
import * as synthese from './synthese.service.js';

/** Every operation of the référence de parcours: social workers, and row-level security narrows them to the PAs whose list they are on. */
const socialWorker = policies.anyRole('SOCIAL_WORKER');

const organisationOf = async (ctx: RequestContext, id: string) => {
  const org = await identityLoaders.organisation(ctx).load(id);
  if (!org) throw notFound('Organisation');
  return org;
};
const userOf = (ctx: RequestContext, id: string | null) => (id ? parcoursLoaders.user(ctx).load(id) : null);
const memberOf = (ctx: RequestContext, id: string | null) => (id ? parcoursLoaders.member(ctx).load(id) : null);

/** Current entries first, then those still to begin, then ended ones; by start date within each. */
function listOrder(rows: MemberRow[], today: string): MemberRow[] {
  const rank = (m: MemberRow) => (isActiveEntry(m, today) ? 0 : m.since > today ? 1 : 2);
  return [...rows].sort((a, b) => rank(a) - rank(b) || a.since.localeCompare(b.since));
}

const openReference = async (ctx: RequestContext, personId: string) =>
  (await parcoursLoaders.referencesOfPerson(ctx).load(personId)).find(
    (r) => r.status === 'PROPOSEE' || r.status === 'ACCEPTEE',
  ) ?? null;

/** What the record's state allows now (the shared rule the services apply). */
async function actionsOf(ctx: RequestContext, p: PersonRow) {
  const today = todayInParis();
  const [open, members] = await Promise.all([
    openReference(ctx, p.id),
    parcoursLoaders.membersOfPerson(ctx).load(p.id),
  ]);
  return personActions({
    openReferenceStatus: (open?.status as ReferenceStatus | undefined) ?? null,
    activeIntervenants: members.filter((m) => isActiveEntry(m, today)).length,
  });
}

export const parcoursResolvers = {
  Query: {
    accompaniedPersons: guard(socialWorker, (args, ctx, info) => persons.listPersons(ctx, args, selectsNodes(info))),
    accompaniedPerson: guard(
      socialWorker,
      // Row-level security hides every PA whose list the caller is not on.
      readById(
        { action: 'parcours.person_read', subjectType: 'accompanied_person', reason: 'not-on-list' },
        (args, ctx) => persons.getPerson(ctx, args.id),
      ),
    ),
    parcoursProfessionals: guard(socialWorker, (args, ctx) => professionals.listProfessionals(ctx, args)),
  },
  Mutation: {
    createAccompaniedPerson: guard(socialWorker, (args, ctx) => persons.createPerson(ctx, args)),
    updateAccompaniedPerson: guard(socialWorker, (args, ctx) => persons.updatePerson(ctx, args)),
    addAccompanimentMember: guard(socialWorker, (args, ctx) => members.addMember(ctx, args)),
    endAccompanimentMember: guard(socialWorker, (args, ctx) => members.endMember(ctx, args)),
    proposeReference: guard(socialWorker, (args, ctx) => reference.proposeReference(ctx, args)),
    decideReference: guard(socialWorker, (args, ctx) => reference.decideReference(ctx, args)),
    addPlanGoal: guard(socialWorker, (args, ctx) => plan.addGoal(ctx, args)),
    addPlanAction: guard(socialWorker, (args, ctx) => plan.addAction(ctx, args)),
    updatePlanAction: guard(socialWorker, (args, ctx) => plan.updateAction(ctx, args)),
    addCompetence: guard(socialWorker, (args, ctx) => plan.addCompetence(ctx, args)),
    removeCompetence: guard(socialWorker, (args, ctx) => plan.removeCompetence(ctx, args.id)),
    recordConsent: guard(socialWorker, (args, ctx) => consents.recordConsent(ctx, args)),
    withdrawConsent: guard(socialWorker, (args, ctx) => consents.withdrawConsent(ctx, args.id)),
    scheduleSynthese: guard(socialWorker, (args, ctx) => synthese.scheduleSynthese(ctx, args)),
    recordSyntheseAgreement: guard(socialWorker, (args, ctx) => synthese.recordAgreement(ctx, args)),
    setSynthesePaParticipation: guard(socialWorker, (args, ctx) => synthese.setPaParticipation(ctx, args)),
    recordSyntheseOutcome: guard(socialWorker, (args, ctx) => synthese.recordOutcome(ctx, args)),
  },
  // AccompaniedPerson.documents is the documents module's.
  AccompaniedPerson: {
    domiciliationOrganisation: (p, _a, ctx) =>
      p.domiciliationOrganisationId ? identityLoaders.organisation(ctx).load(p.domiciliationOrganisationId) : null,
    members: async (p, _a, ctx) => listOrder(await parcoursLoaders.membersOfPerson(ctx).load(p.id), todayInParis()),
    reference: (p, _a, ctx) => openReference(ctx, p.id),
    references: (p, _a, ctx) => parcoursLoaders.referencesOfPerson(ctx).load(p.id),
    goals: (p, _a, ctx) => parcoursLoaders.goalsOfPerson(ctx).load(p.id),
    competences: (p, _a, ctx) => parcoursLoaders.competencesOfPerson(ctx).load(p.id),
    consents: (p, _a, ctx) => parcoursLoaders.consentsOfPerson(ctx).load(p.id),
    syntheses: (p, _a, ctx) => parcoursLoaders.synthesesOfPerson(ctx).load(p.id),
    myMemberId: async (p, _a, ctx) => {
      const today = todayInParis();
      const mine = (await parcoursLoaders.membersOfPerson(ctx).load(p.id)).find(
        (m) => m.userId === ctx.actor?.userId && isActiveEntry(m, today),
      );
      return mine?.id ?? null;
    },
    allowedActions: async (p, _a, ctx) => (await actionsOf(ctx, p)).allowed,
    refusedActions: async (p, _a, ctx) => (await actionsOf(ctx, p)).refused,
  },
  AccompanimentMember: {
    user: (m, _a, ctx) => userOf(ctx, m.userId),
    displayName: async (m, _a, ctx) => {
      if (m.professionalName) return m.professionalName;
      return (await userOf(ctx, m.userId))?.displayName ?? 'Utilisateur inconnu';
    },
    organisation: (m, _a, ctx) => organisationOf(ctx, m.organisationId),
    active: (m) => isActiveEntry(m),
    isReferent: async (m, _a, ctx) => {
      const open = await openReference(ctx, m.personId);
      return open?.status === 'ACCEPTEE' && open.referentMemberId === m.id;
    },
  },
  ParcoursReference: {
    referent: (r, _a, ctx) => memberOf(ctx, r.referentMemberId),
    proposedBy: (r, _a, ctx) => userOf(ctx, r.proposedBy),
    allowedActions: (r) => allowedReferenceActions(r.status as ReferenceStatus),
    history: (r, _a, ctx) => parcoursLoaders.events(ctx).load(r.id),
  },
  ReferenceEvent: {
    referent: (e, _a, ctx) => memberOf(ctx, e.referentMemberId),
    by: (e, _a, ctx) => userOf(ctx, e.byUserId),
  },
  PlanGoal: {
    actions: (g, _a, ctx) => parcoursLoaders.actionsOfGoal(ctx).load(g.id),
  },
  PlanAction: {
    member: (a, _a, ctx) => memberOf(ctx, a.memberId),
  },
  Consent: {
    document: (c, _a, ctx) => (c.documentId ? parcoursLoaders.document(ctx).load(c.documentId) : null),
    member: (c, _a, ctx) => memberOf(ctx, c.memberId),
    meeting: (c, _a, ctx) => (c.meetingId ? parcoursLoaders.meeting(ctx).load(c.meetingId) : null),
    active: (c) => c.withdrawnAt === null,
    recordedBy: (c, _a, ctx) => userOf(ctx, c.recordedBy),
  },
  SyntheseMeeting: {
    participants: (m, _a, ctx) => parcoursLoaders.participants(ctx).load(m.id),
    paAgreed: async (m, _a, ctx) =>
      (await parcoursLoaders.consentsOfPerson(ctx).load(m.personId)).some(
        (c) => c.kind === 'PARTICIPATION_SYNTHESE' && c.meetingId === m.id && c.withdrawnAt === null,
      ),
  },
  SyntheseParticipant: {
    member: async (p, _a, ctx) => {
      const member = await parcoursLoaders.member(ctx).load(p.memberId);
      if (!member) throw notFound("Intervenant de la liste d'accompagnement");
      return member;
    },
    agreedToPaPresence: (p) => p.agreedAt !== null,
  },
} satisfies Resolvers;
