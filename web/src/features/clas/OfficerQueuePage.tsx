import { useState } from 'react';
import { Link } from 'react-router-dom';
import { CLAS_STATUS_LABELS, CLAS_STATUSES, type ClasStatus } from '@maillage/shared';
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { ErrorState } from '../../ui/ErrorState';
import { SelectField } from '../../ui/Field';
import { LoadingState } from '../../ui/LoadingState';
import { Pagination, useCursorPagination } from '../../ui/Pagination';
import { formatDateTime } from '../../ui/format';
import { pluralize } from '../identity/labels';
import { currentSchoolYear, formatEuros, schoolYearOptions, statusClass } from './format';
import { useClasProjects, useClasStatusCounts } from './queries';
import './clas.css';

/** The statuses an officer sees: drafts stay with their holder. */
const OFFICER_STATUSES = CLAS_STATUSES.filter((s) => s !== 'BROUILLON');
const ALL = '';

/** « Projets CLAS du département »: the officer's queue, by status and school year, with the count of each status. */
export function OfficerQueuePage() {
  usePageTitle('Projets CLAS du département');
  const [status, setStatus] = useState<ClasStatus | ''>(ALL);
  const [year, setYear] = useState<string>(currentSchoolYear());
  const filter = { status: status ? [status] : null, schoolYear: year || null };
  const pager = useCursorPagination(`${status}|${year}`);
  const list = useClasProjects(filter, pager.after);
  const counts = useClasStatusCounts(year || null);
  const connection = list.data;
  const total = counts.data ? OFFICER_STATUSES.reduce((sum, s) => sum + (counts.data[s] ?? 0), 0) : null;

  return (
    <div className="page">
      <h1>Projets CLAS du département</h1>
      <p className="lead">Les projets déposés par les porteurs de votre département : instruisez-les, décidez, puis clôturez-les après le bilan.</p>

      <div className="filters clas-filters" role="search" aria-label="Filtrer les projets">
        <SelectField label="Année scolaire" value={year} onValueChange={setYear}>
          <option value={ALL}>Toutes les années</option>
          {schoolYearOptions(new Date(), year || null).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
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

      <section aria-labelledby="clas-titre-compteurs" className="clas-counts">
        <h2 id="clas-titre-compteurs">Projets par statut{year ? ` — ${year}` : ''}</h2>
        {counts.isError ? (
          <ErrorState error={counts.error} onRetry={() => void counts.refetch()} />
        ) : !counts.data ? (
          <LoadingState />
        ) : (
          <ul className="clas-counts__list">
            {OFFICER_STATUSES.map((s) => (
              <li key={s}>
                <Button variant="link" aria-pressed={status === s} onClick={() => setStatus(status === s ? ALL : s)}>
                  {CLAS_STATUS_LABELS[s]} : {counts.data[s] ?? 0}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="clas-titre-file" className="results">
        <h2 id="clas-titre-file">File des projets</h2>
        <p className="results__count" role="status">
          {connection ? pluralize(connection.totalCount, 'projet', 'projets', 'Aucun projet ne correspond à ces critères.') : ''}
        </p>
        {list.isPending ? (
          <LoadingState />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <>
            <DataTable
              caption={`Projets CLAS${status ? ` « ${CLAS_STATUS_LABELS[status]} »` : ''}${year ? ` de ${year}` : ''}`}
              rows={connection?.nodes ?? []}
              rowKey={(p) => p.id}
              busy={list.isFetching}
              emptyMessage="Aucun projet ne correspond à ces critères."
              columns={[
                { key: 'title', header: 'Projet', rowHeader: true, cell: (p) => <Link to={`/caf/clas/${p.id}`}>{p.title}</Link> },
                { key: 'holder', header: 'Porteur', cell: (p) => p.organisation.name },
                { key: 'year', header: 'Année', cell: (p) => p.schoolYear },
                { key: 'status', header: 'Statut', cell: (p) => <span className={statusClass(p.status)}>{CLAS_STATUS_LABELS[p.status]}</span> },
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
                { key: 'requested', header: 'Demandé', cell: (p) => formatEuros(p.fundingEstimateCents), className: 'numeric' },
                { key: 'submitted', header: 'Déposé le', cell: (p) => formatDateTime(p.submittedAt) },
              ]}
            />
            <Pagination
              label="Pages de la file"
              page={pager.page}
              hasPreviousPage={pager.hasPreviousPage}
              hasNextPage={connection?.pageInfo.hasNextPage ?? false}
              onPrevious={pager.previous}
              onNext={() => pager.next(connection?.pageInfo.endCursor)}
              disabled={list.isFetching}
            />
          </>
        )}
      </section>
    </div>
  );
}
