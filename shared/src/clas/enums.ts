export const CLAS_STATUSES = [
  'BROUILLON',
  'DEPOSE',
  'EN_INSTRUCTION',
  'ACCEPTE',
  'REFUSE',
  'A_COMPLETER',
  'BILAN_DEPOSE',
  'CLOTURE',
] as const;
export type ClasStatus = (typeof CLAS_STATUSES)[number];

export const SCHOOL_LEVELS = ['ELEMENTAIRE', 'COLLEGE', 'LYCEE'] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];

export const ACCOMPAGNATEUR_KINDS = ['SALARIE', 'BENEVOLE'] as const;
export type AccompagnateurKind = (typeof ACCOMPAGNATEUR_KINDS)[number];

/** Training of an accompagnateur: done, planned during the year, or none planned. */
export const TRAINING_STATUSES = ['FAITE', 'PREVUE', 'AUCUNE'] as const;
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];

export const WEEKDAYS = ['LUNDI', 'MARDI', 'MERCREDI', 'JEUDI', 'VENDREDI', 'SAMEDI', 'DIMANCHE'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** What the children do in a session; homework help alone is not a CLAS (docs/domain.md §3). */
export const CLAS_ACTIVITY_KINDS = [
  'AIDE_AUX_DEVOIRS',
  'METHODOLOGIE',
  'LECTURE_ECRITURE',
  'CULTUREL',
  'SCIENTIFIQUE',
  'NUMERIQUE',
  'EXPRESSION_ORALE',
] as const;
export type ClasActivityKind = (typeof CLAS_ACTIVITY_KINDS)[number];

export const CLAS_RULES = [
  'DIAGNOSTIC',
  'CHARTER',
  'PARTNERSHIP',
  'CONTENT',
  'PARENT_AXIS',
  'SCHOOL_CONCERTATION',
  'LOCAL_ACTORS',
  'GROUPS',
  'GROUP_SIZE',
  'ADULTS',
  'FREQUENCY',
  'CONTINUITY',
  'CHILDREN_ACTIVITY',
  'TRAINING',
] as const;
export type ClasRule = (typeof CLAS_RULES)[number];

export const RULE_OUTCOMES = ['PASS', 'WARNING', 'FAIL'] as const;
export type RuleOutcome = (typeof RULE_OUTCOMES)[number];

export const CLAS_DECISIONS = ['ACCEPTE', 'REFUSE', 'A_COMPLETER'] as const;
export type ClasDecision = (typeof CLAS_DECISIONS)[number];

/** What is logged during the year besides the sessions: parent actions and concertation moments held. */
export const CLAS_ACTIVITY_LOG_KINDS = ['PARENT_ACTION', 'CONCERTATION'] as const;
export type ClasActivityLogKind = (typeof CLAS_ACTIVITY_LOG_KINDS)[number];
