import { asc, eq } from 'drizzle-orm';
import { orientation } from '@maillage/shared';
import type { RequestContext } from '../../../core/context.js';
import { badInput } from '../../../core/errors.js';
import { parseInput } from '../../../core/validation.js';
import { orientationPeople } from '../cios.service.js';
import { orientationTransversalFile } from '../tables.js';
import { mustDirect, rowForChange } from './direction.js';

export type TransversalFileRow = typeof orientationTransversalFile.$inferSelect;

const FILE = { label: 'Dossier', staleLabel: 'Le dossier', subjectType: 'orientation_transversal_file' } as const;

export async function listFiles(ctx: RequestContext, cioId: string): Promise<TransversalFileRow[]> {
  return ctx.db
    .select()
    .from(orientationTransversalFile)
    .where(eq(orientationTransversalFile.cioId, cioId))
    .orderBy(
      asc(orientationTransversalFile.status),
      asc(orientationTransversalFile.kind),
      asc(orientationTransversalFile.title),
    );
}

/** The pilot is one of the CIO's PsyEn or directors. */
async function checkPilot(ctx: RequestContext, cioId: string, pilotUserId: string | null) {
  if (pilotUserId === null) return;
  const people = await orientationPeople(ctx, cioId);
  if (!people.some((p) => p.id === pilotUserId))
    throw badInput([{ path: 'input.pilotUserId', message: 'un psychologue ou un directeur de ce CIO' }]);
}

export async function createFile(ctx: RequestContext, raw: unknown): Promise<TransversalFileRow> {
  const input = parseInput(orientation.createTransversalFile, raw);
  await mustDirect(ctx, input.cioId, 'orientation_transversal_file.create');
  await checkPilot(ctx, input.cioId, input.pilotUserId);
  const [row] = await ctx.db.insert(orientationTransversalFile).values(input).returning();
  await ctx.audit({
    action: 'orientation_transversal_file.create',
    subjectType: FILE.subjectType,
    subjectId: row!.id,
    details: { kind: input.kind, status: input.status },
  });
  return row!;
}

export async function updateFile(ctx: RequestContext, raw: unknown): Promise<TransversalFileRow> {
  const input = parseInput(orientation.updateTransversalFile, raw);
  const action = 'orientation_transversal_file.update';
  const row = await rowForChange(ctx, { ...FILE, action }, input.id, input.version, async () => {
    const [r] = await ctx.db
      .select()
      .from(orientationTransversalFile)
      .where(eq(orientationTransversalFile.id, input.id))
      .for('update');
    return r;
  });
  await checkPilot(ctx, row.cioId, input.pilotUserId);
  const { id: _id, version: _version, ...fields } = input;
  const [updated] = await ctx.db
    .update(orientationTransversalFile)
    .set({ ...fields, version: row.version + 1, updatedAt: new Date() })
    .where(eq(orientationTransversalFile.id, row.id))
    .returning();
  await ctx.audit({
    action,
    subjectType: FILE.subjectType,
    subjectId: row.id,
    details: { kind: input.kind, status: input.status },
  });
  return updated!;
}
