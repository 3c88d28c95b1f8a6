import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { LoginPage } from '../features/auth/LoginPage';
import { AdminClasConfigPage } from '../features/clas/AdminClasConfigPage';
import { ClasDashboardPage } from '../features/clas/ClasDashboardPage';
import { HolderProjectPage } from '../features/clas/HolderProjectPage';
import { HolderProjectsPage } from '../features/clas/HolderProjectsPage';
import { OfficerProjectPage } from '../features/clas/OfficerProjectPage';
import { OfficerQueuePage } from '../features/clas/OfficerQueuePage';
import { AuditPage } from '../features/audit/AuditPage';
import { DirectoryPage } from '../features/directory/DirectoryPage';
import { OrganisationDetailPage } from '../features/directory/OrganisationDetailPage';
import { HomePage } from '../features/home/HomePage';
import { AdminOrganisationPage } from '../features/organisations/AdminOrganisationPage';
import { AdminOrganisationsPage } from '../features/organisations/AdminOrganisationsPage';
import { AdminPlatformPage } from '../features/platforms/AdminPlatformPage';
import { AdminPlatformsPage } from '../features/platforms/AdminPlatformsPage';
import { PsadPage } from '../features/platforms/PsadPage';
import { CasePage } from '../features/cases/CasePage';
import { CounsellorCasesPage } from '../features/cases/CounsellorCasesPage';
import { TransfersPage } from '../features/cases/TransfersPage';
import { DashboardPage } from '../features/psad-dashboard/DashboardPage';
import { ImportPage } from '../features/psad-import/ImportPage';
import { ImportsPage } from '../features/psad-import/ImportsPage';
import { SignalPage } from '../features/psad-import/SignalPage';
import { MergePage } from '../features/psad-merge/MergePage';
import { DocumentPage } from '../features/parcours/DocumentPage';
import { IndicatorsPage } from '../features/parcours/IndicatorsPage';
import { NewPersonPage } from '../features/parcours/NewPersonPage';
import { PersonPage } from '../features/parcours/PersonPage';
import { PersonsPage } from '../features/parcours/PersonsPage';
import { AdminUserPage } from '../features/users/AdminUserPage';
import { AdminUsersPage } from '../features/users/AdminUsersPage';
import { ErrorBoundary } from './ErrorBoundary';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { queryClient } from './queryClient';
import { RequireAuth } from './RequireAuth';
import { RequireRole } from './RequireRole';
import { restoreSession, subscribe, getSessionState } from './session';

/** Drops every cached answer when the session ends: the next user must not see them. */
function useClearCacheOnSignOut() {
  useEffect(
    () =>
      subscribe(() => {
        if (getSessionState().status === 'anonymous') queryClient.clear();
      }),
    [],
  );
}

export function App() {
  useClearCacheOnSignOut();
  useEffect(() => {
    void restoreSession();
  }, []);

  return (
    <ErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <Routes>
            <Route path="/connexion" element={<LoginPage />} />
            <Route
              element={
                <RequireAuth>
                  <Layout />
                </RequireAuth>
              }
            >
              <Route index element={<HomePage />} />
              <Route path="annuaire" element={<DirectoryPage />} />
              <Route path="annuaire/:id" element={<OrganisationDetailPage />} />
              <Route path="psad/tableau-de-bord" element={<RequireRole role={['PSAD_REFERENT', 'VIEWER']} />}>
                <Route index element={<DashboardPage />} />
              </Route>
              <Route path="psad" element={<RequireRole role="PSAD_REFERENT" />}>
                <Route index element={<PsadPage />} />
                <Route path="imports" element={<ImportsPage />} />
                <Route path="imports/:id" element={<ImportPage />} />
                <Route path="fusion" element={<MergePage />} />
              </Route>
              <Route path="suivis" element={<RequireRole role="COUNSELLOR" />}>
                <Route index element={<CounsellorCasesPage />} />
              </Route>
              <Route element={<RequireRole role={['PSAD_REFERENT', 'COUNSELLOR']} />}>
                <Route path="suivis/:id" element={<CasePage />} />
                <Route path="transferts" element={<TransfersPage />} />
                <Route path="signalement" element={<SignalPage />} />
              </Route>
              <Route path="clas" element={<RequireRole role="CLAS_HOLDER" />}>
                <Route index element={<HolderProjectsPage />} />
                <Route path="projets/nouveau" element={<HolderProjectPage />} />
                <Route path="projets/:id" element={<HolderProjectPage />} />
              </Route>
              <Route path="caf" element={<RequireRole role="CAF_OFFICER" />}>
                <Route index element={<Navigate to="/caf/clas" replace />} />
                <Route path="clas" element={<OfficerQueuePage />} />
                <Route path="clas/:id" element={<OfficerProjectPage />} />
                <Route path="tableau-de-bord" element={<ClasDashboardPage />} />
              </Route>
              <Route path="parcours/indicateurs" element={<RequireRole role={['SOCIAL_WORKER', 'VIEWER', 'ADMIN']} />}>
                <Route index element={<IndicatorsPage />} />
              </Route>
              <Route path="parcours" element={<RequireRole role="SOCIAL_WORKER" />}>
                <Route index element={<PersonsPage />} />
                <Route path="personnes/nouvelle" element={<NewPersonPage />} />
                <Route path="personnes/:id" element={<PersonPage />} />
                <Route path="documents/:id" element={<DocumentPage />} />
              </Route>
              <Route path="admin" element={<RequireRole role="ADMIN" />}>
                <Route index element={<Navigate to="/admin/organisations" replace />} />
                <Route path="organisations" element={<AdminOrganisationsPage />} />
                <Route path="organisations/:id" element={<AdminOrganisationPage />} />
                <Route path="utilisateurs" element={<AdminUsersPage />} />
                <Route path="utilisateurs/:id" element={<AdminUserPage />} />
                <Route path="plateformes" element={<AdminPlatformsPage />} />
                <Route path="plateformes/:id" element={<AdminPlatformPage />} />
                <Route path="audit" element={<AuditPage />} />
                <Route path="clas" element={<AdminClasConfigPage />} />
              </Route>
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </QueryClientProvider>
    </ErrorBoundary>
  );
}
