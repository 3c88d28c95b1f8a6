import { useState } from 'react';
import { downloadWithToken } from '../../app/download';
import { errorMessage } from '../../app/graphql';
import { Button } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';
import { rejectedCsvUrl, type RejectedRow } from './upload';

/** The counts of an import as both the REST preview and the GraphQL report give them. */
export interface ReportView {
  total: number;
  accepted: number;
  merged: number;
  rejected: readonly RejectedRow[];
  duplicatesInFile: number;
  warnings?: number | null;
  created?: number | null;
  updated?: number | null;
  casesOpened?: number | null;
}

export const IMPORT_STATUS_LABELS: Record<string, string> = {
  PREVIEW: 'Non confirmé',
  CONFIRME: 'Confirmé',
};

export function ImportStatusBadge({ status }: { status: string }) {
  return <span className={status === 'CONFIRME' ? 'badge badge--active' : 'badge badge--warning'}>{IMPORT_STATUS_LABELS[status] ?? status}</span>;
}

/** Rows shown in the page; the CSV holds them all. */
const MAX_REJECTED_SHOWN = 200;

const numberFormat = new Intl.NumberFormat('fr-FR');
export const formatCount = (n: number) => numberFormat.format(n);

const rejectedColumns: Column<RejectedRow>[] = [
  { key: 'line', header: 'Ligne du fichier', cell: (row) => formatCount(row.line), rowHeader: true, className: 'import-rejected__line' },
  { key: 'reason', header: 'Motif du rejet', cell: (row) => row.reason },
];

function Stat({ label, value, hint }: { label: string; value: number; hint?: string }) {
  return (
    <div className="import-stat">
      <dt>{label}</dt>
      <dd>
        <span className="import-stat__value">{formatCount(value)}</span>
        {hint ? <span className="import-stat__hint">{hint}</span> : null}
      </dd>
    </div>
  );
}

/** Downloads the rejected rows of an import (bearer token, blob: nothing personal in a URL). */
export function RejectedCsvButton({ importId, campaign }: { importId: string; campaign: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="import-download">
      <Button
        variant="secondary"
        busy={busy}
        onClick={() => {
          setBusy(true);
          setError(null);
          downloadWithToken(rejectedCsvUrl(importId), `lignes-rejetees-${campaign}.csv`)
            .catch((e: unknown) => setError(errorMessage(e)))
            .finally(() => setBusy(false));
        }}
      >
        Télécharger les lignes rejetées (CSV)
      </Button>
      {error ? (
        <p className="field__error" role="alert">
          Le téléchargement a échoué : {error}
        </p>
      ) : null}
    </div>
  );
}

interface ImportReportProps {
  report: ReportView;
  importId: string;
  campaign: string;
  /** Confirmed: the written counts are shown too. */
  confirmed: boolean;
  /** Level of the section headings (the page's h1 is above). */
  headingLevel?: 2 | 3;
}

/** What reading the list found (the preview) and, once confirmed, what was written. */
export function ImportReport({ report, importId, campaign, confirmed, headingLevel = 2 }: ImportReportProps) {
  const H = `h${headingLevel}` as 'h2' | 'h3';
  const rejectedCount = report.rejected.length;
  const shown = report.rejected.slice(0, MAX_REJECTED_SHOWN);
  return (
    <div className="import-report">
      <section aria-labelledby={`lecture-${importId}`} className="card">
        <H id={`lecture-${importId}`}>{confirmed ? 'Lecture du fichier' : 'Aperçu avant import'}</H>
        {!confirmed ? <p>Rien n'est encore écrit dans la liste de suivi : vérifiez ces chiffres, puis confirmez l'import.</p> : null}
        <dl className="import-stats">
          <Stat label="Lignes lues" value={report.total} />
          <Stat label="Lignes retenues" value={report.accepted} />
          <Stat label="Dont jeunes déjà connus" value={report.merged} hint="jamais dupliqués" />
          <Stat label="Lignes rejetées" value={rejectedCount} />
          <Stat label="Doublons dans le fichier" value={report.duplicatesInFile} />
          {report.warnings ? <Stat label="Avertissements" value={report.warnings} /> : null}
        </dl>
      </section>

      {confirmed && report.created != null ? (
        <section aria-labelledby={`ecriture-${importId}`} className="card">
          <H id={`ecriture-${importId}`}>Résultat de l'import</H>
          <dl className="import-stats">
            <Stat label="Jeunes ajoutés" value={report.created} />
            <Stat label="Jeunes mis à jour" value={report.updated ?? 0} hint="coordonnées modifiées" />
            <Stat label="Suivis ouverts (à traiter)" value={report.casesOpened ?? 0} />
          </dl>
        </section>
      ) : null}

      <section aria-labelledby={`rejets-${importId}`} className="card">
        <H id={`rejets-${importId}`}>Lignes rejetées</H>
        {rejectedCount === 0 ? (
          <p>Aucune ligne rejetée.</p>
        ) : (
          <>
            <p>
              {rejectedCount === 1 ? 'Une ligne du fichier n’a pas été retenue.' : `${formatCount(rejectedCount)} lignes du fichier n’ont pas été retenues.`}{' '}
              Corrigez-les dans le fichier source, puis importez-le de nouveau : les jeunes déjà importés ne seront pas dupliqués.
            </p>
            <RejectedCsvButton importId={importId} campaign={campaign} />
            <DataTable
              caption={
                rejectedCount > shown.length
                  ? `Les ${formatCount(shown.length)} premières lignes rejetées sur ${formatCount(rejectedCount)} (toutes dans le CSV)`
                  : 'Lignes rejetées et motif'
              }
              columns={rejectedColumns}
              rows={shown}
              rowKey={(row) => String(row.line)}
            />
          </>
        )}
      </section>
    </div>
  );
}
