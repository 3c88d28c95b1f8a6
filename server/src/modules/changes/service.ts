import { sql, type SQL } from 'drizzle-orm';
import {
  CHANGE_OBJECT_TYPES,
  CHANGES_PAGE_DEFAULT,
  changesArgs,
  readScopeOf,
  type ChangeKind,
  type ChangeObjectType,
} from '@maillage/shared/api';
import { deny } from '../../core/authz.js';
import type { RequestContext } from '../../core/context.js';
import { badInput } from '../../core/errors.js';
import { parseInput } from '../../core/validation.js';

/**
 * The change feed (issue 20, migration 0037): change_log is written by the database's own triggers and
 * numbered at commit, in commit order; its row-level security tells the request role only of the objects
 * it may read. Here: the key's scopes, the cursor (refused below the purge's horizon: purge.ts), one
 * keyset page.
 */

export interface ChangeNode {
  cursor: string;
  objectType: ChangeObjectType;
  objectId: string;
  kind: ChangeKind;
  changedAt: Date;
}

export interface ChangePage {
  nodes: ChangeNode[];
  endCursor: string;
  hasMore: boolean;
}

/** The largest bigint: no id of change_log is above it. */
const MAX_ID = 9_223_372_036_854_775_807n;
const CURSOR_PREFIX = 'chg:';

/** The opaque cursor of the position right after the change `id` ('0': the feed's start). */
export const changeCursor = (id: string | bigint): string => Buffer.from(`${CURSOR_PREFIX}${id}`).toString('base64url');

/** The id a cursor stands for; anything else is BAD_USER_INPUT on `since`. */
export function changeCursorId(cursor: string | null | undefined): bigint {
  if (cursor === null || cursor === undefined) return 0n;
  const text = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = /^chg:(0|[1-9][0-9]{0,18})$/.exec(text);
  const id = match ? BigInt(match[1]!) : -1n;
  if (id < 0n || id > MAX_ID) throw badInput([{ path: 'since', message: 'curseur invalide' }]);
  return id;
}

/**
 * The types the caller is told of: those it named (null: all), and for an API key only those whose
 * read scope the key carries. Naming a type the key may not read is refused (FORBIDDEN, recorded).
 */
function typesFor(ctx: RequestContext, named: readonly ChangeObjectType[] | null | undefined): ChangeObjectType[] {
  const wanted = named ? [...new Set(named)] : [...CHANGE_OBJECT_TYPES];
  const key = ctx.actor?.apiKey;
  if (!key) return wanted;
  if (named) {
    const refused = wanted.find((type) => !key.scopes.has(readScopeOf[type]));
    if (refused) deny(ctx, 'Query.changes', `api-key:${readScopeOf[refused]}`);
  }
  return wanted.filter((type) => key.scopes.has(readScopeOf[type]));
}

type Row = {
  horizon: string;
  purged_before: Date | string | null;
  head: string;
  id: string | null;
  object_type: ChangeObjectType;
  object_id: string;
  kind: ChangeKind;
  changed_at: Date | string;
};

const PARIS_DATE_TIME = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** A cursor into what the purge deleted (purge.ts): its client may have missed changes there. */
export const expiredCursor = (purgedBefore: Date) =>
  badInput([
    {
      path: 'since',
      message: `curseur expiré : les changements antérieurs au ${PARIS_DATE_TIME.format(purgedBefore)} (heure de Paris) ne sont plus conservés ; resynchronisez depuis un curseur vide`,
    },
  ]);

/**
 * The ways a reader is told of an entry: the branches of change_log_read (migration 0037), each a column
 * of change_log, the keys the reader holds for it and the object types it tells of. Where a column serves
 * several branches their keys are read together: row-level security still decides each row.
 */
const WAYS_OF_SEEING: readonly {
  column: string;
  keys: readonly { types: readonly ChangeObjectType[]; of: string }[];
}[] = [
  { column: 'platform_id', keys: [{ types: ['Case', 'Meeting'], of: 'app_referent_platform_ids()' }] },
  { column: 'prev_platform_id', keys: [{ types: ['Case', 'Meeting'], of: 'app_referent_platform_ids()' }] },
  {
    column: 'organisation_id',
    keys: [
      { types: ['Case'], of: "app_org_ids_with_role('COUNSELLOR')" },
      { types: ['ClasProject'], of: "app_org_ids_with_role('CLAS_HOLDER')" },
      { types: ['Meeting'], of: "app_orientation_direction_cio_ids() || app_org_ids_with_role('PSYEN')" },
    ],
  },
  { column: 'prev_organisation_id', keys: [{ types: ['Case'], of: "app_org_ids_with_role('COUNSELLOR')" }] },
  { column: 'departement_id', keys: [{ types: ['ClasProject'], of: 'app_caf_departement_ids()' }] },
  {
    column: 'object_id',
    keys: [
      { types: ['Case'], of: 'app_incoming_transfer_case_ids()' },
      { types: ['AccompaniedPerson'], of: 'app_parcours_person_ids()' },
      { types: ['Meeting'], of: 'app_meeting_ids()' },
    ],
  },
];

/**
 * A page of the entries after `after` that the reader may read, of `types`, at most `limit`, with the
 * horizon and the head (one row with a null id when the page is empty).
 *
 * Row-level security alone would combine its branches' indexes in a BitmapOr: every entry of the reader
 * after the cursor read and sorted to keep a page (50 ms a page a third into a platform of 110,000
 * changes). Here each way of seeing reads its own index from the cursor on, a page at most per key, and
 * the pages are merged: a page costs a page per key held, however long the feed after the cursor.
 * Policy and branches must agree: a branch the policy gains must be added to WAYS_OF_SEEING, or its
 * readers miss its entries (changes.test.ts compares every kind of reader with row-level security's own
 * answer).
 */
function pageStatement(after: bigint, types: readonly ChangeObjectType[], limit: number): SQL {
  const from = sql`${after.toString()}::bigint`;
  const ofTypes = sql`c.object_type = any(${sql.param([...types])}::text[])`;
  const entry = sql`c.id, c.object_type, c.object_id, c.kind, c.changed_at`;
  const branches: SQL[] = [];
  const keySets: SQL[] = [];
  for (const way of WAYS_OF_SEEING) {
    const held = way.keys.filter((k) => k.types.some((t) => types.includes(t)));
    if (held.length === 0) continue;
    const name = sql.raw(`k_${way.column}`);
    keySets.push(sql`${sql.raw(held.map((k) => `(${k.of})::uuid[]`).join(' || '))} as ${name}`);
    branches.push(sql`select p.* from f cross join lateral unnest(f.${name}) as key cross join lateral (
        select ${entry} from change_log c
         where c.${sql.raw(way.column)} = key and c.id > ${from} and ${ofTypes}
         order by c.id limit ${limit}) p`);
  }
  if (types.includes('Organisation'))
    branches.push(sql`select * from (
        select ${entry} from change_log c where c.object_type = 'Organisation' and c.id > ${from} order by c.id limit ${limit}) p`);
  // Materialized: pulled up into the join, the head was computed again for each row of the page.
  return sql`
    with f as materialized (
      select h.purged_through_id as horizon, h.purged_before, app_change_log_head() as head
             ${keySets.length > 0 ? sql`, ${sql.join(keySets, sql`, `)}` : sql``}
        from change_log_horizon h
    )
    select f.horizon::text as horizon, f.purged_before, f.head::text as head,
           p.id::text as id, p.object_type, p.object_id, p.kind, p.changed_at
      from f
      left join lateral (
        select * from (${sql.join(branches, sql` union `)}) u
         where ${from} = 0 or ${from} >= f.horizon
         order by u.id
         limit ${limit}) p on true
     order by p.id`;
}

export async function listChanges(ctx: RequestContext, raw: unknown): Promise<ChangePage> {
  const args = parseInput(changesArgs, raw, '');
  const after = changeCursorId(args.since);
  const first = args.first ?? CHANGES_PAGE_DEFAULT;
  const types = typesFor(ctx, args.types);
  const start = changeCursor(after);
  if (types.length === 0) return { nodes: [], endCursor: start, hasMore: false };
  // One statement, one snapshot: the purge's horizon (migration 0040), the feed's head and the page agree
  // whatever batch the purge commits meanwhile. A cursor below the horizon reads nothing; the empty one
  // (0) starts at the oldest change kept.
  const { rows } = await ctx.db.execute<Row>(pageStatement(after, types, first + 1));
  const meta = rows[0];
  if (meta && after > 0n && after < BigInt(meta.horizon)) throw expiredCursor(new Date(meta.purged_before!));
  const found = rows.filter((r) => r.id !== null);
  const page = found.slice(0, first);
  const nodes = page.map((r) => ({
    cursor: changeCursor(r.id!),
    objectType: r.object_type,
    objectId: r.object_id,
    kind: r.kind,
    changedAt: new Date(r.changed_at),
  }));
  const hasMore = found.length > first;
  if (hasMore) return { nodes, endCursor: nodes.at(-1)!.cursor, hasMore };
  // Nothing more for this reader up to the head of its snapshot, which holds every id below the head
  // (0037): the head is the cursor to keep, so that a reader whose objects rarely change does not keep a
  // cursor that the purge leaves behind. Never behind the cursor it was given.
  const head = meta ? BigInt(meta.head) : 0n;
  return { nodes, endCursor: changeCursor(head > after ? head : after), hasMore };
}
