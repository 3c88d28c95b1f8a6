import { fr } from '@codegouvfr/react-dsfr';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../../app/usePageTitle';
import { DataTable } from '../../ui/DataTable';
import { ListCount, ListView } from '../../ui/ListView';
import { PAGE_SIZES, useNumberedPages, usePagedList } from '../../ui/usePagedList';
import { pluralize } from '../identity/labels';
import { formatEuros } from './format';
import { StatusBadge } from './parts';
import { useClasProjects } from './projectQueries';
import '../../ui/styles/clas.css';

/** « Mes projets CLAS »: the projects of the holder's organisations, every year and status. */
export function HolderProjectsPage() {
  usePageTitle('Mes projets CLAS');
  const pager = usePagedList('all');
  const list = useClasProjects({}, pager.request);
  const connection = list.data;
  const { pagination } = useNumberedPages(pager, connection, list.isPlaceholderData);

  return (
    <div className="page">
      <h1>Mes projets CLAS</h1>
      <p className={fr.cx('fr-text--lead')}>
        Les projets de contrat local d'accompagnement à la scolarité de votre structure : un projet par année scolaire,
        déposé auprès de la CAF de votre département.
      </p>
      <p>
        <Link to="/clas/projets/nouveau" className={fr.cx('fr-btn', 'fr-icon-add-line', 'fr-btn--icon-left')}>
          Nouveau projet
        </Link>
      </p>
      <ListView
        query={list}
        count={
          <ListCount
            text={
              connection
                ? pluralize(connection.totalCount, 'projet', 'projets', 'Aucun projet pour l’instant.')
                : undefined
            }
          />
        }
        pagination={{ label: 'Pages des projets', ...pagination, pageSizes: PAGE_SIZES }}
      >
        <DataTable
          caption="Projets CLAS de votre structure"
          rows={connection?.nodes ?? []}
          rowKey={(p) => p.id}
          busy={list.isFetching}
          emptyMessage="Aucun projet : commencez par « Nouveau projet »."
          columns={[
            {
              key: 'title',
              header: 'Projet',
              rowHeader: true,
              cell: (p) => <Link to={`/clas/projets/${p.id}`}>{p.title}</Link>,
            },
            { key: 'year', header: 'Année scolaire', cell: (p) => p.schoolYear },
            { key: 'status', header: 'Statut', cell: (p) => <StatusBadge status={p.status} /> },
            { key: 'groups', header: 'Groupes', cell: (p) => p.groups.length, className: 'clas-numeric' },
            {
              key: 'requested',
              header: 'Montant demandé',
              cell: (p) => formatEuros(p.fundingEstimateCents),
              className: 'clas-numeric',
            },
            {
              key: 'granted',
              header: 'Montant accordé',
              cell: (p) => (p.decision?.decision === 'ACCEPTE' ? formatEuros(p.decision.amountGrantedCents) : '—'),
              className: 'clas-numeric',
            },
          ]}
        />
      </ListView>
    </div>
  );
}
