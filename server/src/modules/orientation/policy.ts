import DataLoader from 'dataloader';
import { sql } from 'drizzle-orm';
import { organisationsWithRole } from '../../core/auth/actor.js';
import { policies } from '../../core/authz.js';
import type { RequestContext } from '../../core/context.js';
import { textArrayOf } from '../../core/db/pg-array.js';

/** Who works in the orientation service (issue 18): row-level security then narrows to each one's CIO. */
export const orientationReader = policies.anyRole('PSYEN', 'CIO_DIRECTOR', 'IEN_IO', 'SCHOOL_HEAD');
/** The CIO's direction team: its directors and the département's IEN-IO. */
export const orientationDirection = policies.anyRole('CIO_DIRECTOR', 'IEN_IO');
/** Those who work at a CIO: its direction team and its PsyEn (not the school heads). */
export const orientationStaff = policies.anyRole('PSYEN', 'CIO_DIRECTOR', 'IEN_IO');

/**
 * The caller's CIO ids of one kind, read once per request: a list asks for each of its rows (a
 * meeting's canEdit, an action's canChangeStatus), and the answer does not change within a request.
 */
const requestIds = (name: string, statement: ReturnType<typeof sql>) => (ctx: RequestContext) =>
  ctx
    .loader(
      name,
      () =>
        new DataLoader<'me', string[]>(async (keys) => {
          const { rows } = await ctx.db.execute<{ ids: string[] | string }>(statement);
          const ids = textArrayOf(rows[0]?.ids);
          return keys.map(() => ids);
        }),
    )
    .load('me');

/** The CIOs whose direction team the caller is in (DCIO, or IEN-IO of its département). */
export const directedCioIds = requestIds(
  'orientationDirectedCioIds',
  sql`select app_orientation_direction_cio_ids() as ids`,
);

/** The CIOs the caller reads: direction team, PsyEn, heads of their networks' schools. */
export const readableCioIds = requestIds(
  'orientationReadableCioIds',
  sql`select app_orientation_reader_cio_ids() as ids`,
);

export async function directs(ctx: RequestContext, cioId: string): Promise<boolean> {
  return (await directedCioIds(ctx)).includes(cioId);
}

/** The CIOs whose direction team the caller is in or where they are a PsyEn (not the school heads). */
export const staffCioIds = requestIds(
  'orientationStaffCioIds',
  sql`select app_orientation_direction_cio_ids() || app_org_ids_with_role('PSYEN') as ids`,
);

/** Whether the caller is a PsyEn of the CIO (PSYEN held in it). */
export const isPsyenOf = (ctx: RequestContext, cioId: string): boolean =>
  !!ctx.actor && organisationsWithRole(ctx.actor, 'PSYEN').includes(cioId);
