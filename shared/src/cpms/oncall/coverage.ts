/*
 * The 24/7 line's rota vocabulary, without any time-zone library: what the schemas and the pages' labels
 * need. The computations (luxon) are in rota.ts, imported as '@maillage/shared/oncall-rota' by those who
 * compute, so that luxon stays out of the shared chunk of the web app.
 */

export const ONCALL_TIME_ZONE = 'Europe/Brussels';

/** A template of a week: ISO weekday (1 = Monday), local start and end (hh:mm); an end at or before the start is on the next day. */
export interface ShiftTemplate {
  weekday: number;
  startTime: string;
  endTime: string;
  agentId?: string | null;
  backupId?: string | null;
}

/** A shift: two instants (ISO, UTC or with an offset), an agent and a backup. */
export interface RotaShift {
  id?: string;
  startsAt: string;
  endsAt: string;
  agentId: string | null;
  backupId: string | null;
}

export interface CoverageRules {
  /** No shift longer than this. */
  maxShiftMinutes: number;
  /** Minimum rest between two shifts of the same person, whether agent or backup in either. */
  minRestMinutes: number;
}

/** The defaults: a night of 12 h plus the autumn hour, and 11 h of daily rest (the Belgian labour rule). */
export const DEFAULT_COVERAGE_RULES: CoverageRules = { maxShiftMinutes: 13 * 60, minRestMinutes: 11 * 60 };

export const COVERAGE_ISSUE_KINDS = ['SANS_AGENT', 'SANS_BACKUP', 'TROP_LONG', 'REPOS', 'PROPRE_BACKUP'] as const;
export type CoverageIssueKind = (typeof COVERAGE_ISSUE_KINDS)[number];
export const COVERAGE_ISSUE_LABELS: Record<CoverageIssueKind, string> = {
  SANS_AGENT: 'Aucun agent d’astreinte',
  SANS_BACKUP: 'Aucun agent en second (backup)',
  TROP_LONG: 'Permanence trop longue',
  REPOS: 'Repos insuffisant entre deux permanences',
  PROPRE_BACKUP: 'L’agent est son propre backup',
};

export interface CoverageIssue {
  kind: CoverageIssueKind;
  /** The span concerned (ISO UTC): the gap, the shift too long, or the rest too short. */
  startsAt: string;
  endsAt: string;
  /** The person concerned (rest), when there is one. */
  personId?: string;
  /** The shifts concerned, when they have ids. */
  shiftIds?: string[];
}

export interface CoverageReport {
  issues: CoverageIssue[];
  /** Minutes of the period covered by at least one agent: overlapping shifts counted once. */
  coveredMinutes: number;
  periodMinutes: number;
}

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isTime(value: string): boolean {
  return HHMM.test(value);
}

/** « 11 h », « 12 h 30 ». */
export function durationLabel(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${String(m).padStart(2, '0')}` : `${h} h`;
}
