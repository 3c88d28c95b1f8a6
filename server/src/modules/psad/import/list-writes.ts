/**
 * Writing a list's rows, for a list import and a signal alike: matching them to the young people
 * already known on the platform (docs/domain.md §2), updating the contact details of those matched,
 * and writing the new people, a case for each person without an open one, and the cases' CREATED
 * events. The caller holds the transaction (owner rights: it has checked the referent or partner).
 *
 * Matching, the one rule for lists and signals (matcherOf): same INE on the platform; else the same
 * match key when the INE is missing on either side (two different INEs are two people), the earliest
 * such person first.
 *
 * Rows are matched in memory and written with COPY, ids made here in the UUID v7 layout (time-ordered,
 * as uuid_v7() makes them: core/db/time-ordered-id.ts). A list of 100,000
 * rows then costs what PostgreSQL needs to write its rows (bench I1's raw floor), where staging it first
 * and writing from the staging rows in one statement cost a third more.
 */
import { sql } from 'drizzle-orm';
import { searchKey, type CaseStatus } from '@maillage/shared';
import { copyChunks, copyInto } from '../../../core/db/copy.js';
import type { Tx } from '../../../core/db/driver.js';
import { timeOrderedId } from '../../../core/db/time-ordered-id.js';
import type { SieiRow } from './parse.js';

/** What the matching reads of a row: its INE and its match key. */
type MatchedOn = Pick<SieiRow, 'ine' | 'matchKey'>;

/** The young person a row matches on the platform (its id), or null. */
type Matcher = (row: MatchedOn) => string | null;

/** `people`: the platform's young people a row may match, earliest first (created_at, then id). */
function matcherOf(people: readonly { id: string; ine: string | null; match_key: string }[]): Matcher {
  const byIne = new Map<string, string>();
  const byKey = new Map<string, string>();
  const byKeyWithoutIne = new Map<string, string>();
  for (const p of people) {
    if (p.ine !== null && !byIne.has(p.ine)) byIne.set(p.ine, p.id);
    if (!byKey.has(p.match_key)) byKey.set(p.match_key, p.id);
    if (p.ine === null && !byKeyWithoutIne.has(p.match_key)) byKeyWithoutIne.set(p.match_key, p.id);
  }
  return (row) =>
    (row.ine !== null ? (byIne.get(row.ine) ?? byKeyWithoutIne.get(row.matchKey)) : byKey.get(row.matchKey)) ?? null;
}

/**
 * The matcher of `rows` against the platform's young people as they are now. A list reads the
 * platform's people once (2,000 people: a few milliseconds); a few rows (a signal) read only those
 * sharing their INE or match key, by index, whatever the platform's size.
 */
async function platformMatcher(tx: Tx, platformId: string, rows: readonly MatchedOn[]): Promise<Matcher> {
  const few = rows.length <= FEW_ROWS;
  const sharing = few
    ? sql`and (ine = any(${sql.param(rows.flatMap((r) => (r.ine === null ? [] : [r.ine])))}::text[])
               or match_key = any(${sql.param(rows.map((r) => r.matchKey))}::text[]))`
    : sql``;
  const { rows: people } = await tx.execute<{ id: string; ine: string | null; match_key: string }>(sql`
    select id, ine, match_key from young_person where platform_id = ${platformId} ${sharing} order by created_at, id`);
  return matcherOf(people);
}

/** Up to this many rows, the matching reads only the people sharing their keys. */
const FEW_ROWS = 50;

/** A row matched to a young person already on the platform's list, named so that the referent can check it. */
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
 * What a list would merge (the preview): how many of its rows match a known young person of the
 * platform, and the first LISTED_MERGED of them, named with their person and the person's case.
 * Nothing is written.
 */
export async function previewMerges(
  tx: Tx,
  platformId: string,
  rows: readonly SieiRow[],
): Promise<{ merged: number; listed: MergedRow[] }> {
  const known = await platformMatcher(tx, platformId, rows);
  const hits: { row: SieiRow; knownId: string }[] = [];
  for (const row of rows) {
    const knownId = known(row);
    if (knownId) hits.push({ row, knownId });
  }
  const first = hits.sort((a, b) => a.row.line - b.row.line).slice(0, LISTED_MERGED);
  if (first.length === 0) return { merged: 0, listed: [] };
  const { rows: people } = await tx.execute<MergedRow['known']>(sql`
    select y.id as "youngPersonId", y.ine, y.last_name as "lastName", y.first_names as "firstNames",
           y.birth_date::text as "birthDate", c.id as "caseId", c.status as "caseStatus"
      from young_person y
      left join lateral (
        select id, status from psad_case where young_person_id = y.id order by status = 'CLOS', episode desc limit 1
      ) c on true
     where y.id = any(${sql.param(first.map((h) => h.knownId))}::uuid[])`);
  const byId = new Map(people.map((p) => [p.youngPersonId, p]));
  const listed = first.map(({ row, knownId }): MergedRow => {
    const person = byId.get(knownId)!;
    return {
      line: row.line,
      matchedOn: row.ine !== null && row.ine === person.ine ? 'INE' : 'IDENTITY',
      ine: row.ine,
      lastName: row.lastName,
      firstNames: row.firstNames,
      birthDate: row.birthDate,
      known: person,
    };
  });
  return { merged: hits.length, listed };
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
  /** The open case of the row at `index` after the write, and whether the write opened it. */
  caseOf(index: number): { caseId: string; opened: boolean };
}

const PERSON_COLUMNS = [
  'id',
  'platform_id',
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
const CASE_COLUMNS = [
  'id',
  'platform_id',
  'young_person_id',
  'sort_name',
  'episode',
  'status',
  'source',
  'campaign',
  'signal_source',
  'import_id',
] as const;
const EVENT_COLUMNS = ['id', 'case_id', 'actor_id', 'kind', 'data'] as const;

/**
 * Writes `rows` (a list's accepted rows, or a signal's one row) to the platform's list, matched against
 * its young people as they are now: updates the contact details of the people matched (the first row
 * of each person, only the values given that differ, so the same list twice changes nothing); writes
 * the others as new people; opens a case A_TRAITER (episode = previous + 1) for each person without an
 * open one, with its CREATED event. Owner rights: the caller has checked the referent or partner policy
 * and holds the platform's list lock.
 *
 * The rows are let go once the people are written (pass them without keeping them: a 100,000-row
 * list's are 60 MB of the heap, which the cases and events no longer need).
 */
export async function writeList(
  tx: Tx,
  platformId: string,
  actorId: string,
  rows: readonly SieiRow[],
  origin: CaseOrigin,
): Promise<ListWrite> {
  const count = rows.length;
  const people = await writePeople(tx, platformId, rows);
  rows = [];

  // The known people's cases: a person with an open case keeps it, the others get the next episode.
  const prior = new Map<string, { episode: number; openCase: string | null }>();
  if (people.known.length > 0) {
    const { rows: found } = await tx.execute<{ id: string; episode: number | null; open_case: string | null }>(sql`
      select y.id, max(c.episode) as episode,
             (array_agg(c.id) filter (where c.status <> 'CLOS'))[1] as open_case
        from young_person y left join psad_case c on c.young_person_id = y.id
       where y.id = any(${sql.param(people.known)}::uuid[])
       group by y.id`);
    for (const p of found) prior.set(p.id, { episode: p.episode ?? 0, openCase: p.open_case });
  }
  // The cases to open, in columns (100,000 objects would be 5 MB more while the rows are still in the heap).
  // A new person's case takes its sort name from the row; a known person's is looked up by the insert
  // trigger (migration 0014) where it is left null.
  const opened = {
    ids: [] as string[],
    people: [] as string[],
    sortNames: [] as (string | null)[],
    episodes: [] as number[],
  };
  const open = (personId: string, sortName: string | null, episode: number) => {
    opened.ids.push(timeOrderedId());
    opened.people.push(personId);
    opened.sortNames.push(sortName);
    opened.episodes.push(episode);
  };
  for (const personId of people.known) {
    const p = prior.get(personId)!;
    if (p.openCase === null) open(personId, null, p.episode + 1);
  }
  people.createdIds.forEach((personId, i) => open(personId, people.createdSortNames[i]!, 1));
  const toOpen = opened.ids.length;
  if (toOpen > 0) {
    await copyInto(
      tx,
      'psad_case',
      CASE_COLUMNS,
      copyChunks(toOpen, (i) => [
        opened.ids[i],
        platformId,
        opened.people[i],
        opened.sortNames[i],
        opened.episodes[i],
        'A_TRAITER',
        origin.source,
        origin.campaign,
        origin.signalSource,
        origin.importId,
      ]),
    );
    const data = createdData(origin);
    await copyInto(
      tx,
      'case_event',
      EVENT_COLUMNS,
      copyChunks(toOpen, (i) => [timeOrderedId(), opened.ids[i], actorId, 'CREATED', data]),
    );
  }

  let openedOf: Map<string, string> | undefined;
  return {
    merged: count - people.createdIds.length,
    updated: people.updated,
    created: people.createdIds.length,
    opened: toOpen,
    caseOf: (index) => {
      openedOf ??= new Map(opened.people.map((personId, i) => [personId, opened.ids[i]!]));
      const personId = people.personOf[index]!;
      const caseId = openedOf.get(personId);
      return caseId ? { caseId, opened: true } : { caseId: prior.get(personId)!.openCase!, opened: false };
    },
  };
}

/**
 * The people of `rows`: each row matched (the parser has merged the list's duplicates), the contact
 * details of the known ones updated, the new ones written. Returns each row's person, the known people
 * (once each, in the rows' order) and the new ones with the sort name their case takes.
 */
async function writePeople(
  tx: Tx,
  platformId: string,
  rows: readonly SieiRow[],
): Promise<{ personOf: string[]; known: string[]; createdIds: string[]; createdSortNames: string[]; updated: number }> {
  const match = await platformMatcher(tx, platformId, rows);
  const personOf: string[] = [];
  const firstOfKnown = new Map<string, SieiRow>();
  const created: SieiRow[] = [];
  const createdIds: string[] = [];
  for (const row of rows) {
    let id = match(row);
    if (id === null) {
      id = timeOrderedId();
      created.push(row);
      createdIds.push(id);
    } else if (!firstOfKnown.has(id)) firstOfKnown.set(id, row);
    personOf.push(id);
  }
  const updated = await updateContacts(tx, firstOfKnown);
  if (created.length > 0)
    await copyInto(
      tx,
      'young_person',
      PERSON_COLUMNS,
      copyChunks(created.length, (i) => {
        const r = created[i]!;
        return [
          createdIds[i],
          platformId,
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
        ];
      }),
    );
  return {
    personOf,
    known: [...firstOfKnown.keys()],
    createdIds,
    createdSortNames: created.map((r) => `${r.lastName}\u0001${r.firstNames}`),
    updated,
  };
}

/**
 * Updates the contact details of the known people from their first row: only the values the row
 * gives that differ (the same list twice changes no row). One statement; returns how many changed.
 */
async function updateContacts(tx: Tx, firstOfKnown: ReadonlyMap<string, SieiRow>): Promise<number> {
  const given = [...firstOfKnown]
    .map(([id, r]) => ({
      id,
      address: r.address,
      postal_code: r.postalCode,
      commune: r.commune,
      phone: r.phone,
      email: r.email,
    }))
    .filter((c) => [c.address, c.postal_code, c.commune, c.phone, c.email].some((v) => v !== null));
  if (given.length === 0) return 0;
  const result = await tx.execute<{ n: number }>(sql`
    with changed as (
    update young_person y set
      address = coalesce(k.address, y.address),
      postal_code = coalesce(k.postal_code, y.postal_code),
      commune = coalesce(k.commune, y.commune),
      phone = coalesce(k.phone, y.phone),
      email = coalesce(k.email, y.email),
      version = y.version + 1,
      updated_at = now()
    from json_to_recordset(${JSON.stringify(given)}::json)
      as k(id uuid, address text, postal_code text, commune text, phone text, email text)
    where y.id = k.id and (
      (k.address is not null and k.address is distinct from y.address) or
      (k.postal_code is not null and k.postal_code is distinct from y.postal_code) or
      (k.commune is not null and k.commune is distinct from y.commune) or
      (k.phone is not null and k.phone is distinct from y.phone) or
      (k.email is not null and k.email is distinct from y.email))
    returning 1)
    select count(*)::int as n from changed`);
  return result.rows[0]!.n;
}
