import { deny } from '../../../core/authz.js';
import type { RequestContext } from '../../../core/context.js';
import { directs, staffCioIds } from '../policy.js';

/** Refused unless the caller is in the CIO's direction team (recorded with the CIO as subject). */
export async function mustDirect(ctx: RequestContext, cioId: string, action: string) {
  if (!(await directs(ctx, cioId)))
    deny(ctx, action, 'not-cio-direction', { subjectType: 'organisation', subjectId: cioId });
}

/** Refused unless the caller is in the CIO's direction team or one of its PsyEn. */
export async function mustBeStaff(ctx: RequestContext, cioId: string, action: string) {
  if (!(await staffCioIds(ctx)).includes(cioId))
    deny(ctx, action, 'not-cio-staff', { subjectType: 'organisation', subjectId: cioId });
}
