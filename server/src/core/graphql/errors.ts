import { GraphQLError, type ExecutionResult } from 'graphql';
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';
import {
  AppError,
  describeError,
  errorCode,
  httpStatusOf,
  stackFrames,
  type DescribedError,
  type ErrorCode,
} from '../errors.js';
import { RETRY_AFTER_SECONDS } from '../http-errors.js';
import { limitMessage } from './limits.js';

interface Ctx {
  requestId?: string;
  reply?: { request: { id: string; log: FastifyBaseLogger }; header(name: string, value: string): unknown };
}

interface ClientError {
  error: GraphQLError;
  /** The HTTP status this error calls for when it stops the whole request. */
  status: number;
}

const located = (e: unknown) =>
  e instanceof GraphQLError ? { nodes: e.nodes, source: e.source, positions: e.positions, path: e.path } : {};

const clientError = (
  e: unknown,
  message: string,
  code: ErrorCode,
  requestId: string,
  status: number,
  extra: Record<string, unknown> = {},
): ClientError => ({
  error: new GraphQLError(message, { ...located(e), extensions: { code, requestId, ...extra } }),
  status,
});

/** The extensions beside `code` and `requestId`: the fields named, a CONFLICT's reason, a RATE_LIMITED's wait. */
const details = (described: DescribedError): Record<string, unknown> => ({
  ...(described.reason ? { reason: described.reason } : {}),
  ...(described.fields ? { fields: described.fields } : {}),
  ...(described.retryAfterSeconds !== undefined ? { retryAfterSeconds: described.retryAfterSeconds } : {}),
});

/**
 * graphql-js' " Did you mean "x", "y", or "z"?" (names of fields, arguments, types, enum values and
 * input fields close to what the caller wrote), which would show the schema piece by piece with
 * introspection off. The names are GraphQL names: neither quote nor question mark inside.
 */
const SUGGESTION = / Did you mean (?:[^"?]|"[^"]*")*\?/g;

export const withoutSuggestions = (message: string) => message.replace(SUGGESTION, '');

export interface GraphQLErrorOptions {
  /** Production: no "Did you mean …" in messages. */
  hideSuggestions?: boolean;
}

/** Turns any error into GraphQL errors with `extensions.code` and the request id; never a stack or SQL. */
function classify(error: GraphQLError, requestId: string, log: FastifyBaseLogger): ClientError[] {
  const original = error.originalError as
    (Error & { errors?: unknown[]; code?: string; statusCode?: number }) | undefined;
  // Mercurius wraps parse, validation, depth, variable and schema errors in one error holding the list.
  if (original && Array.isArray(original.errors) && !(original instanceof AppError)) {
    const status = typeof original.statusCode === 'number' && original.statusCode >= 400 ? original.statusCode : 400;
    if (original.code === 'MER_ERR_METHOD_NOT_ALLOWED') {
      return [clientError(error, describeError(original).message, 'BAD_USER_INPUT', requestId, status)];
    }
    return original.errors.map((inner) => {
      const e = inner as Error & { code?: string; validation?: unknown };
      // A Fastify schema error names the parameter: "body/query must be string".
      const message = limitMessage(e) ?? (e.validation ? `Requête GraphQL mal formée : ${e.message}.` : e.message);
      return clientError(e, message, 'BAD_USER_INPUT', requestId, status);
    });
  }
  if (original instanceof AppError) {
    return [
      clientError(
        error,
        original.message,
        original.code,
        requestId,
        httpStatusOf[original.code],
        details(describeError(original)),
      ),
    ];
  }
  if (!original) {
    // Errors graphql itself raised (input coercion of literals): the client's input.
    return [clientError(error, limitMessage(error) ?? error.message, 'BAD_USER_INPUT', requestId, 400)];
  }
  const described = describeError(original);
  if (described.code === 'SERVICE_UNAVAILABLE')
    log.warn({ requestId, code: errorCode(original) }, 'database unavailable');
  if (described.internal) {
    // Only the error's class, database code and frames are logged: messages of database errors quote SQL and values.
    log.error(
      { requestId, errorName: original.name, code: errorCode(original), stack: stackFrames(original) },
      'internal error',
    );
    return [clientError(error, `Erreur interne. Référence : ${requestId}`, 'INTERNAL', requestId, 500)];
  }
  return [clientError(error, described.message, described.code, requestId, described.status, details(described))];
}

/** Kept for callers that format one error: the client-facing errors it becomes. */
export function toClientError(error: GraphQLError, requestId: string, log: FastifyBaseLogger): GraphQLError[] {
  return classify(error, requestId, log).map((c) => c.error);
}

/**
 * The response for an execution result. No `data` at all means the request was refused before
 * execution (parse, validation, limits, a lost database): the status is the error's (400, 413, 503…)
 * and, as the GraphQL spec asks, the result has no `data` entry. A result whose `data` is null because
 * of bad input also gets 400, and one whose `data` is null because the database went away during
 * execution gets 503 with Retry-After, as when it was away before (the operation's transaction did not
 * commit: a mutation lost that way wrote nothing and may be sent again); otherwise 200.
 */
export function formatGraphQLErrors(
  execution: ExecutionResult & { statusCode?: number },
  context: Ctx,
  log: FastifyBaseLogger,
  options: GraphQLErrorOptions = {},
) {
  const requestId = context.requestId ?? context.reply?.request.id ?? 'unknown';
  const logger = context.reply?.request.log ?? log;
  const classified = (execution.errors ?? []).flatMap((e) => classify(e as GraphQLError, requestId, logger));
  const errors = classified.map((c) => c.error);
  let statusCode = 200;
  // A read refused for its rate (a list past the hour's budget of people) says so to any HTTP client,
  // with when to come back, even when other fields of the query were answered.
  const wait = errors.find((e) => e.extensions.code === 'RATE_LIMITED')?.extensions.retryAfterSeconds;
  if (typeof wait === 'number') {
    statusCode = 429;
    void context.reply?.header('retry-after', String(wait));
  } else if (execution.data === undefined && classified.length > 0) statusCode = classified[0]!.status;
  else if (execution.data === null && errors.length > 0) {
    if (errors.every((e) => e.extensions.code === 'BAD_USER_INPUT')) statusCode = 400;
    else if (errors.every((e) => e.extensions.code === 'SERVICE_UNAVAILABLE')) statusCode = 503;
  }
  if (statusCode === 503) void context.reply?.header('retry-after', String(RETRY_AFTER_SECONDS));
  const response = {
    ...(execution.data !== undefined ? { data: execution.data } : {}),
    errors: errors.map((e) => {
      const json = e.toJSON();
      return options.hideSuggestions ? { ...json, message: withoutSuggestions(json.message) } : json;
    }),
    ...(execution.extensions ? { extensions: execution.extensions } : {}),
  };
  return { statusCode, response } as never;
}

/** Errors raised around execution (authentication, body parsing, request checks) on the GraphQL route. */
export function sendGraphQLError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const gqlError =
    error instanceof GraphQLError ? error : new GraphQLError('request error', { originalError: error as Error });
  const { statusCode, response } = formatGraphQLErrors({ errors: [gqlError] }, { requestId: request.id }, request.log, {
    hideSuggestions: request.server.services.config.NODE_ENV === 'production',
  }) as unknown as {
    statusCode: number;
    response: { errors: { extensions?: { code?: string } }[] };
  };
  if (response.errors.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE'))
    void reply.header('retry-after', String(RETRY_AFTER_SECONDS));
  return reply.code(statusCode).type('application/json; charset=utf-8').send(response);
}
