import { allowedClasActions, estimateFunding, isClasEditable, type ClasStatus, type ClasYearConfig, type Eligibility } from '@maillage/shared';
import { guard, policies } from '../../core/authz.js';
import type { RequestContext } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { loaders as identityLoaders } from '../identity/loaders.js';
import { partyOf } from './policy.js';
import * as config from './config.service.js';
import { bilanFigures, eligibilityOf, fundingOf, type GroupRow, type ProjectRow, type SessionLogRow } from './figures.js';
import { clasLoaders } from './loaders.js';
import * as projects from './projects.service.js';
import * as workflow from './workflow.service.js';
import * as year from './year.service.js';

const holder = policies.anyRole('CLAS_HOLDER');
const officer = policies.anyRole('CAF_OFFICER');
const party = policies.anyRole('CLAS_HOLDER', 'CAF_OFFICER');
const configReaders = policies.anyRole('CLAS_HOLDER', 'CAF_OFFICER', 'ADMIN');

/** A group as the API shows it: with what its fields need of its project (year, and whether the caller is its holder). */
type GroupNode = GroupRow & { schoolYear: string; holder: boolean };
/** A session log; `presentRosterIds` set when the caller is known to be the holder and the marks are at hand. */
type SessionLogNode = SessionLogRow & { holder: boolean; presentRosterIds?: string[] };
type DecisionRow = { eligibility: Eligibility; config: ClasYearConfig & { configured?: boolean; version?: number }; decidedBy: string };

const configOf = (ctx: RequestContext, schoolYear: string) => clasLoaders.config(ctx).load(schoolYear);
const groupsOf = (ctx: RequestContext, p: ProjectRow) => clasLoaders.groups(ctx).load(p.id);

async function evaluationOf(ctx: RequestContext, p: ProjectRow) {
  const [groups, cfg] = await Promise.all([groupsOf(ctx, p), configOf(ctx, p.schoolYear)]);
  return { groups, config: cfg };
}

export const clasResolvers = {
  Query: {
    clasProjects: guard(party, (args: Record<string, unknown>, ctx) => projects.listProjects(ctx, args)),
    clasProject: guard(party, (args: { id: unknown }, ctx) => projects.getProject(ctx, args.id)),
    clasWaitingSchoolYears: guard(officer, (_args: unknown, ctx) => projects.waitingSchoolYears(ctx)),
    clasYearConfig: guard(configReaders, (args: { schoolYear: unknown }, ctx) => config.getYearConfig(ctx, args.schoolYear)),
  },
  Mutation: {
    createClasProject: guard(holder, (args: unknown, ctx) => projects.createProject(ctx, args)),
    updateClasProject: guard(holder, (args: unknown, ctx) => projects.updateProject(ctx, args)),
    submitClasProject: guard(holder, (args: unknown, ctx) => workflow.submitProject(ctx, args)),
    examineClasProject: guard(officer, (args: unknown, ctx) => workflow.examineProject(ctx, args)),
    decideClasProject: guard(officer, (args: { input?: unknown }, ctx) => workflow.decideProject(ctx, args)),
    commentClasProject: guard(party, (args: unknown, ctx) => year.commentProject(ctx, args)),
    logClasSession: guard(holder, async (args: unknown, ctx): Promise<SessionLogNode> => ({ ...(await year.logSession(ctx, args)), holder: true })),
    logClasActivity: guard(holder, (args: unknown, ctx) => year.logActivity(ctx, args)),
    setClasRoster: guard(holder, (args: unknown, ctx) => year.setRoster(ctx, args)),
    submitClasBilan: guard(holder, (args: unknown, ctx) => workflow.submitBilan(ctx, args)),
    closeClasProject: guard(officer, (args: unknown, ctx) => workflow.closeProject(ctx, args)),
    setClasYearConfig: guard(policies.admin, (args: { input?: unknown }, ctx) => config.setYearConfig(ctx, args)),
  },
  ClasProject: {
    organisation: async (p: ProjectRow, _a: unknown, ctx: RequestContext) => {
      const org = await identityLoaders.organisation(ctx).load(p.organisationId);
      if (!org) throw notFound('Organisation');
      return org;
    },
    departement: async (p: ProjectRow, _a: unknown, ctx: RequestContext) => {
      const territory = await identityLoaders.territory(ctx).load(p.departementId);
      if (!territory) throw notFound('Département');
      return territory;
    },
    diagnostic: (p: ProjectRow) => p.declaration.diagnostic,
    charterSigned: (p: ProjectRow) => p.declaration.charterSigned,
    inDepartmentalFramework: (p: ProjectRow) => p.declaration.inDepartmentalFramework,
    concertationDescription: (p: ProjectRow) => p.declaration.concertationDescription,
    activityKinds: (p: ProjectRow) => p.declaration.activityKinds,
    localPartners: (p: ProjectRow) => p.declaration.localPartners,
    schools: (p: ProjectRow) => p.declaration.schools,
    parentActions: (p: ProjectRow) => p.declaration.parentActions,
    concertationActions: (p: ProjectRow) => p.declaration.concertationActions,
    groups: async (p: ProjectRow, _a: unknown, ctx: RequestContext): Promise<GroupNode[]> => {
      const [groups, who] = await Promise.all([groupsOf(ctx, p), partyOf(ctx, p)]);
      return groups.map((g) => ({ ...g, schoolYear: p.schoolYear, holder: who === 'HOLDER' }));
    },
    eligibility: async (p: ProjectRow, _a: unknown, ctx: RequestContext) => {
      const { groups, config: cfg } = await evaluationOf(ctx, p);
      return eligibilityOf(p.declaration, groups, cfg);
    },
    fundingEstimateCents: async (p: ProjectRow, _a: unknown, ctx: RequestContext) => {
      const { groups, config: cfg } = await evaluationOf(ctx, p);
      return fundingOf(groups, cfg).totalCents;
    },
    config: (p: ProjectRow, _a: unknown, ctx: RequestContext) => configOf(ctx, p.schoolYear),
    allowedActions: async (p: ProjectRow, _a: unknown, ctx: RequestContext) => {
      const who = await partyOf(ctx, p);
      return who ? allowedClasActions(p.status as ClasStatus, who) : [];
    },
    editable: async (p: ProjectRow, _a: unknown, ctx: RequestContext) => isClasEditable(p.status as ClasStatus) && (await partyOf(ctx, p)) === 'HOLDER',
    decisions: (p: ProjectRow, _a: unknown, ctx: RequestContext) => clasLoaders.decisions(ctx).load(p.id),
    decision: async (p: ProjectRow, _a: unknown, ctx: RequestContext) => (await clasLoaders.decisions(ctx).load(p.id)).at(-1) ?? null,
    comments: (p: ProjectRow, _a: unknown, ctx: RequestContext) => clasLoaders.comments(ctx).load(p.id),
    activityLogs: (p: ProjectRow, _a: unknown, ctx: RequestContext) => clasLoaders.activityLogs(ctx).load(p.id),
    // Live figures during the year; once the bilan is deposited, the ones frozen with it.
    bilan: async (p: ProjectRow, _a: unknown, ctx: RequestContext) => {
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
    fundingEstimateCents: async (g: GroupNode, _a: unknown, ctx: RequestContext) => estimateFunding([g], await configOf(ctx, g.schoolYear)).totalCents,
    sessionLogs: async (g: GroupNode, _a: unknown, ctx: RequestContext): Promise<SessionLogNode[]> =>
      (await clasLoaders.sessionLogs(ctx).load(g.projectId)).filter((s) => s.groupId === g.id).map((s) => ({ ...s, holder: g.holder })),
    // Names are the holder's alone: null for anyone else, whatever row-level security would return.
    roster: async (g: GroupNode, _a: unknown, ctx: RequestContext) => {
      if (!g.holder) return null;
      return (await clasLoaders.roster(ctx).load(g.projectId)).filter((e) => e.groupId === g.id).map((e) => ({ id: e.id, name: e.name }));
    },
  },
  ClasSessionLog: {
    presentRosterIds: async (s: SessionLogNode, _a: unknown, ctx: RequestContext) => {
      if (!s.holder) return null;
      return s.presentRosterIds ?? (await clasLoaders.attendance(ctx).load(s.projectId)).get(s.id) ?? [];
    },
  },
  ClasDecision: {
    config: (d: DecisionRow) => ({ ...d.config, configured: d.config.configured ?? true, version: d.config.version ?? 0 }),
    decidedBy: (d: DecisionRow, _a: unknown, ctx: RequestContext) => clasLoaders.counterpart(ctx).load(d.decidedBy),
  },
  ClasComment: {
    author: (c: { authorId: string }, _a: unknown, ctx: RequestContext) => clasLoaders.counterpart(ctx).load(c.authorId),
  },
};
