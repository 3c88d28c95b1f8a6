import { and, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  effectiveMode,
  kindsFor,
  NOTIFICATION_KIND_INFO,
  NOTIFICATION_KINDS,
  NOTIFICATION_MODES,
  type NotificationKind,
  type NotificationMode,
} from '@maillage/shared';
import type { RequestContext } from '../../core/context.js';
import { badInput } from '../../core/errors.js';
import { afterCursor, allOf, orderOf, pageSizeOf, toConnection, type KeysetSpec } from '../../core/pagination.js';
import { parseInput } from '../../core/validation.js';
import { LIVE_CHANNEL, liveNoticePayloads } from './live.js';
import { notification, notificationPreference } from './tables.js';

export type NotificationRow = typeof notification.$inferSelect;

const newestFirst: KeysetSpec<NotificationRow> = {
  columns: [notification.createdAt, notification.id],
  direction: 'desc',
  key: (r) => [r.createdAt, r.id],
};

function userOf(ctx: RequestContext): string {
  if (!ctx.actor) throw new Error('signed-in callers only');
  return ctx.actor.userId;
}

/** The caller's notifications (row-level security: their own only), newest first. */
export async function myNotifications(
  ctx: RequestContext,
  unreadOnly: boolean,
  first: number | null,
  after: string | null,
) {
  const userId = userOf(ctx);
  const limit = pageSizeOf(first, 100);
  const where = allOf([eq(notification.userId, userId), unreadOnly ? isNull(notification.readAt) : undefined]);
  const spec = newestFirst as KeysetSpec<unknown>;
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select()
      .from(notification)
      .where(allOf([where, afterCursor(spec, after)]))
      .orderBy(...orderOf(spec))
      .limit(limit + 1),
    ctx.db.select({ n: count() }).from(notification).where(where),
  ]);
  return toConnection(rows, limit, total!.n, newestFirst);
}

export async function unreadCount(ctx: RequestContext): Promise<number> {
  const [row] = await ctx.db
    .select({ n: count() })
    .from(notification)
    .where(and(eq(notification.userId, userOf(ctx)), isNull(notification.readAt)));
  return row!.n;
}

/** Tells the caller's other tabs and devices (through every process) that their count changed. */
async function tellOtherTabs(ctx: RequestContext): Promise<void> {
  for (const payload of liveNoticePayloads([userOf(ctx)])) {
    await ctx.db.execute(sql`select pg_notify(${LIVE_CHANNEL}, ${payload})`);
  }
}

const ids = z
  .array(z.uuid({ message: 'identifiant invalide' }))
  .min(1, 'au moins une notification')
  .max(500);

export async function markRead(ctx: RequestContext, rawIds: unknown): Promise<number> {
  const list = parseInput(ids, rawIds, 'ids');
  const changed = await ctx.db
    .update(notification)
    .set({ readAt: sql`now()` })
    .where(and(inArray(notification.id, list), eq(notification.userId, userOf(ctx)), isNull(notification.readAt)))
    .returning({ id: notification.id });
  if (changed.length > 0) {
    await ctx.audit({
      action: 'notification.read',
      subjectType: 'user',
      subjectId: userOf(ctx),
      details: { count: changed.length },
    });
    await tellOtherTabs(ctx);
  }
  return unreadCount(ctx);
}

export async function markAllRead(ctx: RequestContext, rawUpTo: unknown): Promise<number> {
  const upTo = rawUpTo == null ? null : parseInput(z.uuid({ message: 'identifiant invalide' }), rawUpTo, 'upTo');
  const userId = userOf(ctx);
  if (upTo) {
    const [row] = await ctx.db
      .select({ id: notification.id })
      .from(notification)
      .where(and(eq(notification.id, upTo), eq(notification.userId, userId)));
    if (!row) throw badInput([{ path: 'upTo', message: 'notification inconnue' }]);
  }
  const changed = await ctx.db
    .update(notification)
    .set({ readAt: sql`now()` })
    .where(
      allOf([
        eq(notification.userId, userId),
        isNull(notification.readAt),
        // Compared in SQL: a JavaScript Date keeps milliseconds, the column microseconds.
        upTo
          ? sql`(${notification.createdAt}, ${notification.id}) <= (select n.created_at, n.id from notification n where n.id = ${upTo}::uuid)`
          : undefined,
      ]),
    )
    .returning({ id: notification.id });
  await ctx.audit({
    action: 'notification.read_all',
    subjectType: 'user',
    subjectId: userId,
    details: { count: changed.length },
  });
  if (changed.length > 0) await tellOtherTabs(ctx);
  return unreadCount(ctx);
}

export interface PreferenceView {
  kind: NotificationKind;
  label: string;
  audience: string;
  mode: NotificationMode;
  locked: boolean;
}

export async function myPreferences(ctx: RequestContext): Promise<PreferenceView[]> {
  const rows = await ctx.db
    .select({ kind: notificationPreference.kind, mode: notificationPreference.mode })
    .from(notificationPreference)
    .where(eq(notificationPreference.userId, userOf(ctx)));
  const chosen = new Map(rows.map((r) => [r.kind, r.mode as NotificationMode]));
  // The kinds the caller's roles receive: a counsellor is not offered the CLAS decisions.
  return kindsFor(ctx.actor!.roles).map((kind) => {
    const info = NOTIFICATION_KIND_INFO[kind];
    return {
      kind,
      label: info.label,
      audience: info.audience,
      mode: effectiveMode(kind, chosen.get(kind)),
      locked: info.security,
    };
  });
}

const preferencesInput = z
  .array(z.object({ kind: z.enum(NOTIFICATION_KINDS), mode: z.enum(NOTIFICATION_MODES) }))
  .min(1, 'au moins une préférence')
  .max(NOTIFICATION_KINDS.length * 2)
  // One mode per kind: two for the same kind would be one row written twice by the upsert.
  .superRefine((list, ctx) =>
    list.forEach((p, i) => {
      if (list.findIndex((q) => q.kind === p.kind) !== i)
        ctx.addIssue({ code: 'custom', path: [i, 'kind'], message: "ce type d'avis est déjà dans la liste" });
    }),
  );

export async function setPreferences(ctx: RequestContext, raw: unknown): Promise<PreferenceView[]> {
  const list = parseInput(preferencesInput, raw, 'preferences');
  const offered = new Set(kindsFor(ctx.actor!.roles));
  const refused = list.flatMap((p, i) =>
    !offered.has(p.kind)
      ? [{ path: `preferences.${i}.kind`, message: "vos rôles ne reçoivent pas ce type d'avis" }]
      : NOTIFICATION_KIND_INFO[p.kind].security && p.mode !== 'IMMEDIATE'
        ? [{ path: `preferences.${i}.mode`, message: 'les avis de sécurité sont toujours envoyés immédiatement' }]
        : [],
  );
  if (refused.length > 0) throw badInput(refused);
  const userId = userOf(ctx);
  await ctx.db
    .insert(notificationPreference)
    .values(list.map((p) => ({ userId, kind: p.kind, mode: p.mode })))
    .onConflictDoUpdate({
      target: [notificationPreference.userId, notificationPreference.kind],
      set: { mode: sql`excluded.mode`, updatedAt: sql`now()` },
    });
  await ctx.audit({
    action: 'notification.preferences',
    subjectType: 'user',
    subjectId: userId,
    details: { kinds: list.map((p) => `${p.kind}=${p.mode}`) },
  });
  return myPreferences(ctx);
}
