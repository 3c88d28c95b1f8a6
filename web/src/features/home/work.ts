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
  PSYEN: {
    daily: {
      title: 'Mon emploi du temps',
      to: '/orientation/emploi-du-temps',
      desc: 'Vos demi-journées au CIO et dans les établissements de votre réseau.',
    },
    more: [
      { title: 'Réseaux', to: '/orientation', desc: 'Votre réseau, ses établissements et son temps.' },
      {
        title: 'Plan de travail',
        to: '/orientation/plan-de-travail',
        desc: 'Les actions datées de l’expérimentation.',
      },
      { title: 'Entretiens externalisés', to: '/orientation/entretiens', desc: 'Les entretiens au CIO, par thème.' },
      { title: 'Qualité de vie au travail', to: '/orientation/qvt', desc: 'Le questionnaire anonyme.' },
    ],
  },
  CIO_DIRECTOR: {
    daily: { title: 'Réseaux et temps des PsyEn', to: '/orientation', desc: 'Les réseaux du CIO et leur répartition.' },
    more: [
      { title: 'Qui fait quoi ?', to: '/orientation/qui-fait-quoi', desc: 'Les responsabilités de chacun.' },
      {
        title: 'Dossiers transversaux',
        to: '/orientation/dossiers-transversaux',
        desc: 'Les dossiers pilotés par délégation.',
      },
      {
        title: 'Plan de travail',
        to: '/orientation/plan-de-travail',
        desc: 'Les actions datées de l’expérimentation.',
      },
      { title: 'Évaluation', to: '/orientation/evaluation', desc: 'Critères, entretiens et rapport final.' },
    ],
  },
  IEN_IO: {
    daily: { title: 'Réseaux et temps des PsyEn', to: '/orientation', desc: 'Les réseaux des CIO du département.' },
    more: [
      { title: 'Qui fait quoi ?', to: '/orientation/qui-fait-quoi', desc: 'Les responsabilités de chacun.' },
      {
        title: 'Dossiers transversaux',
        to: '/orientation/dossiers-transversaux',
        desc: 'Les dossiers pilotés par délégation.',
      },
      {
        title: 'Plan de travail',
        to: '/orientation/plan-de-travail',
        desc: 'Les actions datées de l’expérimentation.',
      },
      { title: 'Évaluation', to: '/orientation/evaluation', desc: 'Critères, entretiens et rapport final.' },
    ],
  },
  SCHOOL_HEAD: {
    daily: {
      title: 'Le réseau de mon établissement',
      to: '/orientation',
      desc: 'Quand les psychologues de l’Éducation nationale sont dans votre établissement.',
    },
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
