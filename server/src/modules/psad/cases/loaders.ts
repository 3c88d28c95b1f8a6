import DataLoader from 'dataloader';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { RequestContext } from '../../../core/context.js';
import { offersByIds } from '../../instances/catalogue.service.js';
import { caseEvent, caseTransfer, contactAttempt, platform, psadCase, youngPerson } from '../tables.js';

export type AttemptRow = typeof contactAttempt.$inferSelect;
export type CaseEventRow = typeof caseEvent.$inferSelect;

// Batch lookups, one statement per hop.

async function youngPeopleByIds(ctx: RequestContext, ids: readonly string[]) {
  const rows = await ctx.db
    .select()
    .from(youngPerson)
    .where(inArray(youngPerson.id, [...ids]));
  return ids.map((id) => rows.find((r) => r.id === id) ?? null);
}

async function attemptsByCaseIds(ctx: RequestContext, ids: readonly string[]) {
  const rows = await ctx.db
    .select()
    .from(contactAttempt)
    .where(inArray(contactAttempt.caseId, [...ids]))
    .orderBy(asc(contactAttempt.attemptedAt), asc(contactAttempt.createdAt));
  return ids.map((id) => rows.filter((r) => r.caseId === id));
}

async function eventsByCaseIds(ctx: RequestContext, ids: readonly string[]) {
  const rows = await ctx.db
    .select()
    .from(caseEvent)
    .where(inArray(caseEvent.caseId, [...ids]))
    .orderBy(asc(caseEvent.occurredAt), asc(caseEvent.id));
  return ids.map((id) => rows.filter((r) => r.caseId === id));
}

async function pendingTransfersByCaseIds(ctx: RequestContext, ids: readonly string[]) {
  const rows = await ctx.db
    .select()
    .from(caseTransfer)
    .where(and(inArray(caseTransfer.caseId, [...ids]), eq(caseTransfer.status, 'PROPOSE')));
  return ids.map((id) => rows.find((r) => r.caseId === id) ?? null);
}

/**
 * Who did what on a case: name only. Referents do not see partner users, nor partners the referents
 * (row-level security): app_psad_actor_names() (migration 0017) gives display names to referents and
 * counsellors only.
 */
async function actorsByIds(ctx: RequestContext, ids: readonly string[]) {
  const { rows } = await ctx.db.execute<{ id: string; display_name: string }>(
    sql`select id, display_name from app_psad_actor_names(${`{${ids.join(',')}}`}::uuid[])`,
  );
  return ids.map((id) => {
    const row = rows.find((r) => r.id === id);
    return row ? { id: row.id, displayName: row.display_name } : null;
  });
}

/** The catalogue offers of solutions: those the caller sees (row-level security), null for the others. */
async function solutionOffersByIds(ctx: RequestContext, ids: readonly string[]) {
  const rows = await offersByIds(ctx, [...ids]);
  return ids.map((id) => rows.find((r) => r.id === id) ?? null);
}

async function platformsByIds(ctx: RequestContext, ids: readonly string[]) {
  const rows = await ctx.db
    .select()
    .from(platform)
    .where(inArray(platform.id, [...ids]));
  return ids.map((id) => rows.find((r) => r.id === id) ?? null);
}

async function casesByIds(ctx: RequestContext, ids: readonly string[]) {
  const rows = await ctx.db
    .select()
    .from(psadCase)
    .where(inArray(psadCase.id, [...ids]));
  return ids.map((id) => rows.find((r) => r.id === id) ?? null);
}

/** One query per hop and per request, whatever the number of cases in the page. */
export const caseLoaders = {
  case: (ctx: RequestContext) =>
    ctx.loader('caseById', () => new DataLoader((ids: readonly string[]) => casesByIds(ctx, ids))),
  platform: (ctx: RequestContext) =>
    ctx.loader('casePlatform', () => new DataLoader((ids: readonly string[]) => platformsByIds(ctx, ids))),
  youngPerson: (ctx: RequestContext) =>
    ctx.loader('caseYoungPerson', () => new DataLoader((ids: readonly string[]) => youngPeopleByIds(ctx, ids))),
  attempts: (ctx: RequestContext) =>
    ctx.loader('caseAttempts', () => new DataLoader((ids: readonly string[]) => attemptsByCaseIds(ctx, ids))),
  events: (ctx: RequestContext) =>
    ctx.loader('caseEvents', () => new DataLoader((ids: readonly string[]) => eventsByCaseIds(ctx, ids))),
  pendingTransfer: (ctx: RequestContext) =>
    ctx.loader(
      'casePendingTransfer',
      () => new DataLoader((ids: readonly string[]) => pendingTransfersByCaseIds(ctx, ids)),
    ),
  solutionOffer: (ctx: RequestContext) =>
    ctx.loader('caseSolutionOffer', () => new DataLoader((ids: readonly string[]) => solutionOffersByIds(ctx, ids))),
  actor: (ctx: RequestContext) =>
    ctx.loader('caseActor', () => new DataLoader((ids: readonly string[]) => actorsByIds(ctx, ids))),
};
