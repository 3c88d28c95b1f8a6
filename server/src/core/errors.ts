export { CONFLICT_REASONS, ERROR_CODES, type ConflictReason, type ErrorCode } from '@maillage/shared';
import type { ConflictReason, ErrorCode } from '@maillage/shared';

export interface FieldError {
  path: string;
  message: string;
}

/** An error meant for the caller: its message is safe to show (French, no personal data). */
export class AppError extends Error {
  readonly fields?: FieldError[];
  /** Set for CONFLICT (required there by the constructor's signature), absent otherwise. */
  readonly reason?: ConflictReason;

  /** A CONFLICT names its reason: `new AppError('CONFLICT', message, 'DUPLICATE', fields)`. */
  constructor(code: 'CONFLICT', message: string, reason: ConflictReason, fields?: FieldError[]);
  constructor(code: Exclude<ErrorCode, 'CONFLICT'>, message: string, fields?: FieldError[]);
  constructor(
    readonly code: ErrorCode,
    message: string,
    reasonOrFields?: ConflictReason | FieldError[],
    fields?: FieldError[],
  ) {
    super(message);
    if (typeof reasonOrFields === 'string') {
      this.reason = reasonOrFields;
      if (fields) this.fields = fields;
    } else if (reasonOrFields) {
      this.fields = reasonOrFields;
    }
  }
}

/** RATE_LIMITED, with the seconds the caller is to wait before trying again (Retry-After). */
export class RateLimitedError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('RATE_LIMITED', message);
  }
}

export const httpStatusOf: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
  PERSISTED_DOCUMENT_NOT_FOUND: 400,
  PERSISTED_DOCUMENT_REQUIRED: 403,
};

export const unauthenticated = () => new AppError('UNAUTHENTICATED', 'Authentification requise.');
export const forbidden = () => new AppError('FORBIDDEN', "Vous n'avez pas accès à cette opération.");
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} introuvable.`);
/**
 * A change refused because the record changed since it was read (by someone else, or in another tab).
 * `what` is the record with its article (« La réunion », « Le projet »); the participle agrees with a
 * « La » or « Une », or with `feminine` where the article elides (« L’action »).
 */
export const staleVersion = (what: string, feminine = /^(La|Une) /.test(what)) =>
  new AppError(
    'CONFLICT',
    `${what} a été ${feminine ? 'modifiée' : 'modifié'} entre-temps (par quelqu'un d'autre, ou dans un autre onglet) : rechargez puis recommencez.`,
    'STALE_VERSION',
  );
export const badInput = (fields: FieldError[]) =>
  new AppError(
    'BAD_USER_INPUT',
    `Saisie invalide : ${fields.map((f) => `${f.path} (${f.message})`).join(', ')}.`,
    fields,
  );

/** The error and its causes (drizzle wraps driver errors in a DrizzleQueryError whose message quotes the SQL). */
export function errorChain(err: unknown): { code?: unknown; message?: unknown; errors?: unknown }[] {
  const chain: { code?: unknown; message?: unknown; errors?: unknown }[] = [];
  for (
    let e = err as { cause?: unknown } | null | undefined;
    e && typeof e === 'object' && chain.length < 5;
    e = e.cause as typeof e
  ) {
    chain.push(e as never);
  }
  return chain;
}

/** The database (SQLSTATE) or system code of an error or of its cause: safe to log, never a value. */
export function errorCode(err: unknown): string | undefined {
  for (const e of errorChain(err)) if (typeof e.code === 'string') return e.code;
  return undefined;
}

const CONNECTION_CODES = ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN'];
const CONNECTION_MESSAGES =
  /Connection terminated|connect ECONNREFUSED|Client has encountered a connection error|terminating connection|is not currently accepting connections|the database system is (starting up|shutting down|in recovery mode)|timeout exceeded when trying to connect|Client was closed and is not queryable|Cannot use a pool after calling end|PGlite is closed/i;

/**
 * Errors that mean "the database is out of reach" (server restarting, connection lost, database
 * closed) rather than a bug: the caller gets SERVICE_UNAVAILABLE and may retry.
 */
export function isConnectionError(err: unknown): boolean {
  return errorChain(err).some((e) => {
    const code = typeof e.code === 'string' ? e.code : '';
    if (/^(08|57P0)/.test(code) || code === '53300' || CONNECTION_CODES.includes(code)) return true;
    // Node reports a refused connection to a host with several addresses as an AggregateError.
    if (Array.isArray(e.errors) && e.errors.some((inner) => isConnectionError(inner))) return true;
    // Only the first line: a DrizzleQueryError quotes the SQL and its parameters after it.
    const firstLine = typeof e.message === 'string' ? e.message.split('\n', 1)[0]! : '';
    return !firstLine.startsWith('Failed query:') && CONNECTION_MESSAGES.test(firstLine);
  });
}

/**
 * The stack frames of an error, without its message: messages of database errors quote the SQL
 * and its parameters (personal data), so they never reach a log line.
 */
export function stackFrames(err: unknown, max = 6): string[] {
  const stack = (err as { stack?: unknown } | null)?.stack;
  if (typeof stack !== 'string') return [];
  return stack
    .split('\n')
    .filter((line) => /^\s+at .*:\d+:\d+\)?$/.test(line))
    .slice(0, max)
    .map((line) => line.trim());
}

/** Unique violations become CONFLICT; the constraint name says which rule, never the values. */
export function uniqueViolation(err: unknown): string | null {
  const e = (err as { cause?: unknown }).cause ?? err;
  const pg = e as { code?: string; constraint?: string };
  return pg.code === '23505' ? (pg.constraint ?? 'unique') : null;
}

/** What the caller is told about an error: code, HTTP status, a safe message (French, no SQL, no data). */
export interface DescribedError {
  code: ErrorCode;
  status: number;
  message: string;
  fields?: FieldError[];
  /** For CONFLICT only. */
  reason?: ConflictReason;
  /** For RATE_LIMITED, when the wait is known: the Retry-After header. */
  retryAfterSeconds?: number;
}

/**
 * The multipart parser (busboy, under @fastify/multipart) reports a body that breaks off before its
 * closing boundary, or a boundary it cannot use, as a plain Error with no status: the request's fault, not
 * ours. Known by their messages, the only thing that tells them apart.
 */
const MULTIPART_BODY_ERRORS =
  /^(Unexpected end of multipart data|(Part|Preamble) terminated early due to unexpected end of multipart data|Multipart: Boundary not found|Boundary required|The needle cannot (be an empty String\/Buffer|have a length bigger than 256)\.)$/;

function isMalformedMultipart(err: unknown): boolean {
  const e = err as { message?: unknown; statusCode?: unknown } | null;
  return (
    err instanceof Error &&
    e?.statusCode === undefined &&
    typeof e?.message === 'string' &&
    MULTIPART_BODY_ERRORS.test(e.message)
  );
}

const malformedMultipartMessage =
  'Corps de requête invalide : le formulaire (multipart/form-data) est mal formé ou interrompu avant sa fin.';

const unavailableMessage = 'La base de données est momentanément indisponible : réessayez dans un instant.';

/** Messages for the request errors Fastify and Mercurius raise (their codes), in the API's language. */
const requestErrorMessages: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'Corps de requête invalide : JSON mal formé.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'Corps de requête vide : un objet JSON est attendu.',
  FST_ERR_CTP_BODY_TOO_LARGE: 'Requête trop volumineuse.',
  FST_REQ_FILE_TOO_LARGE:
    'Fichier trop volumineux : il dépasse la taille maximale acceptée (IMPORT_MAX_FILE_BYTES, 50 Mo par défaut).',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Type de contenu non pris en charge : envoyez application/json.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'Requête invalide : longueur du corps incohérente.',
  FST_ERR_BAD_URL: 'Adresse invalide : un caractère encodé (%) y est mal formé.',
  FST_ERR_MAX_PARAM_LENGTH: 'Adresse invalide : un paramètre du chemin est trop long.',
  MER_ERR_GQL_PERSISTED_QUERY_NOT_FOUND: 'Requête GraphQL absente : le paramètre « query » est requis.',
  MER_ERR_METHOD_NOT_ALLOWED:
    'Seules les requêtes de lecture (query) sont acceptées en GET : envoyez les mutations en POST.',
};

const codeOfStatus = (status: number): ErrorCode =>
  status === 401
    ? 'UNAUTHENTICATED'
    : status === 403
      ? 'FORBIDDEN'
      : status === 404
        ? 'NOT_FOUND'
        : status === 409
          ? 'CONFLICT'
          : status === 429
            ? 'RATE_LIMITED'
            : 'BAD_USER_INPUT';

/** Fields named by a Fastify schema validation error ("body/email must be string"). */
function validationFields(err: { validation?: unknown; validationContext?: string }): FieldError[] | undefined {
  if (!Array.isArray(err.validation)) return undefined;
  return (err.validation as { instancePath?: string; params?: { missingProperty?: string }; message?: string }[]).map(
    (v) => ({
      path:
        [
          ...(v.instancePath ?? '').split('/').filter(Boolean),
          ...(v.params?.missingProperty ? [v.params.missingProperty] : []),
        ].join('.') ||
        (err.validationContext ?? 'body'),
      message: v.message ?? 'invalide',
    }),
  );
}

/**
 * Classifies any error for the caller: an AppError keeps its code; a 4xx raised by Fastify or
 * Mercurius (JSON syntax, body too large, schema) is the caller's input; a lost database is
 * SERVICE_UNAVAILABLE; anything else is INTERNAL (`internal: true`: log it, say nothing).
 */
export function describeError(err: unknown): DescribedError & { internal?: true } {
  if (err instanceof AppError) {
    return {
      code: err.code,
      status: httpStatusOf[err.code],
      message: err.message,
      ...(err.fields ? { fields: err.fields } : {}),
      ...(err.code === 'CONFLICT' ? { reason: err.reason ?? 'RULE_REFUSED' } : {}),
      ...(err instanceof RateLimitedError ? { retryAfterSeconds: err.retryAfterSeconds } : {}),
    };
  }
  const e = (err ?? {}) as { statusCode?: unknown; code?: unknown; message?: unknown; validation?: unknown };
  const status = typeof e.statusCode === 'number' ? e.statusCode : 0;
  if (status >= 400 && status < 500) {
    const code = codeOfStatus(status);
    if (code === 'RATE_LIMITED') return { code, status, message: 'Trop de tentatives : patientez avant de réessayer.' };
    // A 409 raised outside the services (none today) names no rule the client could act on.
    const reason = code === 'CONFLICT' ? ({ reason: 'RULE_REFUSED' } as const) : {};
    const fields = validationFields(e as never);
    if (fields) {
      return {
        code,
        status,
        message: `Saisie invalide : ${fields.map((f) => `${f.path} (${f.message})`).join(', ')}.`,
        fields,
        ...reason,
      };
    }
    const known = typeof e.code === 'string' ? requestErrorMessages[e.code] : undefined;
    return {
      code,
      status,
      message: known ?? (status === 404 ? 'Ressource introuvable.' : 'Requête invalide.'),
      ...reason,
    };
  }
  if (isMalformedMultipart(err)) return { code: 'BAD_USER_INPUT', status: 400, message: malformedMultipartMessage };
  if (isConnectionError(err)) return { code: 'SERVICE_UNAVAILABLE', status: 503, message: unavailableMessage };
  // A character PostgreSQL cannot store (U+0000) that reached a write through a route that does not refuse it first.
  if (['22021', '22P05'].includes(errorCode(err) ?? ''))
    return {
      code: 'BAD_USER_INPUT',
      status: 400,
      message: 'Saisie invalide : un caractère ne peut pas être enregistré (U+0000).',
    };
  return { code: 'INTERNAL', status: 500, message: 'Erreur interne.', internal: true };
}
