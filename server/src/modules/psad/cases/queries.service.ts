import { createHash } from 'node:crypto';
import {
  and,
  asc,
  count,
  eq,
  fillPlaceholders,
  ilike,
  inArray,
  isNull,
  lt,
  ne,
  notInArray,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { CASE_ORDERS, identity, psad, searchKey, type CaseOrder } from '@maillage/shared';
import { deny } from '../../../core/authz.js';
import type { RequestContext } from '../../../core/context.js';
import { allOf, decodeCursor, pageSizeOf, toConnection, type KeysetSpec } from '../../../core/pagination.js';
import { AppError, badInput } from '../../../core/errors.js';
import { parseInput } from '../../../core/validation.js';
import { rowFromJson } from '../../../core/db/json-row.js';
import { rawRows } from '../../../core/db/raw-rows.js';
import { loaders as identityLoaders } from '../../identity/loaders.js';
import { organisationFromJson, type OrganisationRow } from '../../identity/lookups.js';
import { organisationDirectory } from '../../identity/views.js';
import { caseTransfer, contactAttempt, platform, platformPartner, psadCase, youngPerson } from '../tables.js';
import { counsellorOrganisations, isReferentOf, myReferentPlatforms } from '../policy.js';
import { caseLoaders } from './loaders.js';
import { recordListRead, type ListRead } from '../../../core/list-reads.js';

const MAX_PAGE = 100;
/** A page jump skips at most this many cases (the largest platforms hold a few thousand). */
const MAX_OFFSET = 100_000;

const listSchema = z.object({
  filter: psad.caseFilter,
  orderBy: z.enum(CASE_ORDERS).nullish(),
  first: z.number().int().nullish(),
  after: z.string().nullish(),
  offset: z.number().int().min(0, 'un décalage positif').max(MAX_OFFSET, `au plus ${MAX_OFFSET}`).nullish(),
});

export type CaseListRow = typeof psadCase.$inferSelect & { sortKey: string };

/** A worklist's page as the services return it: totalCount counted on demand (CaseConnection.totalCount). */
export type CaseConnectionRow = Awaited<ReturnType<typeof listAssignedCases>>;
export type CaseFilter = z.output<typeof psad.caseFilter>;

/** The filter's conditions, on psad_case joined with young_person. */
export function caseConditions(filter: CaseFilter): (SQL | undefined)[] {
  if (!filter) return [];
  const key = filter.search ? searchKey(filter.search) : '';
  return [
    filter.status?.length ? inArray(psadCase.status, filter.status) : undefined,
    filter.organisationId ? eq(psadCase.assignedOrganisationId, filter.organisationId) : undefined,
    filter.campaign ? eq(psadCase.campaign, filter.campaign.toUpperCase()) : undefined,
    filter.source ? eq(psadCase.source, filter.source) : undefined,
    filter.minorWithoutSolution
      ? and(
          sql`${youngPerson.birthDate} > (now() at time zone 'Europe/Paris')::date - interval '18 years'`,
          notInArray(psadCase.status, ['SOLUTION', 'CLOS']),
        )
      : undefined,
    filter.commune ? sql`lower(${youngPerson.commune}) = lower(${filter.commune})` : undefined,
    filter.daysWithoutContact != null
      ? and(
          inArray(psadCase.status, ['AFFECTE', 'EN_COURS']),
          lt(psadCase.assignedAt, sql`now() - make_interval(days => ${filter.daysWithoutContact}::int)`),
          or(
            isNull(psadCase.lastAttemptAt),
            lt(psadCase.lastAttemptAt, sql`now() - make_interval(days => ${filter.daysWithoutContact}::int)`),
          ),
        )
      : undefined,
    key ? ilike(youngPerson.searchText, `%${key.replace(/[%_\\]/g, '')}%`) : undefined,
    // The counsellor named on assignment is the caller (app_user_id(): the request's actor, set in its transaction).
    filter.assignedToMe ? sql`${psadCase.assignedCounsellorId} = app_user_id()` : undefined,
  ];
}

/**
 * The sort key is one text column built in SQL (names, or the timestamp at full precision), then the id:
 * the keyset cursor compares exactly what the ORDER BY sorts on.
 */
function sortOf(orderBy: CaseOrder): { expr: SQL; direction: 'asc' | 'desc' } {
  switch (orderBy) {
    case 'LAST_UPDATE':
      return {
        expr: sql`to_char(${psadCase.updatedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`,
        direction: 'desc',
      };
    case 'EXIT_DATE':
      return {
        expr: sql`coalesce(to_char(${youngPerson.schoolExitDate}, 'YYYY-MM-DD'), '0000-00-00')`,
        direction: 'desc',
      };
    default:
      return { expr: sql`${youngPerson.lastName} || chr(1) || ${youngPerson.firstNames}`, direction: 'asc' };
  }
}

/** The list's order: the sort key (what the cursor holds), its direction, and the ORDER BY (key, then id). */
export function caseOrder(orderBy: CaseOrder | null | undefined) {
  const sort = sortOf(orderBy ?? 'NAME');
  const sortKey = sql<string>`(${sort.expr}) collate "C"`;
  const dir = sort.direction === 'asc' ? sql`asc` : sql`desc`;
  return { sortKey, direction: sort.direction, orderBy: [sql`${sortKey} ${dir}`, sql`${psadCase.id} ${dir}`] };
}

/** A list's input, parsed: every input error is known before the first statement. */
function prepareList(raw: unknown) {
  const input = parseInput(listSchema, raw, '');
  const limit = pageSizeOf(input.first, MAX_PAGE);
  const orderBy: CaseOrder = input.orderBy ?? 'NAME';
  const sort = caseOrder(orderBy);
  let after: { key: string; id: string } | undefined;
  if (input.after) {
    const [k, id] = decodeCursor(input.after, 2);
    if (typeof k !== 'string' || !z.uuid().safeParse(id).success)
      throw badInput([{ path: 'after', message: 'curseur invalide' }]);
    after = { key: k, id: id as string };
  }
  const offset = input.offset ?? 0;
  if (offset > 0 && after) throw badInput([{ path: 'offset', message: 'un décalage ou un curseur, pas les deux' }]);
  return { input, limit, orderBy, sort, after, offset };
}

const dialect = new PgDialect();
const P = {
  scope: sql.placeholder('scope'),
  limit: sql.placeholder('limit'),
  afterKey: sql.placeholder('afterKey'),
  afterId: sql.placeholder('afterId'),
  offset: sql.placeholder('offset'),
};

/** The attempts of the case `c` as a JSON array, oldest first (PageEntry['a']). */
const attemptsOfCase = sql`coalesce((select json_agg(json_build_object('id', a.id, 'caseId', a.case_id, 'attemptedAt', a.attempted_at,
      'channel', a.channel, 'result', a.result, 'actorId', a.actor_id, 'createdAt', a.created_at) order by a.attempted_at, a.created_at)
    from ${contactAttempt} a where a.case_id = c.id), '[]'::json)`;

/**
 * The page's statement: its ids chosen first on the sort key alone (`ids`: a top-N over the scope's
 * cases joined to their young people, or the name-order index), then only those rows read whole, with
 * their partner and attempts, as one JSON array in the page's order (one value to parse, no
 * per-column decoding).
 */
function pageOf(ids: SQL, direction: 'asc' | 'desc'): SQL {
  const dir = direction === 'asc' ? sql`asc` : sql`desc`;
  return sql`select coalesce(json_agg(json_build_object('c', row_to_json(c), 'y', row_to_json(y), 'o', row_to_json(o), 'k', page.sort_key,
      'a', ${attemptsOfCase})
    order by page.sort_key collate "C" ${dir}, page.id ${dir}), '[]'::json) as page
  from ${ids} page
  join ${psadCase} c on c.id = page.id
  join ${youngPerson} y on y.id = c.young_person_id
  left join ${organisationDirectory} o on o.id = c.assigned_organisation_id`;
}

/** Past the cursor: (sort key, id) after the cursor's, in the list's direction. */
const pastCursor = (key: SQL, id: SQL, direction: 'asc' | 'desc') =>
  sql`(${key}, ${id}) ${direction === 'asc' ? sql`>` : sql`<`} (${P.afterKey}::text collate "C", ${P.afterId}::uuid)`;

/** The cases of a scope with their young people, whose columns the filters and the name order read. */
const casesWithPeople = sql`${psadCase} inner join ${youngPerson} on ${youngPerson.id} = ${psadCase.youngPersonId}`;

/** The ids and sort keys of the cases that meet `where` (the page's keys, what its cursor holds). */
const keysOf = (sort: ReturnType<typeof caseOrder>, where: SQL) =>
  sql`select ${psadCase.id} as id, ${sort.sortKey} as sort_key from ${casesWithPeople} where ${where}`;

/** A page's size, and its offset for a page jump. */
const pageBounds = (hasOffset: boolean) => sql`limit ${P.limit}${hasOffset ? sql` offset ${P.offset}` : sql``}`;

function pageStatement(
  where: SQL,
  sort: ReturnType<typeof caseOrder>,
  hasAfter: boolean,
  hasOffset: boolean,
  guard: SQL | undefined,
): SQL {
  const after = hasAfter ? pastCursor(sort.sortKey, sql`${psadCase.id}`, sort.direction) : undefined;
  return pageOf(
    sql`(${keysOf(sort, allOf([where, after, guard])!)}
         order by ${sql.join(sort.orderBy, sql`, `)}
         ${pageBounds(hasOffset)})`,
    sort.direction,
  );
}

/**
 * A platform's worklist in name order without a filter (the referent's default view): the page's ids
 * come off the name-order index through app_case_page_by_name (migration 0014), which returns nothing
 * unless the actor is referent of the platform. The same keys and cursors as pageStatement's.
 */
const platformNamePageStatement = (hasOffset: boolean) =>
  pageOf(
    hasOffset
      ? // A page jump: the function reads the first offset + limit keys off the index (ids and keys only), the page is the last limit of them.
        sql`(select * from app_case_page_by_name(${P.scope}::uuid, null, null, (${P.limit}::int + ${P.offset}::int)) offset ${P.offset}::int)`
      : sql`app_case_page_by_name(${P.scope}::uuid, ${P.afterKey}::text, ${P.afterId}::uuid, ${P.limit}::int)`,
    'asc',
  );

/** The page's statement with the number of cases its scope and filter hold, beside it. */
const withCount = (pageSql: SQL, where: SQL): SQL =>
  sql`select (${pageSql}) as page,
    (select count(*)::int from ${casesWithPeople} where ${where}) as total`;

/**
 * A filtered page with its count, the matching cases read once: their ids and sort keys are kept
 * (`matching`), counted, and the page is the top of them after the cursor. A filter's page cannot come
 * off the name-order index (the order is the young person's name, and the filter reads the young
 * person), so pageStatement reads every matching case too: counting apart read them a second time
 * (bench Q3, a name search: twice the scan).
 */
function countedPageStatement(
  where: SQL,
  sort: ReturnType<typeof caseOrder>,
  hasAfter: boolean,
  hasOffset: boolean,
  guard: SQL | undefined,
): SQL {
  const dir = sort.direction === 'asc' ? sql`asc` : sql`desc`;
  const after = hasAfter ? sql`where ${pastCursor(sql`sort_key`, sql`id`, sort.direction)}` : sql``;
  return sql`with matching as materialized (${keysOf(sort, allOf([where, guard])!)})
    select (${pageOf(
      sql`(select m.id, m.sort_key from matching m ${after}
         order by m.sort_key ${dir}, m.id ${dir}
         ${pageBounds(hasOffset)})`,
      sort.direction,
    )}) as page,
    (select count(*)::int from matching) as total`;
}

interface CompiledPage {
  text: string;
  params: unknown[];
  /** A prepared statement's name, for the statements built once. */
  name?: string;
}
/** The page statements without a filter, built once per order, cursor and scope (their text never changes). */
const compiledPages = new Map<string, CompiledPage>();

function compilePage(key: string | null, build: () => SQL): CompiledPage {
  if (key === null) {
    // Named by its text: a filter's shape comes back, and PostgreSQL then keeps its plan (planning a
    // filtered page under row-level security costs about as much as running it).
    const q = dialect.sqlToQuery(build());
    return {
      text: q.sql,
      params: q.params,
      name: `psad_cases_${createHash('sha256').update(q.sql).digest('hex').slice(0, 32)}`,
    };
  }
  let compiled = compiledPages.get(key);
  if (!compiled) {
    const q = dialect.sqlToQuery(build());
    compiled = { text: q.sql, params: q.params, name: `psad_cases_page_${compiledPages.size}` };
    compiledPages.set(key, compiled);
  }
  return compiled;
}

/** What the page statement returns for each case (row_to_json's keys are the column names). */
interface PageEntry {
  c: Record<string, unknown>;
  y: Record<string, unknown>;
  o: Record<string, unknown> | null;
  k: string;
  a: (Omit<AttemptRow, 'attemptedAt' | 'createdAt'> & { attemptedAt: string; createdAt: string })[];
}

/**
 * One page of cases. `scope` is the page's scope on psad_case (it may read the `scope` placeholder,
 * given in `scopeValue`); `countWhere` the same scope with its value, for totalCount. `guard`, when
 * given, is a condition on the actor alone that must hold for any row to come back (the referent check
 * of a platform's worklist, run inside the page's statement); with no row, `recheck` tells an empty
 * page from a refusal. `cacheKey` names a scope whose statement text never changes (built once).
 * `nameIndex`: the scope is a platform's (`scopeValue` its id), whose name order without a filter
 * comes off the index of migration 0014.
 */
async function list(
  ctx: RequestContext,
  page: { scope: SQL; scopeValue?: unknown; countWhere: SQL; cacheKey: string | null; nameIndex?: boolean },
  prepared: ReturnType<typeof prepareList>,
  read: Pick<ListRead, 'action' | 'target'> & { shows: boolean; counts?: boolean },
  access?: { guard: SQL; recheck: () => Promise<unknown> },
) {
  const { input, limit, sort, after, offset } = prepared;
  const conditions = caseConditions(input.filter).filter((c): c is SQL => c !== undefined);
  // A keyset on (sort key, id); the cursor holds both.
  const spec: KeysetSpec<CaseListRow> = {
    columns: [psadCase.id],
    direction: sort.direction,
    key: (r) => [r.sortKey, r.id],
  };
  // One statement for the page and what its nodes show (young person, partner, attempts): the loaders
  // the resolvers use are primed with them, so a page costs the same number of statements whatever its size.
  // A query that asks for totalCount gets it from the page's statement (one round trip less).
  const counts = read.counts === true;
  const key =
    page.cacheKey !== null && conditions.length === 0
      ? `${page.cacheKey}:${prepared.orderBy}:${after ? 1 : 0}:${offset > 0 ? 1 : 0}:${counts ? 1 : 0}`
      : null;
  const byNameIndex = page.nameIndex === true && conditions.length === 0 && prepared.orderBy === 'NAME';
  const statement = compilePage(key, () => {
    const where = allOf([page.scope, ...conditions])!;
    if (counts && !byNameIndex && conditions.length > 0)
      return countedPageStatement(where, sort, after !== undefined, offset > 0, access?.guard);
    const pageSql = byNameIndex
      ? platformNamePageStatement(offset > 0)
      : pageStatement(where, sort, after !== undefined, offset > 0, access?.guard);
    return counts ? withCount(pageSql, where) : pageSql;
  });
  const values = fillPlaceholders(statement.params, {
    scope: page.scopeValue,
    limit: limit + 1,
    afterKey: after?.key ?? null,
    afterId: after?.id ?? null,
    offset,
  });
  const [result] = await rawRows<{ page: PageEntry[]; total?: number }>(ctx.db, statement.text, values, statement.name);
  const entries = result?.page ?? [];
  if (entries.length === 0 && access) await access.recheck();
  const shown = entries.slice(0, limit);
  if (read.shows)
    await recordListRead(ctx, {
      action: read.action,
      target: read.target ?? null,
      filter: { ...input.filter, orderBy: prepared.orderBy },
      recordType: 'psad_case',
      recordIds: shown.map((e) => e.c.id as string),
      personIds: shown.map((e) => e.y.id as string),
    });
  const people = caseLoaders.youngPerson(ctx);
  const attempts = caseLoaders.attempts(ctx);
  const organisations = identityLoaders.organisation(ctx);
  const nodes = entries.map((e) => {
    const node: CaseListRow = { ...rowFromJson(psadCase, e.c), sortKey: e.k };
    const person = rowFromJson(youngPerson, e.y);
    const org = e.o ? organisationFromJson(e.o) : null;
    const read: ListedWith = { youngPerson: person, attempts: e.a.map(attemptFromJson), organisation: org };
    listed.set(node, read);
    people.prime(person.id, person);
    attempts.prime(node.id, read.attempts);
    if (org) organisations.prime(org.id, org);
    return node;
  });
  // Counted only when the query asks for totalCount (GraphQL calls a function-valued field).
  const where = allOf([page.countWhere, ...conditions]);
  let total: Promise<number> | undefined = counts ? Promise.resolve(Number(result?.total ?? 0)) : undefined;
  const totalCount = () =>
    (total ??= ctx.db
      .select({ n: count() })
      .from(psadCase)
      .innerJoin(youngPerson, eq(youngPerson.id, psadCase.youngPersonId))
      .where(where)
      .then(([r]) => Number(r?.n ?? 0)));
  const connection = toConnection(nodes, limit, 0, spec);
  return { ...connection, totalCount };
}

type AttemptRow = typeof contactAttempt.$inferSelect;

/** What a listed case's node shows, read with its page (the loaders are primed with the same). */
interface ListedWith {
  youngPerson: typeof youngPerson.$inferSelect;
  attempts: AttemptRow[];
  organisation: OrganisationRow | null;
  /** Read with a case by id (getCase), not with a page. */
  platform?: typeof platform.$inferSelect | null;
}
const listed = new WeakMap<object, ListedWith>();

/**
 * For a node of a worklist page, what was read with it: its resolvers answer from it at once (no
 * promise per field and node for GraphQL to wait on), other cases go through the loaders.
 */
export const listedWith = (node: object): ListedWith | undefined => listed.get(node);

const attemptFromJson = (a: PageEntry['a'][number]): AttemptRow => ({
  ...a,
  attemptedAt: new Date(a.attemptedAt),
  createdAt: new Date(a.createdAt),
});

/** The scope of a platform's worklist: its referents only (`action` names the refusal). */
export async function platformCasesScope(ctx: RequestContext, platformId: string, action = 'case.list'): Promise<SQL> {
  if (!(await isReferentOf(ctx, platformId)))
    deny(ctx, action, 'not-referent', { subjectType: 'platform', subjectId: platformId });
  return eq(psadCase.platformId, platformId);
}

/** The scope of a counsellor's list: the cases assigned to their organisations (closed ones drop out). */
export function assignedCasesScope(
  ctx: RequestContext,
  action = 'case.list_assigned',
): { where: SQL; organisationIds: string[] } {
  const orgs = counsellorOrganisations(ctx);
  if (orgs.length === 0) deny(ctx, action, 'not-counsellor');
  return {
    where: and(inArray(psadCase.assignedOrganisationId, orgs), ne(psadCase.status, 'CLOS'))!,
    organisationIds: orgs,
  };
}

/** The worklist of a platform, for its referents. */
/** What the caller's selection asks of a worklist: its nodes (else only the page's cursors), its totalCount. */
export interface ListSelection {
  shows?: boolean;
  counts?: boolean;
}

export async function listCases(
  ctx: RequestContext,
  args: { platformId: unknown } & Record<string, unknown>,
  { shows = true, counts = false }: ListSelection = {},
) {
  const platformId = parseInput(identity.uuid, args.platformId, 'platformId');
  const { platformId: _p, ...rest } = args;
  let prepared: ReturnType<typeof prepareList>;
  try {
    prepared = prepareList(rest);
  } catch (err) {
    // A non-referent is refused before being told what is wrong with the input.
    await platformCasesScope(ctx, platformId);
    throw err;
  }
  // The referent check rides in the page's statement (no row unless the actor is referent of the
  // platform); an empty page asks again, to refuse a non-referent as platformCasesScope does.
  return list(
    ctx,
    {
      scope: eq(psadCase.platformId, P.scope),
      scopeValue: platformId,
      countWhere: eq(psadCase.platformId, platformId),
      cacheKey: 'platform',
      nameIndex: true,
    },
    prepared,
    { action: 'case.list', target: { subjectType: 'platform', subjectId: platformId }, shows, counts },
    {
      guard: sql`${P.scope}::uuid = any((select app_referent_platform_ids())::uuid[])`,
      recheck: () => platformCasesScope(ctx, platformId),
    },
  );
}

/**
 * How many cases of the platforms the actor is referent of match `filter`: one count across them (the
 * home page's), scoped as the worklist's guard is (app_referent_platform_ids(), the request's actor),
 * row-level security applying as to any read. A referent of no platform counts 0.
 */
export async function countReferentCases(ctx: RequestContext, rawFilter: unknown): Promise<number> {
  const filter = parseInput(psad.caseFilter, rawFilter, 'filter');
  const [row] = await ctx.db
    .select({ n: count() })
    .from(psadCase)
    .innerJoin(youngPerson, eq(youngPerson.id, psadCase.youngPersonId))
    .where(
      allOf([
        sql`${psadCase.platformId} = any((select app_referent_platform_ids())::uuid[])`,
        ...caseConditions(filter),
      ]),
    );
  return Number(row?.n ?? 0);
}

/** The cases assigned to the counsellor's organisations (closed ones drop out). */
export async function listAssignedCases(
  ctx: RequestContext,
  args: Record<string, unknown>,
  { shows = true, counts = false }: ListSelection = {},
) {
  const scope = assignedCasesScope(ctx).where;
  return list(ctx, { scope, countWhere: scope, cacheKey: null }, prepareList(args), {
    action: 'case.list_assigned',
    shows,
    counts,
  });
}

/** One case (a person's record): reading it is audited. */
export async function getCase(ctx: RequestContext, id: unknown) {
  const caseId = parseInput(identity.uuid, id, 'id');
  const [result] = await rawRows<{ entry: CaseEntry | null }>(ctx.db, caseStatement.sql, [caseId], 'psad_case_by_id');
  const entry = result?.entry;
  if (!entry) return null;
  const row = rowFromJson(psadCase, entry.c);
  await ctx.audit({ action: 'case.read', subjectType: 'psad_case', subjectId: row.id });
  // Row-level security applies to the joined rows as to the loaders' reads: one hidden (null) is asked
  // of its loader again, which finds it hidden too.
  const person = entry.y ? rowFromJson(youngPerson, entry.y) : null;
  if (person) {
    const org = entry.o ? organisationFromJson(entry.o) : null;
    const place = entry.p ? rowFromJson(platform, entry.p) : null;
    const read: ListedWith = { youngPerson: person, attempts: entry.a.map(attemptFromJson), organisation: org };
    if (place) read.platform = place;
    listed.set(row, read);
    caseLoaders.youngPerson(ctx).prime(person.id, person);
    caseLoaders.attempts(ctx).prime(row.id, read.attempts);
    if (org) identityLoaders.organisation(ctx).prime(org.id, org);
    if (place) caseLoaders.platform(ctx).prime(place.id, place);
  }
  return row;
}

/** A case by id with what its page shows (young person, partner, platform, attempts): one statement. */
type CaseEntry = Omit<PageEntry, 'k'> & { p: Record<string, unknown> | null };
const caseStatement = dialect.sqlToQuery(
  sql`select json_build_object('c', row_to_json(c), 'y', row_to_json(y), 'o', row_to_json(o), 'p', row_to_json(p), 'a', ${attemptsOfCase}) as entry
    from ${psadCase} c
    left join ${youngPerson} y on y.id = c.young_person_id
    left join ${organisationDirectory} o on o.id = c.assigned_organisation_id
    left join ${platform} p on p.id = c.platform_id
   where c.id = $1::uuid`,
);

/**
 * A list of transfers that shows their cases shows young people: audited and counted against the
 * hour's budget as any list of people (only the cases row-level security lets the caller see).
 */
export async function recordTransfersShown(
  ctx: RequestContext,
  action: 'case.transfers_incoming' | 'case.transfers_outgoing',
  rows: readonly { caseId: string }[],
): Promise<void> {
  const caseIds = rows.map((r) => r.caseId);
  const shown =
    caseIds.length === 0
      ? []
      : await ctx.db
          .select({ id: psadCase.id, personId: psadCase.youngPersonId })
          .from(psadCase)
          .where(inArray(psadCase.id, caseIds));
  await recordListRead(ctx, {
    action,
    recordType: 'psad_case',
    recordIds: shown.map((c) => c.id),
    personIds: shown.map((c) => c.personId),
  });
}

/** Pending transfers addressed to the caller: to a platform they are referent of, or to an organisation they counsel in. */
export async function incomingTransfers(ctx: RequestContext, showsCases = false) {
  const platforms = [...(await myReferentPlatforms(ctx))];
  const orgs = counsellorOrganisations(ctx);
  const to = [
    platforms.length ? inArray(caseTransfer.toPlatformId, platforms) : undefined,
    orgs.length ? inArray(caseTransfer.toOrganisationId, orgs) : undefined,
  ].filter((x): x is SQL => x !== undefined);
  if (to.length === 0) return [];
  const rows = await ctx.db
    .select()
    .from(caseTransfer)
    .where(and(eq(caseTransfer.status, 'PROPOSE'), or(...to)))
    .orderBy(asc(caseTransfer.proposedAt));
  if (showsCases) await recordTransfersShown(ctx, 'case.transfers_incoming', rows);
  return rows;
}

const partnerCounsellorsSchema = z.object({ platformId: identity.uuid, organisationId: identity.uuid });

/**
 * The counsellors a referent may name when assigning a case to a partner: active users holding
 * COUNSELLOR in that partner organisation, names only. RLS hides other organisations' users and
 * memberships from referents: app_psad_partner_counsellors() (migration 0017) answers a referent of the
 * platform, for one of its partners, and nobody else.
 */
export async function partnerCounsellors(
  ctx: RequestContext,
  raw: unknown,
): Promise<{ id: string; displayName: string }[]> {
  const input = parseInput(partnerCounsellorsSchema, raw, '');
  if (!(await isReferentOf(ctx, input.platformId)))
    deny(ctx, 'case.partner_counsellors', 'not-referent', { subjectType: 'platform', subjectId: input.platformId });
  const [partner] = await ctx.db
    .select({ id: platformPartner.organisationId })
    .from(platformPartner)
    .where(
      and(eq(platformPartner.platformId, input.platformId), eq(platformPartner.organisationId, input.organisationId)),
    );
  if (!partner) {
    throw new AppError('BAD_USER_INPUT', "Cette organisation n'est pas partenaire de la plateforme.", [
      { path: 'organisationId', message: 'pas un partenaire de la plateforme' },
    ]);
  }
  return partnerCounsellorsOf(ctx, input.platformId, input.organisationId);
}

/** The active counsellors of a partner organisation, by name, for a referent of the platform (empty for anyone else). */
export async function partnerCounsellorsOf(
  ctx: RequestContext,
  platformId: string,
  organisationId: string,
): Promise<{ id: string; displayName: string }[]> {
  const { rows } = await ctx.db.execute<{ id: string; display_name: string }>(
    sql`select id, display_name from app_psad_partner_counsellors(${platformId}::uuid, ${organisationId}::uuid)`,
  );
  return rows.map((r) => ({ id: r.id, displayName: r.display_name }));
}
