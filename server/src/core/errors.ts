export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL',
  'SERVICE_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldError {
  path: string;
  message: string;
}

/** An error meant for the caller: its message is safe to show (French, no personal data). */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldError[],
  ) {
    super(message);
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
};

export const unauthenticated = () => new AppError('UNAUTHENTICATED', 'Authentification requise.');
export const forbidden = () => new AppError('FORBIDDEN', "Vous n'avez pas accès à cette opération.");
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} introuvable.`);
export const staleVersion = (what: string) =>
  new AppError('CONFLICT', `${what} a été modifié(e) entre-temps par quelqu'un d'autre : rechargez puis recommencez.`);
export const badInput = (fields: FieldError[]) =>
  new AppError('BAD_USER_INPUT', `Saisie invalide : ${fields.map((f) => `${f.path} (${f.message})`).join(', ')}.`, fields);

/** Postgres errors that mean "the database is out of reach" rather than a bug. */
export function isConnectionError(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | null;
  if (!e) return false;
  if (e.code && /^(08|57P0)/.test(e.code)) return true;
  if (e.code && ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(e.code)) return true;
  return /Connection terminated|connect ECONNREFUSED|Client has encountered a connection error|terminating connection/i.test(
    e.message ?? '',
  );
}

/** Unique violations become CONFLICT; the constraint name says which rule, never the values. */
export function uniqueViolation(err: unknown): string | null {
  const e = (err as { cause?: unknown }).cause ?? err;
  const pg = e as { code?: string; constraint?: string };
  return pg.code === '23505' ? (pg.constraint ?? 'unique') : null;
}
