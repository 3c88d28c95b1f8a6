import { z } from 'zod';
import { email, uuid, version } from '../identity/schemas.js';
import { CLOSE_OUTCOMES } from '../psad/enums.js';
import { calendarDay, optionalText, requiredText, text } from '../schema-parts.js';
import {
  ATTENDANCES,
  CIO_MEETING_KINDS,
  KINDS_WITH_SITUATIONS,
  MEETING_ACTION_STATUSES,
  MEETING_KINDS,
  MULTI_PLATFORM_KINDS,
  SITUATION_DECISIONS,
  THEMATIC_PARCOURS,
} from './enums.js';

/** Bounds of a meeting's lists: a cotech examines tens of situations, not hundreds. */
export const MEETING_MAX = { situations: 60, invitees: 100, agenda: 40, decisions: 60, minutes: 50_000 } as const;

const ids = (max: number) =>
  z
    .array(uuid)
    .max(max, `${max} au plus`)
    .transform((v) => [...new Set(v)]);

const dateTime = z.preprocess(
  (v) => (typeof v === 'string' ? new Date(v) : v),
  z.date({ message: 'date et heure invalides' }),
);
/** A day: the GraphQL Date scalar hands a Date (UTC midnight), a form a string. */
const dateString = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  calendarDay,
);

const visioUrl = z
  .string()
  .trim()
  .max(500, '500 caractères au plus')
  .nullish()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || /^https:\/\/[^\s]+$/.test(v), 'un lien de visioconférence commence par https://');

export const guest = z.object({
  name: requiredText(200, 'nom de l’invité manquant'),
  email: email.nullish().transform((v) => v ?? null),
  organisationName: optionalText(200),
});

export const situation = z.object({ caseId: uuid, proposal: optionalText(1000) });

const meetingFields = {
  title: requiredText(200, 'intitulé manquant'),
  theme: optionalText(200),
  communes: z.array(requiredText(150, 'commune vide')).max(50, '50 communes au plus').default([]),
  otherPlatformIds: ids(50).default([]),
  startsAt: dateTime,
  endsAt: dateTime,
  place: optionalText(300),
  visioUrl,
  agenda: z
    .array(requiredText(300, 'point vide'))
    .max(MEETING_MAX.agenda, `${MEETING_MAX.agenda} points au plus`)
    .default([]),
  invitedOrganisationIds: ids(MEETING_MAX.invitees).default([]),
  invitedUserIds: ids(MEETING_MAX.invitees).default([]),
  guests: z.array(guest).max(MEETING_MAX.invitees, `${MEETING_MAX.invitees} invités au plus`).default([]),
  situations: z
    .array(situation)
    .max(MEETING_MAX.situations, `${MEETING_MAX.situations} situations au plus`)
    .default([]),
};

type MeetingShape = {
  kind?: string;
  startsAt?: unknown;
  endsAt?: unknown;
  place?: string | null;
  visioUrl?: string | null;
  situations?: { caseId: string }[];
  otherPlatformIds?: string[];
};

/** The rules that tie fields together, shared by scheduling and rescheduling. */
function meetingRules(v: MeetingShape, ctx: z.RefinementCtx, kind: string | undefined) {
  if (v.startsAt instanceof Date && v.endsAt instanceof Date && v.endsAt <= v.startsAt)
    ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'la fin doit suivre le début' });
  if (v.place === null && v.visioUrl === null)
    ctx.addIssue({ code: 'custom', path: ['place'], message: 'un lieu ou un lien de visioconférence' });
  if (kind && !KINDS_WITH_SITUATIONS.includes(kind as never) && (v.situations?.length ?? 0) > 0)
    ctx.addIssue({
      code: 'custom',
      path: ['situations'],
      message: 'seul un comité technique examine des situations individuelles',
    });
  if (kind && !MULTI_PLATFORM_KINDS.includes(kind as never) && (v.otherPlatformIds?.length ?? 0) > 0)
    ctx.addIssue({
      code: 'custom',
      path: ['otherPlatformIds'],
      message: 'seules les réunions inter-PSAD et régionales réunissent plusieurs plateformes',
    });
  const cases = v.situations?.map((s) => s.caseId) ?? [];
  if (new Set(cases).size !== cases.length)
    ctx.addIssue({ code: 'custom', path: ['situations'], message: 'une situation figure deux fois' });
}

/**
 * A meeting is convened by a platform or by a CIO, never both: a platform's bodies (cotech, COPIL…) by a
 * platform, a concertation or a thematic action by a CIO; a thematic action names its parcours.
 */
export const scheduleMeeting = z
  .object({
    platformId: uuid.nullish().transform((v) => v ?? null),
    cioId: uuid.nullish().transform((v) => v ?? null),
    kind: z.enum(MEETING_KINDS),
    parcours: z
      .enum(THEMATIC_PARCOURS)
      .nullish()
      .transform((v) => v ?? null),
    /** Continues the series of that meeting: its open actions carry over to this one. */
    previousMeetingId: uuid.nullish(),
    ...meetingFields,
  })
  .superRefine((v, ctx) => {
    meetingRules(v, ctx, v.kind);
    if ((v.platformId === null) === (v.cioId === null))
      ctx.addIssue({ code: 'custom', path: ['cioId'], message: 'une plateforme ou un CIO, l’un des deux' });
    const cioKind = CIO_MEETING_KINDS.includes(v.kind);
    if (v.cioId !== null && !cioKind)
      ctx.addIssue({
        code: 'custom',
        path: ['kind'],
        message: 'un CIO tient des concertations sur projet et des actions thématiques',
      });
    if (v.platformId !== null && cioKind)
      ctx.addIssue({
        code: 'custom',
        path: ['kind'],
        message: 'les concertations et actions thématiques sont d’un CIO',
      });
    if (v.kind === 'ACTION_THEMATIQUE' && v.parcours === null)
      ctx.addIssue({ code: 'custom', path: ['parcours'], message: 'le parcours de l’action (Avenir ou Citoyen)' });
    if (v.kind !== 'ACTION_THEMATIQUE' && v.parcours !== null)
      ctx.addIssue({ code: 'custom', path: ['parcours'], message: 'seule une action thématique sert un parcours' });
  });
export type ScheduleMeetingInput = z.infer<typeof scheduleMeeting>;

/** A change of an invitation's content: absent fields stay as they are; the invitees hear of it. */
export const updateMeeting = z
  .object({
    id: uuid,
    version,
    title: meetingFields.title.optional(),
    theme: optionalText(200),
    communes: meetingFields.communes.removeDefault().optional(),
    startsAt: dateTime.optional(),
    endsAt: dateTime.optional(),
    place: optionalText(300).optional(),
    visioUrl: visioUrl.optional(),
    agenda: meetingFields.agenda.removeDefault().optional(),
    invitedOrganisationIds: meetingFields.invitedOrganisationIds.removeDefault().optional(),
    invitedUserIds: meetingFields.invitedUserIds.removeDefault().optional(),
    guests: meetingFields.guests.removeDefault().optional(),
    situations: meetingFields.situations.removeDefault().optional(),
    /** An inter-PSAD or regional meeting's gathered platforms (the convening one aside). */
    otherPlatformIds: meetingFields.otherPlatformIds.removeDefault().optional(),
  })
  .superRefine((v, ctx) => meetingRules(v, ctx, undefined));
export type UpdateMeetingInput = z.infer<typeof updateMeeting>;

export const cancelMeeting = z.object({ id: uuid, version, reason: optionalText(500) });

export const recordAttendance = z.object({
  meetingId: uuid,
  version,
  entries: z
    .array(z.object({ inviteeId: uuid, attendance: z.enum(ATTENDANCES) }))
    .min(1, 'au moins une présence')
    .max(MEETING_MAX.invitees, `${MEETING_MAX.invitees} au plus`),
});

export const recordMinutes = z.object({
  meetingId: uuid,
  version,
  minutes: text(MEETING_MAX.minutes),
  decisions: z
    .array(requiredText(1000, 'décision vide'))
    .max(MEETING_MAX.decisions, `${MEETING_MAX.decisions} décisions au plus`),
});

export const addMeetingAction = z.object({
  meetingId: uuid,
  title: requiredText(300, 'action manquante'),
  ownerName: requiredText(200, 'qui la porte ?'),
  ownerOrganisationId: uuid.nullish(),
  dueDate: dateString.nullish(),
});

export const updateMeetingAction = z.object({
  id: uuid,
  version,
  status: z.enum(MEETING_ACTION_STATUSES).optional(),
  dueDate: dateString.nullish(),
  note: optionalText(1000),
});

/** What the cotech decided about one situation; the fields each decision needs are checked together. */
export const decideSituation = z
  .object({
    meetingId: uuid,
    caseId: uuid,
    caseVersion: version,
    decision: z.enum(SITUATION_DECISIONS),
    organisationId: uuid.nullish(),
    counsellorId: uuid.nullish(),
    toPlatformId: uuid.nullish(),
    outcome: z.enum(CLOSE_OUTCOMES).nullish(),
    comment: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'TRANSFERER' && !v.organisationId && !v.toPlatformId)
      ctx.addIssue({
        code: 'custom',
        path: ['organisationId'],
        message: 'le partenaire ou la plateforme qui reprend le suivi',
      });
    if (v.decision === 'AFFECTER' && !v.organisationId)
      ctx.addIssue({ code: 'custom', path: ['organisationId'], message: 'le partenaire à qui affecter' });
    if (v.decision === 'CLORE' && !v.outcome)
      ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'le motif de clôture' });
  });
export type DecideSituationInput = z.infer<typeof decideSituation>;
