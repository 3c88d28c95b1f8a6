import { eq, sql } from 'drizzle-orm';
import { identity, parcoursSchemas } from '@maillage/shared';
import type { RequestContext } from '../../core/context.js';
import { badInput, staleVersion } from '../../core/errors.js';
import { parseInput } from '../../core/validation.js';
import { activeReferenceOf, hidden, lockPerson, memberOfPerson } from './policy.js';
import { withIsoStrings } from './input.js';
import { forgetParcours, type ActionRow, type CompetenceRow, type GoalRow } from './loaders.js';
import { competence, planAction, planGoal } from './tables.js';

export const PLAN_AUDIT = {
  goalAdd: 'parcours.goal_add',
  actionAdd: 'parcours.action_add',
  actionUpdate: 'parcours.action_update',
  competenceAdd: 'parcours.competence_add',
  competenceRemove: 'parcours.competence_remove',
} as const;

/** Who does an action: an entry of this PA's list (any period: an action keeps who did it). */
async function checkMember(ctx: RequestContext, personId: string, memberId: string | null | undefined): Promise<void> {
  if (!memberId) return;
  if (!(await memberOfPerson(ctx, personId, memberId)))
    throw badInput([
      { path: 'input.memberId', message: "cet intervenant n'est pas sur la liste d'accompagnement de la personne" },
    ]);
}

/** A goal of the plan d'action partagé: only around an active reference. */
export async function addGoal(ctx: RequestContext, raw: unknown): Promise<GoalRow> {
  const input = parseInput(parcoursSchemas.goalInput, raw, '');
  await lockPerson(ctx, input.personId, PLAN_AUDIT.goalAdd);
  await activeReferenceOf(ctx, input.personId);
  const [row] = await ctx.db
    .insert(planGoal)
    .values({ personId: input.personId, theme: input.theme, title: input.title, createdBy: ctx.actor!.userId })
    .returning();
  await ctx.audit({
    action: PLAN_AUDIT.goalAdd,
    subjectType: 'accompanied_person',
    subjectId: input.personId,
    details: { goalId: row!.id, theme: input.theme },
  });
  forgetParcours(ctx);
  return row!;
}

export async function addAction(ctx: RequestContext, raw: { input?: unknown }): Promise<ActionRow> {
  const input = parseInput(parcoursSchemas.planActionInput, withIsoStrings(raw.input));
  const [goal] = await ctx.db
    .select({ personId: planGoal.personId })
    .from(planGoal)
    .where(eq(planGoal.id, input.goalId));
  if (!goal) return hidden(ctx, PLAN_AUDIT.actionAdd, planGoal, input.goalId, 'Objectif');
  await lockPerson(ctx, goal.personId, PLAN_AUDIT.actionAdd);
  await activeReferenceOf(ctx, goal.personId);
  await checkMember(ctx, goal.personId, input.memberId);
  const [row] = await ctx.db
    .insert(planAction)
    .values({
      goalId: input.goalId,
      personId: goal.personId,
      title: input.title,
      memberId: input.memberId,
      byPerson: input.byPerson,
      dueDate: input.dueDate,
      status: input.status,
    })
    .returning();
  await ctx.audit({
    action: PLAN_AUDIT.actionAdd,
    subjectType: 'accompanied_person',
    subjectId: goal.personId,
    details: { goalId: input.goalId, actionId: row!.id, status: input.status },
  });
  forgetParcours(ctx);
  return row!;
}

/** Changes the fields given (null clears who and when); names the version it read. */
export async function updateAction(ctx: RequestContext, raw: { input?: unknown }): Promise<ActionRow> {
  const input = parseInput(parcoursSchemas.updatePlanActionInput, withIsoStrings(raw.input));
  const [found] = await ctx.db
    .select({ personId: planAction.personId })
    .from(planAction)
    .where(eq(planAction.id, input.id));
  if (!found) return hidden(ctx, PLAN_AUDIT.actionUpdate, planAction, input.id, 'Action');
  await lockPerson(ctx, found.personId, PLAN_AUDIT.actionUpdate);
  const [current] = await ctx.db.select().from(planAction).where(eq(planAction.id, input.id));
  if (!current) return hidden(ctx, PLAN_AUDIT.actionUpdate, planAction, input.id, 'Action');
  if (current.version !== input.version) throw staleVersion("L'action");
  await activeReferenceOf(ctx, current.personId);
  await checkMember(ctx, current.personId, input.memberId);

  const changes = {
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.memberId !== undefined ? { memberId: input.memberId } : {}),
    ...(input.byPerson !== undefined ? { byPerson: input.byPerson } : {}),
    ...(input.dueDate !== undefined ? { dueDate: input.dueDate } : {}),
    ...(input.status !== undefined ? { status: input.status } : {}),
  };
  const fields = (Object.keys(changes) as (keyof typeof changes)[]).filter((k) => changes[k] !== current[k]);
  const [row] = await ctx.db
    .update(planAction)
    .set({ ...changes, version: sql`${planAction.version} + 1`, updatedAt: sql`now()` })
    .where(eq(planAction.id, current.id))
    .returning();
  await ctx.audit({
    action: PLAN_AUDIT.actionUpdate,
    subjectType: 'accompanied_person',
    subjectId: current.personId,
    details: { actionId: current.id, fields, status: row!.status },
  });
  forgetParcours(ctx);
  return row!;
}

/** The PA's potentials and competences describe the person: recorded with or without an active reference. */
export async function addCompetence(ctx: RequestContext, raw: unknown): Promise<CompetenceRow> {
  const input = parseInput(parcoursSchemas.competenceInput, raw, '');
  await lockPerson(ctx, input.personId, PLAN_AUDIT.competenceAdd);
  const [row] = await ctx.db
    .insert(competence)
    .values({ personId: input.personId, kind: input.kind, label: input.label })
    .returning();
  await ctx.audit({
    action: PLAN_AUDIT.competenceAdd,
    subjectType: 'accompanied_person',
    subjectId: input.personId,
    details: { competenceId: row!.id, kind: input.kind },
  });
  forgetParcours(ctx);
  return row!;
}

/** A real deletion: a competence is a description of the person, not history. */
export async function removeCompetence(ctx: RequestContext, rawId: unknown): Promise<boolean> {
  const id = parseInput(identity.uuid, rawId, 'id');
  const [found] = await ctx.db.select({ personId: competence.personId }).from(competence).where(eq(competence.id, id));
  if (!found) return hidden(ctx, PLAN_AUDIT.competenceRemove, competence, id, 'Compétence');
  await lockPerson(ctx, found.personId, PLAN_AUDIT.competenceRemove);
  const [removed] = await ctx.db.delete(competence).where(eq(competence.id, id)).returning({ kind: competence.kind });
  if (!removed) return hidden(ctx, PLAN_AUDIT.competenceRemove, competence, id, 'Compétence');
  await ctx.audit({
    action: PLAN_AUDIT.competenceRemove,
    subjectType: 'accompanied_person',
    subjectId: found.personId,
    details: { competenceId: id, kind: removed.kind },
  });
  forgetParcours(ctx);
  return true;
}
