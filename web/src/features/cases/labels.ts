import type {
  CaseSource,
  CaseStatus,
  CloseOutcome,
  ContactChannel,
  ContactResult,
  SignalSource,
  SituationFinding,
  SolutionType,
} from '@maillage/shared';

/** French labels of the PSAD follow-up's enums (DOMAIN.md §2), shared by every PSAD page. */
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

/** Keys of a label map in their declared order, for selects and checkbox groups. */
export const keysOf = <K extends string>(labels: Record<K, string>): K[] => Object.keys(labels) as K[];

/** Sort orders of the worklists (GraphQL CaseOrder). */
export const CASE_ORDER_LABELS: Record<'NAME' | 'LAST_UPDATE' | 'EXIT_DATE', string> = {
  NAME: 'Nom (A → Z)',
  LAST_UPDATE: 'Dernière modification (récente d’abord)',
  EXIT_DATE: 'Date de sortie du système scolaire (récente d’abord)',
};

/** The computed flags of a case (GraphQL CaseFlags), as badges. */
export const CASE_FLAG_LABELS = {
  minorWithoutSolution: 'Mineur sans solution',
  noContactAfterAssignment: 'Sans contact depuis l’affectation',
  injoignableReached: 'Seuil injoignable atteint',
  obligationFormationOverdue: 'Dossier obligation de formation à transmettre',
} as const;

/** Why two young-person records look like one (GraphQL DuplicateReason). */
export const DUPLICATE_REASON_LABELS: Record<'SAME_MATCH_KEY' | 'SIMILAR_NAME', string> = {
  SAME_MATCH_KEY: 'Même nom, même prénom, même date de naissance',
  SIMILAR_NAME: 'Même date de naissance, noms proches',
};
