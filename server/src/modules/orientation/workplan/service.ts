import DataLoader from 'dataloader';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import {
  isWorkPlanActionLate,
  identity,
  WORK_PLAN_STATUSES,
  workPlanSchemas,
  type WorkPlanStatus,
} from '@maillage/shared';
import { deny } from '../../../core/authz.js';
import type { RequestContext } from '../../../core/context.js';
import { badInput, errorCode, notFound, staleVersion } from '../../../core/errors.js';
import { parseInput } from '../../../core/validation.js';
import { parisDay } from '../../notifications/reminders.js';
import { orientationPeople, type OrientationPersonRow } from '../cios.service.js';
import { directedCioIds, directs, readableCioIds } from '../policy.js';
import { meeting } from '../../instances/tables.js';
import { workPlan, workPlanAction, workPlanComment } from './tables.js';

export type WorkPlanRow = typeof workPlan.$inferSelect;
export type WorkPlanActionRow = typeof workPlanAction.$inferSelect;
export type WorkPlanCommentRow = typeof workPlanComment.$inferSelect;

/** yyyy-mm-01 (the stored form) ↔ yyyy-mm (the API's). */
export const toMonth = (day: string) => day.slice(0, 7);
const toDay = (m: string) => `${m}-01`;

/** Today (Europe/Paris), overridable by tests through the request's clock. */
export const todayOf = (_ctx: RequestContext) => parisDay();

async function mustDirect(ctx: RequestContext, cioId: string, action: string, target: { type: string; id: string }) {
  if (!(await directs(ctx, cioId)))
    deny(ctx, action, 'not-direction', { subjectType: target.type, subjectId: target.id });
}

/** The people a CIO's readers may name (its PsyEn and directors), once per request and CIO. */
export function cioPeople(ctx: RequestContext, cioId: string): Promise<OrientationPersonRow[]> {
  return ctx
    .loader(
      'orientationCioPeople',
      () =>
        new DataLoader<string, OrientationPersonRow[]>((ids) =>
          Promise.all(ids.map((id) => orientationPeople(ctx, id))),
        ),
    )
    .load(cioId);
}

/* ---------- plans ---------- */

export async function listWorkPlans(ctx: RequestContext, rawCioId: unknown): Promise<WorkPlanRow[]> {
  const cioId = parseInput(identity.uuid, rawCioId, 'cioId');
  return ctx.db.select().from(workPlan).where(eq(workPlan.cioId, cioId)).orderBy(desc(workPlan.startMonth));
}

export async function getWorkPlan(ctx: RequestContext, id: string): Promise<WorkPlanRow | null> {
  if (!identity.uuid.safeParse(id).success) return null;
  const [row] = await ctx.db.select().from(workPlan).where(eq(workPlan.id, id));
  return row ?? null;
}

export async function createWorkPlan(ctx: RequestContext, raw: unknown): Promise<WorkPlanRow> {
  const input = parseInput(workPlanSchemas.createWorkPlan, raw);
  await mustDirect(ctx, input.cioId, 'work_plan.create', { type: 'organisation', id: input.cioId });
  const [row] = await ctx.db
    .insert(workPlan)
    .values({
      cioId: input.cioId,
      title: input.title,
      startMonth: toDay(input.startMonth),
      endMonth: toDay(input.endMonth),
      createdBy: ctx.actor!.userId,
    })
    .returning();
  await ctx.audit({ action: 'work_plan.create', subjectType: 'work_plan', subjectId: row!.id });
  return row!;
}

/** The plan as the caller sees it, of a CIO they direct, locked, at the version they last read. */
async function planForChange(ctx: RequestContext, id: string, version: number, action: string) {
  const seen = await getWorkPlan(ctx, id);
  if (!seen) throw notFound('Plan de travail');
  await mustDirect(ctx, seen.cioId, action, { type: 'work_plan', id: seen.id });
  const [row] = await ctx.db.select().from(workPlan).where(eq(workPlan.id, id)).for('update');
  if (!row) throw notFound('Plan de travail');
  if (row.version !== version) throw staleVersion('Le plan de travail');
  return row;
}

export async function updateWorkPlan(ctx: RequestContext, raw: unknown): Promise<WorkPlanRow> {
  const input = parseInput(workPlanSchemas.updateWorkPlan, raw);
  const row = await planForChange(ctx, input.id, input.version, 'work_plan.update');
  // The actions must stay within the plan's months.
  const [outside] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(workPlanAction)
    .where(
      and(
        eq(workPlanAction.planId, row.id),
        sql`(${workPlanAction.startMonth} < ${toDay(input.startMonth)}::date or ${workPlanAction.endMonth} > ${toDay(input.endMonth)}::date)`,
      ),
    );
  if ((outside?.n ?? 0) > 0)
    throw badInput([{ path: 'input.startMonth', message: `${outside!.n} action(s) hors de ces mois` }]);
  const [updated] = await ctx.db
    .update(workPlan)
    .set({
      title: input.title,
      startMonth: toDay(input.startMonth),
      endMonth: toDay(input.endMonth),
      version: row.version + 1,
      updatedAt: new Date(),
    })
    .where(eq(workPlan.id, row.id))
    .returning();
  await ctx.audit({ action: 'work_plan.update', subjectType: 'work_plan', subjectId: row.id });
  return updated!;
}

/** Whether the plan's span contains today's month (the current plan), or is over (a finished one). */
export function planState(plan: WorkPlanRow, today: string): 'FINISHED' | 'CURRENT' | 'FUTURE' {
  const m = today.slice(0, 7);
  if (toMonth(plan.endMonth) < m) return 'FINISHED';
  if (toMonth(plan.startMonth) > m) return 'FUTURE';
  return 'CURRENT';
}

/* ---------- actions ---------- */

export function actionsOfPlan(ctx: RequestContext, planId: string): Promise<WorkPlanActionRow[]> {
  return ctx
    .loader(
      'workPlanActions',
      () =>
        new DataLoader<string, WorkPlanActionRow[]>(async (ids) => {
          const rows = await ctx.db
            .select()
            .from(workPlanAction)
            .where(inArray(workPlanAction.planId, [...ids]))
            .orderBy(asc(workPlanAction.startMonth), asc(workPlanAction.endMonth), asc(workPlanAction.title));
          return ids.map((id) => rows.filter((r) => r.planId === id));
        }),
    )
    .load(planId);
}

export function commentsOfAction(ctx: RequestContext, actionId: string): Promise<WorkPlanCommentRow[]> {
  return ctx
    .loader(
      'workPlanComments',
      () =>
        new DataLoader<string, WorkPlanCommentRow[]>(async (ids) => {
          const rows = await ctx.db
            .select()
            .from(workPlanComment)
            .where(inArray(workPlanComment.actionId, [...ids]))
            .orderBy(asc(workPlanComment.createdAt));
          return ids.map((id) => rows.filter((r) => r.actionId === id));
        }),
    )
    .load(actionId);
}

function explainWriteError(err: unknown): never {
  if (errorCode(err) === '23503') throw badInput([{ path: 'input.minutesMeetingId', message: 'réunion inconnue' }]);
  throw err;
}

type ActionValues = ReturnType<typeof workPlanSchemas.workPlanActionValues.parse>;

/** The named people must be the CIO's PsyEn or directors; the months within the plan's. */
async function checkAction(ctx: RequestContext, plan: WorkPlanRow, input: ActionValues) {
  const people = await cioPeople(ctx, plan.cioId);
  const unknown = input.personIds.findIndex((id) => !people.some((p) => p.id === id));
  if (unknown >= 0) throw badInput([{ path: `input.personIds.${unknown}`, message: 'personne inconnue de ce CIO' }]);
  if (input.startMonth < toMonth(plan.startMonth))
    throw badInput([{ path: 'input.startMonth', message: 'avant le début du plan' }]);
  if (input.endMonth > toMonth(plan.endMonth))
    throw badInput([{ path: 'input.endMonth', message: 'après la fin du plan' }]);
  // Read as the caller (row-level security): a meeting they do not see is as unknown as one that does
  // not exist; the foreign key alone would tell them it exists.
  if (input.minutesMeetingId) {
    const [seen] = await ctx.db.select({ id: meeting.id }).from(meeting).where(eq(meeting.id, input.minutesMeetingId));
    if (!seen) throw badInput([{ path: 'input.minutesMeetingId', message: 'réunion inconnue' }]);
  }
}

const actionColumns = (input: ActionValues) => ({
  title: input.title,
  roles: input.roles,
  personIds: input.personIds,
  startMonth: toDay(input.startMonth),
  endMonth: toDay(input.endMonth),
  status: input.status,
  evidenceUrl: input.evidenceUrl,
  minutesMeetingId: input.minutesMeetingId,
});

const actionDetails = (input: ActionValues) => ({
  status: input.status,
  roles: input.roles,
  people: input.personIds.length,
  evidence: Boolean(input.evidenceUrl),
  minutes: Boolean(input.minutesMeetingId),
});

export async function createWorkPlanAction(ctx: RequestContext, raw: unknown): Promise<WorkPlanActionRow> {
  const input = parseInput(workPlanSchemas.createWorkPlanAction, raw);
  const plan = await getWorkPlan(ctx, input.workPlanId);
  if (!plan) throw notFound('Plan de travail');
  await mustDirect(ctx, plan.cioId, 'work_plan_action.create', { type: 'work_plan', id: plan.id });
  await checkAction(ctx, plan, input);
  const [count] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(workPlanAction)
    .where(eq(workPlanAction.planId, plan.id));
  if ((count?.n ?? 0) >= 200) throw badInput([{ path: 'input.workPlanId', message: '200 actions au plus par plan' }]);
  const [row] = await ctx.db
    .insert(workPlanAction)
    .values({ planId: plan.id, cioId: plan.cioId, ...actionColumns(input) })
    .returning()
    .catch(explainWriteError);
  await ctx.audit({
    action: 'work_plan_action.create',
    subjectType: 'work_plan_action',
    subjectId: row!.id,
    details: actionDetails(input),
  });
  return row!;
}

async function actionForChange(ctx: RequestContext, id: string, version: number, action: string) {
  const [seen] = await ctx.db.select().from(workPlanAction).where(eq(workPlanAction.id, id));
  if (!seen) throw notFound('Action');
  await mustDirect(ctx, seen.cioId, action, { type: 'work_plan_action', id });
  const [row] = await ctx.db.select().from(workPlanAction).where(eq(workPlanAction.id, id)).for('update');
  if (!row) throw notFound('Action');
  if (row.version !== version) throw staleVersion('L’action', true);
  return row;
}

export async function updateWorkPlanAction(ctx: RequestContext, raw: unknown): Promise<WorkPlanActionRow> {
  const input = parseInput(workPlanSchemas.updateWorkPlanAction, raw);
  const row = await actionForChange(ctx, input.id, input.version, 'work_plan_action.update');
  const plan = (await getWorkPlan(ctx, row.planId))!;
  await checkAction(ctx, plan, input);
  const [updated] = await ctx.db
    .update(workPlanAction)
    .set({ ...actionColumns(input), version: row.version + 1, updatedAt: new Date() })
    .where(eq(workPlanAction.id, row.id))
    .returning()
    .catch(explainWriteError);
  await ctx.audit({
    action: 'work_plan_action.update',
    subjectType: 'work_plan_action',
    subjectId: row.id,
    details: actionDetails(input),
  });
  return updated!;
}

/** A plan and, by cascade, its actions, their comments and reminders. */
export async function deleteWorkPlan(ctx: RequestContext, raw: unknown): Promise<boolean> {
  const input = parseInput(workPlanSchemas.deleteWorkPlan, raw);
  const row = await planForChange(ctx, input.id, input.version, 'work_plan.delete');
  const [count] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(workPlanAction)
    .where(eq(workPlanAction.planId, row.id));
  await ctx.db.delete(workPlan).where(eq(workPlan.id, row.id));
  await ctx.audit({
    action: 'work_plan.delete',
    subjectType: 'work_plan',
    subjectId: row.id,
    details: { actions: count?.n ?? 0 },
  });
  return true;
}

export async function deleteWorkPlanAction(ctx: RequestContext, raw: unknown): Promise<boolean> {
  const input = parseInput(workPlanSchemas.deleteWorkPlanAction, raw);
  const row = await actionForChange(ctx, input.id, input.version, 'work_plan_action.delete');
  await ctx.db.delete(workPlanAction).where(eq(workPlanAction.id, row.id));
  await ctx.audit({ action: 'work_plan_action.delete', subjectType: 'work_plan_action', subjectId: row.id });
  return true;
}

/** Whether the caller may change the action's status: its direction team, or a person it names. */
export async function canChangeStatus(ctx: RequestContext, action: WorkPlanActionRow): Promise<boolean> {
  if (ctx.actor && action.personIds.includes(ctx.actor.userId)) return true;
  return (await directedCioIds(ctx)).includes(action.cioId);
}

/** The status only: by the direction team or a person named in the action (app_work_plan_set_status). */
export async function setWorkPlanActionStatus(ctx: RequestContext, raw: unknown): Promise<WorkPlanActionRow> {
  const input = parseInput(workPlanSchemas.setWorkPlanActionStatus, raw);
  const [seen] = await ctx.db.select().from(workPlanAction).where(eq(workPlanAction.id, input.id));
  if (!seen) throw notFound('Action');
  if (!(await canChangeStatus(ctx, seen)))
    deny(ctx, 'work_plan_action.status', 'not-attributed', { subjectType: 'work_plan_action', subjectId: seen.id });
  const { rows } = await ctx.db.execute<{ v: number | null }>(
    sql`select app_work_plan_set_status(${input.id}::uuid, ${input.status}, ${input.version}::int) as v`,
  );
  const v = rows[0]?.v ?? null;
  if (v === null)
    deny(ctx, 'work_plan_action.status', 'not-attributed', { subjectType: 'work_plan_action', subjectId: seen.id });
  if (Number(v) === -1) throw staleVersion('L’action', true);
  await ctx.audit({
    action: 'work_plan_action.status',
    subjectType: 'work_plan_action',
    subjectId: seen.id,
    details: { from: seen.status, to: input.status },
  });
  const [updated] = await ctx.db.select().from(workPlanAction).where(eq(workPlanAction.id, seen.id));
  return updated!;
}

/* ---------- comments ---------- */

export async function addWorkPlanComment(ctx: RequestContext, raw: unknown): Promise<WorkPlanCommentRow> {
  const input = parseInput(workPlanSchemas.addWorkPlanComment, raw);
  const [action] = await ctx.db.select().from(workPlanAction).where(eq(workPlanAction.id, input.workPlanActionId));
  if (!action) throw notFound('Action');
  const [direction, readable] = await Promise.all([directedCioIds(ctx), readableCioIds(ctx)]);
  const psyen = ctx.actor!.memberships.some((m) => m.organisationId === action.cioId && m.roles.includes('PSYEN'));
  if (!direction.includes(action.cioId) && !(psyen && readable.includes(action.cioId)))
    deny(ctx, 'work_plan_comment.add', 'not-staff', { subjectType: 'work_plan_action', subjectId: action.id });
  const { rows } = await ctx.db.execute<{ display_name: string }>(
    sql`select display_name from app_user where id = ${ctx.actor!.userId}`,
  );
  const [row] = await ctx.db
    .insert(workPlanComment)
    .values({
      actionId: action.id,
      cioId: action.cioId,
      authorId: ctx.actor!.userId,
      authorName: rows[0]?.display_name ?? '—',
      body: input.body,
    })
    .returning();
  await ctx.audit({ action: 'work_plan_comment.add', subjectType: 'work_plan_action', subjectId: action.id });
  return row!;
}

/* ---------- for the evaluation report ---------- */

export type WorkPlanCompletionRow = Record<WorkPlanStatus, number> & {
  planId: string | null;
  total: number;
  late: number;
};

/** The CIO's current plan (its span holds today; else the latest begun), or null. */
export async function currentWorkPlan(ctx: RequestContext, cioId: string): Promise<WorkPlanRow | null> {
  const today = todayOf(ctx);
  const plans = await ctx.db
    .select()
    .from(workPlan)
    .where(eq(workPlan.cioId, cioId))
    .orderBy(desc(workPlan.startMonth));
  return (
    plans.find((p) => planState(p, today) === 'CURRENT') ??
    plans.find((p) => planState(p, today) === 'FINISHED') ??
    null
  );
}

/** Counts of a plan's actions by status, and how many are late. */
export function completionOf(
  actions: WorkPlanActionRow[],
  today: string,
  planId: string | null,
): WorkPlanCompletionRow {
  const out = Object.fromEntries(WORK_PLAN_STATUSES.map((s) => [s, 0])) as Record<WorkPlanStatus, number>;
  let late = 0;
  for (const a of actions) {
    out[a.status as WorkPlanStatus] += 1;
    if (isWorkPlanActionLate({ status: a.status, endMonth: toMonth(a.endMonth) }, today)) late += 1;
  }
  return { ...out, planId, total: actions.length, late };
}

/**
 * The completion of the CIO's current work plan (counts of its actions by status, and late ones), as
 * the caller reads it under row-level security: for the evaluation report. All zero without a plan.
 */
export async function planCompletionOf(ctx: RequestContext, cioId: string): Promise<WorkPlanCompletionRow> {
  const plan = await currentWorkPlan(ctx, cioId);
  if (!plan) return completionOf([], todayOf(ctx), null);
  const actions = await ctx.db.select().from(workPlanAction).where(eq(workPlanAction.planId, plan.id));
  return completionOf(actions, todayOf(ctx), plan.id);
}
