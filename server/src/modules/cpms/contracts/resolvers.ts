import { contractTextEditable, type CpmsContractStatus } from '@maillage/shared/cpms-contracts';
import { guard, readById } from '../../../core/authz.js';
import type { RequestContext } from '../../../core/context.js';
import type { Resolvers } from '../../../core/graphql/resolvers-types.js';
import { withDays } from '../../../core/graphql/days.js';
import { loaders as identityLoaders } from '../../identity/loaders.js';
import {
  cpmsContractReader,
  cpmsDirector,
  cpmsExchangeWriter,
  cpmsSchoolHead,
  cpmsSignatory,
  cpmsStaff,
  directsCentre,
  headsSchool,
  worksAtCentre,
} from './policy.js';
import * as contracts from './service.js';

/** An organisation's id and name, as the caller's directory shows it. */
async function orgRef(ctx: RequestContext, id: string) {
  const org = await identityLoaders.organisation(ctx).load(id);
  return { id, name: org?.name ?? '—' };
}

const PLAN_DAYS = ['startsOn', 'endsOn', 'midEvaluationOn', 'endEvaluationOn'] as const;
const planInput = <T extends Record<string, unknown>>(input: T) => withDays(input, [...PLAN_DAYS] as (keyof T)[]);

export const cpmsContractResolvers = {
  Query: {
    cpmsSchoolPlans: guard(cpmsContractReader, (_args, ctx) => contracts.listPlans(ctx)),
    cpmsSchoolPlan: guard(
      cpmsContractReader,
      readById({ action: 'cpms_school_plan.read', subjectType: 'cpms_school_plan' }, (args, ctx) =>
        contracts.getPlan(ctx, args.id),
      ),
    ),
    cpmsContracts: guard(cpmsContractReader, (args, ctx) => contracts.listContracts(ctx, args)),
    cpmsContract: guard(
      cpmsContractReader,
      readById({ action: 'cpms_contract.read', subjectType: 'cpms_contract' }, (args, ctx) =>
        contracts.getContract(ctx, args.id),
      ),
    ),
    cpmsObjectivesContracts: guard(cpmsContractReader, (_args, ctx) => contracts.listObjectivesContracts(ctx)),
    cpmsObjectivesContract: guard(
      cpmsContractReader,
      readById({ action: 'cpms_objectives_contract.read', subjectType: 'cpms_objectives_contract' }, (args, ctx) =>
        contracts.getObjectivesContract(ctx, args.id),
      ),
    ),
    cpmsDirectedCentres: guard(cpmsContractReader, (_args, ctx) => contracts.directedCentres(ctx)),
  },
  Mutation: {
    createCpmsSchoolPlan: guard(cpmsSchoolHead, (args, ctx) => contracts.createPlan(ctx, planInput(args.input))),
    updateCpmsSchoolPlan: guard(cpmsSchoolHead, (args, ctx) => contracts.updatePlan(ctx, planInput(args.input))),
    createCpmsContract: guard(cpmsDirector, (args, ctx) => contracts.createContract(ctx, args.input)),
    updateCpmsContract: guard(cpmsDirector, (args, ctx) => contracts.updateContract(ctx, args.input)),
    stepCpmsContract: guard(cpmsDirector, (args, ctx) => contracts.stepContract(ctx, args.input)),
    signCpmsContract: guard(cpmsSignatory, (args, ctx) => contracts.signContract(ctx, args.input)),
    recordCpmsIndicatorsReached: guard(cpmsDirector, (args, ctx) => contracts.recordReached(ctx, args.input)),
    logCpmsExchange: guard(cpmsExchangeWriter, (args, ctx) =>
      contracts.logExchange(ctx, withDays(args.input, ['occurredOn'])),
    ),
    scheduleCpmsConcertation: guard(cpmsStaff, (args, ctx) => contracts.scheduleConcertation(ctx, args.input)),
    createCpmsObjectivesContract: guard(cpmsDirector, (args, ctx) =>
      contracts.createObjectivesContract(ctx, withDays(args.input, ['startsOn', 'endsOn'])),
    ),
    updateCpmsObjectivesContract: guard(cpmsDirector, (args, ctx) =>
      contracts.updateObjectivesContract(ctx, withDays(args.input, ['startsOn', 'endsOn'])),
    ),
  },
  CpmsSchoolPlan: {
    school: (p, _a, ctx) => orgRef(ctx, p.schoolId),
    document: (p) =>
      p.documentKey
        ? {
            name: p.documentName!,
            contentType: p.documentType!,
            size: p.documentSize ?? 0,
            url: `/api/cpms/plans/${p.id}/document`,
          }
        : null,
    canEdit: (p, _a, ctx) => headsSchool(ctx, p.schoolId),
    canDraftContract: async (p, _a, ctx) => {
      const mine = ctx.actor?.memberships.filter((m) => m.roles.includes('CPMS_DIRECTOR')).map((m) => m.organisationId);
      if (!mine?.length) return false;
      const existing = await contracts.contractsOfPlan(ctx, p.id);
      return mine.some((id) => !existing.some((c) => c.cpmsId === id));
    },
    contracts: (p, _a, ctx) => contracts.contractsOfPlan(ctx, p.id),
  },
  Meeting: {
    cpmsContract: (m, _a, ctx) => (m.cpmsContractId ? contracts.getContract(ctx, m.cpmsContractId) : null),
  },
  CpmsContract: {
    cpms: (c, _a, ctx) => orgRef(ctx, c.cpmsId),
    school: (c, _a, ctx) => orgRef(ctx, c.schoolId),
    plan: async (c, _a, ctx) => (await contracts.planById(ctx, c.planId))!,
    status: (c) => c.status as CpmsContractStatus,
    objectives: async (c, _a, ctx) => {
      const plan = await contracts.planById(ctx, c.planId);
      return c.objectiveCodes.flatMap((code) => plan?.objectives.filter((o) => o.code === code) ?? []);
    },
    actions: (c) => c.actions,
    informationFlows: (c) => c.informationFlows,
    indicators: (c) => c.indicators.map((i) => ({ ...i, achieved: contracts.indicatorAchieved(i) })),
    signatures: (c) => [
      ...(c.cpmsSignedAt
        ? [{ party: 'CPMS' as const, signedAt: c.cpmsSignedAt, signerName: c.cpmsSignerName ?? '—' }]
        : []),
      ...(c.schoolSignedAt
        ? [{ party: 'ECOLE' as const, signedAt: c.schoolSignedAt, signerName: c.schoolSignerName ?? '—' }]
        : []),
    ],
    evaluationDue: async (c, _a, ctx) =>
      contracts.evaluationDue((await contracts.planById(ctx, c.planId))!, contracts.brusselsDay()),
    canEdit: (c, _a, ctx) => directsCentre(ctx, c.cpmsId),
    textEditable: (c) => contractTextEditable(c.status as CpmsContractStatus, contracts.signedBy(c)),
    steps: (c, _a, ctx) => contracts.stepsFor(ctx, c),
    canSignAs: (c, _a, ctx) => contracts.canSignAs(ctx, c),
    canLogExchange: (c, _a, ctx) => contracts.canLogExchange(ctx, c),
    canScheduleConcertation: (c, _a, ctx) => worksAtCentre(ctx, c.cpmsId),
    exchanges: (c, _a, ctx) => contracts.exchangesOf(ctx, c.id),
    concertations: (c, _a, ctx) => contracts.concertationsOf(ctx, c.id),
  },
  CpmsExchange: {
    way: (e) => e.way as never,
  },
  CpmsObjectivesContract: {
    cpms: (o, _a, ctx) => orgRef(ctx, o.cpmsId),
    contracts: async (o, _a, ctx) =>
      (await Promise.all(o.contractIds.map((id) => contracts.contractById(ctx, id)))).filter(
        (c): c is contracts.ContractRow => c !== null,
      ),
    indicators: (o) => o.indicators.map((i) => ({ ...i, achieved: contracts.indicatorAchieved(i) })),
    canEdit: (o, _a, ctx) => directsCentre(ctx, o.cpmsId),
  },
} satisfies Resolvers;
