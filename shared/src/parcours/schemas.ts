import { z } from 'zod';
import { optionalText, requiredText, text } from '../schema-parts.js';
import { email, phone, uuid, version } from '../identity/schemas.js';
import {
  COMPETENCE_KINDS,
  CONSENT_KINDS,
  DOCUMENT_CATEGORIES,
  PLAN_ACTION_STATUSES,
  PLAN_THEMES,
  REFERENCE_END_REASONS,
  SANS_SUITE_MOTIVES,
  SYNTHESE_REQUESTERS,
} from './enums.js';

const required = requiredText;
const isoDate = z.iso.date('date invalide (aaaa-mm-jj)');
const optionalDate = isoDate.nullish().transform((v) => v ?? null);

/** A person accompanied (PA): identity, contact, domiciliation. */
export const personInput = z
  .object({
    lastName: required(100, 'nom manquant').regex(/\p{L}/u, 'le nom doit contenir une lettre'),
    firstNames: required(150, 'prénom manquant').regex(/\p{L}/u, 'le prénom doit contenir une lettre'),
    birthDate: optionalDate,
    phone: phone.nullish().transform((v) => v ?? null),
    email: email
      .nullish()
      .or(z.literal('').transform(() => null))
      .transform((v) => v ?? null),
    address: optionalText(300),
    /** Whether the person has a domiciliation (an address of an approved organisation when homeless). */
    domiciled: z.boolean(),
    domiciliationOrganisationId: uuid.nullish().transform((v) => v ?? null),
  })
  .refine((p) => p.domiciled || p.domiciliationOrganisationId === null, {
    message: "une structure de domiciliation n'a de sens que pour une personne domiciliée",
    path: ['domiciliationOrganisationId'],
  });
export type PersonInput = z.infer<typeof personInput>;
export const createPersonInput = personInput;
export const updatePersonInput = z.object({ id: uuid, version, person: personInput });

/** An entry of the liste d'accompagnement: a user, or a named professional without an account. */
export const memberInput = z
  .object({
    personId: uuid,
    userId: uuid.nullish().transform((v) => v ?? null),
    professionalName: optionalText(150),
    organisationId: uuid,
    service: optionalText(150),
    mission: required(300, 'mission manquante'),
    since: isoDate,
    until: optionalDate,
  })
  .refine((m) => (m.userId === null) !== (m.professionalName === null), {
    message: 'un utilisateur de Maillage ou le nom d’un professionnel sans compte, l’un ou l’autre',
    path: ['professionalName'],
  })
  .refine((m) => m.until === null || m.until >= m.since, { message: 'la fin doit suivre le début', path: ['until'] });
export type MemberInput = z.infer<typeof memberInput>;

export const endMemberInput = z.object({ memberId: uuid, until: isoDate });

export const proposeReferenceInput = z.object({ personId: uuid, comment: optionalText(2_000) });

export const referenceDecisionInput = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ACCEPT'), referenceId: uuid, version, referentMemberId: uuid }),
  z.object({ type: z.literal('REFUSE'), referenceId: uuid, version }),
  z.object({
    type: z.literal('SANS_SUITE'),
    referenceId: uuid,
    version,
    motive: z.enum(SANS_SUITE_MOTIVES),
    comment: optionalText(2_000),
  }),
  z.object({ type: z.literal('CHANGE_REFERENT'), referenceId: uuid, version, referentMemberId: uuid }),
  z.object({
    type: z.literal('END'),
    referenceId: uuid,
    version,
    reason: z.enum(REFERENCE_END_REASONS),
    comment: optionalText(2_000),
  }),
]);

export const goalInput = z.object({
  personId: uuid,
  theme: z.enum(PLAN_THEMES),
  title: required(300, 'objectif manquant'),
});

export const planActionInput = z.object({
  goalId: uuid,
  title: required(300, 'action manquante'),
  /** Who does it: an entry of the list, or the PA (null with byPerson). */
  memberId: uuid.nullish().transform((v) => v ?? null),
  byPerson: z.boolean().default(false),
  dueDate: optionalDate,
  status: z.enum(PLAN_ACTION_STATUSES).default('EN_PROJET'),
});
export const updatePlanActionInput = z.object({
  id: uuid,
  version,
  title: required(300, 'action manquante').optional(),
  memberId: uuid.nullish(),
  byPerson: z.boolean().optional(),
  dueDate: isoDate.nullish(),
  status: z.enum(PLAN_ACTION_STATUSES).optional(),
});

export const competenceInput = z.object({
  personId: uuid,
  kind: z.enum(COMPETENCE_KINDS),
  label: required(200, 'intitulé manquant'),
});

export const consentInput = z
  .object({
    personId: uuid,
    kind: z.enum(CONSENT_KINDS),
    /** PARTAGE_DOCUMENT: the document and the intervenant it is shared with. */
    documentId: uuid.nullish().transform((v) => v ?? null),
    memberId: uuid.nullish().transform((v) => v ?? null),
    /** PARTICIPATION_SYNTHESE: the meeting. */
    meetingId: uuid.nullish().transform((v) => v ?? null),
    givenAt: z.iso
      .datetime({ offset: true, message: 'date et heure invalides' })
      .nullish()
      .transform((v) => v ?? null),
  })
  .superRefine((c, ctx) => {
    if (c.kind === 'PARTAGE_DOCUMENT') {
      if (!c.documentId)
        ctx.addIssue({ code: 'custom', path: ['documentId'], message: 'le document partagé est requis' });
      if (!c.memberId)
        ctx.addIssue({ code: 'custom', path: ['memberId'], message: "l'intervenant avec qui partager est requis" });
    }
    if (c.kind === 'PARTICIPATION_SYNTHESE' && !c.meetingId)
      ctx.addIssue({ code: 'custom', path: ['meetingId'], message: 'la synthèse est requise' });
  });

export const syntheseInput = z.object({
  personId: uuid,
  scheduledAt: z.iso.datetime({ offset: true, message: 'date et heure invalides' }),
  requestedBy: z.enum(SYNTHESE_REQUESTERS),
  participantMemberIds: z
    .array(uuid)
    .min(1, 'au moins un intervenant')
    .max(30)
    .transform((v) => [...new Set(v)]),
  subject: required(300, 'objet manquant'),
});

export const syntheseRecordInput = z.object({
  meetingId: uuid,
  version,
  notes: text(10_000).default(''),
  decisions: text(10_000).default(''),
});

export const documentMetadataInput = z.object({
  personId: uuid,
  title: required(200, 'intitulé du document manquant'),
  category: z.enum(DOCUMENT_CATEGORIES),
  /** The intervenants (entries of the list) the PA shares it with: each share is recorded as a consent. */
  shareWithMemberIds: z
    .array(uuid)
    .max(30)
    .default([])
    .transform((v) => [...new Set(v)]),
});
