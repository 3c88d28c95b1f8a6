import { inArray } from 'drizzle-orm';
import { MEETING_KIND_LABELS, type MeetingKind } from '@maillage/shared';
import type { RequestContext } from '../../core/context.js';
import { frenchDate } from '../../core/documents/dates.js';
import { meeting, meetingAction, platformAction, solutionOffer, veilleDocument } from './tables.js';

/**
 * The names the audit log shows for meetings and their actions (modules/audit/subjects.ts), read as
 * the reader under row-level security: a meeting by its kind, title and date, never a person.
 */
export const instancesAuditNames: Record<string, (ctx: RequestContext, ids: string[]) => Promise<Map<string, string>>> =
  {
    meeting: async (ctx, ids) => {
      const rows = await ctx.db
        .select({ id: meeting.id, kind: meeting.kind, title: meeting.title, startsAt: meeting.startsAt })
        .from(meeting)
        .where(inArray(meeting.id, ids));
      return new Map(
        rows.map((r) => [
          r.id,
          `${MEETING_KIND_LABELS[r.kind as MeetingKind].toLowerCase()} « ${r.title} » du ${frenchDate(r.startsAt)}`,
        ]),
      );
    },
    meeting_action: async (ctx, ids) => {
      const rows = await ctx.db
        .select({ id: meetingAction.id, title: meetingAction.title })
        .from(meetingAction)
        .where(inArray(meetingAction.id, ids));
      return new Map(rows.map((r) => [r.id, `action « ${r.title} »`]));
    },
    solution_offer: async (ctx, ids) => {
      const rows = await ctx.db
        .select({ id: solutionOffer.id, name: solutionOffer.name })
        .from(solutionOffer)
        .where(inArray(solutionOffer.id, ids));
      return new Map(rows.map((r) => [r.id, `solution « ${r.name} »`]));
    },
    platform_action: async (ctx, ids) => {
      const rows = await ctx.db
        .select({ id: platformAction.id, title: platformAction.title })
        .from(platformAction)
        .where(inArray(platformAction.id, ids));
      return new Map(rows.map((r) => [r.id, `action « ${r.title} »`]));
    },
    veille_document: async (ctx, ids) => {
      const rows = await ctx.db
        .select({ id: veilleDocument.id, title: veilleDocument.title })
        .from(veilleDocument)
        .where(inArray(veilleDocument.id, ids));
      return new Map(rows.map((r) => [r.id, `document « ${r.title} »`]));
    },
  };
