import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useSearchParams } from 'react-router-dom';
import { fetchWithToken } from '../../app/download';
import { usePageTitle } from '../../app/usePageTitle';
import { DownloadButtons } from '../../ui/DownloadButtons';
import { ErrorState } from '../../ui/ErrorState';
import { SelectField } from '../../ui/Field';
import { LoadingState } from '../../ui/LoadingState';
import { parisToday } from '../../ui/format';
import { BilanTableView } from '../psad-bilan/parts';
import { cpmsIndicatorsExportUrl, useCpmsIndicators } from './queries';
import '../../ui/styles/dashboard.css';
import '../../ui/styles/bilan.css';

type ExportFormat = 'csv' | 'xlsx';
const FORMAT_NAMES: Record<ExportFormat, string> = { csv: 'CSV', xlsx: 'Excel' };

/**
 * « Indicateurs CPMS » (issue 19): for the central administration's analyst (every zone) and the DCO
 * (their zone), a year's contracts, objectives reached and calls of the 24/7 line. Aggregates only,
 * drawn and tabled, under the small-count rule; exported as CSV or XLSX.
 */
export function CpmsIndicatorsPage() {
  usePageTitle('Indicateurs CPMS');
  const [params, setParams] = useSearchParams();
  const thisYear = Number(parisToday().slice(0, 4));
  const years = [thisYear, thisYear - 1, thisYear - 2, thisYear - 3];
  const asked = Number(params.get('annee'));
  const year = years.includes(asked) ? asked : thisYear;
  const zoneId = params.get('zone');
  const indicators = useCpmsIndicators(year, zoneId);
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return (
    <div className="page dashboard">
      <Breadcrumb
        currentPageLabel="Indicateurs CPMS"
        homeLinkProps={{ to: '/' }}
        segments={[]}
        className={fr.cx('fr-mt-0', 'fr-mb-2w')}
      />
      <h1>Indicateurs CPMS</h1>
      <p className={fr.cx('fr-text--lead')}>
        Les contrats des centres PMS avec les écoles, les objectifs atteints et les appels de la ligne 24/7 : des totaux
        par zone et par année, jamais une personne.
      </p>
      <div className="dashboard__filters">
        <SelectField label="Année" value={String(year)} onValueChange={(v) => set('annee', v)} name="annee">
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
        {indicators.data && indicators.data.zones.length > 1 ? (
          <SelectField label="Zone" value={zoneId ?? ''} onValueChange={(v) => set('zone', v)} name="zone">
            <option value="">Toutes les zones</option>
            {indicators.data.zones.map((z) => (
              <option key={z.id} value={z.id}>
                {z.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <DownloadButtons
          formats={['csv', 'xlsx'] as const}
          groupLabel={`Exporter les indicateurs ${year}`}
          buttonText={(format) => `Exporter (${FORMAT_NAMES[format]})`}
          formatName={(format) => FORMAT_NAMES[format]}
          fallbackFileName={(format) => `cpms-indicateurs-${year}.${format}`}
          fetchFile={(format) =>
            fetchWithToken(cpmsIndicatorsExportUrl(format, year, zoneId), {
              headers: {
                Accept:
                  'text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/problem+json',
              },
            })
          }
        />
      </div>
      {indicators.isPending ? (
        <LoadingState label="Calcul des indicateurs…" />
      ) : indicators.isError ? (
        <ErrorState error={indicators.error} onRetry={() => void indicators.refetch()} />
      ) : (
        <div className="dashboard__body" aria-busy={indicators.isFetching || undefined}>
          <p className={fr.cx('fr-text--sm')}>
            {indicators.data.zone ? `${indicators.data.zone.name}, année` : 'Année'} {indicators.data.year}.{' '}
            {indicators.data.rule}
          </p>
          {indicators.data.tables.map((t) => (
            <BilanTableView key={t.key} table={t} />
          ))}
        </div>
      )}
    </div>
  );
}
