import type { ClasDecisionKind } from '../../gql/graphql';
import { formatDateTime } from '../../ui/format';
import { formatEuros } from './format';

export const DECISION_LABELS: Record<ClasDecisionKind, string> = {
  ACCEPTE: 'Projet accepté',
  REFUSE: 'Projet refusé',
  A_COMPLETER: 'Compléments demandés',
};

interface DecisionLike {
  decision: ClasDecisionKind;
  reasons: string;
  amountGrantedCents: number | null;
  decidedAt: string;
}

/** The CAF's latest decision, as the holder and the officer read it at the top of the project. */
export function DecisionSummary({ decision }: { decision: DecisionLike }) {
  return (
    <section aria-labelledby="clas-titre-decision" className={`clas-decision clas-decision--${decision.decision.toLowerCase().replace('_', '-')}`}>
      <h2 id="clas-titre-decision">Décision de la CAF : {DECISION_LABELS[decision.decision].toLowerCase()}</h2>
      <p>
        Le {formatDateTime(decision.decidedAt)}
        {decision.decision === 'ACCEPTE' ? ` — montant accordé : ${formatEuros(decision.amountGrantedCents)}` : ''}.
      </p>
      {decision.reasons ? (
        <p className="clas-text">
          <span className="clas-rule__term">{decision.decision === 'A_COMPLETER' ? 'À compléter :' : 'Motifs :'}</span> {decision.reasons}
        </p>
      ) : null}
    </section>
  );
}
