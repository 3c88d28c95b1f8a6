import DataLoader from 'dataloader';
import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { calendarDay, identity, tools } from '@maillage/shared';
import { deny } from '../../core/authz.js';
import type { RequestContext } from '../../core/context.js';
import { badInput, errorCode, notFound, staleVersion } from '../../core/errors.js';
import { parseInput } from '../../core/validation.js';
import { psadCase } from '../psad/tables.js';
import { isReferentOf } from '../psad/policy.js';
import { platformAction, platformActionCase } from './tables.js';
import { readTextKeyPage, textKeyPageOf, type Connection, type PageArgs } from '../../core/pagination.js';
import { TOOLS_PAGE_MAX } from './tools-pages.js';

export type PlatformActionRow = typeof platformAction.$inferSelect;

function explainWriteError(err: unknown): never {
  if (errorCode(err) === '23503')
    throw badInput([{ path: 'input.partnerOrganisationIds', message: 'organisation inconnue' }]);
  throw err;
}

async function mustBeReferent(ctx: RequestContext, platformId: string, action: string, subjectId?: string) {
  if (!(await isReferentOf(ctx, platformId)))
    deny(
      ctx,
      action,
      'not-referent',
      subjectId ? { subjectType: 'platform_action', subjectId } : { subjectType: 'platform', subjectId: platformId },
    );
}

/** Partners named must exist in the directory (the column is an array: no foreign key checks it). */
async function checkOrganisations(ctx: RequestContext, ids: string[]) {
  if (ids.length === 0) return;
  const { rows } = await ctx.db.execute<{ id: string }>(
    sql`select id from organisation where id = any(${`{${ids.join(',')}}`}::uuid[])`,
  );
  const missing = ids.findIndex((id) => !rows.some((r) => r.id === id));
  if (missing >= 0)
    throw badInput([{ path: `input.partnerOrganisationIds.${missing}`, message: 'organisation inconnue' }]);
}

/** The linked cases must be on the platform's own list, as its referent sees it. */
async function checkCases(ctx: RequestContext, platformId: string, caseIds: string[]) {
  if (caseIds.length === 0) return;
  const rows = await ctx.db
    .select({ id: psadCase.id })
    .from(psadCase)
    .where(and(inArray(psadCase.id, caseIds), eq(psadCase.platformId, platformId)));
  const missing = caseIds.findIndex((id) => !rows.some((r) => r.id === id));
  if (missing >= 0)
    throw badInput([{ path: `input.caseIds.${missing}`, message: 'suivi introuvable sur cette plateforme' }]);
}

async function replaceCases(ctx: RequestContext, actionId: string, caseIds: string[]) {
  await ctx.db.delete(platformActionCase).where(eq(platformActionCase.actionId, actionId));
  if (caseIds.length > 0)
    await ctx.db.insert(platformActionCase).values(caseIds.map((caseId) => ({ actionId, caseId })));
}

export async function createPlatformAction(ctx: RequestContext, raw: unknown): Promise<PlatformActionRow> {
  const input = parseInput(tools.createPlatformAction, raw);
  await mustBeReferent(ctx, input.platformId, 'platform_action.create');
  await checkOrganisations(ctx, input.partnerOrganisationIds);
  await checkCases(ctx, input.platformId, input.caseIds);
  const [row] = await ctx.db
    .insert(platformAction)
    .values({
      platformId: input.platformId,
      kind: input.kind,
      title: input.title,
      heldOn: input.heldOn,
      description: input.description,
      partnerOrganisationIds: input.partnerOrganisationIds,
      participants: input.participants,
      createdBy: ctx.actor!.userId,
    })
    .returning()
    .catch(explainWriteError);
  await replaceCases(ctx, row!.id, input.caseIds);
  await ctx.audit({
    action: 'platform_action.create',
    subjectType: 'platform_action',
    subjectId: row!.id,
    details: {
      kind: input.kind,
      participants: input.participants,
      partners: input.partnerOrganisationIds.length,
      cases: input.caseIds.length,
    },
  });
  return row!;
}

async function actionForChange(ctx: RequestContext, id: string, version: number, action: string) {
  const [seen] = await ctx.db
    .select({ platformId: platformAction.platformId })
    .from(platformAction)
    .where(eq(platformAction.id, id));
  if (!seen) throw notFound('Action');
  await mustBeReferent(ctx, seen.platformId, action, id);
  const [row] = await ctx.db.select().from(platformAction).where(eq(platformAction.id, id)).for('update');
  if (!row) throw notFound('Action');
  if (row.version !== version) throw staleVersion("L'action");
  return row;
}

export async function updatePlatformAction(ctx: RequestContext, raw: unknown): Promise<PlatformActionRow> {
  const input = parseInput(tools.updatePlatformAction, raw);
  const row = await actionForChange(ctx, input.id, input.version, 'platform_action.update');
  await checkOrganisations(ctx, input.partnerOrganisationIds);
  await checkCases(ctx, row.platformId, input.caseIds);
  const [updated] = await ctx.db
    .update(platformAction)
    .set({
      kind: input.kind,
      title: input.title,
      heldOn: input.heldOn,
      description: input.description,
      partnerOrganisationIds: input.partnerOrganisationIds,
      participants: input.participants,
      version: row.version + 1,
      updatedAt: new Date(),
    })
    .where(eq(platformAction.id, row.id))
    .returning()
    .catch(explainWriteError);
  await replaceCases(ctx, row.id, input.caseIds);
  await ctx.audit({
    action: 'platform_action.update',
    subjectType: 'platform_action',
    subjectId: row.id,
    details: { kind: input.kind, participants: input.participants, cases: input.caseIds.length },
  });
  return updated!;
}

export async function deletePlatformAction(ctx: RequestContext, raw: unknown): Promise<boolean> {
  const input = parseInput(tools.deletePlatformAction, raw);
  const row = await actionForChange(ctx, input.id, input.version, 'platform_action.delete');
  await ctx.db.delete(platformAction).where(eq(platformAction.id, row.id));
  await ctx.audit({ action: 'platform_action.delete', subjectType: 'platform_action', subjectId: row.id });
  return true;
}

export interface ActionListArgs extends PageArgs {
  platformId?: string | null;
  from?: string | null;
  to?: string | null;
}

/** The actions the caller sees (its platforms', or those its organisation took part in), newest first, a page at a time. */
export async function listPlatformActions(
  ctx: RequestContext,
  args: ActionListArgs,
): Promise<Connection<PlatformActionRow>> {
  const platformId = args.platformId ? parseInput(identity.uuid, args.platformId, 'platformId') : null;
  // A Date scalar far in the past or the future (year 275760) is no date PostgreSQL takes: refused here.
  const from = args.from ? parseInput(calendarDay, args.from, 'from') : null;
  const to = args.to ? parseInput(calendarDay, args.to, 'to') : null;
  const page = textKeyPageOf(args, TOOLS_PAGE_MAX);
  const sortKey = sql<string>`to_char(${platformAction.heldOn}, 'YYYY-MM-DD') collate "C"`;
  const where = and(
    platformId ? eq(platformAction.platformId, platformId) : undefined,
    from ? gte(platformAction.heldOn, from) : undefined,
    to ? lte(platformAction.heldOn, to) : undefined,
  );
  return readTextKeyPage(ctx.db, platformAction, { where, sortKey, direction: 'desc', page });
}

/** The cases linked to actions, one statement for a whole list: row-level security shows them to the platform's referents only. */
async function caseIdsByActionIds(ctx: RequestContext, actionIds: readonly string[]): Promise<string[][]> {
  const rows = await ctx.db
    .select({ actionId: platformActionCase.actionId, caseId: platformActionCase.caseId })
    .from(platformActionCase)
    .where(inArray(platformActionCase.actionId, [...actionIds]))
    .orderBy(asc(platformActionCase.caseId));
  return actionIds.map((id) => rows.filter((r) => r.actionId === id).map((r) => r.caseId));
}

/** The cases linked to an action (batched per request). */
export function caseIdsOf(ctx: RequestContext, actionId: string): Promise<string[]> {
  return ctx
    .loader('platformActionCaseIds', () => new DataLoader((ids: readonly string[]) => caseIdsByActionIds(ctx, ids)))
    .load(actionId);
}
