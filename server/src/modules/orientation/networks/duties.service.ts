import { asc, eq, inArray, sql } from 'drizzle-orm';
import { orientation, type DutyInvolvement, type DutyRole } from '@maillage/shared';
import type { RequestContext } from '../../../core/context.js';
import { parseInput } from '../../../core/validation.js';
import { orientationDuty, orientationDutyCell } from '../tables.js';
import { mustDirect, rowForChange } from './direction.js';

export type DutyRow = typeof orientationDuty.$inferSelect;
export type DutyCellView = { role: DutyRole; involvement: DutyInvolvement };

const DUTY = { label: 'Responsabilité', staleLabel: 'La responsabilité', subjectType: 'orientation_duty' } as const;

/** The « qui fait quoi ? » of a CIO, in its order. */
export async function listDuties(ctx: RequestContext, cioId: string): Promise<DutyRow[]> {
  return ctx.db
    .select()
    .from(orientationDuty)
    .where(eq(orientationDuty.cioId, cioId))
    .orderBy(asc(orientationDuty.position), asc(orientationDuty.createdAt));
}

export async function cellsOf(ctx: RequestContext, dutyIds: readonly string[]) {
  if (dutyIds.length === 0) return new Map<string, DutyCellView[]>();
  const rows = await ctx.db
    .select()
    .from(orientationDutyCell)
    .where(inArray(orientationDutyCell.dutyId, [...dutyIds]));
  const byDuty = new Map<string, DutyCellView[]>();
  for (const r of rows)
    byDuty.set(r.dutyId, [
      ...(byDuty.get(r.dutyId) ?? []),
      { role: r.role as DutyRole, involvement: r.involvement as DutyInvolvement },
    ]);
  return byDuty;
}

async function writeCells(ctx: RequestContext, dutyId: string, cells: DutyCellView[]) {
  await ctx.db.delete(orientationDutyCell).where(eq(orientationDutyCell.dutyId, dutyId));
  if (cells.length > 0) await ctx.db.insert(orientationDutyCell).values(cells.map((c) => ({ dutyId, ...c })));
}

export async function createDuty(ctx: RequestContext, raw: unknown): Promise<DutyRow> {
  const input = parseInput(orientation.createDuty, raw);
  await mustDirect(ctx, input.cioId, 'orientation_duty.create');
  const [row] = await ctx.db
    .insert(orientationDuty)
    .values({
      cioId: input.cioId,
      label: input.label,
      position: sql`(select coalesce(max(position), 0) + 1 from ${orientationDuty} where cio_id = ${input.cioId})`,
    })
    .returning();
  await writeCells(ctx, row!.id, input.cells);
  await ctx.audit({ action: 'orientation_duty.create', subjectType: DUTY.subjectType, subjectId: row!.id });
  return row!;
}

const load = (ctx: RequestContext, id: string) => async () =>
  (await ctx.db.select().from(orientationDuty).where(eq(orientationDuty.id, id)).for('update'))[0];

export async function updateDuty(ctx: RequestContext, raw: unknown): Promise<DutyRow> {
  const input = parseInput(orientation.updateDuty, raw);
  const action = 'orientation_duty.update';
  const row = await rowForChange(ctx, { ...DUTY, action }, input.id, input.version, load(ctx, input.id));
  const [updated] = await ctx.db
    .update(orientationDuty)
    .set({ label: input.label, version: row.version + 1, updatedAt: new Date() })
    .where(eq(orientationDuty.id, row.id))
    .returning();
  await writeCells(ctx, row.id, input.cells);
  await ctx.audit({ action, subjectType: DUTY.subjectType, subjectId: row.id });
  return updated!;
}

export async function deleteDuty(ctx: RequestContext, raw: unknown): Promise<boolean> {
  const input = parseInput(orientation.deleteById, raw);
  const action = 'orientation_duty.delete';
  const row = await rowForChange(ctx, { ...DUTY, action }, input.id, input.version, load(ctx, input.id));
  await ctx.db.delete(orientationDuty).where(eq(orientationDuty.id, row.id));
  await ctx.audit({ action, subjectType: DUTY.subjectType, subjectId: row.id });
  return true;
}
