import DataLoader from 'dataloader';
import { asc, inArray, sql } from 'drizzle-orm';
import type { RequestContext } from '../../core/context.js';
import type { GroupRow } from './figures.js';
import {
  clasActivityLog,
  clasAttendance,
  clasComment,
  clasDecision,
  clasGroup,
  clasRosterEntry,
  clasSessionLog,
} from './tables.js';
import { clasConfigsOf, type StoredClasConfig } from './year-config.js';
import { groupBy } from '../../core/group-by.js';

async function groupsByProjectIds(ctx: RequestContext, ids: readonly string[]): Promise<GroupRow[][]> {
  const rows = await ctx.db
    .select()
    .from(clasGroup)
    .where(inArray(clasGroup.projectId, [...ids]))
    .orderBy(asc(clasGroup.position));
  return groupBy(ids, rows, (r) => r.projectId);
}

/**
 * The people named on decisions and comments: the other party's users are hidden by row-level security.
 * app_clas_counterparts() (migration 0017) returns what a counterpart may know (name and work e-mail,
 * never account details), and only of the users who decided or commented on a project the caller sees.
 */
async function counterpartsByIds(ctx: RequestContext, ids: readonly string[]) {
  const result = await ctx.db.execute<{
    id: string;
    email: string;
    display_name: string;
    active: boolean;
    version: number;
    created_at: Date | string;
  }>(
    sql`select id, email, display_name, active, version, created_at from app_clas_counterparts(${`{${ids.join(',')}}`}::uuid[])`,
  );
  return ids.map((id) => {
    const row = result.rows.find((r) => r.id === id);
    return row
      ? {
          id: row.id,
          email: row.email,
          displayName: row.display_name,
          active: row.active,
          version: row.version,
          createdAt: new Date(row.created_at),
          failedLoginCount: null,
          lastFailedLoginAt: null,
          lastLoginAt: null,
        }
      : null;
  });
}

/** Roster entries of the projects asked, for the holder; reading names is audited once per project. */
async function rostersByProjectIds(ctx: RequestContext, ids: readonly string[]) {
  const rows = await ctx.db
    .select({
      id: clasRosterEntry.id,
      projectId: clasRosterEntry.projectId,
      groupId: clasRosterEntry.groupId,
      name: clasRosterEntry.name,
    })
    .from(clasRosterEntry)
    .where(inArray(clasRosterEntry.projectId, [...ids]))
    .orderBy(asc(clasRosterEntry.position));
  const perProject = groupBy(ids, rows, (r) => r.projectId);
  for (const [i, entries] of perProject.entries()) {
    if (entries.length === 0) continue;
    const groups = new Set(entries.map((e) => e.groupId)).size;
    await ctx.audit({
      action: 'clas.roster_read',
      subjectType: 'clas_project',
      subjectId: ids[i]!,
      details: { groups, entries: entries.length },
    });
  }
  return perProject;
}

/** One statement per hop and per request, however many projects a page holds. */
export const clasLoaders = {
  groups: (ctx: RequestContext) =>
    ctx.loader('clasGroups', () => new DataLoader((ids: readonly string[]) => groupsByProjectIds(ctx, ids))),
  decisions: (ctx: RequestContext) =>
    ctx.loader(
      'clasDecisions',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await ctx.db
            .select()
            .from(clasDecision)
            .where(inArray(clasDecision.projectId, [...ids]))
            .orderBy(asc(clasDecision.decidedAt), asc(clasDecision.id));
          return groupBy(ids, rows, (r) => r.projectId);
        }),
    ),
  comments: (ctx: RequestContext) =>
    ctx.loader(
      'clasComments',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await ctx.db
            .select()
            .from(clasComment)
            .where(inArray(clasComment.projectId, [...ids]))
            .orderBy(asc(clasComment.createdAt), asc(clasComment.id));
          return groupBy(ids, rows, (r) => r.projectId);
        }),
    ),
  sessionLogs: (ctx: RequestContext) =>
    ctx.loader(
      'clasSessionLogs',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await ctx.db
            .select()
            .from(clasSessionLog)
            .where(inArray(clasSessionLog.projectId, [...ids]))
            .orderBy(asc(clasSessionLog.heldOn), asc(clasSessionLog.id));
          return groupBy(ids, rows, (r) => r.projectId);
        }),
    ),
  activityLogs: (ctx: RequestContext) =>
    ctx.loader(
      'clasActivityLogs',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await ctx.db
            .select()
            .from(clasActivityLog)
            .where(inArray(clasActivityLog.projectId, [...ids]))
            .orderBy(asc(clasActivityLog.heldOn), asc(clasActivityLog.id));
          return groupBy(ids, rows, (r) => r.projectId);
        }),
    ),
  /** Holder only: callers check the party first (row-level security hides the rows from anyone else anyway). */
  roster: (ctx: RequestContext) =>
    ctx.loader('clasRoster', () => new DataLoader((ids: readonly string[]) => rostersByProjectIds(ctx, ids))),
  /** Holder only, as the roster: session log id → the roster entries marked present. */
  attendance: (ctx: RequestContext) =>
    ctx.loader(
      'clasAttendance',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await ctx.db
            .select()
            .from(clasAttendance)
            .where(inArray(clasAttendance.projectId, [...ids]));
          return groupBy(ids, rows, (r) => r.projectId).map((list) => {
            const bySession = new Map<string, string[]>();
            for (const a of list)
              bySession.set(a.sessionLogId, [...(bySession.get(a.sessionLogId) ?? []), a.rosterEntryId]);
            return bySession;
          });
        }),
    ),
  config: (ctx: RequestContext) =>
    ctx.loader(
      'clasConfig',
      () =>
        new DataLoader(async (years: readonly string[]): Promise<StoredClasConfig[]> => {
          const configs = await clasConfigsOf(ctx.db, [...years]);
          return years.map((y) => configs.get(y)!);
        }),
    ),
  counterpart: (ctx: RequestContext) =>
    ctx.loader('clasCounterpart', () => new DataLoader((ids: readonly string[]) => counterpartsByIds(ctx, ids))),
};

/** After a write: what this request's loaders hold of the project is stale (a later field of the same operation must not see it). */
export function forgetProject(ctx: RequestContext, projectId: string): void {
  for (const loader of [
    clasLoaders.groups,
    clasLoaders.decisions,
    clasLoaders.comments,
    clasLoaders.sessionLogs,
    clasLoaders.activityLogs,
    clasLoaders.roster,
    clasLoaders.attendance,
  ]) {
    (loader(ctx) as DataLoader<string, unknown>).clear(projectId);
  }
}

/** After setClasYearConfig. */
export const forgetConfig = (ctx: RequestContext, schoolYear: string) => clasLoaders.config(ctx).clear(schoolYear);
