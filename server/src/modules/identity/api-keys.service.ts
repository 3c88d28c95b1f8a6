import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { identity } from '@maillage/shared';
import type { RequestContext } from '../../core/context.js';
import { asOwner } from '../../core/db/actor-tx.js';
import { AppError, notFound } from '../../core/errors.js';
import { newOpaqueToken, sha256 } from '../../core/auth/tokens.js';
import { parseInput } from '../../core/validation.js';
import { apiKey, appUser, membership } from './tables.js';

const keyName = z.string().trim().min(2, 'le nom doit avoir au moins 2 caractères').max(100, '100 caractères au plus');

// api_key is not granted to the request role: only this module reads or writes it, as owner.
const publicColumns = {
  id: apiKey.id,
  userId: apiKey.userId,
  name: apiKey.name,
  prefix: apiKey.prefix,
  createdAt: apiKey.createdAt,
  lastUsedAt: apiKey.lastUsedAt,
  revokedAt: apiKey.revokedAt,
};
/** An API key as the API shows it: never its hash. */
export type ApiKeyRow = Awaited<ReturnType<typeof listApiKeys>>[number];

export async function listApiKeys(ctx: RequestContext, userId: string) {
  parseInput(identity.uuid, userId, 'userId');
  return asOwner(ctx.db, ctx.actor!, (tx) =>
    tx.select(publicColumns).from(apiKey).where(eq(apiKey.userId, userId)).orderBy(desc(apiKey.createdAt)),
  );
}

export async function createApiKey(ctx: RequestContext, userId: string, rawName: unknown) {
  parseInput(identity.uuid, userId, 'userId');
  const name = parseInput(keyName, rawName, 'name');
  const [user] = await ctx.db.select({ active: appUser.active }).from(appUser).where(eq(appUser.id, userId));
  if (!user) throw notFound('Utilisateur');
  const [service] = await ctx.db
    .select({ id: membership.id })
    .from(membership)
    .where(and(eq(membership.userId, userId), sql`'SERVICE_ACCOUNT' = any(${membership.roles})`));
  if (!service || !user.active) {
    throw new AppError('BAD_USER_INPUT', "Une clé d'API ne se délivre qu'à un compte de service actif.", [
      { path: 'userId', message: "ce compte n'a pas le rôle compte de service" },
    ]);
  }
  const secret = newOpaqueToken('mlg_');
  const [row] = await asOwner(ctx.db, ctx.actor!, (tx) =>
    tx.insert(apiKey).values({ userId, name, prefix: secret.slice(0, 10), keyHash: sha256(secret) }).returning(publicColumns),
  );
  await ctx.audit({ action: 'api_key.create', subjectType: 'api_key', subjectId: row!.id, details: { serviceAccount: userId } });
  return { apiKey: row!, secret };
}

export async function revokeApiKey(ctx: RequestContext, id: string) {
  parseInput(identity.uuid, id, 'id');
  const [row] = await asOwner(ctx.db, ctx.actor!, (tx) =>
    tx.update(apiKey).set({ revokedAt: sql`coalesce(${apiKey.revokedAt}, now())` }).where(eq(apiKey.id, id)).returning(publicColumns),
  );
  if (!row) throw notFound("Clé d'API");
  await ctx.audit({ action: 'api_key.revoke', subjectType: 'api_key', subjectId: id });
  return row;
}

