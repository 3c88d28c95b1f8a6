import type { FastifyInstance } from 'fastify';
import { inRequestTx } from '../../../core/request-state.js';
import { z } from 'zod';
import { CONTENT_TYPES, sendExportFile } from '../../../core/export-file.js';
import { caseWorker } from '../policy.js';
import { exportCases, exportSchema } from './export.service.js';

// For the OpenAPI description only, drawn from the zod schema the service parses the body with (French
// messages, the same rules as GraphQL), so that the two cannot drift; Fastify does not validate first.
const { $schema: _draft, ...bodySchema } = z.toJSONSchema(exportSchema, { io: 'input', target: 'draft-7' });

/** REST route of the worklists' export: the filter travels in the body, never in the URL. */
export async function registerExportRoutes(app: FastifyInstance): Promise<void> {
  app.post(
    '/api/psad/exports',
    {
      // The scope's own role (referent for a platform, counsellor for `assigned`) is checked by the service.
      config: { policy: caseWorker, action: 'case.export' },
      schema: {
        summary: `Export a filtered PSAD worklist (every matching case, at most PSAD_EXPORT_MAX_ROWS) as CSV or XLSX; audited`,
        tags: ['psad'],
        body: bodySchema,
        produces: [CONTENT_TYPES.csv, CONTENT_TYPES.xlsx],
        response: { 200: { description: 'The file, as an attachment', type: 'string', format: 'binary' } },
      },
      validatorCompiler: () => (data) => ({ value: data }),
    },
    async (request, reply) => {
      const file = await inRequestTx(request, 'read', (ctx) => exportCases(ctx, request.body));
      return sendExportFile(reply, file);
    },
  );
}
