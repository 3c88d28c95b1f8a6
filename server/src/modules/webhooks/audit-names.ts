import { eq, inArray } from 'drizzle-orm';
import type { RequestContext } from '../../core/context.js';
import { webhookDelivery, webhookEndpoint } from './tables.js';

/** The host an address names (never its path nor query: they may carry a receiver's token). */
const hostOf = (url: string) => (URL.canParse(url) ? new URL(url).host : url.slice(0, 40));

/**
 * The names the audit log shows for this module's objects (modules/audit/subjects.ts), read as the
 * reader under row-level security: an endpoint by its host, a delivery by its event type and host.
 */
export const webhooksAuditNames: Record<string, (ctx: RequestContext, ids: string[]) => Promise<Map<string, string>>> =
  {
    webhook_endpoint: async (ctx, ids) => {
      const rows = await ctx.db
        .select({ id: webhookEndpoint.id, url: webhookEndpoint.url })
        .from(webhookEndpoint)
        .where(inArray(webhookEndpoint.id, ids));
      return new Map(rows.map((r) => [r.id, `adresse ${hostOf(r.url)}`]));
    },
    webhook_delivery: async (ctx, ids) => {
      const rows = await ctx.db
        .select({ id: webhookDelivery.id, type: webhookDelivery.eventType, url: webhookEndpoint.url })
        .from(webhookDelivery)
        .innerJoin(webhookEndpoint, eq(webhookEndpoint.id, webhookDelivery.endpointId))
        .where(inArray(webhookDelivery.id, ids));
      return new Map(rows.map((r) => [r.id, `envoi ${r.type} vers ${hostOf(r.url)}`]));
    },
  };
