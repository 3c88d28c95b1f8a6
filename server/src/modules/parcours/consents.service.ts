import { and, eq, isNull, sql } from 'drizzle-orm';
import { identity, parcoursSchemas } from '@maillage/shared';
import type { RequestContext } from '../../core/context.js';
import { notify } from '../notifications/events.js';
import { notifyShared } from './documents/documents.service.js';
import { AppError, badInput } from '../../core/errors.js';
import { parseInput } from '../../core/validation.js';
import { hidden, isActiveEntry, lockPerson, memberOfPerson } from './policy.js';
import { withIsoStrings } from './input.js';
import { forgetParcours, type ConsentRow } from './loaders.js';
import { consent, lockerDocument, syntheseMeeting, syntheseParticipant } from './tables.js';

export const CONSENT_AUDIT = { record: 'parcours.consent_record', withdraw: 'parcours.consent_withdraw' } as const;

/** A consent dated a little ahead of the server's clock is a clock skew; further ahead, a mistake. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/**
 * Records what the PA agreed to: sharing a document of the locker with an intervenant of the list, taking
 * part in a synthèse, or having been informed of the processing of their data. Only the references the
 * kind needs are kept. The same agreement, still active, is not recorded twice.
 */
export async function recordConsent(ctx: RequestContext, raw: { input?: unknown }): Promise<ConsentRow> {
  const input = parseInput(parcoursSchemas.consentInput, withIsoStrings(raw.input));
  if (input.givenAt && new Date(input.givenAt).getTime() > Date.now() + FUTURE_TOLERANCE_MS) {
    throw badInput([{ path: 'input.givenAt', message: 'date dans le futur' }]);
  }
  await lockPerson(ctx, input.personId, CONSENT_AUDIT.record);

  const refs = {
    documentId: input.kind === 'PARTAGE_DOCUMENT' ? input.documentId : null,
    memberId: input.kind === 'PARTAGE_DOCUMENT' ? input.memberId : null,
    meetingId: input.kind === 'PARTICIPATION_SYNTHESE' ? input.meetingId : null,
  };
  if (refs.documentId) {
    const [doc] = await ctx.db
      .select({ personId: lockerDocument.personId })
      .from(lockerDocument)
      .where(eq(lockerDocument.id, refs.documentId));
    if (doc?.personId !== input.personId)
      throw badInput([
        { path: 'input.documentId', message: "ce document n'est pas dans l'armoire numérique de la personne" },
      ]);
  }
  if (refs.memberId) {
    // A share goes to an intervenant on the list today, as at upload: one who left would read nothing anyway.
    const member = await memberOfPerson(ctx, input.personId, refs.memberId);
    if (!member || !isActiveEntry(member))
      throw badInput([
        { path: 'input.memberId', message: "cet intervenant n'est pas sur la liste d'accompagnement de la personne" },
      ]);
  }
  if (refs.meetingId) {
    const [meeting] = await ctx.db
      .select({ personId: syntheseMeeting.personId })
      .from(syntheseMeeting)
      .where(eq(syntheseMeeting.id, refs.meetingId));
    if (meeting?.personId !== input.personId)
      throw badInput([{ path: 'input.meetingId', message: 'cette synthèse ne concerne pas la personne' }]);
  }

  const [same] = await ctx.db
    .select({ id: consent.id })
    .from(consent)
    .where(
      and(
        eq(consent.personId, input.personId),
        eq(consent.kind, input.kind),
        isNull(consent.withdrawnAt),
        refs.documentId ? eq(consent.documentId, refs.documentId) : isNull(consent.documentId),
        refs.memberId ? eq(consent.memberId, refs.memberId) : isNull(consent.memberId),
        refs.meetingId ? eq(consent.meetingId, refs.meetingId) : isNull(consent.meetingId),
      ),
    );
  if (same) throw new AppError('CONFLICT', 'Ce consentement est déjà enregistré et toujours valable.', 'DUPLICATE');

  const [row] = await ctx.db
    .insert(consent)
    .values({
      personId: input.personId,
      kind: input.kind,
      ...refs,
      ...(input.givenAt ? { givenAt: new Date(input.givenAt) } : {}),
      recordedBy: ctx.actor!.userId,
    })
    .returning();
  await ctx.audit({
    action: CONSENT_AUDIT.record,
    subjectType: 'accompanied_person',
    subjectId: input.personId,
    details: {
      consentId: row!.id,
      kind: input.kind,
      ...Object.fromEntries(Object.entries(refs).filter(([, v]) => v !== null)),
    },
  });
  if (row!.kind === 'PARTAGE_DOCUMENT' && row!.documentId && row!.memberId) {
    await notifyShared(ctx, row!.personId, row!.documentId, [row!.memberId]);
  }
  forgetParcours(ctx);
  return row!;
}

/**
 * Withdraws a consent: a date on it, never a deletion (the history stays). A withdrawn document share
 * stops the download at once (the documents module reads the active shares). A withdrawn agreement to
 * take part in a synthèse still to come also withdraws the PA's participation in it: the PA's presence
 * rests on that agreement. A synthèse already held keeps the record of who was there.
 */
export async function withdrawConsent(ctx: RequestContext, rawId: unknown): Promise<ConsentRow> {
  const id = parseInput(identity.uuid, rawId, 'id');
  const [found] = await ctx.db.select({ personId: consent.personId }).from(consent).where(eq(consent.id, id));
  if (!found) return hidden(ctx, CONSENT_AUDIT.withdraw, consent, id, 'Consentement');
  await lockPerson(ctx, found.personId, CONSENT_AUDIT.withdraw);
  const [current] = await ctx.db.select().from(consent).where(eq(consent.id, id));
  if (!current) return hidden(ctx, CONSENT_AUDIT.withdraw, consent, id, 'Consentement');
  if (current.withdrawnAt) throw new AppError('CONFLICT', 'Ce consentement a déjà été retiré.', 'TRANSITION_REFUSED');

  const [row] = await ctx.db
    .update(consent)
    .set({ withdrawnAt: sql`now()`, withdrawnBy: ctx.actor!.userId })
    .where(eq(consent.id, id))
    .returning();
  let participationWithdrawn = false;
  if (current.kind === 'PARTICIPATION_SYNTHESE' && current.meetingId) {
    const updated = await ctx.db
      .update(syntheseMeeting)
      .set({ paParticipates: false, version: sql`${syntheseMeeting.version} + 1`, updatedAt: sql`now()` })
      .where(
        and(
          eq(syntheseMeeting.id, current.meetingId),
          eq(syntheseMeeting.paParticipates, true),
          sql`${syntheseMeeting.scheduledAt} > now()`,
        ),
      )
      .returning({ id: syntheseMeeting.id });
    participationWithdrawn = updated.length > 0;
  }
  await ctx.audit({
    action: CONSENT_AUDIT.withdraw,
    subjectType: 'accompanied_person',
    subjectId: current.personId,
    details: {
      consentId: id,
      kind: current.kind,
      ...(participationWithdrawn ? { paParticipationWithdrawn: true } : {}),
    },
  });
  await notify(ctx, {
    kind: 'PARCOURS_CONSENT_WITHDRAWN',
    audience: {
      type: 'PERSON_INTERVENANTS',
      personId: current.personId,
      memberIds: await concernedMembers(ctx, current),
    },
    target: { type: 'accompanied_person', id: current.personId },
    link: `/parcours/personnes/${current.personId}#consentements`,
  });
  forgetParcours(ctx);
  return row!;
}

/**
 * The entries of the list a consent concerned: the intervenant a document was shared with; the
 * participants of a synthèse; otherwise (a consent to the référence itself) every intervenant.
 */
async function concernedMembers(ctx: RequestContext, c: ConsentRow): Promise<string[] | undefined> {
  if (c.memberId) return [c.memberId];
  if (c.meetingId) {
    const rows = await ctx.db
      .select({ memberId: syntheseParticipant.memberId })
      .from(syntheseParticipant)
      .where(eq(syntheseParticipant.meetingId, c.meetingId));
    return rows.map((r) => r.memberId);
  }
  return undefined;
}
