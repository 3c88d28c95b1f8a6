import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { policies, type Policy } from './authz.js';
import { scopeRefusal, type FieldScope } from './api-scopes.js';
import type { Actor } from './auth/actor.js';
import { TARGET_ARGUMENTS, targetFromId, type AuditTarget } from './audit-target.js';
import { forbidden, unauthenticated } from './errors.js';
import { recordDenials } from './request-state.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Who may call the route at all, as a GraphQL root field declares it with guard(). Every route
     * declares one: a route without is refused (FORBIDDEN). Row-level decisions stay in the services.
     */
    policy?: Policy;
    /** The audit action a refusal is recorded under (default: the method and the route's URL). */
    action?: string;
    /** The kind of object the route's `:id` names (audit subject type), recorded with a refusal. */
    subjectType?: string;
    /**
     * The scope an API key needs to call the route (issue 20). A route that requires an actor and names
     * none is refused to every key. The GraphQL endpoint checks each root field instead (core/api-scopes.ts).
     */
    apiScope?: FieldScope;
  }
}

/** A route as registered, with the name of its policy (null: none declared, so refused). */
export interface DeclaredRoute {
  method: string;
  url: string;
  policy: string | null;
  /** The scope an API key needs (null: no key may call it, where it requires an actor). */
  apiScope: string | null;
}

/** The policy given to the routes a third-party plugin registers while registerWithPolicy runs. */
const pending = new WeakMap<FastifyInstance, Policy>();
const declared = new WeakMap<FastifyInstance, DeclaredRoute[]>();

/**
 * Collects every route of the app with its policy, from here on (call it before any route is
 * registered). Routes that a plugin registers and cannot declare one get it from registerWithPolicy.
 */
export function collectRoutePolicies(app: FastifyInstance): void {
  const routes: DeclaredRoute[] = [];
  declared.set(app, routes);
  app.addHook('onRoute', (route: RouteOptions) => {
    const given = pending.get(app);
    if (!route.config?.policy && given) route.config = { ...route.config, policy: given };
    for (const method of [route.method].flat())
      routes.push({
        method,
        url: route.url,
        policy: route.config?.policy?.name ?? null,
        apiScope: route.config?.apiScope ?? null,
      });
  });
}

/** Every route registered since collectRoutePolicies, with its policy's name. */
export function declaredRoutes(app: FastifyInstance): readonly DeclaredRoute[] {
  const routes = declared.get(app);
  if (!routes) throw new Error('collectRoutePolicies was not called on this app');
  return routes;
}

/**
 * Registers a third-party plugin whose routes cannot carry our route config (CORS's preflight,
 * GraphiQL's pages, the web app's files): those without a policy of their own get `policy`.
 */
export async function registerWithPolicy(
  app: FastifyInstance,
  policy: Policy,
  register: () => PromiseLike<unknown>,
): Promise<void> {
  pending.set(app, policy);
  try {
    await register();
  } finally {
    pending.delete(app);
  }
}

/**
 * The object a request names in its path or query string (`:importId`, `?departementId=`, `:id` of the
 * kind the route declares), for the refusal's audit event; the names are GraphQL's (core/audit-target.ts).
 */
function targetOfRequest(request: FastifyRequest): AuditTarget | null {
  const named = [request.params, request.query].flatMap((values) =>
    values && typeof values === 'object' ? Object.entries(values as Record<string, unknown>) : [],
  );
  const idKind = request.routeOptions.config.subjectType;
  for (const [name, value] of named) {
    const kind = name === 'id' ? idKind : TARGET_ARGUMENTS[name];
    const target = kind ? targetFromId(kind, value) : null;
    if (target) return target;
  }
  return null;
}

/**
 * Applies the route's declared policy, once the actor is known: none declared → FORBIDDEN (denied by
 * default), anonymous where an actor is required → UNAUTHENTICATED, an actor the policy does not
 * allow → FORBIDDEN; each refusal of a known route is audited DENIED, as a root field's is.
 * Unmatched URLs (404) are left to the not-found handler.
 */
export async function enforceRoutePolicy(request: FastifyRequest): Promise<void> {
  if (request.is404) return;
  const { policy, action } = request.routeOptions.config;
  const name = action ?? `${request.method} ${request.routeOptions.url}`;
  if (!policy) {
    await recordDenials(request, [{ action: name, reason: 'no-policy-declared' }]);
    throw forbidden();
  }
  if (policy.requiresActor && !request.actor) throw request.authError ?? unauthenticated();
  if (!request.actor) return;
  const refusal = !policy.allows(request.actor) ? policy.name : keyRouteRefusal(request.actor, policy, request);
  if (refusal) {
    await recordDenials(request, [{ action: name, reason: refusal, ...targetOfRequest(request) }]);
    throw forbidden();
  }
}

function keyRouteRefusal(actor: Actor, policy: Policy, request: FastifyRequest): string | null {
  // The GraphQL endpoint checks each root field (guard()); public routes need no key.
  if (policy === policies.perRootField || !policy.requiresActor) return null;
  return scopeRefusal(actor, request.routeOptions.config.apiScope);
}
