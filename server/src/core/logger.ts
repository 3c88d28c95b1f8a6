import type { LoggerOptions } from 'pino';
import { errorCode, stackFrames } from './errors.js';

/**
 * Personal fields that must never reach a log line, wherever they appear in a logged object.
 * Request bodies and GraphQL variables are never logged at all.
 */
export const redactedPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.email',
  '*.phone',
  '*.firstName',
  '*.lastName',
  '*.birthDate',
  '*.address',
  '*.ine',
  '*.displayName',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  'email',
  'password',
  'token',
  'accessToken',
  'refreshToken',
  'displayName',
  'variables',
  '*.variables',
];

/** An error as a log line may hold it: class, codes and frames. */
export function safeError(err: unknown): Record<string, unknown> {
  const e = (err ?? {}) as { name?: unknown; statusCode?: unknown };
  return {
    type: typeof e.name === 'string' ? e.name : typeof err,
    ...(errorCode(err) ? { code: errorCode(err) } : {}),
    ...(typeof e.statusCode === 'number' ? { statusCode: e.statusCode } : {}),
    stack: stackFrames(err),
  };
}

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: redactedPaths, censor: '[redacted]' },
    serializers: {
      // Only what identifies the request, never its body, query string or personal headers.
      req: (req: { id: string; method: string; routeOptions?: { url?: string }; url: string }) => ({
        id: req.id,
        method: req.method,
        route: req.routeOptions?.url ?? req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      // Never an error's message: database errors quote the SQL and its parameters, JSON errors the body.
      err: safeError,
    },
  };
}
