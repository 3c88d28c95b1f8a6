import type { FastifyInstance } from 'fastify';
import { identity } from '@maillage/shared';
import { badInput, notFound } from '../../../core/errors.js';
import { inRequestTx } from '../../../core/request-state.js';
import { oncallSwitchboard } from './policy.js';
import { getPool, onCallAt } from './service.js';

const person = {
  type: ['object', 'null'],
  properties: {
    id: { type: 'string' },
    displayName: { type: 'string' },
    cpmsName: { type: 'string' },
    phone: { type: ['string', 'null'] },
  },
} as const;

/** « Qui est d'astreinte ? » for the switchboard's key (X-Api-Key) and the centres' staff. */
export async function registerOncallRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Params: { id: string }; Querystring: { at?: string } }>(
    '/api/cpms/pools/:id/on-call',
    {
      config: {
        policy: oncallSwitchboard,
        action: 'oncall.on_call_read',
        subjectType: 'oncall_pool',
        apiScope: 'cpms:oncall:read',
      },
      schema: {
        summary: 'The agent and backup on call in a pool at an instant (now by default), with their phones; audited',
        tags: ['cpms'],
        params: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
        querystring: {
          type: 'object',
          properties: { at: { type: 'string', description: 'An ISO 8601 instant with its offset' } },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              at: { type: 'string' },
              shift: {
                type: ['object', 'null'],
                properties: { id: { type: 'string' }, startsAt: { type: 'string' }, endsAt: { type: 'string' } },
              },
              agent: person,
              backup: person,
            },
          },
        },
      },
    },
    async (request) => {
      if (!identity.uuid.safeParse(request.params.id).success) throw notFound('Pool d’astreinte');
      const raw = request.query.at;
      const at = raw === undefined ? new Date() : new Date(raw);
      if (raw !== undefined && (!/^\d{4}-\d{2}-\d{2}T/.test(raw) || Number.isNaN(at.getTime())))
        throw badInput([{ path: 'at', message: 'instant invalide (ISO 8601)' }]);
      return inRequestTx(request, 'read', async (ctx) => {
        const pool = await getPool(ctx, request.params.id);
        if (!pool) throw notFound('Pool d’astreinte');
        const answer = await onCallAt(ctx, pool.id, at);
        const view = (p: typeof answer.agent) =>
          p ? { id: p.id, displayName: p.displayName, cpmsName: p.cpmsName, phone: p.phone } : null;
        return {
          at: answer.at.toISOString(),
          shift: answer.shift
            ? {
                id: answer.shift.id,
                startsAt: answer.shift.startsAt.toISOString(),
                endsAt: answer.shift.endsAt.toISOString(),
              }
            : null,
          agent: view(answer.agent),
          backup: view(answer.backup),
        };
      });
    },
  );
}
