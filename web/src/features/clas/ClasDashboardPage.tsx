import { useState } from 'react';
import { CLAS_STATUS_LABELS, CLAS_STATUSES } from '@maillage/shared';
import { fetchWithToken } from '../../app/download';
import { usePageTitle } from '../../app/usePageTitle';
import { DownloadButtons } from '../../ui/DownloadButtons';
import { DataTable } from '../../ui/DataTable';
import { ErrorState } from '../../ui/ErrorState';
import { SelectField } from '../../ui/Field';
import { LoadingState } from '../../ui/LoadingState';
import { BarChart } from '../psad-dashboard/charts/BarChart';
import { currentSchoolYear, formatCount, formatEuros, schoolYearOptions } from './format';
import { useClasDashboard, type ClasDashboardData } from './queries';
import '../psad-dashboard/dashboard.css';
import './clas.css';

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
    <div className="page dashboard">
      <h1>Tableau de bord CLAS</h1>
      <p className="lead">
        Les projets CLAS {data ? `du département ${data.departement.name}` : 'de votre département'} pour une année scolaire : projets déposés ou plus avancés, groupes,
        enfants, financement demandé et accordé. Les enfants y sont comptés, jamais nommés.
      </p>
      <div className="dashboard__filters">
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
  const rows = DASHBOARD_STATUSES.map((status) => ({ status, count: data.byStatus.find((b) => b.status === status)?.count ?? 0 }));
  const share = (n: number) => (data.projects > 0 ? (n / data.projects).toLocaleString('fr-FR', { style: 'percent', maximumFractionDigits: 0 }) : '—');
  return (
    <div className="dashboard__body" aria-busy={busy || undefined}>
      <section aria-labelledby="clas-dashboard-chiffres">
        <h2 id="clas-dashboard-chiffres">Chiffres clés {data.schoolYear}</h2>
        <dl className="figures">
          <Figure label="Projets" value={formatCount(data.projects)} detail="déposés ou plus avancés" />
          <Figure label="Projets éligibles" value={formatCount(data.eligibleProjects)} detail={`${share(data.eligibleProjects)} des projets : aucune règle non conforme`} />
          <Figure label="Groupes" value={formatCount(data.groups)} />
          <Figure label="Enfants inscrits" value={formatCount(data.children)} />
          <Figure label="Accompagnateurs" value={formatCount(data.accompagnateurs)} />
          <Figure label="Financement demandé" value={formatEuros(data.fundingRequestedCents)} detail="prestation estimée des projets" />
          <Figure label="Financement accordé" value={formatEuros(data.fundingGrantedCents)} detail="projets acceptés" />
        </dl>
      </section>
      <section aria-labelledby="clas-dashboard-statuts" className="dashboard__section">
        <h2 id="clas-dashboard-statuts">Projets par statut</h2>
        <div className="dashboard__chart-table">
          <BarChart bars={rows.map((r) => ({ key: r.status, label: CLAS_STATUS_LABELS[r.status], value: r.count }))} />
          <DataTable
            caption={`Projets CLAS par statut, ${data.schoolYear}`}
            rows={rows}
            rowKey={(r) => r.status}
            columns={[
              { key: 'status', header: 'Statut', cell: (r) => CLAS_STATUS_LABELS[r.status], rowHeader: true },
              { key: 'count', header: 'Projets', cell: (r) => formatCount(r.count), className: 'numeric' },
              { key: 'share', header: 'Part des projets', cell: (r) => share(r.count), className: 'numeric' },
            ]}
          />
        </div>
      </section>
    </div>
  );
}

function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="figure">
      <dt>{label}</dt>
      <dd>
        <span className="figure__value">{value}</span>
        {detail ? <span className="figure__detail">{detail}</span> : null}
      </dd>
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
          headers: { Accept: 'text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/problem+json' },
        })
      }
    />
  );
}
