import { QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useEffect } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { PlatformSwitcher } from '../features/platforms/PlatformSwitcher';
import { LoadingState } from '../ui/LoadingState';
import { setSignedInHeader } from './headerState';
import { lazyPage } from './lazyPage';
import { useMe } from './me';
import { navigationItems } from './navigation';
import { NotFoundPage } from './NotFoundPage';
import { queryClient } from './queryClient';
import { RequireRole } from './RequireRole';
import { getSessionState, subscribe } from './session';
import { useSession } from './useSession';

// Each page is its own chunk, loaded on its first visit.
const ClasDashboardPage = lazyPage(() => import('../features/clas/ClasDashboardPage'), 'ClasDashboardPage');
const HolderProjectPage = lazyPage(() => import('../features/clas/HolderProjectPage'), 'HolderProjectPage');
const HolderProjectsPage = lazyPage(() => import('../features/clas/HolderProjectsPage'), 'HolderProjectsPage');
const OfficerProjectPage = lazyPage(() => import('../features/clas/OfficerProjectPage'), 'OfficerProjectPage');
const OfficerQueuePage = lazyPage(() => import('../features/clas/OfficerQueuePage'), 'OfficerQueuePage');
const NotificationsPage = lazyPage(() => import('../features/notifications/NotificationsPage'), 'NotificationsPage');
const NotificationPreferencesPage = lazyPage(
  () => import('../features/notifications/NotificationPreferencesPage'),
  'NotificationPreferencesPage',
);
const DirectoryPage = lazyPage(() => import('../features/directory/DirectoryPage'), 'DirectoryPage');
const OrganisationDetailPage = lazyPage(
  () => import('../features/directory/OrganisationDetailPage'),
  'OrganisationDetailPage',
);
const HomePage = lazyPage(() => import('../features/home/HomePage'), 'HomePage');
const AccountRoutes = lazyPage(() => import('../features/account/AccountRoutes'), 'AccountRoutes');
const PsadPage = lazyPage(() => import('../features/platforms/PsadPage'), 'PsadPage');
const CasePage = lazyPage(() => import('../features/cases/CasePage'), 'CasePage');
const CounsellorCasesPage = lazyPage(() => import('../features/cases/CounsellorCasesPage'), 'CounsellorCasesPage');
const TransfersPage = lazyPage(() => import('../features/cases/TransfersPage'), 'TransfersPage');
const DashboardPage = lazyPage(() => import('../features/psad-dashboard/DashboardPage'), 'DashboardPage');
const ImportPage = lazyPage(() => import('../features/psad-import/ImportPage'), 'ImportPage');
const ImportsPage = lazyPage(() => import('../features/psad-import/ImportsPage'), 'ImportsPage');
const SignalPage = lazyPage(() => import('../features/psad-import/SignalPage'), 'SignalPage');
const MergePage = lazyPage(() => import('../features/psad-merge/MergePage'), 'MergePage');
const DocumentPage = lazyPage(() => import('../features/parcours/DocumentPage'), 'DocumentPage');
const IndicatorsPage = lazyPage(() => import('../features/parcours/IndicatorsPage'), 'IndicatorsPage');
const NewPersonPage = lazyPage(() => import('../features/parcours/NewPersonPage'), 'NewPersonPage');
const PersonPage = lazyPage(() => import('../features/parcours/PersonPage'), 'PersonPage');
const PersonsPage = lazyPage(() => import('../features/parcours/PersonsPage'), 'PersonsPage');
// The administrator's pages route among themselves: one lazy entry for all.
const AdminRoutes = lazyPage(() => import('../features/admin/AdminRoutes'), 'AdminRoutes');
// A platform's bilan and the regional one: one lazy entry for both.
const BilanRoutes = lazyPage(() => import('../features/psad-bilan/BilanRoutes'), 'BilanRoutes');
// The meetings' pages (list, scheduling, a meeting) route among themselves: one lazy entry for all.
const InstancesRoutes = lazyPage(() => import('../features/instances/InstancesRoutes'), 'InstancesRoutes');
const OrientationRoutes = lazyPage(() => import('../features/orientation/OrientationRoutes'), 'OrientationRoutes');
const CpmsRoutes = lazyPage(() => import('../features/cpms/CpmsRoutes'), 'CpmsRoutes');

/** Drops every cached answer when the session ends: the next user must not see them. */
function useClearCacheOnSignOut() {
  useEffect(
    () =>
      subscribe(() => {
        if (getSessionState().status !== 'anonymous') return;
        queryClient.clear();
        setSignedInHeader(null);
      }),
    [],
  );
}

/** Gives the page frame's header the user's name and the navigation of their roles. */
function HeaderFromRoles() {
  const session = useSession();
  const me = useMe();
  const displayName = me.data?.user.displayName ?? (session.status === 'authenticated' ? session.user.displayName : '');
  const roles = me.data?.roles;
  const memberships = me.data?.memberships;
  useEffect(() => {
    setSignedInHeader({ displayName, items: navigationItems(roles, memberships) });
  }, [displayName, roles, memberships]);
  return null;
}

/** The header's navigation on a page outside the signed-in app (a legal page opened directly, signed in). */
export function StandaloneHeaderFromRoles() {
  return (
    <QueryClientProvider client={queryClient}>
      <HeaderFromRoles />
    </QueryClientProvider>
  );
}

/**
 * The signed-in application, loaded after sign-in: the GraphQL client's cache,
 * the header's navigation, the active platform and every page of the roles.
 */
export function SignedInApp() {
  useClearCacheOnSignOut();
  return (
    <QueryClientProvider client={queryClient}>
      <HeaderFromRoles />
      <PlatformSwitcher />
      <Suspense fallback={<LoadingState />}>
        <Routes>
          <Route index element={<HomePage />} />
          <Route path="annuaire" element={<DirectoryPage />} />
          <Route path="annuaire/:id" element={<OrganisationDetailPage />} />
          <Route path="compte/*" element={<AccountRoutes />} />
          <Route path="notifications" element={<NotificationsPage />} />
          <Route path="notifications/preferences" element={<NotificationPreferencesPage />} />
          <Route path="psad/tableau-de-bord" element={<RequireRole role={['PSAD_REFERENT', 'VIEWER']} />}>
            <Route index element={<DashboardPage />} />
          </Route>
          <Route path="psad/bilan/*" element={<BilanRoutes />} />
          <Route path="psad/bilan-regional/*" element={<BilanRoutes />} />
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
          <Route path="instances/*" element={<InstancesRoutes />} />
          <Route path="orientation/*" element={<OrientationRoutes />} />
          <Route path="cpms/*" element={<CpmsRoutes />} />
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
          <Route path="admin/*" element={<AdminRoutes />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </QueryClientProvider>
  );
}
