import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { CLAS_STATUS_LABELS, type ClasStatus } from '@maillage/shared';

/** A status's DSFR badge severity: none (grey) for drafts and closed projects. */
const STATUS_SEVERITY: Record<ClasStatus, 'info' | 'success' | 'error' | 'warning' | 'new' | undefined> = {
  BROUILLON: undefined,
  DEPOSE: 'info',
  EN_INSTRUCTION: 'new',
  A_COMPLETER: 'warning',
  ACCEPTE: 'success',
  REFUSE: 'error',
  BILAN_DEPOSE: 'info',
  CLOTURE: undefined,
};

/** A project's status as a DSFR badge. */
export function StatusBadge({ status }: { status: ClasStatus }) {
  return (
    <Badge as="span" small severity={STATUS_SEVERITY[status]} noIcon={STATUS_SEVERITY[status] === undefined}>
      {CLAS_STATUS_LABELS[status]}
    </Badge>
  );
}

export { StatusMessage } from '../../ui/StatusMessage';
