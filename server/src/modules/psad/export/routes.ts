import type { FastifyInstance } from 'fastify';
import { inRequestTx } from '../../../core/request-state.js';
import { CASE_ORDERS } from '../cases/queries.service.js';
import { CONTENT_TYPES, EXPORT_FORMATS, sendExportFile } from '../../../core/export-file.js';
import { caseWorker } from '../policy.js';
import { exportCases } from './service.js';

// For the OpenAPI description only: the service parses the body with the worklists' own zod schema
// (French messages, the same rules as GraphQL), so Fastify does not validate or coerce it first.
const bodySchema = {
  type: 'object',
  required: ['format', 'scope'],
  properties: {
    format: { type: 'string', enum: [...EXPORT_FORMATS] },
    scope: {
      description: 'A platform (referents), or the cases assigned to your organisations (counsellors)',
      oneOf: [
        { type: 'object', required: ['platformId'], properties: { platformId: { type: 'string', format: 'uuid' } }, additionalProperties: false },
        { type: 'object', required: ['assigned'], properties: { assigned: { type: 'boolean', enum: [true] } }, additionalProperties: false },
      ],
    },
    filter: {
      type: 'object',
      description: 'The GraphQL CaseFilter',
      properties: {
        status: { type: 'array', items: { type: 'string' } },
        organisationId: { type: 'string', format: 'uuid' },
        campaign: { type: 'string' },
        source: { type: 'string', enum: ['SIEI', 'SIGNAL'] },
        minorWithoutSolution: { type: 'boolean' },
        commune: { type: 'string' },
        daysWithoutContact: { type: 'integer' },
        search: { type: 'string' },
      },
    },
    orderBy: { type: 'string', enum: [...CASE_ORDERS] },
  },
} as const;

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
