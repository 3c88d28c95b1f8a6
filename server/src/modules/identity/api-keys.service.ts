import { eq, sql } from 'drizzle-orm';
import { identity } from '@maillage/shared';
import { createApiKeyInput, rateLimitPerMinute } from '@maillage/shared/api';
import type { RequestContext } from '../../core/context.js';
import { notify } from '../notifications/events.js';
import { AppError, notFound } from '../../core/errors.js';
import { newOpaqueToken, sha256 } from '../../core/auth/tokens.js';
import { parseInput } from '../../core/validation.js';
import { todayInParis } from '../../core/paris-day.js';
import { groupBy } from '../../core/group-by.js';
import { listPlatforms } from '../psad/platforms.service.js';
import { appUser, membership } from './tables.js';

// api_key is not granted to the request role (its hash must never be read by a request): an
// administrator lists, issues, limits and revokes keys through the functions of migrations 0017 and
// 0035, which answer administrators only and never return the hash.
const KEY_COLUMNS = sql.raw(
  'id, user_id, name, prefix, created_at, last_used_at, revoked_at, scopes, organisation_ids, platform_ids, expires_at, rate_limit_per_minute, trusted_documents_only',
);

type KeyRecord = {
  id: string;
  user_id: string;
  name: string;
  prefix: string;
  created_at: Date | string;
  last_used_at: Date | string | null;
  revoked_at: Date | string | null;
  scopes: string[];
  organisation_ids: string[] | null;
  platform_ids: string[] | null;
  expires_at: Date | string;
  rate_limit_per_minute: number;
  trusted_documents_only: boolean;
};
/** An API key as the API shows it: never its hash. */
export type ApiKeyRow = ReturnType<typeof keyOf>;

const dateOrNull = (v: Date | string | null) => (v === null ? null : new Date(v));
const keyOf = (r: KeyRecord) => ({
  id: r.id,
  userId: r.user_id,
  name: r.name,
  prefix: r.prefix,
  createdAt: new Date(r.created_at),
  lastUsedAt: dateOrNull(r.last_used_at),
  revokedAt: dateOrNull(r.revoked_at),
  scopes: r.scopes,
  organisationIds: r.organisation_ids,
  platformIds: r.platform_ids,
  expiresAt: new Date(r.expires_at),
  rateLimitPerMinute: r.rate_limit_per_minute,
  trustedDocumentsOnly: r.trusted_documents_only,
});

/** Usable: neither revoked nor expired. A service account holds two at most (migration 0035). */
const usable = (k: ApiKeyRow, now = new Date()) => k.revokedAt === null && k.expiresAt > now;
const MAX_USABLE_KEYS = 2;

export async function listApiKeys(ctx: RequestContext, userId: string) {
  parseInput(identity.uuid, userId, 'userId');
  const { rows } = await ctx.db.execute<KeyRecord>(
    sql`select ${KEY_COLUMNS} from app_api_keys(${userId}::uuid) order by created_at desc, id`,
  );
  return rows.map(keyOf);
}

/** The end of the key's last day, Paris time: it works through `expiresOn` and stops at midnight. */
const endOfParisDay = (day: string) => sql`((${day}::date + 1)::timestamp at time zone 'Europe/Paris')`;

export async function createApiKey(ctx: RequestContext, raw: unknown) {
  const input = parseInput(createApiKeyInput(todayInParis()), raw, 'input');
  const [user] = await ctx.db.select({ active: appUser.active }).from(appUser).where(eq(appUser.id, input.userId));
  if (!user) throw notFound('Utilisateur');
  const memberships = await ctx.db
    .select({ organisationId: membership.organisationId, roles: membership.roles })
    .from(membership)
    .where(eq(membership.userId, input.userId));
  if (!memberships.some((m) => m.roles.includes('SERVICE_ACCOUNT')) || !user.active) {
    throw new AppError('BAD_USER_INPUT', "Une clé d'API ne se délivre qu'à un compte de service actif.", [
      { path: 'input.userId', message: "ce compte n'a pas le rôle compte de service" },
    ]);
  }
  // A key acts for some of its account's organisations, never for one the account is not a member of.
  const reachable = new Set(memberships.map((m) => m.organisationId));
  const foreign = (input.organisationIds ?? []).findIndex((id) => !reachable.has(id));
  if (foreign >= 0)
    throw new AppError('BAD_USER_INPUT', "Une clé n'agit que pour les organisations de son compte.", [
      {
        path: `input.organisationIds.${foreign}`,
        message: "le compte de service n'est pas membre de cette organisation",
      },
    ]);
  if (input.platformIds) await checkPlatforms(ctx, input.platformIds);
  if ((await listApiKeys(ctx, input.userId)).filter((k) => usable(k)).length >= MAX_USABLE_KEYS) throw twoKeysAlready();

  const secret = newOpaqueToken('mlg_');
  const { rows } = await ctx.db.execute<KeyRecord>(
    sql`select ${KEY_COLUMNS} from app_api_key_create(${input.userId}::uuid, ${input.name}::text,
      ${secret.slice(0, 10)}::text, ${sha256(secret)}::text, ${pgArray(input.scopes)}::text[],
      ${input.organisationIds ? pgArray(input.organisationIds) : null}::uuid[],
      ${input.platformIds ? pgArray(input.platformIds) : null}::uuid[], ${endOfParisDay(input.expiresOn)},
      ${input.rateLimitPerMinute}::int, ${input.trustedDocumentsOnly}::boolean)`,
  );
  const row = rows[0] && keyOf(rows[0]);
  // Checked above; no row now: another administrator issued a second key meanwhile.
  if (!row) throw twoKeysAlready();
  await ctx.audit({
    action: 'api_key.create',
    subjectType: 'api_key',
    subjectId: row.id,
    details: { serviceAccount: input.userId },
  });
  await notifyKeyChange(ctx, row.userId, row.id);
  return { apiKey: row, secret };
}

const twoKeysAlready = () =>
  new AppError(
    'CONFLICT',
    `Ce compte de service a déjà ${MAX_USABLE_KEYS} clés en service : révoquez l'ancienne une fois la nouvelle en place.`,
    'RULE_REFUSED',
    [{ path: 'input.userId', message: `${MAX_USABLE_KEYS} clés en service au plus` }],
  );

/** A key for platforms that exist (row-level security lets an administrator see them all). */
async function checkPlatforms(ctx: RequestContext, ids: string[]) {
  const found = new Set((await listPlatforms(ctx, false)).map((p) => p.id));
  const unknown = ids.findIndex((id) => !found.has(id));
  if (unknown >= 0)
    throw new AppError('BAD_USER_INPUT', 'Plateforme inconnue.', [
      { path: `input.platformIds.${unknown}`, message: 'plateforme inconnue' },
    ]);
}

/** A text[] or uuid[] literal's elements, for a parameter cast to an array type. */
const pgArray = (values: readonly string[]) => `{${values.map((v) => `"${v}"`).join(',')}}`;

type UsageRecord = {
  key_id: string;
  operation: string;
  calls: string | number;
  errors: string | number;
  last_used_at: Date | string;
};

/** Each key's use per operation, most called first, in the order of `keyIds` (a loader's batch). */
export async function usageByKeyIds(ctx: RequestContext, keyIds: readonly string[]) {
  const { rows } = await ctx.db.execute<UsageRecord>(
    sql`select key_id, operation, calls, errors, last_used_at from app_api_key_usage(${pgArray(keyIds)}::uuid[])`,
  );
  const usage = rows.map((r) => ({
    keyId: r.key_id,
    operation: r.operation,
    calls: Number(r.calls),
    errors: Number(r.errors),
    lastUsedAt: new Date(r.last_used_at),
  }));
  return groupBy(keyIds, usage, (u) => u.keyId);
}

export async function setApiKeyRateLimit(ctx: RequestContext, id: string, raw: unknown) {
  parseInput(identity.uuid, id, 'id');
  const perMinute = parseInput(rateLimitPerMinute, raw, 'rateLimitPerMinute');
  const { rows } = await ctx.db.execute<KeyRecord>(
    sql`select ${KEY_COLUMNS} from app_api_key_set_rate(${id}::uuid, ${perMinute}::int)`,
  );
  const row = rows[0] && keyOf(rows[0]);
  if (!row) throw notFound("Clé d'API");
  await ctx.audit({ action: 'api_key.rate_limit', subjectType: 'api_key', subjectId: id, details: { perMinute } });
  return row;
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
