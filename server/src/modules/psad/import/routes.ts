import type { FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import { inRequestTx } from '../../../core/request-state.js';
import { confirmImport, rejectedCsv, uploadImport } from './service.js';


const reportSchema = {
  type: 'object',
  properties: {
    importId: { type: 'string' },
    total: { type: 'integer' },
    accepted: { type: 'integer' },
    merged: { type: 'integer' },
    rejected: { type: 'array', items: { type: 'object', properties: { line: { type: 'integer' }, reason: { type: 'string' } } } },
    duplicatesInFile: { type: 'integer' },
    warnings: { type: 'integer' },
    created: { type: 'integer' },
    updated: { type: 'integer' },
    casesOpened: { type: 'integer' },
  },
} as const;

/** REST routes of the SIEI list import (multipart upload, preview, confirm, rejected rows as CSV). */
export async function registerImportRoutes(app: FastifyInstance): Promise<void> {
  const fileSize = app.services.config.IMPORT_MAX_FILE_BYTES;
  await app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize, files: 1, fields: 10, fieldSize: 1024 } });

    scope.post<{ Params: { platformId: string } }>(
      '/api/psad/platforms/:platformId/imports',
      { schema: { summary: 'Upload a SIEI campaign list (multipart: file, campaign) and get its preview', tags: ['psad'], response: { 200: reportSchema } } },
      async (request) => {
        let content: Buffer | null = null;
        let fileName = '';
        let campaign: unknown = undefined;
        if (request.isMultipart()) {
          for await (const part of request.parts()) {
            if (part.type === 'file') {
              // Read whole (the 50 MB limit applies): the parser needs the header and the encoding.
              const buffer = await part.toBuffer();
              if (part.fieldname === 'file') {
                content = buffer;
                fileName = part.filename;
              }
            } else if (part.fieldname === 'campaign') campaign = part.value;
          }
        }
        return inRequestTx(request, 'write', (ctx) => uploadImport(ctx, { platformId: request.params.platformId, campaign, fileName, content }));
      },
    );

    scope.post<{ Params: { importId: string } }>(
      '/api/psad/imports/:importId/confirm',
      { schema: { summary: 'Write a previewed SIEI list, once', tags: ['psad'], response: { 200: reportSchema } } },
      async (request) => inRequestTx(request, 'write', (ctx) => confirmImport(ctx, request.params.importId)),
    );

    scope.get<{ Params: { importId: string } }>(
      '/api/psad/imports/:importId/rejected.csv',
      { schema: { summary: 'The rejected rows of an import (line;reason), as CSV', tags: ['psad'] } },
      async (request, reply) => {
        const csv = await inRequestTx(request, 'write', (ctx) => rejectedCsv(ctx, request.params.importId));
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="lignes-rejetees.csv"')
          .header('cache-control', 'no-store')
          .send(csv);
      },
    );
  });
}
