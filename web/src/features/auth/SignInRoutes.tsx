import { Navigate, Route, Routes } from 'react-router-dom';
import { lazyPage } from '../../app/lazyPage';
import { LoginPage } from './LoginPage';

// The pages of ProConnect's way back, loaded on their visit only: the sign-in screen's weight is budgeted.
const ProConnectReturnPage = lazyPage(() => import('./ProConnectReturnPage'), 'ProConnectReturnPage');
const AccessRequestSentPage = lazyPage(() => import('./AccessRequestSentPage'), 'AccessRequestSentPage');

/**
 * `/connexion/*`: the sign-in pages, one lazy entry for all (the entry chunk, which every first page
 * downloads, names this module only). Nothing here is shared with the signed-in app's chunk (no
 * NotFoundPage): a module both use would become a chunk of its own, one more script for every home.
 */
export function SignInRoutes() {
  return (
    <Routes>
      <Route index element={<LoginPage />} />
      <Route path="proconnect" element={<ProConnectReturnPage />} />
      <Route path="demande-envoyee" element={<AccessRequestSentPage />} />
      <Route path="*" element={<Navigate to="/connexion" replace />} />
    </Routes>
  );
}
