import { useState } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../../app/usePageTitle';
import type { Role, UserFilter } from '../../gql/graphql';
import { DataTable, type Column } from '../../ui/DataTable';
import { CheckboxField, SelectField, TextField } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { ListCount, ListFilters, ListView } from '../../ui/ListView';
import { cursorPages, useCursorPagination } from '../../ui/Pagination';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { pluralize, ROLE_LABELS, ROLES, rolesLabel } from '../identity/labels';
import { CreateUserForm } from './CreateUserForm';
import { OrganisationSelect } from './OrganisationSelect';
import { useAdminUsers } from './queries';
import { UserStatus } from './status';

interface Row {
  id: string;
  email: string;
  displayName: string;
  active: boolean;
  failedLoginCount?: number | null;
  lastLoginAt?: string | null;
  memberships: { id: string; roles: Role[]; organisation: { name: string } }[];
}

const columns: Column<Row>[] = [
  {
    key: 'name',
    header: 'Nom affiché',
    rowHeader: true,
    cell: (row) => <Link to={`/admin/utilisateurs/${row.id}`}>{row.displayName}</Link>,
  },
  { key: 'email', header: 'Adresse e-mail', cell: (row) => row.email },
  {
    key: 'memberships',
    header: 'Rattachements',
    cell: (row) =>
      row.memberships.length ? (
        <ul className="compact-list">
          {row.memberships.map((membership) => (
            <li key={membership.id}>
              {membership.organisation.name} : {rolesLabel(membership.roles)}
            </li>
          ))}
        </ul>
      ) : (
        'Aucun'
      ),
  },
  {
    key: 'status',
    header: 'Statut',
    cell: (row) => <UserStatus active={row.active} failedLoginCount={row.failedLoginCount} />,
  },
  {
    key: 'lastLogin',
    header: 'Dernière connexion',
    cell: (row) => (row.lastLoginAt ? formatDateTime(row.lastLoginAt) : 'Jamais'),
  },
];

export function AdminUsersPage() {
  usePageTitle('Utilisateurs');
  const [search, setSearch] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [role, setRole] = useState('');
  const [includeInactive, setIncludeInactive] = useState(true);
  const debouncedSearch = useDebouncedValue(search.trim(), 300);
  const filter: UserFilter = {
    search: debouncedSearch || undefined,
    organisationId: organisationId || undefined,
    role: (role || undefined) as Role | undefined,
    includeInactive,
  };
  const pager = useCursorPagination(JSON.stringify(filter));
  const list = useAdminUsers(filter, pager.after);
  const connection = list.data?.users;

  return (
    <div className="page">
      <h1>Utilisateurs</h1>
      <p className={fr.cx('fr-text--lead')}>
        Gérez les comptes, leurs rattachements et leurs rôles. <a href="#nouvel-utilisateur">Créer un compte</a> ·{' '}
        <Link to="/admin/demandes-acces">Demandes d’accès ProConnect</Link>
      </p>

      <ListView
        query={list}
        labelledBy="titre-liste"
        className="results"
        heading={<h2 id="titre-liste">Liste</h2>}
        filters={
          <ListFilters label="Filtrer les utilisateurs">
            <TextField
              label="Rechercher par nom ou e-mail"
              type="search"
              value={search}
              onValueChange={setSearch}
              autoComplete="off"
            />
            <OrganisationSelect
              label="Organisation"
              emptyLabel="Toutes les organisations"
              value={organisationId}
              onValueChange={setOrganisationId}
            />
            <SelectField label="Rôle" value={role} onValueChange={setRole}>
              <option value="">Tous les rôles</option>
              {ROLES.map((value) => (
                <option key={value} value={value}>
                  {ROLE_LABELS[value]}
                </option>
              ))}
            </SelectField>
            <CheckboxField
              label="Inclure les comptes désactivés"
              checked={includeInactive}
              onCheckedChange={setIncludeInactive}
            />
          </ListFilters>
        }
        count={
          <ListCount
            text={
              connection
                ? pluralize(connection.totalCount, 'utilisateur', 'utilisateurs', 'Aucun utilisateur')
                : undefined
            }
          />
        }
        pagination={{ label: 'Pages de résultats', ...cursorPages(pager, connection?.pageInfo) }}
      >
        <DataTable
          caption="Comptes utilisateurs"
          columns={columns}
          rows={connection?.nodes ?? []}
          rowKey={(row) => row.id}
          emptyMessage="Aucun compte ne correspond à ces critères."
          busy={list.isFetching}
        />
      </ListView>

      <section aria-labelledby="nouvel-utilisateur" className="card">
        <h2 id="nouvel-utilisateur" tabIndex={-1} className={fr.cx('fr-h4')}>
          Nouvel utilisateur
        </h2>
        <CreateUserForm />
      </section>
    </div>
  );
}
