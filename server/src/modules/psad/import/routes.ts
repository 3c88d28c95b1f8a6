import type { FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import { sendExportFile } from '../../../core/export-file.js';
import { inRequestTx } from '../../../core/request-state.js';
import { psadReferent } from '../policy.js';
import { confirmImport, refreshConfirmedStatistics, rejectedCsv, uploadImport } from './import.service.js';

const str = { type: 'string' } as const;
const nullableStr = { type: ['string', 'null'] } as const;
const keyFields = { ine: nullableStr, lastName: str, firstNames: str, birthDate: str } as const;

/** The preview's details (service.ts PreviewDetails), bounded by the server: on the upload's answer only. */
const previewSchema = {
  type: 'object',
  properties: {
    columns: { type: 'array', items: str, description: "The file's header, as read" },
    sample: {
      type: 'array',
      description: 'The first 20 data rows, every cell as read (decoded), with what became of each',
      items: {
        type: 'object',
        properties: {
          line: { type: 'integer' },
          cells: { type: 'array', items: str },
          outcome: { type: 'string', enum: ['ACCEPTED', 'MERGED', 'REJECTED', 'DUPLICATE'] },
          note: nullableStr,
        },
      },
    },
    duplicates: {
      type: 'array',
      description: 'The first 50 duplicates within the file, with their key fields and those of the row kept',
      items: {
        type: 'object',
        properties: {
          line: { type: 'integer' },
          sameAsLine: { type: 'integer' },
          matchedOn: { type: 'string', enum: ['INE', 'IDENTITY'] },
          ...keyFields,
          first: { type: 'object', properties: keyFields },
        },
      },
    },
    merged: {
      type: 'array',
      description:
        'The first 50 rows matched to a young person already on the platform, with that person and their case',
      items: {
        type: 'object',
        properties: {
          line: { type: 'integer' },
          matchedOn: { type: 'string', enum: ['INE', 'IDENTITY'] },
          ...keyFields,
          known: {
            type: 'object',
            properties: { youngPersonId: str, ...keyFields, caseId: nullableStr, caseStatus: nullableStr },
          },
        },
      },
    },
  },
} as const;

const reportSchema = {
  type: 'object',
  properties: {
    importId: { type: 'string' },
    total: { type: 'integer' },
    accepted: { type: 'integer' },
    merged: { type: 'integer' },
    rejected: {
      type: 'array',
      items: { type: 'object', properties: { line: { type: 'integer' }, reason: { type: 'string' } } },
    },
    duplicatesInFile: { type: 'integer' },
    warnings: { type: 'integer' },
    created: { type: 'integer' },
    updated: { type: 'integer' },
    casesOpened: { type: 'integer' },
    preview: previewSchema,
  },
} as const;

/** REST routes of the SIEI list import (multipart upload, preview, confirm, rejected rows as CSV). */
export async function registerImportRoutes(app: FastifyInstance): Promise<void> {
  const fileSize = app.services.config.IMPORT_MAX_FILE_BYTES;
  await app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize, files: 1, fields: 10, fieldSize: 1024 } });

    scope.post<{ Params: { platformId: string } }>(
      '/api/psad/platforms/:platformId/imports',
      {
        config: { policy: psadReferent, action: 'psad_import.upload' },
        schema: {
          summary: 'Upload a SIEI campaign list (multipart: file, campaign) and get its preview',
          tags: ['psad'],
          response: { 200: reportSchema },
        },
      },
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
        return inRequestTx(request, 'write', (ctx) =>
          uploadImport(ctx, { platformId: request.params.platformId, campaign, fileName, content }),
        );
      },
    );

    scope.post<{ Params: { importId: string } }>(
      '/api/psad/imports/:importId/confirm',
      {
        config: { policy: psadReferent, action: 'psad_import.confirm' },
        schema: { summary: 'Write a previewed SIEI list, once', tags: ['psad'], response: { 200: reportSchema } },
      },
      async (request) => {
        const report = await inRequestTx(request, 'write', (ctx) => confirmImport(ctx, request.params.importId));
        // Committed: the tables' statistics, after the answer rather than before it (0.6 s for a
        // 100,000-row list, which the referent need not wait for). On PGlite the next request waits for
        // them on the one connection; on PostgreSQL one that comes meanwhile plans on the old ones.
        void refreshConfirmedStatistics(request.server.services.database, request.log);
        return report;
      },
    );

    scope.get<{ Params: { importId: string } }>(
      '/api/psad/imports/:importId/rejected.csv',
      {
        config: { policy: psadReferent, action: 'psad_import.rejected_csv' },
        schema: {
          summary:
            "The rejected rows of an import (ligne;motif;ligne d'origine: the record as read from the file), as CSV",
          tags: ['psad'],
        },
      },
      async (request, reply) =>
        sendExportFile(reply, await inRequestTx(request, 'write', (ctx) => rejectedCsv(ctx, request.params.importId))),
    );
  });
}
