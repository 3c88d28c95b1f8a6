import { useId, useState } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../../app/usePageTitle';
import type { OrganisationFilter, OrganisationKind } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';
import { SelectField, TextField } from '../../ui/Field';
import { ListCount, ListFilters, ListView } from '../../ui/ListView';
import { cursorPages, useCursorPagination } from '../../ui/Pagination';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { ORGANISATION_KIND_LABELS, ORGANISATION_KINDS, pluralize } from '../identity/labels';
import { useCommuneSuggestions } from '../identity/territories';
import { TerritorySelect } from '../identity/TerritorySelect';
import { communeCodeFrom } from './commune';
import { useOrganisationList } from './queries';

type Row = {
  id: string;
  name: string;
  kind: OrganisationKind;
  communeInsee?: string | null;
  communeName?: string | null;
  territory?: { name: string } | null;
};

function communeText(row: Row): string {
  if (row.communeName && row.communeInsee) return `${row.communeName} (${row.communeInsee})`;
  return row.communeName ?? row.communeInsee ?? '—';
}

const columns: Column<Row>[] = [
  {
    key: 'name',
    header: 'Nom',
    rowHeader: true,
    cell: (row) => <Link to={`/annuaire/${row.id}`}>{row.name}</Link>,
  },
  { key: 'kind', header: 'Type', cell: (row) => ORGANISATION_KIND_LABELS[row.kind] },
  { key: 'commune', header: 'Commune', cell: communeText },
  { key: 'territory', header: 'Territoire', cell: (row) => row.territory?.name ?? '—' },
];

export function DirectoryPage() {
  usePageTitle('Annuaire');
  const datalistId = useId();
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState('');
  const [commune, setCommune] = useState('');
  const [territoryId, setTerritoryId] = useState('');

  const debouncedSearch = useDebouncedValue(search.trim(), 300);
  const debouncedCommune = useDebouncedValue(commune, 300);
  const communeCode = communeCodeFrom(debouncedCommune);
  const suggestions = useCommuneSuggestions(communeCode ? '' : debouncedCommune);

  const filter: OrganisationFilter = {
    search: debouncedSearch || undefined,
    kind: (kind || undefined) as OrganisationKind | undefined,
    communeInsee: communeCode,
    territoryId: territoryId || undefined,
  };
  const pager = useCursorPagination(JSON.stringify(filter));
  const list = useOrganisationList(filter, pager.after);
  const connection = list.data?.organisations;

  const communeHint =
    commune.trim() && !communeCodeFrom(commune)
      ? "Saisissez un code INSEE à 5 chiffres ou choisissez une commune dans la liste proposée : le filtre ne s'applique qu'à une commune identifiée."
      : 'Code INSEE à 5 chiffres ou nom de la commune.';

  function reset() {
    setSearch('');
    setKind('');
    setCommune('');
    setTerritoryId('');
  }

  return (
    <div className="page">
      <h1>Annuaire des organisations</h1>
      <p className={fr.cx('fr-text--lead')}>
        Trouvez un acteur du réseau par son nom, son type, sa commune ou son territoire.
      </p>

      <ListFilters label="Filtrer l'annuaire">
        <TextField
          label="Rechercher par nom"
          type="search"
          value={search}
          onValueChange={setSearch}
          autoComplete="off"
        />
        <SelectField label="Type d'organisation" value={kind} onValueChange={setKind}>
          <option value="">Tous les types</option>
          {ORGANISATION_KINDS.map((value) => (
            <option key={value} value={value}>
              {ORGANISATION_KIND_LABELS[value]}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Commune"
          hint={communeHint}
          value={commune}
          onValueChange={setCommune}
          list={datalistId}
          autoComplete="off"
        />
        <datalist id={datalistId}>
          {(suggestions.data?.territories.nodes ?? []).map((territory) => (
            <option
              key={territory.id}
              value={territory.code ? `${territory.name} (${territory.code})` : territory.name}
            />
          ))}
        </datalist>
        <TerritorySelect value={territoryId} onValueChange={setTerritoryId} emptyLabel="Tous les territoires" />
        <div className="filters__actions">
          <Button variant="secondary" onClick={reset}>
            Réinitialiser les filtres
          </Button>
        </div>
      </ListFilters>

      <ListView
        query={list}
        labelledBy="titre-resultats"
        className="results"
        heading={<h2 id="titre-resultats">Résultats</h2>}
        count={
          <ListCount
            text={
              connection
                ? pluralize(connection.totalCount, 'organisation', 'organisations', 'Aucune organisation')
                : undefined
            }
          />
        }
        pagination={{ label: 'Pages de résultats', ...cursorPages(pager, connection?.pageInfo) }}
      >
        <DataTable
          caption="Organisations de l'annuaire"
          columns={columns}
          rows={connection?.nodes ?? []}
          rowKey={(row) => row.id}
          emptyMessage="Aucune organisation ne correspond à ces critères."
          busy={list.isFetching}
        />
      </ListView>
    </div>
  );
}
