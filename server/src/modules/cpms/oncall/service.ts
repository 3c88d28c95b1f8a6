import DataLoader from 'dataloader';
import { and, asc, desc, eq, gt, lt, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import {
  COVERAGE_ISSUE_LABELS,
  identity,
  ONCALL_MAX_WEEKS,
  ONCALL_TIME_ZONE,
  oncallSchemas,
  type CallCategory,
  type CoverageIssue,
  type CoverageReport,
  type CoverageRules,
} from '@maillage/shared';
import { buildPeriod, checkCoverage, brusselsLabel } from '@maillage/shared/oncall-rota';
import { findPupilIdentity, PUPIL_IDENTITY_MESSAGES } from '@maillage/shared/cpms-contracts';
import { deny } from '../../../core/authz.js';
import type { RequestContext } from '../../../core/context.js';
import { AppError, badInput, notFound, staleVersion } from '../../../core/errors.js';
import { textArrayOf } from '../../../core/db/pg-array.js';
import { parseInput } from '../../../core/validation.js';
import { oncallAgentPhone, oncallCall, oncallPool, oncallShift, oncallSwap, oncallTemplate } from './tables.js';

/*
 * The 24/7 line's use cases (issue 19): the pool's rota, checked against its coverage rules before a
 * period is published; swaps approved by a director; « qui est d'astreinte ? »; the call log and its
 * statistics. Row-level security (migration 0031) narrows every read to the caller's pools.
 */

export type OncallPoolRow = typeof oncallPool.$inferSelect;
export type OncallShiftRow = typeof oncallShift.$inferSelect;
export type OncallSwapRow = typeof oncallSwap.$inferSelect;
export type OncallCallRow = typeof oncallCall.$inferSelect;
export type OncallTemplateRow = typeof oncallTemplate.$inferSelect;

export interface OncallPersonRow {
  id: string;
  displayName: string;
  cpmsId: string;
  cpmsName: string;
  roles: string[];
  phone: string | null;
}

const requestIds = (ctx: RequestContext, name: string, fn: string) =>
  ctx
    .loader(
      name,
      () =>
        new DataLoader<'me', string[]>(async (keys) => {
          const { rows } = await ctx.db.execute<{ ids: string[] | string }>(sql.raw(`select ${fn}() as ids`));
          const ids = textArrayOf(rows[0]?.ids);
          return keys.map(() => ids);
        }),
    )
    .load('me');

/** The pools whose member CPMS the caller directs. */
export const directedPoolIds = (ctx: RequestContext) =>
  requestIds(ctx, 'oncallDirected', 'app_oncall_director_pool_ids');
/** The pools whose member CPMS the caller works in (agent or director). */
export const readablePoolIds = (ctx: RequestContext) => requestIds(ctx, 'oncallReadable', 'app_oncall_reader_pool_ids');

async function mustDirect(ctx: RequestContext, poolId: string, action: string, target: { type: string; id: string }) {
  if (!(await directedPoolIds(ctx)).includes(poolId))
    deny(ctx, action, 'not-pool-direction', { subjectType: target.type, subjectId: target.id });
}

const rulesOf = (pool: OncallPoolRow): CoverageRules => ({
  maxShiftMinutes: pool.maxShiftMinutes,
  minRestMinutes: pool.minRestMinutes,
});

/** A Brussels calendar day's first instant. */
export const brusselsDayStart = (day: string) => DateTime.fromISO(day, { zone: ONCALL_TIME_ZONE }).startOf('day');

/* ---------- pools ---------- */

export function listPools(ctx: RequestContext): Promise<OncallPoolRow[]> {
  return ctx.db.select().from(oncallPool).orderBy(asc(oncallPool.name)).limit(100);
}

export async function getPool(ctx: RequestContext, id: string): Promise<OncallPoolRow | null> {
  if (!identity.uuid.safeParse(id).success) return null;
  const [row] = await ctx.db.select().from(oncallPool).where(eq(oncallPool.id, id));
  return row ?? null;
}

/** The member CPMS of pools, once per request. */
export function poolCpms(ctx: RequestContext, poolId: string): Promise<{ id: string; name: string }[]> {
  return ctx
    .loader(
      'oncallPoolCpms',
      () =>
        new DataLoader<string, { id: string; name: string }[]>(async (ids) => {
          const { rows } = await ctx.db.execute<{ pool_id: string; id: string; name: string }>(sql`
            select pc.pool_id, o.id, o.name from oncall_pool_cpms pc join organisation o on o.id = pc.cpms_id
            where pc.pool_id = any (${sql.param([...ids])}::uuid[]) order by o.name`);
          return ids.map((id) =>
            rows.filter((r) => r.pool_id === id).map(({ id: cpmsId, name }) => ({ id: cpmsId, name })),
          );
        }),
    )
    .load(poolId);
}

/** The agents and directors of a pool's member CPMS, with their on-call phones, once per request and pool. */
export function poolPeople(ctx: RequestContext, poolId: string): Promise<OncallPersonRow[]> {
  return ctx
    .loader(
      'oncallPeople',
      () =>
        new DataLoader<string, OncallPersonRow[]>((ids) =>
          Promise.all(
            ids.map(async (id) => {
              const { rows } = await ctx.db.execute<{
                id: string;
                display_name: string;
                cpms_id: string;
                cpms_name: string;
                roles: string[] | string;
                phone: string | null;
              }>(sql`select * from app_oncall_people(${id}::uuid)`);
              return rows.map((r) => ({
                id: r.id,
                displayName: r.display_name,
                cpmsId: r.cpms_id,
                cpmsName: r.cpms_name,
                roles: textArrayOf(r.roles),
                phone: r.phone,
              }));
            }),
          ),
        ),
    )
    .load(poolId);
}

export async function personOf(ctx: RequestContext, poolId: string, userId: string | null) {
  if (!userId) return null;
  return (await poolPeople(ctx, poolId)).find((p) => p.id === userId) ?? null;
}

async function poolForChange(ctx: RequestContext, poolId: string, action: string) {
  const seen = await getPool(ctx, poolId);
  if (!seen) throw notFound('Pool d’astreinte');
  await mustDirect(ctx, seen.id, action, { type: 'oncall_pool', id: seen.id });
  return seen;
}

export async function updateRules(ctx: RequestContext, raw: unknown): Promise<OncallPoolRow> {
  const input = parseInput(oncallSchemas.poolRules, raw);
  await poolForChange(ctx, input.poolId, 'oncall_pool.update_rules');
  const [row] = await ctx.db.select().from(oncallPool).where(eq(oncallPool.id, input.poolId)).for('update');
  if (!row) throw notFound('Pool d’astreinte');
  if (row.version !== input.version) throw staleVersion('Le pool d’astreinte');
  const [updated] = await ctx.db
    .update(oncallPool)
    .set({
      maxShiftMinutes: Math.round(input.maxShiftHours * 60),
      minRestMinutes: Math.round(input.minRestHours * 60),
      version: row.version + 1,
      updatedAt: new Date(),
    })
    .where(eq(oncallPool.id, row.id))
    .returning();
  await ctx.audit({
    action: 'oncall_pool.update_rules',
    subjectType: 'oncall_pool',
    subjectId: row.id,
    details: { maxShiftMinutes: updated!.maxShiftMinutes, minRestMinutes: updated!.minRestMinutes },
  });
  return updated!;
}

export function templatesOfPool(ctx: RequestContext, poolId: string): Promise<OncallTemplateRow[]> {
  return ctx.db
    .select()
    .from(oncallTemplate)
    .where(eq(oncallTemplate.poolId, poolId))
    .orderBy(asc(oncallTemplate.weekday), asc(oncallTemplate.startTime))
    .limit(200);
}

/**
 * Replaces the pool's week of templates in one write, under the pool's version (two directors editing the
 * week at once: the second is told to reload). Each template needs an agent and a distinct backup of the pool.
 */
export async function replaceTemplates(ctx: RequestContext, raw: unknown): Promise<OncallPoolRow> {
  const input = parseInput(oncallSchemas.replaceTemplates, raw);
  await poolForChange(ctx, input.poolId, 'oncall_template.replace');
  const people = await poolPeople(ctx, input.poolId);
  const unknown = input.templates.flatMap((t, n) =>
    (['agentId', 'backupId'] as const)
      .filter((k) => !people.some((p) => p.id === t[k]))
      .map((k) => ({ path: `input.templates.${n}.${k}`, message: 'agent inconnu du pool' })),
  );
  if (unknown.length) throw badInput(unknown);
  const [row] = await ctx.db.select().from(oncallPool).where(eq(oncallPool.id, input.poolId)).for('update');
  if (!row) throw notFound('Pool d’astreinte');
  if (row.version !== input.version) throw staleVersion('Le pool d’astreinte');
  await ctx.db.delete(oncallTemplate).where(eq(oncallTemplate.poolId, row.id));
  if (input.templates.length)
    await ctx.db.insert(oncallTemplate).values(input.templates.map((t) => ({ ...t, poolId: row.id })));
  const [updated] = await ctx.db
    .update(oncallPool)
    .set({ version: row.version + 1, updatedAt: new Date() })
    .where(eq(oncallPool.id, row.id))
    .returning();
  await ctx.audit({
    action: 'oncall_template.replace',
    subjectType: 'oncall_pool',
    subjectId: row.id,
    details: { templates: input.templates.length },
  });
  return updated!;
}

/** Sets (or clears) the on-call phone of an agent or director of the pool; directors only. */
export async function setPhone(ctx: RequestContext, raw: unknown): Promise<OncallPersonRow> {
  const input = parseInput(oncallSchemas.memberPhone, raw);
  await poolForChange(ctx, input.poolId, 'oncall_phone.set');
  const person = await personOf(ctx, input.poolId, input.userId);
  if (!person) throw badInput([{ path: 'input.userId', message: 'agent inconnu du pool' }]);
  if (input.onCallPhone)
    await ctx.db
      .insert(oncallAgentPhone)
      .values({ poolId: input.poolId, userId: input.userId, phone: input.onCallPhone })
      .onConflictDoUpdate({
        target: [oncallAgentPhone.poolId, oncallAgentPhone.userId],
        set: { phone: input.onCallPhone },
      });
  else
    await ctx.db
      .delete(oncallAgentPhone)
      .where(and(eq(oncallAgentPhone.poolId, input.poolId), eq(oncallAgentPhone.userId, input.userId)));
  // The phone is personal data: the audit says it changed, never the number.
  await ctx.audit({
    action: 'oncall_phone.set',
    subjectType: 'oncall_pool',
    subjectId: input.poolId,
    details: { userId: input.userId, cleared: !input.onCallPhone },
  });
  return { ...person, phone: input.onCallPhone };
}

/* ---------- shifts ---------- */

/** The period [from, to) of Brussels days as instants, at most ONCALL_MAX_WEEKS weeks. */
export function periodOf(from: string, to: string, path = '') {
  const a = brusselsDayStart(from);
  const b = brusselsDayStart(to);
  if (!a.isValid || !b.isValid || b <= a) throw badInput([{ path: `${path}to`, message: 'la fin suit le début' }]);
  if (b.diff(a, 'days').days > ONCALL_MAX_WEEKS * 7)
    throw badInput([{ path: `${path}to`, message: `au plus ${ONCALL_MAX_WEEKS} semaines` }]);
  return { from: a.toJSDate(), to: b.toJSDate() };
}

/** The shifts that overlap [from, to), by start. */
export function shiftsBetween(ctx: RequestContext, poolId: string, from: Date, to: Date): Promise<OncallShiftRow[]> {
  return ctx.db
    .select()
    .from(oncallShift)
    .where(and(eq(oncallShift.poolId, poolId), lt(oncallShift.startsAt, to), gt(oncallShift.endsAt, from)))
    .orderBy(asc(oncallShift.startsAt))
    .limit(2000);
}

const asRota = (s: OncallShiftRow) => ({
  id: s.id,
  startsAt: s.startsAt.toISOString(),
  endsAt: s.endsAt.toISOString(),
  agentId: s.agentId,
  backupId: s.backupId,
});

/** Checks the pool's rota (draft and published shifts alike) over the Brussels days [from, to). */
export async function checkPeriod(
  ctx: RequestContext,
  pool: OncallPoolRow,
  from: string,
  to: string,
): Promise<CoverageReport> {
  const period = periodOf(from, to);
  // Shifts a little before the period count for the rest of whoever starts it.
  const rest = pool.minRestMinutes * 60000;
  const shifts = await shiftsBetween(ctx, pool.id, new Date(period.from.getTime() - rest), period.to);
  const report = checkCoverage(
    shifts.map(asRota),
    { from: period.from.toISOString(), to: period.to.toISOString() },
    rulesOf(pool),
  );
  // A rest breach wholly before the period is the past's: not this period's.
  return { ...report, issues: report.issues.filter((i) => Date.parse(i.endsAt) > period.from.getTime()) };
}

async function checkPersons(ctx: RequestContext, poolId: string, ids: Record<string, string>) {
  const people = await poolPeople(ctx, poolId);
  for (const [path, id] of Object.entries(ids))
    if (!people.some((p) => p.id === id)) throw badInput([{ path: `input.${path}`, message: 'agent inconnu du pool' }]);
}

export async function createShift(ctx: RequestContext, raw: unknown): Promise<OncallShiftRow> {
  const input = parseInput(oncallSchemas.createShift, raw);
  await poolForChange(ctx, input.poolId, 'oncall_shift.create');
  await checkPersons(ctx, input.poolId, { agentId: input.agentId, backupId: input.backupId });
  const [row] = await ctx.db
    .insert(oncallShift)
    .values({
      poolId: input.poolId,
      startsAt: new Date(input.startsAt),
      endsAt: new Date(input.endsAt),
      agentId: input.agentId,
      backupId: input.backupId,
    })
    .returning();
  await ctx.audit({ action: 'oncall_shift.create', subjectType: 'oncall_shift', subjectId: row!.id });
  return row!;
}

export async function getShift(ctx: RequestContext, id: string): Promise<OncallShiftRow | null> {
  if (!identity.uuid.safeParse(id).success) return null;
  const [row] = await ctx.db.select().from(oncallShift).where(eq(oncallShift.id, id));
  return row ?? null;
}

export async function deleteShift(ctx: RequestContext, raw: unknown): Promise<boolean> {
  const input = parseInput(oncallSchemas.deleteShift, raw);
  const seen = await getShift(ctx, input.id);
  if (!seen) throw notFound('Permanence');
  await mustDirect(ctx, seen.poolId, 'oncall_shift.delete', { type: 'oncall_shift', id: seen.id });
  if (seen.version !== input.version) throw staleVersion('La permanence');
  if (seen.status === 'PUBLIE' && seen.startsAt <= new Date())
    throw new AppError('CONFLICT', 'Une permanence publiée déjà commencée ne se supprime pas.', 'RULE_REFUSED');
  await ctx.db.delete(oncallShift).where(and(eq(oncallShift.id, seen.id), eq(oncallShift.version, input.version)));
  await ctx.audit({ action: 'oncall_shift.delete', subjectType: 'oncall_shift', subjectId: seen.id });
  return true;
}

/** Builds draft shifts from the pool's templates for whole weeks; the weeks' draft shifts are replaced. */
export async function generateWeeks(ctx: RequestContext, raw: unknown): Promise<OncallShiftRow[]> {
  const input = parseInput(oncallSchemas.generateWeeks, raw);
  await poolForChange(ctx, input.poolId, 'oncall_shift.generate');
  const templates = await templatesOfPool(ctx, input.poolId);
  const incomplete = templates.findIndex((t) => !t.agentId || !t.backupId || t.agentId === t.backupId);
  if (templates.length === 0 || incomplete >= 0)
    throw badInput([{ path: 'input.poolId', message: 'modèles absents ou sans agent et backup distincts' }]);
  const shifts = buildPeriod(input.firstWeek, input.weeks, templates);
  const from = DateTime.fromISO(input.firstWeek, { zone: ONCALL_TIME_ZONE }).startOf('week');
  const to = from.plus({ weeks: input.weeks });
  const published = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(oncallShift)
    .where(
      and(
        eq(oncallShift.poolId, input.poolId),
        eq(oncallShift.status, 'PUBLIE'),
        lt(oncallShift.startsAt, to.toJSDate()),
        gt(oncallShift.startsAt, from.minus({ milliseconds: 1 }).toJSDate()),
      ),
    );
  if ((published[0]?.n ?? 0) > 0)
    throw new AppError('CONFLICT', 'Ces semaines ont déjà des permanences publiées.', 'RULE_REFUSED');
  await ctx.db
    .delete(oncallShift)
    .where(
      and(
        eq(oncallShift.poolId, input.poolId),
        eq(oncallShift.status, 'BROUILLON'),
        lt(oncallShift.startsAt, to.toJSDate()),
        sql`${oncallShift.startsAt} >= ${from.toJSDate()}`,
      ),
    );
  const rows = await ctx.db
    .insert(oncallShift)
    .values(
      shifts.map((s) => ({
        poolId: input.poolId,
        startsAt: new Date(s.startsAt),
        endsAt: new Date(s.endsAt),
        agentId: s.agentId!,
        backupId: s.backupId!,
      })),
    )
    .returning();
  await ctx.audit({
    action: 'oncall_shift.generate',
    subjectType: 'oncall_pool',
    subjectId: input.poolId,
    details: { weeks: input.weeks, shifts: rows.length },
  });
  return rows;
}

/** The issues of a report as the fields of a refusal: « 12/04/2027 08:00 → 12/04/2027 20:00 : … ». */
export const issueFields = (report: CoverageReport) =>
  report.issues.map((i, n) => ({
    path: `issues.${n}`,
    message: `${COVERAGE_ISSUE_LABELS[i.kind]} du ${brusselsLabel(i.startsAt)} au ${brusselsLabel(i.endsAt)}`,
  }));

/** Publishes the draft shifts of [from, to) — refused (CONFLICT, with every gap and breach) while any remains. */
export async function publishPeriod(ctx: RequestContext, raw: unknown): Promise<{ published: number }> {
  const input = parseInput(oncallSchemas.publishPeriod, raw);
  const pool = await poolForChange(ctx, input.poolId, 'oncall_shift.publish');
  const [locked] = await ctx.db.select().from(oncallPool).where(eq(oncallPool.id, pool.id)).for('update');
  const report = await checkPeriod(ctx, locked ?? pool, input.from, input.to);
  if (report.issues.length > 0)
    throw new AppError(
      'CONFLICT',
      `Publication refusée : ${report.issues.length} trou(s) ou manquement(s) dans la période.`,
      'RULE_REFUSED',
      issueFields(report),
    );
  const period = periodOf(input.from, input.to, 'input.');
  const rows = await ctx.db
    .update(oncallShift)
    .set({ status: 'PUBLIE', version: sql`${oncallShift.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(oncallShift.poolId, pool.id),
        eq(oncallShift.status, 'BROUILLON'),
        lt(oncallShift.startsAt, period.to),
        gt(oncallShift.endsAt, period.from),
      ),
    )
    .returning({ id: oncallShift.id });
  await ctx.audit({
    action: 'oncall_shift.publish',
    subjectType: 'oncall_pool',
    subjectId: pool.id,
    details: { shifts: rows.length },
  });
  return { published: rows.length };
}

/* ---------- swaps ---------- */

export function swapsOfPool(ctx: RequestContext, poolId: string): Promise<OncallSwapRow[]> {
  return ctx.db
    .select()
    .from(oncallSwap)
    .where(eq(oncallSwap.poolId, poolId))
    .orderBy(desc(oncallSwap.createdAt))
    .limit(100);
}

export async function proposeSwap(ctx: RequestContext, raw: unknown): Promise<OncallSwapRow> {
  const input = parseInput(oncallSchemas.proposeSwap, raw);
  const shift = await getShift(ctx, input.shiftId);
  if (!shift || !(await readablePoolIds(ctx)).includes(shift.poolId)) throw notFound('Permanence');
  const me = ctx.actor!.userId;
  const holder = input.role === 'AGENT' ? shift.agentId : shift.backupId;
  if (holder !== me)
    throw badInput([{ path: 'input.role', message: 'vous ne tenez pas ce rôle dans cette permanence' }]);
  if (input.toUserId === me || input.toUserId === shift.agentId || input.toUserId === shift.backupId)
    throw badInput([{ path: 'input.toUserId', message: 'choisissez un autre agent que ceux de la permanence' }]);
  await checkPersons(ctx, shift.poolId, { toUserId: input.toUserId });
  if (shift.endsAt <= new Date()) throw new AppError('CONFLICT', 'Cette permanence est passée.', 'RULE_REFUSED');
  const [row] = await ctx.db
    .insert(oncallSwap)
    .values({
      poolId: shift.poolId,
      shiftId: shift.id,
      role: input.role,
      fromUserId: me,
      toUserId: input.toUserId,
      note: input.note,
    })
    .returning();
  await ctx.audit({ action: 'oncall_swap.propose', subjectType: 'oncall_swap', subjectId: row!.id });
  return row!;
}

/**
 * A director decides a swap. Approved, the shift changes hands only if the pool's rota still keeps its
 * rules around it (rest, own backup, length); otherwise CONFLICT with the breaches.
 */
export async function decideSwap(ctx: RequestContext, raw: unknown): Promise<OncallSwapRow> {
  const input = parseInput(oncallSchemas.decideSwap, raw);
  const [seen] = await ctx.db.select().from(oncallSwap).where(eq(oncallSwap.id, input.swapId));
  if (!seen) throw notFound('Échange');
  await mustDirect(ctx, seen.poolId, 'oncall_swap.decide', { type: 'oncall_swap', id: seen.id });
  const [swap] = await ctx.db.select().from(oncallSwap).where(eq(oncallSwap.id, seen.id)).for('update');
  if (!swap) throw notFound('Échange');
  if (swap.version !== input.version) throw staleVersion('L’échange', false);
  if (swap.status !== 'PROPOSE') throw new AppError('CONFLICT', 'Cet échange a déjà été décidé.', 'TRANSITION_REFUSED');
  if (input.approve) {
    const [shift] = await ctx.db.select().from(oncallShift).where(eq(oncallShift.id, swap.shiftId)).for('update');
    if (!shift) throw notFound('Permanence');
    const holder = swap.role === 'AGENT' ? shift.agentId : shift.backupId;
    if (holder !== swap.fromUserId)
      throw new AppError('CONFLICT', 'La permanence a changé de mains depuis la proposition.', 'RULE_REFUSED');
    const pool = (await getPool(ctx, shift.poolId))!;
    const changed = { ...shift, ...(swap.role === 'AGENT' ? { agentId: swap.toUserId } : { backupId: swap.toUserId }) };
    const margin = pool.minRestMinutes * 60000 + pool.maxShiftMinutes * 60000;
    const around = await shiftsBetween(
      ctx,
      pool.id,
      new Date(shift.startsAt.getTime() - margin),
      new Date(shift.endsAt.getTime() + margin),
    );
    const rota = around.map((s) => asRota(s.id === shift.id ? changed : s));
    // The rules around the shift (the rest before and after it), over the span the rota is read.
    const report = checkCoverage(
      rota,
      {
        from: new Date(shift.startsAt.getTime() - margin).toISOString(),
        to: new Date(shift.endsAt.getTime() + margin).toISOString(),
      },
      rulesOf(pool),
    );
    const breaches = {
      ...report,
      issues: report.issues.filter(
        (i) => i.kind !== 'SANS_AGENT' && i.kind !== 'SANS_BACKUP' && (i.shiftIds ?? []).includes(shift.id),
      ),
    };
    if (breaches.issues.length > 0)
      throw new AppError(
        'CONFLICT',
        'Cet échange enfreindrait les règles du pool.',
        'RULE_REFUSED',
        issueFields(breaches),
      );
    await ctx.db
      .update(oncallShift)
      .set({
        agentId: changed.agentId,
        backupId: changed.backupId,
        version: shift.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(oncallShift.id, shift.id));
  }
  const [updated] = await ctx.db
    .update(oncallSwap)
    .set({
      status: input.approve ? 'APPROUVE' : 'REFUSE',
      decidedBy: ctx.actor!.userId,
      decidedAt: new Date(),
      version: swap.version + 1,
      updatedAt: new Date(),
    })
    .where(eq(oncallSwap.id, swap.id))
    .returning();
  await ctx.audit({
    action: 'oncall_swap.decide',
    subjectType: 'oncall_swap',
    subjectId: swap.id,
    details: { approved: input.approve },
  });
  return updated!;
}

/** Whoever proposed a swap withdraws it while no director has decided it. */
export async function withdrawSwap(ctx: RequestContext, raw: unknown): Promise<OncallSwapRow> {
  const input = parseInput(oncallSchemas.withdrawSwap, raw);
  const [seen] = await ctx.db.select().from(oncallSwap).where(eq(oncallSwap.id, input.swapId));
  if (!seen) throw notFound('Échange');
  if (seen.fromUserId !== ctx.actor!.userId)
    deny(ctx, 'oncall_swap.withdraw', 'not-proposer', { subjectType: 'oncall_swap', subjectId: seen.id });
  const [swap] = await ctx.db.select().from(oncallSwap).where(eq(oncallSwap.id, seen.id)).for('update');
  if (!swap) throw notFound('Échange');
  if (swap.version !== input.version) throw staleVersion('L’échange', false);
  if (swap.status !== 'PROPOSE') throw new AppError('CONFLICT', 'Cet échange a déjà été décidé.', 'TRANSITION_REFUSED');
  const [updated] = await ctx.db
    .update(oncallSwap)
    .set({ status: 'ANNULE', version: swap.version + 1, updatedAt: new Date() })
    .where(eq(oncallSwap.id, swap.id))
    .returning();
  await ctx.audit({ action: 'oncall_swap.withdraw', subjectType: 'oncall_swap', subjectId: swap.id });
  return updated!;
}

/* ---------- « qui est d'astreinte ? » ---------- */

/** The published shift on duty at an instant (the latest started when two overlap), audited by the caller. */
export async function onCallAt(ctx: RequestContext, poolId: string, at: Date) {
  const [shift] = await ctx.db
    .select()
    .from(oncallShift)
    .where(
      and(
        eq(oncallShift.poolId, poolId),
        eq(oncallShift.status, 'PUBLIE'),
        sql`${oncallShift.startsAt} <= ${at}`,
        gt(oncallShift.endsAt, at),
      ),
    )
    .orderBy(desc(oncallShift.startsAt))
    .limit(1);
  const [agent, backup] = shift
    ? await Promise.all([personOf(ctx, poolId, shift.agentId), personOf(ctx, poolId, shift.backupId)])
    : [null, null];
  await ctx.audit({
    action: 'oncall.on_call_read',
    subjectType: 'oncall_pool',
    subjectId: poolId,
    details: { at: at.toISOString(), found: Boolean(shift) },
  });
  return { at, shift: shift ?? null, agent, backup };
}

/* ---------- calls ---------- */

export async function logCall(ctx: RequestContext, raw: unknown): Promise<OncallCallRow> {
  const input = parseInput(oncallSchemas.logCall, raw);
  if (!(await readablePoolIds(ctx)).includes(input.poolId))
    deny(ctx, 'oncall_call.log', 'not-pool-member', { subjectType: 'oncall_pool', subjectId: input.poolId });
  if (input.followUpDue && !input.referredCpmsId)
    throw badInput([{ path: 'input.referredCpmsId', message: 'un suivi se fait par un CPMS : choisissez-le' }]);
  // No caller's nor pupil's identity in the log: what looks like a date of birth or a national number is
  // refused, as in a contract's exchange log.
  const refused = findPupilIdentity(input.action).filter((f) => f.kind !== 'NAME');
  if (refused.length)
    throw badInput(
      refused.map((f) => ({ path: 'input.action', message: `« ${f.match} » ${PUPIL_IDENTITY_MESSAGES[f.kind]}` })),
    );
  if (input.referredCpmsId) {
    const [cpms] = await ctx.db
      .execute<{ ok: boolean }>(
        sql`select exists (select 1 from organisation where id = ${input.referredCpmsId} and kind = 'CPMS') as ok`,
      )
      .then((r) => r.rows);
    if (!cpms?.ok) throw badInput([{ path: 'input.referredCpmsId', message: 'CPMS inconnu' }]);
  }
  const [row] = await ctx.db
    .insert(oncallCall)
    .values({
      poolId: input.poolId,
      receivedAt: new Date(input.receivedAt),
      callerKind: input.callerKind,
      category: input.category,
      urgency: input.urgency,
      action: input.action,
      referredCpmsId: input.referredCpmsId ?? null,
      followUpDue: input.followUpDue ?? null,
      loggedBy: ctx.actor!.userId,
    })
    .returning();
  await ctx.audit({ action: 'oncall_call.log', subjectType: 'oncall_call', subjectId: row!.id });
  return row!;
}

export async function closeFollowUp(ctx: RequestContext, raw: unknown): Promise<OncallCallRow> {
  const input = parseInput(oncallSchemas.closeFollowUp, raw);
  const [row] = await ctx.db.select().from(oncallCall).where(eq(oncallCall.id, input.callId)).for('update');
  if (!row) throw notFound('Appel');
  if (row.version !== input.version) throw staleVersion('L’appel', false);
  if (!row.followUpDue || row.followUpDoneAt)
    throw new AppError('CONFLICT', 'Cet appel n’a pas de suivi en attente.', 'TRANSITION_REFUSED');
  const [updated] = await ctx.db
    .update(oncallCall)
    .set({ followUpDoneAt: new Date(), version: row.version + 1, updatedAt: new Date() })
    .where(eq(oncallCall.id, row.id))
    .returning();
  await ctx.audit({ action: 'oncall_call.follow_up_done', subjectType: 'oncall_call', subjectId: row.id });
  return updated!;
}

/** The calls of a Brussels month (yyyy-mm), newest first, bounded. */
export function callsOfMonth(ctx: RequestContext, poolId: string, month: string): Promise<OncallCallRow[]> {
  const from = DateTime.fromISO(`${month}-01`, { zone: ONCALL_TIME_ZONE });
  if (!from.isValid) throw badInput([{ path: 'month', message: 'mois invalide (AAAA-MM)' }]);
  return ctx.db
    .select()
    .from(oncallCall)
    .where(
      and(
        eq(oncallCall.poolId, poolId),
        sql`${oncallCall.receivedAt} >= ${from.toJSDate()}`,
        lt(oncallCall.receivedAt, from.plus({ months: 1 }).toJSDate()),
      ),
    )
    .orderBy(desc(oncallCall.receivedAt))
    .limit(500);
}

/** A month's calls by category and by hour of the day (Brussels). */
export async function callStats(ctx: RequestContext, poolId: string, month: string) {
  const from = DateTime.fromISO(`${month}-01`, { zone: ONCALL_TIME_ZONE });
  if (!from.isValid) throw badInput([{ path: 'month', message: 'mois invalide (AAAA-MM)' }]);
  const { rows } = await ctx.db.execute<{ category: string; hour: number; n: number }>(sql`
    select category, extract(hour from received_at at time zone ${ONCALL_TIME_ZONE})::int as hour, count(*)::int as n
    from oncall_call
    where pool_id = ${poolId} and received_at >= ${from.toJSDate()} and received_at < ${from.plus({ months: 1 }).toJSDate()}
    group by 1, 2`);
  const byCategory = new Map<string, number>();
  const byHour = Array.from({ length: 24 }, () => 0);
  for (const r of rows) {
    byCategory.set(r.category, (byCategory.get(r.category) ?? 0) + Number(r.n));
    byHour[Number(r.hour)] = (byHour[Number(r.hour)] ?? 0) + Number(r.n);
  }
  return {
    month,
    total: rows.reduce((n, r) => n + Number(r.n), 0),
    byCategory: [...byCategory].map(([category, count]) => ({ category: category as CallCategory, count })),
    byHour: byHour.map((count, hour) => ({ hour, count })),
  };
}

/** A CPMS's id and name (the directory is readable by all), once per request and id. */
export function cpmsName(ctx: RequestContext, id: string): Promise<{ id: string; name: string } | null> {
  return ctx
    .loader(
      'oncallCpmsName',
      () =>
        new DataLoader<string, { id: string; name: string } | null>(async (ids) => {
          const { rows } = await ctx.db.execute<{ id: string; name: string }>(
            sql`select id, name from organisation where id = any (${sql.param([...ids])}::uuid[])`,
          );
          return ids.map((i) => rows.find((r) => r.id === i) ?? null);
        }),
    )
    .load(id);
}

export type OncallIssueView = CoverageIssue & { poolId: string };
export type OncallCheckView = Omit<CoverageReport, 'issues'> & { issues: OncallIssueView[] };
export type OncallAnswerView = {
  at: Date;
  shift: OncallShiftRow | null;
  agent: OncallPersonView | null;
  backup: OncallPersonView | null;
};
export type OncallPersonView = OncallPersonRow & { isAgent: boolean };
export type OncallStatsView = Awaited<ReturnType<typeof callStats>>;
