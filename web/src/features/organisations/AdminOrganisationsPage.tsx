import { useState } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Link } from 'react-router-dom';
import { identity } from '@maillage/shared';
import { splitErrors } from '../../app/formErrors';
import { validate } from '../../app/validation';
import { usePageTitle } from '../../app/usePageTitle';
import type { CreateOrganisationInput, OrganisationFilter, OrganisationKind } from '../../gql/graphql';
import { DataTable, type Column } from '../../ui/DataTable';
import { SelectField, TextField } from '../../ui/Field';
import { ListCount, ListFilters, ListView } from '../../ui/ListView';
import { cursorPages, useCursorPagination } from '../../ui/Pagination';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { useOrganisationList } from '../directory/queries';
import { ORGANISATION_KIND_LABELS, ORGANISATION_KINDS, pluralize } from '../identity/labels';
import {
  EMPTY_ORGANISATION,
  ORGANISATION_FIELDS,
  OrganisationForm,
  type OrganisationFormValues,
} from './OrganisationForm';
import { useCreateOrganisation } from './queries';
import { StatusMessage } from '../../ui/StatusMessage';

interface Row {
  id: string;
  name: string;
  kind: OrganisationKind;
  communeName?: string | null;
  communeInsee?: string | null;
  territory?: { name: string } | null;
  active: boolean;
}

const columns: Column<Row>[] = [
  {
    key: 'name',
    header: 'Nom',
    rowHeader: true,
    cell: (row) => <Link to={`/admin/organisations/${row.id}`}>{row.name}</Link>,
  },
  { key: 'kind', header: 'Type', cell: (row) => ORGANISATION_KIND_LABELS[row.kind] },
  { key: 'commune', header: 'Commune', cell: (row) => row.communeName ?? row.communeInsee ?? '—' },
  { key: 'territory', header: 'Territoire', cell: (row) => row.territory?.name ?? '—' },
  {
    key: 'status',
    header: 'Statut',
    cell: (row) =>
      row.active ? (
        <Badge as="span" severity="success" small>
          Active
        </Badge>
      ) : (
        <Badge as="span" severity="error" small>
          Désactivée
        </Badge>
      ),
  },
];

function toCreateInput(values: OrganisationFormValues): CreateOrganisationInput {
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  return {
    name: values.name.trim(),
    kind: values.kind as OrganisationKind,
    uai: optional(values.uai),
    fase: optional(values.fase),
    lyceeTeteDeReseau: values.lyceeTeteDeReseau,
    address: optional(values.address),
    postalCode: optional(values.postalCode),
    communeInsee: optional(values.communeInsee),
    communeName: optional(values.communeName),
    territoryId: optional(values.territoryId),
    email: optional(values.email),
    phone: optional(values.phone),
    website: optional(values.website),
  };
}

function CreateOrganisationSection() {
  const create = useCreateOrganisation();
  const [formKey, setFormKey] = useState(0);
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  const errors = splitErrors(create.error, ORGANISATION_FIELDS);

  return (
    <section aria-labelledby="nouvelle-organisation" className="card">
      <h2 id="nouvelle-organisation" tabIndex={-1} className={fr.cx('fr-h4')}>
        Nouvelle organisation
      </h2>
      <StatusMessage
        message={
          created ? (
            <>
              Organisation « {created.name} » créée.{' '}
              <Link to={`/admin/organisations/${created.id}`}>Ouvrir sa fiche</Link>
            </>
          ) : null
        }
      />
      <OrganisationForm
        key={formKey}
        initialValues={EMPTY_ORGANISATION}
        submitLabel="Créer l'organisation"
        validateValues={(values) =>
          validate(identity.createOrganisationInput, toCreateInput(values), { known: ORGANISATION_FIELDS })
        }
        pending={create.isPending}
        serverErrors={errors.fields}
        serverGeneral={errors.general}
        onSubmit={(values) => {
          setCreated(null);
          create.mutate(toCreateInput(values), {
            onSuccess: (data) => {
              setCreated({ id: data.createOrganisation.id, name: data.createOrganisation.name });
              setFormKey((key) => key + 1);
              create.reset();
            },
          });
        }}
      />
    </section>
  );
}

export function AdminOrganisationsPage() {
  usePageTitle('Organisations');
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState('');
  const debouncedSearch = useDebouncedValue(search.trim(), 300);
  const filter: OrganisationFilter = {
    search: debouncedSearch || undefined,
    kind: (kind || undefined) as OrganisationKind | undefined,
    includeInactive: true,
  };
  const pager = useCursorPagination(JSON.stringify(filter));
  const list = useOrganisationList(filter, pager.after);
  const connection = list.data?.organisations;

  return (
    <div className="page">
      <h1>Organisations</h1>
      <p className={fr.cx('fr-text--lead')}>
        Gérez les organisations du réseau, y compris les organisations désactivées.{' '}
        <a href="#nouvelle-organisation">Créer une organisation</a>
      </p>

      <ListView
        query={list}
        labelledBy="titre-liste"
        className="results"
        heading={<h2 id="titre-liste">Liste</h2>}
        filters={
          <ListFilters label="Filtrer les organisations">
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
          </ListFilters>
        }
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
          caption="Organisations, actives et désactivées"
          columns={columns}
          rows={connection?.nodes ?? []}
          rowKey={(row) => row.id}
          emptyMessage="Aucune organisation ne correspond à ces critères."
          busy={list.isFetching}
        />
      </ListView>

      <CreateOrganisationSection />
    </div>
  );
}
