import Bowser from 'bowser';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { identity } from '@maillage/shared';
import type { RequestContext } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { parseInput } from '../../core/validation.js';
import { revokeSessions } from './sign-in/sessions.js';
import { userSession } from './sign-in/tables.js';

const DEVICES: Record<string, string> = {
  desktop: 'Ordinateur',
  mobile: 'Mobile',
  tablet: 'Tablette',
  tv: 'Télévision',
};

/** « Ordinateur », « Firefox 133 sur Linux »: what a user recognises of a session's user agent. */
export function describeUserAgent(userAgent: string | null): { device: string | null; browser: string | null } {
  if (!userAgent) return { device: null, browser: null };
  const parsed = Bowser.parse(userAgent);
  const name = parsed.browser.name;
  const major = parsed.browser.version?.split('.')[0];
  const os = parsed.os.name;
  const browser = name ? `${name}${major ? ` ${major}` : ''}${os ? ` sur ${os}` : ''}` : (os ?? null);
  return { device: DEVICES[parsed.platform.type ?? ''] ?? null, browser };
}

export async function mySessions(ctx: RequestContext) {
  const actor = ctx.actor!;
  const rows = await ctx.db
    .select({
      id: userSession.id,
      createdAt: userSession.createdAt,
      lastUsedAt: userSession.lastUsedAt,
      userAgent: userSession.userAgent,
      addressPrefix: userSession.addressPrefix,
      method: userSession.method,
      secondFactor: userSession.secondFactor,
    })
    .from(userSession)
    .where(and(eq(userSession.userId, actor.userId), isNull(userSession.revokedAt)))
    .orderBy(desc(userSession.lastUsedAt));
  return rows.map(({ userAgent, secondFactor, ...row }) => ({
    ...row,
    ...describeUserAgent(userAgent),
    secondFactor: secondFactor !== null,
    current: row.id === actor.sessionId,
  }));
}

export async function revokeSession(ctx: RequestContext, rawId: unknown) {
  const id = parseInput(identity.uuid, rawId, 'id');
  const userId = ctx.actor!.userId;
  const [ended] = await revokeSessions(ctx.db, { userId, ids: [id] }, 'USER');
  if (!ended) throw notFound('Session');
  await ctx.audit({ action: 'user.session_revoke', subjectType: 'user', subjectId: userId, details: { session: id } });
  return true;
}

export async function revokeOtherSessions(ctx: RequestContext) {
  const userId = ctx.actor!.userId;
  const ended = await revokeSessions(ctx.db, { userId, except: ctx.actor!.sessionId }, 'USER');
  await ctx.audit({
    action: 'user.session_revoke_others',
    subjectType: 'user',
    subjectId: userId,
    details: { sessionsEnded: ended.length },
  });
  return ended.length;
}
