import { usePageTitle } from '../../app/usePageTitle';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { Pagination, useCursorPagination } from '../../ui/Pagination';
import { pluralize } from '../identity/labels';
import { ExportButtons } from '../psad-export/ExportButtons';
import { CaseFilters, useCaseFilterState } from './CaseFilters';
import { CaseTable } from './CaseTable';
import { useAssignedCases } from './worklistQueries';
import './worklist.css';

/** What an assigned case can be in (closed ones drop out of the list). */
const ASSIGNED_STATUSES = ['AFFECTE', 'EN_COURS', 'SOLUTION'] as const;

/** The counsellor's worklist: the cases assigned to their organisations (closed ones drop out). */
export function CounsellorCasesPage() {
  usePageTitle('Mes suivis');
  const filters = useCaseFilterState({ withPartner: false });
  const pager = useCursorPagination(filters.resetKey);
  const list = useAssignedCases({ filter: filters.filter, orderBy: filters.orderBy, after: pager.after });
  const connection = list.data;

  return (
    <div className="page">
      <h1>Mes suivis</h1>
      <p className="lead">Les jeunes que la plateforme a confiés à votre organisation, tant qu’ils lui sont affectés.</p>
      <section aria-labelledby="titre-mes-suivis" className="results">
        <h2 id="titre-mes-suivis">Liste des suivis</h2>
        <CaseFilters state={filters} label="Filtrer mes suivis" statuses={ASSIGNED_STATUSES} />
        <div className="worklist-toolbar">
          <p className="results__count" role="status">
            {connection ? pluralize(connection.totalCount, 'suivi', 'suivis', 'Aucun suivi') : ''}
          </p>
          <ExportButtons scope={{ assigned: true }} filter={filters.filter} orderBy={filters.orderBy} />
        </div>
        {list.isPending ? (
          <LoadingState />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <>
            <CaseTable
              caption={`Suivis affectés à mon organisation (page ${pager.page})`}
              rows={connection?.nodes ?? []}
              emptyMessage={filters.active ? 'Aucun suivi ne correspond à ces critères.' : 'Aucun suivi ne vous est affecté pour l’instant.'}
              busy={list.isFetching}
              showPartner={false}
            />
            <Pagination
              label="Pages de mes suivis"
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
