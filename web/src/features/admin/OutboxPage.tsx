import { fr } from '@codegouvfr/react-dsfr';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../../app/usePageTitle';
import type { OutboxEmailsQuery } from '../../gql/graphql';
import { DataTable, type Column } from '../../ui/DataTable';
import { formatDateTime } from '../../ui/format';
import { ListCount, ListView } from '../../ui/ListView';
import { cursorPages, useCursorPagination } from '../../ui/Pagination';
import { pageCountOf } from '../../ui/usePagedList';
import { pluralize } from '../identity/labels';
import { DeliveryBadge } from './delivery';
import { OUTBOX_PAGE_SIZES, useOutboxEmails } from './queries';

type Row = OutboxEmailsQuery['outboxEmails']['nodes'][number];

/** « Courriels envoyés »: every e-mail the app composed, newest first, and what became of it. */
export function OutboxPage() {
  usePageTitle('Courriels envoyés');
  const [pageSize, setPageSize] = useState<number>(50);
  const pager = useCursorPagination(String(pageSize));
  const emails = useOutboxEmails(pageSize, pager.after);
  const connection = emails.data?.outboxEmails;

  const columns: Column<Row>[] = [
    {
      key: 'created',
      header: 'Créé le',
      cell: (row) => <time dateTime={row.createdAt}>{formatDateTime(row.createdAt)}</time>,
    },
    {
      key: 'subject',
      header: 'Objet',
      rowHeader: true,
      cell: (row) => (
        <Link to={`/admin/courriels/${row.id}`} aria-label={`Lire le courriel « ${row.subject} » à ${row.toAddress}`}>
          {row.subject}
        </Link>
      ),
    },
    { key: 'to', header: 'Destinataire', cell: (row) => row.toAddress },
    { key: 'kind', header: 'Type', cell: (row) => row.kindLabel },
    {
      key: 'delivery',
      header: 'Acheminement',
      cell: (row) => <DeliveryBadge via={row.deliveredVia} sentAt={row.sentAt} />,
    },
  ];

  return (
    <div className="page">
      <h1>Courriels envoyés</h1>
      <p className={fr.cx('fr-text--lead')}>
        Les courriels de notification composés par Maillage, des plus récents aux plus anciens (heure de Paris), et ce
        qu’ils sont devenus. Sans serveur d’envoi configuré, ils sont conservés ici et ne sont pas envoyés. Ils ne
        contiennent aucune donnée sur les personnes suivies.
      </p>
      <ListView
        query={emails}
        labelledBy="titre-courriels"
        heading={<h2 id="titre-courriels">Courriels</h2>}
        count={
          <ListCount
            className={fr.cx('fr-mb-2w')}
            text={connection ? pluralize(connection.totalCount, 'courriel', 'courriels', 'Aucun courriel') : undefined}
            stale={emails.isFetching}
          />
        }
        pagination={{
          label: 'Pages des courriels',
          ...cursorPages(pager, connection?.pageInfo),
          pageCount: connection ? pageCountOf(connection.totalCount, pageSize) : undefined,
          pageSize,
          pageSizes: OUTBOX_PAGE_SIZES,
          onPageSizeChange: setPageSize,
        }}
      >
        <DataTable
          caption="Courriels composés par Maillage, du plus récent au plus ancien"
          columns={columns}
          rows={connection?.nodes ?? []}
          rowKey={(row) => row.id}
          emptyMessage="Aucun courriel n’a encore été composé."
          busy={emails.isFetching}
          compact
        />
      </ListView>
    </div>
  );
}
