import { eq, inArray, sql } from 'drizzle-orm';
import type { RequestContext } from '../../core/context.js';
import { appUser, membership, organisation, territory, trustedDocument } from './tables.js';
import { accessRequest } from './sign-in/tables.js';

/**
 * The names the audit log shows for this module's objects, for ids the log holds (ids only: the
 * event never stores a name). Read as the reader, under row-level security: an object the reader
 * may not see is left out, and the log says so neutrally. One query per kind, for a whole page.
 */
export const identityAuditNames: Record<string, (ctx: RequestContext, ids: string[]) => Promise<Map<string, string>>> =
  {
    user: async (ctx, ids) => {
      const rows = await ctx.db
        .select({ id: appUser.id, name: appUser.displayName })
        .from(appUser)
        .where(inArray(appUser.id, ids));
      return new Map(rows.map((r) => [r.id, `utilisateur ${r.name}`]));
    },
    organisation: async (ctx, ids) => {
      const rows = await ctx.db
        .select({ id: organisation.id, name: organisation.name })
        .from(organisation)
        .where(inArray(organisation.id, ids));
      return new Map(rows.map((r) => [r.id, `organisation ${r.name}`]));
    },
    territory: async (ctx, ids) => {
      const rows = await ctx.db
        .select({ id: territory.id, name: territory.name })
        .from(territory)
        .where(inArray(territory.id, ids));
      return new Map(rows.map((r) => [r.id, `territoire ${r.name}`]));
    },
    membership: async (ctx, ids) => {
      const rows = await ctx.db
        .select({ id: membership.id, user: appUser.displayName, organisation: organisation.name })
        .from(membership)
        .innerJoin(appUser, eq(appUser.id, membership.userId))
        .innerJoin(organisation, eq(organisation.id, membership.organisationId))
        .where(inArray(membership.id, ids));
      return new Map(rows.map((r) => [r.id, `rattachement de ${r.user} à ${r.organisation}`]));
    },
    // api_key is not granted to the request role: app_audit_api_key_names() (migration 0017) gives an
    // administrator the names of the keys asked, and nobody else anything.
    api_key: async (ctx, ids) => {
      const { rows } = await ctx.db.execute<{ id: string; name: string }>(
        sql`select id, name from app_audit_api_key_names(${`{${ids.join(',')}}`}::uuid[])`,
      );
      return new Map(rows.map((r) => [r.id, `clé d'API « ${r.name} »`]));
    },
    // Administrators only (row-level security).
    access_request: async (ctx, ids) => {
      const rows = await ctx.db
        .select({ id: accessRequest.id, given: accessRequest.givenName, usual: accessRequest.usualName })
        .from(accessRequest)
        .where(inArray(accessRequest.id, ids));
      return new Map(
        rows.map((r) => [r.id, `demande d'accès de ${[r.given, r.usual].filter(Boolean).join(' ') || 'une personne'}`]),
      );
    },
    // Administrators only (row-level security); a removed document is no longer named.
    trusted_document: async (ctx, ids) => {
      const rows = await ctx.db
        .select({ id: trustedDocument.id, names: trustedDocument.operationNames, account: appUser.displayName })
        .from(trustedDocument)
        .innerJoin(appUser, eq(appUser.id, trustedDocument.serviceAccountId))
        .where(inArray(trustedDocument.id, ids));
      return new Map(
        rows.map((r) => [r.id, `document ${r.names.length ? `« ${r.names.join(', ')} » ` : ''}de ${r.account}`]),
      );
    },
  };
