import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { LoadingState } from '../ui/LoadingState';
import { useSession } from './useSession';

/** Renders the nested routes for a signed-in user; otherwise sends to /connexion. */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'loading') {
    return <LoadingState />;
  }
  if (session.status === 'anonymous') {
    return (
      <Navigate to="/connexion" replace state={{ from: location.pathname + location.search, reason: session.reason }} />
    );
  }
  return <Outlet />;
}
