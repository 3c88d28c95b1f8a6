import { and, asc, eq, inArray, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { identity, transition, type CaseStatus } from '@maillage/shared';
import { deny } from '../../../core/authz.js';
import type { RequestContext } from '../../../core/context.js';
import { notify } from '../../notifications/events.js';
import { emitWebhookEvents } from '../../webhooks/service.js';
import { AppError, notFound, staleVersion, uniqueViolation } from '../../../core/errors.js';
import { parseInput } from '../../../core/validation.js';
import { caseEvent, caseTransfer, platform, platformPartner, psadCase, youngPerson } from '../tables.js';
import { counsellorOrganisations, isCounsellorOf, isReferentOf, myReferentPlatforms } from '../policy.js';
import { recordTransfersShown } from './queries.service.js';

export type TransferRow = typeof caseTransfer.$inferSelect;

const reason = z.string().trim().min(3, 'un motif est obligatoire').max(1000, '1000 caractères au plus');

const schemas = {
  propose: z
    .object({
      caseId: identity.uuid,
      version: identity.version,
      toOrganisationId: identity.uuid.nullish(),
      toPlatformId: identity.uuid.nullish(),
      reason,
    })
    .refine((v) => Boolean(v.toOrganisationId) !== Boolean(v.toPlatformId), {
      message: 'une organisation ou une plateforme, pas les deux',
      path: ['toOrganisationId'],
    }),
  accept: z.object({ transferId: identity.uuid }),
  refuse: z.object({ transferId: identity.uuid, reason }),
  cancel: z.object({ transferId: identity.uuid }),
};

/**
 * Proposes to hand a case to another partner of its platform, or to another platform. The sender
 * keeps the case until the receiver accepts. Referents of the platform and counsellors of the
 * assigned organisation may propose.
 */
export async function proposeTransfer(ctx: RequestContext, raw: unknown): Promise<TransferRow> {
  const input = parseInput(schemas.propose, raw, '');
  const [row] = await ctx.db.select().from(psadCase).where(eq(psadCase.id, input.caseId)).for('update');
  if (!row) throw notFound('Suivi');
  if (!(await isReferentOf(ctx, row.platformId)) && !isCounsellorOf(ctx, row.assignedOrganisationId))
    deny(ctx, 'case.transfer_propose', 'not-referent-or-assigned-counsellor', {
      subjectType: 'psad_case',
      subjectId: row.id,
    });
  if (row.version !== input.version) throw staleVersion('Le suivi');
  const toOtherPlatform = Boolean(input.toPlatformId);
  if (input.toPlatformId) {
    if (input.toPlatformId === row.platformId)
      throw new AppError('BAD_USER_INPUT', 'Le suivi est déjà sur cette plateforme.', [
        { path: 'toPlatformId', message: 'plateforme actuelle du suivi' },
      ]);
    const [p] = await ctx.db
      .select({ id: platform.id })
      .from(platform)
      .where(and(eq(platform.id, input.toPlatformId), eq(platform.active, true)));
    if (!p)
      throw new AppError('BAD_USER_INPUT', 'Plateforme inconnue.', [
        { path: 'toPlatformId', message: 'plateforme inconnue' },
      ]);
  } else {
    if (input.toOrganisationId === row.assignedOrganisationId)
      throw new AppError('BAD_USER_INPUT', 'Le suivi est déjà affecté à cette organisation.', [
        { path: 'toOrganisationId', message: 'organisation actuelle du suivi' },
      ]);
    const [p] = await ctx.db
      .select()
      .from(platformPartner)
      .where(
        and(
          eq(platformPartner.platformId, row.platformId),
          eq(platformPartner.organisationId, input.toOrganisationId!),
        ),
      );
    if (!p)
      throw new AppError('BAD_USER_INPUT', "Cette organisation n'est pas partenaire de la plateforme.", [
        { path: 'toOrganisationId', message: 'pas un partenaire de la plateforme' },
      ]);
  }
  // Only a case that could be accepted may be proposed.
  const check = transition(
    { status: row.status as CaseStatus, attempts: [], hasSolution: row.solutionType !== null },
    { type: 'TRANSFER_ACCEPTED', toOtherPlatform },
  );
  if (!check.ok) throw new AppError('CONFLICT', check.reason, 'TRANSITION_REFUSED');
  const [transfer] = await ctx.db
    .insert(caseTransfer)
    .values({
      caseId: row.id,
      fromPlatformId: row.platformId,
      fromOrganisationId: row.assignedOrganisationId,
      toPlatformId: input.toPlatformId ?? row.platformId,
      toOrganisationId: input.toOrganisationId ?? null,
      reason: input.reason,
      proposedBy: ctx.actor!.userId,
    })
    .returning()
    .catch((err: unknown) => {
      if (uniqueViolation(err) === 'case_transfer_pending_key')
        throw new AppError('CONFLICT', 'Un transfert de ce suivi est déjà en attente.', 'DUPLICATE');
      throw err;
    });
  await ctx.db
    .update(psadCase)
    .set({ version: row.version + 1, updatedAt: new Date() })
    .where(eq(psadCase.id, row.id));
  const data = {
    transferId: transfer!.id,
    toPlatformId: transfer!.toPlatformId,
    toOrganisationId: transfer!.toOrganisationId,
  };
  await ctx.db.insert(caseEvent).values({
    caseId: row.id,
    actorId: ctx.actor!.userId,
    kind: 'transfer_proposed',
    data: { ...data, reason: input.reason },
  });
  await ctx.audit({ action: 'case.transfer_propose', subjectType: 'psad_case', subjectId: row.id, details: data });
  // To another partner of the platform: its counsellors; to another platform: its referents.
  await notify(ctx, {
    kind: 'TRANSFER_PROPOSED',
    audience: transfer!.toOrganisationId
      ? { type: 'ORGANISATION_ROLE', organisationId: transfer!.toOrganisationId, roles: ['COUNSELLOR'] }
      : { type: 'PLATFORM_REFERENTS', platformId: transfer!.toPlatformId },
    organisationId: transfer!.toOrganisationId,
    target: { type: 'case_transfer', id: transfer!.id },
    link: '/transferts',
  });
  await emitWebhookEvents(ctx, [{ type: 'transfer.proposed', id: row.id }]);
  return transfer!;
}

/** The pending transfer, locked: the first decision wins, the others get CONFLICT. */
async function pending(ctx: RequestContext, transferId: string, action: string): Promise<TransferRow> {
  const [transfer] = await ctx.db.select().from(caseTransfer).where(eq(caseTransfer.id, transferId)).for('update');
  if (!transfer) throw notFound('Transfert');
  const receiver = transfer.toOrganisationId
    ? isCounsellorOf(ctx, transfer.toOrganisationId) || (await isReferentOf(ctx, transfer.toPlatformId))
    : await isReferentOf(ctx, transfer.toPlatformId);
  if (!receiver) deny(ctx, `case.${action}`, 'not-receiver', { subjectType: 'case_transfer', subjectId: transfer.id });
  if (transfer.status !== 'PROPOSE')
    throw new AppError('CONFLICT', 'Ce transfert a déjà été traité.', 'TRANSITION_REFUSED');
  return transfer;
}

export async function acceptTransfer(ctx: RequestContext, raw: unknown): Promise<TransferRow> {
  const input = parseInput(schemas.accept, raw, '');
  const transfer = await pending(ctx, input.transferId, 'transfer_accept');
  const [row] = await ctx.db.select().from(psadCase).where(eq(psadCase.id, transfer.caseId)).for('update');
  if (!row) throw notFound('Suivi');
  const toOtherPlatform = transfer.toPlatformId !== transfer.fromPlatformId;
  const result = transition(
    { status: row.status as CaseStatus, attempts: [], hasSolution: row.solutionType !== null },
    { type: 'TRANSFER_ACCEPTED', toOtherPlatform },
  );
  if (!result.ok) throw new AppError('CONFLICT', result.reason, 'TRANSITION_REFUSED');
  const now = new Date();
  // The case first (the receiver sees it through the pending transfer), then what follows it.
  await ctx.db
    .update(psadCase)
    .set(
      toOtherPlatform
        ? {
            platformId: transfer.toPlatformId,
            status: result.status,
            assignedOrganisationId: null,
            assignedCounsellorId: null,
            assignedAt: null,
            version: row.version + 1,
            updatedAt: now,
          }
        : {
            status: result.status,
            assignedOrganisationId: transfer.toOrganisationId,
            assignedCounsellorId: null,
            assignedAt: now,
            version: row.version + 1,
            updatedAt: now,
          },
    )
    .where(eq(psadCase.id, row.id));
  if (toOtherPlatform) {
    await ctx.db
      .update(youngPerson)
      .set({ platformId: transfer.toPlatformId, updatedAt: now })
      .where(eq(youngPerson.id, row.youngPersonId))
      .catch((err: unknown) => {
        if (uniqueViolation(err) === 'young_person_platform_ine_key')
          throw new AppError(
            'CONFLICT',
            'Ce jeune (même INE) est déjà suivi par la plateforme destinataire.',
            'DUPLICATE',
          );
        throw err;
      });
  }
  const [decided] = await ctx.db
    .update(caseTransfer)
    .set({ status: 'ACCEPTE', decidedBy: ctx.actor!.userId, decidedAt: now, version: transfer.version + 1 })
    .where(eq(caseTransfer.id, transfer.id))
    .returning();
  const data = {
    transferId: transfer.id,
    from: row.status,
    to: result.status,
    toPlatformId: transfer.toPlatformId,
    toOrganisationId: transfer.toOrganisationId,
  };
  await ctx.db
    .insert(caseEvent)
    .values({ caseId: row.id, actorId: ctx.actor!.userId, kind: 'transfer_accepted', occurredAt: now, data });
  await ctx.audit({ action: 'case.transfer_accept', subjectType: 'psad_case', subjectId: row.id, details: data });
  await notifyAnswer(ctx, decided!);
  await emitWebhookEvents(ctx, [{ type: 'transfer.accepted', id: row.id }]);
  return decided!;
}

export async function refuseTransfer(ctx: RequestContext, raw: unknown): Promise<TransferRow> {
  const input = parseInput(schemas.refuse, raw, '');
  const transfer = await pending(ctx, input.transferId, 'transfer_refuse');
  const now = new Date();
  // The event while the receiver still sees the case through the pending transfer.
  await ctx.db.insert(caseEvent).values({
    caseId: transfer.caseId,
    actorId: ctx.actor!.userId,
    kind: 'transfer_refused',
    occurredAt: now,
    data: { transferId: transfer.id, reason: input.reason },
  });
  const [decided] = await ctx.db
    .update(caseTransfer)
    .set({ status: 'REFUSE', decidedBy: ctx.actor!.userId, decidedAt: now, version: transfer.version + 1 })
    .where(eq(caseTransfer.id, transfer.id))
    .returning();
  await ctx.audit({
    action: 'case.transfer_refuse',
    subjectType: 'case_transfer',
    subjectId: transfer.id,
    details: { caseId: transfer.caseId },
  });
  await notifyAnswer(ctx, decided!);
  await emitWebhookEvents(ctx, [{ type: 'transfer.refused', id: transfer.caseId }]);
  return decided!;
}

/** The one who proposed a transfer hears of its answer (which it was, they read on the page). */
async function notifyAnswer(ctx: RequestContext, transfer: TransferRow): Promise<void> {
  if (!transfer.proposedBy) return;
  await notify(ctx, {
    kind: 'TRANSFER_ANSWERED',
    audience: { type: 'USERS', userIds: [transfer.proposedBy] },
    organisationId: transfer.toOrganisationId,
    target: { type: 'case_transfer', id: transfer.id },
    link: '/transferts',
  });
}

/**
 * The sender withdraws a transfer nobody has decided yet: referents of the platform it leaves, or
 * counsellors of the organisation that proposed it. The case stays where it is.
 */
export async function cancelTransfer(ctx: RequestContext, raw: unknown): Promise<TransferRow> {
  const input = parseInput(schemas.cancel, raw, '');
  const [transfer] = await ctx.db
    .select()
    .from(caseTransfer)
    .where(eq(caseTransfer.id, input.transferId))
    .for('update');
  if (!transfer) throw notFound('Transfert');
  const sender = (await isReferentOf(ctx, transfer.fromPlatformId)) || isCounsellorOf(ctx, transfer.fromOrganisationId);
  if (!sender)
    deny(ctx, 'case.transfer_cancel', 'not-sender', { subjectType: 'case_transfer', subjectId: transfer.id });
  if (transfer.status !== 'PROPOSE')
    throw new AppError('CONFLICT', 'Ce transfert a déjà été traité ou annulé.', 'TRANSITION_REFUSED');
  const [row] = await ctx.db.select().from(psadCase).where(eq(psadCase.id, transfer.caseId)).for('update');
  if (!row) throw notFound('Suivi');
  const now = new Date();
  const [cancelled] = await ctx.db
    .update(caseTransfer)
    .set({ status: 'ANNULE', decidedBy: ctx.actor!.userId, decidedAt: now, version: transfer.version + 1 })
    .where(eq(caseTransfer.id, transfer.id))
    .returning();
  // The case's pending transfer changed: its version moves, as when it was proposed.
  await ctx.db
    .update(psadCase)
    .set({ version: row.version + 1, updatedAt: now })
    .where(eq(psadCase.id, row.id));
  await ctx.db.insert(caseEvent).values({
    caseId: row.id,
    actorId: ctx.actor!.userId,
    kind: 'transfer_cancelled',
    occurredAt: now,
    data: { transferId: transfer.id },
  });
  await ctx.audit({
    action: 'case.transfer_cancel',
    subjectType: 'case_transfer',
    subjectId: transfer.id,
    details: { caseId: row.id },
  });
  return cancelled!;
}

/** Pending transfers proposed by the caller's side: from a platform they are referent of, or from an organisation they counsel in. */
export async function outgoingTransfers(ctx: RequestContext, showsCases = false) {
  const platforms = [...(await myReferentPlatforms(ctx))];
  const orgs = counsellorOrganisations(ctx);
  const from = [
    platforms.length ? inArray(caseTransfer.fromPlatformId, platforms) : undefined,
    orgs.length ? inArray(caseTransfer.fromOrganisationId, orgs) : undefined,
  ].filter((x): x is SQL => x !== undefined);
  if (from.length === 0) return [];
  const rows = await ctx.db
    .select()
    .from(caseTransfer)
    .where(and(eq(caseTransfer.status, 'PROPOSE'), or(...from)))
    .orderBy(asc(caseTransfer.proposedAt));
  if (showsCases) await recordTransfersShown(ctx, 'case.transfers_outgoing', rows);
  return rows;
}
