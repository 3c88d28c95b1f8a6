import { eq, ilike, inArray, sql, and } from 'drizzle-orm';
import { defaultTimeZone, identity, searchKey, type OrganisationKind } from '@maillage/shared';
import type { RequestContext } from '../../core/context.js';
import { notFound, staleVersion, AppError, uniqueViolation } from '../../core/errors.js';
import { afterCursor, allOf, orderOf, pageSizeOf, toConnection, type KeysetSpec } from '../../core/pagination.js';
import { parseInput } from '../../core/validation.js';
import { organisation, territory } from './tables.js';

export type OrganisationRow = typeof organisation.$inferSelect;

const byName: KeysetSpec<OrganisationRow> = {
  columns: [organisation.searchName, organisation.id],
  direction: 'asc',
  key: (r) => [r.searchName, r.id],
};

export interface OrganisationFilter {
  search?: string | null;
  kind?: OrganisationKind | null;
  communeInsee?: string | null;
  territoryId?: string | null;
  includeInactive?: boolean | null;
}

/** Ids of a territory and of every territory below it. */
const territoryAndBelow = (territoryId: string) => sql`(
  with recursive t(id) as (
    select id from ${territory} where id = ${territoryId}
    union all
    select c.id from ${territory} c join t on c.parent_id = t.id
  ) select id from t)`;

export async function listOrganisations(
  ctx: RequestContext,
  filter: OrganisationFilter,
  first: number | null,
  after: string | null,
) {
  const limit = pageSizeOf(first, 200);
  const search = filter.search ? searchKey(filter.search) : '';
  const where = allOf([
    search ? ilike(organisation.searchName, `%${search.replace(/[%_\\]/g, '\\$&')}%`) : undefined,
    filter.kind ? eq(organisation.kind, filter.kind) : undefined,
    filter.communeInsee ? eq(organisation.communeInsee, filter.communeInsee.trim().toUpperCase()) : undefined,
    filter.territoryId
      ? sql`${organisation.territoryId} in ${territoryAndBelow(parseInput(identity.uuid, filter.territoryId, 'filter.territoryId'))}`
      : undefined,
    filter.includeInactive && ctx.actor?.isAdmin ? undefined : eq(organisation.active, true),
  ]);
  const [rows, [count]] = await Promise.all([
    ctx.db
      .select()
      .from(organisation)
      .where(allOf([where, afterCursor(byName as KeysetSpec<unknown>, after)]))
      .orderBy(...orderOf(byName as KeysetSpec<unknown>))
      .limit(limit + 1),
    ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(organisation)
      .where(where),
  ]);
  return toConnection(rows, limit, count!.n, byName);
}

export async function organisationsByIds(ctx: RequestContext, ids: readonly string[]) {
  const rows = await ctx.db
    .select()
    .from(organisation)
    .where(inArray(organisation.id, [...ids]));
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

export async function getOrganisation(ctx: RequestContext, id: string) {
  parseInput(identity.uuid, id, 'id');
  const [row] = await ctx.db.select().from(organisation).where(eq(organisation.id, id));
  if (!row || (!row.active && !ctx.actor?.isAdmin)) return null;
  return row;
}

function conflictOnUnique(err: unknown): never {
  const constraint = uniqueViolation(err);
  if (constraint === 'organisation_uai_key') {
    throw new AppError('CONFLICT', 'Une organisation porte déjà cet UAI.', 'DUPLICATE', [
      { path: 'input.uai', message: 'UAI déjà utilisé' },
    ]);
  }
  if (constraint === 'organisation_siret_key') {
    throw new AppError('CONFLICT', 'Une organisation porte déjà ce SIRET.', 'DUPLICATE', [
      { path: 'input.siret', message: 'SIRET déjà utilisé' },
    ]);
  }
  if (constraint === 'organisation_fase_key') {
    throw new AppError('CONFLICT', 'Une école porte déjà ce numéro FASE.', 'DUPLICATE', [
      { path: 'input.fase', message: 'numéro FASE déjà utilisé' },
    ]);
  }
  throw err;
}

async function assertTerritoryExists(ctx: RequestContext, territoryId: string | null | undefined) {
  if (!territoryId) return;
  const [row] = await ctx.db.select({ id: territory.id }).from(territory).where(eq(territory.id, territoryId));
  if (!row)
    throw new AppError('BAD_USER_INPUT', 'Territoire inconnu.', [
      { path: 'input.territoryId', message: 'territoire inconnu' },
    ]);
}

export async function createOrganisation(ctx: RequestContext, raw: unknown) {
  const input = parseInput(identity.createOrganisationInput, raw);
  await assertTerritoryExists(ctx, input.territoryId);
  const [row] = await ctx.db
    .insert(organisation)
    .values({
      ...input,
      searchName: searchKey(input.name),
      timeZone: input.timeZone ?? defaultTimeZone(input.kind),
      lyceeTeteDeReseau: input.lyceeTeteDeReseau ?? false,
    })
    .returning()
    .catch(conflictOnUnique);
  await ctx.audit({ action: 'organisation.create', subjectType: 'organisation', subjectId: row!.id });
  return row!;
}

async function loadForUpdate(ctx: RequestContext, id: string, version: number) {
  const [current] = await ctx.db.select().from(organisation).where(eq(organisation.id, id)).for('update');
  if (!current) throw notFound('Organisation');
  if (current.version !== version) throw staleVersion("L'organisation");
  return current;
}

export async function updateOrganisation(ctx: RequestContext, raw: unknown) {
  const { id, version, ...changes } = parseInput(identity.updateOrganisationInput, raw);
  const current = await loadForUpdate(ctx, id, version);
  const next = { ...current, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) };
  if (next.lyceeTeteDeReseau && next.kind !== 'EPLE') {
    throw new AppError('BAD_USER_INPUT', 'Seul un EPLE peut être lycée tête de réseau.', [
      { path: 'input.lyceeTeteDeReseau', message: 'seul un EPLE peut être lycée tête de réseau' },
    ]);
  }
  if (next.fase && next.kind !== 'ECOLE') {
    throw new AppError('BAD_USER_INPUT', 'Seule une école a un numéro FASE.', [
      { path: 'input.fase', message: 'seule une école a un numéro FASE' },
    ]);
  }
  await assertTerritoryExists(ctx, changes.territoryId);
  const changed = Object.keys(changes).filter((k) => (changes as Record<string, unknown>)[k] !== undefined);
  const [row] = await ctx.db
    .update(organisation)
    .set({
      ...changes,
      ...(changes.name ? { searchName: searchKey(changes.name) } : {}),
      lyceeTeteDeReseau: changes.lyceeTeteDeReseau === null ? false : changes.lyceeTeteDeReseau,
      // Cleared, or the kind changed without a zone named: the kind's own zone.
      timeZone:
        changes.timeZone ?? (changes.timeZone === null || changes.kind ? defaultTimeZone(next.kind) : undefined),
      version: sql`${organisation.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(organisation.id, id), eq(organisation.version, version)))
    .returning()
    .catch(conflictOnUnique);
  await ctx.audit({
    action: 'organisation.update',
    subjectType: 'organisation',
    subjectId: id,
    details: { fields: changed },
  });
  return row!;
}

export async function setOrganisationActive(ctx: RequestContext, id: string, version: number, active: boolean) {
  parseInput(identity.uuid, id, 'id');
  await loadForUpdate(ctx, id, version);
  const [row] = await ctx.db
    .update(organisation)
    .set({ active, version: sql`${organisation.version} + 1`, updatedAt: sql`now()` })
    .where(eq(organisation.id, id))
    .returning();
  await ctx.audit({
    action: active ? 'organisation.activate' : 'organisation.deactivate',
    subjectType: 'organisation',
    subjectId: id,
  });
  return row!;
}
