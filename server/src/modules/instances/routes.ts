import type { FastifyInstance } from 'fastify';
import { ROLES } from '@maillage/shared';
import { policies } from '../../core/authz.js';
import { renderDocx, renderPdf } from '../../core/documents/index.js';
import { fileNameSlug } from '../../core/export-file.js';
import { inRequestTx } from '../../core/request-state.js';
import { invitationFile } from './invitations.js';
import { parseId } from './minutes.service.js';
import { minutesDocument } from './minutes-document.js';
import { buildBilan, buildRegionalBilan } from './bilan/bilan.service.js';
import { bilanDocument, regionalDocument } from './bilan/document.js';
import { platform } from '../psad/tables.js';
import { eq } from 'drizzle-orm';

const people = policies.anyRole(...ROLES.filter((r) => r !== 'SERVICE_ACCOUNT'));

const FORMATS = {
  pdf: { type: 'application/pdf', render: renderPdf },
  docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', render: renderDocx },
} as const;

const bilanReaders = policies.anyRole('PSAD_REFERENT', 'REGIONAL_COORDINATOR', 'VIEWER');
const coordinators = policies.anyRole('REGIONAL_COORDINATOR');
const periodQuery = {
  type: 'object',
  properties: {
    from: { type: 'string', description: 'First day (yyyy-mm-dd); with `to`, else the school year under way' },
    to: { type: 'string', description: 'Last day (yyyy-mm-dd)' },
  },
} as const;

const params = { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] } as const;

/** The minutes of a meeting as PDF and DOCX, and its calendar file, for whoever sees the meeting. */
export async function registerMinutesRoutes(app: FastifyInstance): Promise<void> {
  for (const [format, { type, render }] of Object.entries(FORMATS)) {
    app.get<{ Params: { id: string } }>(
      `/api/meetings/:id/compte-rendu.${format}`,
      {
        config: { policy: people, action: 'meeting.minutes_export', subjectType: 'meeting' },
        schema: {
          summary: `The minutes of a meeting as ${format.toUpperCase()}, in the convening platform's name; audited`,
          tags: ['instances'],
          params,
          produces: [type],
          response: { 200: { description: 'The document, as an attachment', type: 'string', format: 'binary' } },
        },
      },
      async (request, reply) => {
        const { doc, title } = await inRequestTx(request, 'read', async (ctx) => {
          const id = parseId(request.params.id, 'id');
          const model = await minutesDocument(ctx, id);
          await ctx.audit({
            action: 'meeting.minutes_export',
            subjectType: 'meeting',
            subjectId: id,
            details: { format },
          });
          return { doc: model, title: model.title };
        });
        const body = await render(doc);
        return reply
          .header('content-type', type)
          .header('content-disposition', `attachment; filename="${fileNameSlug(title, 'compte-rendu')}.${format}"`)
          .header('cache-control', 'no-store')
          .send(body);
      },
    );
  }
  for (const [format, { type, render }] of Object.entries(FORMATS)) {
    app.get<{ Params: { platformId: string }; Querystring: { from?: string; to?: string } }>(
      `/api/psad/platforms/:platformId/bilan.${format}`,
      {
        config: { policy: bilanReaders, action: 'psad.bilan_export', subjectType: 'platform' },
        schema: {
          summary: `A platform's bilan for its COPIL as ${format.toUpperCase()}: figures under the small-count rule, charts, the referent's sections; audited`,
          tags: ['instances'],
          params: { type: 'object', properties: { platformId: { type: 'string' } }, required: ['platformId'] },
          querystring: periodQuery,
          produces: [type],
          response: { 200: { description: 'The document, as an attachment', type: 'string', format: 'binary' } },
        },
      },
      async (request, reply) => {
        const doc = await inRequestTx(request, 'read', async (ctx) => {
          const view = await buildBilan(ctx, { platformId: request.params.platformId, ...request.query }, true);
          const [p] = await ctx.db
            .select({ name: platform.name })
            .from(platform)
            .where(eq(platform.id, view.platformIds[0]!));
          await ctx.audit({
            action: 'psad.bilan_export',
            subjectType: 'platform',
            subjectId: view.platformIds[0]!,
            details: { format, ...view.period },
          });
          return bilanDocument(view, p?.name ?? 'Plateforme');
        });
        return reply
          .header('content-type', type)
          .header(
            'content-disposition',
            `attachment; filename="bilan-${fileNameSlug(doc.issuer, 'plateforme')}.${format}"`,
          )
          .header('cache-control', 'no-store')
          .send(await render(doc));
      },
    );
    app.get<{ Querystring: { from?: string; to?: string } }>(
      `/api/psad/bilan-regional.${format}`,
      {
        config: { policy: coordinators, action: 'psad.bilan_export' },
        schema: {
          summary: `The région's platforms side by side and their consolidated bilan as ${format.toUpperCase()} (aggregates only); audited`,
          tags: ['instances'],
          querystring: periodQuery,
          produces: [type],
          response: { 200: { description: 'The document, as an attachment', type: 'string', format: 'binary' } },
        },
      },
      async (request, reply) => {
        const doc = await inRequestTx(request, 'read', async (ctx) => {
          const view = await buildRegionalBilan(ctx, request.query);
          await ctx.audit({
            action: 'psad.bilan_export',
            subjectType: 'territory',
            subjectId: null,
            details: { format, ...view.period },
          });
          return regionalDocument(view, 'Coordination régionale');
        });
        return reply
          .header('content-type', type)
          .header('content-disposition', `attachment; filename="bilan-regional.${format}"`)
          .header('cache-control', 'no-store')
          .send(await render(doc));
      },
    );
  }
  app.get<{ Params: { id: string } }>(
    '/api/meetings/:id/invitation.ics',
    {
      config: { policy: people, action: 'meeting.invitation_file', subjectType: 'meeting' },
      schema: {
        summary:
          'The meeting as an iCalendar invitation (METHOD:REQUEST, or CANCEL once cancelled), with the caller as attendee',
        tags: ['instances'],
        params,
        produces: ['text/calendar'],
        response: { 200: { description: 'The .ics file', type: 'string' } },
      },
    },
    async (request, reply) => {
      const file = await inRequestTx(request, 'read', (ctx) => invitationFile(ctx, parseId(request.params.id, 'id')));
      return reply
        .header('content-type', `text/calendar; charset=utf-8; method=${file.method}`)
        .header('content-disposition', 'attachment; filename="invitation.ics"')
        .header('cache-control', 'no-store')
        .send(file.content);
    },
  );
}
