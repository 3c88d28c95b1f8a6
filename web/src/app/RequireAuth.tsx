import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { LoadingState } from '../ui/LoadingState';
import { useSession } from './useSession';

/** Renders its children for a signed-in user; otherwise sends to /connexion. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'loading') {
    return (
      <main id="contenu" className="page page--centered">
        <LoadingState />
      </main>
    );
  }
  if (session.status === 'anonymous') {
    return <Navigate to="/connexion" replace state={{ from: location.pathname + location.search, reason: session.reason }} />;
  }
  return <>{children}</>;
}
