import { randomUUID } from 'node:crypto';
import { and, asc, eq, exists, ilike, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { identity, parcoursSchemas, searchKey } from '@maillage/shared';
import { deny } from '../../core/authz.js';
import type { RequestContext } from '../../core/context.js';
import { badInput, staleVersion } from '../../core/errors.js';
import { allOf, decodeCursor, encodeCursor, pageSizeOf, type Connection } from '../../core/pagination.js';
import { parseInput } from '../../core/validation.js';
import { recordListRead } from '../../core/list-reads.js';
import { activeOrganisations } from '../identity/lookups.js';
import { activeEntrySql, lockPerson, socialWorkerOrganisations, type PersonRow } from './policy.js';
import { withIsoStrings } from './input.js';
import { forgetParcours } from './loaders.js';
import { accompaniedPerson, accompanimentMember } from './tables.js';

const MAX_PAGE = 100;

export const PERSON_AUDIT = {
  read: 'parcours.person_read',
  create: 'parcours.person_create',
  update: 'parcours.person_update',
} as const;

const mission = z.string().trim().min(1, 'mission manquante').max(300, '300 caractères au plus');
const createSchema = z.object({ person: parcoursSchemas.personInput, organisationId: identity.uuid, mission });

type PersonInput = z.output<typeof parcoursSchemas.personInput>;

const personValues = (p: PersonInput) => ({
  lastName: p.lastName,
  firstNames: p.firstNames,
  searchText: searchKey(`${p.lastName} ${p.firstNames}`),
  birthDate: p.birthDate,
  phone: p.phone,
  email: p.email,
  address: p.address,
  domiciled: p.domiciled,
  domiciliationOrganisationId: p.domiciliationOrganisationId,
});

/** The domiciliation is given by an organisation of the directory, still active. */
async function checkDomiciliation(ctx: RequestContext, organisationId: string | null): Promise<void> {
  if (!organisationId) return;
  if (!(await activeOrganisations(ctx.db, [organisationId])).has(organisationId)) {
    throw badInput([
      { path: 'person.domiciliationOrganisationId', message: 'structure de domiciliation inconnue ou inactive' },
    ]);
  }
}

/**
 * The PAs whose list the caller is on today, stated again over row-level security (which says the same
 * through app_parcours_person_ids()): a bug in either still shows no one else.
 */
export const listedScope = (ctx: RequestContext): SQL =>
  exists(
    ctx.db
      .select({ one: sql`1` })
      .from(accompanimentMember)
      .where(
        and(
          eq(accompanimentMember.personId, accompaniedPerson.id),
          eq(accompanimentMember.userId, ctx.actor!.userId),
          activeEntrySql(),
        ),
      ),
  );

/**
 * Creates a PA and the first entry of its list, the caller, in one transaction. The person is on nobody's
 * list until that entry exists, so row-level security lets the caller insert the person but not the entry:
 * app_parcours_first_member() (migration 0017) writes it, the caller from today, for a person the caller
 * has just created and a social worker of that organisation only.
 */
export async function createPerson(ctx: RequestContext, raw: unknown): Promise<PersonRow> {
  const { person, organisationId, mission: missionText } = parseInput(createSchema, withIsoStrings(raw), '');
  if (!socialWorkerOrganisations(ctx).includes(organisationId))
    deny(ctx, PERSON_AUDIT.create, 'not-social-worker-of-organisation', {
      subjectType: 'organisation',
      subjectId: organisationId,
    });
  await checkDomiciliation(ctx, person.domiciliationOrganisationId);
  const userId = ctx.actor!.userId;
  const id = randomUUID();
  const memberId = randomUUID();
  // No RETURNING: the new row is not yet visible to the caller (its list is empty).
  await ctx.db.insert(accompaniedPerson).values({ id, ...personValues(person), createdBy: userId });
  const { rows } = await ctx.db.execute<{ ok: boolean }>(
    sql`select app_parcours_first_member(${memberId}::uuid, ${id}::uuid, ${organisationId}::uuid, ${missionText}::text) as ok`,
  );
  if (!rows[0]?.ok) throw new Error('parcours: the first entry of a new list was refused');
  const [row] = await ctx.db.select().from(accompaniedPerson).where(eq(accompaniedPerson.id, id));
  await ctx.audit({
    action: PERSON_AUDIT.create,
    subjectType: 'accompanied_person',
    subjectId: id,
    details: { memberId, organisationId },
  });
  forgetParcours(ctx);
  return row!;
}

export async function updatePerson(ctx: RequestContext, raw: unknown): Promise<PersonRow> {
  const { id, version, person } = parseInput(parcoursSchemas.updatePersonInput, withIsoStrings(raw), '');
  const current = await lockPerson(ctx, id, PERSON_AUDIT.update);
  if (current.version !== version) throw staleVersion('La fiche de la personne');
  await checkDomiciliation(ctx, person.domiciliationOrganisationId);
  const values = personValues(person);
  // The audit says which fields changed, never to what.
  const fields = (Object.keys(values) as (keyof typeof values)[]).filter(
    (k) => k !== 'searchText' && values[k] !== current[k],
  );
  const [row] = await ctx.db
    .update(accompaniedPerson)
    .set({ ...values, version: sql`${accompaniedPerson.version} + 1`, updatedAt: sql`now()` })
    .where(eq(accompaniedPerson.id, id))
    .returning();
  await ctx.audit({
    action: PERSON_AUDIT.update,
    subjectType: 'accompanied_person',
    subjectId: id,
    details: { fields },
  });
  forgetParcours(ctx);
  return row!;
}

/**
 * One PA's record: reading it is audited. Null when the caller is not on the list, and the query records
 * the attempt as a denial (readById, core/authz.ts). Unlike the mutations, a query does not look whether
 * the PA exists: the answer and the denial are the same either way.
 */
export async function getPerson(ctx: RequestContext, rawId: unknown): Promise<PersonRow | null> {
  const id = parseInput(identity.uuid, rawId, 'id');
  const [row] = await ctx.db
    .select()
    .from(accompaniedPerson)
    .where(and(eq(accompaniedPerson.id, id), listedScope(ctx)));
  if (!row) return null;
  await ctx.audit({ action: PERSON_AUDIT.read, subjectType: 'accompanied_person', subjectId: id });
  return row;
}

const listSchema = z.object({
  search: z.string().trim().max(100, '100 caractères au plus').nullish(),
  first: z.number().int().nullish(),
  after: z.string().nullish(),
});

/**
 * A cursor connection by name. The cursor holds the last PA's id only, never its name (cursors travel in
 * URLs and logs): the name it sorts on is read back, under row-level security, in the condition.
 */
export async function listPersons(ctx: RequestContext, raw: unknown, shows = true): Promise<Connection<PersonRow>> {
  const input = parseInput(listSchema, raw, '');
  const limit = pageSizeOf(input.first, MAX_PAGE);
  const words = input.search ? searchKey(input.search).split(' ').filter(Boolean) : [];
  const where = allOf([listedScope(ctx), ...words.map((w) => ilike(accompaniedPerson.searchText, `%${w}%`))]);
  let after: SQL | undefined;
  if (input.after) {
    const [id] = decodeCursor(input.after, 1);
    if (typeof id !== 'string' || !identity.uuid.safeParse(id).success)
      throw badInput([{ path: 'after', message: 'curseur invalide' }]);
    const last = alias(accompaniedPerson, 'last_seen');
    after = sql`(${accompaniedPerson.searchText}, ${accompaniedPerson.id}) > ((${ctx.db.select({ k: last.searchText }).from(last).where(eq(last.id, id))}), ${id}::uuid)`;
  }
  const [rows, [count]] = await Promise.all([
    ctx.db
      .select()
      .from(accompaniedPerson)
      .where(allOf([where, after]))
      .orderBy(asc(accompaniedPerson.searchText), asc(accompaniedPerson.id))
      .limit(limit + 1),
    ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(accompaniedPerson)
      .where(where),
  ]);
  const nodes = rows.slice(0, limit);
  if (shows)
    await recordListRead(ctx, {
      action: 'parcours.person_list',
      filter: { search: input.search },
      recordType: 'accompanied_person',
      recordIds: nodes.map((n) => n.id),
      personIds: nodes.map((n) => n.id),
    });
  const lastNode = nodes[nodes.length - 1];
  return {
    nodes,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: lastNode ? encodeCursor([lastNode.id]) : null },
    totalCount: count!.n,
  };
}
