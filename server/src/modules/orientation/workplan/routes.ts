import type { FastifyInstance } from 'fastify';
import { sendExportFile } from '../../../core/export-file.js';
import { inRequestTx } from '../../../core/request-state.js';
import { parseInput } from '../../../core/validation.js';
import { identity } from '@maillage/shared';
import { orientationReader } from '../policy.js';
import { exportWorkPlan, WORK_PLAN_CONTENT_TYPES, WORK_PLAN_EXPORT_FORMATS } from './export.js';

const params = { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] } as const;

/** A work plan as XLSX and PDF, for its CIO's readers. */
export async function registerWorkPlanRoutes(app: FastifyInstance): Promise<void> {
  for (const format of WORK_PLAN_EXPORT_FORMATS) {
    app.get<{ Params: { id: string } }>(
      `/api/orientation/work-plans/:id/plan.${format}`,
      {
        config: { policy: orientationReader, action: 'work_plan.export', subjectType: 'work_plan' },
        schema: {
          summary: `A CIO's work plan as ${format.toUpperCase()} (its actions, their attribution, calendar, status and evidence); audited`,
          tags: ['orientation'],
          params,
          produces: [WORK_PLAN_CONTENT_TYPES[format]],
          response: { 200: { description: 'The file, as an attachment', type: 'string', format: 'binary' } },
        },
      },
      async (request, reply) => {
        const file = await inRequestTx(request, 'read', (ctx) =>
          exportWorkPlan(ctx, parseInput(identity.uuid, request.params.id, 'id'), format),
        );
        return sendExportFile(reply, file);
      },
    );
  }
}
