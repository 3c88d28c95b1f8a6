import type { FastifyInstance } from 'fastify';
import { inRequestTx } from '../../core/request-state.js';
import { timetableFile } from './networks/timetable-file.js';
import { orientationReader } from './policy.js';

/** A PsyEn's timetable as an iCalendar file (issue 18). */
export async function registerOrientationRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Params: { cioId: string; userId: string }; Querystring: { annee?: string } }>(
    '/api/orientation/cios/:cioId/psyen/:userId/emploi-du-temps.ics',
    {
      config: { policy: orientationReader, action: 'psyen_service.timetable_file', subjectType: 'user' },
      schema: {
        summary: "A PsyEn's half-days of a school year as weekly iCalendar events (the ones the caller sees); audited",
        tags: ['orientation'],
        params: {
          type: 'object',
          properties: { cioId: { type: 'string' }, userId: { type: 'string' } },
          required: ['cioId', 'userId'],
        },
        querystring: {
          type: 'object',
          properties: { annee: { type: 'string', description: 'The school year, e.g. 2026-2027' } },
          required: ['annee'],
        },
        produces: ['text/calendar'],
        response: { 200: { description: 'The .ics file', type: 'string' } },
      },
    },
    async (request, reply) => {
      const content = await inRequestTx(request, 'read', (ctx) =>
        timetableFile(ctx, { ...request.params, schoolYear: request.query.annee }),
      );
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="emploi-du-temps.ics"')
        .header('cache-control', 'no-store')
        .send(content);
    },
  );
}
