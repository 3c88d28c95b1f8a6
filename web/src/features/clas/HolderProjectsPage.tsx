import { fr } from '@codegouvfr/react-dsfr';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../../app/usePageTitle';
import { DataTable } from '../../ui/DataTable';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { Pagination, useCursorPagination } from '../../ui/Pagination';
import { pluralize } from '../identity/labels';
import { formatEuros } from './format';
import { StatusBadge } from './parts';
import { CLAS_PAGE_SIZE, useClasProjects } from './queries';
import '../../ui/styles/clas.css';

/** « Mes projets CLAS »: the projects of the holder's organisations, every year and status. */
export function HolderProjectsPage() {
  usePageTitle('Mes projets CLAS');
  const pager = useCursorPagination('all');
  const list = useClasProjects({}, pager.after);
  const connection = list.data;

  return (
    <div className="page">
      <h1>Mes projets CLAS</h1>
      <p className={fr.cx('fr-text--lead')}>
        Les projets de contrat local d'accompagnement à la scolarité de votre structure : un projet par année scolaire, déposé auprès de la CAF de votre département.
      </p>
      <p>
        <Link to="/clas/projets/nouveau" className={fr.cx('fr-btn', 'fr-icon-add-line', 'fr-btn--icon-left')}>
          Nouveau projet
        </Link>
      </p>
      <p className="results__count" role="status">
        {connection ? pluralize(connection.totalCount, 'projet', 'projets', 'Aucun projet pour l’instant.') : ''}
      </p>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <DataTable
            caption="Projets CLAS de votre structure"
            rows={connection?.nodes ?? []}
            rowKey={(p) => p.id}
            busy={list.isFetching}
            emptyMessage="Aucun projet : commencez par « Nouveau projet »."
            columns={[
              { key: 'title', header: 'Projet', rowHeader: true, cell: (p) => <Link to={`/clas/projets/${p.id}`}>{p.title}</Link> },
              { key: 'year', header: 'Année scolaire', cell: (p) => p.schoolYear },
              { key: 'status', header: 'Statut', cell: (p) => <StatusBadge status={p.status} /> },
              { key: 'groups', header: 'Groupes', cell: (p) => p.groups.length, className: 'clas-numeric' },
              { key: 'requested', header: 'Montant demandé', cell: (p) => formatEuros(p.fundingEstimateCents), className: 'clas-numeric' },
              {
                key: 'granted',
                header: 'Montant accordé',
                cell: (p) => (p.decision?.decision === 'ACCEPTE' ? formatEuros(p.decision.amountGrantedCents) : '—'),
                className: 'clas-numeric',
              },
            ]}
          />
          <Pagination
            label="Pages des projets"
            page={pager.page}
            pageCount={connection ? Math.max(1, Math.ceil(connection.totalCount / CLAS_PAGE_SIZE)) : undefined}
            hasPreviousPage={pager.hasPreviousPage}
            hasNextPage={connection?.pageInfo.hasNextPage ?? false}
            onPrevious={pager.previous}
            onNext={() => pager.next(connection?.pageInfo.endCursor)}
            disabled={list.isFetching}
          />
        </>
      )}
    </div>
  );
}
