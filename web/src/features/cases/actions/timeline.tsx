import type {
  CaseStatus,
  CloseOutcome,
  ContactChannel,
  ContactResult,
  SituationFinding,
  SolutionType,
} from '../../../gql/graphql';
import { formatDate } from '../../../ui/format';
import { SITUATION_DECISION_LABELS } from '@maillage/shared';
import {
  CASE_SOURCE_LABELS,
  CASE_STATUS_LABELS,
  CLOSE_OUTCOME_LABELS,
  CONTACT_CHANNEL_LABELS,
  CONTACT_RESULT_LABELS,
  SIGNAL_SOURCE_LABELS,
  SITUATION_FINDING_LABELS,
  SOLUTION_TYPE_LABELS,
} from '../labels';

/** Names the timeline needs: events hold ids only. */
export interface NameLookup {
  organisation: (id: unknown) => string;
  platform: (id: unknown) => string;
  /** A catalogue offer's name, when the page knows it (null otherwise: the event then names none). */
  offer?: (id: unknown) => string | null;
}

type Data = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);
const label = <K extends string>(labels: Record<K, string>, v: unknown): string =>
  typeof v === 'string' && v in labels ? labels[v as K] : String(v ?? '—');

/** A page of the app an event points to (the meeting that decided it…), as a link's target and text. */
export interface EventLink {
  to: string;
  label: string;
}

/** What happened, in French, the details worth a second line (reason, note…), and where to read more. */
export function describeEvent(
  kind: string,
  raw: unknown,
  names: NameLookup,
): { what: string; details: string[]; link?: EventLink } {
  const data: Data = raw && typeof raw === 'object' ? (raw as Data) : {};
  const details: string[] = [];
  let link: EventLink | undefined;
  const reason = str(data.reason);
  const change =
    str(data.from) && str(data.to) && data.from !== data.to
      ? `Statut : ${label(CASE_STATUS_LABELS, data.from as CaseStatus)} → ${label(CASE_STATUS_LABELS, data.to as CaseStatus)}.`
      : null;
  let what: string;
  switch (kind) {
    case 'CREATED': {
      const source =
        data.source === 'SIGNAL'
          ? `signalement (${label(SIGNAL_SOURCE_LABELS, data.signalSource)})`
          : `liste SIEI${str(data.campaign) ? `, campagne ${String(data.campaign)}` : ''}`;
      what = `Entrée sur la liste de la plateforme : ${source}.`;
      if (str(data.comment)) details.push(`Commentaire : ${String(data.comment)}`);
      break;
    }
    case 'SIGNALED':
      what = `Nouveau signalement : ${label(SIGNAL_SOURCE_LABELS, data.signalSource)}.`;
      if (str(data.comment)) details.push(`Commentaire : ${String(data.comment)}`);
      break;
    case 'assign':
      what = `Affecté à ${names.organisation(data.organisationId)}.`;
      break;
    case 'reassign':
      what = `Réaffecté de ${names.organisation(data.fromOrganisationId)} à ${names.organisation(data.organisationId)}.`;
      break;
    case 'contact_attempt':
      what = `Tentative de contact : ${label(CONTACT_CHANNEL_LABELS, data.channel as ContactChannel)}, ${label(CONTACT_RESULT_LABELS, data.result as ContactResult).toLowerCase()}.`;
      break;
    case 'situation_check':
      what = `Vérification de situation : ${label(SITUATION_FINDING_LABELS, data.finding as SituationFinding).toLowerCase()}.`;
      if (str(data.note)) details.push(`Note : ${String(data.note)}`);
      break;
    case 'solution': {
      what = `Solution enregistrée : ${label(SOLUTION_TYPE_LABELS, data.type as SolutionType).toLowerCase()}${str(data.startDate) ? `, à partir du ${formatDate(String(data.startDate))}` : ''}${str(data.organisationId) ? ` (${names.organisation(data.organisationId)})` : ''}.`;
      const offer = str(data.offerId) ? names.offer?.(data.offerId) : null;
      if (offer) details.push(`Solution du catalogue : ${offer}`);
      break;
    }
    case 'close':
      what = `Suivi clôturé : ${label(CLOSE_OUTCOME_LABELS, data.outcome as CloseOutcome).toLowerCase()}.`;
      break;
    case 'reopen':
      what = `Nouvel épisode ouvert${typeof data.episode === 'number' ? ` (n° ${data.episode})` : ''} après la clôture du précédent.`;
      break;
    case 'transfer_proposed':
      what = `Transfert proposé ${data.toOrganisationId ? `à ${names.organisation(data.toOrganisationId)}` : `à la plateforme ${names.platform(data.toPlatformId)}`}.`;
      break;
    case 'transfer_accepted':
      what = `Transfert accepté ${data.toOrganisationId ? `par ${names.organisation(data.toOrganisationId)}` : `par la plateforme ${names.platform(data.toPlatformId)}`}.`;
      break;
    case 'transfer_refused':
      what = 'Transfert refusé par le destinataire.';
      break;
    case 'transfer_cancelled':
      what = 'Transfert annulé par l’expéditeur.';
      break;
    case 'merge': {
      const dup = data.duplicate && typeof data.duplicate === 'object' ? (data.duplicate as Data) : {};
      const who = [str(dup.lastName), str(dup.firstNames)].filter(Boolean).join(' ');
      what = `Fusion avec un doublon${who ? ` (${who}${str(dup.birthDate) ? `, né(e) le ${formatDate(String(dup.birthDate))}` : ''})` : ''}.`;
      if (
        typeof data.previousEpisode === 'number' &&
        typeof data.episode === 'number' &&
        data.previousEpisode !== data.episode
      ) {
        details.push(`Épisode n° ${data.previousEpisode} renuméroté n° ${data.episode}.`);
      }
      break;
    }
    case 'cotech_decision': {
      const decision = label(SITUATION_DECISION_LABELS, data.decision);
      what = `Décision du comité technique : ${decision.charAt(0).toLowerCase()}${decision.slice(1)}.`;
      if (str(data.comment)) details.push(`Commentaire : ${String(data.comment)}`);
      const meetingId = str(data.meetingId);
      if (meetingId && /^[0-9a-f-]{36}$/i.test(meetingId))
        link = { to: `/instances/${meetingId}`, label: 'Voir la réunion du comité technique' };
      break;
    }
    default:
      what = `Événement « ${kind} ».`;
  }
  if (reason) details.push(`Motif : ${reason}`);
  if (change) details.push(change);
  return link ? { what, details, link } : { what, details };
}

/** "Liste SIEI (2026-S2)" or "Signalement". */
export function sourceLabel(source: keyof typeof CASE_SOURCE_LABELS, campaign: string | null | undefined): string {
  return campaign ? `${CASE_SOURCE_LABELS[source]} (${campaign})` : CASE_SOURCE_LABELS[source];
}
