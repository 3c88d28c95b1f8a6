import { deny } from '../../../core/authz.js';
import type { RequestContext } from '../../../core/context.js';
import { notFound, staleVersion } from '../../../core/errors.js';
import { directs } from '../policy.js';

/**
 * Refuses (FORBIDDEN, audited with its target) a change by anyone outside the CIO's direction team;
 * row-level security refuses it too, this says so in words and leaves the trace.
 */
export async function mustDirect(
  ctx: RequestContext,
  cioId: string,
  action: string,
  target?: { subjectType: string; subjectId: string },
): Promise<void> {
  if (!(await directs(ctx, cioId)))
    deny(ctx, action, 'not-cio-direction', target ?? { subjectType: 'organisation', subjectId: cioId });
}

/**
 * The row a change names, as the caller sees it, then checked: the caller directs its CIO and read
 * the version it holds. `load` reads it under row-level security (null when unseen or gone).
 */
export async function rowForChange<R extends { cioId: string; version: number }>(
  ctx: RequestContext,
  what: { label: string; staleLabel: string; subjectType: string; action: string },
  id: string,
  version: number,
  load: () => Promise<R | undefined>,
): Promise<R> {
  const row = await load();
  if (!row) throw notFound(what.label);
  await mustDirect(ctx, row.cioId, what.action, { subjectType: what.subjectType, subjectId: id });
  if (row.version !== version) throw staleVersion(what.staleLabel);
  return row;
}
