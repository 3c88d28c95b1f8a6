import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { downloadWithToken } from '../../app/download';
import { errorMessage } from '../../app/graphql';
import { Button } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';
import { formatIsoDate } from '../../ui/format';
import { CASE_STATUS_LABELS } from '../cases/labels';
import {
  rejectedCsvUrl,
  type DuplicateRow,
  type KeyFields,
  type MatchedOn,
  type MergedRow,
  type PreviewDetails,
  type RejectedRow,
  type RowOutcome,
  type SampleRow,
} from './upload';

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
  return (
    <Badge as="span" small severity={status === 'CONFIRME' ? 'success' : 'warning'}>
      {IMPORT_STATUS_LABELS[status] ?? status}
    </Badge>
  );
}

/** Rows shown in the page; the CSV holds them all. */
const MAX_REJECTED_SHOWN = 200;

const numberFormat = new Intl.NumberFormat('fr-FR');
export const formatCount = (n: number) => numberFormat.format(n);

const OUTCOME_BADGES: Record<RowOutcome, { label: string; severity: 'success' | 'info' | 'error' | 'warning' }> = {
  ACCEPTED: { label: 'Retenue', severity: 'success' },
  MERGED: { label: 'Jeune déjà connu', severity: 'info' },
  REJECTED: { label: 'Rejetée', severity: 'error' },
  DUPLICATE: { label: 'Doublon', severity: 'warning' },
};

const MATCHED_ON_LABELS: Record<MatchedOn, string> = {
  INE: 'même INE',
  IDENTITY: 'même nom, prénom et date de naissance',
};

const rejectedColumns: Column<RejectedRow>[] = [
  { key: 'line', header: 'Ligne du fichier', cell: (row) => formatCount(row.line), rowHeader: true },
  { key: 'reason', header: 'Motif du rejet', cell: (row) => row.reason },
];

/** « NOM Prénom, né(e) le 01/02/2008, INE 123456789AB » */
function identity(person: KeyFields) {
  return (
    <>
      <strong>
        {person.lastName} {person.firstNames}
      </strong>
      , né(e) le {formatIsoDate(person.birthDate)}
      {person.ine ? <>, INE {person.ine}</> : null}
    </>
  );
}

function Stat({ label, value, hint }: { label: string; value: number; hint?: string }) {
  return (
    <div className={fr.cx('fr-col-6', 'fr-col-md-4', 'fr-col-lg-2')}>
      <dt className={fr.cx('fr-text--sm', 'fr-mb-0')}>{label}</dt>
      <dd className={fr.cx('fr-ml-0')}>
        <span className={fr.cx('fr-h4', 'fr-mb-0')}>{formatCount(value)}</span>
        {hint ? <span className={fr.cx('fr-hint-text')}>{hint}</span> : null}
      </dd>
    </div>
  );
}

/** Downloads the rejected rows of an import (bearer token, blob: nothing personal in a URL). */
export function RejectedCsvButton({ importId, campaign }: { importId: string; campaign: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className={fr.cx('fr-mb-3w')}>
      <Button
        variant="secondary"
        busy={busy}
        className={fr.cx('fr-icon-download-line', 'fr-btn--icon-left')}
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
      <p className={fr.cx('fr-hint-text', 'fr-mt-1w')}>
        Chaque ligne rejetée avec son numéro, le motif et la ligne d'origine telle que lue dans le fichier.
      </p>
      {error ? (
        <p className={fr.cx('fr-error-text')} role="alert">
          Le téléchargement a échoué : {error}
        </p>
      ) : null}
    </div>
  );
}

/** The first rows of the file, every column as read, with what became of each row. */
function SampleTable({ preview }: { preview: PreviewDetails }) {
  const columns: Column<SampleRow>[] = [
    { key: 'line', header: 'Ligne', cell: (row) => formatCount(row.line), rowHeader: true },
    {
      key: 'outcome',
      header: 'Résultat',
      cell: (row) => (
        <>
          <Badge as="span" small noIcon severity={OUTCOME_BADGES[row.outcome].severity}>
            {OUTCOME_BADGES[row.outcome].label}
          </Badge>
          {row.note ? <span className={fr.cx('fr-hint-text', 'fr-mt-1v')}>{row.note}</span> : null}
        </>
      ),
    },
    ...preview.columns.map((header, index): Column<SampleRow> => ({
      key: `c${index}`,
      header: header || `Colonne ${index + 1}`,
      // An e-mail address is one long word: it alone may break anywhere.
      className: /courriel|mail/i.test(header) ? 'import-sample__breakable' : undefined,
      cell: (row) => row.cells[index] ?? '',
    })),
  ];
  return (
    <DataTable
      caption={`Les ${formatCount(preview.sample.length)} premières lignes du fichier, chaque colonne telle que lue`}
      columns={columns}
      rows={preview.sample}
      rowKey={(row) => String(row.line)}
      emptyMessage="Le fichier n'a aucune ligne de données."
      compact
      className="import-sample"
    />
  );
}

const duplicateColumns: Column<DuplicateRow>[] = [
  { key: 'line', header: 'Ligne', cell: (row) => formatCount(row.line), rowHeader: true },
  { key: 'row', header: 'Dans le fichier', cell: (row) => identity(row) },
  {
    key: 'first',
    header: 'Ligne conservée',
    cell: (row) => (
      <>
        Ligne {formatCount(row.sameAsLine)} : {identity(row.first)}
      </>
    ),
  },
  { key: 'on', header: 'Rapprochement', cell: (row) => MATCHED_ON_LABELS[row.matchedOn] },
];

const mergedColumns: Column<MergedRow>[] = [
  { key: 'line', header: 'Ligne', cell: (row) => formatCount(row.line), rowHeader: true },
  { key: 'row', header: 'Dans le fichier', cell: (row) => identity(row) },
  {
    key: 'known',
    header: 'Jeune déjà connu',
    cell: (row) => (
      <>
        {identity(row.known)}
        {row.known.caseId ? (
          <>
            {' '}
            — <Link to={`/suivis/${row.known.caseId}`}>voir son suivi</Link>
            {row.known.caseStatus && row.known.caseStatus in CASE_STATUS_LABELS
              ? ` (${CASE_STATUS_LABELS[row.known.caseStatus as keyof typeof CASE_STATUS_LABELS].toLowerCase()})`
              : null}
          </>
        ) : null}
      </>
    ),
  },
  { key: 'on', header: 'Rapprochement', cell: (row) => MATCHED_ON_LABELS[row.matchedOn] },
];

/** « Les 50 premières sur 1 234 » when the server sent only part of the list. */
function shownOf(shown: number, total: number, what: string) {
  return total > shown ? `${what} : les ${formatCount(shown)} premières sur ${formatCount(total)}` : what;
}

interface ImportReportProps {
  report: ReportView;
  /** The file's first rows, duplicates and merged rows; absent for imports read before they were kept. */
  preview?: PreviewDetails | null;
  importId: string;
  campaign: string;
  /** Confirmed: the written counts are shown too. */
  confirmed: boolean;
  /** Level of the section headings (the page's h1 is above). */
  headingLevel?: 2 | 3;
}

/** What reading the list found (the preview) and, once confirmed, what was written. */
export function ImportReport({ report, preview, importId, campaign, confirmed, headingLevel = 2 }: ImportReportProps) {
  const H = `h${headingLevel}` as 'h2' | 'h3';
  const rejectedCount = report.rejected.length;
  const shown = report.rejected.slice(0, MAX_REJECTED_SHOWN);
  const section = fr.cx('fr-mb-5w');
  return (
    <div>
      <section aria-labelledby={`lecture-${importId}`} className={section}>
        <H id={`lecture-${importId}`}>{confirmed ? 'Lecture du fichier' : 'Aperçu avant import'}</H>
        {!confirmed ? (
          <p>
            Rien n'est encore écrit dans la liste de suivi : vérifiez ces chiffres et les lignes ci-dessous, puis
            confirmez l'import.
          </p>
        ) : null}
        <dl className={`import-stats ${fr.cx('fr-grid-row', 'fr-grid-row--gutters')}`}>
          <Stat label="Lignes lues" value={report.total} />
          <Stat label="Lignes retenues" value={report.accepted} />
          <Stat label="Dont jeunes déjà connus" value={report.merged} hint="jamais dupliqués" />
          <Stat label="Lignes rejetées" value={rejectedCount} />
          <Stat label="Doublons dans le fichier" value={report.duplicatesInFile} />
          {report.warnings ? <Stat label="Avertissements" value={report.warnings} /> : null}
        </dl>
      </section>

      {confirmed && report.created != null ? (
        <section aria-labelledby={`ecriture-${importId}`} className={section}>
          <H id={`ecriture-${importId}`}>Résultat de l'import</H>
          <dl className={`import-stats ${fr.cx('fr-grid-row', 'fr-grid-row--gutters')}`}>
            <Stat label="Jeunes ajoutés" value={report.created} />
            <Stat label="Jeunes mis à jour" value={report.updated ?? 0} hint="coordonnées modifiées" />
            <Stat label="Suivis ouverts (à traiter)" value={report.casesOpened ?? 0} />
          </dl>
        </section>
      ) : null}

      {preview ? (
        <section aria-labelledby={`echantillon-${importId}`} className={section}>
          <H id={`echantillon-${importId}`}>Premières lignes du fichier</H>
          <p>
            Chaque colonne telle que le fichier la donne, accents compris : vérifiez que les noms et les dates sont bien
            lus.
          </p>
          <SampleTable preview={preview} />
        </section>
      ) : null}

      {preview ? (
        <section aria-labelledby={`connus-${importId}`} className={section}>
          <H id={`connus-${importId}`}>Jeunes déjà connus de la plateforme</H>
          {report.merged === 0 ? (
            <p>Aucune ligne ne correspond à un jeune déjà sur la liste de la plateforme.</p>
          ) : (
            <>
              <p>
                Ces lignes seront rapprochées du jeune déjà connu (même INE, ou même nom, prénom et date de naissance) :
                il n'est pas dupliqué, ses coordonnées sont complétées.
              </p>
              <DataTable
                caption={shownOf(preview.merged.length, report.merged, 'Lignes rapprochées d’un jeune déjà connu')}
                columns={mergedColumns}
                rows={preview.merged}
                rowKey={(row) => String(row.line)}
              />
            </>
          )}
        </section>
      ) : null}

      {preview ? (
        <section aria-labelledby={`doublons-${importId}`} className={section}>
          <H id={`doublons-${importId}`}>Doublons dans le fichier</H>
          {report.duplicatesInFile === 0 ? (
            <p>Aucun jeune n'apparaît deux fois dans le fichier.</p>
          ) : (
            <>
              <p>
                La première ligne de chaque jeune est conservée ; les suivantes ne font que compléter ce qui lui manque.
              </p>
              <DataTable
                caption={shownOf(
                  preview.duplicates.length,
                  report.duplicatesInFile,
                  'Lignes en double dans le fichier',
                )}
                columns={duplicateColumns}
                rows={preview.duplicates}
                rowKey={(row) => String(row.line)}
              />
            </>
          )}
        </section>
      ) : null}

      <section aria-labelledby={`rejets-${importId}`} className={section}>
        <H id={`rejets-${importId}`}>Lignes rejetées</H>
        {rejectedCount === 0 ? (
          <p>Aucune ligne rejetée.</p>
        ) : (
          <>
            <p>
              {rejectedCount === 1
                ? 'Une ligne du fichier n’a pas été retenue.'
                : `${formatCount(rejectedCount)} lignes du fichier n’ont pas été retenues.`}{' '}
              Corrigez-les dans le fichier source, puis importez-le de nouveau : les jeunes déjà importés ne seront pas
              dupliqués.
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
