import { and, asc, eq, inArray, not, or, sql } from 'drizzle-orm';
import { NETWORK_PSYEN_MAX, NETWORK_PSYEN_MIN, orientation } from '@maillage/shared';
import type { RequestContext } from '../../../core/context.js';
import { AppError, badInput, uniqueViolation } from '../../../core/errors.js';
import { parseInput } from '../../../core/validation.js';
import { organisation } from '../../identity/tables.js';
import { orientationPeople } from '../cios.service.js';
import {
  orientationNetwork,
  orientationNetworkPsyen,
  orientationNetworkSchool,
  orientationSlot,
  psyenService,
} from '../tables.js';
import { mustDirect, rowForChange } from './direction.js';

export type NetworkRow = typeof orientationNetwork.$inferSelect;

const NETWORK = { label: 'Réseau', staleLabel: 'Le réseau', subjectType: 'orientation_network' } as const;

export async function listNetworks(ctx: RequestContext, cioId: string): Promise<NetworkRow[]> {
  return ctx.db
    .select()
    .from(orientationNetwork)
    .where(eq(orientationNetwork.cioId, cioId))
    .orderBy(asc(orientationNetwork.name));
}

export async function getNetwork(ctx: RequestContext, id: string): Promise<NetworkRow | null> {
  const [row] = await ctx.db.select().from(orientationNetwork).where(eq(orientationNetwork.id, id));
  return row ?? null;
}

/** The schools of some networks, the tête de réseau first, then by name. */
export async function schoolsOf(ctx: RequestContext, networkIds: readonly string[]) {
  if (networkIds.length === 0) return [];
  return ctx.db
    .select({ networkId: orientationNetworkSchool.networkId, school: organisation })
    .from(orientationNetworkSchool)
    .innerJoin(organisation, eq(organisation.id, orientationNetworkSchool.schoolId))
    .innerJoin(orientationNetwork, eq(orientationNetwork.id, orientationNetworkSchool.networkId))
    .where(inArray(orientationNetworkSchool.networkId, [...networkIds]))
    .orderBy(sql`${organisation.id} = ${orientationNetwork.headSchoolId} desc`, asc(organisation.name));
}

export async function psyenIdsOf(ctx: RequestContext, networkIds: readonly string[]) {
  if (networkIds.length === 0) return [];
  return ctx.db
    .select({ networkId: orientationNetworkPsyen.networkId, userId: orientationNetworkPsyen.userId })
    .from(orientationNetworkPsyen)
    .where(inArray(orientationNetworkPsyen.networkId, [...networkIds]));
}

/**
 * What the direction team should look at in a network: fewer than one or more than three PsyEn, a
 * school that another network (of those the caller sees) also holds.
 */
export async function networkWarnings(ctx: RequestContext, network: NetworkRow): Promise<string[]> {
  const warnings: string[] = [];
  const psyen = await psyenIdsOf(ctx, [network.id]);
  if (psyen.length < NETWORK_PSYEN_MIN) warnings.push('Aucun psychologue n’est associé à ce réseau.');
  if (psyen.length > NETWORK_PSYEN_MAX)
    warnings.push(`${psyen.length} psychologues sont associés à ce réseau : ${NETWORK_PSYEN_MAX} au plus sont prévus.`);
  const shared = await ctx.db
    .select({ school: organisation.name, other: orientationNetwork.name })
    .from(orientationNetworkSchool)
    .innerJoin(orientationNetwork, eq(orientationNetwork.id, orientationNetworkSchool.networkId))
    .innerJoin(organisation, eq(organisation.id, orientationNetworkSchool.schoolId))
    .where(
      and(
        not(eq(orientationNetworkSchool.networkId, network.id)),
        inArray(
          orientationNetworkSchool.schoolId,
          ctx.db
            .select({ id: orientationNetworkSchool.schoolId })
            .from(orientationNetworkSchool)
            .where(eq(orientationNetworkSchool.networkId, network.id)),
        ),
      ),
    )
    .orderBy(asc(organisation.name));
  for (const s of shared) warnings.push(`${s.school} appartient aussi au réseau « ${s.other} ».`);
  return warnings;
}

type NetworkInput = { cioId: string; headSchoolId: string; schoolIds: string[]; psyenIds: string[] };

/** The schools must be EPLE of the directory, the head a lycée tête de réseau; the PsyEn the CIO's. */
async function checkMembers(ctx: RequestContext, input: NetworkInput): Promise<string[]> {
  const schoolIds = [...new Set([input.headSchoolId, ...input.schoolIds])];
  const schools = await ctx.db
    .select({ id: organisation.id, kind: organisation.kind, head: organisation.lyceeTeteDeReseau })
    .from(organisation)
    .where(inArray(organisation.id, schoolIds));
  const byId = new Map(schools.map((s) => [s.id, s]));
  const errors: { path: string; message: string }[] = [];
  const head = byId.get(input.headSchoolId);
  if (!head || !head.head)
    errors.push({ path: 'input.headSchoolId', message: 'choisissez un lycée tête de réseau de l’annuaire' });
  input.schoolIds.forEach((id, i) => {
    if (byId.get(id)?.kind !== 'EPLE')
      errors.push({ path: `input.schoolIds.${i}`, message: 'un établissement (EPLE) de l’annuaire' });
  });
  const people = await orientationPeople(ctx, input.cioId);
  const psyen = new Set(people.filter((p) => p.roles.includes('PSYEN')).map((p) => p.id));
  input.psyenIds.forEach((id, i) => {
    if (!psyen.has(id)) errors.push({ path: `input.psyenIds.${i}`, message: 'un psychologue de ce CIO' });
  });
  if (errors.length > 0) throw badInput(errors);
  return schoolIds;
}

const duplicateName = (err: unknown) =>
  uniqueViolation(err) === 'orientation_network_name_key'
    ? new AppError('BAD_USER_INPUT', 'Ce CIO a déjà un réseau de ce nom.', [
        { path: 'input.name', message: 'un réseau de ce nom existe déjà' },
      ])
    : err;

/** Writes a network's members, and gives each PsyEn a service at the CIO (full time until set). */
async function writeMembers(ctx: RequestContext, network: NetworkRow, schoolIds: string[], psyenIds: string[]) {
  await ctx.db.delete(orientationNetworkSchool).where(eq(orientationNetworkSchool.networkId, network.id));
  await ctx.db
    .insert(orientationNetworkSchool)
    .values(schoolIds.map((schoolId) => ({ networkId: network.id, schoolId })));
  await ctx.db.delete(orientationNetworkPsyen).where(eq(orientationNetworkPsyen.networkId, network.id));
  if (psyenIds.length > 0) {
    await ctx.db.insert(orientationNetworkPsyen).values(psyenIds.map((userId) => ({ networkId: network.id, userId })));
    await ctx.db
      .insert(psyenService)
      .values(psyenIds.map((userId) => ({ cioId: network.cioId, userId })))
      .onConflictDoNothing();
  }
  // Half-days in a school that left the network, or of a PsyEn who left it, no longer stand.
  await ctx.db
    .delete(orientationSlot)
    .where(
      and(
        eq(orientationSlot.networkId, network.id),
        or(
          not(inArray(orientationSlot.schoolId, schoolIds)),
          psyenIds.length > 0 ? not(inArray(orientationSlot.userId, psyenIds)) : sql`true`,
        ),
      ),
    );
}

export async function createNetwork(ctx: RequestContext, raw: unknown): Promise<NetworkRow> {
  const input = parseInput(orientation.createNetwork, raw);
  await mustDirect(ctx, input.cioId, 'orientation_network.create');
  const schoolIds = await checkMembers(ctx, input);
  const row = await ctx.db
    .insert(orientationNetwork)
    .values({ cioId: input.cioId, name: input.name, headSchoolId: input.headSchoolId })
    .returning()
    .then((r) => r[0]!)
    .catch((err: unknown) => {
      throw duplicateName(err);
    });
  await writeMembers(ctx, row, schoolIds, input.psyenIds);
  await ctx.audit({
    action: 'orientation_network.create',
    subjectType: NETWORK.subjectType,
    subjectId: row.id,
    details: { schools: schoolIds.length, psyen: input.psyenIds.length },
  });
  return row;
}

const load = (ctx: RequestContext, id: string) => async () =>
  (await ctx.db.select().from(orientationNetwork).where(eq(orientationNetwork.id, id)).for('update'))[0];

export async function updateNetwork(ctx: RequestContext, raw: unknown): Promise<NetworkRow> {
  const input = parseInput(orientation.updateNetwork, raw);
  const action = 'orientation_network.update';
  const row = await rowForChange(ctx, { ...NETWORK, action }, input.id, input.version, load(ctx, input.id));
  const schoolIds = await checkMembers(ctx, { ...input, cioId: row.cioId });
  const updated = await ctx.db
    .update(orientationNetwork)
    .set({ name: input.name, headSchoolId: input.headSchoolId, version: row.version + 1, updatedAt: new Date() })
    .where(eq(orientationNetwork.id, row.id))
    .returning()
    .then((r) => r[0]!)
    .catch((err: unknown) => {
      throw duplicateName(err);
    });
  await writeMembers(ctx, updated, schoolIds, input.psyenIds);
  await ctx.audit({
    action,
    subjectType: NETWORK.subjectType,
    subjectId: row.id,
    details: { schools: schoolIds.length, psyen: input.psyenIds.length },
  });
  return updated;
}

export async function deleteNetwork(ctx: RequestContext, raw: unknown): Promise<boolean> {
  const input = parseInput(orientation.deleteById, raw);
  const action = 'orientation_network.delete';
  const row = await rowForChange(ctx, { ...NETWORK, action }, input.id, input.version, load(ctx, input.id));
  await ctx.db.delete(orientationNetwork).where(eq(orientationNetwork.id, row.id));
  await ctx.audit({ action, subjectType: NETWORK.subjectType, subjectId: row.id });
  return true;
}
