import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { GraphQLError, NoSchemaIntrospectionCustomRule, getOperationAST, type DocumentNode } from 'graphql';
import mercurius, { type IResolvers } from 'mercurius';
import { DateResolver, DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { repoRoot } from '../config.js';
import { RequestState } from '../request-state.js';
import { formatGraphQLErrors } from './errors.js';

export const GRAPHQL_LIMITS = { depth: 8, aliases: 15, cost: 5000, tokens: 2000 } as const;

/** The SDL of core and of every module, in one document. */
export function loadSchemaSource(): string {
  const files = [path.join(repoRoot, 'server/src/core/graphql/schema.graphql')];
  const modulesDir = path.join(repoRoot, 'server/src/modules');
  for (const name of fs.readdirSync(modulesDir).sort()) {
    const file = path.join(modulesDir, name, 'schema.graphql');
    if (fs.existsSync(file)) files.push(file);
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

const isMutation = (document: DocumentNode, operationName?: string) =>
  getOperationAST(document, operationName)?.operation === 'mutation';

export async function registerGraphQL(app: FastifyInstance, resolvers: ResolverMap): Promise<void> {
  const production = app.services.config.NODE_ENV === 'production';
  await app.register(mercurius, {
    schema: loadSchemaSource(),
    resolvers: resolvers as IResolvers,
    path: '/graphql',
    graphiql: !production,
    allowBatchedQueries: false,
    queryDepth: GRAPHQL_LIMITS.depth,
    graphql: { parseOptions: { maxTokens: GRAPHQL_LIMITS.tokens } },
    validationRules: [
      maxAliasesRule({ n: GRAPHQL_LIMITS.aliases, exposeLimits: true }),
      costLimitRule({ maxCost: GRAPHQL_LIMITS.cost, exposeLimits: true }),
      ...(production ? [NoSchemaIntrospectionCustomRule] : []),
    ],
    context: (request) => {
      const state = new RequestState(request);
      request.graphqlState = state;
      return state.context as never;
    },
    errorFormatter: (execution, context) => formatGraphQLErrors(execution, context as never, app.log),
  });

  // One transaction per operation: a mutation's fields commit together or not at all, a query's
  // fields read one snapshot.
  app.graphql.addHook('preExecution', async (_schema, document, context, variables) => {
    const state = (context as unknown as { reply: { request: { graphqlState: RequestState | null } } }).reply.request
      .graphqlState;
    if (state && state.request.actor) {
      const operationName = (state.request.body as { operationName?: string } | undefined)?.operationName;
      await state.begin(isMutation(document, operationName ?? undefined) ? 'write' : 'read');
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
    await request.graphqlState?.end(true);
  });
}

export { GraphQLError };
