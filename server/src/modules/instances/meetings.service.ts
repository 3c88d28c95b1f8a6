import DataLoader from 'dataloader';
import { and, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { identity, instances, MULTI_PLATFORM_KINDS, type MeetingKind } from '@maillage/shared';
import { deny } from '../../core/authz.js';
import type { RequestContext } from '../../core/context.js';
import { AppError, badInput, errorCode, notFound, staleVersion } from '../../core/errors.js';
import { decodeCursor, encodeCursor, pageSizeOf, type Connection } from '../../core/pagination.js';
import { parseInput } from '../../core/validation.js';
import { platform, psadCase } from '../psad/tables.js';
import { isReferentOf } from '../psad/policy.js';
import { directs, isPsyenOf, staffCioIds } from '../orientation/policy.js';
import { loaders as identityLoaders } from '../identity/loaders.js';
import { organizerOf, sendInvitations, type InviteeRef } from './invitations.js';
import { agendaOf } from './agenda.js';
import { meeting, meetingAgendaItem, meetingInvitee, meetingPlatform, meetingSituation } from './tables.js';

export type MeetingRecord = typeof meeting.$inferSelect;
export type InviteeRow = typeof meetingInvitee.$inferSelect;
export type MeetingConnectionRow = Connection<MeetingRecord>;

/** Translates the database's refusals of ids that name nothing into the field at fault. */
function explainWriteError(err: unknown): never {
  const code = errorCode(err);
  const constraint = ((err as { cause?: { constraint?: string } }).cause ?? (err as { constraint?: string }))
    .constraint;
  if (code === '23503') {
    const path = constraint?.includes('organisation')
      ? 'invitedOrganisationIds'
      : constraint?.includes('user')
        ? 'invitedUserIds'
        : constraint?.includes('platform')
          ? 'otherPlatformIds'
          : 'input';
    throw badInput([{ path, message: 'identifiant inconnu' }]);
  }
  throw err;
}

async function lockMeeting(ctx: RequestContext, id: string): Promise<MeetingRecord> {
  const [row] = await ctx.db.select().from(meeting).where(eq(meeting.id, id)).for('update');
  if (!row) throw notFound('Réunion');
  return row;
}

/**
 * Whether the caller manages the meeting: a referent of the convening platform; for a CIO's meeting,
 * its direction team (DCIO, the département's IEN-IO) and the PsyEn of the CIO who scheduled it.
 */
export async function mayManage(
  ctx: RequestContext,
  m: Pick<MeetingRecord, 'id' | 'platformId' | 'cioId' | 'cpmsContractId' | 'createdBy'>,
): Promise<boolean> {
  if (m.platformId) return isReferentOf(ctx, m.platformId);
  // A contract's concertation: the staff of its centre (the rule is the database's, migration 0034).
  if (m.cpmsContractId) {
    const { rows } = await ctx.db.execute<{ ok: boolean }>(sql`select app_convenes_meeting(${m.id}::uuid) as ok`);
    return rows[0]?.ok === true;
  }
  if (!m.cioId) return false;
  return (await directs(ctx, m.cioId)) || (isPsyenOf(ctx, m.cioId) && !!ctx.actor && m.createdBy === ctx.actor.userId);
}

/** The meeting, locked, for a change by one who manages it (mayManage) at the version they read. */
export async function meetingForChange(
  ctx: RequestContext,
  id: string,
  version: number | null,
  action: string,
): Promise<MeetingRecord> {
  // Read first, then lock: FOR UPDATE skips the rows the caller may read but not change, which would
  // tell an invited partner « not found » instead of « not yours ».
  const [seen] = await ctx.db
    .select({
      id: meeting.id,
      platformId: meeting.platformId,
      cioId: meeting.cioId,
      cpmsContractId: meeting.cpmsContractId,
      createdBy: meeting.createdBy,
    })
    .from(meeting)
    .where(eq(meeting.id, id));
  if (!seen) throw notFound('Réunion');
  if (!(await mayManage(ctx, seen))) deny(ctx, action, 'not-convener', { subjectType: 'meeting', subjectId: id });
  const row = await lockMeeting(ctx, id);
  if (version !== null && row.version !== version) throw staleVersion('La réunion');
  return row;
}

/** The cases of `caseIds` that are on the platform's list, as the referent sees them. */
async function checkSituations(ctx: RequestContext, platformId: string, caseIds: string[]) {
  if (caseIds.length === 0) return;
  const rows = await ctx.db
    .select({ id: psadCase.id })
    .from(psadCase)
    .where(and(inArray(psadCase.id, caseIds), eq(psadCase.platformId, platformId)));
  const found = new Set(rows.map((r) => r.id));
  const missing = caseIds.findIndex((id) => !found.has(id));
  if (missing >= 0)
    throw badInput([{ path: `input.situations.${missing}.caseId`, message: 'suivi introuvable sur cette plateforme' }]);
}

async function checkPlatforms(ctx: RequestContext, ids: string[]) {
  if (ids.length === 0) return;
  const rows = await ctx.db
    .select({ id: platform.id })
    .from(platform)
    .where(and(inArray(platform.id, ids), eq(platform.active, true)));
  const missing = ids.findIndex((id) => !rows.some((r) => r.id === id));
  if (missing >= 0) throw badInput([{ path: `input.otherPlatformIds.${missing}`, message: 'plateforme inconnue' }]);
}

/**
 * Replaces the platforms an inter-PSAD or regional meeting gathers (the convening one always stays):
 * which were added, removed and stayed, for their referents' invitations and cancellations.
 */
async function gatheredPlatformsChange(
  ctx: RequestContext,
  row: MeetingRecord & { platformId: string },
  wanted: string[],
) {
  const others = [...new Set(wanted.filter((id) => id !== row.platformId))];
  if (!MULTI_PLATFORM_KINDS.includes(row.kind as MeetingKind) && others.length > 0)
    throw badInput([
      {
        path: 'input.otherPlatformIds',
        message: 'seules les réunions inter-PSAD et régionales réunissent plusieurs plateformes',
      },
    ]);
  await checkPlatforms(ctx, others);
  const current = (
    await ctx.db
      .select({ id: meetingPlatform.platformId })
      .from(meetingPlatform)
      .where(eq(meetingPlatform.meetingId, row.id))
  )
    .map((p) => p.id)
    .filter((id) => id !== row.platformId);
  const added = others.filter((id) => !current.includes(id));
  const removed = current.filter((id) => !others.includes(id));
  if (removed.length > 0)
    await ctx.db
      .delete(meetingPlatform)
      .where(and(eq(meetingPlatform.meetingId, row.id), inArray(meetingPlatform.platformId, removed)));
  if (added.length > 0)
    await ctx.db
      .insert(meetingPlatform)
      .values(added.map((platformId) => ({ meetingId: row.id, platformId })))
      .catch(explainWriteError);
  return {
    added,
    removed,
    stayed: [row.platformId, ...current.filter((id) => others.includes(id))],
    changed: added.length + removed.length > 0,
  };
}

type Guest = { name: string; email: string | null; organisationName: string | null };

async function insertInvitees(
  ctx: RequestContext,
  meetingId: string,
  orgIds: string[],
  userIds: string[],
  guests: Guest[],
): Promise<InviteeRow[]> {
  const values = [
    ...orgIds.map((organisationId) => ({ meetingId, organisationId })),
    ...userIds.map((userId) => ({ meetingId, userId })),
    ...guests.map((g) => ({
      meetingId,
      guestName: g.name,
      guestEmail: g.email,
      guestOrganisation: g.organisationName,
    })),
  ];
  if (values.length === 0) return [];
  return ctx.db.insert(meetingInvitee).values(values).returning().catch(explainWriteError);
}

async function replaceAgenda(ctx: RequestContext, meetingId: string, agenda: string[]) {
  await ctx.db.delete(meetingAgendaItem).where(eq(meetingAgendaItem.meetingId, meetingId));
  if (agenda.length > 0)
    await ctx.db.insert(meetingAgendaItem).values(agenda.map((title, position) => ({ meetingId, position, title })));
}

const refOf = (i: InviteeRow): InviteeRef => ({
  organisationId: i.organisationId,
  userId: i.userId,
  guestName: i.guestName,
  guestEmail: i.guestEmail,
});

/**
 * Invites organisations to a meeting another module scheduled (a CPMS contract's concertation): their
 * members get the invitation with its calendar file, as for any meeting.
 */
export async function inviteOrganisations(ctx: RequestContext, row: MeetingRecord, orgIds: string[]): Promise<void> {
  const invitees = await insertInvitees(ctx, row.id, orgIds, [], []);
  await sendInvitations(ctx, row, [{ kind: 'MEETING_INVITATION', method: 'REQUEST', invitees: invitees.map(refOf) }]);
}

/**
 * A CIO's concertation or thematic action is scheduled by its direction team or one of its PsyEn
 * (the concertation on the direction's or the PsyEn's initiative); the CIO must be an organisation of
 * kind CIO.
 */
async function mayScheduleForCio(ctx: RequestContext, cioId: string) {
  const org = await identityLoaders.organisation(ctx).load(cioId);
  if (!org || org.kind !== 'CIO' || !(await staffCioIds(ctx)).includes(cioId))
    deny(ctx, 'meeting.schedule', 'not-cio-staff', { subjectType: 'organisation', subjectId: cioId });
}

/** Schedules a meeting and sends its invitations (iCalendar REQUEST, SEQUENCE 0). */
export async function scheduleMeeting(ctx: RequestContext, raw: unknown): Promise<MeetingRecord> {
  const input = parseInput(instances.scheduleMeeting, raw);
  if (input.cioId) await mayScheduleForCio(ctx, input.cioId);
  else if (!input.platformId || !(await isReferentOf(ctx, input.platformId)))
    deny(ctx, 'meeting.schedule', 'not-referent', { subjectType: 'platform', subjectId: input.platformId! });
  const others = input.otherPlatformIds.filter((id) => id !== input.platformId);
  await checkPlatforms(ctx, others);
  if (input.platformId)
    await checkSituations(
      ctx,
      input.platformId,
      input.situations.map((s) => s.caseId),
    );
  let seriesId: string | null = null;
  if (input.previousMeetingId) {
    const [previous] = await ctx.db.select().from(meeting).where(eq(meeting.id, input.previousMeetingId));
    if (
      !previous ||
      previous.platformId !== input.platformId ||
      previous.cioId !== input.cioId ||
      previous.kind !== input.kind
    )
      throw badInput([
        {
          path: 'input.previousMeetingId',
          message: input.cioId
            ? 'réunion précédente introuvable pour ce CIO'
            : 'réunion précédente introuvable pour cette instance de la plateforme',
        },
      ]);
    seriesId = previous.seriesId;
  }
  const id = crypto.randomUUID();
  const [row] = await ctx.db
    .insert(meeting)
    .values({
      id,
      kind: input.kind,
      seriesId: seriesId ?? id,
      platformId: input.platformId,
      cioId: input.cioId,
      parcours: input.parcours,
      title: input.title,
      theme: input.theme,
      communes: input.communes,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      place: input.place,
      visioUrl: input.visioUrl,
      caseAccessDays: ctx.services.config.COTECH_ACCESS_DAYS,
      createdBy: ctx.actor!.userId,
      ...(await organizerOf(ctx)),
    })
    .returning();
  if (input.platformId)
    await ctx.db
      .insert(meetingPlatform)
      .values([input.platformId, ...others].map((platformId) => ({ meetingId: id, platformId })))
      .catch(explainWriteError);
  await replaceAgenda(ctx, id, input.agenda);
  if (input.situations.length > 0)
    await ctx.db
      .insert(meetingSituation)
      .values(
        input.situations.map((s, position) => ({ meetingId: id, caseId: s.caseId, position, proposal: s.proposal })),
      );
  const invitees = await insertInvitees(ctx, id, input.invitedOrganisationIds, input.invitedUserIds, input.guests);
  await ctx.audit({
    action: 'meeting.schedule',
    subjectType: 'meeting',
    subjectId: id,
    details: {
      kind: input.kind,
      situations: input.situations.length,
      invitees: invitees.length,
      ...(input.cioId ? { cio: true } : { platforms: others.length + 1 }),
    },
  });
  await sendInvitations(ctx, row!, [
    { kind: 'MEETING_INVITATION', method: 'REQUEST', invitees: invitees.map(refOf), includeReferents: true },
  ]);
  return row!;
}

const sameTime = (a: Date | undefined, b: Date) => a === undefined || a.getTime() === b.getTime();

/**
 * Changes a planned meeting. Whoever stays invited gets an update (SEQUENCE + 1), whoever is newly
 * invited an invitation, whoever is no longer invited a cancellation; attendance and invitation dates
 * of those who stay are kept, and so are the decisions on the situations that stay.
 */
export async function updateMeeting(ctx: RequestContext, raw: unknown): Promise<MeetingRecord> {
  const input = parseInput(instances.updateMeeting, raw);
  const row = await meetingForChange(ctx, input.id, input.version, 'meeting.update');
  if (row.status !== 'PLANIFIEE')
    throw new AppError('CONFLICT', 'Seule une réunion planifiée peut être modifiée.', 'TRANSITION_REFUSED');
  const startsAt = input.startsAt ?? row.startsAt;
  const endsAt = input.endsAt ?? row.endsAt;
  if (endsAt <= startsAt) throw badInput([{ path: 'input.endsAt', message: 'la fin doit suivre le début' }]);
  const place = input.place === undefined ? row.place : input.place;
  const visioUrl = input.visioUrl === undefined ? row.visioUrl : input.visioUrl;
  if (place === null && visioUrl === null)
    throw badInput([{ path: 'input.place', message: 'un lieu ou un lien de visioconférence' }]);
  if (input.situations) {
    if (row.kind !== 'COTECH' && input.situations.length > 0)
      throw badInput([
        { path: 'input.situations', message: 'seul un comité technique examine des situations individuelles' },
      ]);
    if (row.platformId)
      await checkSituations(
        ctx,
        row.platformId,
        input.situations.map((s) => s.caseId),
      );
  }
  if (!row.platformId && (input.otherPlatformIds?.length ?? 0) > 0)
    throw badInput([{ path: 'input.otherPlatformIds', message: 'une réunion d’un CIO ne réunit pas de plateformes' }]);
  const platformChange =
    input.otherPlatformIds && row.platformId
      ? await gatheredPlatformsChange(ctx, { ...row, platformId: row.platformId }, input.otherPlatformIds)
      : null;
  const changed: string[] = Object.keys(input).filter(
    (k) => !['id', 'version'].includes(k) && input[k as keyof typeof input] !== undefined,
  );
  const timeOrPlaceChanged =
    !sameTime(input.startsAt, row.startsAt) ||
    !sameTime(input.endsAt, row.endsAt) ||
    place !== row.place ||
    visioUrl !== row.visioUrl ||
    (input.title !== undefined && input.title !== row.title);
  // What the calendar file says (its title, time, place, agenda): a change of it is sent to everyone
  // still invited with SEQUENCE + 1; a change of the situations or the theme sends nothing.
  const agendaChanged =
    input.agenda !== undefined && input.agenda.join('\n') !== (await agendaOf(ctx, row.id)).join('\n');
  const calendarChanged = timeOrPlaceChanged || agendaChanged;

  const current = await ctx.db.select().from(meetingInvitee).where(eq(meetingInvitee.meetingId, row.id));
  let removed: InviteeRow[] = [];
  let added: InviteeRow[] = [];
  if (input.invitedOrganisationIds || input.invitedUserIds || input.guests) {
    const orgs = input.invitedOrganisationIds ?? current.flatMap((i) => (i.organisationId ? [i.organisationId] : []));
    const users = input.invitedUserIds ?? current.flatMap((i) => (i.userId ? [i.userId] : []));
    const guestKey = (g: { name: string; email: string | null }) => `${g.name}\u0000${g.email ?? ''}`;
    const guests =
      input.guests ??
      current
        .filter((i) => i.guestName)
        .map((i) => ({ name: i.guestName!, email: i.guestEmail, organisationName: i.guestOrganisation }));
    const stays = (i: InviteeRow) =>
      i.organisationId
        ? orgs.includes(i.organisationId)
        : i.userId
          ? users.includes(i.userId)
          : guests.some((g) => guestKey(g) === guestKey({ name: i.guestName!, email: i.guestEmail }));
    removed = current.filter((i) => !stays(i));
    if (removed.length > 0)
      await ctx.db.delete(meetingInvitee).where(
        inArray(
          meetingInvitee.id,
          removed.map((i) => i.id),
        ),
      );
    const kept = current.filter(stays);
    added = await insertInvitees(
      ctx,
      row.id,
      orgs.filter((o) => !kept.some((i) => i.organisationId === o)),
      users.filter((u) => !kept.some((i) => i.userId === u)),
      guests.filter(
        (g) => !kept.some((i) => i.guestName && guestKey({ name: i.guestName, email: i.guestEmail }) === guestKey(g)),
      ),
    );
  }
  if (input.agenda) await replaceAgenda(ctx, row.id, input.agenda);
  if (input.situations) {
    const keep = input.situations.map((s) => s.caseId);
    await ctx.db
      .delete(meetingSituation)
      .where(
        and(
          eq(meetingSituation.meetingId, row.id),
          keep.length > 0 ? sql`${meetingSituation.caseId} <> all (${sql.param(keep)}::uuid[])` : undefined,
        ),
      );
    for (const [position, s] of input.situations.entries()) {
      await ctx.db
        .insert(meetingSituation)
        .values({ meetingId: row.id, caseId: s.caseId, position, proposal: s.proposal })
        .onConflictDoUpdate({
          target: [meetingSituation.meetingId, meetingSituation.caseId],
          set: { position, proposal: s.proposal },
        });
    }
  }
  const [updated] = await ctx.db
    .update(meeting)
    .set({
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.theme !== undefined ? { theme: input.theme } : {}),
      ...(input.communes !== undefined ? { communes: input.communes } : {}),
      startsAt,
      endsAt,
      place,
      visioUrl,
      // Newly invited or uninvited people get a message too: it must supersede the last one sent.
      icsSequence:
        calendarChanged || added.length > 0 || removed.length > 0 || platformChange?.changed
          ? row.icsSequence + 1
          : row.icsSequence,
      version: row.version + 1,
      updatedAt: new Date(),
    })
    .where(eq(meeting.id, row.id))
    .returning();
  await ctx.audit({
    action: 'meeting.update',
    subjectType: 'meeting',
    subjectId: row.id,
    details: {
      fields: changed,
      invited: added.length,
      uninvited: removed.length,
      rescheduled: timeOrPlaceChanged,
      ...(platformChange?.changed
        ? { platformsAdded: platformChange.added.length, platformsRemoved: platformChange.removed.length }
        : {}),
    },
  });
  const stayed = (await ctx.db.select().from(meetingInvitee).where(eq(meetingInvitee.meetingId, row.id))).filter(
    (i) => !added.some((a) => a.id === i.id),
  );
  await sendInvitations(ctx, updated!, [
    ...(calendarChanged
      ? [
          {
            kind: 'MEETING_UPDATED',
            method: 'REQUEST',
            invitees: stayed.map(refOf),
            // The referents of the platforms just gathered get their invitation below, not an update.
            ...(platformChange ? { referentsOf: platformChange.stayed } : { includeReferents: true }),
          } as const,
        ]
      : []),
    {
      kind: 'MEETING_INVITATION',
      method: 'REQUEST',
      invitees: added.map(refOf),
      referentsOf: platformChange?.added ?? [],
    },
    {
      kind: 'MEETING_CANCELLED',
      method: 'CANCEL',
      invitees: removed.map(refOf),
      referentsOf: platformChange?.removed ?? [],
    },
  ]);
  return updated!;
}

/** Cancels a planned meeting: every invitee gets the cancellation (METHOD:CANCEL, SEQUENCE + 1). */
export async function cancelMeeting(ctx: RequestContext, raw: unknown): Promise<MeetingRecord> {
  const input = parseInput(instances.cancelMeeting, raw);
  const row = await meetingForChange(ctx, input.id, input.version, 'meeting.cancel');
  if (row.status !== 'PLANIFIEE')
    throw new AppError('CONFLICT', 'Seule une réunion planifiée peut être annulée.', 'TRANSITION_REFUSED');
  const [updated] = await ctx.db
    .update(meeting)
    .set({
      status: 'ANNULEE',
      cancelReason: input.reason,
      icsSequence: row.icsSequence + 1,
      version: row.version + 1,
      updatedAt: new Date(),
    })
    .where(eq(meeting.id, row.id))
    .returning();
  await ctx.audit({ action: 'meeting.cancel', subjectType: 'meeting', subjectId: row.id, details: { kind: row.kind } });
  const invitees = await ctx.db.select().from(meetingInvitee).where(eq(meetingInvitee.meetingId, row.id));
  await sendInvitations(ctx, updated!, [
    { kind: 'MEETING_CANCELLED', method: 'CANCEL', invitees: invitees.map(refOf), includeReferents: true },
  ]);
  return updated!;
}

/** One meeting the caller sees (row-level security decides), its read audited. */
export async function getMeeting(ctx: RequestContext, rawId: unknown): Promise<MeetingRecord | null> {
  const id = parseInput(identity.uuid, rawId, 'id');
  const [row] = await ctx.db.select().from(meeting).where(eq(meeting.id, id));
  if (!row) return null;
  await ctx.audit({ action: 'meeting.read', subjectType: 'meeting', subjectId: row.id });
  return row;
}

export interface MeetingListArgs {
  platformId?: string | null;
  cioId?: string | null;
  kind?: MeetingKind | null;
  from?: string | Date | null;
  to?: string | Date | null;
  first?: number | null;
  after?: string | null;
}

/** The meetings the caller sees, newest first, by keyset (starts_at, id). */
export async function listMeetings(ctx: RequestContext, args: MeetingListArgs): Promise<Connection<MeetingRecord>> {
  const limit = pageSizeOf(args.first, 100);
  // A DateTime beyond what PostgreSQL stores (year 275760) is refused, not sent to the database.
  const instant = (v: string | Date | null | undefined, path: string) => {
    if (!v) return null;
    const d = new Date(v);
    if (Number.isNaN(d.getTime()) || d.getUTCFullYear() < 1900 || d.getUTCFullYear() > 9999)
      throw badInput([{ path, message: 'date hors des bornes (1900–9999)' }]);
    return d;
  };
  const from = instant(args.from, 'from');
  const to = instant(args.to, 'to');
  const conditions: (SQL | undefined)[] = [
    args.platformId
      ? sql`${meeting.id} in (select meeting_id from meeting_platform where platform_id = ${parseInput(identity.uuid, args.platformId, 'platformId')}::uuid)`
      : undefined,
    args.cioId ? eq(meeting.cioId, args.cioId) : undefined,
    args.kind ? eq(meeting.kind, args.kind) : undefined,
    from ? gte(meeting.startsAt, from) : undefined,
    to ? lte(meeting.startsAt, to) : undefined,
  ];
  const filters = conditions.length;
  if (args.after) {
    const [at, id] = decodeCursor(args.after, 2) as [string, string];
    if (!identity.uuid.safeParse(id).success || Number.isNaN(Date.parse(at)))
      throw badInput([{ path: 'after', message: 'curseur invalide' }]);
    conditions.push(sql`(${meeting.startsAt}, ${meeting.id}) < (${at}::timestamptz, ${id}::uuid)`);
  }
  const where = and(...conditions);
  const [rows, [count]] = await Promise.all([
    ctx.db
      .select()
      .from(meeting)
      .where(where)
      .orderBy(desc(meeting.startsAt), desc(meeting.id))
      .limit(limit + 1),
    ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(meeting)
      .where(and(...conditions.slice(0, filters))),
  ]);
  const nodes = rows.slice(0, limit);
  const last = nodes.at(-1);
  return {
    nodes,
    pageInfo: {
      hasNextPage: rows.length > limit,
      endCursor: last ? encodeCursor([last.startsAt.toISOString(), last.id]) : null,
    },
    totalCount: count?.n ?? 0,
  };
}

/**
 * A CIO's concertations and thematic actions, newest first: for its direction team and its PsyEn
 * (row-level security says the same: app_meeting_ids, migration 0028).
 */
export async function listCioMeetings(
  ctx: RequestContext,
  args: Omit<MeetingListArgs, 'platformId'> & { cioId: string },
): Promise<Connection<MeetingRecord>> {
  const cioId = parseInput(identity.uuid, args.cioId, 'cioId');
  if (!(await staffCioIds(ctx)).includes(cioId))
    deny(ctx, 'meeting.list', 'not-cio-staff', { subjectType: 'organisation', subjectId: cioId });
  return listMeetings(ctx, { ...args, platformId: null, cioId });
}

export { agendaOf };

/**
 * The names of the users invited to a meeting by name, for whoever sees the meeting: row-level
 * security hides other organisations' users, app_meeting_people (migration 0021) names these only.
 */
export async function peopleOf(ctx: RequestContext, meetingId: string): Promise<Map<string, string>> {
  const loader = ctx.loader(
    'meetingPeople',
    () =>
      new DataLoader(async (ids: readonly string[]) => {
        const { rows } = await ctx.db.execute<{ meeting_id: string; id: string; display_name: string }>(
          sql`select * from app_meeting_people(${`{${ids.join(',')}}`}::uuid[])`,
        );
        return ids.map((id) => new Map(rows.filter((r) => r.meeting_id === id).map((r) => [r.id, r.display_name])));
      }),
  );
  return loader.load(meetingId);
}
