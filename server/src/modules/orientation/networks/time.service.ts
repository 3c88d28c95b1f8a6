import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { halfDaysOfQuotity, orientation } from '@maillage/shared';
import type { RequestContext } from '../../../core/context.js';
import { AppError, badInput, notFound, staleVersion } from '../../../core/errors.js';
import { parseInput } from '../../../core/validation.js';
import { organisation } from '../../identity/tables.js';
import {
  orientationNetwork,
  orientationNetworkPsyen,
  orientationNetworkSchool,
  orientationPeriod,
  orientationSlot,
  psyenService,
} from '../tables.js';
import { mustDirect } from './direction.js';

type SlotInput = ReturnType<typeof orientation.slotInput.parse>;

export type SlotRow = typeof orientationSlot.$inferSelect;
export type PsyenServiceRow = typeof psyenService.$inferSelect;

const HALF_DAY_ORDER = sql`case ${orientationSlot.halfDay} when 'MATIN' then 0 else 1 end`;

/** The half-days of a period the caller sees (row-level security), for one PsyEn or one school. */
export async function timetable(
  ctx: RequestContext,
  args: { periodId: string; userId?: string | null; schoolId?: string | null },
): Promise<SlotRow[]> {
  return ctx.db
    .select()
    .from(orientationSlot)
    .where(
      and(
        eq(orientationSlot.periodId, args.periodId),
        args.userId ? eq(orientationSlot.userId, args.userId) : undefined,
        args.schoolId ? eq(orientationSlot.schoolId, args.schoolId) : undefined,
      ),
    )
    .orderBy(asc(orientationSlot.weekday), HALF_DAY_ORDER, asc(orientationSlot.userId));
}

async function serviceForChange(ctx: RequestContext, cioId: string, userId: string, version: number, action: string) {
  await mustDirect(ctx, cioId, action, { subjectType: 'user', subjectId: userId });
  const [row] = await ctx.db
    .select()
    .from(psyenService)
    .where(and(eq(psyenService.cioId, cioId), eq(psyenService.userId, userId)))
    .for('update');
  if (!row)
    throw badInput([{ path: 'input.userId', message: 'ce psychologue n’est associé à aucun réseau de ce CIO' }]);
  if (row.version !== version) throw staleVersion('Le service de ce psychologue');
  return row;
}

/** Half-days a week per period of this PsyEn at this CIO. */
async function weekSizes(ctx: RequestContext, cioId: string, userId: string) {
  return ctx.db
    .select({ periodId: orientationSlot.periodId, name: orientationPeriod.name, n: sql<number>`count(*)::int` })
    .from(orientationSlot)
    .innerJoin(orientationPeriod, eq(orientationPeriod.id, orientationSlot.periodId))
    .where(and(eq(orientationSlot.cioId, cioId), eq(orientationSlot.userId, userId)))
    .groupBy(orientationSlot.periodId, orientationPeriod.name);
}

export async function setQuotity(ctx: RequestContext, raw: unknown): Promise<PsyenServiceRow> {
  const input = parseInput(orientation.setQuotity, raw);
  const action = 'psyen_service.quotity';
  const row = await serviceForChange(ctx, input.cioId, input.userId, input.version, action);
  const allowed = halfDaysOfQuotity(input.quotityPercent);
  const over = (await weekSizes(ctx, input.cioId, input.userId)).filter((w) => w.n > allowed);
  if (over.length > 0)
    throw badInput(
      over.map((w) => ({
        path: 'input.quotityPercent',
        message: `la période « ${w.name} » compte ${w.n} demi-journées, plus que les ${allowed} de cette quotité`,
      })),
    );
  const [updated] = await ctx.db
    .update(psyenService)
    .set({ quotityPercent: input.quotityPercent, version: row.version + 1, updatedAt: new Date() })
    .where(and(eq(psyenService.cioId, row.cioId), eq(psyenService.userId, row.userId)))
    .returning();
  await ctx.audit({
    action,
    subjectType: 'user',
    subjectId: row.userId,
    details: { quotityPercent: input.quotityPercent },
  });
  return updated!;
}

/**
 * The network each school half-day belongs to: one of the CIO's networks holding both the PsyEn and
 * the school. A school outside the PsyEn's networks is refused, naming the slot.
 */
async function networksOfSlots(ctx: RequestContext, cioId: string, userId: string, slots: SlotInput[]) {
  const schoolIds = [...new Set(slots.flatMap((s) => (s.schoolId ? [s.schoolId] : [])))];
  if (schoolIds.length === 0) return new Map<string, string>();
  const rows = await ctx.db
    .select({ schoolId: orientationNetworkSchool.schoolId, networkId: orientationNetwork.id })
    .from(orientationNetworkSchool)
    .innerJoin(orientationNetwork, eq(orientationNetwork.id, orientationNetworkSchool.networkId))
    .innerJoin(
      orientationNetworkPsyen,
      and(eq(orientationNetworkPsyen.networkId, orientationNetwork.id), eq(orientationNetworkPsyen.userId, userId)),
    )
    .where(and(eq(orientationNetwork.cioId, cioId), inArray(orientationNetworkSchool.schoolId, schoolIds)))
    .orderBy(asc(orientationNetwork.name));
  const networkOf = new Map<string, string>();
  for (const r of rows) if (!networkOf.has(r.schoolId)) networkOf.set(r.schoolId, r.networkId);
  const errors = slots.flatMap((s, i) =>
    s.schoolId && !networkOf.has(s.schoolId)
      ? [{ path: `input.slots.${i}.schoolId`, message: 'un établissement d’un réseau de ce psychologue' }]
      : [],
  );
  if (errors.length > 0) throw badInput(errors);
  return networkOf;
}

/** Replaces a PsyEn's week in a period: never beyond their quotity, only in their networks' schools. */
export async function setWeek(ctx: RequestContext, raw: unknown): Promise<SlotRow[]> {
  const input = parseInput(orientation.setWeek, raw);
  const action = 'psyen_service.week';
  const service = await serviceForChange(ctx, input.cioId, input.userId, input.version, action);
  const [period] = await ctx.db
    .select()
    .from(orientationPeriod)
    .where(and(eq(orientationPeriod.id, input.periodId), eq(orientationPeriod.cioId, input.cioId)));
  if (!period) throw notFound('Période');
  const allowed = halfDaysOfQuotity(service.quotityPercent);
  if (input.slots.length > allowed)
    throw new AppError(
      'BAD_USER_INPUT',
      `La semaine dépasse la quotité : ${input.slots.length} demi-journées pour ${allowed} au plus (${service.quotityPercent} %).`,
      [
        {
          path: 'input.slots',
          message: `${allowed} demi-journées au plus pour une quotité de ${service.quotityPercent} %`,
        },
      ],
    );
  const networkOf = await networksOfSlots(ctx, input.cioId, input.userId, input.slots);
  await ctx.db
    .delete(orientationSlot)
    .where(and(eq(orientationSlot.periodId, period.id), eq(orientationSlot.userId, input.userId)));
  const rows =
    input.slots.length === 0
      ? []
      : await ctx.db
          .insert(orientationSlot)
          .values(
            input.slots.map((s) => ({
              cioId: input.cioId,
              periodId: period.id,
              userId: input.userId,
              activity: s.activity,
              schoolId: s.schoolId,
              networkId: s.schoolId ? networkOf.get(s.schoolId)! : null,
              weekday: s.weekday,
              halfDay: s.halfDay,
              mode: s.mode,
            })),
          )
          .returning();
  await ctx.db
    .update(psyenService)
    .set({ version: service.version + 1, updatedAt: new Date() })
    .where(and(eq(psyenService.cioId, service.cioId), eq(psyenService.userId, service.userId)));
  await ctx.audit({
    action,
    subjectType: 'user',
    subjectId: input.userId,
    details: { halfDays: rows.length, schoolHalfDays: rows.filter((r) => r.schoolId).length },
  });
  return timetable(ctx, { periodId: period.id, userId: input.userId });
}

export interface PeriodServiceView {
  userId: string;
  cioId: string;
  periodId: string;
  quotityPercent: number;
  availableHalfDays: number;
  cioHalfDays: number;
  schoolHalfDays: number;
  version: number;
}

export interface UncoveredView {
  networkId: string;
  networkName: string;
  schoolId: string;
  periodId: string;
  periodName: string;
}

/**
 * The check of a school year: each PsyEn's split per period against their quotity, and each school of
 * each network left without any PsyEn half-day in a period (the page names them).
 */
export async function serviceCheck(ctx: RequestContext, cioId: string, schoolYear: string) {
  const periods = await ctx.db
    .select()
    .from(orientationPeriod)
    .where(and(eq(orientationPeriod.cioId, cioId), eq(orientationPeriod.schoolYear, schoolYear)))
    .orderBy(asc(orientationPeriod.startsOn));
  const services = await ctx.db.select().from(psyenService).where(eq(psyenService.cioId, cioId));
  const periodIds = periods.map((p) => p.id);
  const counts =
    periodIds.length === 0
      ? []
      : await ctx.db
          .select({
            userId: orientationSlot.userId,
            periodId: orientationSlot.periodId,
            cio: sql<number>`count(*) filter (where ${orientationSlot.schoolId} is null)::int`,
            school: sql<number>`count(*) filter (where ${orientationSlot.schoolId} is not null)::int`,
          })
          .from(orientationSlot)
          .where(inArray(orientationSlot.periodId, periodIds))
          .groupBy(orientationSlot.userId, orientationSlot.periodId);
  const countOf = new Map(counts.map((c) => [`${c.userId}:${c.periodId}`, c]));
  const byService: PeriodServiceView[] = periods.flatMap((p) =>
    services.map((s) => {
      const c = countOf.get(`${s.userId}:${p.id}`);
      return {
        userId: s.userId,
        cioId,
        periodId: p.id,
        quotityPercent: s.quotityPercent,
        availableHalfDays: halfDaysOfQuotity(s.quotityPercent),
        cioHalfDays: c?.cio ?? 0,
        schoolHalfDays: c?.school ?? 0,
        version: s.version,
      };
    }),
  );
  const uncovered: UncoveredView[] =
    periodIds.length === 0
      ? []
      : (
          await ctx.db
            .select({
              networkId: orientationNetwork.id,
              networkName: orientationNetwork.name,
              schoolId: orientationNetworkSchool.schoolId,
              schoolName: organisation.name,
              periodId: orientationPeriod.id,
              periodName: orientationPeriod.name,
              startsOn: orientationPeriod.startsOn,
            })
            .from(orientationNetwork)
            .innerJoin(orientationNetworkSchool, eq(orientationNetworkSchool.networkId, orientationNetwork.id))
            .innerJoin(organisation, eq(organisation.id, orientationNetworkSchool.schoolId))
            .innerJoin(orientationPeriod, inArray(orientationPeriod.id, periodIds))
            .where(
              and(
                eq(orientationNetwork.cioId, cioId),
                sql`not exists (select 1 from ${orientationSlot} s where s.school_id = ${orientationNetworkSchool.schoolId}
                      and s.period_id = ${orientationPeriod.id})`,
              ),
            )
            .orderBy(asc(orientationPeriod.startsOn), asc(orientationNetwork.name), asc(organisation.name))
        ).map(({ networkId, networkName, schoolId, periodId, periodName }) => ({
          networkId,
          networkName,
          schoolId,
          periodId,
          periodName,
        }));
  return { services: byService, uncovered };
}
