import type { FastifyInstance } from 'fastify';
import { WORK_PLAN_STATUSES, WORK_PLAN_STATUS_LABELS, uuid } from '@maillage/shared';
import { renderPdf } from '../../../core/documents/index.js';
import { fileNameSlug } from '../../../core/export-file.js';
import { inRequestTx } from '../../../core/request-state.js';
import { parseInput } from '../../../core/validation.js';
import { orientationStaff } from '../policy.js';
import { planCompletionOf } from '../workplan/service.js';
import { evaluationReport } from './report.js';

const params = { type: 'object', properties: { cioId: { type: 'string' } }, required: ['cioId'] } as const;

/** The evaluation's final report of a CIO, as PDF, for the « réunion bilan »; audited. */
export async function registerEvaluationRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Params: { cioId: string } }>(
    '/api/orientation/cios/:cioId/rapport-evaluation.pdf',
    {
      config: { policy: orientationStaff, action: 'orientation_evaluation.report', subjectType: 'organisation' },
      schema: {
        summary: "A CIO's evaluation report of the experiment as PDF (its direction team and PsyEn); audited",
        tags: ['orientation'],
        params,
        produces: ['application/pdf'],
        response: { 200: { description: 'The document, as an attachment', type: 'string', format: 'binary' } },
      },
    },
    async (request, reply) => {
      const doc = await inRequestTx(request, 'read', async (ctx) => {
        const cioId = parseInput(uuid, request.params.cioId, 'cioId');
        const completion = await planCompletionOf(ctx, cioId);
        const planCompletion = completion.planId
          ? {
              ...Object.fromEntries(WORK_PLAN_STATUSES.map((s) => [WORK_PLAN_STATUS_LABELS[s], completion[s]])),
              'Dont en retard': completion.late,
              Total: completion.total,
            }
          : null;
        const model = await evaluationReport(ctx, cioId, planCompletion);
        await ctx.audit({ action: 'orientation_evaluation.report', subjectType: 'organisation', subjectId: cioId });
        return model;
      });
      const body = await renderPdf(doc);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${fileNameSlug(doc.title, 'rapport')}.pdf"`)
        .header('cache-control', 'no-store')
        .send(body);
    },
  );
}
