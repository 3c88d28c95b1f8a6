export const CASE_STATUSES = ['A_TRAITER', 'AFFECTE', 'EN_COURS', 'SOLUTION', 'CLOS'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CONTACT_CHANNELS = ['TELEPHONE', 'SMS', 'COURRIEL', 'COURRIER', 'VISITE', 'RENDEZ_VOUS'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const CONTACT_RESULTS = ['JOINT', 'INJOIGNABLE', 'MESSAGE_LAISSE', 'COORDONNEES_ERRONEES'] as const;
export type ContactResult = (typeof CONTACT_RESULTS)[number];

export const SOLUTION_TYPES = [
  'RETOUR_FORMATION_INITIALE',
  'APPRENTISSAGE',
  'FORMATION_PRO',
  'EMPLOI',
  'SERVICE_CIVIQUE',
  'EPIDE_E2C',
  'ACCOMPAGNEMENT_ML',
  'MLDS',
  'AUTRE',
] as const;
export type SolutionType = (typeof SOLUTION_TYPES)[number];

export const CLOSE_OUTCOMES = [
  'SOLUTION_CONFIRMEE',
  'DEJA_EN_SOLUTION',
  'REFUS',
  'INJOIGNABLE',
  'DEMENAGE',
  'HORS_CHAMP',
  'AUTRE',
] as const;
export type CloseOutcome = (typeof CLOSE_OUTCOMES)[number];

export const SITUATION_FINDINGS = ['EN_FORMATION', 'EN_EMPLOI', 'DEMENAGE', 'SANS_SOLUTION', 'INCONNUE'] as const;
export type SituationFinding = (typeof SITUATION_FINDINGS)[number];

export const SIGNAL_SOURCES = [
  'EPLE',
  'MISSION_LOCALE',
  'DAAF',
  'PJJ',
  'DEFENSE',
  'CFA',
  'MFR',
  'ACTEUR_LOCAL',
  'AUTRE',
] as const;
export type SignalSource = (typeof SIGNAL_SOURCES)[number];

export const CASE_SOURCES = ['SIEI', 'SIGNAL'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];

/** The worklists' sort orders. */
export const CASE_ORDERS = ['NAME', 'LAST_UPDATE', 'EXIT_DATE'] as const;
export type CaseOrder = (typeof CASE_ORDERS)[number];
