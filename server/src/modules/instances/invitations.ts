import { eq } from 'drizzle-orm';
import { MEETING_KIND_LABELS, ROLES, type MeetingKind, type NotificationKind } from '@maillage/shared';
import type { RequestContext } from '../../core/context.js';
import { appUser } from '../identity/tables.js';
import { loaders as identityLoaders } from '../identity/loaders.js';
import { composeGuestInvitationEmail } from '../notifications/email.js';
import { calendarFor, sendDirectEmails } from '../notifications/emails.js';
import { notify } from '../notifications/events.js';
import type { CalendarAttachment, CalendarInvite } from '../notifications/tables.js';
import { notFound } from '../../core/errors.js';
import { platform } from '../psad/tables.js';
import type { MeetingRecord } from './meetings.service.js';
import { agendaOf } from './agenda.js';
import { meeting, meetingPlatform } from './tables.js';
import { cpmsContract } from '../cpms/contracts/tables.js';

export interface InviteeRef {
  organisationId: string | null;
  userId: string | null;
  guestName: string | null;
  guestEmail: string | null;
}

export interface InvitationBatch {
  kind: Extract<NotificationKind, 'MEETING_INVITATION' | 'MEETING_UPDATED' | 'MEETING_CANCELLED'>;
  method: 'REQUEST' | 'CANCEL';
  invitees: InviteeRef[];
  /** The referents of the platforms the meeting gathers hear of it too (the convener excepted). */
  includeReferents?: boolean;
  /** The referents of these platforms hear of it (platforms added to or removed from the meeting). */
  referentsOf?: string[];
}

/** Every member of an invited organisation hears of the meeting, whatever their role, but no system. */
const PEOPLE_ROLES = ROLES.filter((r) => r !== 'SERVICE_ACCOUNT');

/** The app's page of a meeting. */
export const meetingPath = (id: string) => `/instances/${id}`;

const WHEN = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** « le mardi 15 décembre 2026 à 14:00 », Europe/Paris. */
export const whenInWords = (at: Date) => `le ${WHEN.format(at)}`;

/**
 * The name of who convenes the meeting: its platform, its CIO, or the centre of the CPMS contract it
 * belongs to (the directory names every organisation).
 */
export async function convenerName(
  ctx: RequestContext,
  row: Pick<MeetingRecord, 'platformId' | 'cioId' | 'cpmsContractId'>,
) {
  if (row.cioId) return (await identityLoaders.organisation(ctx).load(row.cioId))?.name ?? 'Le CIO';
  if (row.cpmsContractId) {
    const [c] = await ctx.db
      .select({ cpmsId: cpmsContract.cpmsId })
      .from(cpmsContract)
      .where(eq(cpmsContract.id, row.cpmsContractId));
    return (c && (await identityLoaders.organisation(ctx).load(c.cpmsId))?.name) ?? 'Le centre PMS';
  }
  const [p] = await ctx.db.select({ name: platform.name }).from(platform).where(eq(platform.id, row.platformId!));
  return p?.name ?? 'La plateforme';
}

async function convener(ctx: RequestContext, row: MeetingRecord) {
  return {
    platformName: await convenerName(ctx, row),
    organizer: { name: row.organizerName, email: row.organizerEmail },
  };
}

/** The convener's name and address, fixed on the meeting when scheduled (the invitations' ORGANIZER). */
export async function organizerOf(ctx: RequestContext): Promise<{ organizerName: string; organizerEmail: string }> {
  const [me] = await ctx.db
    .select({ name: appUser.displayName, email: appUser.email })
    .from(appUser)
    .where(eq(appUser.id, ctx.actor!.userId));
  return { organizerName: me?.name ?? 'Maillage', organizerEmail: me?.email ?? ctx.services.config.MAIL_FROM };
}

/** The calendar event of the meeting as it now stands (UID: the meeting's id, stable across changes). */
function inviteOf(
  ctx: RequestContext,
  row: MeetingRecord,
  method: 'REQUEST' | 'CANCEL',
  agenda: string[],
  who: Awaited<ReturnType<typeof convener>>,
): CalendarInvite {
  const url = new URL(meetingPath(row.id), ctx.services.config.APP_URL).toString();
  const description = [
    `${MEETING_KIND_LABELS[row.kind as MeetingKind]} convoqué par ${who.platformName}.`,
    ...(agenda.length > 0 ? ['', 'Ordre du jour :', ...agenda.map((a, i) => `${i + 1}. ${a}`)] : []),
    ...(row.visioUrl ? ['', `Visioconférence : ${row.visioUrl}`] : []),
    '',
    `Dans Maillage : ${url}`,
  ].join('\n');
  return {
    method,
    uid: `${row.id}@maillage`,
    sequence: row.icsSequence,
    start: row.startsAt.toISOString(),
    end: row.endsAt.toISOString(),
    timezone: 'Europe/Paris',
    summary: `${MEETING_KIND_LABELS[row.kind as MeetingKind]} : ${row.title}`,
    description,
    location: row.place ?? row.visioUrl,
    url,
    organizer: who.organizer,
  };
}

/**
 * Sends each batch through the notifications (users named, members of invited organisations, the
 * platforms' referents), each e-mail with its calendar file, and writes the guests' e-mails directly.
 * All of it in the request's transaction: nothing leaves if the change does not commit.
 */
export async function sendInvitations(ctx: RequestContext, row: MeetingRecord, batches: InvitationBatch[]) {
  const active = batches.filter((b) => b.invitees.length > 0 || b.includeReferents || (b.referentsOf?.length ?? 0) > 0);
  if (active.length === 0) return;
  const [agenda, who] = await Promise.all([agendaOf(ctx, row.id), convener(ctx, row)]);
  const platformIds = (
    await ctx.db
      .select({ id: meetingPlatform.platformId })
      .from(meetingPlatform)
      .where(eq(meetingPlatform.meetingId, row.id))
  ).map((p) => p.id);
  for (const batch of active) {
    const calendar = inviteOf(ctx, row, batch.method, agenda, who);
    const base = {
      kind: batch.kind,
      target: { type: 'meeting', id: row.id },
      link: meetingPath(row.id),
      calendar,
    } as const;
    const userIds = batch.invitees.flatMap((i) => (i.userId ? [i.userId] : []));
    if (userIds.length > 0) await notify(ctx, { ...base, audience: { type: 'USERS', userIds } });
    for (const organisationId of batch.invitees.flatMap((i) => (i.organisationId ? [i.organisationId] : [])))
      // The notice names no organisation: the invited one is not the convener (a platform is none).
      await notify(ctx, {
        ...base,
        audience: { type: 'ORGANISATION_ROLE', organisationId, roles: [...PEOPLE_ROLES] },
      });
    for (const platformId of batch.includeReferents ? platformIds : (batch.referentsOf ?? []))
      await notify(ctx, { ...base, audience: { type: 'PLATFORM_REFERENTS', platformId } });
    const guests = batch.invitees.filter((i) => i.guestName && i.guestEmail);
    await sendDirectEmails(
      ctx,
      guests.map((g) => ({
        toAddress: g.guestEmail!,
        userId: null,
        kind: batch.kind,
        email: composeGuestInvitationEmail({
          method: batch.method,
          update: batch.kind === 'MEETING_UPDATED',
          meeting: calendar.summary,
          when: whenInWords(row.startsAt),
          where: row.place ?? row.visioUrl ?? '',
          convener: who.platformName,
          appUrl: ctx.services.config.APP_URL,
        }),
        calendar: calendarFor(calendar, { email: g.guestEmail!, name: g.guestName! }),
      })),
    );
  }
}

/** The meeting's calendar file as it now stands, for the caller (named as its attendee), from the app. */
export async function invitationFile(ctx: RequestContext, meetingId: string): Promise<CalendarAttachment> {
  const [row] = await ctx.db.select().from(meeting).where(eq(meeting.id, meetingId));
  if (!row) throw notFound('Réunion');
  const [agenda, who] = await Promise.all([agendaOf(ctx, row.id), convener(ctx, row)]);
  const [me] = await ctx.db
    .select({ name: appUser.displayName, email: appUser.email })
    .from(appUser)
    .where(eq(appUser.id, ctx.actor!.userId));
  await ctx.audit({ action: 'meeting.invitation_file', subjectType: 'meeting', subjectId: row.id });
  const method = row.status === 'ANNULEE' ? 'CANCEL' : 'REQUEST';
  return calendarFor(inviteOf(ctx, row, method, agenda, who), { email: me!.email, name: me!.name });
}
