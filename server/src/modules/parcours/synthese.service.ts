import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { identity, paParticipationAllowed, parcoursSchemas } from '@maillage/shared';
import type { RequestContext } from '../../core/context.js';
import { notify } from '../notifications/events.js';
import { AppError, badInput, staleVersion } from '../../core/errors.js';
import { parseInput } from '../../core/validation.js';
import { activeMembersOf, activeReferenceOf, hidden, lockPerson } from './policy.js';
import { withIsoStrings } from './input.js';
import { forgetParcours, type MeetingRow } from './loaders.js';
import { consent, syntheseMeeting, syntheseParticipant } from './tables.js';

export const SYNTHESE_AUDIT = {
  schedule: 'parcours.synthese_schedule',
  agree: 'parcours.synthese_agree',
  participation: 'parcours.synthese_participation',
  outcome: 'parcours.synthese_outcome',
} as const;

const NO_ACTIVE_REFERENCE = "Une synthèse se tient autour d'une référence active.";

/** The meeting, locked with its PA for the rest of the transaction; NOT_FOUND when the caller is not on the PA's list. */
async function lockMeeting(ctx: RequestContext, meetingId: string, action: string): Promise<MeetingRow> {
  const [found] = await ctx.db
    .select({ personId: syntheseMeeting.personId })
    .from(syntheseMeeting)
    .where(eq(syntheseMeeting.id, meetingId));
  if (!found) return hidden(ctx, action, syntheseMeeting, meetingId, 'Synthèse');
  await lockPerson(ctx, found.personId, action);
  const [row] = await ctx.db.select().from(syntheseMeeting).where(eq(syntheseMeeting.id, meetingId));
  if (!row) return hidden(ctx, action, syntheseMeeting, meetingId, 'Synthèse');
  return row;
}

/**
 * Schedules a synthèse, on the request of the PA or of the referent (it is not systematic), around the
 * active reference, with intervenants of the list as participants. The PA does not take part until the
 * agreements are recorded.
 */
export async function scheduleSynthese(ctx: RequestContext, raw: { input?: unknown }): Promise<MeetingRow> {
  const input = parseInput(parcoursSchemas.syntheseInput, withIsoStrings(raw.input));
  await lockPerson(ctx, input.personId, SYNTHESE_AUDIT.schedule);
  const reference = await activeReferenceOf(ctx, input.personId, NO_ACTIVE_REFERENCE);
  const active = new Set((await activeMembersOf(ctx, input.personId)).map((m) => m.id));
  const unknown = input.participantMemberIds.map((id, i) => ({ id, i })).filter(({ id }) => !active.has(id));
  if (unknown.length) {
    throw badInput(
      unknown.map(({ i }) => ({
        path: `input.participantMemberIds.${i}`,
        message: "cet intervenant n'est pas sur la liste d'accompagnement de la personne",
      })),
    );
  }
  const [row] = await ctx.db
    .insert(syntheseMeeting)
    .values({
      personId: input.personId,
      referenceId: reference.id,
      scheduledAt: new Date(input.scheduledAt),
      subject: input.subject,
      requestedBy: input.requestedBy,
      createdBy: ctx.actor!.userId,
    })
    .returning();
  await ctx.db
    .insert(syntheseParticipant)
    .values(input.participantMemberIds.map((memberId) => ({ meetingId: row!.id, memberId, personId: input.personId })));
  await ctx.audit({
    action: SYNTHESE_AUDIT.schedule,
    subjectType: 'accompanied_person',
    subjectId: input.personId,
    details: { meetingId: row!.id, requestedBy: input.requestedBy, participants: input.participantMemberIds.length },
  });
  // Each participant is asked for their agreement to the PA's presence.
  await notify(ctx, {
    kind: 'PARCOURS_SYNTHESE_AGREEMENT',
    audience: { type: 'PERSON_INTERVENANTS', personId: input.personId, memberIds: input.participantMemberIds },
    target: { type: 'accompanied_person', id: input.personId },
    link: `/parcours/personnes/${input.personId}#syntheses`,
  });
  forgetParcours(ctx);
  return row!;
}

const agreementInput = z.object({ meetingId: identity.uuid, memberId: identity.uuid });

/** Records that an intervenant taking part agrees to the PA's presence (as the professional collecting it). */
export async function recordAgreement(ctx: RequestContext, raw: unknown): Promise<MeetingRow> {
  const { meetingId, memberId } = parseInput(agreementInput, raw, '');
  const meeting = await lockMeeting(ctx, meetingId, SYNTHESE_AUDIT.agree);
  const [participant] = await ctx.db
    .select()
    .from(syntheseParticipant)
    .where(and(eq(syntheseParticipant.meetingId, meetingId), eq(syntheseParticipant.memberId, memberId)));
  if (!participant) throw badInput([{ path: 'memberId', message: 'cet intervenant ne participe pas à la synthèse' }]);
  if (participant.agreedAt)
    throw new AppError('CONFLICT', "L'accord de cet intervenant est déjà enregistré.", 'TRANSITION_REFUSED');
  await ctx.db
    .update(syntheseParticipant)
    .set({ agreedAt: sql`now()` })
    .where(and(eq(syntheseParticipant.meetingId, meetingId), eq(syntheseParticipant.memberId, memberId)));
  await ctx.audit({
    action: SYNTHESE_AUDIT.agree,
    subjectType: 'accompanied_person',
    subjectId: meeting.personId,
    details: { meetingId, memberId },
  });
  forgetParcours(ctx);
  return meeting;
}

/** What the shared rule needs to say whether the PA may take part. */
async function participationFacts(ctx: RequestContext, meeting: MeetingRow) {
  const [participants, agreements] = await Promise.all([
    ctx.db.select().from(syntheseParticipant).where(eq(syntheseParticipant.meetingId, meeting.id)),
    ctx.db
      .select({ id: consent.id })
      .from(consent)
      .where(
        and(eq(consent.meetingId, meeting.id), eq(consent.kind, 'PARTICIPATION_SYNTHESE'), isNull(consent.withdrawnAt)),
      ),
  ]);
  return {
    paAgreed: agreements.length > 0,
    participantMemberIds: participants.map((p) => p.memberId),
    agreedMemberIds: participants.filter((p) => p.agreedAt !== null).map((p) => p.memberId),
  };
}

const participationInput = z.object({ meetingId: identity.uuid, version: identity.version, participates: z.boolean() });

/** The PA takes part only with the PA's agreement (an active consent) and that of every participant. */
export async function setPaParticipation(ctx: RequestContext, raw: unknown): Promise<MeetingRow> {
  const { meetingId, version, participates } = parseInput(participationInput, raw, '');
  const meeting = await lockMeeting(ctx, meetingId, SYNTHESE_AUDIT.participation);
  if (meeting.version !== version) throw staleVersion('La synthèse');
  if (participates) {
    const allowed = paParticipationAllowed(await participationFacts(ctx, meeting));
    if (!allowed.ok) throw new AppError('CONFLICT', allowed.reason, 'RULE_REFUSED');
  }
  const [row] = await ctx.db
    .update(syntheseMeeting)
    .set({ paParticipates: participates, version: sql`${syntheseMeeting.version} + 1`, updatedAt: sql`now()` })
    .where(eq(syntheseMeeting.id, meetingId))
    .returning();
  await ctx.audit({
    action: SYNTHESE_AUDIT.participation,
    subjectType: 'accompanied_person',
    subjectId: meeting.personId,
    details: { meetingId, participates },
  });
  forgetParcours(ctx);
  return row!;
}

/** Notes and decisions of the meeting (they may name people: the audit says which changed, never what). */
export async function recordOutcome(ctx: RequestContext, raw: unknown): Promise<MeetingRow> {
  const input = parseInput(parcoursSchemas.syntheseRecordInput, raw, '');
  const meeting = await lockMeeting(ctx, input.meetingId, SYNTHESE_AUDIT.outcome);
  if (meeting.version !== input.version) throw staleVersion('La synthèse');
  const fields = (['notes', 'decisions'] as const).filter((k) => meeting[k] !== input[k]);
  const [row] = await ctx.db
    .update(syntheseMeeting)
    .set({
      notes: input.notes,
      decisions: input.decisions,
      version: sql`${syntheseMeeting.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(eq(syntheseMeeting.id, input.meetingId))
    .returning();
  await ctx.audit({
    action: SYNTHESE_AUDIT.outcome,
    subjectType: 'accompanied_person',
    subjectId: meeting.personId,
    details: { meetingId: input.meetingId, fields },
  });
  forgetParcours(ctx);
  return row!;
}
