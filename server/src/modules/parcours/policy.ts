import { and, eq, getTableName, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { organisationsWithRole } from '../../core/auth/actor.js';
import type { RequestContext } from '../../core/context.js';
import { AppError, notFound } from '../../core/errors.js';
import { accompaniedPerson, accompanimentMember, parcoursReference } from './tables.js';

export type PersonRow = typeof accompaniedPerson.$inferSelect;
export type MemberRow = typeof accompanimentMember.$inferSelect;
export type ReferenceRow = typeof parcoursReference.$inferSelect;

import { todayInParis } from '../../core/paris-day.js';

export { todayInParis };

/** An entry is on the list today: begun, and not ended before today. */
export const isActiveEntry = (m: { since: string; until: string | null }, today = todayInParis()): boolean =>
  m.since <= today && (m.until === null || m.until >= today);

/** The same rule in SQL, for a query over entries. */
export const activeEntrySql = (today = todayInParis()): SQL =>
  and(
    sql`${accompanimentMember.since} <= ${today}::date`,
    or(isNull(accompanimentMember.until), sql`${accompanimentMember.until} >= ${today}::date`),
  )!;

/** The organisations where the actor holds SOCIAL_WORKER. */
export const socialWorkerOrganisations = (ctx: RequestContext): string[] =>
  ctx.actor ? organisationsWithRole(ctx.actor, 'SOCIAL_WORKER') : [];

/**
 * A record asked for by id that the caller does not see (row-level security hides every PA whose list the
 * caller is not on): NOT_FOUND, whether it exists or not. When it does exist, the attempt is recorded as
 * a denial (outcome DENIED, with the record asked for as its subject: the caller learns nothing from the
 * answer, the audit log does).
 */
export async function hidden(
  ctx: RequestContext,
  action: string,
  table: PgTable,
  id: string,
  what: string,
): Promise<never> {
  await recordIfHidden(ctx, action, table, id);
  throw notFound(what);
}

/**
 * Records a denial when the record the caller asked for and does not see exists: app_parcours_record_exists()
 * (migration 0017) answers yes or no, to social workers only, for the tables of a person's record.
 */
export async function recordIfHidden(ctx: RequestContext, action: string, table: PgTable, id: string): Promise<void> {
  const { rows } = await ctx.db.execute<{ found: boolean }>(
    sql`select app_parcours_record_exists(${getTableName(table)}, ${id}::uuid) as found`,
  );
  if (rows[0]?.found)
    ctx.denials.push({ action, reason: 'not-on-list', subjectType: getTableName(table), subjectId: id });
}

/**
 * The PA, locked for the rest of the transaction: every write on a PA's record takes this lock first, so
 * that the rules reading the list, the reference and the meetings (two intervenants to propose, the
 * referent's entry not ended, one open reference) see a state no other write changes meanwhile.
 */
export async function lockPerson(ctx: RequestContext, personId: string, action: string): Promise<PersonRow> {
  const [row] = await ctx.db.select().from(accompaniedPerson).where(eq(accompaniedPerson.id, personId)).for('update');
  if (!row) return hidden(ctx, action, accompaniedPerson, personId, 'Personne accompagnée');
  return row;
}

/** The entries of the PA's list active today. */
export async function activeMembersOf(ctx: RequestContext, personId: string): Promise<MemberRow[]> {
  return ctx.db
    .select()
    .from(accompanimentMember)
    .where(and(eq(accompanimentMember.personId, personId), activeEntrySql()));
}

/** The PA's open reference (PROPOSEE or ACCEPTEE), if any: at most one (a unique index says so). */
export async function openReferenceOf(ctx: RequestContext, personId: string): Promise<ReferenceRow | null> {
  const [row] = await ctx.db
    .select()
    .from(parcoursReference)
    .where(and(eq(parcoursReference.personId, personId), inArray(parcoursReference.status, ['PROPOSEE', 'ACCEPTEE'])));
  return row ?? null;
}

export const NO_ACTIVE_REFERENCE = "Le plan d'action se construit autour d'une référence active.";

/** The PA's active (ACCEPTEE) reference; CONFLICT with `message` when there is none. */
export async function activeReferenceOf(
  ctx: RequestContext,
  personId: string,
  message = NO_ACTIVE_REFERENCE,
): Promise<ReferenceRow> {
  const open = await openReferenceOf(ctx, personId);
  if (open?.status !== 'ACCEPTEE') throw new AppError('CONFLICT', message, 'RULE_REFUSED');
  return open;
}

/** An entry of this PA's list (any period), or null. */
export async function memberOfPerson(
  ctx: RequestContext,
  personId: string,
  memberId: string,
): Promise<MemberRow | null> {
  const [row] = await ctx.db
    .select()
    .from(accompanimentMember)
    .where(and(eq(accompanimentMember.id, memberId), eq(accompanimentMember.personId, personId)));
  return row ?? null;
}

/**
 * Whether `userId` is an active user holding SOCIAL_WORKER or COUNSELLOR in `organisationId`: who may be
 * put on a list with an account. Memberships of other organisations are hidden from the caller by
 * row-level security: app_parcours_is_professional() (migration 0017) answers yes or no, to social workers only.
 */
export async function isProfessionalOf(ctx: RequestContext, userId: string, organisationId: string): Promise<boolean> {
  const { rows } = await ctx.db.execute<{ ok: boolean }>(
    sql`select app_parcours_is_professional(${userId}::uuid, ${organisationId}::uuid) as ok`,
  );
  return rows[0]?.ok === true;
}
