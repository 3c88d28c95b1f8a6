import type {
  CaseSource,
  CaseStatus,
  CloseOutcome,
  ContactChannel,
  ContactResult,
  SignalSource,
  SituationFinding,
  SolutionType,
} from './enums.js';

/** French labels of the PSAD follow-up's enums (docs/domain.md §2): the SPA's pages and the server's exports say the same. */
export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  A_TRAITER: 'À traiter',
  AFFECTE: 'Affecté',
  EN_COURS: 'En cours',
  SOLUTION: 'En solution',
  CLOS: 'Clos',
};

export const CASE_SOURCE_LABELS: Record<CaseSource, string> = {
  SIEI: 'Liste SIEI',
  SIGNAL: 'Signalement',
};

export const CONTACT_CHANNEL_LABELS: Record<ContactChannel, string> = {
  TELEPHONE: 'Téléphone',
  SMS: 'SMS',
  COURRIEL: 'Courriel',
  COURRIER: 'Courrier',
  VISITE: 'Visite',
  RENDEZ_VOUS: 'Rendez-vous',
};

export const CONTACT_RESULT_LABELS: Record<ContactResult, string> = {
  JOINT: 'Joint',
  INJOIGNABLE: 'Injoignable',
  MESSAGE_LAISSE: 'Message laissé',
  COORDONNEES_ERRONEES: 'Coordonnées erronées',
};

export const SITUATION_FINDING_LABELS: Record<SituationFinding, string> = {
  EN_FORMATION: 'Déjà en formation',
  EN_EMPLOI: 'Déjà en emploi',
  DEMENAGE: 'A déménagé',
  SANS_SOLUTION: 'Sans solution',
  INCONNUE: 'Situation inconnue',
};

export const SOLUTION_TYPE_LABELS: Record<SolutionType, string> = {
  RETOUR_FORMATION_INITIALE: 'Retour en formation initiale',
  APPRENTISSAGE: 'Apprentissage',
  FORMATION_PRO: 'Formation professionnelle',
  EMPLOI: 'Emploi',
  SERVICE_CIVIQUE: 'Service civique',
  EPIDE_E2C: 'EPIDE ou école de la 2e chance',
  ACCOMPAGNEMENT_ML: 'Accompagnement Mission Locale (CEJ, PACEA…)',
  MLDS: 'MLDS',
  AUTRE: 'Autre solution',
};

export const CLOSE_OUTCOME_LABELS: Record<CloseOutcome, string> = {
  SOLUTION_CONFIRMEE: 'Solution confirmée',
  DEJA_EN_SOLUTION: 'Déjà en solution',
  REFUS: "Refus de l'accompagnement",
  INJOIGNABLE: 'Injoignable',
  DEMENAGE: 'Déménagement',
  HORS_CHAMP: 'Hors champ',
  AUTRE: 'Autre motif',
};

export const SIGNAL_SOURCE_LABELS: Record<SignalSource, string> = {
  EPLE: 'Établissement scolaire (EPLE)',
  MISSION_LOCALE: 'Mission Locale',
  DAAF: 'DAAF (enseignement agricole)',
  PJJ: 'PJJ',
  DEFENSE: 'Défense (EPIDE, JDC)',
  CFA: 'CFA',
  MFR: 'MFR',
  ACTEUR_LOCAL: 'Acteur local',
  AUTRE: 'Autre',
};

/** The source of a case: the SIEI list, or a signal and who sent it. */
export function caseSourceLabel(source: CaseSource, signalSource: SignalSource | null): string {
  if (source === 'SIEI') return CASE_SOURCE_LABELS.SIEI;
  return signalSource
    ? `${CASE_SOURCE_LABELS.SIGNAL} (${SIGNAL_SOURCE_LABELS[signalSource]})`
    : CASE_SOURCE_LABELS.SIGNAL;
}
