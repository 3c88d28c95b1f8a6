import { and, eq, sql } from 'drizzle-orm';
import {
  caseFlags,
  instances,
  type CaseStatus,
  type ContactChannel,
  type ContactResult,
  type DecideSituationInput,
} from '@maillage/shared';
import { deny } from '../../core/authz.js';
import type { RequestContext } from '../../core/context.js';
import { recordListRead } from '../../core/list-reads.js';
import { AppError, notFound, staleVersion } from '../../core/errors.js';
import { parseInput } from '../../core/validation.js';
import { isReferentOf } from '../psad/policy.js';
import { caseEvent } from '../psad/tables.js';
import { psadThresholds } from '../psad/thresholds.js';
import * as transfers from '../psad/cases/transfers.service.js';
import * as transitions from '../psad/cases/transitions.service.js';
import { meeting, meetingSituation } from './tables.js';

interface SituationSqlRow extends Record<string, unknown> {
  case_id: string;
  position: number;
  proposal: string | null;
  decision: string | null;
  decision_comment: string | null;
  decided_at: string | Date | null;
  last_name: string;
  first_names: string;
  birth_date: string;
  commune: string | null;
  status: string;
  case_version: number;
  assigned_organisation_id: string | null;
  assigned_at: string | Date | null;
  last_attempt_at: string | Date | null;
  reached_at: string | Date | null;
  convocation_date: string | null;
  solution_type: string | null;
  /** The contact attempts' facts, oldest first: what the « injoignable » flag is worked out from. */
  attempts: string | AttemptFacts;
  young_person_id: string;
}

type AttemptFacts = { at: string; channel: ContactChannel; result: ContactResult }[];

const asDate = (v: string | Date | null) => (v === null ? null : v instanceof Date ? v : new Date(v));

/** Full years between a birth date and today (Europe/Paris). */
export function ageOn(birthDate: string, today = new Date()): number {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(today);
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = day.split('-').map(Number) as [number, number, number];
  return ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
}

export type SituationView = ReturnType<typeof toView>;

function toView(ctx: RequestContext, r: SituationSqlRow) {
  const status = r.status as CaseStatus;
  const assignedAt = asDate(r.assigned_at);
  const lastAttemptAt = asDate(r.last_attempt_at);
  return {
    caseId: r.case_id,
    caseVersion: r.case_version,
    lastName: r.last_name,
    firstNames: r.first_names,
    age: ageOn(String(r.birth_date).slice(0, 10)),
    commune: r.commune,
    status,
    lastContactAt: lastAttemptAt,
    assignedOrganisationId: r.assigned_organisation_id,
    flags: caseFlags(
      {
        status,
        birthDate: String(r.birth_date).slice(0, 10),
        assignedAt,
        lastAttemptAt,
        convocationDate: r.convocation_date,
        attempts: (typeof r.attempts === 'string' ? (JSON.parse(r.attempts) as AttemptFacts) : r.attempts).map((a) => ({
          date: new Date(a.at),
          channel: a.channel,
          result: a.result,
        })),
      },
      new Date(),
      psadThresholds(ctx.services.config),
    ),
    proposal: r.proposal,
    decision: r.decision,
    decisionComment: r.decision_comment,
    decidedAt: asDate(r.decided_at),
  };
}

/**
 * A cotech's situations as the caller may see them, through app_cotech_situations (migration 0021):
 * the convening referents always, an invited partner's counsellors within their window, nobody else.
 */
export async function situationsOf(ctx: RequestContext, meetingId: string) {
  return (await situationRows(ctx, meetingId)).map((r) => toView(ctx, r));
}

/**
 * The same, as a meeting page shows them: names and ages of young people are a list of people,
 * audited and counted against the hour's budget as the worklist is.
 */
export async function shownSituationsOf(ctx: RequestContext, meetingId: string) {
  const rows = await situationRows(ctx, meetingId);
  if (rows.length > 0)
    await recordListRead(ctx, {
      action: 'meeting.situations',
      target: { subjectType: 'meeting', subjectId: meetingId },
      recordType: 'psad_case',
      recordIds: rows.map((r) => r.case_id),
      personIds: rows.map((r) => r.young_person_id),
    });
  return rows.map((r) => toView(ctx, r));
}

async function situationRows(ctx: RequestContext, meetingId: string) {
  const { rows } = await ctx.db.execute<SituationSqlRow>(sql`select * from app_cotech_situations(${meetingId}::uuid)`);
  return rows;
}

const DEFAULT_REASON = 'Décision du comité technique';

/**
 * Applies what the cotech decided about one of its situations. The convening platform's referents
 * apply any decision, through the case's own actions (state machine, partner and version checks,
 * notices); an invited partner records « à revoir » only. The case's timeline gets a
 * « cotech_decision » event naming the meeting.
 */
export async function decideSituation(ctx: RequestContext, raw: unknown) {
  const input = parseInput(instances.decideSituation, raw);
  const [m] = await ctx.db.select().from(meeting).where(eq(meeting.id, input.meetingId));
  if (!m) throw notFound('Réunion');
  const target = { subjectType: 'meeting', subjectId: m.id };
  if (m.kind !== 'COTECH' || m.status === 'ANNULEE' || !m.platformId)
    throw new AppError('CONFLICT', 'Seul un comité technique maintenu décide des situations.', 'TRANSITION_REFUSED');
  const platformId = m.platformId;
  const convener = await isReferentOf(ctx, platformId);
  if (!convener) {
    if (input.decision !== 'REVOIR') deny(ctx, 'meeting.situation_decide', 'not-convener', target);
    const { rows } = await ctx.db.execute<{ ok: boolean }>(
      sql`select app_cotech_review(${m.id}::uuid, ${input.caseId}::uuid, ${input.comment}::text) as ok`,
    );
    if (!rows[0]?.ok) deny(ctx, 'meeting.situation_decide', 'not-invited-or-window-closed', target);
  } else {
    const [situation] = await ctx.db
      .select()
      .from(meetingSituation)
      .where(and(eq(meetingSituation.meetingId, m.id), eq(meetingSituation.caseId, input.caseId)));
    if (!situation) throw notFound('Situation');
    await applyToCase(ctx, platformId, input);
    await ctx.db
      .update(meetingSituation)
      .set({
        decision: input.decision,
        decisionComment: input.comment,
        decidedBy: ctx.actor!.userId,
        decidedAt: new Date(),
      })
      .where(and(eq(meetingSituation.meetingId, m.id), eq(meetingSituation.caseId, input.caseId)));
    await ctx.db.insert(caseEvent).values({
      caseId: input.caseId,
      actorId: ctx.actor!.userId,
      kind: 'cotech_decision',
      data: { meetingId: m.id, decision: input.decision, ...(input.comment ? { comment: input.comment } : {}) },
    });
  }
  await ctx.audit({
    action: 'meeting.situation_decide',
    subjectType: 'meeting',
    subjectId: m.id,
    details: { caseId: input.caseId, decision: input.decision },
  });
  const view = (await situationsOf(ctx, m.id)).find((s) => s.caseId === input.caseId);
  if (!view) throw notFound('Situation');
  return view;
}

async function applyToCase(ctx: RequestContext, platformId: string, input: DecideSituationInput) {
  const reason = input.comment ?? DEFAULT_REASON;
  switch (input.decision) {
    case 'AFFECTER': {
      const [row] = await ctx.db
        .execute<{ status: string; version: number }>(
          sql`select status, version from psad_case where id = ${input.caseId}::uuid`,
        )
        .then((r) => r.rows);
      if (!row) throw notFound('Suivi');
      if (row.version !== input.caseVersion) throw staleVersion('Le suivi');
      if (row.status === 'A_TRAITER')
        await transitions.assignCases(ctx, {
          platformId,
          cases: [{ id: input.caseId, version: input.caseVersion }],
          organisationId: input.organisationId,
          counsellorId: input.counsellorId,
          reason,
        });
      else
        await transitions.reassignCase(ctx, {
          caseId: input.caseId,
          version: input.caseVersion,
          organisationId: input.organisationId,
          counsellorId: input.counsellorId,
          reason,
        });
      return;
    }
    case 'TRANSFERER':
      await transfers.proposeTransfer(ctx, {
        caseId: input.caseId,
        version: input.caseVersion,
        toOrganisationId: input.toPlatformId ? null : input.organisationId,
        toPlatformId: input.toPlatformId,
        reason: reason.length >= 3 ? reason : DEFAULT_REASON,
      });
      return;
    case 'CLORE':
      await transitions.closeCase(ctx, {
        caseId: input.caseId,
        version: input.caseVersion,
        outcome: input.outcome,
        comment: input.comment,
      });
      return;
    case 'REVOIR':
      return;
  }
}
