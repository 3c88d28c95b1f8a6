import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Display, headerFooterDisplayItem } from '@codegouvfr/react-dsfr/Display';
import { Footer } from '@codegouvfr/react-dsfr/Footer';
import { Header } from '@codegouvfr/react-dsfr/Header';
import { SkipLinks } from '@codegouvfr/react-dsfr/SkipLinks';
import { Suspense, useEffect, useRef } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { LoadingState } from '../ui/LoadingState';
import { ErrorBoundary } from './ErrorBoundary';
import { isActiveItem, useSignedInHeader } from './headerState';
import { lazyPage } from './lazyPage';
import { NewNotificationsAnnouncer, NotificationBellText } from './NotificationBell';
import { startNotificationStream } from './notificationStream';
import { formatDateTime } from '../ui/format';
import { dismissFailedLogins, logout, type FailedLogins } from './session';
import { useSession } from './useSession';

const BRAND_TOP = (
  <>
    République
    <br />
    Française
  </>
);

const HOME_LINK = { to: '/', title: 'Accueil — Maillage' };

const StandaloneHeaderFromRoles = lazyPage(() => import('./SignedInApp'), 'StandaloneHeaderFromRoles');

/** Failed sign-ins on the user's account since their last sign-in: told once, until closed. */
function FailedLoginsNotice({ failedLogins }: { failedLogins: FailedLogins }) {
  const { count, lastAt } = failedLogins;
  return (
    <Alert
      className="fr-mt-2w fr-mb-2w"
      severity="warning"
      small
      closable
      onClose={dismissFailedLogins}
      description={`${count === 1 ? 'Une tentative de connexion a échoué' : `${count} tentatives de connexion ont échoué`} sur votre compte depuis votre dernière connexion${lastAt ? ` (${count === 1 ? 'le' : 'la dernière le'} ${formatDateTime(lastAt)})` : ''}. Si ce n'était pas vous, changez votre mot de passe et prévenez votre administrateur.`}
    />
  );
}

/** Moves focus to the main content after each navigation, so that screen readers start there. */
function useFocusMainOnNavigation() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    mainRef.current?.focus();
  }, [pathname]);
  return mainRef;
}

/**
 * Every page, signed in or not: the DSFR header (bloc-marque, service name, the
 * signed-in user's navigation and quick access), the main content, and the
 * footer with the mandatory links and the display settings (light/dark theme).
 * The signed-in app fills the navigation in (headerState); the cache of the
 * signed-out user is dropped there too.
 */
export function Frame() {
  const session = useSession();
  const signedIn = session.status === 'authenticated';
  const header = useSignedInHeader();
  const navigate = useNavigate();
  const location = useLocation();
  const mainRef = useFocusMainOnNavigation();
  const displayName = header?.displayName ?? (signedIn ? session.user.displayName : '');
  const items = signedIn ? (header?.items ?? []) : [];
  useEffect(startNotificationStream, []);

  async function onLogout() {
    await logout();
    navigate('/connexion', { replace: true, state: { reason: 'logout' } });
  }

  return (
    <>
      <SkipLinks
        links={[
          { anchor: '#contenu', label: 'Contenu' },
          ...(signedIn ? [{ anchor: '#navigation-principale', label: 'Menu' }] : []),
          { anchor: '#pied-de-page', label: 'Pied de page' },
        ]}
      />
      <Header
        brandTop={BRAND_TOP}
        homeLinkProps={HOME_LINK}
        serviceTitle="Maillage"
        serviceTagline="Coordination du suivi des jeunes et des familles"
        quickAccessItems={
          signedIn
            ? [
                {
                  iconId: 'fr-icon-notification-3-line',
                  text: <NotificationBellText />,
                  linkProps: { to: '/notifications', className: 'bell-link' },
                },
                {
                  iconId: 'fr-icon-account-circle-line',
                  text: (
                    <>
                      <span className="fr-sr-only">Mon compte : connecté en tant que </span>
                      {displayName}
                    </>
                  ),
                  linkProps: { to: '/compte' },
                },
                headerFooterDisplayItem,
                {
                  iconId: 'fr-icon-logout-box-r-line',
                  text: 'Se déconnecter',
                  buttonProps: { onClick: () => void onLogout() },
                },
              ]
            : [headerFooterDisplayItem]
        }
        navigation={
          items.length > 0
            ? items.map((item) => ({
                text: item.label,
                linkProps: { to: item.to, id: undefined },
                isActive: isActiveItem(item, location.pathname, items),
              }))
            : undefined
        }
      />
      {signedIn ? <NewNotificationsAnnouncer /> : null}
      {signedIn && !header ? (
        <Suspense fallback={null}>
          <StandaloneHeaderFromRoles />
        </Suspense>
      ) : null}
      <main id="contenu" className="app-main" tabIndex={-1} ref={mainRef}>
        <div className="fr-container">
          {session.status === 'authenticated' && session.failedLogins ? (
            <FailedLoginsNotice failedLogins={session.failedLogins} />
          ) : null}
          <ErrorBoundary resetKey={location.pathname}>
            <Suspense fallback={<LoadingState />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </div>
      </main>
      <Footer
        id="pied-de-page"
        accessibility="non compliant"
        accessibilityLinkProps={{ to: '/accessibilite' }}
        termsLinkProps={{ to: '/mentions-legales' }}
        contentDescription="Maillage coordonne le suivi des jeunes et des familles entre les organisations qui le partagent : plateformes de suivi et d'appui aux décrocheurs, partenaires, CAF, services sociaux et services d'orientation."
        bottomItems={[
          { text: 'Données personnelles', linkProps: { to: '/donnees-personnelles' } },
          headerFooterDisplayItem,
        ]}
      />
      <Display />
    </>
  );
}
