import type { RoleHomes } from './types';

export const HOMES: RoleHomes<'CAF_OFFICER' | 'CLAS_HOLDER'> = {
  CAF_OFFICER: {
    description: 'Vous instruisez et suivez les projets CLAS de votre département.',
    daily: {
      title: 'Projets CLAS à instruire',
      to: '/caf/clas',
      desc: 'La file des projets déposés dans votre département.',
    },
    more: [{ title: 'Tableau de bord CLAS', to: '/caf/tableau-de-bord', desc: 'Les chiffres du département.' }],
  },
  CLAS_HOLDER: {
    description: 'Vous déposez et suivez les projets CLAS de votre structure.',
    daily: { title: 'Mes projets CLAS', to: '/clas', desc: 'Vos projets : saisie, dépôt, suivi de l’année, bilan.' },
    more: [
      {
        title: 'Nouveau projet',
        to: '/clas/projets/nouveau',
        desc: 'Préparer le projet d’une nouvelle année scolaire.',
      },
    ],
  },
};
