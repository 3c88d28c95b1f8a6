import { inArray, sql } from 'drizzle-orm';
import type { RequestContext } from '../../core/context.js';
import { textArrayOf } from '../../core/db/pg-array.js';
import { organisation } from '../identity/tables.js';
import { directedCioIds, readableCioIds } from './policy.js';

export interface OrientationCioRow {
  id: string;
  name: string;
  canDirect: boolean;
}

/** The CIOs the caller works in or with, by name (the directory shows every organisation's name). */
export async function orientationCios(ctx: RequestContext): Promise<OrientationCioRow[]> {
  const [readable, directed] = await Promise.all([readableCioIds(ctx), directedCioIds(ctx)]);
  if (readable.length === 0) return [];
  const rows = await ctx.db
    .select({ id: organisation.id, name: organisation.name })
    .from(organisation)
    .where(inArray(organisation.id, [...new Set(readable)]))
    .orderBy(organisation.name);
  return rows.map((r) => ({ ...r, canDirect: directed.includes(r.id) }));
}

export interface OrientationPersonRow {
  id: string;
  displayName: string;
  roles: ('PSYEN' | 'CIO_DIRECTOR')[];
}

/** A CIO's PsyEn and directors (app_orientation_people: names only, to its readers only). */
export async function orientationPeople(ctx: RequestContext, cioId: string): Promise<OrientationPersonRow[]> {
  const { rows } = await ctx.db.execute<{ id: string; display_name: string; roles: string[] | string }>(
    sql`select id, display_name, roles from app_orientation_people(${cioId}::uuid)`,
  );
  return rows.map((r) => ({
    id: r.id,
    displayName: r.display_name,
    roles: textArrayOf(r.roles) as OrientationPersonRow['roles'],
  }));
}
