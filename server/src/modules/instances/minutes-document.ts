import { eq } from 'drizzle-orm';
import {
  ATTENDANCE_LABELS,
  MEETING_ACTION_STATUS_LABELS,
  MEETING_KIND_LABELS,
  SITUATION_DECISION_LABELS,
  type Attendance,
  type MeetingActionStatus,
  type MeetingKind,
  type SituationDecision,
} from '@maillage/shared';
import type { RequestContext } from '../../core/context.js';
import { frenchDate, frenchDay, type Block, type Document } from '../../core/documents/index.js';
import { notFound } from '../../core/errors.js';
import { loaders as identityLoaders } from '../identity/loaders.js';
import { convenerName, whenInWords } from './invitations.js';
import { agendaOf, getMeeting, peopleOf } from './meetings.service.js';
import { actionsOf, decisionsOf } from './minutes.service.js';
import { situationsOf } from './situations.service.js';
import { meetingInvitee } from './tables.js';

/** « A. B. »: the minutes circulate beyond the cotech, so situations appear by initials only. */
const initials = (lastName: string, firstNames: string) =>
  `${firstNames.trim().charAt(0).toUpperCase()}. ${lastName.trim().charAt(0).toUpperCase()}.`;

/**
 * The minutes (compte rendu) of a meeting, issued in the convening platform's name: when and where,
 * who was invited and who came, the agenda, the minutes' text, the decisions, the situations examined
 * (cotech: by initials, with the decision) and the follow-up actions.
 */
export async function minutesDocument(ctx: RequestContext, meetingId: string): Promise<Document> {
  const m = await getMeeting(ctx, meetingId);
  if (!m) throw notFound('Réunion');
  const [issuer, agenda, invitees, decisions, actions, people] = await Promise.all([
    convenerName(ctx, m),
    agendaOf(ctx, m.id),
    ctx.db.select().from(meetingInvitee).where(eq(meetingInvitee.meetingId, m.id)),
    decisionsOf(ctx, m.id),
    actionsOf(ctx, m),
    peopleOf(ctx, m.id),
  ]);
  const situations = m.kind === 'COTECH' ? await situationsOf(ctx, m.id) : [];
  const orgName = async (id: string | null) =>
    id ? ((await identityLoaders.organisation(ctx).load(id))?.name ?? 'Organisation') : '';
  const inviteeRows = await Promise.all(
    invitees.map(async (i) => [
      i.organisationId
        ? await orgName(i.organisationId)
        : i.userId
          ? (people.get(i.userId) ?? 'Participant')
          : [i.guestName, i.guestOrganisation].filter(Boolean).join(' — '),
      i.attendance ? ATTENDANCE_LABELS[i.attendance as Attendance] : 'Non renseigné',
    ]),
  );
  const kind = MEETING_KIND_LABELS[m.kind as MeetingKind];
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: `Compte rendu — ${m.title}` },
    {
      kind: 'paragraph',
      text: [
        `${kind}${m.theme ? ` (thème : ${m.theme})` : ''}${m.communes.length > 0 ? ` — communes : ${m.communes.join(', ')}` : ''}`,
        `Réunion du ${whenInWords(m.startsAt).replace(/^le /, '')}`,
        `Lieu : ${[m.place, m.visioUrl].filter(Boolean).join(' — ')}`,
        ...(m.status === 'ANNULEE' ? [`Réunion annulée${m.cancelReason ? ` : ${m.cancelReason}` : ''}.`] : []),
      ].join('\n'),
    },
    { kind: 'heading', level: 2, text: 'Participants' },
    inviteeRows.length > 0
      ? { kind: 'table', caption: 'Invités et présences', columns: ['Invité', 'Présence'], rows: inviteeRows }
      : { kind: 'paragraph', text: 'Aucun invité.' },
    { kind: 'heading', level: 2, text: 'Ordre du jour' },
    agenda.length > 0 ? { kind: 'list', items: agenda } : { kind: 'paragraph', text: 'Non renseigné.' },
    { kind: 'heading', level: 2, text: 'Compte rendu' },
    { kind: 'paragraph', text: m.minutes ?? 'Le compte rendu n’a pas encore été rédigé.' },
    { kind: 'heading', level: 2, text: 'Décisions' },
    decisions.length > 0
      ? { kind: 'list', items: decisions }
      : { kind: 'paragraph', text: 'Aucune décision consignée.' },
  ];
  if (m.kind === 'COTECH') {
    blocks.push(
      { kind: 'heading', level: 2, text: 'Situations examinées' },
      situations.length > 0
        ? {
            kind: 'table',
            caption: 'Situations (initiales seulement) et décisions du comité',
            columns: ['Jeune', 'Âge', 'Commune', 'Décision'],
            rows: situations.map((s) => [
              initials(s.lastName, s.firstNames),
              s.age,
              s.commune ?? '—',
              s.decision ? SITUATION_DECISION_LABELS[s.decision as SituationDecision] : 'Sans décision',
            ]),
          }
        : { kind: 'paragraph', text: 'Aucune situation (ou plus visible pour vous).' },
    );
  }
  blocks.push(
    { kind: 'heading', level: 2, text: 'Actions de suivi' },
    actions.length > 0
      ? {
          kind: 'table',
          caption: 'Qui fait quoi, pour quand',
          columns: ['Action', 'Porteur', 'Échéance', 'Statut', 'Décidée le'],
          rows: actions.map((a) => [
            a.title,
            a.ownerName,
            a.dueDate ? frenchDay(a.dueDate) : '—',
            MEETING_ACTION_STATUS_LABELS[a.status as MeetingActionStatus],
            frenchDate(a.meetingStartsAt),
          ]),
        }
      : { kind: 'paragraph', text: 'Aucune action.' },
  );
  return {
    title: `Compte rendu — ${m.title}`,
    subtitle: `${kind} du ${frenchDate(m.startsAt)}`,
    issuer: issuer ?? 'Plateforme de suivi et d’appui aux décrocheurs',
    generatedAt: new Date(),
    footerNote: 'Document de travail du réseau — ne pas diffuser au-delà des participants.',
    blocks,
  };
}
