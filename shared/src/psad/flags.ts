import type { CaseStatus } from './enums.js';
import {
  DEFAULT_INJOIGNABLE_RULE,
  injoignableReached,
  type ContactAttemptFact,
  type InjoignableRule,
} from './case-machine.js';

/**
 * Default thresholds of the case flags (docs/domain.md: thresholds are configuration, these are the defaults).
 * NO_CONTACT_DAYS: an assigned case with no contact attempt this many days after its assignment is
 * flagged; 15 days = the usual fortnight a partner gets to make a first call.
 */
export const DEFAULT_NO_CONTACT_DAYS = 15;
/** The file is due to the département 2 months after the Mission Locale convocation (obligation de formation). */
export const OBLIGATION_FORMATION_MONTHS = 2;

export interface FlagFacts {
  status: CaseStatus;
  birthDate: string;
  assignedAt: Date | null;
  /** The latest contact attempt, whoever made it: none since the (re)assignment raises the flag. */
  lastAttemptAt: Date | null;
  convocationDate: string | null;
  attempts: ContactAttemptFact[];
}

export interface CaseFlags {
  minorWithoutSolution: boolean;
  noContactAfterAssignment: boolean;
  injoignableReached: boolean;
  obligationFormationDueDate: string | null;
  obligationFormationOverdue: boolean;
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${String(y + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The flags of a case at `now`: the one place they are computed. */
export function caseFlags(
  facts: FlagFacts,
  now: Date = new Date(),
  options: { noContactDays?: number; injoignable?: InjoignableRule } = {},
): CaseFlags {
  const today = isoDate(now);
  const open = facts.status !== 'SOLUTION' && facts.status !== 'CLOS';
  const minor = addYears(facts.birthDate, 18) > today;
  const noContactDays = options.noContactDays ?? DEFAULT_NO_CONTACT_DAYS;
  const assignedNoContact =
    (facts.status === 'AFFECTE' || facts.status === 'EN_COURS') &&
    facts.assignedAt !== null &&
    (facts.lastAttemptAt === null || facts.lastAttemptAt < facts.assignedAt) &&
    now.getTime() - facts.assignedAt.getTime() >= noContactDays * 86_400_000;
  const due = facts.convocationDate ? addMonths(facts.convocationDate, OBLIGATION_FORMATION_MONTHS) : null;
  return {
    minorWithoutSolution: minor && open,
    noContactAfterAssignment: assignedNoContact,
    injoignableReached: open && injoignableReached(facts.attempts, options.injoignable ?? DEFAULT_INJOIGNABLE_RULE),
    obligationFormationDueDate: due,
    obligationFormationOverdue: open && due !== null && due < today,
  };
}
