import { Navigate, Route, Routes } from 'react-router-dom';
import { lazyPage } from '../../app/lazyPage';
import { NotFoundPage } from '../../app/NotFoundPage';
import { RequireRole } from '../../app/RequireRole';

// Each page still its own chunk, loaded on its first visit; only this small entry is named in the
// signed-in app's chunk, which every home page downloads (its JavaScript budget).
const AdminClasConfigPage = lazyPage(() => import('../clas/AdminClasConfigPage'), 'AdminClasConfigPage');
const AuditPage = lazyPage(() => import('../audit/AuditPage'), 'AuditPage');
const OutboxEmailPage = lazyPage(() => import('./OutboxEmailPage'), 'OutboxEmailPage');
const OutboxPage = lazyPage(() => import('./OutboxPage'), 'OutboxPage');
const BackgroundJobsPage = lazyPage(() => import('./BackgroundJobsPage'), 'BackgroundJobsPage');
const AdminOrganisationPage = lazyPage(() => import('../organisations/AdminOrganisationPage'), 'AdminOrganisationPage');
const AdminOrganisationsPage = lazyPage(
  () => import('../organisations/AdminOrganisationsPage'),
  'AdminOrganisationsPage',
);
const AdminPlatformPage = lazyPage(() => import('../platforms/AdminPlatformPage'), 'AdminPlatformPage');
const AdminPlatformsPage = lazyPage(() => import('../platforms/AdminPlatformsPage'), 'AdminPlatformsPage');
const AdminUserPage = lazyPage(() => import('../users/AdminUserPage'), 'AdminUserPage');
const AdminUsersPage = lazyPage(() => import('../users/AdminUsersPage'), 'AdminUsersPage');
const AccessRequestsPage = lazyPage(() => import('../users/AccessRequestsPage'), 'AccessRequestsPage');
const WebhooksPage = lazyPage(() => import('../webhooks/WebhooksPage'), 'WebhooksPage');
const WebhookEndpointPage = lazyPage(() => import('../webhooks/WebhookEndpointPage'), 'WebhookEndpointPage');

/** `/admin/*`: the administrator's pages, one lazy entry for all. */
export function AdminRoutes() {
  return (
    <Routes>
      <Route element={<RequireRole role="ADMIN" />}>
        <Route index element={<Navigate to="/admin/organisations" replace />} />
        <Route path="organisations" element={<AdminOrganisationsPage />} />
        <Route path="organisations/:id" element={<AdminOrganisationPage />} />
        <Route path="utilisateurs" element={<AdminUsersPage />} />
        <Route path="demandes-acces" element={<AccessRequestsPage />} />
        <Route path="utilisateurs/:id" element={<AdminUserPage />} />
        <Route path="utilisateurs/:id/webhooks" element={<WebhooksPage />} />
        <Route path="utilisateurs/:id/webhooks/:endpointId" element={<WebhookEndpointPage />} />
        <Route path="plateformes" element={<AdminPlatformsPage />} />
        <Route path="plateformes/:id" element={<AdminPlatformPage />} />
        <Route path="audit" element={<AuditPage />} />
        <Route path="courriels" element={<OutboxPage />} />
        <Route path="courriels/:id" element={<OutboxEmailPage />} />
        <Route path="taches" element={<BackgroundJobsPage />} />
        <Route path="clas" element={<AdminClasConfigPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
