import { Route, Routes } from 'react-router-dom';
import { lazyPage } from '../../app/lazyPage';
import { NotFoundPage } from '../../app/NotFoundPage';

const AccountPage = lazyPage(() => import('./AccountPage'), 'AccountPage');
const SessionsPage = lazyPage(() => import('./SessionsPage'), 'SessionsPage');

/** `/compte/*`: the user's own account and sessions, one lazy entry for both in the signed-in app. */
export function AccountRoutes() {
  return (
    <Routes>
      <Route index element={<AccountPage />} />
      <Route path="sessions" element={<SessionsPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
