import { eq, inArray } from 'drizzle-orm';
import type { RequestContext } from '../../core/context.js';
import { accompaniedPerson, lockerDocument } from './tables.js';

const personName = (lastName: string, firstNames: string) => `${lastName.toLocaleUpperCase('fr-FR')} ${firstNames}`;

/**
 * The names the audit log shows for this module's objects (ids only in the event), read under the
 * reader's row-level security: a person's record is named only to the members of the person's list;
 * for anyone else it is left out and the log says so neutrally. One query per kind.
 */
export const parcoursAuditNames: Record<string, (ctx: RequestContext, ids: string[]) => Promise<Map<string, string>>> =
  {
    accompanied_person: async (ctx, ids) => {
      const rows = await ctx.db
        .select({
          id: accompaniedPerson.id,
          lastName: accompaniedPerson.lastName,
          firstNames: accompaniedPerson.firstNames,
        })
        .from(accompaniedPerson)
        .where(inArray(accompaniedPerson.id, ids));
      return new Map(rows.map((r) => [r.id, `parcours de ${personName(r.lastName, r.firstNames)}`]));
    },
    locker_document: async (ctx, ids) => {
      const rows = await ctx.db
        .select({
          id: lockerDocument.id,
          title: lockerDocument.title,
          lastName: accompaniedPerson.lastName,
          firstNames: accompaniedPerson.firstNames,
        })
        .from(lockerDocument)
        .innerJoin(accompaniedPerson, eq(accompaniedPerson.id, lockerDocument.personId))
        .where(inArray(lockerDocument.id, ids));
      return new Map(rows.map((r) => [r.id, `document « ${r.title} » de ${personName(r.lastName, r.firstNames)}`]));
    },
  };
