import DataLoader from 'dataloader';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import {
  contractActionsFrom,
  contractReachedEditable,
  contractTextEditable,
  contractTransition,
  CPMS_CONTRACT_STATUSES,
  CPMS_EVALUATION_LEAD_DAYS,
  cpmsContracts as schemas,
  exchangeNameWarnings,
  PUPIL_IDENTITY_MESSAGES,
  type CpmsContractActionType,
  type CpmsContractParty,
  type CpmsContractStatus,
  type CpmsIndicator,
} from '@maillage/shared/cpms-contracts';
import { identity } from '@maillage/shared';
import { deny } from '../../../core/authz.js';
import type { RequestContext } from '../../../core/context.js';
import { badInput, notFound, staleVersion, uniqueViolation, AppError } from '../../../core/errors.js';
import { parseInput } from '../../../core/validation.js';
import { organisationDirectory } from '../../identity/views.js';
import { meeting } from '../../instances/tables.js';
import { cpmsContract, cpmsContractExchange, cpmsObjectivesContract, cpmsSchoolPlan } from './tables.js';
import { directedCentreIds, directsCentre, headsSchool, worksAtCentre } from './policy.js';
import { announceAtSignature } from './reminders.js';
import { brusselsDay } from './days.js';
import { inviteOrganisations } from '../../instances/meetings.service.js';

export type SchoolPlanRow = typeof cpmsSchoolPlan.$inferSelect;
export type ContractRow = typeof cpmsContract.$inferSelect;
export type ExchangeRow = typeof cpmsContractExchange.$inferSelect;
export type ObjectivesContractRow = typeof cpmsObjectivesContract.$inferSelect;
export type ConcertationRow = Pick<
  typeof meeting.$inferSelect,
  'id' | 'title' | 'startsAt' | 'endsAt' | 'place' | 'status'
>;

export { brusselsDay };

const MAX_LIST = 200;

/* ---------- evaluation due ---------- */

/** The contract's evaluation falls due at the plan's end evaluation; announced CPMS_EVALUATION_LEAD_DAYS ahead. */
export function evaluationDue(plan: Pick<SchoolPlanRow, 'endEvaluationOn'>, today: string) {
  const daysLeft = Math.round(
    (Date.parse(`${plan.endEvaluationOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000,
  );
  return { dueOn: plan.endEvaluationOn, daysLeft, announced: daysLeft >= 0 && daysLeft <= CPMS_EVALUATION_LEAD_DAYS };
}

/** Whether an indicator's target is reached: towards the target from the baseline (a target below it: a decrease). */
export function indicatorAchieved(i: Pick<CpmsIndicator, 'baseline' | 'target' | 'reached'>): boolean | null {
  if (i.reached === null || i.reached === undefined) return null;
  return i.target >= i.baseline ? i.reached >= i.target : i.reached <= i.target;
}

/* ---------- plans ---------- */

export async function listPlans(ctx: RequestContext): Promise<SchoolPlanRow[]> {
  return ctx.db
    .select()
    .from(cpmsSchoolPlan)
    .orderBy(asc(cpmsSchoolPlan.endEvaluationOn), asc(cpmsSchoolPlan.title))
    .limit(MAX_LIST);
}

export function planById(ctx: RequestContext, id: string): Promise<SchoolPlanRow | null> {
  return ctx
    .loader(
      'cpmsPlanById',
      () =>
        new DataLoader<string, SchoolPlanRow | null>(async (ids) => {
          const rows = await ctx.db
            .select()
            .from(cpmsSchoolPlan)
            .where(inArray(cpmsSchoolPlan.id, [...ids]));
          return ids.map((i) => rows.find((r) => r.id === i) ?? null);
        }),
    )
    .load(id);
}

export async function getPlan(ctx: RequestContext, id: string): Promise<SchoolPlanRow | null> {
  if (!identity.uuid.safeParse(id).success) return null;
  return planById(ctx, id);
}

const planColumns = (input: Omit<ReturnType<typeof schemas.createPlan.parse>, 'schoolId'>) => ({
  title: input.title,
  startsOn: input.startsOn,
  endsOn: input.endsOn,
  objectives: input.objectives,
  midEvaluationOn: input.midEvaluationOn,
  midEvaluationResult: input.midEvaluationResult,
  endEvaluationOn: input.endEvaluationOn,
  endEvaluationResult: input.endEvaluationResult,
});

export async function createPlan(ctx: RequestContext, raw: unknown): Promise<SchoolPlanRow> {
  const input = parseInput(schemas.createPlan, raw);
  if (!headsSchool(ctx, input.schoolId))
    deny(ctx, 'cpms_school_plan.create', 'not-school-head', { subjectType: 'organisation', subjectId: input.schoolId });
  const [row] = await ctx.db
    .insert(cpmsSchoolPlan)
    .values({ schoolId: input.schoolId, ...planColumns(input), createdBy: ctx.actor!.userId })
    .returning();
  await ctx.audit({ action: 'cpms_school_plan.create', subjectType: 'cpms_school_plan', subjectId: row!.id });
  return row!;
}

export async function updatePlan(ctx: RequestContext, raw: unknown): Promise<SchoolPlanRow> {
  const input = parseInput(schemas.updatePlan, raw);
  const seen = await getPlan(ctx, input.id);
  if (!seen) throw notFound('Plan de pilotage');
  if (!headsSchool(ctx, seen.schoolId))
    deny(ctx, 'cpms_school_plan.update', 'not-school-head', { subjectType: 'cpms_school_plan', subjectId: seen.id });
  const [row] = await ctx.db.select().from(cpmsSchoolPlan).where(eq(cpmsSchoolPlan.id, seen.id)).for('update');
  if (!row) throw notFound('Plan de pilotage');
  if (row.version !== input.version) throw staleVersion('Le plan de pilotage');
  const [updated] = await ctx.db
    .update(cpmsSchoolPlan)
    .set({ ...planColumns(input), version: row.version + 1, updatedAt: new Date() })
    .where(eq(cpmsSchoolPlan.id, row.id))
    .returning();
  await ctx.audit({ action: 'cpms_school_plan.update', subjectType: 'cpms_school_plan', subjectId: row.id });
  return updated!;
}

/** Records the plan's document (already stored, its type checked by content): the previous key, if any, to remove. */
export async function attachPlanDocument(
  ctx: RequestContext,
  planId: string,
  doc: { key: string; name: string; type: string; size: number },
): Promise<{ previousKey: string | null }> {
  const seen = await getPlan(ctx, planId);
  if (!seen) throw notFound('Plan de pilotage');
  if (!headsSchool(ctx, seen.schoolId))
    deny(ctx, 'cpms_school_plan.attach_document', 'not-school-head', {
      subjectType: 'cpms_school_plan',
      subjectId: planId,
    });
  const [row] = await ctx.db.select().from(cpmsSchoolPlan).where(eq(cpmsSchoolPlan.id, planId)).for('update');
  await ctx.db
    .update(cpmsSchoolPlan)
    .set({
      documentKey: doc.key,
      documentName: doc.name,
      documentType: doc.type,
      documentSize: doc.size,
      version: row!.version + 1,
      updatedAt: new Date(),
    })
    .where(eq(cpmsSchoolPlan.id, planId));
  await ctx.audit({
    action: 'cpms_school_plan.attach_document',
    subjectType: 'cpms_school_plan',
    subjectId: planId,
    details: { contentType: doc.type, size: doc.size },
  });
  return { previousKey: row!.documentKey };
}

/* ---------- contracts ---------- */

export async function listContracts(
  ctx: RequestContext,
  filter: { schoolId?: string | null; status?: string | null; evaluationDue?: boolean | null },
): Promise<ContractRow[]> {
  const conditions = [];
  if (filter.schoolId)
    conditions.push(eq(cpmsContract.schoolId, parseInput(identity.uuid, filter.schoolId, 'schoolId')));
  if (filter.status) {
    if (!(CPMS_CONTRACT_STATUSES as readonly string[]).includes(filter.status))
      throw badInput([{ path: 'status', message: 'statut inconnu' }]);
    conditions.push(eq(cpmsContract.status, filter.status));
  }
  if (filter.evaluationDue) {
    // Open contracts whose plan's evaluation is within the lead time (or past and not yet evaluated).
    conditions.push(
      sql`${cpmsContract.status} in ('SIGNE', 'EN_EVALUATION') and exists (select 1 from cpms_school_plan p
        where p.id = ${cpmsContract.planId} and p.end_evaluation_on <= ${brusselsDay()}::date + ${CPMS_EVALUATION_LEAD_DAYS}::int)`,
    );
  }
  return ctx.db
    .select()
    .from(cpmsContract)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(cpmsContract.updatedAt))
    .limit(MAX_LIST);
}

export function contractById(ctx: RequestContext, id: string): Promise<ContractRow | null> {
  return ctx
    .loader(
      'cpmsContractById',
      () =>
        new DataLoader<string, ContractRow | null>(async (ids) => {
          const rows = await ctx.db
            .select()
            .from(cpmsContract)
            .where(inArray(cpmsContract.id, [...ids]));
          return ids.map((i) => rows.find((r) => r.id === i) ?? null);
        }),
    )
    .load(id);
}

export async function getContract(ctx: RequestContext, id: string): Promise<ContractRow | null> {
  if (!identity.uuid.safeParse(id).success) return null;
  return contractById(ctx, id);
}

/** The contracts concluded on plans, as the caller sees them, once per request. */
export function contractsOfPlan(ctx: RequestContext, planId: string): Promise<ContractRow[]> {
  return ctx
    .loader(
      'cpmsContractsOfPlan',
      () =>
        new DataLoader<string, ContractRow[]>(async (ids) => {
          const rows = await ctx.db
            .select()
            .from(cpmsContract)
            .where(inArray(cpmsContract.planId, [...ids]));
          return ids.map((i) => rows.filter((r) => r.planId === i));
        }),
    )
    .load(planId);
}

type ContractText = ReturnType<typeof schemas.updateContract.parse>;

/** The contract supports objectives of its plan only. */
function checkObjectives(plan: SchoolPlanRow, codes: string[]) {
  const unknown = codes.findIndex((c) => !plan.objectives.some((o) => o.code === c));
  if (unknown >= 0)
    throw badInput([{ path: `input.objectiveCodes.${unknown}`, message: 'objectif absent du plan de pilotage' }]);
}

const textColumns = (input: ContractText) => ({
  objectiveCodes: input.objectiveCodes,
  actions: input.actions,
  cpmsCommitments: input.cpmsCommitments,
  schoolCommitments: input.schoolCommitments,
  informationFlows: input.informationFlows,
  // Reached values are recorded at evaluation only.
  indicators: input.indicators.map((i) => ({ ...i, reached: null })),
});

export async function createContract(ctx: RequestContext, raw: unknown): Promise<ContractRow> {
  const input = parseInput(schemas.createContract, raw);
  if (!directsCentre(ctx, input.cpmsId))
    deny(ctx, 'cpms_contract.create', 'not-cpms-director', { subjectType: 'organisation', subjectId: input.cpmsId });
  const plan = await getPlan(ctx, input.planId);
  if (!plan) throw badInput([{ path: 'input.planId', message: 'plan de pilotage inconnu' }]);
  checkObjectives(plan, input.objectiveCodes);
  try {
    const [row] = await ctx.db
      .insert(cpmsContract)
      .values({
        cpmsId: input.cpmsId,
        schoolId: plan.schoolId,
        planId: plan.id,
        ...textColumns({ ...input, id: '', version: 1 }),
        createdBy: ctx.actor!.userId,
      })
      .returning();
    await ctx.audit({ action: 'cpms_contract.create', subjectType: 'cpms_contract', subjectId: row!.id });
    return row!;
  } catch (err) {
    if (uniqueViolation(err))
      throw badInput([{ path: 'input.planId', message: 'ce centre a déjà un contrat sur ce plan' }]);
    throw err;
  }
}

/** The contract as the caller sees it, locked, at the version they last read; `allowed` says who may change it. */
async function contractForChange(
  ctx: RequestContext,
  id: string,
  version: number,
  action: string,
  allowed: (row: ContractRow) => boolean,
): Promise<ContractRow> {
  const seen = await getContract(ctx, id);
  if (!seen) throw notFound('Contrat');
  if (!allowed(seen)) deny(ctx, action, 'not-party', { subjectType: 'cpms_contract', subjectId: seen.id });
  const [row] = await ctx.db.select().from(cpmsContract).where(eq(cpmsContract.id, id)).for('update');
  if (!row) throw notFound('Contrat');
  if (row.version !== version) throw staleVersion('Le contrat');
  return row;
}

const illegal = (reason: string) => new AppError('CONFLICT', `Étape impossible : ${reason}.`, 'TRANSITION_REFUSED');

export const signedBy = (c: ContractRow): CpmsContractParty[] => [
  ...(c.cpmsSignedAt ? (['CPMS'] as const) : []),
  ...(c.schoolSignedAt ? (['ECOLE'] as const) : []),
];

export async function updateContract(ctx: RequestContext, raw: unknown): Promise<ContractRow> {
  const input = parseInput(schemas.updateContract, raw);
  const row = await contractForChange(ctx, input.id, input.version, 'cpms_contract.update', (c) =>
    directsCentre(ctx, c.cpmsId),
  );
  if (!contractTextEditable(row.status as CpmsContractStatus, signedBy(row)))
    throw illegal('le texte d’un contrat signé (ou en cours de signature) ne change plus');
  const plan = await planById(ctx, row.planId);
  checkObjectives(plan!, input.objectiveCodes);
  const [updated] = await ctx.db
    .update(cpmsContract)
    .set({ ...textColumns(input), version: row.version + 1, updatedAt: new Date() })
    .where(eq(cpmsContract.id, row.id))
    .returning();
  await ctx.audit({ action: 'cpms_contract.update', subjectType: 'cpms_contract', subjectId: row.id });
  return updated!;
}

export async function stepContract(ctx: RequestContext, raw: unknown): Promise<ContractRow> {
  const input = parseInput(schemas.contractStep, raw);
  const action = input.action as Exclude<CpmsContractActionType, 'SIGN'>;
  const row = await contractForChange(ctx, input.id, input.version, 'cpms_contract.step', (c) =>
    directsCentre(ctx, c.cpmsId),
  );
  const result = contractTransition(
    { status: row.status as CpmsContractStatus, signedBy: signedBy(row) },
    { type: action },
  );
  if (!result.ok) throw illegal(result.reason);
  const [updated] = await ctx.db
    .update(cpmsContract)
    .set({
      status: result.status,
      ...(action === 'RECORD_EVALUATION' ? { evaluatedAt: new Date() } : {}),
      version: row.version + 1,
      updatedAt: new Date(),
    })
    .where(eq(cpmsContract.id, row.id))
    .returning();
  await ctx.audit({
    action: 'cpms_contract.step',
    subjectType: 'cpms_contract',
    subjectId: row.id,
    details: { step: action, from: row.status, to: result.status },
  });
  return updated!;
}

async function displayName(ctx: RequestContext): Promise<string> {
  const { rows } = await ctx.db.execute<{ display_name: string }>(
    sql`select display_name from app_user where id = ${ctx.actor!.userId}`,
  );
  return rows[0]?.display_name ?? '—';
}

export async function signContract(ctx: RequestContext, raw: unknown): Promise<ContractRow> {
  const input = parseInput(schemas.signContract, raw);
  const row = await contractForChange(ctx, input.id, input.version, 'cpms_contract.sign', (c) =>
    input.party === 'CPMS' ? directsCentre(ctx, c.cpmsId) : headsSchool(ctx, c.schoolId),
  );
  const result = contractTransition(
    { status: row.status as CpmsContractStatus, signedBy: signedBy(row) },
    { type: 'SIGN', party: input.party },
  );
  if (!result.ok) throw illegal(result.reason);
  const now = new Date();
  const name = await displayName(ctx);
  const signature =
    input.party === 'CPMS'
      ? { cpmsSignedAt: now, cpmsSignedBy: ctx.actor!.userId, cpmsSignerName: name }
      : { schoolSignedAt: now, schoolSignedBy: ctx.actor!.userId, schoolSignerName: name };
  const [updated] = await ctx.db
    .update(cpmsContract)
    .set({ ...signature, status: result.status, version: row.version + 1, updatedAt: now })
    .where(eq(cpmsContract.id, row.id))
    .returning();
  if (result.status === 'SIGNE') {
    const plan = await planById(ctx, row.planId);
    if (plan && evaluationDue(plan, brusselsDay()).announced)
      await announceAtSignature(ctx, {
        id: row.id,
        cpms_id: row.cpmsId,
        school_id: row.schoolId,
        due_on: plan.endEvaluationOn,
      });
  }
  await ctx.audit({
    action: 'cpms_contract.sign',
    subjectType: 'cpms_contract',
    subjectId: row.id,
    details: { party: input.party, status: result.status },
  });
  return updated!;
}

export async function recordReached(ctx: RequestContext, raw: unknown): Promise<ContractRow> {
  const input = parseInput(schemas.recordReached, raw);
  const row = await contractForChange(ctx, input.id, input.version, 'cpms_contract.record_reached', (c) =>
    directsCentre(ctx, c.cpmsId),
  );
  if (!contractReachedEditable(row.status as CpmsContractStatus))
    throw illegal('les valeurs atteintes se notent pendant l’évaluation');
  if (input.reached.length !== row.indicators.length)
    throw badInput([{ path: 'input.reached', message: `${row.indicators.length} valeur(s) attendue(s)` }]);
  const [updated] = await ctx.db
    .update(cpmsContract)
    .set({
      indicators: row.indicators.map((i, n) => ({ ...i, reached: input.reached[n] ?? null })),
      version: row.version + 1,
      updatedAt: new Date(),
    })
    .where(eq(cpmsContract.id, row.id))
    .returning();
  await ctx.audit({ action: 'cpms_contract.record_reached', subjectType: 'cpms_contract', subjectId: row.id });
  return updated!;
}

/** The steps the caller may take on the contract now (its centre's director). */
export function stepsFor(ctx: RequestContext, c: ContractRow): Exclude<CpmsContractActionType, 'SIGN'>[] {
  if (!directsCentre(ctx, c.cpmsId)) return [];
  const facts = { status: c.status as CpmsContractStatus, signedBy: signedBy(c) };
  return contractActionsFrom(facts.status).filter(
    (a): a is Exclude<CpmsContractActionType, 'SIGN'> => a !== 'SIGN' && contractTransition(facts, { type: a }).ok,
  );
}

/** The party the caller may sign for now: the centre's director for the centre, the school's head for the school. */
export function canSignAs(ctx: RequestContext, c: ContractRow): CpmsContractParty | null {
  if (c.status !== 'NEGOCIE') return null;
  if (!c.cpmsSignedAt && directsCentre(ctx, c.cpmsId)) return 'CPMS';
  if (!c.schoolSignedAt && headsSchool(ctx, c.schoolId)) return 'ECOLE';
  return null;
}

export const canLogExchange = (ctx: RequestContext, c: ContractRow) =>
  worksAtCentre(ctx, c.cpmsId) || headsSchool(ctx, c.schoolId);

/* ---------- exchanges ---------- */

export function exchangesOf(ctx: RequestContext, contractId: string): Promise<ExchangeRow[]> {
  return ctx
    .loader(
      'cpmsExchanges',
      () =>
        new DataLoader<string, ExchangeRow[]>(async (ids) => {
          const rows = await ctx.db
            .select()
            .from(cpmsContractExchange)
            .where(inArray(cpmsContractExchange.contractId, [...ids]))
            .orderBy(desc(cpmsContractExchange.occurredOn), desc(cpmsContractExchange.createdAt))
            .limit(MAX_LIST * ids.length);
          return ids.map((i) => rows.filter((r) => r.contractId === i));
        }),
    )
    .load(contractId);
}

export async function logExchange(ctx: RequestContext, raw: unknown): Promise<ExchangeRow> {
  const input = parseInput(schemas.createExchange, raw);
  const contract = await getContract(ctx, input.contractId);
  if (!contract) throw badInput([{ path: 'input.contractId', message: 'contrat inconnu' }]);
  if (!canLogExchange(ctx, contract))
    deny(ctx, 'cpms_contract_exchange.create', 'not-party', { subjectType: 'cpms_contract', subjectId: contract.id });
  const names = exchangeNameWarnings(input);
  if (names.length > 0 && !input.acknowledgeNames)
    throw badInput(
      names.map((n) => ({
        path: `input.${n.field}`,
        message: `${PUPIL_IDENTITY_MESSAGES.NAME} (« ${n.match} ») — confirmez avec acknowledgeNames`,
      })),
    );
  const [row] = await ctx.db
    .insert(cpmsContractExchange)
    .values({
      contractId: contract.id,
      cpmsId: contract.cpmsId,
      schoolId: contract.schoolId,
      occurredOn: input.occurredOn,
      way: input.way,
      participants: input.participants,
      subject: input.subject,
      agreed: input.agreed,
      authorId: ctx.actor!.userId,
      authorName: await displayName(ctx),
    })
    .returning();
  await ctx.audit({
    action: 'cpms_contract_exchange.create',
    subjectType: 'cpms_contract',
    subjectId: contract.id,
    details: { way: input.way, namesAcknowledged: names.length > 0 },
  });
  return row!;
}

/* ---------- concertations (meetings of the instances module) ---------- */

export function concertationsOf(ctx: RequestContext, contractId: string): Promise<ConcertationRow[]> {
  return ctx
    .loader(
      'cpmsConcertations',
      () =>
        new DataLoader<string, (ConcertationRow & { contractId: string | null })[]>(async (ids) => {
          const rows = await ctx.db
            .select({
              id: meeting.id,
              title: meeting.title,
              startsAt: meeting.startsAt,
              endsAt: meeting.endsAt,
              place: meeting.place,
              status: meeting.status,
              contractId: meeting.cpmsContractId,
            })
            .from(meeting)
            .where(inArray(meeting.cpmsContractId, [...ids]))
            .orderBy(asc(meeting.startsAt));
          return ids.map((i) => rows.filter((r) => r.contractId === i));
        }),
    )
    .load(contractId);
}

export async function scheduleConcertation(ctx: RequestContext, raw: unknown): Promise<ConcertationRow> {
  const input = parseInput(schemas.scheduleConcertation, raw);
  const contract = await getContract(ctx, input.contractId);
  if (!contract) throw badInput([{ path: 'input.contractId', message: 'contrat inconnu' }]);
  if (!worksAtCentre(ctx, contract.cpmsId))
    deny(ctx, 'cpms_concertation.schedule', 'not-cpms-staff', { subjectType: 'cpms_contract', subjectId: contract.id });
  const { rows } = await ctx.db.execute<{ display_name: string; email: string }>(
    sql`select display_name, email from app_user where id = ${ctx.actor!.userId}`,
  );
  const id = crypto.randomUUID();
  const [row] = await ctx.db
    .insert(meeting)
    .values({
      id,
      kind: 'CONCERTATION_PROJET',
      seriesId: id,
      cpmsContractId: contract.id,
      title: input.title,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      place: input.place,
      caseAccessDays: 0,
      createdBy: ctx.actor!.userId,
      organizerName: rows[0]?.display_name ?? '—',
      organizerEmail: rows[0]?.email ?? 'ne-pas-repondre@maillage.local',
    })
    .returning();
  // The school is invited: its head gets the invitation and its calendar file.
  await inviteOrganisations(ctx, row!, [contract.schoolId]);
  await ctx.audit({
    action: 'cpms_concertation.schedule',
    subjectType: 'cpms_contract',
    subjectId: contract.id,
    details: { meetingId: id },
  });
  return row!;
}

/* ---------- objectives contracts ---------- */

export async function listObjectivesContracts(ctx: RequestContext): Promise<ObjectivesContractRow[]> {
  return ctx.db.select().from(cpmsObjectivesContract).orderBy(desc(cpmsObjectivesContract.startsOn)).limit(MAX_LIST);
}

export async function getObjectivesContract(ctx: RequestContext, id: string): Promise<ObjectivesContractRow | null> {
  if (!identity.uuid.safeParse(id).success) return null;
  const [row] = await ctx.db.select().from(cpmsObjectivesContract).where(eq(cpmsObjectivesContract.id, id));
  return row ?? null;
}

/** The school contracts it covers are the centre's own. */
async function checkCovered(ctx: RequestContext, cpmsId: string, ids: string[]) {
  if (ids.length === 0) return;
  const rows = await ctx.db
    .select({ id: cpmsContract.id })
    .from(cpmsContract)
    .where(and(inArray(cpmsContract.id, ids), eq(cpmsContract.cpmsId, cpmsId)));
  const unknown = ids.findIndex((i) => !rows.some((r) => r.id === i));
  if (unknown >= 0) throw badInput([{ path: `input.contractIds.${unknown}`, message: 'contrat inconnu de ce centre' }]);
}

export async function createObjectivesContract(ctx: RequestContext, raw: unknown): Promise<ObjectivesContractRow> {
  const input = parseInput(schemas.createObjectivesContract, raw);
  if (!directsCentre(ctx, input.cpmsId))
    deny(ctx, 'cpms_objectives_contract.create', 'not-cpms-director', {
      subjectType: 'organisation',
      subjectId: input.cpmsId,
    });
  await checkCovered(ctx, input.cpmsId, input.contractIds);
  const { cpmsId, ...fields } = input;
  const [row] = await ctx.db
    .insert(cpmsObjectivesContract)
    .values({ cpmsId, ...fields, createdBy: ctx.actor!.userId })
    .returning();
  await ctx.audit({
    action: 'cpms_objectives_contract.create',
    subjectType: 'cpms_objectives_contract',
    subjectId: row!.id,
  });
  return row!;
}

export async function updateObjectivesContract(ctx: RequestContext, raw: unknown): Promise<ObjectivesContractRow> {
  const input = parseInput(schemas.updateObjectivesContract, raw);
  const seen = await getObjectivesContract(ctx, input.id);
  if (!seen) throw notFound('Contrat d’objectifs');
  if (!directsCentre(ctx, seen.cpmsId))
    deny(ctx, 'cpms_objectives_contract.update', 'not-cpms-director', {
      subjectType: 'cpms_objectives_contract',
      subjectId: seen.id,
    });
  const [row] = await ctx.db
    .select()
    .from(cpmsObjectivesContract)
    .where(eq(cpmsObjectivesContract.id, seen.id))
    .for('update');
  if (row!.version !== input.version) throw staleVersion('Le contrat d’objectifs');
  await checkCovered(ctx, row!.cpmsId, input.contractIds);
  const { id: _id, version: _v, ...fields } = input;
  const [updated] = await ctx.db
    .update(cpmsObjectivesContract)
    .set({ ...fields, version: row!.version + 1, updatedAt: new Date() })
    .where(eq(cpmsObjectivesContract.id, row!.id))
    .returning();
  await ctx.audit({
    action: 'cpms_objectives_contract.update',
    subjectType: 'cpms_objectives_contract',
    subjectId: row!.id,
  });
  return updated!;
}

/** The centres the caller directs, with their names. */
export async function directedCentres(ctx: RequestContext): Promise<{ id: string; name: string }[]> {
  const ids = directedCentreIds(ctx);
  if (ids.length === 0) return [];
  return ctx.db
    .select({ id: organisationDirectory.id, name: organisationDirectory.name })
    .from(organisationDirectory)
    .where(inArray(organisationDirectory.id, ids))
    .orderBy(asc(organisationDirectory.name));
}

/* ---------- indicators (for the lead's /cpms/indicateurs) ---------- */

export interface ContractZoneYearStats {
  zoneId: string;
  zoneName: string;
  year: number;
  signed: number;
  evaluated: number;
  indicatorsMeasured: number;
  indicatorsReached: number;
  /** indicatorsReached / indicatorsMeasured, null when none was measured. */
  shareReached: number | null;
}

/**
 * Per zone and year: contracts signed (the year of the later signature), contracts evaluated (the year their
 * evaluation was recorded) and the share of their indicators reached. Through app_cpms_contract_stats, a
 * SECURITY DEFINER function answering counts only: every zone for a central analyst, the DCO's own zones.
 */
export async function contractStatsByZone(ctx: RequestContext, years: { from: number; to: number }) {
  const { rows } = await ctx.db.execute<{
    zone_id: string;
    zone_name: string;
    year: number;
    signed: number;
    evaluated: number;
    measured: number;
    reached: number;
  }>(sql`select * from app_cpms_contract_stats(${years.from}::int, ${years.to}::int)`);
  return rows.map((r): ContractZoneYearStats => ({
    zoneId: r.zone_id,
    zoneName: r.zone_name,
    year: Number(r.year),
    signed: Number(r.signed),
    evaluated: Number(r.evaluated),
    indicatorsMeasured: Number(r.measured),
    indicatorsReached: Number(r.reached),
    shareReached: Number(r.measured) > 0 ? Number(r.reached) / Number(r.measured) : null,
  }));
}
