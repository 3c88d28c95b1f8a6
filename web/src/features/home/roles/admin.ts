import type { RoleHomes } from './types';

export const HOMES: RoleHomes<'ADMIN'> = {
  ADMIN: {
    description:
      "Vous gérez les organisations, les comptes des utilisateurs et leurs rôles, et vous consultez le journal d'audit.",
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
};
