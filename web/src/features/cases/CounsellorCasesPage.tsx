import { fr } from '@codegouvfr/react-dsfr';
import { usePageTitle } from '../../app/usePageTitle';
import { useStartAtMainContent } from '../../app/useStartAtMainContent';
import { ListView } from '../../ui/ListView';
import { ExportButtons } from '../psad-export/ExportButtons';
import { AssignedToMeControl, CaseFilters, useCaseFilterState } from './CaseFilters';
import { CaseTable } from './CaseTable';
import { useNumberedPages, usePagedList } from '../../ui/usePagedList';
import { WorklistCount } from './WorklistCount';
import { useAssignedCases, WORKLIST_PAGE_SIZES } from './worklistQueries';
import '../../ui/styles/worklist.css';

/** What an assigned case can be in (closed ones drop out of the list). */
const ASSIGNED_STATUSES = ['AFFECTE', 'EN_COURS', 'SOLUTION'] as const;

/**
 * The counsellor's worklist: the cases assigned to their organisations (closed ones drop out), or
 * only those naming them (« mes suivis »).
 */
export function CounsellorCasesPage() {
  usePageTitle('Mes suivis');
  const filters = useCaseFilterState({ withPartner: false });
  const pager = usePagedList(filters.resetKey);
  const list = useAssignedCases({ filter: filters.filter, orderBy: filters.orderBy, page: pager.request });
  const connection = list.data;
  const { pageCount, pagination } = useNumberedPages(pager, connection, list.isPlaceholderData);
  useStartAtMainContent(connection !== undefined);
  const mine = filters.assignedToMe;

  return (
    <div className="page">
      {/* As on the referent's worklist: one line of title, one of toolbar, one of filters, then the rows. */}
      <div className="worklist-page__head">
        <h1 className={fr.cx('fr-h4', 'fr-mb-0')}>Mes suivis</h1>
        <p className={fr.cx('fr-text--sm', 'fr-mb-0')}>
          Les jeunes que la plateforme a confiés à votre organisation, tant qu’ils lui sont affectés.
        </p>
      </div>
      <ListView
        query={list}
        labelledBy="titre-mes-suivis"
        busyWhileFetching
        heading={
          <div className="worklist__toolbar">
            <h2 id="titre-mes-suivis" className={fr.cx('fr-h6', 'fr-mb-0')}>
              {mine ? 'Les suivis où je suis nommé' : 'Les suivis de mon organisation'}
            </h2>
            <WorklistCount
              total={connection?.totalCount}
              stale={list.isFetching}
              page={pageCount ? { page: pager.page, count: pageCount } : undefined}
            />
            <ExportButtons scope={{ assigned: true }} filter={filters.filter} orderBy={filters.orderBy} />
          </div>
        }
        filters={
          <>
            <AssignedToMeControl state={filters} />
            <CaseFilters state={filters} label="Filtrer mes suivis" statuses={ASSIGNED_STATUSES} />
          </>
        }
        loadingLabel="Chargement de la liste…"
        pagination={{ label: 'Pages de mes suivis', ...pagination, pageSizes: WORKLIST_PAGE_SIZES }}
      >
        <CaseTable
          caption={`${mine ? 'Suivis où je suis nommé' : 'Suivis affectés à mon organisation'}, page ${pager.page}${pageCount ? ` sur ${pageCount}` : ''}`}
          rows={connection?.nodes ?? []}
          emptyMessage={
            filters.active
              ? 'Aucun suivi ne correspond à ces critères.'
              : mine
                ? 'Aucun suivi ne vous nomme pour l’instant : voyez ceux de votre organisation.'
                : 'Aucun suivi n’est affecté à votre organisation pour l’instant.'
          }
          busy={list.isFetching}
          showPartner={false}
          captionHidden
        />
      </ListView>
    </div>
  );
}
