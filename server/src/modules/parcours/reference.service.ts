import { eq, sql } from 'drizzle-orm';
import {
  canProposeReference,
  parcoursSchemas,
  referenceTransition,
  type ReferenceAction,
  type ReferenceStatus,
} from '@maillage/shared';
import type { RequestContext } from '../../core/context.js';
import { notify } from '../notifications/events.js';
import { emitWebhookEvents } from '../webhooks/service.js';
import { AppError, staleVersion, uniqueViolation } from '../../core/errors.js';
import { parseInput } from '../../core/validation.js';
import { activeMembersOf, hidden, lockPerson, openReferenceOf, type ReferenceRow } from './policy.js';
import { forgetParcours } from './loaders.js';
import { parcoursReference, referenceEvent } from './tables.js';

export const REFERENCE_AUDIT = { propose: 'parcours.reference_propose', decide: 'parcours.reference_decide' } as const;

const ALREADY_OPEN = 'Une référence est déjà proposée ou active pour cette personne.';

/** Two proposals at once: the unique index on the open reference keeps one, the other is told why. */
const oneOpenReference = (err: unknown): never => {
  if (uniqueViolation(err) === 'parcours_reference_open_key') throw new AppError('CONFLICT', ALREADY_OPEN, 'DUPLICATE');
  throw err;
};

/** Proposes a reference to a PA accompanied by several intervenants (none open already). */
export async function proposeReference(ctx: RequestContext, raw: unknown): Promise<ReferenceRow> {
  const { personId, comment } = parseInput(parcoursSchemas.proposeReferenceInput, raw, '');
  await lockPerson(ctx, personId, REFERENCE_AUDIT.propose);
  const [open, active] = await Promise.all([openReferenceOf(ctx, personId), activeMembersOf(ctx, personId)]);
  const allowed = canProposeReference(open !== null, active.length);
  if (!allowed.ok) throw new AppError('CONFLICT', allowed.reason, 'TRANSITION_REFUSED');
  const userId = ctx.actor!.userId;
  const [row] = await ctx.db
    .insert(parcoursReference)
    .values({ personId, status: 'PROPOSEE', proposedBy: userId, comment })
    .returning()
    .catch(oneOpenReference);
  await ctx.db.insert(referenceEvent).values({
    referenceId: row!.id,
    personId,
    action: 'PROPOSE',
    fromStatus: null,
    toStatus: 'PROPOSEE',
    comment,
    byUserId: userId,
  });
  await ctx.audit({
    action: REFERENCE_AUDIT.propose,
    subjectType: 'accompanied_person',
    subjectId: personId,
    details: { referenceId: row!.id, intervenants: active.length },
  });
  await notify(ctx, {
    kind: 'PARCOURS_REFERENCE_PROPOSED',
    audience: { type: 'PERSON_INTERVENANTS', personId },
    target: { type: 'accompanied_person', id: personId },
    link: `/parcours/personnes/${personId}#reference`,
  });
  forgetParcours(ctx);
  return row!;
}

type DecisionInput = ReturnType<typeof parcoursSchemas.referenceDecisionInput.parse>;

function actionOf(input: DecisionInput): ReferenceAction {
  switch (input.type) {
    case 'ACCEPT':
      return { type: 'ACCEPT', referentMemberId: input.referentMemberId };
    case 'REFUSE':
      return { type: 'REFUSE' };
    case 'SANS_SUITE':
      return { type: 'SANS_SUITE', motive: input.motive, comment: input.comment };
    case 'CHANGE_REFERENT':
      return { type: 'CHANGE_REFERENT', referentMemberId: input.referentMemberId };
    case 'END':
      return { type: 'END', reason: input.reason };
  }
}

/**
 * One step of a reference through the shared machine: the PA's choice of a referent among the current
 * intervenants (ACCEPT), a refusal, a classement sans suite with its motive, a change of referent, the end
 * with its reason. Each step is appended to the reference's history with who recorded it.
 */
export async function decideReference(ctx: RequestContext, raw: { input?: unknown }): Promise<ReferenceRow> {
  // The GraphQL input is flat (every field optional); the shared union says which fields each step needs.
  const input = parseInput(parcoursSchemas.referenceDecisionInput, raw.input);
  const [found] = await ctx.db
    .select({ personId: parcoursReference.personId })
    .from(parcoursReference)
    .where(eq(parcoursReference.id, input.referenceId));
  if (!found) return hidden(ctx, REFERENCE_AUDIT.decide, parcoursReference, input.referenceId, 'Référence');
  await lockPerson(ctx, found.personId, REFERENCE_AUDIT.decide);
  const [current] = await ctx.db.select().from(parcoursReference).where(eq(parcoursReference.id, input.referenceId));
  if (!current) return hidden(ctx, REFERENCE_AUDIT.decide, parcoursReference, input.referenceId, 'Référence');
  if (current.version !== input.version) throw staleVersion('La référence');

  const active = await activeMembersOf(ctx, current.personId);
  const action = actionOf(input);
  const from = current.status as ReferenceStatus;
  const result = referenceTransition(
    { status: from, referentMemberId: current.referentMemberId, activeMemberIds: active.map((m) => m.id) },
    action,
  );
  if (!result.ok) throw new AppError('CONFLICT', result.reason, 'TRANSITION_REFUSED');

  // The database's clock, as for the proposal: the history orders on it.
  const now = sql`now()`;
  const comment = 'comment' in input ? input.comment : null;
  const chosen = input.type === 'ACCEPT' || input.type === 'CHANGE_REFERENT';
  const [row] = await ctx.db
    .update(parcoursReference)
    .set({
      status: result.status,
      referentMemberId: result.referentMemberId,
      ...(chosen ? { chosenAt: now } : {}),
      ...(input.type === 'SANS_SUITE' ? { sansSuiteMotive: input.motive } : {}),
      ...(input.type === 'END' ? { endReason: input.reason } : {}),
      ...(result.status !== 'ACCEPTEE' ? { endedAt: now } : {}),
      ...(comment ? { comment } : {}),
      version: sql`${parcoursReference.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(eq(parcoursReference.id, current.id))
    .returning();
  await ctx.db.insert(referenceEvent).values({
    referenceId: current.id,
    personId: current.personId,
    action: input.type,
    fromStatus: from,
    toStatus: result.status,
    // The referent chosen; at the end, the one who was: the reference itself keeps none once closed.
    referentMemberId: chosen ? result.referentMemberId : input.type === 'END' ? current.referentMemberId : null,
    motive: input.type === 'SANS_SUITE' ? input.motive : null,
    endReason: input.type === 'END' ? input.reason : null,
    comment,
    byUserId: ctx.actor!.userId,
  });
  await ctx.audit({
    action: REFERENCE_AUDIT.decide,
    subjectType: 'accompanied_person',
    subjectId: current.personId,
    details: {
      referenceId: current.id,
      step: input.type,
      from,
      to: result.status,
      ...(chosen ? { referentMemberId: result.referentMemberId } : {}),
      ...(input.type === 'SANS_SUITE' ? { motive: input.motive } : {}),
      ...(input.type === 'END' ? { reason: input.reason } : {}),
    },
  });
  await emitWebhookEvents(ctx, [{ type: 'reference.changed', id: current.personId }]);
  forgetParcours(ctx);
  return row!;
}
