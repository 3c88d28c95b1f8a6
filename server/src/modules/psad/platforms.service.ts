import { eq, inArray, sql } from 'drizzle-orm';
import { identity, psad } from '@maillage/shared';
import type { RequestContext } from '../../core/context.js';
import type { Tx } from '../../core/db/driver.js';
import { AppError, notFound, staleVersion, uniqueViolation } from '../../core/errors.js';
import { parseInput } from '../../core/validation.js';
import { activeOrganisations, territoryExists, usersHoldingRole } from '../identity/lookups.js';
import { platform, platformPartner, platformReferent } from './tables.js';

export type PlatformRow = typeof platform.$inferSelect;

export async function listPlatforms(ctx: RequestContext, mine: boolean) {
  const rows = await ctx.db.select().from(platform).where(eq(platform.active, true)).orderBy(platform.name);
  if (!mine) return rows;
  const ids = new Set(await referentPlatformIds(ctx));
  return rows.filter((p) => ids.has(p.id));
}

/** The platforms the actor is referent of (holding the PSAD_REFERENT role). */
export async function referentPlatformIds(ctx: RequestContext): Promise<string[]> {
  const result = await ctx.db.execute<{ ids: string[] }>(sql`select app_referent_platform_ids() as ids`);
  return result.rows[0]?.ids ?? [];
}

export async function getPlatform(ctx: RequestContext, id: string) {
  parseInput(identity.uuid, id, 'id');
  const [row] = await ctx.db.select().from(platform).where(eq(platform.id, id));
  return row ?? null;
}

export async function referentsOf(ctx: RequestContext, platformIds: readonly string[]) {
  const rows = await ctx.db
    .select()
    .from(platformReferent)
    .where(inArray(platformReferent.platformId, [...platformIds]));
  return platformIds.map((id) => rows.filter((r) => r.platformId === id).map((r) => r.userId));
}

export async function partnersOf(ctx: RequestContext, platformIds: readonly string[]) {
  const rows = await ctx.db
    .select()
    .from(platformPartner)
    .where(inArray(platformPartner.platformId, [...platformIds]));
  return platformIds.map((id) => rows.filter((r) => r.platformId === id).map((r) => r.organisationId));
}

async function checkReferents(tx: Tx, ids: string[]) {
  const ok = await usersHoldingRole(tx, ids, 'PSAD_REFERENT');
  const index = ids.findIndex((id) => !ok.has(id));
  if (index >= 0) {
    throw new AppError('BAD_USER_INPUT', 'Un référent de plateforme doit avoir le rôle « Référent PSAD ».', [
      { path: `input.referentIds.${index}`, message: "cet utilisateur n'a pas le rôle Référent PSAD" },
    ]);
  }
}

async function checkPartners(tx: Tx, ids: string[]) {
  const ok = await activeOrganisations(tx, ids);
  const index = ids.findIndex((id) => !ok.has(id));
  if (index >= 0)
    throw new AppError('BAD_USER_INPUT', 'Organisation partenaire inconnue.', [
      { path: `input.partnerIds.${index}`, message: 'organisation inconnue ou désactivée' },
    ]);
}

async function checkTerritory(tx: Tx, id: string) {
  if (!(await territoryExists(tx, id)))
    throw new AppError('BAD_USER_INPUT', 'Territoire inconnu.', [
      { path: 'input.territoryId', message: 'territoire inconnu' },
    ]);
}

const nameTaken = (err: unknown): never => {
  if (uniqueViolation(err) === 'platform_name_key')
    throw new AppError('CONFLICT', 'Une plateforme porte déjà ce nom.', 'DUPLICATE', [
      { path: 'input.name', message: 'nom déjà utilisé' },
    ]);
  throw err;
};

async function replaceMembers(tx: Tx, platformId: string, referentIds?: string[], partnerIds?: string[]) {
  if (referentIds) {
    await tx.delete(platformReferent).where(eq(platformReferent.platformId, platformId));
    if (referentIds.length)
      await tx.insert(platformReferent).values(referentIds.map((userId) => ({ platformId, userId })));
  }
  if (partnerIds) {
    await tx.delete(platformPartner).where(eq(platformPartner.platformId, platformId));
    if (partnerIds.length)
      await tx.insert(platformPartner).values(partnerIds.map((organisationId) => ({ platformId, organisationId })));
  }
}

export async function createPlatform(ctx: RequestContext, raw: unknown): Promise<PlatformRow> {
  const input = parseInput(psad.createPlatformInput, raw);
  await checkTerritory(ctx.db, input.territoryId);
  await checkReferents(ctx.db, input.referentIds);
  await checkPartners(ctx.db, input.partnerIds);
  const [row] = await ctx.db
    .insert(platform)
    .values({ name: input.name, territoryId: input.territoryId })
    .returning()
    .catch(nameTaken);
  await replaceMembers(ctx.db, row!.id, input.referentIds, input.partnerIds);
  await ctx.audit({ action: 'platform.create', subjectType: 'platform', subjectId: row!.id });
  return row!;
}

export async function updatePlatform(ctx: RequestContext, raw: unknown): Promise<PlatformRow> {
  const { id, version, referentIds, partnerIds, ...changes } = parseInput(psad.updatePlatformInput, raw);
  const [current] = await ctx.db.select().from(platform).where(eq(platform.id, id)).for('update');
  if (!current) throw notFound('Plateforme');
  if (current.version !== version) throw staleVersion('La plateforme');
  if (changes.territoryId) await checkTerritory(ctx.db, changes.territoryId);
  if (referentIds) await checkReferents(ctx.db, referentIds);
  if (partnerIds) await checkPartners(ctx.db, partnerIds);
  const [row] = await ctx.db
    .update(platform)
    .set({ ...changes, version: sql`${platform.version} + 1`, updatedAt: sql`now()` })
    .where(eq(platform.id, id))
    .returning()
    .catch(nameTaken);
  await replaceMembers(ctx.db, id, referentIds, partnerIds);
  const fields = [
    ...Object.keys(changes).filter((k) => (changes as Record<string, unknown>)[k] !== undefined),
    ...(referentIds ? ['referentIds'] : []),
    ...(partnerIds ? ['partnerIds'] : []),
  ];
  await ctx.audit({ action: 'platform.update', subjectType: 'platform', subjectId: id, details: { fields } });
  return row!;
}
