import DataLoader from 'dataloader';
import { eq, inArray } from 'drizzle-orm';
import { MULTI_PLATFORM_KINDS, ROLES, type MeetingKind } from '@maillage/shared';
import { guard, policies, readById } from '../../core/authz.js';
import type { RequestContext } from '../../core/context.js';
import type { Resolvers } from '../../core/graphql/resolvers-types.js';
import { loaders as identityLoaders } from '../identity/loaders.js';
import { orientationStaff } from '../orientation/policy.js';
import { platform } from '../psad/tables.js';
import * as meetings from './meetings.service.js';
import * as minutes from './minutes.service.js';
import * as situations from './situations.service.js';
import { meetingInvitee, meetingPlatform } from './tables.js';

/**
 * Who convenes a meeting: a platform's referents, a CIO's direction team and PsyEn, a CPMS's staff for
 * their contracts' concertations (the service says which meeting).
 */
const convener = policies.anyRole('PSAD_REFERENT', 'PSYEN', 'CIO_DIRECTOR', 'IEN_IO', 'CPMS_DIRECTOR', 'CPMS_AGENT');
/** Whoever may be invited: people of any role (row-level security then shows their meetings only). */
const people = policies.anyRole(...ROLES.filter((r) => r !== 'SERVICE_ACCOUNT'));
/** An invited partner records « à revoir »; the convening referents apply any decision. */
const cotechMember = policies.anyRole('PSAD_REFERENT', 'COUNSELLOR');

const platformsLoader = (ctx: RequestContext) =>
  ctx.loader(
    'meetingPlatforms',
    () =>
      new DataLoader(async (ids: readonly string[]) => {
        const rows = await ctx.db
          .select({ meetingId: meetingPlatform.meetingId, platform })
          .from(meetingPlatform)
          .innerJoin(platform, eq(platform.id, meetingPlatform.platformId))
          .where(inArray(meetingPlatform.meetingId, [...ids]));
        return ids.map((id) => rows.filter((r) => r.meetingId === id).map((r) => r.platform));
      }),
  );

const inviteesLoader = (ctx: RequestContext) =>
  ctx.loader(
    'meetingInvitees',
    () =>
      new DataLoader(async (ids: readonly string[]) => {
        const rows = await ctx.db
          .select()
          .from(meetingInvitee)
          .where(inArray(meetingInvitee.meetingId, [...ids]));
        return ids.map((id) => rows.filter((r) => r.meetingId === id));
      }),
  );

const DAY = 86_400_000;

export const instanceResolvers = {
  Query: {
    meetings: guard(people, (args, ctx) => meetings.listMeetings(ctx, args)),
    cioMeetings: guard(orientationStaff, (args, ctx) => meetings.listCioMeetings(ctx, args)),
    meeting: guard(
      people,
      readById({ action: 'meeting.read', subjectType: 'meeting' }, (args, ctx) => meetings.getMeeting(ctx, args.id)),
    ),
  },
  Mutation: {
    scheduleMeeting: guard(convener, (args, ctx) => meetings.scheduleMeeting(ctx, args.input)),
    updateMeeting: guard(convener, (args, ctx) => meetings.updateMeeting(ctx, args.input)),
    cancelMeeting: guard(convener, (args, ctx) => meetings.cancelMeeting(ctx, args.input)),
    recordAttendance: guard(convener, (args, ctx) => minutes.recordAttendance(ctx, args.input)),
    recordMinutes: guard(convener, (args, ctx) => minutes.recordMinutes(ctx, args.input)),
    addMeetingAction: guard(convener, (args, ctx) => minutes.addMeetingAction(ctx, args.input)),
    updateMeetingAction: guard(convener, (args, ctx) => minutes.updateMeetingAction(ctx, args.input)),
    decideSituation: guard(cotechMember, (args, ctx) => situations.decideSituation(ctx, args.input)),
  },
  Meeting: {
    platform: async (m, _a, ctx) =>
      m.platformId ? (await platformsLoader(ctx).load(m.id)).find((p) => p.id === m.platformId)! : null,
    cio: (m, _a, ctx) => (m.cioId ? identityLoaders.organisation(ctx).load(m.cioId) : null),
    platforms: (m, _a, ctx) =>
      MULTI_PLATFORM_KINDS.includes(m.kind as MeetingKind)
        ? platformsLoader(ctx).load(m.id)
        : platformsLoader(ctx)
            .load(m.id)
            .then((ps) => ps.filter((p) => p.id === m.platformId)),
    agenda: (m, _a, ctx) => meetings.agendaOf(ctx, m.id),
    invitees: (m, _a, ctx) => inviteesLoader(ctx).load(m.id),
    situations: (m, _a, ctx) => (m.kind === 'COTECH' ? situations.shownSituationsOf(ctx, m.id) : []),
    decisions: (m, _a, ctx) => minutes.decisionsOf(ctx, m.id),
    actions: (m, _a, ctx) => minutes.actionsOf(ctx, m),
    caseAccessUntil: (m) => new Date(m.endsAt.getTime() + m.caseAccessDays * DAY),
    canEdit: (m, _a, ctx) => meetings.mayManage(ctx, m),
  },
  MeetingInvitee: {
    organisation: (i, _a, ctx) => (i.organisationId ? identityLoaders.organisation(ctx).load(i.organisationId) : null),
    label: async (i, _a, ctx) => {
      if (i.organisationId)
        return (await identityLoaders.organisation(ctx).load(i.organisationId))?.name ?? 'Organisation';
      if (i.userId) return (await meetings.peopleOf(ctx, i.meetingId)).get(i.userId) ?? 'Participant';
      return [i.guestName, i.guestOrganisation].filter(Boolean).join(' — ');
    },
  },
  MeetingSituation: {
    assignedOrganisation: (s, _a, ctx) =>
      s.assignedOrganisationId ? identityLoaders.organisation(ctx).load(s.assignedOrganisationId) : null,
  },
  MeetingAction: {
    ownerOrganisation: (a, _x, ctx) =>
      a.ownerOrganisationId ? identityLoaders.organisation(ctx).load(a.ownerOrganisationId) : null,
  },
} satisfies Resolvers;
