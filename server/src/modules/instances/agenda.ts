import { asc, eq } from 'drizzle-orm';
import type { RequestContext } from '../../core/context.js';
import { meetingAgendaItem } from './tables.js';

/** A meeting's agenda, in its order. */
export async function agendaOf(ctx: RequestContext, meetingId: string): Promise<string[]> {
  const rows = await ctx.db
    .select({ title: meetingAgendaItem.title })
    .from(meetingAgendaItem)
    .where(eq(meetingAgendaItem.meetingId, meetingId))
    .orderBy(asc(meetingAgendaItem.position));
  return rows.map((r) => r.title);
}
