import { Link } from 'react-router-dom';
import { useMe } from '../../app/me';
import { usePageTitle } from '../../app/usePageTitle';
import type { Role } from '../../gql/graphql';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { ORGANISATION_KIND_LABELS, ROLE_DESCRIPTIONS, ROLES, rolesLabel } from '../identity/labels';

export function HomePage() {
  usePageTitle('Accueil');
  const me = useMe();

  if (me.isPending) return <LoadingState />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;

  const { user, memberships, roles } = me.data;
  const distinctRoles: Role[] = ROLES.filter((role) => roles.includes(role) || memberships.some((m) => m.roles.includes(role)));

  return (
    <div className="page">
      <h1>Bonjour {user.displayName}</h1>

      <section aria-labelledby="titre-rattachements" className="card">
        <h2 id="titre-rattachements">Vos rattachements</h2>
        {memberships.length === 0 ? (
          <p>Vous n'êtes rattaché à aucune organisation.</p>
        ) : (
          <ul className="membership-list">
            {memberships.map((membership) => (
              <li key={membership.id}>
                <p className="membership-list__org">
                  <Link to={`/annuaire/${membership.organisation.id}`}>{membership.organisation.name}</Link>{' '}
                  <span className="muted">({ORGANISATION_KIND_LABELS[membership.organisation.kind]})</span>
                </p>
                <p>
                  <span className="muted">Rôles : </span>
                  {rolesLabel(membership.roles)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="titre-roles" className="card">
        <h2 id="titre-roles">Ce que vos rôles vous permettent</h2>
        {distinctRoles.length === 0 ? (
          <p>Aucun rôle ne vous est attribué pour l'instant. Adressez-vous à un administrateur.</p>
        ) : (
          <ul className="role-list">
            {distinctRoles.map((role) => (
              <li key={role}>{ROLE_DESCRIPTIONS[role]}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="titre-raccourcis" className="card">
        <h2 id="titre-raccourcis">Pour commencer</h2>
        <p>
          <Link to="/annuaire">Rechercher un acteur du réseau</Link> : coordonnées, type et territoire de chaque
          organisation.
        </p>
      </section>
    </div>
  );
}
