import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { useEffect } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { Frame } from './Frame';
import { lazyPage } from './lazyPage';
import { RequireAuth } from './RequireAuth';
import { restoreSession } from './session';

// The sign-in screen and the public pages load without the signed-in app (its GraphQL client, its pages).
const LoginPage = lazyPage(() => import('../features/auth/LoginPage'), 'LoginPage');
const AccessibilityPage = lazyPage(() => import('../features/legal/AccessibilityPage'), 'AccessibilityPage');
const LegalNoticePage = lazyPage(() => import('../features/legal/LegalNoticePage'), 'LegalNoticePage');
const PersonalDataPage = lazyPage(() => import('../features/legal/PersonalDataPage'), 'PersonalDataPage');
// How partners' systems use the API: public, as it shows no data (its schema reference asks for a session).
const ApiPage = lazyPage(() => import('../features/api/ApiPage'), 'ApiPage');
const SignedInApp = lazyPage(() => import('./SignedInApp'), 'SignedInApp');

export function App() {
  useEffect(() => {
    void restoreSession();
  }, []);

  return (
    <ErrorBoundary>
      <BrowserRouter>
        <Routes>
          <Route element={<Frame />}>
            <Route path="/connexion" element={<LoginPage />} />
            <Route path="/accessibilite" element={<AccessibilityPage />} />
            <Route path="/mentions-legales" element={<LegalNoticePage />} />
            <Route path="/donnees-personnelles" element={<PersonalDataPage />} />
            <Route path="/documentation-api" element={<ApiPage />} />
            <Route element={<RequireAuth />}>
              <Route path="*" element={<SignedInApp />} />
            </Route>
          </Route>
        </Routes>
      </BrowserRouter>
    </ErrorBoundary>
  );
}
