/**
 * Reads of lists of people (a platform's worklist, a counsellor's cases, the people a social worker
 * accompanies, the duplicates of a list): each page is audited, and the distinct people a user's pages
 * show in an hour are limited (issue 15: paging the worklist read names, birth dates and addresses with
 * no trace, past the export's audit).
 *
 * One statement a page: it counts the people of the hour with the page's new ones and, within the
 * budget, records them and appends the audit event (who, which list, which filter, how many rows,
 * the ids shown, as uuid[]). Beyond the budget it writes nothing and the page is refused
 * (RATE_LIMITED, 429, until people of the last hour drop out of it), and the refusal is an administrators' alert in the audit
 * log (`read_budget.exceeded`) and a security notice to them (once an hour per user, core/request-state.ts). Counts alone (totalCount, referentCasesCount) show nobody and are free.
 */
import { sql } from 'drizzle-orm';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Role } from '@maillage/shared';
import type { AuditTarget } from './audit-target.js';
import type { RequestContext } from './context.js';
import type { Db } from './db/driver.js';
import { rawRows } from './db/raw-rows.js';
import { RateLimitedError } from './errors.js';
import type { JobDefinition } from './jobs.js';
import type { Services } from './services.js';

export interface ListRead {
  /** The list's audit action (`case.list`, `case.list_assigned`, `parcours.person_list`…). */
  action: string;
  /** The object the request named (the platform of a worklist), when it named one. */
  target?: AuditTarget | null;
  /** The filter as the caller sent it, parsed; free text is kept out (see describeFilter). */
  filter?: Record<string, unknown> | null;
  /** The kind of the records shown (an audit subject type) and their ids, in the page's order. */
  recordType: string;
  recordIds: readonly string[];
  /** The people the records show (a case shows its young person); the budget counts these. */
  personIds: readonly string[];
  /** What the list counts beside its rows (the pairs of the duplicates' list). */
  extra?: Record<string, unknown>;
}

/**
 * Free-text fields are recorded as present, never as written: a search holds names or an INE, and the
 * audit log holds no personal data (the ids shown say whom the page showed).
 */
const FREE_TEXT_FIELDS = new Set(['search']);

export function describeFilter(filter: Record<string, unknown> | null | undefined): Record<string, unknown> {
  const described: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter ?? {})) {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    described[key] = FREE_TEXT_FIELDS.has(key) ? true : value instanceof Date ? value.toISOString() : value;
  }
  return described;
}

/**
 * Whether a connection field's selection reads its nodes: `cases(first: 1) { totalCount }` shows
 * nobody (the home page's counts) and is neither audited nor counted against the budget.
 */
export function selectsNodes(info: GraphQLResolveInfo): boolean {
  return selectsField(info, 'nodes');
}

/** Whether the field's selection asks for `name` (directly or through fragments): a transfer's `case`. */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name;
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet);
      const fragment = info.fragments[selection.name.value];
      return fragment ? visit(fragment.selectionSet) : false;
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}

const pgUuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

// Named on PostgreSQL (rawRows): parsed once per pooled connection. `now()` is the transaction's, on
// the database's clock: the same hour for every API process. The hour slides: a person read 59 minutes
// ago still counts, one read 61 minutes ago no longer does (and is counted again if read again).
const RECORD_STATEMENT = `
with recent as (
  select person_id, read_at from read_budget
  where user_id = $1::uuid and read_at > now() - interval '1 hour'
), fresh as (
  select distinct person_id from unnest($2::uuid[]) as person_id
  except select person_id from recent
), verdict as (
  select (select count(distinct person_id) from recent)::int + (select count(*) from fresh)::int as total,
         (select min(read_at) from recent) as oldest
), kept as (
  insert into read_budget (user_id, read_at, person_id)
  select $1::uuid, now(), person_id from fresh where (select total from verdict) <= $3
), audited as (
  insert into audit_event (actor_id, action, subject_type, subject_id, request_id, details, record_type, record_ids)
  select $1::uuid, $4::text, $5::text, $6::text, $7::text, $8::jsonb, $9::text, $10::uuid[]
  where (select total from verdict) <= $3
)
select total, ceil(extract(epoch from coalesce(oldest, now()) + interval '1 hour' - clock_timestamp()))::int as "secondsLeft"
from verdict`;

/** The user's budget of people an hour: the largest of their roles' (READ_BUDGET_PER_HOUR). */
export function readBudgetOf(ctx: RequestContext): number {
  const budgets = ctx.services.config.READ_BUDGET_PER_HOUR;
  const roles = [...(ctx.actor?.roles ?? [])] as Role[];
  return Math.max(...roles.map((r) => budgets[r]), 1);
}

/**
 * Records a page of a list of people, or refuses it (RATE_LIMITED) when the people it would add to the
 * hour's go past the user's budget. Call it with the page's records before returning them.
 */
export async function recordListRead(ctx: RequestContext, read: ListRead): Promise<void> {
  const actor = ctx.actor;
  if (!actor) throw new Error('a list read needs a signed-in actor');
  const budget = readBudgetOf(ctx);
  const details = {
    filter: describeFilter(read.filter),
    rows: read.recordIds.length,
    ...read.extra,
  };
  const [verdict] = await rawRows<{ total: number; secondsLeft: number }>(
    ctx.db,
    RECORD_STATEMENT,
    [
      actor.userId,
      pgUuidArray(read.personIds),
      budget,
      read.action,
      read.target?.subjectType ?? null,
      read.target?.subjectId ?? null,
      ctx.requestId,
      JSON.stringify(details),
      read.recordType,
      pgUuidArray(read.recordIds),
    ],
    'list_read_record',
  );
  const total = Number(verdict?.total ?? 0);
  if (total <= budget) {
    ctx.auditCount += 1;
    return;
  }
  // When the oldest person of the hour drops out: the earliest moment the budget has room again.
  const retryAfterSeconds = Math.max(1, Number(verdict?.secondsLeft ?? 3600));
  ctx.denials.push({
    action: 'read_budget.exceeded',
    reason: 'read-budget',
    ...read.target,
    details: { list: read.action, budget, wanted: total, filter: details.filter },
    alert: {
      kind: 'SECURITY_READ_BUDGET_EXCEEDED',
      audience: { type: 'ADMINS' },
      target: { type: 'user', id: actor.userId },
      link: `/admin/utilisateurs/${actor.userId}`,
    },
  });
  throw new RateLimitedError(
    `Cette page dépasserait la limite de ${budget} personnes consultées par heure de votre profil : réessayez dans ${Math.ceil(retryAfterSeconds / 60)} min. Les administrateurs en sont avertis.`,
    retryAfterSeconds,
  );
}

/** Drops the rows older than the hour, as the owner: no budget counts them any more. */
export async function purgePastReadBudget(db: Db): Promise<number> {
  const { rows } = await db.execute<{ n: number }>(
    sql`with purged as (delete from read_budget where read_at <= now() - interval '1 hour' returning 1)
        select count(*)::int as n from purged`,
  );
  return rows[0]?.n ?? 0;
}

/** Every hour, once whatever the number of processes. */
export const readBudgetPurgeJob = (services: Services): JobDefinition<never> => ({
  name: 'read-budget-purge',
  cron: '5 * * * *',
  handler: async () => {
    await purgePastReadBudget(services.database.db);
  },
});
