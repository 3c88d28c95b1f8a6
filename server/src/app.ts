import fs from 'node:fs';
import path from 'node:path';
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import helmet from '@fastify/helmet';
import cors from '@fastify/cors';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import fastifyStatic from '@fastify/static';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import './core/fastify-types.js';
import { repoRoot, type Config } from './core/config.js';
import type { Database } from './core/db/driver.js';
import { registerStatementCounting } from './core/db/statement-count-hooks.js';
import { loadSigningKeys } from './core/auth/keys.js';
import { authenticate } from './core/auth/authenticate.js';
import { apiKeyRateLimit, countApiKeyUse } from './core/auth/api-key-hooks.js';
import { registerProblemErrors, sendFrameworkError } from './core/http-errors.js';
import { registerHealth } from './core/health.js';
import { policies } from './core/authz.js';
import { collectRoutePolicies, enforceRoutePolicy, registerWithPolicy } from './core/route-policy.js';
import { loggerOptions } from './core/logger.js';
import { databaseRateLimitStore } from './core/rate-limit-store.js';
import {
  graphqlOperationOf,
  mergeResolvers,
  registerGraphQL,
  type MistypedRowFields,
  type UnresolvedFields,
} from './core/graphql/plugin.js';
import { createDocumentStore } from './modules/parcours/documents/store-factory.js';
import { readBudgetPurgeJob } from './core/list-reads.js';
import { createJobs } from './core/jobs.js';
import { loadDocumentKeyring } from './modules/parcours/documents/crypto.js';
import { MODULES } from './modules/registry.js';
import type { AppModule } from './core/app-module.js';
import { createMailer } from './modules/notifications/mailer.js';

/** Fails the typecheck, naming the field, when a field of the SDL has no resolver (and no property of its type's row). */
type EveryFieldResolved<Unresolved extends never> = Unresolved;
type ModuleResolvers = (typeof MODULES)[number]['resolvers'][number];
export type _EveryFieldResolved = EveryFieldResolved<UnresolvedFields<ModuleResolvers>>;
/** Fails the typecheck, naming the field, when a field served from its row's property has a type the SDL does not allow. */
export type _EveryRowFieldFits = EveryFieldResolved<MistypedRowFields<ModuleResolvers>>;
export const allResolvers = () =>
  mergeResolvers(
    ...MODULES.flatMap((module): readonly Parameters<typeof mergeResolvers>[number][] => module.resolvers),
  );

export interface AppOptions {
  config: Config;
  database: Database;
  /** A pino logger to use (main.ts); tests pass none and get a silent one. */
  logger?: Logger;
  /** Where the built web app is (default: web/dist); tests give a directory of their own. */
  webDist?: string;
}

/** sha256 of `:root { color-scheme: light; }` and `… dark; }`, the only inline styles the web app may add. */
const DSFR_COLOR_SCHEME_STYLE_HASHES = [
  "'sha256-HzhUjVBe6Oi2wcxUM7bmy2Rp9VdLMHYDdYr9MalNmOY='",
  "'sha256-xVQ4mcypV0CvOtZpQgVcKpcoNvdUkR9BrwZBrtBbU+w='",
];

export async function buildApp({ config, database, logger, webDist }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(logger
      ? { loggerInstance: logger }
      : {
          logger: {
            ...loggerOptions(config.LOG_LEVEL),
            level: config.NODE_ENV === 'test' ? 'silent' : config.LOG_LEVEL,
          },
        }),
    bodyLimit: config.BODY_LIMIT_BYTES,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    // Fastify's own per-request lines would log URLs; ours (below) logs only what is safe.
    logController: new LogController({ disableRequestLogging: true }),
    // X-Forwarded-For is believed only from the proxies TRUST_PROXY lists: anyone else could name a new
    // address at every try and escape the per-address limits.
    trustProxy: config.TRUST_PROXY.length > 0 ? config.TRUST_PROXY : false,
    // A broken or over-long URL is refused before routing: as a problem document, as any other error.
    frameworkErrors: sendFrameworkError,
    // Start-up creates the job queues (DDL on pg-boss's partitioned table): replicas starting together
    // on a busy database wait for each other's, and Fastify's 10 s per start-up hook was seen to run out.
    pluginTimeout: 120_000,
  } satisfies FastifyServerOptions) as unknown as FastifyInstance;

  const jobs = createJobs({
    database,
    logger: app.log as unknown as Logger,
    workers: config.JOB_WORKERS === 'on',
    pollingIntervalSeconds: config.JOB_POLL_SECONDS,
    cronCheckSeconds: config.JOB_CRON_CHECK_SECONDS,
    maintenanceSeconds: config.JOB_MAINTENANCE_SECONDS,
  });
  app.decorate('services', {
    config,
    database,
    jobs,
    keys: await loadSigningKeys(config),
    tokens: {
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      accessTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
    },
    logger: app.log as unknown as Logger,
    documentStore: await createDocumentStore(config),
    documentKeys: loadDocumentKeyring(config),
    mailer: createMailer(config),
  });
  for (const definition of [
    readBudgetPurgeJob(app.services),
    ...MODULES.flatMap((module: AppModule) => module.jobs?.(app.services) ?? []),
  ])
    jobs.define(definition);
  // Queues and schedules once the app is ready; on close, the jobs under way finish first (bounded).
  app.addHook('onReady', () => jobs.start());
  app.addHook('onClose', async () => {
    await jobs.stop(config.JOB_STOP_TIMEOUT_MS);
    await app.services.mailer.close();
  });
  app.decorateRequest('actor', null);
  app.decorateRequest('actorToCheck', false);
  app.decorateRequest('authError', null);
  app.decorateRequest('graphqlState', null);
  // First of the hooks, so that authentication's statements count too.
  if (config.BENCH_COUNT_SQL === 'on') registerStatementCounting(app);
  // Before any route: every route is recorded with the policy it declares (route config `policy`).
  collectRoutePolicies(app);

  registerProblemErrors(app);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // The DSFR integration sets the page's color-scheme with one of these two exact <style> elements.
        styleSrc: ["'self'", ...DSFR_COLOR_SCHEME_STYLE_HASHES],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
      },
    },
  });
  // Closed unless CORS_ORIGINS lists origins; those may read the request id and Retry-After. Its
  // preflight route (OPTIONS *) is public: a browser sends no credentials with a preflight.
  await registerWithPolicy(app, policies.public, () =>
    app.register(cors, {
      origin: config.CORS_ORIGINS.length > 0 ? config.CORS_ORIGINS : false,
      credentials: true,
      exposedHeaders: ['x-request-id', 'retry-after', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset'],
    }),
  );
  await app.register(cookie);
  // Routes opt in (config.rateLimit); their counters are in the database, shared by every API process
  // (core/rate-limit-store.ts). A failing store fails the request (503 or 500), never waves it through.
  // Their headers are the IETF draft's (RateLimit-Limit, -Remaining, -Reset), as integrators expect.
  await app.register(rateLimit, {
    global: false,
    store: databaseRateLimitStore(database),
    skipOnError: false,
    enableDraftSpec: true,
  });
  const keyRateLimit = apiKeyRateLimit(app);
  countApiKeyUse(app);
  await app.register(swagger, {
    openapi: { info: { title: 'Maillage REST API', version: '1.0.0' } },
  });

  // One line per request: id (bound by Fastify as reqId), GraphQL operation, status, duration; never a
  // body, a query string or a personal header.
  app.addHook('onResponse', async (request, reply) => {
    const operation = graphqlOperationOf(request);
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        ...(operation
          ? { operation: operation.name, ...(operation.type ? { operationType: operation.type } : {}) }
          : {}),
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });

  app.addHook('onRequest', async (request, reply) => {
    // The reference errors quote, for the caller to give support.
    void reply.header('x-request-id', request.id);
    if (request.url.startsWith('/graphql') || request.url.startsWith('/api/')) await authenticate(app, request);
    await keyRateLimit(request, reply);
    // Denied by default: a route that declares no policy is refused, whatever the caller.
    await enforceRoutePolicy(request);
  });

  registerHealth(app);
  for (const module of MODULES) for (const register of module.routes) await register(app);
  await registerGraphQL(app, allResolvers());
  app.get('/api/openapi.json', { config: { policy: policies.public }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  await serveWeb(app, config, webDist ?? path.join(repoRoot, 'web/dist'));
  return app;
}

async function serveWeb(app: FastifyInstance, config: Config, dist: string): Promise<void> {
  const hasWeb = config.SERVE_WEB === 'on' && fs.existsSync(path.join(dist, 'index.html'));
  // The web app's files are public (the SPA signs in through the API).
  if (hasWeb)
    await registerWithPolicy(app, policies.public, () =>
      app.register(fastifyStatic, { root: dist, wildcard: false, index: 'index.html' }),
    );
  app.setNotFoundHandler((request, reply) => {
    // Never the web app for the API's paths, nor for GraphiQL's (off in production: not found, not a page).
    const isApi = /^\/(api|graphql|graphiql|health)([/?]|$)/.test(request.url);
    if (hasWeb && request.method === 'GET' && !isApi) return reply.type('text/html').sendFile('index.html');
    return reply.code(404).type('application/problem+json').send({
      type: 'about:blank',
      title: 'Introuvable',
      status: 404,
      detail: 'Ressource introuvable.',
      code: 'NOT_FOUND',
      requestId: request.id,
    });
  });
}
