import DataLoader from 'dataloader';
import { asc, desc, inArray, sql } from 'drizzle-orm';
import type { RequestContext } from '../../core/context.js';
import {
  accompanimentMember,
  competence,
  consent,
  lockerDocument,
  parcoursReference,
  planAction,
  planGoal,
  referenceEvent,
  syntheseMeeting,
  syntheseParticipant,
} from './tables.js';
import { groupBy } from '../../core/group-by.js';

export type GoalRow = typeof planGoal.$inferSelect;
export type ActionRow = typeof planAction.$inferSelect;
export type CompetenceRow = typeof competence.$inferSelect;
export type ConsentRow = typeof consent.$inferSelect;
export type MeetingRow = typeof syntheseMeeting.$inferSelect;
export type ParticipantRow = typeof syntheseParticipant.$inferSelect;
export type EventRow = typeof referenceEvent.$inferSelect;
export type DocumentRow = typeof lockerDocument.$inferSelect;

const byId = <R extends { id: string }>(keys: readonly string[], rows: R[]): (R | null)[] => {
  const map = new Map(rows.map((r) => [r.id, r]));
  return keys.map((k) => map.get(k) ?? null);
};

/**
 * The users named on a PA's record (entries of the list, who proposed, who recorded): colleagues of other
 * organisations, whom row-level security on app_user hides. app_parcours_colleagues() returns what an
 * intervenant may know of another (name and work e-mail, never account details), and only for users on
 * the lists of PAs the caller sees. A database function rather than a step out of row-level security:
 * fields resolve concurrently on the request's connection.
 */
async function usersByIds(ctx: RequestContext, ids: readonly string[]) {
  const result = await ctx.db.execute<{
    id: string;
    email: string;
    display_name: string;
    active: boolean;
    version: number;
    created_at: Date | string;
  }>(
    sql`select id, email, display_name, active, version, created_at from app_parcours_colleagues(${`{${ids.join(',')}}`}::uuid[])`,
  );
  const rows = result.rows.map((r) => ({
    id: r.id,
    email: r.email,
    displayName: r.display_name,
    active: r.active,
    version: r.version,
    createdAt: new Date(r.created_at),
    failedLoginCount: null,
    lastFailedLoginAt: null,
    lastLoginAt: null,
  }));
  return byId(ids, rows);
}

type LoaderName =
  | 'parcoursMembersOfPerson'
  | 'parcoursMember'
  | 'parcoursReferencesOfPerson'
  | 'parcoursEvents'
  | 'parcoursGoalsOfPerson'
  | 'parcoursActionsOfGoal'
  | 'parcoursCompetencesOfPerson'
  | 'parcoursConsentsOfPerson'
  | 'parcoursSynthesesOfPerson'
  | 'parcoursMeeting'
  | 'parcoursParticipants'
  | 'parcoursDocument'
  | 'parcoursUser';

const loader = <V>(ctx: RequestContext, name: LoaderName, batch: (ids: readonly string[]) => Promise<V[]>) =>
  ctx.loader(name, () => new DataLoader<string, V>(batch));

/** One statement per hop and per request, however many PAs a page holds. Everything read here is under row-level security but the users. */
export const parcoursLoaders = {
  /** The entries of a PA's list, oldest first (the resolvers sort current ones first). */
  membersOfPerson: (ctx: RequestContext) =>
    loader(ctx, 'parcoursMembersOfPerson', async (ids) => {
      const rows = await ctx.db
        .select()
        .from(accompanimentMember)
        .where(inArray(accompanimentMember.personId, [...ids]))
        .orderBy(asc(accompanimentMember.since), asc(accompanimentMember.createdAt));
      return groupBy(ids, rows, (r) => r.personId);
    }),
  member: (ctx: RequestContext) =>
    loader(ctx, 'parcoursMember', async (ids) =>
      byId(
        ids,
        await ctx.db
          .select()
          .from(accompanimentMember)
          .where(inArray(accompanimentMember.id, [...ids])),
      ),
    ),
  /** Every reference of a PA, latest first. */
  referencesOfPerson: (ctx: RequestContext) =>
    loader(ctx, 'parcoursReferencesOfPerson', async (ids) => {
      const rows = await ctx.db
        .select()
        .from(parcoursReference)
        .where(inArray(parcoursReference.personId, [...ids]))
        .orderBy(desc(parcoursReference.proposedAt), desc(parcoursReference.createdAt));
      return groupBy(ids, rows, (r) => r.personId);
    }),
  /** The history of a reference, oldest step first. */
  events: (ctx: RequestContext) =>
    loader(ctx, 'parcoursEvents', async (ids) => {
      const rows = await ctx.db
        .select()
        .from(referenceEvent)
        .where(inArray(referenceEvent.referenceId, [...ids]))
        .orderBy(asc(referenceEvent.at));
      return groupBy(ids, rows, (r) => r.referenceId);
    }),
  goalsOfPerson: (ctx: RequestContext) =>
    loader(ctx, 'parcoursGoalsOfPerson', async (ids) => {
      const rows = await ctx.db
        .select()
        .from(planGoal)
        .where(inArray(planGoal.personId, [...ids]))
        .orderBy(asc(planGoal.createdAt), asc(planGoal.id));
      return groupBy(ids, rows, (r) => r.personId);
    }),
  actionsOfGoal: (ctx: RequestContext) =>
    loader(ctx, 'parcoursActionsOfGoal', async (ids) => {
      const rows = await ctx.db
        .select()
        .from(planAction)
        .where(inArray(planAction.goalId, [...ids]))
        .orderBy(asc(planAction.createdAt), asc(planAction.id));
      return groupBy(ids, rows, (r) => r.goalId);
    }),
  competencesOfPerson: (ctx: RequestContext) =>
    loader(ctx, 'parcoursCompetencesOfPerson', async (ids) => {
      const rows = await ctx.db
        .select()
        .from(competence)
        .where(inArray(competence.personId, [...ids]))
        .orderBy(asc(competence.kind), asc(competence.createdAt), asc(competence.id));
      return groupBy(ids, rows, (r) => r.personId);
    }),
  /** Every consent of a PA, withdrawn ones included (the history), latest first. */
  consentsOfPerson: (ctx: RequestContext) =>
    loader(ctx, 'parcoursConsentsOfPerson', async (ids) => {
      const rows = await ctx.db
        .select()
        .from(consent)
        .where(inArray(consent.personId, [...ids]))
        .orderBy(desc(consent.givenAt), asc(consent.id));
      return groupBy(ids, rows, (r) => r.personId);
    }),
  /** The synthèses of a PA, latest first. */
  synthesesOfPerson: (ctx: RequestContext) =>
    loader(ctx, 'parcoursSynthesesOfPerson', async (ids) => {
      const rows = await ctx.db
        .select()
        .from(syntheseMeeting)
        .where(inArray(syntheseMeeting.personId, [...ids]))
        .orderBy(desc(syntheseMeeting.scheduledAt), asc(syntheseMeeting.id));
      return groupBy(ids, rows, (r) => r.personId);
    }),
  meeting: (ctx: RequestContext) =>
    loader(ctx, 'parcoursMeeting', async (ids) =>
      byId(
        ids,
        await ctx.db
          .select()
          .from(syntheseMeeting)
          .where(inArray(syntheseMeeting.id, [...ids])),
      ),
    ),
  participants: (ctx: RequestContext) =>
    loader(ctx, 'parcoursParticipants', async (ids) => {
      const rows = await ctx.db
        .select()
        .from(syntheseParticipant)
        .where(inArray(syntheseParticipant.meetingId, [...ids]));
      return groupBy(ids, rows, (r) => r.meetingId);
    }),
  /** A document of the locker, as a row (its fields are the documents module's to resolve). */
  document: (ctx: RequestContext) =>
    loader(ctx, 'parcoursDocument', async (ids): Promise<(DocumentRow | null)[]> =>
      byId(
        ids,
        await ctx.db
          .select()
          .from(lockerDocument)
          .where(inArray(lockerDocument.id, [...ids])),
      ),
    ),
  user: (ctx: RequestContext) => loader(ctx, 'parcoursUser', (ids) => usersByIds(ctx, ids)),
};

/** After a write: what this request's loaders hold of the PA's record is stale (a later field of the same operation must not see it). */
export function forgetParcours(ctx: RequestContext): void {
  for (const [name, get] of Object.entries(parcoursLoaders)) {
    if (name !== 'user') (get(ctx) as DataLoader<string, unknown>).clearAll();
  }
}
