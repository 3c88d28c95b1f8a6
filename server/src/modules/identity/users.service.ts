import { eq, ilike, inArray, or, sql, exists } from 'drizzle-orm';
import { identity, type Role } from '@maillage/shared';
import type { RequestContext } from '../../core/context.js';
import { notify } from '../notifications/events.js';
import { AppError, notFound, RateLimitedError, staleVersion, uniqueViolation } from '../../core/errors.js';
import { afterCursor, allOf, orderOf, pageSizeOf, toConnection, type KeysetSpec } from '../../core/pagination.js';
import { parseInput } from '../../core/validation.js';
import { hashPassword, verifyPassword } from '../../core/auth/passwords.js';
import { appUser, membership, organisation } from './tables.js';
import { revokeSessions as endSessions } from './sign-in/sessions.js';
import { countPasswordGuess, waitText } from './sign-in/throttle.js';

/** What requests may read of a user: never the password hash. */
export const userColumns = {
  id: appUser.id,
  email: appUser.email,
  displayName: appUser.displayName,
  active: appUser.active,
  failedLoginCount: appUser.failedLoginCount,
  lastFailedLoginAt: appUser.lastFailedLoginAt,
  lastLoginAt: appUser.lastLoginAt,
  version: appUser.version,
  createdAt: appUser.createdAt,
};
export type UserRow = {
  [K in keyof typeof userColumns]:
    | (typeof userColumns)[K]['_']['data']
    | ((typeof userColumns)[K]['_']['notNull'] extends true ? (K extends 'failedLoginCount' ? null : never) : null);
};
export type MembershipRow = typeof membership.$inferSelect;

const byEmail: KeysetSpec<UserRow> = {
  columns: [appUser.email, appUser.id],
  direction: 'asc',
  key: (r) => [r.email, r.id],
};

const emailTaken = (err: unknown): never => {
  if (uniqueViolation(err) === 'app_user_email_key') {
    throw new AppError('CONFLICT', 'Un compte existe déjà avec cette adresse e-mail.', 'DUPLICATE', [
      { path: 'input.email', message: 'adresse déjà utilisée' },
    ]);
  }
  throw err;
};

export async function listUsers(
  ctx: RequestContext,
  filter: {
    search?: string | null;
    organisationId?: string | null;
    role?: string | null;
    includeInactive?: boolean | null;
  },
  first: number | null,
  after: string | null,
) {
  const limit = pageSizeOf(first, 200);
  const term = filter.search
    ?.trim()
    .toLowerCase()
    .replace(/[%_\\]/g, '\\$&');
  const where = allOf([
    term ? or(ilike(appUser.email, `%${term}%`), ilike(appUser.displayName, `%${term}%`)) : undefined,
    filter.organisationId || filter.role
      ? exists(
          ctx.db
            .select({ one: sql`1` })
            .from(membership)
            .where(
              allOf([
                eq(membership.userId, appUser.id),
                filter.organisationId
                  ? eq(
                      membership.organisationId,
                      parseInput(identity.uuid, filter.organisationId, 'filter.organisationId'),
                    )
                  : undefined,
                filter.role ? sql`${filter.role} = any(${membership.roles})` : undefined,
              ]),
            ),
        )
      : undefined,
    filter.includeInactive ? undefined : eq(appUser.active, true),
  ]);
  const spec = byEmail as KeysetSpec<unknown>;
  const [rows, [count]] = await Promise.all([
    ctx.db
      .select(userColumns)
      .from(appUser)
      .where(allOf([where, afterCursor(spec, after)]))
      .orderBy(...orderOf(spec))
      .limit(limit + 1),
    ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(appUser)
      .where(where),
  ]);
  return toConnection(rows as UserRow[], limit, count!.n, byEmail);
}

export async function usersByIds(ctx: RequestContext, ids: readonly string[]) {
  const rows = await ctx.db
    .select(userColumns)
    .from(appUser)
    .where(inArray(appUser.id, [...ids]));
  const map = new Map(rows.map((r) => [r.id, r as UserRow]));
  return ids.map((id) => map.get(id) ?? null);
}

export async function getUser(ctx: RequestContext, id: string) {
  parseInput(identity.uuid, id, 'id');
  const [row] = await ctx.db.select(userColumns).from(appUser).where(eq(appUser.id, id));
  if (row) await ctx.audit({ action: 'user.read', subjectType: 'user', subjectId: id });
  return (row as UserRow | undefined) ?? null;
}

export async function membershipsByUserIds(ctx: RequestContext, userIds: readonly string[]) {
  const rows = await ctx.db
    .select()
    .from(membership)
    .where(inArray(membership.userId, [...userIds]))
    .orderBy(membership.createdAt);
  return userIds.map((id) => rows.filter((r) => r.userId === id));
}

async function assertOrganisationsExist(ctx: RequestContext, ids: string[], path: string) {
  if (ids.length === 0) return;
  const rows = await ctx.db.select({ id: organisation.id }).from(organisation).where(inArray(organisation.id, ids));
  const known = new Set(rows.map((r) => r.id));
  const missing = ids.findIndex((id) => !known.has(id));
  if (missing >= 0)
    throw new AppError('BAD_USER_INPUT', 'Organisation inconnue.', [
      { path: path.replace('#', String(missing)), message: 'organisation inconnue' },
    ]);
}

export async function createUser(ctx: RequestContext, raw: unknown) {
  const input = parseInput(identity.createUserInput, raw);
  const memberships = input.memberships ?? [];
  const repeated = memberships.findIndex(
    (m, i) => memberships.findIndex((o) => o.organisationId === m.organisationId) !== i,
  );
  if (repeated >= 0) {
    throw new AppError(
      'BAD_USER_INPUT',
      'Une organisation apparaît deux fois : donnez-lui tous ses rôles en une fois.',
      [{ path: `input.memberships.${repeated}.organisationId`, message: 'organisation déjà donnée' }],
    );
  }
  await assertOrganisationsExist(
    ctx,
    memberships.map((m) => m.organisationId),
    'input.memberships.#.organisationId',
  );
  const passwordHash = await hashPassword(input.password);
  const [user] = await ctx.db
    .insert(appUser)
    .values({ email: input.email, displayName: input.displayName, passwordHash })
    .returning({ id: appUser.id })
    .catch(emailTaken);
  if (memberships.length > 0) {
    await ctx.db
      .insert(membership)
      .values(memberships.map((m) => ({ userId: user!.id, organisationId: m.organisationId, roles: m.roles })));
  }
  await ctx.audit({
    action: 'user.create',
    subjectType: 'user',
    subjectId: user!.id,
    details: { memberships: memberships.length },
  });
  return (await usersByIds(ctx, [user!.id]))[0]!;
}

async function lockUser(ctx: RequestContext, id: string, version: number) {
  const [current] = await ctx.db
    .select({ version: appUser.version })
    .from(appUser)
    .where(eq(appUser.id, id))
    .for('update');
  if (!current) throw notFound('Utilisateur');
  if (current.version !== version) throw staleVersion("L'utilisateur");
}

const bumpVersion = { version: sql`${appUser.version} + 1`, updatedAt: sql`now()` };

/** Ends the user's sessions (refresh tokens are not granted to the request role): app_revoke_sessions(), administrators only. */
async function revokeSessions(ctx: RequestContext, userId: string) {
  await ctx.db.execute(sql`select app_revoke_sessions(${userId}::uuid)`);
}

export async function updateUser(ctx: RequestContext, raw: unknown) {
  const { id, version, password, ...changes } = parseInput(identity.updateUserInput, raw);
  await lockUser(ctx, id, version);
  const fields = Object.keys(changes).filter((k) => (changes as Record<string, unknown>)[k] !== undefined);
  await ctx.db
    .update(appUser)
    .set({ ...changes, ...(password ? { passwordHash: await hashPassword(password) } : {}), ...bumpVersion })
    .where(eq(appUser.id, id))
    .catch(emailTaken);
  if (password) {
    await revokeSessions(ctx, id);
    await notifyPasswordChanged(ctx, id);
  }
  await ctx.audit({
    action: 'user.update',
    subjectType: 'user',
    subjectId: id,
    details: { fields: password ? [...fields, 'password'] : fields },
  });
  return (await usersByIds(ctx, [id]))[0]!;
}

export async function setUserActive(ctx: RequestContext, id: string, version: number, active: boolean) {
  parseInput(identity.uuid, id, 'id');
  if (!active && id === ctx.actor!.userId) {
    throw new AppError('BAD_USER_INPUT', 'Vous ne pouvez pas désactiver votre propre compte.', [
      { path: 'id', message: 'votre propre compte' },
    ]);
  }
  await lockUser(ctx, id, version);
  await ctx.db
    .update(appUser)
    .set({ active, ...bumpVersion })
    .where(eq(appUser.id, id));
  if (!active) await revokeSessions(ctx, id);
  await ctx.audit({ action: active ? 'user.activate' : 'user.deactivate', subjectType: 'user', subjectId: id });
  return (await usersByIds(ctx, [id]))[0]!;
}

/**
 * Lifts the waits that failed sign-ins put on the account, from every address (auth.service.ts), and
 * starts its count of failures again: e.g. once the user, who mistyped their password too often, has a
 * new one.
 */
export async function unlockUser(ctx: RequestContext, id: string, version: number) {
  parseInput(identity.uuid, id, 'id');
  await lockUser(ctx, id, version);
  await ctx.db
    .update(appUser)
    .set({ loginThrottleResetAt: new Date(), failedLoginCount: 0, ...bumpVersion })
    .where(eq(appUser.id, id));
  await ctx.audit({ action: 'user.unlock', subjectType: 'user', subjectId: id });
  return (await usersByIds(ctx, [id]))[0]!;
}

export async function addMembership(ctx: RequestContext, userId: string, raw: unknown) {
  parseInput(identity.uuid, userId, 'userId');
  const input = parseInput(identity.membershipInput, raw);
  const [user] = await ctx.db.select({ id: appUser.id }).from(appUser).where(eq(appUser.id, userId));
  if (!user) throw notFound('Utilisateur');
  await assertOrganisationsExist(ctx, [input.organisationId], 'input.organisationId');
  const [row] = await ctx.db
    .insert(membership)
    .values({ userId, organisationId: input.organisationId, roles: input.roles })
    .returning()
    .catch((err: unknown) => {
      if (uniqueViolation(err))
        throw new AppError(
          'CONFLICT',
          'Cet utilisateur est déjà membre de cette organisation : modifiez ses rôles.',
          'DUPLICATE',
          [{ path: 'input.organisationId', message: 'déjà membre' }],
        );
      throw err;
    });
  await ctx.audit({
    action: 'membership.create',
    subjectType: 'membership',
    subjectId: row!.id,
    details: { roles: input.roles },
  });
  return row!;
}

async function lockMembership(ctx: RequestContext, id: string, version: number) {
  parseInput(identity.uuid, id, 'id');
  const [current] = await ctx.db.select().from(membership).where(eq(membership.id, id)).for('update');
  if (!current) throw notFound('Appartenance');
  if (current.version !== version) throw staleVersion("L'appartenance");
  return current;
}

export async function updateMembershipRoles(ctx: RequestContext, id: string, version: number, rawRoles: unknown) {
  const roles = parseInput(identity.roles, rawRoles, 'roles') as Role[];
  const current = await lockMembership(ctx, id, version);
  if (current.userId === ctx.actor!.userId && current.roles.includes('ADMIN') && !roles.includes('ADMIN')) {
    throw new AppError('BAD_USER_INPUT', "Vous ne pouvez pas retirer votre propre rôle d'administrateur.", [
      { path: 'roles', message: 'votre propre rôle ADMIN' },
    ]);
  }
  const [row] = await ctx.db
    .update(membership)
    .set({ roles, version: sql`${membership.version} + 1`, updatedAt: sql`now()` })
    .where(eq(membership.id, id))
    .returning();
  await ctx.audit({ action: 'membership.update', subjectType: 'membership', subjectId: id, details: { roles } });
  return row!;
}

export async function removeMembership(ctx: RequestContext, id: string, version: number) {
  const current = await lockMembership(ctx, id, version);
  if (current.userId === ctx.actor!.userId && current.roles.includes('ADMIN')) {
    throw new AppError('BAD_USER_INPUT', "Vous ne pouvez pas retirer votre propre appartenance d'administrateur.", [
      { path: 'id', message: 'votre propre appartenance' },
    ]);
  }
  await ctx.db.delete(membership).where(eq(membership.id, id));
  await ctx.audit({ action: 'membership.delete', subjectType: 'membership', subjectId: id });
  return true;
}

/**
 * The user's own password: the current one proves it is them (its wrong guesses are throttled as a
 * sign-in's, on the same counters), and every other session of theirs ends: whoever else had the old
 * password is signed out.
 */
export async function changeOwnPassword(ctx: RequestContext, currentPassword: string, rawNew: unknown) {
  const newPassword = parseInput(identity.password, rawNew, 'newPassword');
  const userId = ctx.actor!.userId;
  const address = ctx.address ?? '';
  const { rows: waits } = await ctx.db.execute<{ wait: number }>(
    sql`select app_own_password_guess_wait(${address}) as wait`,
  );
  const wait = Number(waits[0]?.wait ?? 0);
  if (wait > 0)
    throw new RateLimitedError(`Trop d'essais du mot de passe actuel : réessayez dans ${waitText(wait)}.`, wait);
  // The hash is not granted to the request role: app_own_password_hash() gives the caller their own.
  const { rows } = await ctx.db.execute<{ hash: string | null }>(sql`select app_own_password_hash() as hash`);
  const ok = await verifyPassword(rows[0]?.hash ?? null, currentPassword);
  if (!ok) {
    ctx.denials.push({
      action: 'user.password_change',
      reason: 'wrong_current_password',
      subjectType: 'user',
      subjectId: userId,
      record: (tx) => countPasswordGuess(tx, address, userId),
    });
    throw new AppError('BAD_USER_INPUT', 'Mot de passe actuel incorrect.', [
      { path: 'currentPassword', message: 'incorrect' },
    ]);
  }
  await ctx.db
    .update(appUser)
    .set({ passwordHash: await hashPassword(newPassword), ...bumpVersion })
    .where(eq(appUser.id, userId));
  const ended = await endSessions(ctx.db, { userId, except: ctx.actor!.sessionId }, 'PASSWORD_CHANGE');
  await ctx.audit({
    action: 'user.password_change',
    subjectType: 'user',
    subjectId: userId,
    details: { sessionsEnded: ended.length },
  });
  await notifyPasswordChanged(ctx, userId);
  return true;
}

/** A security notice: the user hears that their password changed, by them or by an administrator. */
function notifyPasswordChanged(ctx: RequestContext, userId: string): Promise<void> {
  return notify(ctx, {
    kind: 'SECURITY_PASSWORD_CHANGED',
    audience: { type: 'USERS', userIds: [userId] },
    target: { type: 'user', id: userId },
    link: '/',
  });
}
