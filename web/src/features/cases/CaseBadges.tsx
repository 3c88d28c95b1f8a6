import { fr, type FrClassName } from '@codegouvfr/react-dsfr';
import type { CaseStatus } from '../../gql/graphql';
import { CASE_FLAG_LABELS, CASE_STATUS_LABELS } from './labels';

/** Each status its DSFR badge: to do (new), assigned (info), in progress, in solution (success), closed (plain). */
const STATUS_BADGE: Record<CaseStatus, FrClassName | undefined> = {
  A_TRAITER: 'fr-badge--new',
  AFFECTE: 'fr-badge--info',
  EN_COURS: 'fr-badge--purple-glycine',
  SOLUTION: 'fr-badge--success',
  CLOS: undefined,
};

export function CaseStatusBadge({ status, small = true }: { status: CaseStatus; small?: boolean }) {
  return (
    <span className={fr.cx('fr-badge', small ? 'fr-badge--sm' : undefined, 'fr-badge--no-icon', STATUS_BADGE[status])}>
      {CASE_STATUS_LABELS[status]}
    </span>
  );
}

type FlagKey = keyof typeof CASE_FLAG_LABELS;
type Flags = Partial<Record<FlagKey, boolean | null | undefined>>;

/** Short names that keep a row on one line; the full wording is read out and shown on hover. */
const FLAG_SHORT: Record<FlagKey, string> = {
  minorWithoutSolution: 'Mineur',
  noContactAfterAssignment: 'Sans contact',
  injoignableReached: 'Injoignable',
  obligationFormationOverdue: 'OF à transmettre',
};
const FLAG_BADGE: Record<FlagKey, FrClassName> = {
  minorWithoutSolution: 'fr-badge--warning',
  noContactAfterAssignment: 'fr-badge--warning',
  injoignableReached: 'fr-badge--error',
  obligationFormationOverdue: 'fr-badge--error',
};

export const raisedFlags = (flags: Flags) => (Object.keys(CASE_FLAG_LABELS) as FlagKey[]).filter((flag) => flags[flag]);

/** The raised flags of a case as small DSFR badges; `short` for table rows. */
export function CaseFlagBadges({ flags, short = false }: { flags: Flags; short?: boolean }) {
  const raised = raisedFlags(flags);
  if (raised.length === 0) return <span className="fr-text--xs fr-mb-0 worklist__none">Aucune</span>;
  return (
    <ul className={fr.cx('fr-badges-group', 'fr-badges-group--sm')}>
      {raised.map((flag) => (
        <li key={flag}>
          <span
            className={fr.cx('fr-badge', 'fr-badge--sm', 'fr-badge--no-icon', FLAG_BADGE[flag])}
            title={short ? CASE_FLAG_LABELS[flag] : undefined}
          >
            {short ? (
              <>
                <span aria-hidden="true">{FLAG_SHORT[flag]}</span>
                <span className={fr.cx('fr-sr-only')}>{CASE_FLAG_LABELS[flag]}</span>
              </>
            ) : (
              CASE_FLAG_LABELS[flag]
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
