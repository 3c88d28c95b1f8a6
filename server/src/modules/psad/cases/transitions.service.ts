import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import {
  psad,
  transition,
  type CaseAction,
  type CaseStatus,
  type ContactChannel,
  type ContactResult,
} from '@maillage/shared';
import { deny } from '../../../core/authz.js';
import type { RequestContext } from '../../../core/context.js';
import { getSolutionOffer } from '../../instances/catalogue.service.js';
import { notify } from '../../notifications/events.js';
import { emitWebhookEvents } from '../../webhooks/service.js';
import { AppError, notFound, staleVersion, uniqueViolation } from '../../../core/errors.js';
import { parseInput } from '../../../core/validation.js';
import { caseEvent, contactAttempt, platformPartner, psadCase } from '../tables.js';
import { psadThresholds } from '../thresholds.js';
import { isCounsellorOf, isReferentOf } from '../policy.js';
import { partnerCounsellorsOf } from './queries.service.js';

export type CaseRow = typeof psadCase.$inferSelect;

async function lockCase(ctx: RequestContext, id: string): Promise<CaseRow> {
  const [row] = await ctx.db.select().from(psadCase).where(eq(psadCase.id, id)).for('update');
  if (!row) throw notFound('Suivi');
  return row;
}

/** Referents of the platform always; counsellors of the assigned organisation when `counsellors`. */
async function authorise(ctx: RequestContext, row: CaseRow, action: string, counsellors: boolean) {
  if (await isReferentOf(ctx, row.platformId)) return;
  if (counsellors && isCounsellorOf(ctx, row.assignedOrganisationId)) return;
  deny(ctx, `case.${action}`, counsellors ? 'not-referent-or-assigned-counsellor' : 'not-referent', {
    subjectType: 'psad_case',
    subjectId: row.id,
  });
}

async function attemptsOf(ctx: RequestContext, caseId: string) {
  const rows = await ctx.db
    .select()
    .from(contactAttempt)
    .where(eq(contactAttempt.caseId, caseId))
    .orderBy(asc(contactAttempt.attemptedAt));
  return rows.map((a) => ({
    date: a.attemptedAt,
    channel: a.channel as ContactChannel,
    result: a.result as ContactResult,
  }));
}

/** Asks the machine; an illegal move is a CONFLICT with its French reason. */
async function next(ctx: RequestContext, row: CaseRow, action: CaseAction): Promise<CaseStatus> {
  const attempts = action.type === 'CLOSE' ? await attemptsOf(ctx, row.id) : [];
  const result = transition(
    { status: row.status as CaseStatus, attempts, hasSolution: row.solutionType !== null },
    action,
    psadThresholds(ctx.services.config).injoignable,
  );
  if (!result.ok) throw new AppError('CONFLICT', result.reason, 'TRANSITION_REFUSED');
  return result.status;
}

async function checkPartner(
  ctx: RequestContext,
  platformId: string,
  organisationId: string,
  counsellorId: string | null | undefined,
) {
  const [p] = await ctx.db
    .select()
    .from(platformPartner)
    .where(and(eq(platformPartner.platformId, platformId), eq(platformPartner.organisationId, organisationId)));
  if (!p)
    throw new AppError('BAD_USER_INPUT', "Cette organisation n'est pas partenaire de la plateforme.", [
      { path: 'organisationId', message: 'pas un partenaire de la plateforme' },
    ]);
  if (!counsellorId) return;
  // A referent does not see the memberships of partner organisations (RLS): the partner's active
  // counsellors, as the assignment form offers them (app_psad_partner_counsellors, migration 0017).
  const ok = (await partnerCounsellorsOf(ctx, platformId, organisationId)).some((c) => c.id === counsellorId);
  if (!ok) {
    throw new AppError('BAD_USER_INPUT', "Ce conseiller n'est pas conseiller de cette organisation.", [
      { path: 'counsellorId', message: "pas conseiller de l'organisation choisie" },
    ]);
  }
}

/**
 * Writes the timeline event, the audit event and the new state. The row is locked (FOR UPDATE) and
 * its version checked, so the update cannot lose a concurrent change. The event goes first and the
 * update returns nothing: a counsellor who closes a case no longer sees it afterwards (RLS).
 */
async function apply(
  ctx: RequestContext,
  row: CaseRow,
  status: CaseStatus,
  changes: Partial<CaseRow>,
  event: { kind: string; data?: Record<string, unknown>; privateData?: Record<string, unknown> },
): Promise<CaseRow> {
  const now = new Date();
  const data = { from: row.status, to: status, ...event.data };
  await ctx.db.insert(caseEvent).values({
    caseId: row.id,
    actorId: ctx.actor!.userId,
    kind: event.kind,
    occurredAt: now,
    data: { ...data, ...event.privateData },
  });
  await ctx.audit({ action: `case.${event.kind}`, subjectType: 'psad_case', subjectId: row.id, details: data });
  const set = { ...changes, status, version: row.version + 1, updatedAt: now };
  if (status === 'CLOS') {
    // RLS hides closed cases from counsellors, so a counsellor's closed row would fail their policy:
    // app_psad_close_case() (migration 0017) closes it for a counsellor of the assigned organisation or
    // a referent of the platform, at the version this service locked and checked.
    const { rows } = await ctx.db.execute<{ closed: boolean }>(
      sql`select app_psad_close_case(${row.id}::uuid, ${row.version}::int, ${set.closeOutcome ?? null}::text, ${set.closeComment ?? null}::text,
        ${(set.closedAt ?? now).toISOString()}::timestamptz, ${now.toISOString()}::timestamptz) as closed`,
    );
    if (!rows[0]?.closed) throw staleVersion('Le suivi');
  } else {
    await ctx.db.update(psadCase).set(set).where(eq(psadCase.id, row.id));
  }
  return { ...row, ...set };
}

async function load(ctx: RequestContext, caseId: string, version: number, action: string, counsellors: boolean) {
  const row = await lockCase(ctx, caseId);
  await authorise(ctx, row, action, counsellors);
  if (row.version !== version) throw staleVersion('Le suivi');
  return row;
}

export async function assignCases(ctx: RequestContext, raw: unknown): Promise<CaseRow[]> {
  const input = parseInput(psad.caseActions.assign, raw, '');
  if (!(await isReferentOf(ctx, input.platformId)))
    deny(ctx, 'case.assign', 'not-referent', { subjectType: 'platform', subjectId: input.platformId });
  const ids = input.cases.map((c) => c.id);
  if (new Set(ids).size !== ids.length)
    throw new AppError('BAD_USER_INPUT', 'Un suivi figure deux fois.', [{ path: 'cases', message: 'suivi en double' }]);
  await checkPartner(ctx, input.platformId, input.organisationId, input.counsellorId);
  const rows = await ctx.db
    .select()
    .from(psadCase)
    .where(and(inArray(psadCase.id, ids), eq(psadCase.platformId, input.platformId)))
    .orderBy(asc(psadCase.id))
    .for('update');
  const byId = new Map(rows.map((r) => [r.id, r]));
  const missing = input.cases.findIndex((c) => !byId.has(c.id));
  if (missing >= 0)
    throw new AppError('NOT_FOUND', 'Suivi introuvable sur cette plateforme.', [
      { path: `cases.${missing}.id`, message: 'suivi introuvable' },
    ]);
  if (input.cases.some((c) => byId.get(c.id)!.version !== c.version)) throw staleVersion('Un des suivis');
  for (const r of rows) await next(ctx, r, { type: 'ASSIGN' });
  const updated = await ctx.db
    .update(psadCase)
    .set({
      status: 'AFFECTE',
      assignedOrganisationId: input.organisationId,
      assignedCounsellorId: input.counsellorId ?? null,
      assignedAt: sql`now()`,
      version: sql`${psadCase.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(inArray(psadCase.id, ids), eq(psadCase.status, 'A_TRAITER')))
    .returning();
  if (updated.length !== ids.length) throw staleVersion('Un des suivis');
  const data = {
    from: 'A_TRAITER',
    to: 'AFFECTE',
    organisationId: input.organisationId,
    counsellorId: input.counsellorId ?? null,
    reason: input.reason,
  };
  await ctx.db
    .insert(caseEvent)
    .values(ids.map((caseId) => ({ caseId, actorId: ctx.actor!.userId, kind: 'assign', data })));
  await ctx.audit({
    action: 'case.assign',
    subjectType: 'platform',
    subjectId: input.platformId,
    details: { count: ids.length, organisationId: input.organisationId },
  });
  await notifyAssigned(ctx, input.organisationId, input.counsellorId ?? null, ids);
  return ids.map((id) => updated.find((u) => u.id === id)!);
}

/**
 * Cases handed to an organisation: the counsellor named, or else every counsellor of the organisation,
 * hears how many (one notice for the whole assignment), with a link to the case or to their list.
 */
async function notifyAssigned(
  ctx: RequestContext,
  organisationId: string,
  counsellorId: string | null,
  caseIds: string[],
): Promise<void> {
  await emitWebhookEvents(
    ctx,
    caseIds.map((id) => ({ type: 'case.assigned', id })),
  );
  return notify(ctx, {
    kind: 'CASES_ASSIGNED',
    audience: counsellorId
      ? { type: 'USERS', userIds: [counsellorId] }
      : { type: 'ORGANISATION_ROLE', organisationId, roles: ['COUNSELLOR'] },
    organisationId,
    target: caseIds.length === 1 ? { type: 'psad_case', id: caseIds[0]! } : null,
    link: caseIds.length === 1 ? `/suivis/${caseIds[0]}` : '/suivis',
    count: caseIds.length,
  });
}

export async function reassignCase(ctx: RequestContext, raw: unknown): Promise<CaseRow> {
  const input = parseInput(psad.caseActions.reassign, raw, '');
  const row = await load(ctx, input.caseId, input.version, 'reassign', false);
  await checkPartner(ctx, row.platformId, input.organisationId, input.counsellorId);
  const status = await next(ctx, row, { type: 'REASSIGN' });
  await notifyAssigned(ctx, input.organisationId, input.counsellorId ?? null, [row.id]);
  return apply(
    ctx,
    row,
    status,
    {
      assignedOrganisationId: input.organisationId,
      assignedCounsellorId: input.counsellorId ?? null,
      assignedAt: new Date(),
    },
    {
      kind: 'reassign',
      data: {
        fromOrganisationId: row.assignedOrganisationId,
        organisationId: input.organisationId,
        counsellorId: input.counsellorId ?? null,
        reason: input.reason,
      },
    },
  );
}

export async function recordContactAttempt(ctx: RequestContext, raw: unknown): Promise<CaseRow> {
  const input = parseInput(psad.caseActions.attempt, raw, '');
  const row = await load(ctx, input.caseId, input.version, 'contact_attempt', true);
  const status = await next(ctx, row, { type: 'CONTACT_ATTEMPT' });
  await ctx.db.insert(contactAttempt).values({
    caseId: row.id,
    attemptedAt: input.attemptedAt,
    channel: input.channel,
    result: input.result,
    actorId: ctx.actor!.userId,
  });
  const earlier = (a: Date | null, b: Date) => (a && a < b ? a : b);
  const later = (a: Date | null, b: Date) => (a && a > b ? a : b);
  return apply(
    ctx,
    row,
    status,
    {
      firstAttemptAt: earlier(row.firstAttemptAt, input.attemptedAt),
      lastAttemptAt: later(row.lastAttemptAt, input.attemptedAt),
      ...(input.result === 'JOINT' && !row.reachedAt ? { reachedAt: input.attemptedAt } : {}),
    },
    { kind: 'contact_attempt', data: { channel: input.channel, result: input.result } },
  );
}

export async function recordSituationCheck(ctx: RequestContext, raw: unknown): Promise<CaseRow> {
  const input = parseInput(psad.caseActions.check, raw, '');
  const row = await load(ctx, input.caseId, input.version, 'situation_check', true);
  const status = await next(ctx, row, { type: 'SITUATION_CHECK' });
  // The note may hold personal details: it goes to the timeline (read under RLS), never to the audit log.
  return apply(
    ctx,
    row,
    status,
    {},
    { kind: 'situation_check', data: { finding: input.finding }, privateData: input.note ? { note: input.note } : {} },
  );
}

export async function recordSolution(ctx: RequestContext, raw: unknown): Promise<CaseRow> {
  const input = parseInput(psad.caseActions.solution, raw, '');
  const row = await load(ctx, input.caseId, input.version, 'solution', true);
  const offer = input.offerId ? await offerFor(ctx, row, input.offerId, input.type, input.startDate) : null;
  const status = await next(ctx, row, { type: 'RECORD_SOLUTION' });
  const organisationId = input.organisationId ?? offer?.organisationId ?? null;
  return apply(
    ctx,
    row,
    status,
    {
      solutionType: input.type,
      solutionStartDate: input.startDate,
      solutionOrganisationId: organisationId,
      // A solution recorded without an offer clears the one an earlier solution named.
      solutionOfferId: offer?.id ?? null,
      solutionAt: new Date(),
    },
    {
      kind: 'solution',
      data: { type: input.type, organisationId, offerId: offer?.id ?? null },
      privateData: { startDate: input.startDate },
    },
  );
}

/**
 * The catalogue offer a solution is chosen from: one the caller sees (row-level security), of the case's
 * platform, active on the solution's start date, of the solution's type. Checked before anything is written.
 */
async function offerFor(ctx: RequestContext, row: CaseRow, offerId: string, type: string, startDate: string) {
  const offer = await getSolutionOffer(ctx, offerId);
  if (!offer || offer.platformId !== row.platformId)
    throw new AppError('BAD_USER_INPUT', 'Cette solution ne figure pas au catalogue de la plateforme du suivi.', [
      { path: 'offerId', message: 'solution inconnue du catalogue de la plateforme' },
    ]);
  if ((offer.activeFrom && offer.activeFrom > startDate) || (offer.activeUntil && offer.activeUntil < startDate))
    throw new AppError('BAD_USER_INPUT', "Cette solution du catalogue n'est pas active à la date de début.", [
      { path: 'offerId', message: 'solution inactive à la date de début' },
    ]);
  if (offer.solutionType !== type)
    throw new AppError('BAD_USER_INPUT', 'Le type de solution doit être celui de la solution choisie au catalogue.', [
      { path: 'type', message: 'doit être le type de la solution du catalogue' },
    ]);
  return offer;
}

export async function closeCase(ctx: RequestContext, raw: unknown): Promise<CaseRow> {
  const input = parseInput(psad.caseActions.close, raw, '');
  const row = await load(ctx, input.caseId, input.version, 'close', true);
  const status = await next(ctx, row, { type: 'CLOSE', outcome: input.outcome, comment: input.comment });
  await emitWebhookEvents(ctx, [{ type: 'case.closed', id: row.id }]);
  // The comment may hold personal details: timeline only, not the audit log.
  return apply(
    ctx,
    row,
    status,
    { closeOutcome: input.outcome, closeComment: input.comment, closedAt: new Date() },
    { kind: 'close', data: { outcome: input.outcome } },
  );
}

/** A closed case comes back as a new episode, A_TRAITER; the closed one and its history stay. */
export async function reopenCase(ctx: RequestContext, raw: unknown): Promise<CaseRow> {
  const input = parseInput(psad.caseActions.reopen, raw, '');
  const row = await lockCase(ctx, input.caseId);
  await authorise(ctx, row, 'reopen', false);
  await next(ctx, row, { type: 'REOPEN' });
  const [latest] = await ctx.db
    .select({ n: sql<number>`max(${psadCase.episode})::int` })
    .from(psadCase)
    .where(eq(psadCase.youngPersonId, row.youngPersonId));
  const [created] = await ctx.db
    .insert(psadCase)
    .values({
      platformId: row.platformId,
      youngPersonId: row.youngPersonId,
      episode: (latest?.n ?? row.episode) + 1,
      status: 'A_TRAITER',
      source: row.source,
      campaign: row.campaign,
      signalSource: row.signalSource,
    })
    .returning()
    .catch((err: unknown) => {
      if (uniqueViolation(err) === 'psad_case_open_key')
        throw new AppError('CONFLICT', 'Ce jeune a déjà un suivi ouvert.', 'DUPLICATE');
      throw err;
    });
  await ctx.db.insert(caseEvent).values({
    caseId: created!.id,
    actorId: ctx.actor!.userId,
    kind: 'reopen',
    data: { previousCaseId: row.id, episode: created!.episode },
  });
  await ctx.audit({
    action: 'case.reopen',
    subjectType: 'psad_case',
    subjectId: created!.id,
    details: { previousCaseId: row.id },
  });
  return created!;
}
