/**
 * The set-wise SQL of a list import and of a signal: staging the parsed rows, matching them to the
 * young people already known on the platform (docs/domain.md §2), and writing people, cases and their
 * CREATED events. Every statement runs on the whole list; the caller holds the transaction.
 *
 * Matching, the one rule for lists and signals: same INE on the platform; else the same match key
 * when the INE is missing on either side (two different INEs are two people), the earliest such
 * person first.
 */
import { sql, type SQL } from 'drizzle-orm';
import { searchKey, type CaseStatus } from '@maillage/shared';
import { copyInto, copyLine } from '../../../core/db/copy.js';
import type { Tx } from '../../../core/db/driver.js';
import type { SieiRow } from './parse.js';

/**
 * The CTEs that end with `matched`: every row of `source` (staging columns: ine, match_key, …) with
 * `known_id`, the known young person it matches or null. Hash joins only, whatever the planner
 * guesses of `source` (a CTE has no statistics):
 * - `list` (an import): the platform's people are read once and hashed, and every row of the list
 *   probes them. A 100,000-row list against a platform of 2,000 people: 0.1 s, where looking up the
 *   list's 100,000 keys one index probe at a time took 0.5 s.
 * - `few` (a signal: one row): the people sharing the rows' INE or match key, by index; reading a
 *   whole platform for one row would cost more the bigger the platform.
 */
export function matchedRowsCtes(platformId: string, source: SQL, size: 'list' | 'few'): SQL {
  const known =
    size === 'list'
      ? sql`people as materialized (
      select id, ine, match_key, created_at from young_person where platform_id = ${platformId}),
    by_key as (
      select distinct on (match_key) match_key, id from people order by match_key, created_at, id),
    by_key_without_ine as (
      select distinct on (match_key) match_key, id from people where ine is null order by match_key, created_at, id)`
      : sql`by_key as (
      select distinct on (match_key) match_key, id from young_person
      where platform_id = ${platformId} and match_key in (select match_key from src)
      order by match_key, created_at, id),
    by_key_without_ine as (
      select distinct on (match_key) match_key, id from young_person
      where platform_id = ${platformId} and ine is null and match_key in (select match_key from src)
      order by match_key, created_at, id)`;
  const byIne =
    size === 'list'
      ? sql`people i on i.ine = r.ine`
      : sql`young_person i on i.platform_id = ${platformId} and i.ine = r.ine`;
  return sql`src as (${source}),
    ${known},
    matched as materialized (
      select r.*, coalesce(i.id, case when r.ine is null then k.id else kn.id end) as known_id
      from src r
      left join ${byIne}
      left join by_key k on k.match_key = r.match_key
      left join by_key_without_ine kn on kn.match_key = r.match_key)`;
}

const STAGED_COLUMNS = [
  'import_id',
  'line',
  'ine',
  'last_name',
  'first_names',
  'birth_date',
  'sex',
  'address',
  'postal_code',
  'commune',
  'phone',
  'email',
  'last_school_uai',
  'last_formation',
  'school_exit_date',
  'highest_diploma',
  'match_key',
  'search_text',
] as const;

/** Lines of COPY text per chunk handed to the driver: bounds the text held at once. */
const COPY_CHUNK = 2000;

/** The staged rows as COPY text (new_id takes its default, uuid_v7()). */
function* stagedLines(importId: string, rows: SieiRow[]): Generator<string> {
  for (let i = 0; i < rows.length; i += COPY_CHUNK) {
    let text = '';
    for (const r of rows.slice(i, i + COPY_CHUNK)) {
      text += copyLine([
        importId,
        r.line,
        r.ine,
        r.lastName,
        r.firstNames,
        r.birthDate,
        r.sex,
        r.address,
        r.postalCode,
        r.commune,
        r.phone,
        r.email,
        r.lastSchoolUai,
        r.lastFormation,
        r.schoolExitDate,
        r.highestDiploma,
        r.matchKey,
        searchKey([r.lastName, r.firstNames, r.ine ?? ''].join(' ')),
      ]);
    }
    yield text;
  }
}

/** A staged row matched to a young person already on the platform's list, named so that the referent can check it. */
export interface MergedRow {
  line: number;
  /** INE: same INE; IDENTITY: same last name, first given name and birth date, the INE missing on either side. */
  matchedOn: 'INE' | 'IDENTITY';
  ine: string | null;
  lastName: string;
  firstNames: string;
  /** yyyy-mm-dd */
  birthDate: string;
  known: {
    youngPersonId: string;
    ine: string | null;
    lastName: string;
    firstNames: string;
    birthDate: string;
    /** The person's open case, else the latest (null when none is left on the platform). */
    caseId: string | null;
    caseStatus: CaseStatus | null;
  };
}

/** How many matched rows the preview names (the first ones in the file); `merged` counts them all. */
export const LISTED_MERGED = 50;

/**
 * Stages the accepted rows of a list (owner rights) and returns how many match a known young
 * person of the platform (the preview's `merged`) and the first LISTED_MERGED of them, named. The
 * same statement as the count: the matched rows are kept once (a few thousand at most, hashed),
 * and only the listed ones are read back from the staging rows and joined to their person.
 */
export async function stageRows(
  tx: Tx,
  importId: string,
  platformId: string,
  rows: SieiRow[],
): Promise<{ merged: number; listed: MergedRow[] }> {
  await copyInto(tx, 'siei_import_row', STAGED_COLUMNS, stagedLines(importId, rows));
  // Fresh statistics, or the planner may take 100,000 staged rows for a handful and loop over the
  // platform's people for each. Only the columns the matching reads: a third of a whole-table ANALYZE.
  await tx.execute(sql`analyze siei_import_row (import_id, ine, match_key)`);
  const result = await tx.execute<{ n: number; listed: MergedRow[] | null }>(sql`
    with ${matchedRowsCtes(platformId, sql`select line, ine, match_key from siei_import_row where import_id = ${importId}`, 'list')},
    hits as materialized (select line, ine, known_id from matched where known_id is not null),
    listed as (select * from hits order by line limit ${LISTED_MERGED})
    select (select count(*) from hits)::int as n,
      (select json_agg(json_build_object(
          'line', l.line,
          'matchedOn', case when l.ine is not null and l.ine = y.ine then 'INE' else 'IDENTITY' end,
          'ine', s.ine, 'lastName', s.last_name, 'firstNames', s.first_names, 'birthDate', s.birth_date,
          'known', json_build_object('youngPersonId', y.id, 'ine', y.ine, 'lastName', y.last_name, 'firstNames', y.first_names,
            'birthDate', y.birth_date, 'caseId', c.id, 'caseStatus', c.status)
        ) order by l.line)
        from listed l
        join siei_import_row s on s.import_id = ${importId} and s.line = l.line
        join young_person y on y.id = l.known_id
        left join lateral (
          select id, status from psad_case where young_person_id = y.id order by status = 'CLOS', episode desc limit 1
        ) c on true) as listed`);
  const row = result.rows[0];
  return { merged: row?.n ?? 0, listed: row?.listed ?? [] };
}

export interface CaseOrigin {
  source: 'SIEI' | 'SIGNAL';
  campaign: string | null;
  importId: string | null;
  signalSource: string | null;
  comment?: string | null;
}

const createdData = (origin: CaseOrigin) =>
  JSON.stringify({
    source: origin.source,
    ...(origin.campaign ? { campaign: origin.campaign } : {}),
    ...(origin.importId ? { importId: origin.importId } : {}),
    ...(origin.signalSource ? { signalSource: origin.signalSource } : {}),
    ...(origin.comment ? { comment: origin.comment } : {}),
  });

export interface ListWrite {
  /** Rows matched to a known young person. */
  merged: number;
  /** Known young people whose contact details changed. */
  updated: number;
  /** Young people written for the first time. */
  created: number;
  /** New cases (A_TRAITER) opened, new episodes included. */
  opened: number;
  /** The new cases by young person: a signal's one case (a list leaves it empty rather than carry 100,000 ids). */
  openedByPerson: Map<string, string>;
}

/**
 * Writes staged rows (`source`: a query with the staging columns, new_id included) in one
 * statement: match each row; update the contact details of the people matched (the first row of
 * each person, only the values given that differ, so the same list twice changes nothing); insert
 * the others; open a case A_TRAITER (episode = previous + 1) for each person without an open one,
 * with its CREATED event. Owner rights: the caller has checked the referent or partner policy.
 */
export async function writeRows(
  tx: Tx,
  platformId: string,
  actorId: string,
  source: SQL,
  origin: CaseOrigin,
): Promise<ListWrite> {
  const result = await tx.execute<{
    merged: number;
    updated: number;
    created: number;
    opened: number;
    cases: { id: string; yp: string }[] | null;
  }>(writeRowsStatement(platformId, actorId, source, origin));
  const row = result.rows[0]!;
  return {
    merged: row.merged,
    updated: row.updated,
    created: row.created,
    opened: row.opened,
    openedByPerson: new Map((row.cases ?? []).map((c) => [c.yp, c.id])),
  };
}

/** The one statement of writeRows. */
function writeRowsStatement(platformId: string, actorId: string, source: SQL, origin: CaseOrigin): SQL {
  const withIds = origin.source === 'SIGNAL';
  return sql`
    with ${matchedRowsCtes(platformId, source, withIds ? 'few' : 'list')},
    first_of_known as (
      select distinct on (known_id) * from matched where known_id is not null order by known_id, line
    ),
    updated as (
      update young_person y set
        address = coalesce(k.address, y.address),
        postal_code = coalesce(k.postal_code, y.postal_code),
        commune = coalesce(k.commune, y.commune),
        phone = coalesce(k.phone, y.phone),
        email = coalesce(k.email, y.email),
        version = y.version + 1,
        updated_at = now()
      from first_of_known k
      where y.id = k.known_id and (
        (k.address is not null and k.address is distinct from y.address) or
        (k.postal_code is not null and k.postal_code is distinct from y.postal_code) or
        (k.commune is not null and k.commune is distinct from y.commune) or
        (k.phone is not null and k.phone is distinct from y.phone) or
        (k.email is not null and k.email is distinct from y.email))
      returning y.id
    ),
    created as (
      insert into young_person (id, platform_id, ine, last_name, first_names, birth_date, sex, address, postal_code, commune, phone, email,
        last_school_uai, last_formation, school_exit_date, highest_diploma, match_key, search_text)
      select s.new_id, ${platformId}, s.ine, s.last_name, s.first_names, s.birth_date, s.sex, s.address, s.postal_code, s.commune, s.phone,
        s.email, s.last_school_uai, s.last_formation, s.school_exit_date, s.highest_diploma, s.match_key, s.search_text
      from matched s where s.known_id is null
      returning id
    ),
    prior as (
      select c.young_person_id, max(c.episode) as episode, bool_or(c.status <> 'CLOS') as open
      from psad_case c where c.young_person_id in (select known_id from first_of_known)
      group by c.young_person_id
    ),
    opened as (
      insert into psad_case (platform_id, young_person_id, sort_name, episode, status, source, campaign, signal_source, import_id)
      select ${platformId}, p.id, p.sort_name, coalesce(pr.episode, 0) + 1, 'A_TRAITER', ${origin.source}, ${origin.campaign}, ${origin.signalSource}, ${origin.importId}
      -- A new person's name is at hand; a known person's is looked up by the insert trigger (migration 0014).
      from (select known_id as id, null::text as sort_name from first_of_known
            union all select new_id, last_name || chr(1) || first_names from matched where known_id is null) p
      left join prior pr on pr.young_person_id = p.id
      where not coalesce(pr.open, false)
      returning id, young_person_id
    ),
    events as (
      insert into case_event (case_id, actor_id, kind, data)
      select id, ${actorId}, 'CREATED', ${createdData(origin)}::jsonb from opened
      returning 1
    )
    select
      (select count(*) from matched where known_id is not null)::int as merged,
      (select count(*) from updated)::int as updated,
      (select count(*) from created)::int as created,
      (select count(*) from events)::int as opened,
      ${withIds ? sql`(select json_agg(json_build_object('id', id, 'yp', young_person_id)) from opened)` : sql`null::json`} as cases`;
}
