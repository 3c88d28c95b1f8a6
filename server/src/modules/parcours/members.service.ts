import { eq, sql } from 'drizzle-orm';
import { parcoursSchemas } from '@maillage/shared';
import type { RequestContext } from '../../core/context.js';
import { AppError, badInput, type FieldError } from '../../core/errors.js';
import { parseInput } from '../../core/validation.js';
import { activeOrganisations } from '../identity/lookups.js';
import { hidden, isProfessionalOf, lockPerson, openReferenceOf, todayInParis, type MemberRow } from './policy.js';
import { withIsoStrings } from './input.js';
import { forgetParcours } from './loaders.js';
import { accompanimentMember } from './tables.js';

export const MEMBER_AUDIT = { add: 'parcours.member_add', end: 'parcours.member_end' } as const;

/** Whether two periods [since, until] (until null: open) share a day. */
const overlaps = (a: { since: string; until: string | null }, b: { since: string; until: string | null }) =>
  (a.until === null || b.since <= a.until) && (b.until === null || a.since <= b.until);

/**
 * Adds an intervenant to the PA's list: a user of Maillage who is a social worker or a counsellor of that
 * organisation, or a named professional without an account. The same professional is on the list once
 * for a given period.
 */
export async function addMember(ctx: RequestContext, raw: { input?: unknown }): Promise<MemberRow> {
  const input = parseInput(parcoursSchemas.memberInput, withIsoStrings(raw.input));
  await lockPerson(ctx, input.personId, MEMBER_AUDIT.add);

  const errors: FieldError[] = [];
  const organisationKnown = (await activeOrganisations(ctx.db, [input.organisationId])).has(input.organisationId);
  if (!organisationKnown) errors.push({ path: 'input.organisationId', message: 'organisation inconnue ou inactive' });
  if (organisationKnown && input.userId && !(await isProfessionalOf(ctx, input.userId, input.organisationId))) {
    errors.push({
      path: 'input.userId',
      message: "cet utilisateur n'est ni travailleur social ni conseiller de cette organisation",
    });
  }
  if (errors.length) throw badInput(errors);

  const existing = await ctx.db
    .select()
    .from(accompanimentMember)
    .where(eq(accompanimentMember.personId, input.personId));
  const professionalKey = input.professionalName?.toLowerCase();
  const same = existing.find(
    (m) =>
      overlaps(m, input) &&
      (input.userId
        ? m.userId === input.userId
        : m.userId === null &&
          m.organisationId === input.organisationId &&
          m.professionalName?.toLowerCase() === professionalKey),
  );
  if (same) {
    throw new AppError(
      'CONFLICT',
      "Cet intervenant est déjà sur la liste d'accompagnement pour cette période.",
      'DUPLICATE',
      [{ path: input.userId ? 'input.userId' : 'input.professionalName', message: 'déjà sur la liste' }],
    );
  }

  const [row] = await ctx.db
    .insert(accompanimentMember)
    .values({
      personId: input.personId,
      userId: input.userId,
      professionalName: input.professionalName,
      organisationId: input.organisationId,
      service: input.service,
      mission: input.mission,
      since: input.since,
      until: input.until,
      createdBy: ctx.actor!.userId,
    })
    .returning();
  await ctx.audit({
    action: MEMBER_AUDIT.add,
    subjectType: 'accompanied_person',
    subjectId: input.personId,
    details: { memberId: row!.id, organisationId: input.organisationId, withAccount: input.userId !== null },
  });
  forgetParcours(ctx);
  return row!;
}

/**
 * Ends an entry: the intervenant is off the list (and no longer sees the PA) after `until`. The referent
 * of the active reference stays on the list until the PA chooses another or the reference ends.
 */
export async function endMember(ctx: RequestContext, raw: unknown): Promise<MemberRow> {
  const input = parseInput(parcoursSchemas.endMemberInput, withIsoStrings(raw), '');
  const [found] = await ctx.db
    .select({ personId: accompanimentMember.personId })
    .from(accompanimentMember)
    .where(eq(accompanimentMember.id, input.memberId));
  if (!found)
    return hidden(
      ctx,
      MEMBER_AUDIT.end,
      accompanimentMember,
      input.memberId,
      "Intervenant de la liste d'accompagnement",
    );
  await lockPerson(ctx, found.personId, MEMBER_AUDIT.end);
  const [member] = await ctx.db.select().from(accompanimentMember).where(eq(accompanimentMember.id, input.memberId));
  if (!member)
    return hidden(
      ctx,
      MEMBER_AUDIT.end,
      accompanimentMember,
      input.memberId,
      "Intervenant de la liste d'accompagnement",
    );

  if (input.until < member.since)
    throw badInput([{ path: 'until', message: "la fin ne peut précéder le début de l'intervention" }]);
  if (member.until !== null && member.until < todayInParis())
    throw new AppError('CONFLICT', 'Cette intervention est déjà terminée.', 'TRANSITION_REFUSED');
  const reference = await openReferenceOf(ctx, member.personId);
  if (reference?.status === 'ACCEPTEE' && reference.referentMemberId === member.id) {
    throw new AppError(
      'CONFLICT',
      'Cet intervenant est le référent de la référence active : changez de référent ou terminez la référence avant de mettre fin à son intervention.',
      'RULE_REFUSED',
    );
  }

  // No RETURNING: ending one's own entry as of yesterday hides the row from the caller at once.
  await ctx.db
    .update(accompanimentMember)
    .set({ until: input.until, updatedAt: sql`now()` })
    .where(eq(accompanimentMember.id, member.id));
  await ctx.audit({
    action: MEMBER_AUDIT.end,
    subjectType: 'accompanied_person',
    subjectId: member.personId,
    details: { memberId: member.id, self: member.userId === ctx.actor!.userId },
  });
  forgetParcours(ctx);
  return { ...member, until: input.until };
}
