import pino, { type LoggerOptions } from 'pino';

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
  'email',
  'password',
  'variables',
];

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
      err: pino.stdSerializers.err,
    },
  };
}
