import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { useEffect } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { Frame } from './Frame';
import { lazyPage } from './lazyPage';
import { RequireAuth } from './RequireAuth';
import { restoreSession } from './session';

// The sign-in screen and the public pages load without the signed-in app (its GraphQL client, its pages).
const SignInRoutes = lazyPage(() => import('../features/auth/SignInRoutes'), 'SignInRoutes');
const PublicPages = lazyPage(() => import('./PublicPages'), 'PublicPages');
const PUBLIC_PATHS = ['/accessibilite', '/mentions-legales', '/donnees-personnelles', '/documentation-api'] as const;
export type PublicPath = (typeof PUBLIC_PATHS)[number];
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
            <Route path="/connexion/*" element={<SignInRoutes />} />
            {PUBLIC_PATHS.map((path) => (
              <Route key={path} path={path} element={<PublicPages />} />
            ))}
            <Route element={<RequireAuth />}>
              <Route path="*" element={<SignedInApp />} />
            </Route>
          </Route>
        </Routes>
      </BrowserRouter>
    </ErrorBoundary>
  );
}
