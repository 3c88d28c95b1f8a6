import { fr } from '@codegouvfr/react-dsfr';
import { Link } from 'react-router-dom';
import {
  CPMS_CONTRACT_STATUS_LABELS,
  CPMS_EVALUATION_LEAD_WEEKS,
  type CpmsContractStatus,
} from '@maillage/shared/cpms-contracts';

const STATUS_SEVERITY: Record<CpmsContractStatus, 'info' | 'new' | 'success' | 'warning' | undefined> = {
  BROUILLON: undefined,
  NEGOCIE: 'new',
  SIGNE: 'success',
  EN_EVALUATION: 'warning',
  EVALUE: 'info',
  RENOUVELE: 'success',
  CLOS: undefined,
};

export function StatusBadge({ status }: { status: CpmsContractStatus }) {
  const severity = STATUS_SEVERITY[status];
  return (
    <span className={fr.cx('fr-badge', 'fr-badge--sm', severity ? `fr-badge--${severity}` : undefined)}>
      {CPMS_CONTRACT_STATUS_LABELS[status]}
    </span>
  );
}

export interface EvaluationDue {
  dueOn: unknown;
  daysLeft: number;
  announced: boolean;
}

const OPEN: CpmsContractStatus[] = ['SIGNE', 'EN_EVALUATION'];

/** « Évaluation dans N jours » within the lead time, « à évaluer » once past, for a signed contract. */
export function EvaluationDueBadge({ status, due }: { status: CpmsContractStatus; due: EvaluationDue }) {
  if (!OPEN.includes(status)) return null;
  if (due.daysLeft < 0)
    return <span className={fr.cx('fr-badge', 'fr-badge--sm', 'fr-badge--error')}>Évaluation à faire</span>;
  if (!due.announced) return null;
  return (
    <span className={fr.cx('fr-badge', 'fr-badge--sm', 'fr-badge--warning')}>
      Évaluation dans {due.daysLeft} jour{due.daysLeft > 1 ? 's' : ''}
    </span>
  );
}

export const LEAD_TEXT = `${CPMS_EVALUATION_LEAD_WEEKS} semaines`;

export const formatNumber = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : new Intl.NumberFormat('fr-BE', { maximumFractionDigits: 2 }).format(n);

/** The sub-navigation of the contracts' pages. */
export function ContractsNav({ current }: { current: 'contrats' | 'plans' | 'objectifs' }) {
  const items = [
    { key: 'contrats', to: '/cpms/contrats', label: 'Contrats CPMS–école' },
    { key: 'plans', to: '/cpms/contrats/plans', label: 'Plans de pilotage' },
    { key: 'objectifs', to: '/cpms/contrats/objectifs', label: 'Contrats d’objectifs' },
  ] as const;
  return (
    <nav className={fr.cx('fr-mb-3w')} aria-label="Contrats CPMS">
      <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md')}>
        {items.map((i) => (
          <li key={i.key}>
            <Link
              to={i.to}
              className={fr.cx('fr-btn', i.key === current ? undefined : 'fr-btn--secondary')}
              aria-current={i.key === current ? 'page' : undefined}
            >
              {i.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
