import type { Role } from '../gql/graphql';
import type { NavItem } from './headerState';
import { hasRole } from './me';
import { CPMS_CONTRACT_ROLES, CPMS_INDICATOR_ROLES, CPMS_LINE_ROLES } from '../features/cpms/roles';

const COMMON_ITEMS: NavItem[] = [
  { to: '/', label: 'Accueil', end: true },
  { to: '/annuaire', label: 'Annuaire' },
];

const REFERENT_ITEMS: NavItem[] = [
  { to: '/psad', label: 'Suivi PSAD', end: true },
  { to: '/psad/imports', label: 'Imports SIEI' },
  { to: '/psad/tableau-de-bord', label: 'Tableau de bord' },
  { to: '/psad/bilan', label: 'Bilan' },
];

const COUNSELLOR_ITEMS: NavItem[] = [{ to: '/suivis', label: 'Mes suivis' }];

/** Receiving transfers and signalling: referents and counsellors alike. */
const CASE_WORKER_ITEMS: NavItem[] = [
  { to: '/transferts', label: 'Transferts' },
  { to: '/signalement', label: 'Signaler un jeune' },
];

/** The bodies a platform convenes (cotech, COPIL…): its referents, the partners and viewers invited. */
const MEETING_ITEMS: NavItem[] = [{ to: '/instances', label: 'Réunions et instances' }];

const CLAS_HOLDER_ITEMS: NavItem[] = [{ to: '/clas', label: 'Mes projets CLAS' }];

const CAF_OFFICER_ITEMS: NavItem[] = [
  { to: '/caf/clas', label: 'Projets CLAS' },
  { to: '/caf/tableau-de-bord', label: 'Tableau de bord CLAS' },
];

const VIEWER_ITEMS: NavItem[] = [{ to: '/psad/tableau-de-bord', label: 'Tableau de bord' }];

const REGIONAL_COORDINATOR_ITEMS: NavItem[] = [{ to: '/psad/bilan-regional', label: 'Bilan régional' }];

const SOCIAL_WORKER_ITEMS: NavItem[] = [{ to: '/parcours', label: 'Personnes accompagnées', end: true }];

/** Aggregates of the référence de parcours: social workers, viewers and admins. */
const PARCOURS_INDICATORS_ITEMS: NavItem[] = [{ to: '/parcours/indicateurs', label: 'Indicateurs parcours' }];

/** The Belgian CPMS (issue 19): contracts, the 24/7 line, indicators (features/cpms/roles.ts says who). */
const CPMS_CONTRACT_ITEMS: NavItem[] = [{ to: '/cpms/contrats', label: 'Contrats CPMS' }];
const CPMS_LINE_ITEMS: NavItem[] = [{ to: '/cpms/astreinte', label: 'Ligne 24/7' }];
const CPMS_INDICATOR_ITEMS: NavItem[] = [{ to: '/cpms/indicateurs', label: 'Indicateurs CPMS' }];

/** The orientation service (issue 18): a CIO's direction team, its PsyEn, the heads of its networks' schools. */
const ORIENTATION_ITEMS: NavItem[] = [{ to: '/orientation', label: 'Réseaux d’orientation' }];
/** A CIO's concertations and thematic actions: its direction team and PsyEn (not the school heads). */
const CIO_MEETING_ITEMS: NavItem[] = [{ to: '/orientation/concertations', label: 'Concertations et actions' }];

const ADMIN_ITEMS: NavItem[] = [
  { to: '/admin/organisations', label: 'Organisations' },
  { to: '/admin/utilisateurs', label: 'Utilisateurs' },
  { to: '/admin/plateformes', label: 'Plateformes PSAD' },
  { to: '/admin/audit', label: "Journal d'audit" },
  { to: '/admin/courriels', label: 'Courriels envoyés' },
  { to: '/admin/taches', label: 'Tâches de fond' },
  { to: '/admin/clas', label: 'Paramètres CLAS' },
  { to: '/documentation-api', label: 'API' },
];

/** A membership as the navigation reads it: its roles and its organisation's kind. */
export interface NavMembership {
  roles: readonly Role[];
  organisation: { kind: string };
}

/**
 * Which schools a school head heads: a French one (its orientation network, issue 18) or a Belgian ECOLE
 * (its CPMS contract, issue 19). Without the memberships, both.
 */
export function schoolHeadKinds(
  roles: readonly Role[] | undefined,
  memberships?: readonly NavMembership[],
): { french: boolean; belgian: boolean } {
  if (!hasRole(roles, 'SCHOOL_HEAD')) return { french: false, belgian: false };
  if (!memberships) return { french: true, belgian: true };
  const heads = memberships.filter((m) => m.roles.includes('SCHOOL_HEAD'));
  return {
    french: heads.some((m) => m.organisation.kind !== 'ECOLE'),
    belgian: heads.some((m) => m.organisation.kind === 'ECOLE'),
  };
}

/** The main navigation of a user with these roles and memberships: each link once, in a stable order. */
export function navigationItems(roles: readonly Role[] | undefined, memberships?: readonly NavMembership[]): NavItem[] {
  const head = schoolHeadKinds(roles, memberships);
  const isReferent = hasRole(roles, 'PSAD_REFERENT');
  const isCounsellor = hasRole(roles, 'COUNSELLOR');
  const items = [
    ...COMMON_ITEMS,
    ...(isReferent ? REFERENT_ITEMS : []),
    ...(isCounsellor ? COUNSELLOR_ITEMS : []),
    ...(isReferent || isCounsellor ? CASE_WORKER_ITEMS : []),
    ...(hasRole(roles, 'CLAS_HOLDER') ? CLAS_HOLDER_ITEMS : []),
    ...(hasRole(roles, 'CAF_OFFICER') ? CAF_OFFICER_ITEMS : []),
    ...(hasRole(roles, 'VIEWER') ? VIEWER_ITEMS : []),
    ...(hasRole(roles, 'REGIONAL_COORDINATOR') ? REGIONAL_COORDINATOR_ITEMS : []),
    ...(isReferent || isCounsellor || hasRole(roles, 'VIEWER') ? MEETING_ITEMS : []),
    ...(hasRole(roles, 'SOCIAL_WORKER') ? SOCIAL_WORKER_ITEMS : []),
    ...(hasRole(roles, 'SOCIAL_WORKER') || hasRole(roles, 'VIEWER') || hasRole(roles, 'ADMIN')
      ? PARCOURS_INDICATORS_ITEMS
      : []),
    ...((['PSYEN', 'CIO_DIRECTOR', 'IEN_IO'] as const).some((r) => hasRole(roles, r)) || head.french
      ? ORIENTATION_ITEMS
      : []),
    ...((['PSYEN', 'CIO_DIRECTOR', 'IEN_IO'] as const).some((r) => hasRole(roles, r)) ? CIO_MEETING_ITEMS : []),
    ...(CPMS_CONTRACT_ROLES.some((r) => r !== 'SCHOOL_HEAD' && hasRole(roles, r)) || head.belgian
      ? CPMS_CONTRACT_ITEMS
      : []),
    ...(CPMS_LINE_ROLES.some((r) => hasRole(roles, r)) ? CPMS_LINE_ITEMS : []),
    ...(CPMS_INDICATOR_ROLES.some((r) => hasRole(roles, r)) ? CPMS_INDICATOR_ITEMS : []),
    ...(hasRole(roles, 'ADMIN') ? ADMIN_ITEMS : []),
  ];
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.to) && seen.add(item.to));
}
