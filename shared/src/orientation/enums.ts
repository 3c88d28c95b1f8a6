/**
 * Orientation networks (issue 18, docs/domain.md §5): a CIO's PsyEn distributed in networks around a
 * lycée tête de réseau, their time split by period of the orientation calendar, the « qui fait quoi ? »
 * and the transversal files the direction team pilots.
 */

/** Where a half-day of a PsyEn's week is spent: at the CIO (and doing what), or in a school of the network. */
export const SLOT_ACTIVITIES = ['PERMANENCE', 'ENTRETIENS_EXTERNALISES', 'CONCERTATION', 'ETABLISSEMENT'] as const;
export type SlotActivity = (typeof SLOT_ACTIVITIES)[number];
export const SLOT_ACTIVITY_LABELS: Record<SlotActivity, string> = {
  PERMANENCE: 'Permanence au CIO',
  ENTRETIENS_EXTERNALISES: 'Entretiens externalisés au CIO',
  CONCERTATION: 'Concertation au CIO',
  ETABLISSEMENT: 'Établissement du réseau',
};

export const WORKDAYS = [1, 2, 3, 4, 5] as const;
export const WORKDAY_LABELS: Record<number, string> = {
  1: 'Lundi',
  2: 'Mardi',
  3: 'Mercredi',
  4: 'Jeudi',
  5: 'Vendredi',
};

export const HALF_DAYS = ['MATIN', 'APRES_MIDI'] as const;
export type HalfDay = (typeof HALF_DAYS)[number];
export const HALF_DAY_LABELS: Record<HalfDay, string> = { MATIN: 'Matin', APRES_MIDI: 'Après-midi' };
/** The hours a half-day stands for in the timetable's calendar file (Europe/Paris). */
export const HALF_DAY_HOURS: Record<HalfDay, { start: string; end: string }> = {
  MATIN: { start: '08:30', end: '12:00' },
  APRES_MIDI: { start: '13:30', end: '17:00' },
};

export const SLOT_MODES = ['SUR_SITE', 'DISTANCE'] as const;
export type SlotMode = (typeof SLOT_MODES)[number];
export const SLOT_MODE_LABELS: Record<SlotMode, string> = { SUR_SITE: 'Sur site', DISTANCE: 'À distance' };

/** A full-time PsyEn's week: ten half-days; a quotity of 80 % gives eight. */
export const FULL_TIME_HALF_DAYS = 10;
export const halfDaysOfQuotity = (quotityPercent: number) => Math.floor((FULL_TIME_HALF_DAYS * quotityPercent) / 100);

/** The network's PsyEn: about two; fewer than one or more than three is flagged. */
export const NETWORK_PSYEN_MIN = 1;
export const NETWORK_PSYEN_MAX = 3;

/** The columns of the « qui fait quoi ? »: the roles of the experiment. */
export const DUTY_ROLES = ['IEN_IO', 'CIO_DIRECTOR', 'PSYEN', 'SCHOOL_HEAD', 'DASEN', 'SG'] as const;
export type DutyRole = (typeof DUTY_ROLES)[number];
export const DUTY_ROLE_LABELS: Record<DutyRole, string> = {
  IEN_IO: 'IEN-IO',
  CIO_DIRECTOR: 'DCIO',
  PSYEN: 'PsyEn',
  SCHOOL_HEAD: 'Chef d’établissement',
  DASEN: 'DASEN',
  SG: 'Secrétaire général',
};
export const DUTY_INVOLVEMENTS = ['PILOTE', 'CONTRIBUE', 'INFORME'] as const;
export type DutyInvolvement = (typeof DUTY_INVOLVEMENTS)[number];
export const DUTY_INVOLVEMENT_LABELS: Record<DutyInvolvement, string> = {
  PILOTE: 'Pilote',
  CONTRIBUE: 'Contribue',
  INFORME: 'Est informé',
};

export const TRANSVERSAL_FILE_KINDS = [
  'DISPOSITIFS_RELAIS',
  'FOQUALE',
  'COMMISSION_ABSENTEISME',
  'REAFFECTATION_DISCIPLINE',
  'AUTRE',
] as const;
export type TransversalFileKind = (typeof TRANSVERSAL_FILE_KINDS)[number];
export const TRANSVERSAL_FILE_KIND_LABELS: Record<TransversalFileKind, string> = {
  DISPOSITIFS_RELAIS: 'Dispositifs relais',
  FOQUALE: 'FOQUALE',
  COMMISSION_ABSENTEISME: 'Commission absentéisme',
  REAFFECTATION_DISCIPLINE: 'Réaffectations après conseil de discipline',
  AUTRE: 'Autre dossier',
};
export const TRANSVERSAL_FILE_STATUSES = ['EN_COURS', 'EN_VEILLE', 'CLOS'] as const;
export type TransversalFileStatus = (typeof TRANSVERSAL_FILE_STATUSES)[number];
export const TRANSVERSAL_FILE_STATUS_LABELS: Record<TransversalFileStatus, string> = {
  EN_COURS: 'En cours',
  EN_VEILLE: 'En veille',
  CLOS: 'Clos',
};
