import { asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  CLAS_ACTION_PARTY,
  clasSchemas,
  clasTransition,
  identity,
  type ClasAction,
  type ClasStatus,
} from '@maillage/shared';
import { deny } from '../../core/authz.js';
import type { RequestContext } from '../../core/context.js';
import { notify } from '../notifications/events.js';
import { emitWebhookEvents } from '../webhooks/service.js';
import { AppError, staleVersion } from '../../core/errors.js';
import { parseInput } from '../../core/validation.js';
import { partyOf } from './policy.js';
import { bilanFigures, eligibilityOf, fundingOf, type ProjectRow } from './figures.js';
import { forgetProject } from './loaders.js';
import { lockProject } from './projects.service.js';
import { clasActivityLog, clasDecision, clasGroup, clasProject, clasSessionLog } from './tables.js';
import { clasConfigOf } from './year-config.js';

const projectRef = z.object({ id: identity.uuid, version: identity.version });

const AUDIT_ACTIONS: Record<ClasAction['type'], string> = {
  SUBMIT: 'clas.project_submit',
  EXAMINE: 'clas.project_examine',
  ACCEPT: 'clas.project_decide',
  REFUSE: 'clas.project_decide',
  REQUEST_COMPLETION: 'clas.project_decide',
  SUBMIT_BILAN: 'clas.bilan_submit',
  CLOSE: 'clas.project_close',
};

/** The project as of now, with what the rules need: its groups, its year's configuration, the rule results and the funding estimate. */
async function evaluate(ctx: RequestContext, row: ProjectRow) {
  const [groups, config] = await Promise.all([
    ctx.db.select().from(clasGroup).where(eq(clasGroup.projectId, row.id)).orderBy(asc(clasGroup.position)),
    clasConfigOf(ctx.db, row.schoolYear),
  ]);
  return {
    groups,
    config,
    eligibility: eligibilityOf(row.declaration, groups, config),
    funding: fundingOf(groups, config),
  };
}

/**
 * One step of the project's life: the row locked, the party checked (the holder of its organisation or
 * the CAF officer of its département, as the machine says), the version checked, then the machine asked;
 * an illegal step is a CONFLICT with the machine's reason. `write` adds what the step records.
 */
async function step(
  ctx: RequestContext,
  id: string,
  version: number,
  action: ClasAction,
  write: (
    row: ProjectRow,
    evaluation: Awaited<ReturnType<typeof evaluate>>,
  ) => Promise<{ changes: Partial<typeof clasProject.$inferInsert>; details: Record<string, unknown> }>,
): Promise<ProjectRow> {
  const auditAction = AUDIT_ACTIONS[action.type];
  const current = await lockProject(ctx, id);
  const required = CLAS_ACTION_PARTY[action.type];
  if ((await partyOf(ctx, current)) !== required)
    deny(ctx, auditAction, required === 'HOLDER' ? 'not-clas-holder-of-project' : 'not-caf-officer-of-departement', {
      subjectType: 'clas_project',
      subjectId: current.id,
    });
  if (current.version !== version) throw staleVersion('Le projet');
  const evaluation = await evaluate(ctx, current);
  const result = clasTransition(
    { status: current.status as ClasStatus, requestedCents: evaluation.funding.totalCents },
    action,
  );
  if (!result.ok) throw new AppError('CONFLICT', result.reason, 'TRANSITION_REFUSED');
  const { changes, details } = await write(current, evaluation);
  const [row] = await ctx.db
    .update(clasProject)
    .set({ ...changes, status: result.status, version: sql`${clasProject.version} + 1`, updatedAt: sql`now()` })
    .where(eq(clasProject.id, id))
    .returning();
  await ctx.audit({
    action: auditAction,
    subjectType: 'clas_project',
    subjectId: id,
    details: { from: current.status, status: result.status, ...details },
  });
  forgetProject(ctx, id);
  return row!;
}

/** BROUILLON or A_COMPLETER → DEPOSE, even with failing rules: the officer decides, on the results kept here. */
export async function submitProject(ctx: RequestContext, raw: unknown): Promise<ProjectRow> {
  const { id, version } = parseInput(projectRef, raw, '');
  const row = await step(ctx, id, version, { type: 'SUBMIT' }, async (_row, { eligibility, funding }) => ({
    changes: { submittedEligibility: eligibility, submittedAt: new Date() },
    details: {
      failures: eligibility.failures,
      warnings: eligibility.warnings,
      fundingEstimateCents: funding.totalCents,
    },
  }));
  await notify(ctx, {
    kind: 'CLAS_PROJECT_SUBMITTED',
    audience: { type: 'CAF_OFFICERS', departementId: row.departementId },
    organisationId: row.organisationId,
    target: { type: 'clas_project', id: row.id },
    link: `/caf/clas/${row.id}`,
  });
  return row;
}

export async function examineProject(ctx: RequestContext, raw: unknown): Promise<ProjectRow> {
  const { id, version } = parseInput(projectRef, raw, '');
  return step(ctx, id, version, { type: 'EXAMINE' }, async () => ({ changes: {}, details: {} }));
}

/**
 * The officer's decision, recorded with the rule results it was taken on and the whole configuration
 * they were evaluated with: the year's settings may change later, the decision stays explainable.
 */
export async function decideProject(ctx: RequestContext, raw: { input?: unknown }): Promise<ProjectRow> {
  const input = parseInput(clasSchemas.clasDecisionInput, raw.input);
  const action: ClasAction =
    input.decision === 'ACCEPTE'
      ? { type: 'ACCEPT', amountGrantedCents: input.amountGrantedCents! }
      : input.decision === 'REFUSE'
        ? { type: 'REFUSE', reasons: input.reasons }
        : { type: 'REQUEST_COMPLETION', reasons: input.reasons };
  const decided = await step(
    ctx,
    input.projectId,
    input.version,
    action,
    async (row, { eligibility, config, funding }) => {
      await ctx.db.insert(clasDecision).values({
        projectId: row.id,
        decision: input.decision,
        reasons: input.reasons,
        amountGrantedCents: input.amountGrantedCents,
        eligibility,
        config,
        decidedBy: ctx.actor!.userId,
      });
      return {
        changes: {},
        details: {
          decision: input.decision,
          amountGrantedCents: input.amountGrantedCents,
          fundingEstimateCents: funding.totalCents,
          failures: eligibility.failures,
        },
      };
    },
  );
  // The holders hear that the CAF answered; what it decided, they read signed in.
  await notify(ctx, {
    kind: input.decision === 'A_COMPLETER' ? 'CLAS_TO_COMPLETE' : 'CLAS_DECISION',
    audience: { type: 'ORGANISATION_ROLE', organisationId: decided.organisationId, roles: ['CLAS_HOLDER'] },
    organisationId: decided.organisationId,
    target: { type: 'clas_project', id: decided.id },
    link: `/clas/projets/${decided.id}`,
  });
  await emitWebhookEvents(ctx, [{ type: 'clas.decision', id: decided.id }]);
  return decided;
}

/** ACCEPTE → BILAN_DEPOSE: the figures of the year are computed and frozen with the holder's assessment. */
export async function submitBilan(ctx: RequestContext, raw: unknown): Promise<ProjectRow> {
  const { projectId, version, assessment } = parseInput(clasSchemas.clasBilanInput, raw, '');
  return step(ctx, projectId, version, { type: 'SUBMIT_BILAN' }, async (row, { groups }) => {
    const [sessions, activities] = await Promise.all([
      ctx.db
        .select({ groupId: clasSessionLog.groupId, childrenPresent: clasSessionLog.childrenPresent })
        .from(clasSessionLog)
        .where(eq(clasSessionLog.projectId, row.id)),
      ctx.db.select({ kind: clasActivityLog.kind }).from(clasActivityLog).where(eq(clasActivityLog.projectId, row.id)),
    ]);
    const figures = bilanFigures(row.declaration, groups, sessions, activities);
    return {
      changes: { bilanFigures: figures, bilanAssessment: assessment, bilanSubmittedAt: new Date() },
      details: {
        sessionsPlanned: figures.sessionsPlanned,
        sessionsHeld: figures.sessionsHeld,
        parentActionsHeld: figures.parentActionsHeld,
        concertationHeld: figures.concertationHeld,
      },
    };
  });
}

export async function closeProject(ctx: RequestContext, raw: unknown): Promise<ProjectRow> {
  const { id, version } = parseInput(projectRef, raw, '');
  return step(ctx, id, version, { type: 'CLOSE' }, async () => ({ changes: { closedAt: new Date() }, details: {} }));
}
