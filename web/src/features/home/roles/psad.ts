import type { RoleHomes } from './types';

export const HOMES: RoleHomes<'PSAD_REFERENT' | 'COUNSELLOR' | 'VIEWER' | 'REGIONAL_COORDINATOR'> = {
  PSAD_REFERENT: {
    description:
      "Vous suivez les jeunes de votre plateforme de suivi et d'appui aux décrocheurs, de leur repérage jusqu'à leur solution.",
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
    description: 'Vous accompagnez les situations confiées à votre organisation par la plateforme.',
    daily: { title: 'Mes suivis', to: '/suivis', desc: 'Les jeunes confiés à votre organisation.' },
    more: [
      { title: 'Transferts', to: '/transferts', desc: 'Les transferts reçus et proposés.' },
      { title: 'Signaler un jeune', to: '/signalement', desc: 'Signaler un jeune sans solution à la plateforme.' },
    ],
  },
  VIEWER: {
    description: "Vous consultez les indicateurs agrégés, sans jamais accéder aux données d'une personne.",
    daily: {
      title: 'Tableau de bord PSAD',
      to: '/psad/tableau-de-bord',
      desc: 'Les indicateurs agrégés des plateformes.',
    },
    more: [{ title: 'Indicateurs parcours', to: '/parcours/indicateurs', desc: 'Les chiffres agrégés des parcours.' }],
  },
  REGIONAL_COORDINATOR: {
    description:
      'Vous comparez les plateformes de votre région et leur bilan consolidé, en chiffres agrégés seulement.',
    daily: { title: 'Bilan régional', to: '/psad/bilan-regional', desc: 'Les plateformes de la région côte à côte.' },
    more: [],
  },
};
