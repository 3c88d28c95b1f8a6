import type { FastifyInstance } from 'fastify';
import { CONTENT_TYPES, EXPORT_FORMATS, sendExportFile } from '../../../core/export-file.js';
import { inRequestTx } from '../../../core/request-state.js';
import { exportParcoursIndicators, INDICATORS_EXPORT_ACTION } from './export.js';
import { INDICATORS_POLICY } from './indicators.service.js';

// For the OpenAPI description only: the service parses the query with zod (French messages), so
// Fastify does not validate or coerce it first.
const querySchema = {
  type: 'object',
  required: ['format'],
  properties: {
    format: { type: 'string', enum: [...EXPORT_FORMATS] },
  },
} as const;

/** REST route of the export of the référence de parcours' indicators (counts only, never a person). */
export async function registerParcoursIndicatorsRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/api/parcours/indicators/export',
    {
      // The GraphQL query's policy: the same figures.
      config: { policy: INDICATORS_POLICY, action: INDICATORS_EXPORT_ACTION },
      schema: {
        summary:
          'Export the indicators of the référence de parcours (references by status, sans suite by motive, ended by reason, referents, lockers) as CSV or XLSX; social workers, viewers and admins; audited',
        tags: ['parcours'],
        querystring: querySchema,
        produces: [CONTENT_TYPES.csv, CONTENT_TYPES.xlsx],
        response: {
          200: {
            description: 'The file, as an attachment: one row per figure (Indicateur, Valeur)',
            type: 'string',
            format: 'binary',
          },
        },
      },
      validatorCompiler: () => (data) => ({ value: data }),
    },
    async (request, reply) => {
      const file = await inRequestTx(request, 'read', (ctx) => exportParcoursIndicators(ctx, request.query));
      return sendExportFile(reply, file);
    },
  );
}
