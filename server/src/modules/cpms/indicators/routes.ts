import type { FastifyInstance } from 'fastify';
import { CONTENT_TYPES, EXPORT_FORMATS, sendExportFile } from '../../../core/export-file.js';
import { inRequestTx } from '../../../core/request-state.js';
import { CPMS_INDICATORS_EXPORT_ACTION, exportCpmsIndicators } from './export.js';
import { CPMS_INDICATORS_POLICY } from './indicators.service.js';

// For the OpenAPI description only: the service parses the query with zod (French messages).
const querySchema = {
  type: 'object',
  required: ['format', 'year'],
  properties: {
    format: { type: 'string', enum: [...EXPORT_FORMATS] },
    year: { type: 'integer' },
    zoneId: { type: 'string', format: 'uuid' },
  },
} as const;

/** REST route of the export of the CPMS indicators (aggregates only, under the small-count rule). */
export async function registerCpmsIndicatorsRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/api/cpms/indicators/export',
    {
      // The GraphQL query's policy: the same figures.
      config: { policy: CPMS_INDICATORS_POLICY, action: CPMS_INDICATORS_EXPORT_ACTION },
      schema: {
        summary:
          'Export the CPMS indicators of a year (contracts per zone, objectives reached, calls by category, month and hour, follow-ups overdue) as CSV or XLSX; central analysts and DCO; audited',
        tags: ['cpms'],
        querystring: querySchema,
        produces: [CONTENT_TYPES.csv, CONTENT_TYPES.xlsx],
        response: {
          200: {
            description: 'The file, as an attachment: one row per figure (Tableau, Libellé, Colonne, Valeur)',
            type: 'string',
            format: 'binary',
          },
        },
      },
      validatorCompiler: () => (data) => ({ value: data }),
    },
    async (request, reply) => {
      const file = await inRequestTx(request, 'read', (ctx) => exportCpmsIndicators(ctx, request.query));
      return sendExportFile(reply, file);
    },
  );
}
