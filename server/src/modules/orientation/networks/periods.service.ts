import { and, asc, eq } from 'drizzle-orm';
import { orientation } from '@maillage/shared';
import type { RequestContext } from '../../../core/context.js';
import { AppError, uniqueViolation } from '../../../core/errors.js';
import { parseInput } from '../../../core/validation.js';
import { orientationPeriod } from '../tables.js';
import { mustDirect, rowForChange } from './direction.js';

export type PeriodRow = typeof orientationPeriod.$inferSelect;

const PERIOD = {
  label: 'Période',
  staleLabel: 'La période',
  subjectType: 'orientation_period',
} as const;

const duplicateName = (err: unknown) => {
  if (uniqueViolation(err) === 'orientation_period_name_key')
    return new AppError('BAD_USER_INPUT', 'Cette année scolaire a déjà une période de ce nom.', [
      { path: 'input.name', message: 'une période de ce nom existe déjà cette année' },
    ]);
  return err;
};

export async function listPeriods(ctx: RequestContext, cioId: string, schoolYear: string): Promise<PeriodRow[]> {
  return ctx.db
    .select()
    .from(orientationPeriod)
    .where(and(eq(orientationPeriod.cioId, cioId), eq(orientationPeriod.schoolYear, schoolYear)))
    .orderBy(asc(orientationPeriod.startsOn), asc(orientationPeriod.name));
}

export async function createPeriod(ctx: RequestContext, raw: unknown): Promise<PeriodRow> {
  const input = parseInput(orientation.createPeriod, raw);
  await mustDirect(ctx, input.cioId, 'orientation_period.create');
  const row = await ctx.db
    .insert(orientationPeriod)
    .values(input)
    .returning()
    .then((r) => r[0]!)
    .catch((err: unknown) => {
      throw duplicateName(err);
    });
  await ctx.audit({ action: 'orientation_period.create', subjectType: PERIOD.subjectType, subjectId: row.id });
  return row;
}

const load = (ctx: RequestContext, id: string) => async () =>
  (await ctx.db.select().from(orientationPeriod).where(eq(orientationPeriod.id, id)).for('update'))[0];

export async function updatePeriod(ctx: RequestContext, raw: unknown): Promise<PeriodRow> {
  const input = parseInput(orientation.updatePeriod, raw);
  const action = 'orientation_period.update';
  const row = await rowForChange(ctx, { ...PERIOD, action }, input.id, input.version, load(ctx, input.id));
  const updated = await ctx.db
    .update(orientationPeriod)
    .set({
      schoolYear: input.schoolYear,
      name: input.name,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      version: row.version + 1,
      updatedAt: new Date(),
    })
    .where(eq(orientationPeriod.id, row.id))
    .returning()
    .then((r) => r[0]!)
    .catch((err: unknown) => {
      throw duplicateName(err);
    });
  await ctx.audit({ action, subjectType: PERIOD.subjectType, subjectId: row.id });
  return updated;
}

/** Deletes a period with its half-days (the timetable of that period goes with it). */
export async function deletePeriod(ctx: RequestContext, raw: unknown): Promise<boolean> {
  const input = parseInput(orientation.deleteById, raw);
  const action = 'orientation_period.delete';
  const row = await rowForChange(ctx, { ...PERIOD, action }, input.id, input.version, load(ctx, input.id));
  await ctx.db.delete(orientationPeriod).where(eq(orientationPeriod.id, row.id));
  await ctx.audit({ action, subjectType: PERIOD.subjectType, subjectId: row.id });
  return true;
}
