import type { FastifyError, FastifyInstance } from 'fastify';
import { ZodError } from 'zod';
import { AppError, httpStatusOf, isConnectionError, type ErrorCode, type FieldError } from './errors.js';

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
};

/** REST errors leave as RFC 9457 problem+json with the same codes as GraphQL. */
export function registerProblemErrors(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let code: ErrorCode;
    let detail: string;
    let fields: FieldError[] | undefined;
    if (error instanceof AppError) {
      ({ code } = error);
      detail = error.message;
      fields = error.fields;
    } else if (error instanceof ZodError) {
      code = 'BAD_USER_INPUT';
      fields = zodFields(error);
      detail = `Saisie invalide : ${fields.map((f) => `${f.path} (${f.message})`).join(', ')}.`;
    } else if (error.statusCode === 429) {
      code = 'RATE_LIMITED';
      detail = 'Trop de tentatives : patientez avant de réessayer.';
    } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      code = error.statusCode === 404 ? 'NOT_FOUND' : 'BAD_USER_INPUT';
      detail = error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? 'Requête trop volumineuse.' : 'Requête invalide.';
    } else if (isConnectionError(error)) {
      code = 'SERVICE_UNAVAILABLE';
      detail = 'La base de données est momentanément indisponible : réessayez dans un instant.';
    } else {
      request.log.error({ errorName: error.name, code: error.code, stack: error.stack?.split('\n').slice(1, 6) }, 'internal error');
      code = 'INTERNAL';
      detail = `Erreur interne. Référence : ${request.id}`;
    }
    const status = error instanceof AppError || code === 'INTERNAL' || code === 'SERVICE_UNAVAILABLE' ? httpStatusOf[code] : (error.statusCode ?? httpStatusOf[code]);
    void reply
      .code(status)
      .type('application/problem+json')
      .send({ type: 'about:blank', title: titles[code], status, detail, code, requestId: request.id, ...(fields ? { fields } : {}) });
  });
}
