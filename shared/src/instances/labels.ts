import type {
  Attendance,
  MeetingActionStatus,
  MeetingKind,
  MeetingStatus,
  PlatformActionKind,
  SituationDecision,
  ThematicParcours,
} from './enums.js';

export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  COTECH: 'Comité technique',
  BILATERALE: 'Réunion bilatérale',
  MULTILATERALE: 'Réunion multilatérale',
  INTER_PSAD: 'Réunion inter-PSAD',
  COPIL_BASSIN: 'Comité de pilotage du bassin',
  COPIL_REGIONAL: 'Comité de pilotage régional',
  CONCERTATION_PROJET: 'Concertation sur projet',
  ACTION_THEMATIQUE: 'Action thématique',
};

export const THEMATIC_PARCOURS_LABELS: Record<ThematicParcours, string> = {
  AVENIR: 'Parcours Avenir',
  CITOYEN: 'Parcours Citoyen',
};

export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  PLANIFIEE: 'Planifiée',
  TENUE: 'Tenue',
  ANNULEE: 'Annulée',
};

export const ATTENDANCE_LABELS: Record<Attendance, string> = {
  PRESENT: 'Présent',
  EXCUSE: 'Excusé',
  ABSENT: 'Absent',
};

export const MEETING_ACTION_STATUS_LABELS: Record<MeetingActionStatus, string> = {
  A_FAIRE: 'À faire',
  EN_COURS: 'En cours',
  FAITE: 'Faite',
  ABANDONNEE: 'Abandonnée',
};

export const PLATFORM_ACTION_KIND_LABELS: Record<PlatformActionKind, string> = {
  ATELIER: 'Atelier',
  FORUM: 'Forum',
  EVENEMENT: 'Événement',
  AUTRE: 'Autre action',
};

export const SITUATION_DECISION_LABELS: Record<SituationDecision, string> = {
  AFFECTER: 'Affecter à un partenaire',
  TRANSFERER: 'Proposer un transfert',
  CLORE: 'Clore le suivi',
  REVOIR: 'À revoir au prochain cotech',
};
