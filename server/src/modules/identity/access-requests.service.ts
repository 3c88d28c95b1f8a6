import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { identity, type Role } from '@maillage/shared';
import type { RequestContext } from '../../core/context.js';
import type { Services } from '../../core/services.js';
import type { Tx } from '../../core/db/driver.js';
import { asOwner } from '../../core/db/actor-tx.js';
import { appendAudit } from '../../core/audit.js';
import { AppError, notFound, staleVersion, uniqueViolation } from '../../core/errors.js';
import { hashPassword } from '../../core/auth/passwords.js';
import { parseInput } from '../../core/validation.js';
import { notifyInTx } from '../notifications/events.js';
import { appUser, membership, organisation } from './tables.js';
import {
  ACCESS_REQUEST_STATUSES,
  accessRequest,
  proconnectIdentity,
  type AccessRequestStatus,
  type ProConnectClaims,
} from './sign-in/tables.js';

/**
 * Access requests (issue 21): someone ProConnect knows and Maillage does not signs in; their request
 * waits for an administrator, who creates their account with the organisation and roles they choose.
 * A claim never grants a role: the SIRET only routes the request to the administrators of the
 * organisation that carries it.
 */

export type AccessRequestRow = typeof accessRequest.$inferSelect;

/** The web app's page of the requests, which the notice links to. */
export const ACCESS_REQUESTS_PAGE = '/admin/demandes-acces';
/** The most requests a list shows (the pending ones come first, oldest first). */
export const ACCESS_REQUESTS_LIST_MAX = 200;

/** The requests of a status (all: pending first, then the decided ones, latest first), as administrators see them. */
export async function listAccessRequests(
  ctx: RequestContext,
  status: AccessRequestStatus | null | undefined,
): Promise<AccessRequestRow[]> {
  if (status && !ACCESS_REQUEST_STATUSES.includes(status))
    throw new AppError('BAD_USER_INPUT', 'Statut de demande inconnu.', [{ path: 'status', message: 'statut inconnu' }]);
  return ctx.db
    .select()
    .from(accessRequest)
    .where(status ? eq(accessRequest.status, status) : undefined)
    .orderBy(
      sql`${accessRequest.status} = 'PENDING' desc`,
      status === 'PENDING' || !status ? asc(accessRequest.createdAt) : desc(accessRequest.decidedAt),
      asc(accessRequest.id),
    )
    .limit(ACCESS_REQUESTS_LIST_MAX);
}

async function lockPending(ctx: RequestContext, id: string, version: number): Promise<AccessRequestRow> {
  const [current] = await ctx.db.select().from(accessRequest).where(eq(accessRequest.id, id)).for('update');
  if (!current) throw notFound('Demande d’accès');
  if (current.version !== version) throw staleVersion('La demande d’accès');
  if (current.status !== 'PENDING')
    throw new AppError(
      'CONFLICT',
      current.status === 'APPROVED' ? 'Cette demande a déjà été acceptée.' : 'Cette demande a déjà été refusée.',
      'TRANSITION_REFUSED',
    );
  return current;
}

/** The name the account shows: the given and usual names ProConnect returned, else the e-mail's local part. */
function displayNameOf(request: AccessRequestRow): string {
  const name = [request.givenName, request.usualName]
    .filter(Boolean)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return name.length >= 2 ? name : request.email.split('@')[0]!.slice(0, 120).padEnd(2, '.');
}

/**
 * Approves a pending request: creates the account (a random password nobody knows: its holder signs
 * in with ProConnect), its membership of the organisation chosen with the roles chosen, and the link
 * of its ProConnect identity, in one transaction.
 */
export async function approveAccessRequest(ctx: RequestContext, raw: unknown): Promise<AccessRequestRow> {
  const input = parseInput(identity.approveAccessRequestInput, raw);
  const request = await lockPending(ctx, input.id, input.version);
  const [org] = await ctx.db
    .select({ id: organisation.id, active: organisation.active })
    .from(organisation)
    .where(eq(organisation.id, input.organisationId));
  if (!org || !org.active)
    throw new AppError('BAD_USER_INPUT', 'Organisation inconnue ou désactivée.', [
      { path: 'input.organisationId', message: 'organisation inconnue ou désactivée' },
    ]);
  const [existing] = await ctx.db.select({ id: appUser.id }).from(appUser).where(eq(appUser.email, request.email));
  if (existing)
    throw new AppError(
      'CONFLICT',
      'Un compte existe déjà avec cette adresse : la personne se connecte avec ProConnect et confirme une fois le lien avec ce compte. Refusez cette demande.',
      'DUPLICATE',
      [{ path: 'input.id', message: 'adresse déjà utilisée par un compte' }],
    );

  // Nobody knows this password: the account signs in with ProConnect (an administrator may set one later).
  const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
  const [user] = await ctx.db
    .insert(appUser)
    .values({ email: request.email, displayName: displayNameOf(request), passwordHash })
    .returning({ id: appUser.id })
    .catch((err: unknown) => {
      if (uniqueViolation(err) === 'app_user_email_key')
        throw new AppError('CONFLICT', 'Un compte existe déjà avec cette adresse.', 'DUPLICATE', [
          { path: 'input.id', message: 'adresse déjà utilisée par un compte' },
        ]);
      throw err;
    });
  const userId = user!.id;
  await ctx.db
    .insert(membership)
    .values({ userId, organisationId: input.organisationId, roles: input.roles as Role[] });
  // The identity links are not the request role's to write (migration 0045): the owner writes this one.
  const linked = await asOwner(ctx.db, ctx.actor!, (tx) =>
    tx
      .insert(proconnectIdentity)
      .values({ sub: request.proconnectSub, userId, idpId: request.idpId })
      .onConflictDoNothing()
      .returning({ sub: proconnectIdentity.sub }),
  );
  if (linked.length === 0)
    throw new AppError(
      'CONFLICT',
      'Cette identité ProConnect est déjà liée à un compte : refusez cette demande.',
      'DUPLICATE',
      [{ path: 'input.id', message: 'identité ProConnect déjà liée' }],
    );
  const [row] = await ctx.db
    .update(accessRequest)
    .set({
      status: 'APPROVED',
      organisationId: input.organisationId,
      roles: input.roles,
      userId,
      decidedBy: ctx.actor!.userId,
      decidedAt: sql`now()`,
      version: sql`${accessRequest.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(eq(accessRequest.id, request.id))
    .returning();
  // One event: the request approved, naming the account it created.
  await ctx.audit({
    action: 'access_request.approve',
    subjectType: 'access_request',
    subjectId: request.id,
    details: { userId, organisationId: input.organisationId, roles: input.roles },
  });
  return row!;
}

/** Refuses a pending request, with the reason the administrator gives (kept on the request, not in the audit log). */
export async function rejectAccessRequest(ctx: RequestContext, raw: unknown): Promise<AccessRequestRow> {
  const input = parseInput(identity.rejectAccessRequestInput, raw);
  const request = await lockPending(ctx, input.id, input.version);
  const [row] = await ctx.db
    .update(accessRequest)
    .set({
      status: 'REJECTED',
      reason: input.reason,
      decidedBy: ctx.actor!.userId,
      decidedAt: sql`now()`,
      version: sql`${accessRequest.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(eq(accessRequest.id, request.id))
    .returning();
  await ctx.audit({ action: 'access_request.reject', subjectType: 'access_request', subjectId: request.id });
  return row!;
}

/**
 * A ProConnect sign-in of someone Maillage does not know (callback, owner's transaction): their pending
 * request is created, or refreshed with the claims of this sign-in. The organisation whose SIRET they
 * came with is noted, and its administrators are told of a new request (every administrator when no
 * organisation carries the SIRET, or when it has no administrator).
 */
export async function recordAccessRequest(
  services: Services,
  tx: Tx,
  claims: ProConnectClaims,
  requestId: string,
): Promise<AccessRequestRow> {
  const [org] = claims.siret
    ? await tx
        .select({ id: organisation.id })
        .from(organisation)
        .where(and(eq(organisation.siret, claims.siret), eq(organisation.active, true)))
    : [];
  const values = {
    email: claims.email,
    givenName: claims.given_name ?? null,
    usualName: claims.usual_name ?? null,
    siret: claims.siret ?? null,
    idpId: claims.idp_id ?? null,
    organisationId: org?.id ?? null,
  };
  const pendingOne = () =>
    tx
      .select()
      .from(accessRequest)
      .where(and(eq(accessRequest.proconnectSub, claims.sub), eq(accessRequest.status, 'PENDING')))
      .for('update');
  // A new request, unless one is pending (or a concurrent sign-in of the same person just filed it).
  let [pending] = await pendingOne();
  const [created] = pending
    ? []
    : await tx
        .insert(accessRequest)
        .values({ ...values, proconnectSub: claims.sub })
        .onConflictDoNothing({ target: accessRequest.proconnectSub, where: sql`status = 'PENDING'` })
        .returning();
  if (!pending && !created) [pending] = await pendingOne();
  let row: AccessRequestRow;
  if (created) {
    row = created;
    const orgHasAdmin =
      row.organisationId !== null &&
      (
        await tx
          .select({ one: sql`1` })
          .from(membership)
          .innerJoin(appUser, and(eq(appUser.id, membership.userId), eq(appUser.active, true)))
          .where(and(eq(membership.organisationId, row.organisationId), sql`'ADMIN' = any(${membership.roles})`))
          .limit(1)
      ).length > 0;
    await notifyInTx(services, tx, {
      kind: 'ACCESS_REQUEST_RECEIVED',
      audience: orgHasAdmin
        ? { type: 'ORGANISATION_ROLE', organisationId: row.organisationId!, roles: ['ADMIN'] }
        : { type: 'ADMINS' },
      organisationId: row.organisationId,
      target: { type: 'access_request', id: row.id },
      link: ACCESS_REQUESTS_PAGE,
    });
  } else {
    [row] = (await tx
      .update(accessRequest)
      .set({ ...values, version: sql`${accessRequest.version} + 1`, updatedAt: sql`now()` })
      .where(eq(accessRequest.id, pending!.id))
      .returning()) as [AccessRequestRow];
  }
  await appendAudit(tx, {
    actorId: null,
    action: 'auth.access_request',
    subjectType: 'access_request',
    subjectId: row.id,
    requestId,
    details: { refreshed: !created, organisationMatched: row.organisationId !== null },
  });
  return row;
}
