/*
 * The CPMS contracts (issue 19, docs/domain.md §5): a school's plan de pilotage, the CPMS–school contract
 * concluded in step with it, the objectives contract of a CPMS with its DCO, and the exchange log.
 */

/**
 * The improvement objectives of the Fédération Wallonie-Bruxelles's system (the « objectifs d'amélioration
 * du système » a plan de pilotage chooses from), each with the school's own wording beside it.
 */
export const CPMS_SYSTEM_OBJECTIVES = [
  'SAVOIRS',
  'ECARTS',
  'ECHEC_REDOUBLEMENT',
  'DECROCHAGE',
  'ABSENTEISME',
  'CLIMAT_SCOLAIRE',
  'ORIENTATION',
  'INCLUSION',
  'NUMERIQUE',
] as const;
export type CpmsSystemObjective = (typeof CPMS_SYSTEM_OBJECTIVES)[number];

export const CPMS_SYSTEM_OBJECTIVE_LABELS: Record<CpmsSystemObjective, string> = {
  SAVOIRS: 'Améliorer significativement les savoirs et les compétences des élèves',
  ECARTS: 'Réduire les écarts de performance entre les élèves les plus favorisés et les moins favorisés',
  ECHEC_REDOUBLEMENT: 'Réduire l’échec et le redoublement',
  DECROCHAGE: 'Réduire le décrochage scolaire',
  ABSENTEISME: 'Réduire l’absentéisme',
  CLIMAT_SCOLAIRE: 'Améliorer le climat scolaire et le bien-être à l’école',
  ORIENTATION: 'Renforcer l’orientation positive des élèves',
  INCLUSION: 'Augmenter l’inclusion des élèves à besoins spécifiques',
  NUMERIQUE: 'Accroître l’usage du numérique et développer l’éducation au numérique',
};

/** A contract's life: brouillon → négocié → signé → en évaluation → évalué → renouvelé | clos. */
export const CPMS_CONTRACT_STATUSES = [
  'BROUILLON',
  'NEGOCIE',
  'SIGNE',
  'EN_EVALUATION',
  'EVALUE',
  'RENOUVELE',
  'CLOS',
] as const;
export type CpmsContractStatus = (typeof CPMS_CONTRACT_STATUSES)[number];

export const CPMS_CONTRACT_STATUS_LABELS: Record<CpmsContractStatus, string> = {
  BROUILLON: 'Brouillon',
  NEGOCIE: 'Négocié',
  SIGNE: 'Signé',
  EN_EVALUATION: 'En évaluation',
  EVALUE: 'Évalué',
  RENOUVELE: 'Renouvelé',
  CLOS: 'Clos',
};

/** The two parties of a contract: the centre (signed by its director) and the school (by its head). */
export const CPMS_CONTRACT_PARTIES = ['CPMS', 'ECOLE'] as const;
export type CpmsContractParty = (typeof CPMS_CONTRACT_PARTIES)[number];

/** How an exchange between the school and the centre took place. */
export const CPMS_EXCHANGE_WAYS = ['REUNION', 'TELEPHONE', 'COURRIEL', 'NOTE'] as const;
export type CpmsExchangeWay = (typeof CPMS_EXCHANGE_WAYS)[number];

export const CPMS_EXCHANGE_WAY_LABELS: Record<CpmsExchangeWay, string> = {
  REUNION: 'Réunion',
  TELEPHONE: 'Téléphone',
  COURRIEL: 'Courriel',
  NOTE: 'Note',
};

/** The objectives contract with the DCO: its own short life. */
export const CPMS_OBJECTIVES_CONTRACT_STATUSES = ['BROUILLON', 'SIGNE', 'EVALUE'] as const;
export type CpmsObjectivesContractStatus = (typeof CPMS_OBJECTIVES_CONTRACT_STATUSES)[number];

/** The contract evaluation reminders: one before the plan's evaluation (the daily job's idempotence). */
export const CPMS_CONTRACT_REMINDER_KINDS = ['EVALUATION_PROCHE'] as const;
export type CpmsContractReminderKind = (typeof CPMS_CONTRACT_REMINDER_KINDS)[number];

/** How many weeks ahead of the plan's evaluation the contract's evaluation is announced (page and notification). */
export const CPMS_EVALUATION_LEAD_WEEKS = 6;
export const CPMS_EVALUATION_LEAD_DAYS = CPMS_EVALUATION_LEAD_WEEKS * 7;
