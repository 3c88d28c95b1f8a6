import { useState } from 'react';
import { Link } from 'react-router-dom';
import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { usePageTitle } from '../../app/usePageTitle';
import { DataTable } from '../../ui/DataTable';
import { TextField } from '../../ui/Field';
import { formatDate } from '../../ui/format';
import { ListCount, ListView } from '../../ui/ListView';
import { cursorPages, useCursorPagination } from '../../ui/Pagination';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { pluralize } from '../identity/labels';
import { intervenantsLabel, personName } from './format';
import { ReferenceBadge } from './parts';
import { useAccompaniedPersons, type PersonListItem } from './queries';
import '../../ui/styles/parcours.css';

/** « Personnes accompagnées »: the PAs whose liste d'accompagnement holds the caller. */
export function PersonsPage() {
  usePageTitle('Personnes accompagnées');
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim(), 300);
  const pager = useCursorPagination(debounced);
  const list = useAccompaniedPersons(debounced, pager.after);
  const connection = list.data;

  return (
    <div className="page parcours-page">
      <Breadcrumb
        currentPageLabel="Personnes accompagnées"
        homeLinkProps={{ to: '/' }}
        segments={[]}
        className={fr.cx('fr-mt-0', 'fr-mb-2w')}
      />
      <h1>Personnes accompagnées</h1>
      <p className={fr.cx('fr-text--lead')}>
        Les personnes dont vous êtes intervenant : leur liste d'accompagnement, leur référence de parcours, le plan
        d'action partagé et leur armoire numérique. Vous ne voyez une personne que tant que vous êtes sur sa liste.
      </p>
      <p>
        <Link
          to="/parcours/personnes/nouvelle"
          className={fr.cx('fr-btn', 'fr-icon-user-add-line', 'fr-btn--icon-left')}
        >
          Nouvelle personne
        </Link>
      </p>
      <form
        role="search"
        aria-label="Rechercher une personne"
        className="parcours-search"
        onSubmit={(event) => event.preventDefault()}
      >
        <TextField
          label="Rechercher par nom"
          type="search"
          value={search}
          onValueChange={setSearch}
          autoComplete="off"
          hint="Nom ou prénom."
        />
      </form>
      <ListView
        query={list}
        labelledBy="parcours-resultats"
        heading={
          <h2 id="parcours-resultats" className={fr.cx('fr-sr-only')}>
            Résultats
          </h2>
        }
        count={
          <ListCount
            className={fr.cx('fr-text--sm', 'fr-mb-1w')}
            text={
              connection
                ? pluralize(
                    connection.totalCount,
                    'personne',
                    'personnes',
                    debounced ? 'Aucune personne ne correspond.' : 'Aucune personne pour l’instant.',
                  )
                : undefined
            }
          />
        }
        pagination={{ label: 'Pages des personnes', ...cursorPages(pager, connection?.pageInfo) }}
      >
        <DataTable<PersonListItem>
          caption="Personnes dont vous êtes intervenant"
          rows={connection?.nodes ?? []}
          rowKey={(p) => p.id}
          busy={list.isFetching}
          emptyMessage={
            debounced
              ? 'Aucune personne ne correspond à cette recherche.'
              : 'Aucune personne : commencez par « Nouvelle personne ».'
          }
          columns={[
            {
              key: 'name',
              header: 'Personne',
              rowHeader: true,
              cell: (p) => <Link to={`/parcours/personnes/${p.id}`}>{personName(p)}</Link>,
            },
            { key: 'birth', header: 'Née le', cell: (p) => (p.birthDate ? formatDate(p.birthDate) : '—') },
            {
              key: 'members',
              header: 'Liste',
              cell: (p) => intervenantsLabel(p.members.filter((m) => m.active).length),
            },
            {
              key: 'referent',
              header: 'Référent',
              cell: (p) =>
                p.reference?.referent ? (
                  <>
                    {p.reference.referent.displayName}
                    <span className="parcours-muted"> ({p.reference.referent.organisation.name})</span>
                  </>
                ) : (
                  '—'
                ),
            },
            {
              key: 'status',
              header: 'Référence',
              cell: (p) => (p.reference ? <ReferenceBadge status={p.reference.status} /> : 'Aucune en cours'),
            },
          ]}
        />
      </ListView>
    </div>
  );
}
