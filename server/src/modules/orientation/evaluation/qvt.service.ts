import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { evaluation, QVT_MIN_RESPONDENTS, uuid, type QvtQuestionKind } from '@maillage/shared';
import { deny } from '../../../core/authz.js';
import type { RequestContext } from '../../../core/context.js';
import { AppError, badInput, notFound } from '../../../core/errors.js';
import { parseInput } from '../../../core/validation.js';
import { mustBeStaff, mustDirect } from './access.js';
import { qvtCampaign, qvtQuestion, qvtRespondent } from './tables.js';

export type QvtCampaignRow = typeof qvtCampaign.$inferSelect;
export type QvtQuestionRow = Omit<typeof qvtQuestion.$inferSelect, 'kind'> & { kind: QvtQuestionKind };

export interface QvtQuestionResult {
  questionId: string;
  answers: number;
  mean: number | null;
  /** How many chose 1, 2, 3, 4, 5. */
  distribution: number[];
  comments: string[];
}

export interface QvtResultsView {
  respondents: number;
  threshold: number;
  /** Empty below the threshold (app_qvt_results returns nothing then). */
  questions: QvtQuestionResult[];
}

/** A CIO's campaigns, newest first, to its direction team and PsyEn. */
export async function campaignsOf(ctx: RequestContext, rawCioId: string): Promise<QvtCampaignRow[]> {
  const cioId = parseInput(uuid, rawCioId, 'cioId');
  await mustBeStaff(ctx, cioId, 'qvt_campaign.read');
  return ctx.db
    .select()
    .from(qvtCampaign)
    .where(eq(qvtCampaign.cioId, cioId))
    .orderBy(desc(qvtCampaign.opensOn), asc(qvtCampaign.id))
    .limit(100);
}

export async function campaign(ctx: RequestContext, id: string): Promise<QvtCampaignRow | null> {
  const [row] = await ctx.db
    .select()
    .from(qvtCampaign)
    .where(eq(qvtCampaign.id, parseInput(uuid, id, 'id')));
  return row ?? null;
}

export async function questionsOf(ctx: RequestContext, campaignIds: readonly string[]): Promise<QvtQuestionRow[]> {
  if (campaignIds.length === 0) return [];
  const rows = await ctx.db
    .select()
    .from(qvtQuestion)
    .where(inArray(qvtQuestion.campaignId, [...campaignIds]))
    .orderBy(asc(qvtQuestion.position));
  return rows as QvtQuestionRow[];
}

/** Whether the caller has answered the campaign (their own row only is visible). */
export async function hasAnswered(ctx: RequestContext, campaignId: string): Promise<boolean> {
  if (!ctx.actor) return false;
  const rows = await ctx.db
    .select({ one: sql<number>`1` })
    .from(qvtRespondent)
    .where(and(eq(qvtRespondent.campaignId, campaignId), eq(qvtRespondent.userId, ctx.actor.userId)));
  return rows.length > 0;
}

/** Whether the caller is one of the PsyEn the campaign is put to. */
export async function isRespondentOf(ctx: RequestContext, cioId: string): Promise<boolean> {
  const { rows } = await ctx.db.execute<{ ok: boolean }>(
    sql`select ${cioId}::uuid = any (app_org_ids_with_role('PSYEN')) as ok`,
  );
  return rows[0]?.ok === true;
}

/** Results through app_qvt_results: nothing below QVT_MIN_RESPONDENTS respondents, nor for a question answered by fewer. */
export async function resultsOf(ctx: RequestContext, campaignId: string): Promise<QvtResultsView> {
  const count = await ctx.db.execute<{ n: number }>(sql`select app_qvt_respondent_count(${campaignId}::uuid) as n`);
  const respondents = Number(count.rows[0]?.n ?? 0);
  const { rows } = await ctx.db.execute<{
    question_id: string;
    answers: number;
    mean: number | null;
    distribution: number[] | string;
    comments: string[] | string;
  }>(sql`select question_id, answers, mean, distribution, comments from app_qvt_results(${campaignId}::uuid)`);
  return {
    respondents,
    threshold: QVT_MIN_RESPONDENTS,
    questions: rows.map((r) => ({
      questionId: r.question_id,
      answers: Number(r.answers),
      mean: r.mean === null ? null : Number(r.mean),
      distribution: (Array.isArray(r.distribution)
        ? r.distribution
        : JSON.parse(`[${r.distribution.slice(1, -1)}]`)
      ).map(Number),
      comments: Array.isArray(r.comments) ? r.comments : [],
    })),
  };
}

export async function createCampaign(ctx: RequestContext, raw: unknown): Promise<QvtCampaignRow> {
  const input = parseInput(evaluation.createQvtCampaign, raw);
  await mustDirect(ctx, input.cioId, 'qvt_campaign.create');
  const [row] = await ctx.db
    .insert(qvtCampaign)
    .values({ cioId: input.cioId, title: input.title, opensOn: input.opensOn, closesOn: input.closesOn })
    .returning();
  await ctx.db.insert(qvtQuestion).values(
    input.questions.map((q, position) => ({
      campaignId: row!.id,
      position,
      kind: q.kind,
      label: q.label,
      lowLabel: q.kind === 'SCALE' ? q.lowLabel : null,
      highLabel: q.kind === 'SCALE' ? q.highLabel : null,
    })),
  );
  await ctx.audit({
    action: 'qvt_campaign.create',
    subjectType: 'qvt_campaign',
    subjectId: row!.id,
    details: { questions: input.questions.length },
  });
  return row!;
}

/**
 * A PsyEn's answer, anonymous: app_qvt_answer writes who answered and the answers apart, with nothing
 * linking them. The audit event names the campaign, never an answer.
 */
export async function answerCampaign(ctx: RequestContext, raw: unknown): Promise<QvtCampaignRow> {
  const input = parseInput(evaluation.answerQvtCampaign, raw);
  const row = await campaign(ctx, input.campaignId);
  if (!row) throw notFound('Questionnaire');
  const questions = await questionsOf(ctx, [row.id]);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const fields = input.answers.flatMap((a, i) => {
    const q = byId.get(a.questionId);
    if (!q) return [{ path: `input.answers.${i}.questionId`, message: "question d'un autre questionnaire" }];
    if (q.kind === 'SCALE' && a.comment) return [{ path: `input.answers.${i}.comment`, message: 'une note de 1 à 5' }];
    if (q.kind === 'COMMENT' && a.scale != null)
      return [{ path: `input.answers.${i}.scale`, message: 'un commentaire libre' }];
    return [];
  });
  if (fields.length) throw badInput(fields);
  if (!input.answers.some((a) => a.scale != null || a.comment))
    throw badInput([{ path: 'input.answers', message: 'au moins une réponse' }]);
  if (!(await isRespondentOf(ctx, row.cioId)))
    deny(ctx, 'qvt_campaign.answer', 'not-psyen-of-cio', { subjectType: 'qvt_campaign', subjectId: row.id });
  const { rows } = await ctx.db.execute<{ outcome: string }>(
    sql`select app_qvt_answer(${row.id}::uuid, ${JSON.stringify(input.answers)}::jsonb) as outcome`,
  );
  const outcome = rows[0]?.outcome;
  if (outcome === 'ALREADY_ANSWERED')
    throw new AppError('CONFLICT', 'Vous avez déjà répondu à ce questionnaire.', 'DUPLICATE');
  if (outcome === 'CLOSED')
    throw new AppError('CONFLICT', "Ce questionnaire n'est pas ouvert aujourd'hui.", 'RULE_REFUSED');
  if (outcome !== 'ANSWERED') throw notFound('Questionnaire');
  await ctx.audit({ action: 'qvt_campaign.answer', subjectType: 'qvt_campaign', subjectId: row.id });
  return row;
}
