import type { Role } from '../../gql/graphql';
import { ROLES } from '../identity/labels';

export interface Work {
  title: string;
  to: string;
  desc: string;
}

/** Each role's daily work first (the tile with the count), then what the role opens less often. */
export const WORK: Record<Role, { daily: Work; more: Work[] }> = {
  PSAD_REFERENT: {
    daily: {
      title: 'Liste de suivi',
      to: '/psad',
      desc: 'Les jeunes de votre plateforme : affecter, relancer, clore.',
    },
    more: [
      { title: 'Imports SIEI', to: '/psad/imports', desc: 'Déposer la liste de la campagne.' },
      { title: 'Transferts', to: '/transferts', desc: 'Les transferts reçus et proposés.' },
      { title: 'Tableau de bord', to: '/psad/tableau-de-bord', desc: 'Les indicateurs de la plateforme.' },
    ],
  },
  COUNSELLOR: {
    daily: { title: 'Mes suivis', to: '/suivis', desc: 'Les jeunes confiés à votre organisation.' },
    more: [
      { title: 'Transferts', to: '/transferts', desc: 'Les transferts reçus et proposés.' },
      { title: 'Signaler un jeune', to: '/signalement', desc: 'Signaler un jeune sans solution à la plateforme.' },
    ],
  },
  CAF_OFFICER: {
    daily: {
      title: 'Projets CLAS à instruire',
      to: '/caf/clas',
      desc: 'La file des projets déposés dans votre département.',
    },
    more: [{ title: 'Tableau de bord CLAS', to: '/caf/tableau-de-bord', desc: 'Les chiffres du département.' }],
  },
  CLAS_HOLDER: {
    daily: { title: 'Mes projets CLAS', to: '/clas', desc: 'Vos projets : saisie, dépôt, suivi de l’année, bilan.' },
    more: [
      {
        title: 'Nouveau projet',
        to: '/clas/projets/nouveau',
        desc: 'Préparer le projet d’une nouvelle année scolaire.',
      },
    ],
  },
  SOCIAL_WORKER: {
    daily: { title: 'Personnes accompagnées', to: '/parcours', desc: 'Les personnes dont vous êtes intervenant.' },
    more: [
      { title: 'Nouvelle personne', to: '/parcours/personnes/nouvelle', desc: 'Ouvrir le parcours d’une personne.' },
      { title: 'Indicateurs parcours', to: '/parcours/indicateurs', desc: 'Les chiffres agrégés des parcours.' },
    ],
  },
  ADMIN: {
    daily: {
      title: 'Utilisateurs',
      to: '/admin/utilisateurs',
      desc: 'Les comptes, leurs rattachements et leurs rôles.',
    },
    more: [
      { title: 'Organisations', to: '/admin/organisations', desc: 'Les structures du réseau.' },
      { title: 'Plateformes PSAD', to: '/admin/plateformes', desc: 'Référents et partenaires des plateformes.' },
      { title: "Journal d'audit", to: '/admin/audit', desc: 'Qui a fait quoi, sur quel objet, quand.' },
      { title: 'Courriels envoyés', to: '/admin/courriels', desc: 'Les courriels de notification et leur envoi.' },
      { title: 'Tâches de fond', to: '/admin/taches', desc: 'Les traitements en arrière-plan et leurs échecs.' },
      { title: 'Paramètres CLAS', to: '/admin/clas', desc: 'Les règles de chaque année scolaire.' },
    ],
  },
  VIEWER: {
    daily: {
      title: 'Tableau de bord PSAD',
      to: '/psad/tableau-de-bord',
      desc: 'Les indicateurs agrégés des plateformes.',
    },
    more: [{ title: 'Indicateurs parcours', to: '/parcours/indicateurs', desc: 'Les chiffres agrégés des parcours.' }],
  },
  REGIONAL_COORDINATOR: {
    daily: { title: 'Bilan régional', to: '/psad/bilan-regional', desc: 'Les plateformes de la région côte à côte.' },
    more: [],
  },
  SERVICE_ACCOUNT: { daily: { title: 'Annuaire', to: '/annuaire', desc: 'Les acteurs du réseau.' }, more: [] },
};

/**
 * The roles whose daily work the home page shows, in the usual order, each once: the user's own and
 * those of every membership (a user with several roles sees each). A service account has no screen.
 */
export function workRolesOf(roles: readonly Role[], memberships: readonly { roles: readonly Role[] }[]): Role[] {
  return ROLES.filter(
    (role) => role !== 'SERVICE_ACCOUNT' && (roles.includes(role) || memberships.some((m) => m.roles.includes(role))),
  );
}
