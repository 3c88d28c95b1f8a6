import { fr } from '@codegouvfr/react-dsfr';
import { useState } from 'react';
import { CLAS_STATUS_LABELS, CLAS_STATUSES } from '@maillage/shared';
import { fetchWithToken } from '../../app/download';
import { usePageTitle } from '../../app/usePageTitle';
import { DownloadButtons } from '../../ui/DownloadButtons';
import { DataTable } from '../../ui/DataTable';
import { ErrorState } from '../../ui/ErrorState';
import { SelectField } from '../../ui/Field';
import { LoadingState } from '../../ui/LoadingState';
import { currentSchoolYear, formatCount, formatEuros, schoolYearOptions } from './format';
import { useClasDashboard, type ClasDashboardData } from './projectQueries';
import '../../ui/styles/clas.css';

/** The dashboard counts projects deposited or later: drafts are the holders' own. */
const DASHBOARD_STATUSES = CLAS_STATUSES.filter((s) => s !== 'BROUILLON');

type ExportFormat = 'csv' | 'xlsx';
const FORMAT_NAMES: Record<ExportFormat, string> = { csv: 'CSV', xlsx: 'Excel' };

/** « Tableau de bord CLAS »: the département's figures for a school year, drawn and exportable. */
export function ClasDashboardPage() {
  const [year, setYear] = useState(currentSchoolYear());
  usePageTitle(`Tableau de bord CLAS — ${year}`);
  const dashboard = useClasDashboard(year);
  const data = dashboard.data?.schoolYear === year ? dashboard.data : undefined;

  return (
    <div className="page">
      <h1>Tableau de bord CLAS</h1>
      <p className={fr.cx('fr-text--lead')}>
        Les projets CLAS {data ? `du département ${data.departement.name}` : 'de votre département'} pour une année
        scolaire : projets déposés ou plus avancés, groupes, enfants, financement demandé et accordé. Les enfants y sont
        comptés, jamais nommés.
      </p>
      <div className="clas-toolbar">
        <SelectField label="Année scolaire" value={year} onValueChange={setYear}>
          {schoolYearOptions(new Date(), year).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
        <ExportButtons schoolYear={year} />
      </div>
      {dashboard.isError ? (
        <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : !data ? (
        <LoadingState label="Calcul des indicateurs…" />
      ) : (
        <Figures data={data} busy={dashboard.isFetching} />
      )}
    </div>
  );
}

function Figures({ data, busy }: { data: ClasDashboardData; busy: boolean }) {
  const rows = DASHBOARD_STATUSES.map((status) => ({
    status,
    count: data.byStatus.find((b) => b.status === status)?.count ?? 0,
  }));
  const share = (n: number) =>
    data.projects > 0
      ? (n / data.projects).toLocaleString('fr-FR', { style: 'percent', maximumFractionDigits: 0 })
      : '—';
  return (
    <div aria-busy={busy || undefined}>
      <section aria-labelledby="clas-dashboard-chiffres" className={fr.cx('fr-mb-4w')}>
        <h2 id="clas-dashboard-chiffres" className={fr.cx('fr-h4')}>
          Chiffres clés {data.schoolYear}
        </h2>
        <dl className="clas-figures">
          <Figure label="Projets" value={formatCount(data.projects)} detail="déposés ou plus avancés" />
          <Figure
            label="Projets éligibles"
            value={formatCount(data.eligibleProjects)}
            detail={`${share(data.eligibleProjects)} des projets : aucune règle non conforme`}
          />
          <Figure label="Groupes" value={formatCount(data.groups)} />
          <Figure label="Enfants inscrits" value={formatCount(data.children)} />
          <Figure label="Accompagnateurs" value={formatCount(data.accompagnateurs)} />
          <Figure
            label="Financement demandé"
            value={formatEuros(data.fundingRequestedCents)}
            detail="prestation estimée des projets"
          />
          <Figure label="Financement accordé" value={formatEuros(data.fundingGrantedCents)} detail="projets acceptés" />
        </dl>
      </section>
      <section aria-labelledby="clas-dashboard-statuts">
        <h2 id="clas-dashboard-statuts" className={fr.cx('fr-h4')}>
          Projets par statut
        </h2>
        <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
          <div className={fr.cx('fr-col-12', 'fr-col-lg-6')}>
            <StatusChart
              bars={rows.map((r) => ({ key: r.status, label: CLAS_STATUS_LABELS[r.status], value: r.count }))}
            />
          </div>
          <div className={fr.cx('fr-col-12', 'fr-col-lg-6')}>
            <DataTable
              caption={`Projets CLAS par statut, ${data.schoolYear}`}
              rows={rows}
              rowKey={(r) => r.status}
              columns={[
                { key: 'status', header: 'Statut', cell: (r) => CLAS_STATUS_LABELS[r.status], rowHeader: true },
                { key: 'count', header: 'Projets', cell: (r) => formatCount(r.count), className: 'clas-numeric' },
                { key: 'share', header: 'Part des projets', cell: (r) => share(r.count), className: 'clas-numeric' },
              ]}
            />
          </div>
        </div>
      </section>
    </div>
  );
}

function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        <span className="clas-figures__value">{value}</span>
        {detail ? ` ${detail}` : null}
      </dd>
    </div>
  );
}

/**
 * Horizontal bars drawn in SVG (no inline style: the CSP's style-src 'self' holds), coloured by DSFR
 * variables so that both themes keep their contrast. Hidden from assistive technology: the table
 * beside it carries the same numbers with its caption.
 */
function StatusChart({ bars }: { bars: readonly { key: string; label: string; value: number }[] }) {
  const top = Math.max(1, ...bars.map((b) => b.value));
  return (
    <div className="clas-chart" aria-hidden="true">
      {bars.map((bar) => (
        <div className="clas-chart__row" key={bar.key}>
          <span>{bar.label}</span>
          <svg className="clas-chart__track" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
            <rect className="clas-chart__bar" x="0" y="0" height="10" width={(bar.value / top) * 100} />
          </svg>
          <span className="clas-chart__value">{formatCount(bar.value)}</span>
        </div>
      ))}
    </div>
  );
}

/** « Exporter (CSV) » and « Exporter (Excel) »: the year's projects as the server lays them out. */
function ExportButtons({ schoolYear }: { schoolYear: string }) {
  return (
    <DownloadButtons
      formats={['csv', 'xlsx'] as const}
      groupLabel="Exporter les projets de l'année"
      buttonText={(format) => `Exporter (${FORMAT_NAMES[format]})`}
      formatName={(format) => FORMAT_NAMES[format]}
      fallbackFileName={(format) => `clas-${schoolYear}.${format}`}
      fetchFile={(format) =>
        fetchWithToken(`/api/clas/dashboard/export?${new URLSearchParams({ schoolYear, format }).toString()}`, {
          headers: {
            Accept:
              'text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/problem+json',
          },
        })
      }
    />
  );
}
