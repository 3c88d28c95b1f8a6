import { fr } from '@codegouvfr/react-dsfr';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { CLAS_STATUS_LABELS, CLAS_STATUSES, type ClasStatus } from '@maillage/shared';
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { ErrorState } from '../../ui/ErrorState';
import { SelectField } from '../../ui/Field';
import { LoadingState } from '../../ui/LoadingState';
import { ListCount, ListView } from '../../ui/ListView';
import { PAGE_SIZES, useNumberedPages, usePagedList } from '../../ui/usePagedList';
import { formatDateTime } from '../../ui/format';
import { pluralize } from '../identity/labels';
import { currentSchoolYear, formatEuros, schoolYearOptions } from './format';
import { StatusBadge } from './parts';
import { useClasProjects, useClasStatusCounts, useClasWaitingSchoolYears } from './projectQueries';
import '../../ui/styles/clas.css';

/** The statuses an officer sees: drafts stay with their holder. */
const OFFICER_STATUSES = CLAS_STATUSES.filter((s) => s !== 'BROUILLON');
const ALL = '';

/**
 * « Projets CLAS du département »: the officer's queue. It opens on the latest school year with projects
 * waiting for the CAF (deposited or in instruction), else on the current one, and says which year it shows.
 */
export function OfficerQueuePage() {
  usePageTitle('Projets CLAS du département');
  const waiting = useClasWaitingSchoolYears();
  // The years as they are now, not as cached from an earlier visit: the queue opens on them.
  if (waiting.isPending || (!waiting.isFetchedAfterMount && !waiting.isError))
    return <LoadingState label="Recherche des projets en attente…" />;
  return (
    <Queue
      waitingYears={waiting.isError ? [] : waiting.data}
      waitingError={waiting.isError ? waiting.error : null}
      onRetry={() => void waiting.refetch()}
    />
  );
}

function Queue({
  waitingYears,
  waitingError,
  onRetry,
}: {
  waitingYears: readonly string[];
  waitingError: unknown;
  onRetry: () => void;
}) {
  const opening = waitingYears[0] ?? currentSchoolYear();
  const [status, setStatus] = useState<ClasStatus | ''>(ALL);
  const [year, setYear] = useState<string>(opening);
  const filter = { status: status ? [status] : null, schoolYear: year || null };
  const pager = usePagedList(`${status}|${year}`);
  const list = useClasProjects(filter, pager.request);
  const counts = useClasStatusCounts(year || null);
  const connection = list.data;
  const { pagination } = useNumberedPages(pager, connection, list.isPlaceholderData);
  const total = counts.data ? OFFICER_STATUSES.reduce((sum, s) => sum + (counts.data[s] ?? 0), 0) : null;
  const otherWaiting = waitingYears.filter((y) => y !== year);
  const years = [...new Set([...schoolYearOptions(new Date(), year || null), ...waitingYears])].sort();

  return (
    <div className="page">
      <h1>Projets CLAS du département</h1>
      <p className={fr.cx('fr-text--lead')}>
        Les projets déposés par les porteurs de votre département : instruisez-les, décidez, puis clôturez-les après le
        bilan.
      </p>
      {waitingError ? (
        <ErrorState
          error={waitingError}
          title="Les années en attente n'ont pas pu être recherchées"
          onRetry={onRetry}
        />
      ) : null}

      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')} role="search" aria-label="Filtrer les projets">
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <SelectField
            label="Année scolaire"
            value={year}
            onValueChange={setYear}
            hint={
              waitingYears.length
                ? `Des projets attendent une décision en ${waitingYears.join(', ')}.`
                : "Aucun projet n'attend de décision."
            }
          >
            <option value={ALL}>Toutes les années</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
                {waitingYears.includes(y) ? ' (projets en attente)' : ''}
              </option>
            ))}
          </SelectField>
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <SelectField label="Statut" value={status} onValueChange={(v) => setStatus(v as ClasStatus | '')}>
            <option value={ALL}>Tous les statuts{total !== null ? ` (${total})` : ''}</option>
            {OFFICER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {CLAS_STATUS_LABELS[s]}
                {counts.data ? ` (${counts.data[s] ?? 0})` : ''}
              </option>
            ))}
          </SelectField>
        </div>
      </div>

      <div className={fr.cx('fr-callout', 'fr-mb-3w')} aria-live="polite">
        <p className={fr.cx('fr-callout__title')} id="clas-annee-affichee">
          {year ? `Année scolaire affichée : ${year}` : 'Toutes les années scolaires'}
        </p>
        <p className={fr.cx('fr-callout__text', 'fr-text--md')}>
          {year && waitingYears.includes(year)
            ? `Des projets de ${year} attendent une décision de la CAF.`
            : year
              ? `Aucun projet de ${year} n'attend de décision.`
              : 'Les projets de toutes les années.'}
          {otherWaiting.length ? ` Des projets attendent aussi en ${otherWaiting.join(', ')}.` : ''}
        </p>
        {otherWaiting.length ? (
          <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline', 'fr-btns-group--sm', 'fr-mb-0')}>
            {otherWaiting.map((y) => (
              <li key={y}>
                <Button variant="secondary" size="small" onClick={() => setYear(y)}>
                  Afficher {y}
                </Button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>

      <section aria-labelledby="clas-titre-compteurs" className={fr.cx('fr-mb-3w')}>
        <h2 id="clas-titre-compteurs" className={fr.cx('fr-h6', 'fr-mb-1w')}>
          Projets par statut{year ? ` — ${year}` : ''}
        </h2>
        {counts.isError ? (
          <ErrorState error={counts.error} onRetry={() => void counts.refetch()} />
        ) : !counts.data ? (
          <LoadingState />
        ) : (
          <ul className={fr.cx('fr-tags-group')}>
            {OFFICER_STATUSES.map((s) => (
              <li key={s}>
                <button
                  type="button"
                  className={fr.cx('fr-tag')}
                  aria-pressed={status === s}
                  onClick={() => setStatus(status === s ? ALL : s)}
                >
                  {CLAS_STATUS_LABELS[s]} : {counts.data[s] ?? 0}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <ListView
        query={list}
        labelledBy="clas-titre-file"
        heading={
          <h2 id="clas-titre-file" className={fr.cx('fr-h4')}>
            File des projets
          </h2>
        }
        count={
          <ListCount
            text={
              connection
                ? pluralize(connection.totalCount, 'projet', 'projets', 'Aucun projet ne correspond à ces critères.')
                : undefined
            }
          />
        }
        pagination={{ label: 'Pages de la file', ...pagination, pageSizes: PAGE_SIZES }}
      >
        <DataTable
          caption={`Projets CLAS${status ? ` « ${CLAS_STATUS_LABELS[status]} »` : ''}${year ? ` de ${year}` : ''}`}
          rows={connection?.nodes ?? []}
          rowKey={(p) => p.id}
          busy={list.isFetching}
          emptyMessage="Aucun projet ne correspond à ces critères."
          columns={[
            {
              key: 'title',
              header: 'Projet',
              rowHeader: true,
              cell: (p) => <Link to={`/caf/clas/${p.id}`}>{p.title}</Link>,
            },
            { key: 'holder', header: 'Porteur', cell: (p) => p.organisation.name },
            { key: 'year', header: 'Année', cell: (p) => p.schoolYear },
            { key: 'status', header: 'Statut', cell: (p) => <StatusBadge status={p.status} /> },
            {
              key: 'rules',
              header: 'Règles',
              cell: (p) =>
                p.eligibility.failures
                  ? pluralize(p.eligibility.failures, 'non conforme', 'non conformes')
                  : p.eligibility.warnings
                    ? pluralize(p.eligibility.warnings, 'avertissement', 'avertissements')
                    : 'Toutes conformes',
            },
            {
              key: 'requested',
              header: 'Demandé',
              cell: (p) => formatEuros(p.fundingEstimateCents),
              className: 'clas-numeric',
            },
            { key: 'submitted', header: 'Déposé le', cell: (p) => formatDateTime(p.submittedAt) },
          ]}
        />
      </ListView>
    </div>
  );
}
