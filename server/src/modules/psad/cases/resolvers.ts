import type DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import { allowedActions, caseFlags, type CaseStatus, type ContactChannel, type ContactResult } from '@maillage/shared';
import { guard, policies, readById } from '../../../core/authz.js';
import { selectsField, selectsNodes } from '../../../core/list-reads.js';
import type { Resolvers } from '../../../core/graphql/resolvers-types.js';
import { loaders as identityLoaders } from '../../identity/loaders.js';
import { caseLoaders } from './loaders.js';
import * as queries from './queries.service.js';
import * as transfers from './transfers.service.js';
import * as transitions from './transitions.service.js';
import { psadThresholds } from '../thresholds.js';

const referent = policies.anyRole('PSAD_REFERENT');
const counsellor = policies.anyRole('COUNSELLOR');
const caseWorker = policies.anyRole('PSAD_REFERENT', 'COUNSELLOR');

const orNull = <T>(loader: DataLoader<string, T | null>, id: string | null) => (id ? loader.load(id) : null);

const selectionOf = (info: GraphQLResolveInfo) => ({
  shows: selectsNodes(info),
  counts: selectsField(info, 'totalCount'),
});

/** GraphQL of cases: worklists, detail, transitions. */
export const caseResolvers = {
  Query: {
    cases: guard(referent, (args, ctx, info) => queries.listCases(ctx, args, selectionOf(info))),
    referentCasesCount: guard(referent, (args, ctx) => queries.countReferentCases(ctx, args.filter)),
    assignedCases: guard(counsellor, (args, ctx, info) => queries.listAssignedCases(ctx, args, selectionOf(info))),
    case: guard(
      caseWorker,
      readById({ action: 'case.read', subjectType: 'psad_case' }, (args, ctx) => queries.getCase(ctx, args.id)),
    ),
    incomingTransfers: guard(caseWorker, (_args, ctx, info) =>
      queries.incomingTransfers(ctx, selectsField(info, 'case')),
    ),
    outgoingTransfers: guard(caseWorker, (_args, ctx, info) =>
      transfers.outgoingTransfers(ctx, selectsField(info, 'case')),
    ),
    partnerCounsellors: guard(referent, (args, ctx) => queries.partnerCounsellors(ctx, args)),
  },
  Mutation: {
    assignCases: guard(referent, (args, ctx) => transitions.assignCases(ctx, args)),
    reassignCase: guard(referent, (args, ctx) => transitions.reassignCase(ctx, args)),
    recordContactAttempt: guard(caseWorker, (args, ctx) => transitions.recordContactAttempt(ctx, args)),
    recordSituationCheck: guard(caseWorker, (args, ctx) => transitions.recordSituationCheck(ctx, args)),
    recordSolution: guard(caseWorker, (args, ctx) => transitions.recordSolution(ctx, args)),
    closeCase: guard(caseWorker, (args, ctx) => transitions.closeCase(ctx, args)),
    reopenCase: guard(referent, (args, ctx) => transitions.reopenCase(ctx, args)),
    proposeTransfer: guard(caseWorker, (args, ctx) => transfers.proposeTransfer(ctx, args)),
    acceptTransfer: guard(caseWorker, (args, ctx) => transfers.acceptTransfer(ctx, args)),
    refuseTransfer: guard(caseWorker, (args, ctx) => transfers.refuseTransfer(ctx, args)),
    cancelTransfer: guard(caseWorker, (args, ctx) => transfers.cancelTransfer(ctx, args)),
  },
  Case: {
    platform: (c, _a, ctx) => queries.listedWith(c)?.platform ?? caseLoaders.platform(ctx).load(c.platformId),
    // A worklist's nodes carry what their page read with them (queries.listedWith): answered without a promise.
    youngPerson: (c, _a, ctx) =>
      queries.listedWith(c)?.youngPerson ?? caseLoaders.youngPerson(ctx).load(c.youngPersonId),
    assignedOrganisation: (c, _a, ctx) =>
      queries.listedWith(c)?.organisation ?? orNull(identityLoaders.organisation(ctx), c.assignedOrganisationId),
    // By name through the trusted lookup: RLS hides partner users from referents.
    assignedCounsellor: (c, _a, ctx) => orNull(caseLoaders.actor(ctx), c.assignedCounsellorId),
    solutionOrganisation: (c, _a, ctx) => orNull(identityLoaders.organisation(ctx), c.solutionOrganisationId),
    solutionOffer: (c, _a, ctx) => orNull(caseLoaders.solutionOffer(ctx), c.solutionOfferId),
    allowedActions: (c) => allowedActions(c.status as CaseStatus),
    contactAttempts: (c, _a, ctx) => queries.listedWith(c)?.attempts ?? caseLoaders.attempts(ctx).load(c.id),
    timeline: (c, _a, ctx) => caseLoaders.events(ctx).load(c.id),
    pendingTransfer: (c, _a, ctx) => caseLoaders.pendingTransfer(ctx).load(c.id),
    flags: async (c, _a, ctx) => {
      const [person, attempts] = await Promise.all([
        caseLoaders.youngPerson(ctx).load(c.youngPersonId),
        caseLoaders.attempts(ctx).load(c.id),
      ]);
      return caseFlags(
        {
          status: c.status as CaseStatus,
          birthDate: person?.birthDate ?? '1900-01-01',
          assignedAt: c.assignedAt,
          lastAttemptAt: c.lastAttemptAt,
          convocationDate: c.convocationDate,
          attempts: attempts.map((a) => ({
            date: a.attemptedAt,
            channel: a.channel as ContactChannel,
            result: a.result as ContactResult,
          })),
        },
        new Date(),
        psadThresholds(ctx.services.config),
      );
    },
  },
  CaseConnection: {
    // The worklists count lazily (queries.service.ts): only a query that asks for totalCount pays for it.
    totalCount: (c) => (typeof c.totalCount === 'function' ? c.totalCount() : c.totalCount),
  },
  CaseTransfer: {
    case: (tr, _a, ctx) => caseLoaders.case(ctx).load(tr.caseId),
    fromPlatform: (tr, _a, ctx) => caseLoaders.platform(ctx).load(tr.fromPlatformId),
    toPlatform: (tr, _a, ctx) => caseLoaders.platform(ctx).load(tr.toPlatformId),
    fromOrganisation: (tr, _a, ctx) => orNull(identityLoaders.organisation(ctx), tr.fromOrganisationId),
    toOrganisation: (tr, _a, ctx) => orNull(identityLoaders.organisation(ctx), tr.toOrganisationId),
    proposedBy: (tr, _a, ctx) => orNull(caseLoaders.actor(ctx), tr.proposedBy),
  },
  ContactAttempt: {
    actor: (a, _x, ctx) => orNull(caseLoaders.actor(ctx), a.actorId),
  },
  CaseEvent: {
    actor: (e, _x, ctx) => orNull(caseLoaders.actor(ctx), e.actorId),
  },
} satisfies Resolvers;
