import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { identity } from '@maillage/shared';
import type { RequestContext } from '../../core/context.js';
import { notify } from '../notifications/events.js';
import { AppError, notFound } from '../../core/errors.js';
import { newOpaqueToken, sha256 } from '../../core/auth/tokens.js';
import { parseInput } from '../../core/validation.js';
import { appUser, membership } from './tables.js';

const keyName = z.string().trim().min(2, 'le nom doit avoir au moins 2 caractères').max(100, '100 caractères au plus');

// api_key is not granted to the request role (its hash must never be read by a request): an
// administrator lists, issues and revokes keys through the functions of migration 0017, which answer
// administrators only and never return the hash.
const KEY_COLUMNS = sql.raw('id, user_id, name, prefix, created_at, last_used_at, revoked_at');

type KeyRecord = {
  id: string;
  user_id: string;
  name: string;
  prefix: string;
  created_at: Date | string;
  last_used_at: Date | string | null;
  revoked_at: Date | string | null;
};
/** An API key as the API shows it: never its hash. */
export type ApiKeyRow = Awaited<ReturnType<typeof listApiKeys>>[number];

const dateOrNull = (v: Date | string | null) => (v === null ? null : new Date(v));
const keyOf = (r: KeyRecord) => ({
  id: r.id,
  userId: r.user_id,
  name: r.name,
  prefix: r.prefix,
  createdAt: new Date(r.created_at),
  lastUsedAt: dateOrNull(r.last_used_at),
  revokedAt: dateOrNull(r.revoked_at),
});

export async function listApiKeys(ctx: RequestContext, userId: string) {
  parseInput(identity.uuid, userId, 'userId');
  const { rows } = await ctx.db.execute<KeyRecord>(
    sql`select ${KEY_COLUMNS} from app_api_keys(${userId}::uuid) order by created_at desc, id`,
  );
  return rows.map(keyOf);
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
  const { rows } = await ctx.db.execute<KeyRecord>(
    sql`select ${KEY_COLUMNS} from app_api_key_create(${userId}::uuid, ${name}::text, ${secret.slice(0, 10)}::text, ${sha256(secret)}::text)`,
  );
  const row = rows[0] && keyOf(rows[0]);
  // Checked above; the function checks again (an active service account, an administrator asking).
  if (!row) throw notFound('Utilisateur');
  await ctx.audit({
    action: 'api_key.create',
    subjectType: 'api_key',
    subjectId: row.id,
    details: { serviceAccount: userId },
  });
  await notifyKeyChange(ctx, row.userId, row.id);
  return { apiKey: row, secret };
}

export async function revokeApiKey(ctx: RequestContext, id: string) {
  parseInput(identity.uuid, id, 'id');
  const { rows } = await ctx.db.execute<KeyRecord>(sql`select ${KEY_COLUMNS} from app_api_key_revoke(${id}::uuid)`);
  const row = rows[0] && keyOf(rows[0]);
  if (!row) throw notFound("Clé d'API");
  await ctx.audit({ action: 'api_key.revoke', subjectType: 'api_key', subjectId: id });
  await notifyKeyChange(ctx, row.userId, row.id);
  return row;
}

/** A security notice to the service account's holder: a key of theirs was created or revoked. */
function notifyKeyChange(ctx: RequestContext, userId: string, keyId: string): Promise<void> {
  return notify(ctx, {
    kind: 'SECURITY_API_KEY',
    audience: { type: 'USERS', userIds: [userId] },
    target: { type: 'api_key', id: keyId },
    link: '/',
  });
}
