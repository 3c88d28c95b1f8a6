import type { FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import { CONTENT_TYPES, EXPORT_FORMATS, sendExportFile } from '../../core/export-file.js';
import { inRequestTx } from '../../core/request-state.js';
import { exportCatalogue, importCatalogue } from './catalogue-file.js';
import { toolsReader, toolsWriter } from './tools.resolvers.js';

const params = {
  type: 'object',
  properties: { platformId: { type: 'string' } },
  required: ['platformId'],
} as const;

const reportSchema = {
  type: 'object',
  properties: {
    total: { type: 'integer', description: 'Data rows read' },
    created: { type: 'integer' },
    updated: { type: 'integer', description: 'Rows whose name was already in the catalogue' },
    written: { type: 'boolean', description: 'False when a row was rejected: then nothing was written' },
    rejected: {
      type: 'array',
      items: { type: 'object', properties: { line: { type: 'integer' }, reason: { type: 'string' } } },
    },
  },
} as const;

/** The catalogue of solutions as a file: its export (CSV, XLSX) and its import (all or nothing). */
export async function registerToolsRoutes(app: FastifyInstance): Promise<void> {
  for (const format of EXPORT_FORMATS) {
    app.get<{ Params: { platformId: string } }>(
      `/api/psad/platforms/:platformId/catalogue.${format}`,
      {
        config: { policy: toolsReader, action: 'solution_offer.export', subjectType: 'platform' },
        schema: {
          summary: `The platform's catalogue of solutions as ${format.toUpperCase()} (French headers, formulas neutralised); audited`,
          tags: ['instances'],
          params,
          produces: [CONTENT_TYPES[format]],
          response: { 200: { description: 'The file, as an attachment', type: 'string', format: 'binary' } },
        },
      },
      async (request, reply) => {
        const file = await inRequestTx(request, 'read', (ctx) =>
          exportCatalogue(ctx, request.params.platformId, format),
        );
        return sendExportFile(reply, file);
      },
    );
  }

  const fileSize = app.services.config.IMPORT_MAX_FILE_BYTES;
  await app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize, files: 1, fields: 5, fieldSize: 1024 } });
    scope.post<{ Params: { platformId: string } }>(
      '/api/psad/platforms/:platformId/catalogue',
      {
        config: { policy: toolsWriter, action: 'solution_offer.import', subjectType: 'platform' },
        schema: {
          summary:
            "Import a catalogue of solutions (multipart: file, CSV or XLSX with the export's columns); all or nothing, with the rejected rows and why",
          tags: ['instances'],
          params,
          response: { 200: reportSchema },
        },
      },
      async (request) => {
        let content: Buffer | null = null;
        if (request.isMultipart()) {
          for await (const part of request.parts()) {
            if (part.type === 'file') {
              const buffer = await part.toBuffer();
              if (part.fieldname === 'file') content = buffer;
            }
          }
        }
        return inRequestTx(request, 'write', (ctx) =>
          importCatalogue(ctx, { platformId: request.params.platformId, content }),
        );
      },
    );
  });
}
