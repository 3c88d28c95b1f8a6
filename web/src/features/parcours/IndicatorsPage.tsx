import {
  REFERENCE_END_REASON_LABELS,
  REFERENCE_END_REASONS,
  REFERENCE_STATUS_LABELS,
  REFERENCE_STATUSES,
  SANS_SUITE_MOTIVE_LABELS,
  SANS_SUITE_MOTIVES,
} from '@maillage/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { fetchWithToken } from '../../app/download';
import { usePageTitle } from '../../app/usePageTitle';
import { DataTable } from '../../ui/DataTable';
import { DownloadButtons } from '../../ui/DownloadButtons';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { BarChart } from '../psad-dashboard/charts/BarChart';
import { indicatorsExportUrl } from './documents';
import { useParcoursIndicators, type ParcoursIndicatorsData } from './queries';
import '../../ui/styles/dashboard.css';
import '../../ui/styles/parcours.css';

type ExportFormat = 'csv' | 'xlsx';
const FORMAT_NAMES: Record<ExportFormat, string> = { csv: 'CSV', xlsx: 'Excel' };

const count = (n: number) => n.toLocaleString('fr-FR');
const shareOf = (n: number, total: number) =>
  total > 0 ? (n / total).toLocaleString('fr-FR', { style: 'percent', maximumFractionDigits: 0 }) : '—';

interface Row {
  key: string;
  label: string;
  count: number;
}

/** « Indicateurs de la référence de parcours »: counts only, never a person; drawn, tabled and exportable. */
export function IndicatorsPage() {
  usePageTitle('Indicateurs de la référence de parcours');
  const indicators = useParcoursIndicators();
  return (
    <div className="page dashboard">
      <Breadcrumb
        currentPageLabel="Indicateurs de la référence de parcours"
        homeLinkProps={{ to: '/' }}
        segments={[]}
        className={fr.cx('fr-mt-0', 'fr-mb-2w')}
      />
      <h1>Indicateurs de la référence de parcours</h1>
      <p className={fr.cx('fr-text--lead')}>
        Les références proposées et leur issue, les référents, les armoires numériques : des nombres, jamais une
        personne.
      </p>
      <div className="dashboard__filters">
        <DownloadButtons
          formats={['csv', 'xlsx'] as const}
          groupLabel="Exporter les indicateurs"
          buttonText={(format) => `Exporter (${FORMAT_NAMES[format]})`}
          formatName={(format) => FORMAT_NAMES[format]}
          fallbackFileName={(format) => `indicateurs-parcours.${format}`}
          fetchFile={(format) =>
            fetchWithToken(indicatorsExportUrl(format), {
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
        <Figures data={indicators.data} busy={indicators.isFetching} />
      )}
    </div>
  );
}

function Figures({ data, busy }: { data: ParcoursIndicatorsData; busy: boolean }) {
  const byStatus: Row[] = REFERENCE_STATUSES.map((s) => ({
    key: s,
    label: REFERENCE_STATUS_LABELS[s],
    count: data.byStatus.find((b) => b.status === s)?.count ?? 0,
  }));
  const byMotive: Row[] = SANS_SUITE_MOTIVES.map((m) => ({
    key: m,
    label: SANS_SUITE_MOTIVE_LABELS[m],
    count: data.sansSuiteByMotive.find((b) => b.motive === m)?.count ?? 0,
  }));
  const byReason: Row[] = REFERENCE_END_REASONS.map((r) => ({
    key: r,
    label: REFERENCE_END_REASON_LABELS[r],
    count: data.endedByReason.find((b) => b.reason === r)?.count ?? 0,
  }));
  const sansSuite = byMotive.reduce((n, r) => n + r.count, 0);
  const ended = byReason.reduce((n, r) => n + r.count, 0);
  const status = (s: string) => byStatus.find((r) => r.key === s)?.count ?? 0;

  return (
    <div className="dashboard__body" aria-busy={busy || undefined}>
      <section aria-labelledby="parcours-indicateurs-chiffres">
        <h2 id="parcours-indicateurs-chiffres">Chiffres clés</h2>
        <dl className="figures">
          <Figure label="Personnes accompagnées" value={count(data.persons)} />
          <Figure
            label="Références proposées"
            value={count(data.referencesProposed)}
            detail="depuis le début, quelle que soit leur issue"
          />
          <Figure label="Références acceptées" value={count(status('ACCEPTEE'))} detail="actives aujourd'hui" />
          <Figure label="Références refusées" value={count(status('REFUSEE'))} />
          <Figure label="Références sans suite" value={count(status('SANS_SUITE'))} />
          <Figure label="Références terminées" value={count(status('TERMINEE'))} />
          <Figure
            label="Professionnels référents"
            value={count(data.professionalsActingAsReferent)}
            detail="référents d'une référence active"
          />
          <Figure
            label="Armoires numériques utilisées"
            value={count(data.lockersInUse)}
            detail={`${count(data.documents)} document${data.documents > 1 ? 's' : ''} déposé${data.documents > 1 ? 's' : ''}`}
          />
        </dl>
      </section>
      <Breakdown
        id="parcours-indicateurs-statuts"
        title="Références par statut"
        caption="Références de parcours par statut"
        what="Statut"
        rows={byStatus}
        total={byStatus.reduce((n, r) => n + r.count, 0)}
        shareHeader="Part des références"
      />
      <Breakdown
        id="parcours-indicateurs-motifs"
        title="Classements sans suite par motif"
        caption="Références classées sans suite, par motif"
        what="Motif"
        rows={byMotive}
        total={sansSuite}
        shareHeader="Part des sans suite"
      />
      <Breakdown
        id="parcours-indicateurs-fins"
        title="Références terminées par raison"
        caption="Références terminées, par raison"
        what="Raison"
        rows={byReason}
        total={ended}
        shareHeader="Part des références terminées"
      />
    </div>
  );
}

function Breakdown({
  id,
  title,
  caption,
  what,
  rows,
  total,
  shareHeader,
}: {
  id: string;
  title: string;
  caption: string;
  what: string;
  rows: Row[];
  total: number;
  shareHeader: string;
}) {
  return (
    <section aria-labelledby={id} className="dashboard__section">
      <h2 id={id}>{title}</h2>
      <div className="dashboard__chart-table">
        <BarChart bars={rows.map((r) => ({ key: r.key, label: r.label, value: r.count }))} />
        <DataTable
          caption={caption}
          rows={rows}
          rowKey={(r) => r.key}
          columns={[
            { key: 'label', header: what, cell: (r) => r.label, rowHeader: true },
            { key: 'count', header: 'Nombre', cell: (r) => count(r.count), className: 'numeric' },
            { key: 'share', header: shareHeader, cell: (r) => shareOf(r.count, total), className: 'numeric' },
          ]}
        />
      </div>
    </section>
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
