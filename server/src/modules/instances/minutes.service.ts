import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { FINISHED_ACTION_STATUSES, identity, instances } from '@maillage/shared';
import { deny } from '../../core/authz.js';
import type { RequestContext } from '../../core/context.js';
import { AppError, badInput, notFound, staleVersion } from '../../core/errors.js';
import { parseInput } from '../../core/validation.js';
import { mayManage, meetingForChange, type MeetingRecord } from './meetings.service.js';
import { meeting, meetingAction, meetingDecision, meetingInvitee } from './tables.js';

export type MeetingActionRow = typeof meetingAction.$inferSelect & { meetingStartsAt: Date; carriedOver: boolean };

async function bump(
  ctx: RequestContext,
  row: MeetingRecord,
  changes: Partial<MeetingRecord> = {},
): Promise<MeetingRecord> {
  const [updated] = await ctx.db
    .update(meeting)
    .set({ ...changes, version: row.version + 1, updatedAt: new Date() })
    .where(eq(meeting.id, row.id))
    .returning();
  return updated!;
}

/** A meeting that took place (or is taking place): attendance and minutes are recorded for it. */
function heldOrHolding(row: MeetingRecord) {
  if (row.status === 'ANNULEE')
    throw new AppError('CONFLICT', 'Une réunion annulée n’a ni présences ni compte rendu.', 'TRANSITION_REFUSED');
  if (row.startsAt.getTime() > Date.now() + 60 * 60_000)
    throw new AppError('CONFLICT', 'La réunion n’a pas encore eu lieu.', 'TRANSITION_REFUSED');
}

export async function recordAttendance(ctx: RequestContext, raw: unknown): Promise<MeetingRecord> {
  const input = parseInput(instances.recordAttendance, raw);
  const row = await meetingForChange(ctx, input.meetingId, input.version, 'meeting.attendance');
  heldOrHolding(row);
  const ids = input.entries.map((e) => e.inviteeId);
  const found = await ctx.db
    .select({ id: meetingInvitee.id })
    .from(meetingInvitee)
    .where(and(eq(meetingInvitee.meetingId, row.id), inArray(meetingInvitee.id, ids)));
  const missing = input.entries.findIndex((e) => !found.some((f) => f.id === e.inviteeId));
  if (missing >= 0)
    throw badInput([{ path: `input.entries.${missing}.inviteeId`, message: 'pas un invité de cette réunion' }]);
  for (const attendance of ['PRESENT', 'EXCUSE', 'ABSENT'] as const) {
    const of = input.entries.filter((e) => e.attendance === attendance).map((e) => e.inviteeId);
    if (of.length > 0) await ctx.db.update(meetingInvitee).set({ attendance }).where(inArray(meetingInvitee.id, of));
  }
  await ctx.audit({
    action: 'meeting.attendance',
    subjectType: 'meeting',
    subjectId: row.id,
    details: { entries: input.entries.length },
  });
  return bump(ctx, row, { status: 'TENUE' });
}

export async function recordMinutes(ctx: RequestContext, raw: unknown): Promise<MeetingRecord> {
  const input = parseInput(instances.recordMinutes, raw);
  const row = await meetingForChange(ctx, input.meetingId, input.version, 'meeting.minutes');
  heldOrHolding(row);
  await ctx.db.delete(meetingDecision).where(eq(meetingDecision.meetingId, row.id));
  if (input.decisions.length > 0)
    await ctx.db
      .insert(meetingDecision)
      .values(input.decisions.map((text, position) => ({ meetingId: row.id, position, text })));
  await ctx.audit({
    action: 'meeting.minutes',
    subjectType: 'meeting',
    subjectId: row.id,
    details: { decisions: input.decisions.length, minutesLength: input.minutes.length },
  });
  return bump(ctx, row, { minutes: input.minutes || null, status: 'TENUE' });
}

export async function decisionsOf(ctx: RequestContext, meetingId: string): Promise<string[]> {
  const rows = await ctx.db
    .select({ text: meetingDecision.text })
    .from(meetingDecision)
    .where(eq(meetingDecision.meetingId, meetingId))
    .orderBy(asc(meetingDecision.position));
  return rows.map((r) => r.text);
}

export async function addMeetingAction(ctx: RequestContext, raw: unknown): Promise<MeetingActionRow> {
  const input = parseInput(instances.addMeetingAction, raw);
  const row = await meetingForChange(ctx, input.meetingId, null, 'meeting.action_add');
  if (row.status === 'ANNULEE')
    throw new AppError('CONFLICT', 'Une réunion annulée ne décide pas d’action.', 'TRANSITION_REFUSED');
  const [action] = await ctx.db
    .insert(meetingAction)
    .values({
      meetingId: row.id,
      seriesId: row.seriesId,
      title: input.title,
      ownerName: input.ownerName,
      ownerOrganisationId: input.ownerOrganisationId ?? null,
      dueDate: input.dueDate ?? null,
    })
    .returning()
    .catch((err: unknown) => {
      if ((err as { cause?: { code?: string } }).cause?.code === '23503')
        throw badInput([{ path: 'input.ownerOrganisationId', message: 'organisation inconnue' }]);
      throw err;
    });
  await ctx.audit({ action: 'meeting.action_add', subjectType: 'meeting', subjectId: row.id });
  return { ...action!, meetingStartsAt: row.startsAt, carriedOver: false };
}

export async function updateMeetingAction(ctx: RequestContext, raw: unknown): Promise<MeetingActionRow> {
  const input = parseInput(instances.updateMeetingAction, raw);
  const [action] = await ctx.db.select().from(meetingAction).where(eq(meetingAction.id, input.id)).for('update');
  if (!action) throw notFound('Action');
  const [m] = await ctx.db.select().from(meeting).where(eq(meeting.id, action.meetingId));
  if (!m || !(await mayManage(ctx, m)))
    deny(ctx, 'meeting.action_update', 'not-convener', { subjectType: 'meeting_action', subjectId: action.id });
  if (action.version !== input.version) throw staleVersion('L’action', true);
  const [updated] = await ctx.db
    .update(meetingAction)
    .set({
      ...(input.status ? { status: input.status } : {}),
      ...(input.dueDate !== undefined ? { dueDate: input.dueDate } : {}),
      ...(input.note !== undefined ? { note: input.note } : {}),
      version: action.version + 1,
      updatedAt: new Date(),
    })
    .where(eq(meetingAction.id, action.id))
    .returning();
  await ctx.audit({
    action: 'meeting.action_update',
    subjectType: 'meeting_action',
    subjectId: action.id,
    details: { status: input.status ?? null },
  });
  return { ...updated!, meetingStartsAt: m.startsAt, carriedOver: false };
}

/**
 * A meeting's actions: its own, and those of earlier meetings of its series still open (they carry
 * over until done or dropped), oldest meeting first.
 */
export async function actionsOf(ctx: RequestContext, row: MeetingRecord): Promise<MeetingActionRow[]> {
  const rows = await ctx.db
    .select({ action: meetingAction, startsAt: meeting.startsAt })
    .from(meetingAction)
    .innerJoin(meeting, eq(meeting.id, meetingAction.meetingId))
    .where(
      sql`${meetingAction.meetingId} = ${row.id}::uuid or (${meetingAction.seriesId} = ${row.seriesId}::uuid
        and ${meeting.startsAt} < ${row.startsAt.toISOString()}::timestamptz
        and ${meetingAction.status} <> all (${sql.param([...FINISHED_ACTION_STATUSES])}::text[]))`,
    )
    .orderBy(asc(meeting.startsAt), asc(meetingAction.createdAt));
  return rows.map((r) => ({ ...r.action, meetingStartsAt: r.startsAt, carriedOver: r.action.meetingId !== row.id }));
}

/** A meeting's id from a route's parameter. */
export const parseId = (raw: unknown, path: string) => parseInput(identity.uuid, raw, path);
