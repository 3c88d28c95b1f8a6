/**
 * Merging two young-person records that turn out to be one person (docs/domain.md §2 "Repérage",
 * issue 3): the same young person must not appear twice in a platform's list; history is kept.
 *
 * Decisions:
 * - Referents of the platform only. Both records must be on that platform and visible under RLS:
 *   a record of another platform is NOT_FOUND (its existence is not disclosed).
 * - Two different non-null INEs are two people (the import's matching rule): CONFLICT.
 * - The kept record's identity wins (names, birth date). Its empty details are filled from the
 *   merged one: INE and sex field by field; the address (address, postal code, commune) and the
 *   last schooling (UAI, formation, exit date, diploma) as blocks, taken only when the kept record
 *   has none of the block, so that a street of one record never sits with the commune of the
 *   other; phone and e-mail field by field. When both have a value, the kept one's stays.
 * - Every case of the merged record moves to the kept one; attempts, events and transfers hang off
 *   the case and follow it. Episodes are renumbered 1..n in the order the cases were opened.
 * - Two open cases: the one further along (SOLUTION > EN_COURS > AFFECTE > A_TRAITER) stays open,
 *   the kept record's on a tie; the other is closed through the state machine (AUTRE, « Doublon
 *   fusionné avec un autre dossier »). Closing the case a counsellor is working on because its
 *   record had the typo would throw away the assignment and the attempts in progress.
 * - A pending transfer on any case of either record: CONFLICT (accepting a transfer to another
 *   platform moves the young person, which must not happen halfway through a merge).
 * - The merged record is deleted: nothing points at it any more, and a kept "merged" row would
 *   have to be excluded by every matching and every list. What it said stays readable: the timeline
 *   event of each moved case carries its identity (read under RLS, like the situation-check notes),
 *   and the audit event `young_person.merge` names both ids (ids only).
 * - The platform's list lock (the one of imports and signals) is taken first: a concurrent import
 *   cannot match the merged record and write to it while it goes away.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { identity, searchKey, transition, type CaseStatus } from '@maillage/shared';
import { deny } from '../../../core/authz.js';
import type { RequestContext } from '../../../core/context.js';
import type { Tx } from '../../../core/db/driver.js';
import { AppError, errorCode, staleVersion } from '../../../core/errors.js';
import { parseInput } from '../../../core/validation.js';
import { isReferentOf } from '../policy.js';
import { caseEvent, caseTransfer, psadCase, youngPerson } from '../tables.js';
import { recordListRead } from '../../../core/list-reads.js';

export type YoungPersonRow = typeof youngPerson.$inferSelect;
type CaseRow = typeof psadCase.$inferSelect;

export const MERGE_CLOSE_COMMENT = 'Doublon fusionné avec un autre dossier';

/** How far along an open case is: of two open cases, the further one stays open. */
const PROGRESS: Record<Exclude<CaseStatus, 'CLOS'>, number> = { A_TRAITER: 0, AFFECTE: 1, EN_COURS: 2, SOLUTION: 3 };

const mergeSchema = z
  .object({
    platformId: identity.uuid,
    keepId: identity.uuid,
    keepVersion: identity.version,
    mergeId: identity.uuid,
    mergeVersion: identity.version,
  })
  .refine((v) => v.keepId !== v.mergeId, { message: 'les deux dossiers sont le même', path: ['mergeId'] });

const duplicatesSchema = z.object({
  platformId: identity.uuid,
  first: z.number().int().min(1, 'au moins 1').max(100, '100 au plus').nullish(),
});

/** The advisory lock of import/import.service.ts (lockPlatformList): same key, so merges queue with imports and signals. */
async function lockPlatformList(db: Tx, platformId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`psad_list:${platformId}`}))`);
}

async function requireReferent(ctx: RequestContext, platformId: string, action: string): Promise<void> {
  if (!(await isReferentOf(ctx, platformId)))
    deny(ctx, action, 'not-referent', { subjectType: 'platform', subjectId: platformId });
}

const isBlank = (values: unknown[]) => values.every((v) => v === null || v === undefined);

/** What the kept record takes from the merged one, and the names of the fields it fills. */
export function filledFields(
  keep: YoungPersonRow,
  merged: YoungPersonRow,
): { set: Partial<YoungPersonRow>; fields: string[] } {
  const set: Partial<YoungPersonRow> = {};
  const take = <K extends keyof YoungPersonRow>(keys: K[]) => {
    for (const k of keys) if (merged[k] !== null) set[k] = merged[k];
  };
  for (const k of ['ine', 'sex', 'phone', 'email'] as const) if (keep[k] === null) take([k]);
  const address = ['address', 'postalCode', 'commune'] as const;
  if (isBlank(address.map((k) => keep[k]))) take([...address]);
  const schooling = ['lastSchoolUai', 'lastFormation', 'schoolExitDate', 'highestDiploma'] as const;
  if (isBlank(schooling.map((k) => keep[k]))) take([...schooling]);
  return { set, fields: Object.keys(set) };
}

/** The open case that stays open when both records have one. */
function survivorOf(keepOpen: CaseRow, mergeOpen: CaseRow): CaseRow {
  const rank = (c: CaseRow) => PROGRESS[c.status as Exclude<CaseStatus, 'CLOS'>] ?? 0;
  return rank(mergeOpen) > rank(keepOpen) ? mergeOpen : keepOpen;
}

export async function mergeYoungPeople(ctx: RequestContext, raw: unknown): Promise<YoungPersonRow> {
  const input = parseInput(mergeSchema, raw, '');
  await requireReferent(ctx, input.platformId, 'young_person.merge');
  await lockPlatformList(ctx.db, input.platformId);

  const people = await ctx.db
    .select()
    .from(youngPerson)
    .where(and(inArray(youngPerson.id, [input.keepId, input.mergeId]), eq(youngPerson.platformId, input.platformId)))
    .orderBy(asc(youngPerson.id))
    .for('update');
  const keep = people.find((p) => p.id === input.keepId);
  const merged = people.find((p) => p.id === input.mergeId);
  if (!keep || !merged) {
    const path = keep ? 'mergeId' : 'keepId';
    throw new AppError('NOT_FOUND', 'Dossier introuvable sur cette plateforme.', [
      { path, message: 'dossier introuvable' },
    ]);
  }
  if (keep.version !== input.keepVersion || merged.version !== input.mergeVersion)
    throw staleVersion('Un des deux dossiers');
  if (keep.ine && merged.ine && keep.ine !== merged.ine) {
    throw new AppError(
      'CONFLICT',
      'Ces deux dossiers portent des INE différents : ce sont deux jeunes distincts, ils ne peuvent pas être fusionnés.',
      'RULE_REFUSED',
    );
  }

  const cases = await ctx.db
    .select()
    .from(psadCase)
    .where(inArray(psadCase.youngPersonId, [keep.id, merged.id]))
    .orderBy(asc(psadCase.id))
    .for('update');
  const caseIds = cases.map((c) => c.id);
  if (caseIds.length > 0) {
    const pending = await ctx.db
      .select({ id: caseTransfer.id })
      .from(caseTransfer)
      .where(and(inArray(caseTransfer.caseId, caseIds), eq(caseTransfer.status, 'PROPOSE')))
      .limit(1);
    if (pending.length > 0) {
      throw new AppError(
        'CONFLICT',
        'Un transfert est en attente sur un suivi de ces dossiers : il doit être accepté, refusé ou annulé avant la fusion.',
        'RULE_REFUSED',
      );
    }
  }

  const actorId = ctx.actor!.userId;
  const now = new Date();
  const keepOpen = cases.find((c) => c.youngPersonId === keep.id && c.status !== 'CLOS');
  const mergeOpen = cases.find((c) => c.youngPersonId === merged.id && c.status !== 'CLOS');
  const moved = cases.filter((c) => c.youngPersonId === merged.id);

  // Two open cases: one is closed first (one open episode per young person, psad_case_open_key).
  let closed: CaseRow | null = null;
  let survivor: CaseRow | null = keepOpen ?? mergeOpen ?? null;
  if (keepOpen && mergeOpen) {
    survivor = survivorOf(keepOpen, mergeOpen);
    closed = survivor === keepOpen ? mergeOpen : keepOpen;
    const result = transition(
      { status: closed.status as CaseStatus, attempts: [], hasSolution: closed.solutionType !== null },
      { type: 'CLOSE', outcome: 'AUTRE', comment: MERGE_CLOSE_COMMENT },
    );
    if (!result.ok) throw new AppError('CONFLICT', result.reason, 'TRANSITION_REFUSED');
    await ctx.db
      .update(psadCase)
      .set({
        status: result.status,
        closeOutcome: 'AUTRE',
        closeComment: MERGE_CLOSE_COMMENT,
        closedAt: now,
        version: closed.version + 1,
        updatedAt: now,
      })
      .where(eq(psadCase.id, closed.id));
  }

  // Episodes 1..n in the order the cases were opened; every case touched gets a new version.
  const ordered = [...cases].sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.episode - b.episode || a.id.localeCompare(b.id),
  );
  const episodes = ordered.map((c, i) => ({ id: c.id, episode: i + 1 }));
  const touched = episodes.filter((e) => {
    const c = cases.find((x) => x.id === e.id)!;
    return c.youngPersonId === merged.id || c.episode !== e.episode;
  });
  if (touched.length > 0) {
    await ctx.db.execute(sql`
      update psad_case c set young_person_id = ${keep.id}, episode = s.episode, version = c.version + 1, updated_at = now()
      from jsonb_to_recordset(${JSON.stringify(touched)}::jsonb) as s(id uuid, episode int)
      where c.id = s.id`);
  }

  // The timeline: the closed duplicate says why it was closed, every moved case and the surviving one say what was merged.
  const duplicate = {
    lastName: merged.lastName,
    firstNames: merged.firstNames,
    birthDate: merged.birthDate,
    ine: merged.ine,
  };
  const mergeData = { keptYoungPersonId: keep.id, mergedYoungPersonId: merged.id };
  const events: (typeof caseEvent.$inferInsert)[] = [];
  if (closed) {
    events.push({
      caseId: closed.id,
      actorId,
      occurredAt: now,
      kind: 'close',
      data: {
        from: closed.status,
        to: 'CLOS',
        outcome: 'AUTRE',
        reason: MERGE_CLOSE_COMMENT,
        openCaseId: survivor!.id,
        ...mergeData,
      },
    });
  }
  for (const c of moved) {
    if (c.id === closed?.id) continue;
    const episode = episodes.find((e) => e.id === c.id)!.episode;
    events.push({
      caseId: c.id,
      actorId,
      occurredAt: now,
      kind: 'merge',
      data: { ...mergeData, previousEpisode: c.episode, episode, duplicate },
    });
  }
  if (survivor && survivor.youngPersonId === keep.id && survivor.id !== closed?.id) {
    events.push({
      caseId: survivor.id,
      actorId,
      occurredAt: now,
      kind: 'merge',
      data: { ...mergeData, ...(closed ? { closedCaseId: closed.id } : {}), duplicate },
    });
  }
  if (events.length > 0) await ctx.db.insert(caseEvent).values(events);

  // The merged record goes before the kept one takes its INE (unique per platform).
  // As the request role: row-level security decides again (migration 0005 grants DELETE).
  await ctx.db
    .delete(youngPerson)
    .where(eq(youngPerson.id, merged.id))
    .catch((err: unknown) => {
      // A case the caller cannot see (an old episode left on another platform by a transfer) still points at it.
      if (errorCode(err) === '23503')
        throw new AppError(
          'CONFLICT',
          "Ce dossier a des suivis sur une autre plateforme : il ne peut pas être fusionné d'ici.",
          'RULE_REFUSED',
        );
      throw err;
    });

  const { set, fields } = filledFields(keep, merged);
  const ine = set.ine !== undefined ? set.ine : keep.ine;
  const [updated] = await ctx.db
    .update(youngPerson)
    .set({
      ...set,
      ...(set.ine !== undefined
        ? { searchText: searchKey([keep.lastName, keep.firstNames, ine ?? ''].join(' ')) }
        : {}),
      version: keep.version + 1,
      updatedAt: now,
    })
    .where(eq(youngPerson.id, keep.id))
    .returning();

  await ctx.audit({
    action: 'young_person.merge',
    subjectType: 'young_person',
    subjectId: keep.id,
    details: {
      platformId: input.platformId,
      mergedYoungPersonId: merged.id,
      movedCaseIds: moved.map((c) => c.id),
      closedCaseId: closed?.id ?? null,
      openCaseId: survivor?.id ?? null,
      filledFields: fields,
    },
  });
  return updated!;
}

type DuplicateRow = { a: string; b: string; same_key: boolean; similarity: number };

/**
 * Pairs of the platform's records that look like one person: same birth date and names alike
 * (trigram similarity of the normalised last name and first given name, the parts of the match
 * key), never two different INEs. Best first, at most `first` (20 by default).
 */
export async function findDuplicates(ctx: RequestContext, raw: unknown) {
  const input = parseInput(duplicatesSchema, raw, '');
  await requireReferent(ctx, input.platformId, 'young_person.duplicates');
  const limit = input.first ?? 20;
  const names = (t: string) =>
    sql.raw(`(split_part(${t}.match_key, '|', 1) || ' ' || split_part(${t}.match_key, '|', 2))`);
  const result = await ctx.db.execute<DuplicateRow>(sql`
    select a.id as a, b.id as b, a.match_key = b.match_key as same_key, similarity(${names('a')}, ${names('b')})::float8 as similarity
    from young_person a
    join young_person b on b.platform_id = a.platform_id and b.birth_date = a.birth_date and b.id > a.id
    where a.platform_id = ${input.platformId}
      and (a.ine is null or b.ine is null or a.ine = b.ine)
      and (a.match_key = b.match_key or similarity(${names('a')}, ${names('b')}) >= 0.4)
    order by same_key desc, similarity desc, a.id, b.id
    limit ${limit}`);
  const ids = [...new Set(result.rows.flatMap((r) => [r.a, r.b]))];
  const people = ids.length > 0 ? await ctx.db.select().from(youngPerson).where(inArray(youngPerson.id, ids)) : [];
  const byId = new Map(people.map((p) => [p.id, p]));
  await recordListRead(ctx, {
    action: 'young_person.duplicates',
    target: { subjectType: 'platform', subjectId: input.platformId },
    recordType: 'young_person',
    recordIds: ids,
    personIds: ids,
    extra: { pairs: result.rows.length },
  });
  return result.rows.map((r) => ({
    first: byId.get(r.a)!,
    second: byId.get(r.b)!,
    reason: r.same_key ? ('SAME_MATCH_KEY' as const) : ('SIMILAR_NAME' as const),
    similarity: Math.round(Number(r.similarity) * 100) / 100,
  }));
}

/** The cases of each young person the caller sees, newest episode first (one query per request). */
export async function casesByYoungPersonIds(ctx: RequestContext, ids: readonly string[]): Promise<CaseRow[][]> {
  const rows = await ctx.db
    .select()
    .from(psadCase)
    .where(inArray(psadCase.youngPersonId, [...ids]));
  return ids.map((id) => rows.filter((r) => r.youngPersonId === id).sort((a, b) => b.episode - a.episode));
}
