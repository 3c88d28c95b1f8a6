import { eq, inArray, sql } from 'drizzle-orm';
import type { RequestContext } from '../../core/context.js';
import { caseTransfer, platform, psadCase, youngPerson } from './tables.js';

const personName = (lastName: string, firstNames: string) => `${lastName.toLocaleUpperCase('fr-FR')} ${firstNames}`;

/**
 * The names the audit log shows for this module's objects (ids only in the event). A case, a young
 * person and a transfer are read under the reader's row-level security: hidden, they are left out
 * and the log says so neutrally. An import is named by its campaign and platform (no personal
 * data) through a definer function that answers administrators only. One query per kind.
 */
export const psadAuditNames: Record<string, (ctx: RequestContext, ids: string[]) => Promise<Map<string, string>>> = {
  psad_case: async (ctx, ids) => {
    const rows = await ctx.db
      .select({ id: psadCase.id, lastName: youngPerson.lastName, firstNames: youngPerson.firstNames })
      .from(psadCase)
      .innerJoin(youngPerson, eq(youngPerson.id, psadCase.youngPersonId))
      .where(inArray(psadCase.id, ids));
    return new Map(rows.map((r) => [r.id, `dossier de ${personName(r.lastName, r.firstNames)}`]));
  },
  young_person: async (ctx, ids) => {
    const rows = await ctx.db
      .select({ id: youngPerson.id, lastName: youngPerson.lastName, firstNames: youngPerson.firstNames })
      .from(youngPerson)
      .where(inArray(youngPerson.id, ids));
    return new Map(rows.map((r) => [r.id, `jeune ${personName(r.lastName, r.firstNames)}`]));
  },
  case_transfer: async (ctx, ids) => {
    const rows = await ctx.db
      .select({ id: caseTransfer.id, lastName: youngPerson.lastName, firstNames: youngPerson.firstNames })
      .from(caseTransfer)
      .innerJoin(psadCase, eq(psadCase.id, caseTransfer.caseId))
      .innerJoin(youngPerson, eq(youngPerson.id, psadCase.youngPersonId))
      .where(inArray(caseTransfer.id, ids));
    return new Map(rows.map((r) => [r.id, `transfert du dossier de ${personName(r.lastName, r.firstNames)}`]));
  },
  platform: async (ctx, ids) => {
    const rows = await ctx.db
      .select({ id: platform.id, name: platform.name })
      .from(platform)
      .where(inArray(platform.id, ids));
    return new Map(rows.map((r) => [r.id, `plateforme ${r.name}`]));
  },
  siei_import: async (ctx, ids) => {
    const { rows } = await ctx.db.execute<{ id: string; name: string }>(
      sql`select id, name from app_audit_siei_import_names(${`{${ids.join(',')}}`}::uuid[])`,
    );
    return new Map(rows.map((r) => [r.id, `import SIEI (${r.name})`]));
  },
};
