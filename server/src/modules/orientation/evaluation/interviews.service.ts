import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { evaluation, uuid, type InterviewTheme } from '@maillage/shared';
import type { RequestContext } from '../../../core/context.js';
import { badInput } from '../../../core/errors.js';
import { parseInput } from '../../../core/validation.js';
import { orientationNetwork } from '../tables.js';
import { mustBeStaff } from './access.js';
import { orientationInterviewCount } from './tables.js';

export interface InterviewCountRow {
  networkId: string | null;
  networkName: string | null;
  month: string;
  theme: InterviewTheme;
  count: number;
}

const firstDay = (month: string) => `${month}-01`;

/** A CIO's counts from one month to another (yyyy-mm), by network (null: the CIO as a whole) and theme. */
export async function interviewCounts(
  ctx: RequestContext,
  rawCioId: string,
  rawFrom: string,
  rawTo: string,
): Promise<InterviewCountRow[]> {
  const cioId = parseInput(uuid, rawCioId, 'cioId');
  const { from, to } = parseInput(evaluation.interviewRange, { from: rawFrom, to: rawTo }, '');
  await mustBeStaff(ctx, cioId, 'orientation_interview.read');
  const rows = await ctx.db
    .select({
      networkId: orientationInterviewCount.networkId,
      networkName: orientationNetwork.name,
      month: orientationInterviewCount.month,
      theme: orientationInterviewCount.theme,
      count: orientationInterviewCount.count,
    })
    .from(orientationInterviewCount)
    .leftJoin(orientationNetwork, eq(orientationNetwork.id, orientationInterviewCount.networkId))
    .where(
      and(
        eq(orientationInterviewCount.cioId, cioId),
        gte(orientationInterviewCount.month, firstDay(from)),
        lte(orientationInterviewCount.month, firstDay(to)),
      ),
    )
    .orderBy(asc(orientationInterviewCount.month), asc(orientationNetwork.name), asc(orientationInterviewCount.theme))
    .limit(5_000);
  return rows.map((r) => ({ ...r, month: r.month.slice(0, 7), theme: r.theme as InterviewTheme }));
}

/** The month's grid of a CIO, entered by its PsyEn or direction team: it replaces the month's counts. */
export async function saveInterviewCounts(ctx: RequestContext, raw: unknown): Promise<InterviewCountRow[]> {
  const input = parseInput(evaluation.saveInterviewCounts, raw);
  await mustBeStaff(ctx, input.cioId, 'orientation_interview.save');
  const networks = await ctx.db
    .select({ id: orientationNetwork.id })
    .from(orientationNetwork)
    .where(eq(orientationNetwork.cioId, input.cioId));
  const known = new Set(networks.map((n) => n.id));
  const unknown = input.counts.findIndex((c) => c.networkId !== null && !known.has(c.networkId));
  if (unknown >= 0)
    throw badInput([{ path: `input.counts.${unknown}.networkId`, message: 'réseau inconnu de ce CIO' }]);
  const month = firstDay(input.month);
  await ctx.db
    .delete(orientationInterviewCount)
    .where(and(eq(orientationInterviewCount.cioId, input.cioId), eq(orientationInterviewCount.month, month)));
  const rows = input.counts.filter((c) => c.count > 0);
  if (rows.length)
    await ctx.db
      .insert(orientationInterviewCount)
      .values(rows.map((c) => ({ cioId: input.cioId, networkId: c.networkId, month, theme: c.theme, count: c.count })));
  await ctx.audit({
    action: 'orientation_interview.save',
    subjectType: 'organisation',
    subjectId: input.cioId,
    details: { cells: rows.length },
  });
  return interviewCounts(ctx, input.cioId, input.month, input.month);
}
