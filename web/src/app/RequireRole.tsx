import { Outlet } from 'react-router-dom';
import type { Role } from '../gql/graphql';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';
import { hasRole, useMe } from './me';
import { usePageTitle } from './usePageTitle';

function Forbidden() {
  usePageTitle('Accès refusé');
  return (
    <div className="page">
      <h1>Accès refusé</h1>
      <p>Votre compte n'a pas les droits nécessaires pour afficher cette page.</p>
    </div>
  );
}

/** Nested routes shown only to users holding `role`, or one of the roles listed (the server checks too). */
export function RequireRole({ role }: { role: Role | readonly Role[] }) {
  const me = useMe();
  if (me.isPending) return <LoadingState />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (!(Array.isArray(role) ? role : [role]).some((r: Role) => hasRole(me.data.roles, r))) return <Forbidden />;
  return <Outlet />;
}
