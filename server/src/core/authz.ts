import type { GraphQLResolveInfo } from 'graphql';
import type { Role } from '@maillage/shared';
import type { Actor } from './auth/actor.js';
import { AppError, forbidden, unauthenticated } from './errors.js';
import type { RequestContext } from './context.js';
import { targetFromId, targetOfCall, type AuditTarget } from './audit-target.js';
import { keyRefusal } from './api-scopes.js';

/**
 * A field-level policy: who may call an operation (a GraphQL root field, a REST route) at all. Row-level decisions (which platform,
 * which organisation) are made by each module's policy.ts and enforced again by row-level security.
 */
export interface Policy {
  readonly name: string;
  /** False for operations that anyone, signed in or not, may call. */
  readonly requiresActor: boolean;
  allows(actor: Actor): boolean;
}

export const policies = {
  /**
   * Anyone, signed in or not: sign-in, refresh, sign-out, health, the API's description, static files.
   * Only REST routes declare it; a GraphQL root field never does.
   */
  public: { name: 'public', requiresActor: false, allows: () => true } satisfies Policy,
  /**
   * The GraphQL endpoint itself (POST and GET /graphql): open at the HTTP level, because every root
   * field declares its own policy with guard() and anonymous calls get UNAUTHENTICATED per field.
   */
  perRootField: { name: 'per-root-field', requiresActor: false, allows: () => true } satisfies Policy,
  signedIn: { name: 'signed-in', requiresActor: true, allows: () => true } satisfies Policy,
  anyRole: (...roles: Role[]): Policy => ({
    name: `role:${roles.join('|')}`,
    requiresActor: true,
    allows: (actor) => roles.some((r) => actor.roles.has(r)),
  }),
  admin: { name: 'admin', requiresActor: true, allows: (actor) => actor.isAdmin } satisfies Policy,
};

export const POLICY = Symbol('policy');

/**
 * A root field's resolver with its policy attached. Its arguments and result are the ones of the
 * resolve function, so that it is checked against the generated field resolver type
 * (`core/graphql/resolvers-types.ts`): `Query: { cases: guard(referent, (args, ctx) => …) }` gets its
 * args typed from the SDL, and a result that does not match the field's type fails the typecheck.
 */
export type GuardedResolver<A = never, R = unknown> = ((
  root: unknown,
  args: A,
  ctx: RequestContext,
  info: GraphQLResolveInfo,
) => Promise<R>) & {
  [POLICY]: Policy;
};

/**
 * Declares the policy of a root field. A refusal is recorded with the object the call named in its
 * arguments (core/audit-target.ts), and so is a Mutation that found no record it may change
 * (NOT_FOUND). A Mutation field that wrote no audit event of its own gets one named after it, so
 * that every mutation leaves a trace.
 */
export function guard<A, R>(
  policy: Policy,
  resolve: (args: A, ctx: RequestContext, info: GraphQLResolveInfo) => Promise<R> | R,
): GuardedResolver<A, R> {
  const resolver = async (_root: unknown, args: A, ctx: RequestContext, info: GraphQLResolveInfo) => {
    const action = `${info.parentType.name}.${info.fieldName}`;
    if (policy.requiresActor && !ctx.actor) throw ctx.authError ?? unauthenticated();
    const refusal = ctx.actor && (policy.allows(ctx.actor) ? keyRefusal(ctx.actor, action) : policy.name);
    if (refusal) {
      const field = info.parentType.getFields()[info.fieldName];
      ctx.denials.push({ action, reason: refusal, ...targetOfCall(info.parentType.name, field, args) });
      throw forbidden();
    }
    if (info.parentType.name !== 'Mutation') return resolve(args, ctx, info);
    const before = ctx.auditCount;
    const denialsBefore = ctx.denials.length;
    let result: R;
    try {
      result = await resolve(args, ctx, info);
    } catch (err) {
      // A change asked of a record the caller cannot see (another platform's case, another holder's
      // project) answers NOT_FOUND, as for a record that does not exist; either way it is recorded,
      // naming the record, so that probing with changes leaves the same trace as probing with reads
      // (unless the service recorded its own refusal).
      if (err instanceof AppError && err.code === 'NOT_FOUND' && ctx.denials.length === denialsBefore) {
        const field = info.parentType.getFields()[info.fieldName];
        notVisible(ctx, action, targetOfCall(info.parentType.name, field, args));
      }
      throw err;
    }
    if (ctx.auditCount === before) await ctx.audit({ action: `graphql.${info.fieldName}` });
    return result;
  };
  const byId = (resolve as Partial<ReadById>)[READ_BY_ID];
  return Object.assign(resolver, { [POLICY]: policy }, byId ? { [READ_BY_ID]: byId } : {});
}

export const READ_BY_ID = Symbol('read-by-id');

/** What a read by id records when it finds nothing: the action refused and the kind of record asked for. */
export interface ReadByIdTarget {
  action: string;
  subjectType: string;
  /** The refusal's reason (details.policy); default `not-visible`. */
  reason?: string;
}
interface ReadById {
  [READ_BY_ID]: ReadByIdTarget;
}

/**
 * The resolve function of a root query that reads one record by its id (`case(id)`, `clasProject(id)`…),
 * for guard(). Its answer stays the service's: null when there is no such record the caller may see,
 * whether it exists or not (row-level security decides, and the answer tells nothing). That null is
 * recorded as DENIED naming the id asked for, so that probing another tenant's ids leaves a trace; a
 * record found is audited by the service as any read. A test checks that every such query uses it.
 */
export function readById<A extends { id: string }, R>(
  target: ReadByIdTarget,
  resolve: (args: A, ctx: RequestContext, info: GraphQLResolveInfo) => Promise<R | null> | R | null,
): ((args: A, ctx: RequestContext, info: GraphQLResolveInfo) => Promise<R | null>) & ReadById {
  const read = async (args: A, ctx: RequestContext, info: GraphQLResolveInfo) => {
    const row = (await resolve(args, ctx, info)) ?? null;
    if (row === null) notVisible(ctx, target.action, targetFromId(target.subjectType, args.id), target.reason);
    return row;
  };
  return Object.assign(read, { [READ_BY_ID]: target });
}

/**
 * Throws FORBIDDEN and records the refusal, for row-level decisions taken inside services. `target`:
 * the object the request named (the case, the project, the platform…), recorded as the event's subject.
 */
export function deny(ctx: RequestContext, action: string, reason: string, target?: AuditTarget | null): never {
  ctx.denials.push({ action, reason, ...target });
  throw forbidden();
}

/**
 * Records, without refusing anything, that the record the request named is not one the caller may see
 * (or does not exist: the caller's answer is the same, NOT_FOUND or null). Reads by id that find
 * nothing call it (readById, and REST reads by id), so that probing ids leaves a trace.
 */
export function notVisible(
  ctx: RequestContext,
  action: string,
  target: AuditTarget | null,
  reason = 'not-visible',
): void {
  ctx.denials.push({ action, reason, ...target });
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
