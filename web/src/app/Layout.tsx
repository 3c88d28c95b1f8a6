import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { PlatformSwitcher } from '../features/platforms/PlatformSwitcher';
import { Button } from '../ui/Button';
import { ErrorBoundary } from './ErrorBoundary';
import { hasRole, useMe } from './me';
import { queryClient } from './queryClient';
import { logout } from './session';
import { useSession } from './useSession';

interface NavItem {
  to: string;
  label: string;
  end?: boolean;
}

const COMMON_ITEMS: NavItem[] = [
  { to: '/', label: 'Accueil', end: true },
  { to: '/annuaire', label: 'Annuaire' },
];

const REFERENT_ITEMS: NavItem[] = [
  { to: '/psad', label: 'Suivi PSAD', end: true },
  { to: '/psad/imports', label: 'Imports SIEI' },
  { to: '/psad/tableau-de-bord', label: 'Tableau de bord' },
];

const COUNSELLOR_ITEMS: NavItem[] = [{ to: '/suivis', label: 'Mes suivis' }];

/** Receiving transfers and signalling: referents and counsellors alike. */
const CASE_WORKER_ITEMS: NavItem[] = [
  { to: '/transferts', label: 'Transferts' },
  { to: '/signalement', label: 'Signaler un jeune' },
];

const CLAS_HOLDER_ITEMS: NavItem[] = [{ to: '/clas', label: 'Mes projets CLAS' }];

const CAF_OFFICER_ITEMS: NavItem[] = [
  { to: '/caf/clas', label: 'Projets CLAS' },
  { to: '/caf/tableau-de-bord', label: 'Tableau de bord CLAS' },
];

const VIEWER_ITEMS: NavItem[] = [{ to: '/psad/tableau-de-bord', label: 'Tableau de bord' }];

const SOCIAL_WORKER_ITEMS: NavItem[] = [{ to: '/parcours', label: 'Personnes accompagnées', end: true }];

/** Aggregates of the référence de parcours: social workers, viewers and admins. */
const PARCOURS_INDICATORS_ITEMS: NavItem[] = [{ to: '/parcours/indicateurs', label: 'Indicateurs parcours' }];

const ADMIN_ITEMS: NavItem[] = [
  { to: '/admin/organisations', label: 'Organisations' },
  { to: '/admin/utilisateurs', label: 'Utilisateurs' },
  { to: '/admin/plateformes', label: 'Plateformes PSAD' },
  { to: '/admin/audit', label: "Journal d'audit" },
  { to: '/admin/clas', label: 'Paramètres CLAS' },
];

/** A user with several roles gets each link once. */
function uniqueByPath(items: NavItem[]): NavItem[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.to) && seen.add(item.to));
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

export function Layout() {
  const session = useSession();
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const mainRef = useFocusMainOnNavigation();
  const displayName =
    me.data?.user.displayName ?? (session.status === 'authenticated' ? session.user.displayName : '');
  const roles = me.data?.roles;
  const isReferent = hasRole(roles, 'PSAD_REFERENT');
  const isCounsellor = hasRole(roles, 'COUNSELLOR');
  const items = uniqueByPath([
    ...COMMON_ITEMS,
    ...(isReferent ? REFERENT_ITEMS : []),
    ...(isCounsellor ? COUNSELLOR_ITEMS : []),
    ...(isReferent || isCounsellor ? CASE_WORKER_ITEMS : []),
    ...(hasRole(roles, 'CLAS_HOLDER') ? CLAS_HOLDER_ITEMS : []),
    ...(hasRole(roles, 'CAF_OFFICER') ? CAF_OFFICER_ITEMS : []),
    ...(hasRole(roles, 'VIEWER') ? VIEWER_ITEMS : []),
    ...(hasRole(roles, 'SOCIAL_WORKER') ? SOCIAL_WORKER_ITEMS : []),
    ...(hasRole(roles, 'SOCIAL_WORKER') || hasRole(roles, 'VIEWER') || hasRole(roles, 'ADMIN') ? PARCOURS_INDICATORS_ITEMS : []),
    ...(hasRole(roles, 'ADMIN') ? ADMIN_ITEMS : []),
  ]);

  async function onLogout() {
    await logout();
    queryClient.clear();
    navigate('/connexion', { replace: true, state: { reason: 'logout' } });
  }

  return (
    <div className="app">
      <a className="skip-link" href="#contenu">
        Aller au contenu principal
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <p className="app-header__brand">
            <Link to="/" className="app-header__home">
              Maillage
            </Link>
          </p>
          <PlatformSwitcher />
          <div className="app-header__user">
            <span className="app-header__name">
              <span className="visually-hidden">Connecté en tant que </span>
              {displayName}
            </span>
            <Button variant="secondary" onClick={() => void onLogout()}>
              Se déconnecter
            </Button>
          </div>
        </div>
        <nav className="app-nav" aria-label="Navigation principale">
          <ul>
            {items.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="contenu" className="app-main" tabIndex={-1} ref={mainRef}>
        <ErrorBoundary resetKey={location.pathname}>
          <Outlet />
        </ErrorBoundary>
      </main>
      <footer className="app-footer">
        <p>Maillage — coordination des acteurs du territoire</p>
      </footer>
    </div>
  );
}
