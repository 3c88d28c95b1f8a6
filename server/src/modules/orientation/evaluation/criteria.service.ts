import { asc, eq, inArray } from 'drizzle-orm';
import { evaluation, uuid } from '@maillage/shared';
import type { RequestContext } from '../../../core/context.js';
import { notFound, staleVersion } from '../../../core/errors.js';
import { parseInput } from '../../../core/validation.js';
import { mustBeStaff, mustDirect } from './access.js';
import { orientationCriterion, orientationCriterionValue } from './tables.js';

export type CriterionRow = typeof orientationCriterion.$inferSelect;
export type CriterionValueRow = typeof orientationCriterionValue.$inferSelect;

/** The working group's criteria of a CIO, to its direction team and PsyEn. */
export async function criteriaOf(ctx: RequestContext, rawCioId: string): Promise<CriterionRow[]> {
  const cioId = parseInput(uuid, rawCioId, 'cioId');
  await mustBeStaff(ctx, cioId, 'orientation_criterion.read');
  return ctx.db
    .select()
    .from(orientationCriterion)
    .where(eq(orientationCriterion.cioId, cioId))
    .orderBy(asc(orientationCriterion.createdAt), asc(orientationCriterion.id))
    .limit(200);
}

/** The values of criteria, oldest first (row-level security: those of criteria the caller reads). */
export async function valuesOf(ctx: RequestContext, criterionIds: readonly string[]): Promise<CriterionValueRow[]> {
  if (criterionIds.length === 0) return [];
  return ctx.db
    .select()
    .from(orientationCriterionValue)
    .where(inArray(orientationCriterionValue.criterionId, [...criterionIds]))
    .orderBy(asc(orientationCriterionValue.measuredOn), asc(orientationCriterionValue.createdAt));
}

/** One criterion the caller reads, or null. */
export async function criterion(ctx: RequestContext, id: string): Promise<CriterionRow | null> {
  const [row] = await ctx.db
    .select()
    .from(orientationCriterion)
    .where(eq(orientationCriterion.id, parseInput(uuid, id, 'id')));
  return row ?? null;
}

/** The criterion, locked, for a change by the direction team of its CIO (at the version read, if given). */
async function criterionForChange(ctx: RequestContext, id: string, action: string, version?: number) {
  const [seen] = await ctx.db
    .select({ cioId: orientationCriterion.cioId })
    .from(orientationCriterion)
    .where(eq(orientationCriterion.id, id));
  if (!seen) throw notFound('Critère');
  await mustDirect(ctx, seen.cioId, action);
  const [row] = await ctx.db.select().from(orientationCriterion).where(eq(orientationCriterion.id, id)).for('update');
  if (!row) throw notFound('Critère');
  if (version !== undefined && row.version !== version) throw staleVersion('Le critère');
  return row;
}

export async function createCriterion(ctx: RequestContext, raw: unknown): Promise<CriterionRow> {
  const input = parseInput(evaluation.createEvaluationCriterion, raw);
  await mustDirect(ctx, input.cioId, 'orientation_criterion.create');
  const [row] = await ctx.db.insert(orientationCriterion).values(input).returning();
  await ctx.audit({ action: 'orientation_criterion.create', subjectType: 'orientation_criterion', subjectId: row!.id });
  return row!;
}

export async function updateCriterion(ctx: RequestContext, raw: unknown): Promise<CriterionRow> {
  const { id, version, ...fields } = parseInput(evaluation.updateEvaluationCriterion, raw);
  const row = await criterionForChange(ctx, id, 'orientation_criterion.update', version);
  const [updated] = await ctx.db
    .update(orientationCriterion)
    .set({ ...fields, version: row.version + 1, updatedAt: new Date() })
    .where(eq(orientationCriterion.id, row.id))
    .returning();
  await ctx.audit({ action: 'orientation_criterion.update', subjectType: 'orientation_criterion', subjectId: row.id });
  return updated!;
}

export async function deleteCriterion(ctx: RequestContext, raw: unknown): Promise<boolean> {
  const input = parseInput(evaluation.deleteEvaluationCriterion, raw);
  const row = await criterionForChange(ctx, input.id, 'orientation_criterion.delete', input.version);
  await ctx.db.delete(orientationCriterion).where(eq(orientationCriterion.id, row.id));
  await ctx.audit({ action: 'orientation_criterion.delete', subjectType: 'orientation_criterion', subjectId: row.id });
  return true;
}

/** A measured value: the criterion's version goes up (its readers see it changed). */
export async function addValue(ctx: RequestContext, raw: unknown): Promise<CriterionRow> {
  const input = parseInput(evaluation.addCriterionValue, raw);
  const row = await criterionForChange(ctx, input.criterionId, 'orientation_criterion.add_value');
  await ctx.db.insert(orientationCriterionValue).values(input);
  const [updated] = await ctx.db
    .update(orientationCriterion)
    .set({ version: row.version + 1, updatedAt: new Date() })
    .where(eq(orientationCriterion.id, row.id))
    .returning();
  await ctx.audit({
    action: 'orientation_criterion.add_value',
    subjectType: 'orientation_criterion',
    subjectId: row.id,
  });
  return updated!;
}

export async function removeValue(ctx: RequestContext, raw: unknown): Promise<CriterionRow> {
  const input = parseInput(evaluation.removeCriterionValue, raw);
  const [value] = await ctx.db
    .select({ criterionId: orientationCriterionValue.criterionId })
    .from(orientationCriterionValue)
    .where(eq(orientationCriterionValue.id, input.id));
  if (!value) throw notFound('Valeur');
  const row = await criterionForChange(ctx, value.criterionId, 'orientation_criterion.remove_value');
  await ctx.db.delete(orientationCriterionValue).where(eq(orientationCriterionValue.id, input.id));
  const [updated] = await ctx.db
    .update(orientationCriterion)
    .set({ version: row.version + 1, updatedAt: new Date() })
    .where(eq(orientationCriterion.id, row.id))
    .returning();
  await ctx.audit({
    action: 'orientation_criterion.remove_value',
    subjectType: 'orientation_criterion',
    subjectId: row.id,
  });
  return updated!;
}
