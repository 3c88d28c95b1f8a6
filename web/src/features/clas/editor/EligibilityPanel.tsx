import { fr } from '@codegouvfr/react-dsfr';
import { useId } from 'react';
import type { Eligibility, FundingEstimate } from '@maillage/shared';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { EligibilityList, EligibilitySummary, FundingTable } from '../Eligibility';
import type { ClasYearConfigData } from '../configQueries';

interface EligibilityPanelProps {
  config: { data: ClasYearConfigData | undefined; isError: boolean; error: unknown; refetch: () => unknown };
  live: Eligibility | null;
  funding: FundingEstimate | null;
  groupLabels: readonly string[];
}

/** Beside the form, on every step: the shared rules on the form as it stands, and the funding estimate. */
export function EligibilityPanel({ config, live, funding, groupLabels }: EligibilityPanelProps) {
  const titleId = useId();
  return (
    <aside className="clas-panel" aria-labelledby={titleId} tabIndex={0}>
      <h2 id={titleId} className={fr.cx('fr-h5')}>
        Éligibilité
      </h2>
      {config.isError ? (
        <ErrorState
          error={config.error}
          title="La configuration de l'année n'a pas pu être chargée"
          onRetry={() => void config.refetch()}
        />
      ) : !live || !funding || !config.data ? (
        <LoadingState label="Chargement des règles de l'année…" />
      ) : (
        <>
          <EligibilitySummary eligibility={live} live />
          <p className={fr.cx('fr-hint-text')}>
            Évaluées à chaque saisie avec les seuils de l'année {config.data.schoolYear}
            {config.data.configured ? '' : ' (valeurs par défaut)'}. La CAF les évalue à nouveau au dépôt.
          </p>
          <FundingTable
            funding={{
              groups: funding.groups.map((f, i) => ({
                label: groupLabels[i] ?? '',
                eligibleCostCents: f.eligibleCostCents,
                estimateCents: f.estimateCents,
                capped: f.capped,
              })),
              totalCents: funding.totalCents,
              ratePercent: config.data.ratePercent,
              ceilingCentsPerGroup: config.data.ceilingCentsPerGroup,
            }}
          />
          <EligibilityList eligibility={live} groupLabels={groupLabels} />
        </>
      )}
    </aside>
  );
}
