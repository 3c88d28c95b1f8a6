import { fr } from '@codegouvfr/react-dsfr';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorState } from '../../ui/ErrorState';
import { formatDateTime } from '../../ui/format';
import { LoadingState } from '../../ui/LoadingState';
import { periodOf, previousOf, RuleCallout } from './BilanPage';
import { BilanDownloads, BilanTableView, PeriodPicker, usePeriodParam } from './parts';
import { periodWords } from './period';
import { useRegionalBilan } from './queries';
import '../../ui/styles/dashboard.css';
import '../../ui/styles/bilan.css';

/**
 * The regional coordinator's bilan: the région's platforms side by side, then their consolidated
 * bilan, always under the small-count rule (aggregates only), and its PDF and DOCX documents.
 */
export function RegionalBilanPage() {
  usePageTitle('Bilan régional');
  const [period, setPeriod] = usePeriodParam();
  const bilan = useRegionalBilan(period);
  const data = bilan.data;

  return (
    <div className="page dashboard bilan">
      <h1>Bilan régional</h1>
      <p className={fr.cx('fr-text--lead')}>
        Les plateformes de la région côte à côte, puis leur bilan consolidé, pour le comité de pilotage régional : des
        chiffres agrégés seulement.
      </p>
      <PeriodPicker period={period} onChange={setPeriod} />
      {bilan.isPending ? (
        <LoadingState label="Calcul du bilan régional…" />
      ) : bilan.isError ? (
        <ErrorState error={bilan.error} onRetry={() => void bilan.refetch()} />
      ) : data ? (
        <div aria-busy={bilan.isFetching || undefined}>
          <p>
            Période {periodWords(periodOf(data.consolidated))}, comparée à la période{' '}
            {periodWords(previousOf(data.consolidated))} ; {data.platforms.length} plateforme
            {data.platforms.length > 1 ? 's' : ''} : {data.platforms.map((p) => p.name).join(', ')}.
          </p>
          <p className={fr.cx('fr-text--sm')}>
            Chiffres arrêtés le {formatDateTime(data.consolidated.generatedAt)} (ceux de chaque plateforme sont
            recalculés régulièrement au fil de la journée).
          </p>
          <RuleCallout rule={data.consolidated.rule} masked />
          <BilanDownloads period={periodOf(data.consolidated)} fileStem="bilan-regional" />
          <BilanTableView
            table={data.sideBySide}
            period={periodOf(data.consolidated)}
            previous={previousOf(data.consolidated)}
            skipChartRows={['Région']}
          />
          <section aria-labelledby="bilan-consolide" className="bilan__table-block">
            <h2 id="bilan-consolide">Bilan consolidé de la région</h2>
            {data.consolidated.tables.map((t) => (
              <BilanTableView
                key={t.key}
                table={t}
                period={periodOf(data.consolidated)}
                previous={previousOf(data.consolidated)}
                headingLevel={3}
              />
            ))}
          </section>
        </div>
      ) : null}
    </div>
  );
}
