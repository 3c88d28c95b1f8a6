import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import mercurius, { type IResolvers } from 'mercurius';
import { DateResolver, DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { policies } from '../authz.js';
import { repoRoot } from '../config.js';
import { AppError, badInput, errorCode } from '../errors.js';
import { setErrorResponder } from '../http-errors.js';
import { RequestState } from '../request-state.js';
import { registerWithPolicy } from '../route-policy.js';
import { formatGraphQLErrors, sendGraphQLError } from './errors.js';
import { GRAPHQL_LIMITS } from './limits.js';

import { GraphQLError, NoSchemaIntrospectionCustomRule, getOperationAST } from 'graphql';

export { GRAPHQL_LIMITS };
export const GRAPHQL_PATH = '/graphql';

/** The SDL of core and of every module (schema.graphql first, then the module's other .graphql files). */
export function loadSchemaSource(): string {
  const files = [path.join(repoRoot, 'server/src/core/graphql/schema.graphql')];
  const modulesDir = path.join(repoRoot, 'server/src/modules');
  const folders = fs.readdirSync(modulesDir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  for (const name of folders.map((entry) => entry.name).sort()) {
    const dir = path.join(modulesDir, name);
    const sdl = fs.readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort((a, b) => Number(b === 'schema.graphql') - Number(a === 'schema.graphql') || a.localeCompare(b));
    files.push(...sdl.map((f) => path.join(dir, f)));
  }
  return files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
}

type ResolverMap = Record<string, Record<string, unknown>>;

export function mergeResolvers(...maps: ResolverMap[]): ResolverMap {
  const merged: ResolverMap = {
    DateTime: DateTimeResolver as never,
    Date: DateResolver as never,
    JSON: JSONResolver as never,
  };
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      const target = (merged[type] ??= {});
      for (const [field, resolver] of Object.entries(fields)) {
        if (field in target) throw new Error(`resolver ${type}.${field} defined twice`);
        target[field] = resolver;
      }
    }
  }
  return merged;
}

export const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json';

/**
 * GraphQL over HTTP: the media type of the response, from the Accept header. The
 * application/graphql-response+json type when the client prefers it (highest q, then first listed),
 * application/json otherwise (also when Accept is missing, `*\/*` or names nothing we serve).
 */
export function negotiateResponseType(accept: string | undefined): typeof GRAPHQL_RESPONSE_TYPE | 'application/json' {
  if (!accept) return 'application/json';
  let best: { type: typeof GRAPHQL_RESPONSE_TYPE | 'application/json'; q: number } | null = null;
  for (const part of accept.split(',')) {
    const [rawType, ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    const type =
      rawType === GRAPHQL_RESPONSE_TYPE ? GRAPHQL_RESPONSE_TYPE : ['application/json', 'application/*', '*/*'].includes(rawType ?? '') ? 'application/json' : null;
    if (type && (!best || q > best.q)) best = { type, q };
  }
  return best?.type ?? 'application/json';
}

/** Operation name and type of each GraphQL request, for its log line. */
const operations = new WeakMap<FastifyRequest, { name: string | null; type: string }>();

/** The operation a GraphQL request ran (from its document, else the name it sent), for logging. */
export function graphqlOperationOf(request: FastifyRequest): { name: string | null; type?: string } | undefined {
  const known = operations.get(request);
  if (known) return known;
  if (request.routeOptions.url !== GRAPHQL_PATH) return undefined;
  // Not executed (refused before): the name it sent, else the first one its document declares.
  const source = (request.method === 'GET' ? request.query : request.body) as { operationName?: unknown; query?: unknown } | undefined;
  if (!source || typeof source !== 'object' || Array.isArray(source)) return { name: null };
  if (typeof source.operationName === 'string') return { name: source.operationName };
  const declared = typeof source.query === 'string' ? /\b(query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(source.query.slice(0, 2000)) : null;
  return declared ? { name: declared[2]!, type: declared[1]! } : { name: null };
}

/** GraphiQL fetches React and GraphiQL from unpkg and styles itself inline: its pages (never in production) need this. */
const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self' https://unpkg.com",
  "style-src 'self' 'unsafe-inline' https://unpkg.com",
  "font-src 'self' data: https://unpkg.com",
  "img-src 'self' data: https://unpkg.com",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-ancestors 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

async function checkRequest(request: FastifyRequest): Promise<void> {
  const body = request.body as unknown;
  if (Array.isArray(body)) {
    throw new AppError('BAD_USER_INPUT', 'Les requêtes groupées (tableau JSON) ne sont pas acceptées : envoyez une seule opération par requête.');
  }
  if (!body || typeof body !== 'object') return;
  const params = body as Record<string, unknown>;
  // Checked before Fastify's schema, which would coerce (0 → "0", false → null) rather than refuse.
  const wrong = (
    [
      ['query', (v: unknown) => typeof v === 'string', 'une chaîne'],
      ['operationName', (v: unknown) => typeof v === 'string' || v === null, 'une chaîne ou null'],
      ['variables', (v: unknown) => v === null || (typeof v === 'object' && !Array.isArray(v)), 'un objet ou null'],
      ['extensions', (v: unknown) => v === null || (typeof v === 'object' && !Array.isArray(v)), 'un objet ou null'],
    ] as const
  ).filter(([name, ok]) => params[name] !== undefined && !ok(params[name]));
  if (wrong.length > 0) {
    throw badInput(wrong.map(([name, , expected]) => ({ path: name, message: `doit être ${expected}` })));
  }
  // GraphQL over HTTP: `extensions` may be null, as `variables` may.
  if (params.extensions === null) delete params.extensions;
}

async function setResponseType(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
  const current = String(reply.getHeader('content-type') ?? '');
  if (current.startsWith('application/json')) {
    void reply.header('content-type', `${negotiateResponseType(request.headers.accept)}; charset=utf-8`);
  }
  return payload;
}

export async function registerGraphQL(app: FastifyInstance, resolvers: ResolverMap): Promise<void> {
  const production = app.services.config.NODE_ENV === 'production';
  // GraphiQL's pages (never in production) are public; the endpoint declares per-root-field below.
  await registerWithPolicy(app, policies.public, () => app.register(mercurius, {
    schema: loadSchemaSource(),
    resolvers: resolvers as IResolvers,
    path: GRAPHQL_PATH,
    graphiql: !production,
    allowBatchedQueries: false,
    queryDepth: GRAPHQL_LIMITS.depth,
    graphql: { parseOptions: { maxTokens: GRAPHQL_LIMITS.tokens } },
    validationRules: [
      maxAliasesRule({ n: GRAPHQL_LIMITS.aliases, exposeLimits: true }),
      costLimitRule({ maxCost: GRAPHQL_LIMITS.cost, exposeLimits: true }),
      ...(production ? [NoSchemaIntrospectionCustomRule] : []),
    ],
    // Errors around execution go through the app's one error handler (core/http-errors.ts), which
    // hands those of this route to sendGraphQLError: REST routes registered after this plugin keep
    // their problem+json errors.
    errorHandler: false,
    additionalRouteOptions: { preValidation: checkRequest, onSend: setResponseType, config: { policy: policies.perRootField } },
    context: (request) => {
      const state = new RequestState(request);
      request.graphqlState = state;
      return state.context as never;
    },
    errorFormatter: (execution, context) => formatGraphQLErrors(execution, context as never, app.log),
  }));
  setErrorResponder(app, GRAPHQL_PATH, sendGraphQLError);

  if (!production) {
    app.addHook('onSend', async (request, reply, payload) => {
      if (request.url.startsWith('/graphiql')) void reply.header('content-security-policy', GRAPHIQL_CSP);
      return payload;
    });
  }

  // One transaction per operation: a mutation's fields commit together or not at all, a query's
  // fields read one snapshot. Without an actor none is opened: fields that need one refuse
  // (UNAUTHENTICATED), and `{ __typename }` answers anonymously.
  app.graphql.addHook('preExecution', async (_schema, document, context, variables) => {
    const request = (context as unknown as { reply: { request: FastifyRequest } }).reply.request;
    const state = request.graphqlState;
    const operationName = (request.method === 'GET' ? (request.query as { operationName?: string }) : (request.body as { operationName?: string } | undefined))
      ?.operationName ?? undefined;
    const operation = getOperationAST(document, operationName);
    operations.set(request, { name: operation?.name?.value ?? null, type: operation?.operation ?? 'query' });
    if (state && state.request.actor) {
      await state.begin(operation?.operation === 'mutation' ? 'write' : 'read');
    }
    return { variables };
  });
  app.graphql.addHook('onResolution', async (execution, context) => {
    const state = (context as unknown as { reply: { request: { graphqlState: RequestState | null } } }).reply.request
      .graphqlState;
    await state?.end(Boolean(execution.errors?.length));
  });
  // Whatever happened (a throw before onResolution, a client gone), nothing stays open.
  app.addHook('onResponse', async (request) => {
    try {
      await request.graphqlState?.end(true);
    } catch (err) {
      // The response is gone; the database may be too. Never let Fastify log the error itself: its message quotes SQL.
      request.log.warn({ errorName: (err as Error).name, code: errorCode(err) }, 'request transaction not closed cleanly');
    }
  });
}

export { GraphQLError };
