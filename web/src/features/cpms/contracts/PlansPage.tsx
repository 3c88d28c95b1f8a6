import { fr } from '@codegouvfr/react-dsfr';
import { Link } from 'react-router-dom';
import {
  CPMS_CONTRACT_STATUS_LABELS,
  CPMS_SYSTEM_OBJECTIVE_LABELS,
  type CpmsContractStatus,
} from '@maillage/shared/cpms-contracts';
import { fetchWithToken } from '../../../app/download';
import { usePageTitle } from '../../../app/usePageTitle';
import { DownloadButtons } from '../../../ui/DownloadButtons';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { formatDate } from '../../../ui/format';
import { ContractsNav } from './parts';
import { usePlans } from './queries';

/** `/cpms/contrats/plans`: the plans de pilotage the caller reads, by evaluation date. */
export function PlansPage() {
  usePageTitle('Plans de pilotage');
  const plans = usePlans();
  return (
    <div className={fr.cx('fr-container', 'fr-my-4w')}>
      <h1>Plans de pilotage</h1>
      <ContractsNav current="plans" />
      <p>
        Le plan de pilotage de chaque école : ses objectifs (parmi les objectifs d’amélioration du système, dans les
        mots de l’école), ses dates et ses évaluations. Les contrats CPMS–école se concluent et s’évaluent à son rythme.
      </p>
      {plans.isPending ? (
        <LoadingState />
      ) : plans.isError ? (
        <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />
      ) : plans.data.cpmsSchoolPlans.length === 0 ? (
        <p role="status">Aucun plan de pilotage à afficher.</p>
      ) : (
        plans.data.cpmsSchoolPlans.map((p) => (
          <section key={p.id} className={fr.cx('fr-card', 'fr-p-3w', 'fr-mb-3w')} aria-labelledby={`plan-${p.id}`}>
            <h2 id={`plan-${p.id}`} className={fr.cx('fr-h4')}>
              {p.school.name} — {p.title}
            </h2>
            <p>
              Du {formatDate(p.startsOn as string)} au {formatDate(p.endsOn as string)}. Évaluation à mi-parcours :{' '}
              {p.midEvaluationOn ? formatDate(p.midEvaluationOn as string) : '—'}
              {p.midEvaluationResult ? ` (${p.midEvaluationResult})` : ''}. Évaluation finale :{' '}
              <strong>{formatDate(p.endEvaluationOn as string)}</strong>
              {p.endEvaluationResult ? ` (${p.endEvaluationResult})` : ''}.
            </p>
            <h3 className={fr.cx('fr-h6')}>Objectifs</h3>
            <ul>
              {p.objectives.map((o) => (
                <li key={o.code}>
                  <strong>{CPMS_SYSTEM_OBJECTIVE_LABELS[o.code]}</strong> — {o.wording}
                </li>
              ))}
            </ul>
            {p.document ? (
              <DownloadButtons
                formats={['pdf'] as const}
                groupLabel={`Document du plan de ${p.school.name}`}
                buttonText={() => `Télécharger le plan (${p.document!.name})`}
                formatName={() => 'PDF'}
                fetchFile={() => fetchWithToken(p.document!.url)}
                fallbackFileName={() => 'plan-de-pilotage.pdf'}
              />
            ) : (
              <p className={fr.cx('fr-text--sm')}>Le document du plan n’est pas encore déposé.</p>
            )}
            <h3 className={fr.cx('fr-h6')}>Contrats</h3>
            {p.contracts.length ? (
              <ul>
                {p.contracts.map((c) => (
                  <li key={c.id}>
                    <Link to={`/cpms/contrats/${c.id}`}>
                      Contrat avec {c.cpms.name} ({CPMS_CONTRACT_STATUS_LABELS[c.status as CpmsContractStatus]})
                    </Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p>Aucun contrat sur ce plan.</p>
            )}
            {p.canDraftContract ? (
              <Link className={fr.cx('fr-btn')} to={`/cpms/contrats/nouveau/${p.id}`}>
                Rédiger un contrat avec {p.school.name}
              </Link>
            ) : null}
          </section>
        ))
      )}
    </div>
  );
}
