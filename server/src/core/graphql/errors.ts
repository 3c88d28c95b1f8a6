import type { ExecutionResult } from 'graphql';
import { GraphQLError } from 'graphql';
import type { FastifyBaseLogger } from 'fastify';
import { AppError, isConnectionError } from '../errors.js';

interface Ctx {
  requestId?: string;
  reply?: { request: { id: string } };
}

/** Turns any error into a GraphQL error with `extensions.code` and the request id; never a stack or SQL. */
export function toClientError(error: GraphQLError, requestId: string, log: FastifyBaseLogger): GraphQLError[] {
  const original = error.originalError as (Error & { errors?: unknown[]; code?: string }) | undefined;
  // Mercurius wraps parse, validation, depth and variable errors in one error holding the list.
  if (original && Array.isArray(original.errors)) {
    return original.errors.map(
      (e) =>
        new GraphQLError((e as Error).message, {
          ...(e instanceof GraphQLError ? { nodes: e.nodes, source: e.source, positions: e.positions } : {}),
          extensions: { code: 'BAD_USER_INPUT', requestId },
        }),
    );
  }
  const base = { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path };
  if (original instanceof AppError) {
    return [
      new GraphQLError(original.message, {
        ...base,
        extensions: {
          code: original.code,
          requestId,
          ...(original.fields ? { fields: original.fields } : {}),
        },
      }),
    ];
  }
  if (!original) {
    // Errors graphql itself raised (input coercion of literals): the client's input.
    return [new GraphQLError(error.message, { ...base, extensions: { code: 'BAD_USER_INPUT', requestId } })];
  }
  if (isConnectionError(original)) {
    log.warn({ requestId, code: original.code }, 'database unavailable');
    return [
      new GraphQLError('La base de données est momentanément indisponible : réessayez dans un instant.', {
        ...base,
        extensions: { code: 'SERVICE_UNAVAILABLE', requestId },
      }),
    ];
  }
  // Only the error's class and database code are logged: messages of database errors may quote values.
  log.error({ requestId, errorName: original.name, code: original.code, stack: original.stack?.split('\n').slice(1, 6) }, 'internal error');
  return [
    new GraphQLError(`Erreur interne. Référence : ${requestId}`, {
      ...base,
      extensions: { code: 'INTERNAL', requestId },
    }),
  ];
}

export function formatGraphQLErrors(execution: ExecutionResult & { statusCode?: number }, context: Ctx, log: FastifyBaseLogger) {
  const requestId = context.requestId ?? context.reply?.request.id ?? 'unknown';
  const errors = (execution.errors ?? []).flatMap((e) => toClientError(e as GraphQLError, requestId, log));
  // No data at all: the request itself was refused (parse, validation, limits).
  const refusedWhole = !execution.data && errors.every((e) => e.extensions.code === 'BAD_USER_INPUT');
  const statusCode = refusedWhole && errors.length > 0 ? 400 : 200;
  return { statusCode, response: { data: execution.data ?? null, errors: errors.map((e) => e.toJSON()) } } as never;
}
