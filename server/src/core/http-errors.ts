import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import {
  AppError,
  describeError,
  errorCode,
  stackFrames,
  type DescribedError,
  type ErrorCode,
  type FieldError,
} from './errors.js';

export const zodFields = (error: ZodError, prefix = ''): FieldError[] =>
  error.issues.map((i) => ({ path: [prefix, ...i.path.map(String)].filter(Boolean).join('.'), message: i.message }));

const titles: Record<ErrorCode, string> = {
  UNAUTHENTICATED: 'Authentification requise',
  FORBIDDEN: 'Accès refusé',
  NOT_FOUND: 'Introuvable',
  BAD_USER_INPUT: 'Saisie invalide',
  CONFLICT: 'Conflit',
  RATE_LIMITED: 'Trop de requêtes',
  INTERNAL: 'Erreur interne',
  SERVICE_UNAVAILABLE: 'Service indisponible',
  PERSISTED_DOCUMENT_NOT_FOUND: 'Document GraphQL inconnu',
  PERSISTED_DOCUMENT_REQUIRED: 'Document GraphQL enregistré exigé',
};

const statusTitles: Record<number, string> = {
  405: 'Méthode non autorisée',
  413: 'Requête trop volumineuse',
  414: 'Adresse trop longue',
  415: 'Type de contenu non pris en charge',
};

/** Seconds a client should wait before retrying while the database is out of reach. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * Another responder for the routes under a path (GraphQL answers with GraphQL errors, not
 * problem+json). One error handler serves the whole app, whatever the order plugins register in.
 */
export type ErrorResponder = (error: unknown, request: FastifyRequest, reply: FastifyReply) => unknown;
const responders = new WeakMap<FastifyInstance, Map<string, ErrorResponder>>();

export function setErrorResponder(app: FastifyInstance, routeUrl: string, responder: ErrorResponder): void {
  let map = responders.get(app);
  if (!map) responders.set(app, (map = new Map()));
  map.set(routeUrl, responder);
}

/** Describes an error for the caller and logs what is safe to log (class, code, frames; never a message). */
export function describeAndLog(error: unknown, request: FastifyRequest): DescribedError {
  if (error instanceof ZodError) {
    const fields = zodFields(error);
    return {
      code: 'BAD_USER_INPUT',
      status: 400,
      message: `Saisie invalide : ${fields.map((f) => `${f.path} (${f.message})`).join(', ')}.`,
      fields,
    };
  }
  const described = describeError(error);
  if (described.internal) {
    request.log.error(
      { errorName: (error as Error | null)?.name, code: errorCode(error), stack: stackFrames(error) },
      'internal error',
    );
    return { ...described, message: `Erreur interne. Référence : ${request.id}` };
  }
  // An AppError of that code (the document store) was logged where it was raised, with its cause.
  if (described.code === 'SERVICE_UNAVAILABLE' && !(error instanceof AppError))
    request.log.warn({ code: errorCode(error) }, 'database unavailable');
  return described;
}

/**
 * The one shape of a REST error (RFC 9457 problem+json, with the codes of GraphQL): for the error
 * handler, and for the errors Fastify raises before routing.
 */
export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const { code, status, message, fields, reason, retryAfterSeconds } = describeAndLog(error, request);
  if (code === 'SERVICE_UNAVAILABLE') void reply.header('retry-after', String(RETRY_AFTER_SECONDS));
  if (retryAfterSeconds !== undefined) void reply.header('retry-after', String(retryAfterSeconds));
  return reply
    .code(status)
    .type('application/problem+json')
    .send({
      type: 'about:blank',
      title: statusTitles[status] ?? titles[code],
      status,
      detail: message,
      code,
      ...(reason ? { reason } : {}),
      requestId: request.id,
      ...(fields ? { fields } : {}),
    });
}

/** REST errors leave as RFC 9457 problem+json with the same codes as GraphQL. */
export function registerProblemErrors(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const responder = request.routeOptions.url ? responders.get(app)?.get(request.routeOptions.url) : undefined;
    if (responder) return responder(error, request, reply);
    return sendProblem(error, request, reply);
  });
}

/**
 * Errors Fastify raises before a route is found (a path parameter's percent-encoding broken, a path
 * parameter over maxParamLength): without this, Fastify answers them with a JSON of its own (its
 * FST_ERR_… code, the path quoted back) that bypasses the error handler and the onRequest hooks.
 */
export function sendFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  void reply.header('x-request-id', request.id);
  return sendProblem(error, request, reply);
}
