import { fr } from '@codegouvfr/react-dsfr';
import type { ClasDecisionKind } from '../../gql/graphql';
import { formatDateTime } from '../../ui/format';
import { formatEuros } from './format';

export const DECISION_LABELS: Record<ClasDecisionKind, string> = {
  ACCEPTE: 'Projet accepté',
  REFUSE: 'Projet refusé',
  A_COMPLETER: 'Compléments demandés',
};

const DECISION_SEVERITY: Record<ClasDecisionKind, 'success' | 'error' | 'warning'> = {
  ACCEPTE: 'success',
  REFUSE: 'error',
  A_COMPLETER: 'warning',
};

interface DecisionLike {
  decision: ClasDecisionKind;
  reasons: string;
  amountGrantedCents: number | null;
  decidedAt: string;
}

/** The CAF's latest decision, as the holder and the officer read it at the top of the project (a DSFR alert). */
export function DecisionSummary({ decision }: { decision: DecisionLike }) {
  return (
    <section
      aria-labelledby="clas-titre-decision"
      className={fr.cx('fr-alert', `fr-alert--${DECISION_SEVERITY[decision.decision]}`, 'fr-mb-3w')}
    >
      <h2 id="clas-titre-decision" className={fr.cx('fr-alert__title')}>
        Décision de la CAF : {DECISION_LABELS[decision.decision].toLowerCase()}
      </h2>
      <p>
        Le {formatDateTime(decision.decidedAt)}
        {decision.decision === 'ACCEPTE' ? ` — montant accordé : ${formatEuros(decision.amountGrantedCents)}` : ''}.
      </p>
      {decision.reasons ? (
        <p className="clas-text">
          <strong>{decision.decision === 'A_COMPLETER' ? 'À compléter :' : 'Motifs :'}</strong> {decision.reasons}
        </p>
      ) : null}
    </section>
  );
}
