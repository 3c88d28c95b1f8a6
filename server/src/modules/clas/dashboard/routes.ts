import type { FastifyInstance } from 'fastify';
import { policies } from '../../../core/authz.js';
import { inRequestTx } from '../../../core/request-state.js';
import { CONTENT_TYPES, EXPORT_FORMATS, sendExportFile } from '../../../core/export-file.js';
import { CLAS_DASHBOARD_EXPORT_ACTION, exportClasDashboard } from './export.js';

// For the OpenAPI description only: the service parses the query with zod (French messages, the
// same rules as the GraphQL query), so Fastify does not validate or coerce it first.
const querySchema = {
  type: 'object',
  required: ['schoolYear', 'format'],
  properties: {
    schoolYear: { type: 'string', pattern: '^[0-9]{4}-[0-9]{4}$', description: 'The school year, e.g. 2026-2027' },
    format: { type: 'string', enum: [...EXPORT_FORMATS] },
    departementId: {
      type: 'string',
      format: 'uuid',
      description: "One of the caller's départements; default: the first (by INSEE code)",
    },
  },
} as const;

/** REST route of the CLAS département dashboard's export (the officer's figures and one row per project). */
export async function registerClasDashboardRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/api/clas/dashboard/export',
    {
      // The département (the officer's own) is checked by the service.
      config: { policy: policies.anyRole('CAF_OFFICER'), action: CLAS_DASHBOARD_EXPORT_ACTION },
      schema: {
        summary:
          "Export the CAF officer's CLAS dashboard of a département and school year (figures, then one row per project) as CSV or XLSX; audited",
        tags: ['clas'],
        querystring: querySchema,
        produces: [CONTENT_TYPES.csv, CONTENT_TYPES.xlsx],
        response: { 200: { description: 'The file, as an attachment', type: 'string', format: 'binary' } },
      },
      validatorCompiler: () => (data) => ({ value: data }),
    },
    async (request, reply) => {
      const file = await inRequestTx(request, 'read', (ctx) => exportClasDashboard(ctx, request.query));
      return sendExportFile(reply, file);
    },
  );
}
