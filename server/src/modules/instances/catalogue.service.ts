import { and, eq, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import { identity, searchKey, tools, type OfferValues } from '@maillage/shared';
import { deny } from '../../core/authz.js';
import type { RequestContext } from '../../core/context.js';
import { AppError, badInput, errorCode, notFound, staleVersion, uniqueViolation } from '../../core/errors.js';
import { parseInput } from '../../core/validation.js';
import { territory } from '../identity/tables.js';
import { isReferentOf } from '../psad/policy.js';
import { solutionOffer } from './tables.js';
import { readTextKeyPage, textKeyPageOf, type Connection, type PageArgs } from '../../core/pagination.js';
import { TOOLS_PAGE_MAX } from './tools-pages.js';

export type SolutionOfferRow = typeof solutionOffer.$inferSelect;

/** The database's refusals, as the field at fault or a CONFLICT. */
export function explainOfferWriteError(err: unknown): never {
  if (uniqueViolation(err))
    throw new AppError('CONFLICT', 'Une solution de ce nom figure déjà au catalogue de la plateforme.', 'DUPLICATE', [
      { path: 'input.name', message: 'nom déjà utilisé' },
    ]);
  if (errorCode(err) === '23503') throw badInput([{ path: 'input.organisationId', message: 'organisation inconnue' }]);
  throw err;
}

async function mustBeReferent(ctx: RequestContext, platformId: string, action: string, subjectId?: string) {
  if (!(await isReferentOf(ctx, platformId)))
    deny(
      ctx,
      action,
      'not-referent',
      subjectId ? { subjectType: 'solution_offer', subjectId } : { subjectType: 'platform', subjectId: platformId },
    );
}

/** The offer, locked, for a change by a referent of its platform at the version they read. */
async function offerForChange(ctx: RequestContext, id: string, version: number, action: string) {
  // Read first, then lock: FOR UPDATE skips the rows a partner may read but not change.
  const [seen] = await ctx.db
    .select({ platformId: solutionOffer.platformId })
    .from(solutionOffer)
    .where(eq(solutionOffer.id, id));
  if (!seen) throw notFound('Solution');
  await mustBeReferent(ctx, seen.platformId, action, id);
  const [row] = await ctx.db.select().from(solutionOffer).where(eq(solutionOffer.id, id)).for('update');
  if (!row) throw notFound('Solution');
  if (row.version !== version) throw staleVersion('La solution');
  return row;
}

const valuesOf = (v: OfferValues) => ({
  name: v.name,
  solutionType: v.solutionType,
  organisationId: v.organisationId,
  communes: v.communes,
  ageMin: v.ageMin,
  ageMax: v.ageMax,
  conditions: v.conditions,
  places: v.places,
  contact: v.contact,
  activeFrom: v.activeFrom,
  activeUntil: v.activeUntil,
  searchText: searchKey(v.name),
});

export async function createSolutionOffer(ctx: RequestContext, raw: unknown): Promise<SolutionOfferRow> {
  const input = parseInput(tools.createSolutionOffer, raw);
  await mustBeReferent(ctx, input.platformId, 'solution_offer.create');
  const [row] = await ctx.db
    .insert(solutionOffer)
    .values({ platformId: input.platformId, ...valuesOf(input) })
    .returning()
    .catch(explainOfferWriteError);
  await ctx.audit({
    action: 'solution_offer.create',
    subjectType: 'solution_offer',
    subjectId: row!.id,
    details: { type: input.solutionType, communes: input.communes.length },
  });
  return row!;
}

export async function updateSolutionOffer(ctx: RequestContext, raw: unknown): Promise<SolutionOfferRow> {
  const input = parseInput(tools.updateSolutionOffer, raw);
  const row = await offerForChange(ctx, input.id, input.version, 'solution_offer.update');
  const [updated] = await ctx.db
    .update(solutionOffer)
    .set({ ...valuesOf(input), version: row.version + 1, updatedAt: new Date() })
    .where(eq(solutionOffer.id, row.id))
    .returning()
    .catch(explainOfferWriteError);
  await ctx.audit({
    action: 'solution_offer.update',
    subjectType: 'solution_offer',
    subjectId: row.id,
    details: { type: input.solutionType },
  });
  return updated!;
}

export async function deleteSolutionOffer(ctx: RequestContext, raw: unknown): Promise<boolean> {
  const input = parseInput(tools.deleteSolutionOffer, raw);
  const row = await offerForChange(ctx, input.id, input.version, 'solution_offer.delete');
  await ctx.db.delete(solutionOffer).where(eq(solutionOffer.id, row.id));
  await ctx.audit({ action: 'solution_offer.delete', subjectType: 'solution_offer', subjectId: row.id });
  return true;
}

export interface OfferFilter {
  platformId?: string | null;
  search?: string | null;
  commune?: string | null;
  communeName?: string | null;
  age?: number | null;
  activeOn?: string | null;
}

/** The INSEE codes of the communes of that name (accents, case and dashes ignored). */
async function communeCodes(ctx: RequestContext, name: string): Promise<string[]> {
  const key = searchKey(name);
  if (!key) return [];
  const rows = await ctx.db
    .select({ code: territory.code, name: territory.name })
    .from(territory)
    .where(
      and(
        eq(territory.kind, 'COMMUNE'),
        ilike(
          territory.name,
          `${name
            .trim()
            .slice(0, 2)
            .replace(/[%_\\]/g, '\\$&')}%`,
        ),
      ),
    );
  return rows.filter((r) => r.code && searchKey(r.name) === key).map((r) => r.code!);
}

/** The conditions of the catalogue's search (row-level security already bounds it to the caller's platforms). */
export async function offerConditions(ctx: RequestContext, filter: OfferFilter): Promise<SQL | undefined> {
  const f = parseInput(tools.offerFilter, filter, 'filter');
  const key = f.search ? searchKey(f.search) : '';
  const named = f.communeName ? await communeCodes(ctx, f.communeName) : null;
  return and(
    named
      ? sql`(cardinality(${solutionOffer.communes}) = 0 or ${solutionOffer.communes} && ${`{${named.join(',')}}`}::text[])`
      : undefined,
    f.platformId ? eq(solutionOffer.platformId, f.platformId) : undefined,
    key
      ? sql`(${solutionOffer.searchText} like ${`%${key.replace(/[%_\\]/g, '\\$&')}%`} or ${solutionOffer.searchText} % ${key})`
      : undefined,
    f.commune
      ? sql`(cardinality(${solutionOffer.communes}) = 0 or ${f.commune} = any(${solutionOffer.communes}))`
      : undefined,
    f.age !== null && f.age !== undefined
      ? sql`(${solutionOffer.ageMin} is null or ${solutionOffer.ageMin} <= ${f.age}) and (${solutionOffer.ageMax} is null or ${solutionOffer.ageMax} >= ${f.age})`
      : undefined,
    f.activeOn
      ? sql`(${solutionOffer.activeFrom} is null or ${solutionOffer.activeFrom} <= ${f.activeOn}::date) and (${solutionOffer.activeUntil} is null or ${solutionOffer.activeUntil} >= ${f.activeOn}::date)`
      : undefined,
  );
}

/**
 * The catalogue the caller sees, searched, a page at a time: by name (closest first when searching,
 * by similarity rounded to a millionth), else alphabetical.
 */
export async function listSolutionOffers(
  ctx: RequestContext,
  filter: OfferFilter,
  args: PageArgs = {},
): Promise<Connection<SolutionOfferRow>> {
  const where = await offerConditions(ctx, filter);
  const page = textKeyPageOf(args, TOOLS_PAGE_MAX);
  const key = filter.search ? searchKey(filter.search) : '';
  const sortKey = key
    ? sql<string>`(lpad(round((1 - similarity(${solutionOffer.searchText}, ${key})) * 1000000)::int::text, 7, '0') || ' ' || ${solutionOffer.searchText}) collate "C"`
    : sql<string>`${solutionOffer.searchText} collate "C"`;
  return readTextKeyPage(ctx.db, solutionOffer, { where, sortKey, direction: 'asc', page });
}

export async function getSolutionOffer(ctx: RequestContext, rawId: unknown): Promise<SolutionOfferRow | null> {
  const id = parseInput(identity.uuid, rawId, 'id');
  const [row] = await ctx.db.select().from(solutionOffer).where(eq(solutionOffer.id, id));
  return row ?? null;
}

export async function offersByIds(ctx: RequestContext, ids: string[]) {
  if (ids.length === 0) return [];
  return ctx.db.select().from(solutionOffer).where(inArray(solutionOffer.id, ids));
}
