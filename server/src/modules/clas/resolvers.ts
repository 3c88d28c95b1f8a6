import { allowedClasActions, estimateFunding, isClasEditable, type ClasStatus } from '@maillage/shared';
import { guard, policies, readById } from '../../core/authz.js';
import type { RequestContext } from '../../core/context.js';
import type { Resolvers } from '../../core/graphql/resolvers-types.js';
import { notFound } from '../../core/errors.js';
import { loaders as identityLoaders } from '../identity/loaders.js';
import { partyOf } from './policy.js';
import * as config from './config.service.js';
import { bilanFigures, eligibilityOf, fundingOf, type ProjectRow } from './figures.js';
import { clasLoaders } from './loaders.js';
import * as projects from './projects.service.js';
import * as workflow from './workflow.service.js';
import * as year from './year.service.js';

const holder = policies.anyRole('CLAS_HOLDER');
const officer = policies.anyRole('CAF_OFFICER');
const party = policies.anyRole('CLAS_HOLDER', 'CAF_OFFICER');
const configReaders = policies.anyRole('CLAS_HOLDER', 'CAF_OFFICER', 'ADMIN');

const configOf = (ctx: RequestContext, schoolYear: string) => clasLoaders.config(ctx).load(schoolYear);
const groupsOf = (ctx: RequestContext, p: ProjectRow) => clasLoaders.groups(ctx).load(p.id);

async function evaluationOf(ctx: RequestContext, p: ProjectRow) {
  const [groups, cfg] = await Promise.all([groupsOf(ctx, p), configOf(ctx, p.schoolYear)]);
  return { groups, config: cfg };
}

export const clasResolvers = {
  Query: {
    clasProjects: guard(party, (args, ctx) => projects.listProjects(ctx, args)),
    clasProject: guard(
      party,
      readById({ action: 'clas.project_read', subjectType: 'clas_project' }, (args, ctx) =>
        projects.getProject(ctx, args.id),
      ),
    ),
    clasWaitingSchoolYears: guard(officer, (_args, ctx) => projects.waitingSchoolYears(ctx)),
    clasYearConfig: guard(configReaders, (args, ctx) => config.getYearConfig(ctx, args.schoolYear)),
  },
  Mutation: {
    createClasProject: guard(holder, (args, ctx) => projects.createProject(ctx, args)),
    updateClasProject: guard(holder, (args, ctx) => projects.updateProject(ctx, args)),
    submitClasProject: guard(holder, (args, ctx) => workflow.submitProject(ctx, args)),
    examineClasProject: guard(officer, (args, ctx) => workflow.examineProject(ctx, args)),
    decideClasProject: guard(officer, (args, ctx) => workflow.decideProject(ctx, args)),
    commentClasProject: guard(party, (args, ctx) => year.commentProject(ctx, args)),
    logClasSession: guard(holder, async (args, ctx) => ({ ...(await year.logSession(ctx, args)), holder: true })),
    logClasActivity: guard(holder, (args, ctx) => year.logActivity(ctx, args)),
    setClasRoster: guard(holder, (args, ctx) => year.setRoster(ctx, args)),
    submitClasBilan: guard(holder, (args, ctx) => workflow.submitBilan(ctx, args)),
    closeClasProject: guard(officer, (args, ctx) => workflow.closeProject(ctx, args)),
    setClasYearConfig: guard(policies.admin, (args, ctx) => config.setYearConfig(ctx, args)),
  },
  ClasProject: {
    organisation: async (p, _a, ctx) => {
      const org = await identityLoaders.organisation(ctx).load(p.organisationId);
      if (!org) throw notFound('Organisation');
      return org;
    },
    departement: async (p, _a, ctx) => {
      const territory = await identityLoaders.territory(ctx).load(p.departementId);
      if (!territory) throw notFound('Département');
      return territory;
    },
    diagnostic: (p) => p.declaration.diagnostic,
    charterSigned: (p) => p.declaration.charterSigned,
    inDepartmentalFramework: (p) => p.declaration.inDepartmentalFramework,
    concertationDescription: (p) => p.declaration.concertationDescription,
    activityKinds: (p) => p.declaration.activityKinds,
    localPartners: (p) => p.declaration.localPartners,
    schools: (p) => p.declaration.schools,
    parentActions: (p) => p.declaration.parentActions,
    concertationActions: (p) => p.declaration.concertationActions,
    groups: async (p, _a, ctx) => {
      const [groups, who] = await Promise.all([groupsOf(ctx, p), partyOf(ctx, p)]);
      return groups.map((g) => ({ ...g, schoolYear: p.schoolYear, holder: who === 'HOLDER' }));
    },
    eligibility: async (p, _a, ctx) => {
      const { groups, config: cfg } = await evaluationOf(ctx, p);
      return eligibilityOf(p.declaration, groups, cfg);
    },
    fundingEstimateCents: async (p, _a, ctx) => {
      const { groups, config: cfg } = await evaluationOf(ctx, p);
      return fundingOf(groups, cfg).totalCents;
    },
    config: (p, _a, ctx) => configOf(ctx, p.schoolYear),
    allowedActions: async (p, _a, ctx) => {
      const who = await partyOf(ctx, p);
      return who ? allowedClasActions(p.status as ClasStatus, who) : [];
    },
    editable: async (p, _a, ctx) => isClasEditable(p.status as ClasStatus) && (await partyOf(ctx, p)) === 'HOLDER',
    decisions: (p, _a, ctx) => clasLoaders.decisions(ctx).load(p.id),
    decision: async (p, _a, ctx) => (await clasLoaders.decisions(ctx).load(p.id)).at(-1) ?? null,
    comments: (p, _a, ctx) => clasLoaders.comments(ctx).load(p.id),
    activityLogs: (p, _a, ctx) => clasLoaders.activityLogs(ctx).load(p.id),
    // Live figures during the year; once the bilan is deposited, the ones frozen with it.
    bilan: async (p, _a, ctx) => {
      const submitted = { assessment: p.bilanAssessment, submittedAt: p.bilanSubmittedAt };
      if (p.bilanFigures) return { ...p.bilanFigures, ...submitted };
      const [groups, sessions, activities] = await Promise.all([
        groupsOf(ctx, p),
        clasLoaders.sessionLogs(ctx).load(p.id),
        clasLoaders.activityLogs(ctx).load(p.id),
      ]);
      return { ...bilanFigures(p.declaration, groups, sessions, activities), ...submitted };
    },
  },
  ClasGroup: {
    fundingEstimateCents: async (g, _a, ctx) => estimateFunding([g], await configOf(ctx, g.schoolYear)).totalCents,
    sessionLogs: async (g, _a, ctx) =>
      (await clasLoaders.sessionLogs(ctx).load(g.projectId))
        .filter((s) => s.groupId === g.id)
        .map((s) => ({ ...s, holder: g.holder })),
    // Names are the holder's alone: null for anyone else, whatever row-level security would return.
    roster: async (g, _a, ctx) => {
      if (!g.holder) return null;
      return (await clasLoaders.roster(ctx).load(g.projectId))
        .filter((e) => e.groupId === g.id)
        .map((e) => ({ id: e.id, name: e.name }));
    },
  },
  ClasSessionLog: {
    presentRosterIds: async (s, _a, ctx) => {
      if (!s.holder) return null;
      return s.presentRosterIds ?? (await clasLoaders.attendance(ctx).load(s.projectId)).get(s.id) ?? [];
    },
  },
  ClasDecision: {
    config: (d) => ({ ...d.config, configured: d.config.configured ?? true, version: d.config.version ?? 0 }),
    decidedBy: (d, _a, ctx) => clasLoaders.counterpart(ctx).load(d.decidedBy),
  },
  ClasComment: {
    author: (c, _a, ctx) => clasLoaders.counterpart(ctx).load(c.authorId),
  },
} satisfies Resolvers;
