import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { identity } from '@maillage/shared';
import { renderDocx, renderPdf } from '../../../core/documents/index.js';
import { badInput, notFound } from '../../../core/errors.js';
import { fileNameSlug } from '../../../core/export-file.js';
import { inRequestTx } from '../../../core/request-state.js';
import { parseInput } from '../../../core/validation.js';
import { SNIFF_BYTES, sniffContentType } from '../../parcours/documents/sniff.js';
import { newStorageKey } from '../../parcours/documents/storage.js';
import { cpmsContractReader, cpmsSchoolHead } from './policy.js';
import { objectivesContractReport } from './report.js';
import { attachPlanDocument, getPlan } from './service.js';

const params = { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] } as const;
/** A plan de pilotage's document: a PDF of at most 10 MB. */
export const PLAN_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

const REPORT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/**
 * The contracts' REST routes: the evaluation report of an objectives contract (PDF, DOCX), and the
 * document of a plan de pilotage (upload by the school's head, checked by content; download by its readers).
 */
export async function registerContractRoutes(app: FastifyInstance): Promise<void> {
  for (const format of ['pdf', 'docx'] as const) {
    app.get<{ Params: { id: string } }>(
      `/api/cpms/objectives-contracts/:id/rapport.${format}`,
      {
        config: {
          policy: cpmsContractReader,
          action: 'cpms_objectives_contract.report',
          subjectType: 'cpms_objectives_contract',
        },
        schema: {
          summary: `The evaluation report of a CPMS's objectives contract as ${format.toUpperCase()} (replaces the activity report); audited`,
          tags: ['cpms'],
          params,
          produces: [REPORT_TYPES[format]],
          response: { 200: { description: 'The document, as an attachment', type: 'string', format: 'binary' } },
        },
      },
      async (request, reply) => {
        const doc = await inRequestTx(request, 'read', async (ctx) => {
          const id = parseInput(identity.uuid, request.params.id, 'id');
          const model = await objectivesContractReport(ctx, id);
          await ctx.audit({
            action: 'cpms_objectives_contract.report',
            subjectType: 'cpms_objectives_contract',
            subjectId: id,
            details: { format },
          });
          return model;
        });
        const body = format === 'pdf' ? await renderPdf(doc) : await renderDocx(doc);
        return reply
          .header('content-type', REPORT_TYPES[format])
          .header('content-disposition', `attachment; filename="${fileNameSlug(doc.title, 'rapport')}.${format}"`)
          .header('cache-control', 'no-store')
          .send(body);
      },
    );
  }

  app.get<{ Params: { id: string } }>(
    '/api/cpms/plans/:id/document',
    {
      config: {
        policy: cpmsContractReader,
        action: 'cpms_school_plan.download_document',
        subjectType: 'cpms_school_plan',
      },
      schema: {
        summary: "A plan de pilotage's document (its readers); audited",
        tags: ['cpms'],
        params,
        produces: ['application/pdf'],
        response: { 200: { description: 'The document, as an attachment', type: 'string', format: 'binary' } },
      },
    },
    async (request, reply) => {
      const plan = await inRequestTx(request, 'read', async (ctx) => {
        const id = parseInput(identity.uuid, request.params.id, 'id');
        const row = await getPlan(ctx, id);
        if (!row?.documentKey) throw notFound('Document du plan de pilotage');
        await ctx.audit({
          action: 'cpms_school_plan.download_document',
          subjectType: 'cpms_school_plan',
          subjectId: id,
        });
        return row;
      });
      const stored = await app.services.documentStore.get(plan.documentKey!);
      return reply
        .header('content-type', plan.documentType ?? 'application/octet-stream')
        .header(
          'content-disposition',
          `attachment; filename="${fileNameSlug(plan.documentName ?? plan.title, 'plan')}.pdf"`,
        )
        .header('cache-control', 'no-store')
        .send(stored);
    },
  );

  await app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: PLAN_DOCUMENT_MAX_BYTES, files: 1, fields: 2, parts: 3 } });
    scope.post<{ Params: { id: string } }>(
      '/api/cpms/plans/:id/document',
      {
        config: { policy: cpmsSchoolHead, action: 'cpms_school_plan.attach_document', subjectType: 'cpms_school_plan' },
        schema: {
          summary:
            "Attach the school's document to its plan de pilotage (multipart, field file: a PDF, checked by content)",
          tags: ['cpms'],
          params,
          consumes: ['multipart/form-data'],
          response: { 201: { type: 'object', properties: { size: { type: 'integer' } } } },
        },
      },
      async (request, reply) => {
        const id = parseInput(identity.uuid, request.params.id, 'id');
        // The plan and the caller's right first: nothing is stored for a plan they may not change.
        await inRequestTx(request, 'read', async (ctx) => {
          if (!(await getPlan(ctx, id))) throw notFound('Plan de pilotage');
        });
        if (!request.isMultipart())
          throw badInput([{ path: 'file', message: 'envoyez le fichier en multipart/form-data' }]);
        const file = await request.file();
        if (!file) throw badInput([{ path: 'file', message: 'aucun fichier' }]);
        const body = await file.toBuffer().catch(() => null);
        if (!body || file.file.truncated)
          throw badInput([{ path: 'file', message: `fichier trop volumineux (10 Mo au plus)` }]);
        if (body.length === 0) throw badInput([{ path: 'file', message: 'fichier vide' }]);
        const sniffed = sniffContentType(body.subarray(0, SNIFF_BYTES));
        if (!sniffed.accepted || sniffed.type !== 'application/pdf')
          throw badInput([
            { path: 'file', message: `un PDF, reconnu à son contenu (reçu : ${sniffed.type ?? 'type inconnu'})` },
          ]);
        const key = newStorageKey();
        await app.services.documentStore.put(key, body);
        try {
          const { previousKey } = await inRequestTx(request, 'write', (ctx) =>
            attachPlanDocument(ctx, id, {
              key,
              name: file.filename.slice(0, 200) || 'plan-de-pilotage.pdf',
              type: sniffed.type,
              size: body.length,
            }),
          );
          if (previousKey) await app.services.documentStore.delete(previousKey).catch(() => undefined);
        } catch (err) {
          await app.services.documentStore.delete(key).catch(() => undefined);
          throw err;
        }
        return reply.code(201).send({ size: body.length });
      },
    );
  });
}
