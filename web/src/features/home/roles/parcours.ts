import type { RoleHomes } from './types';

export const HOMES: RoleHomes<'SOCIAL_WORKER'> = {
  SOCIAL_WORKER: {
    description: "Vous accompagnez le parcours des personnes dont vous êtes intervenant, tant que vous l'êtes.",
    daily: { title: 'Personnes accompagnées', to: '/parcours', desc: 'Les personnes dont vous êtes intervenant.' },
    more: [
      { title: 'Nouvelle personne', to: '/parcours/personnes/nouvelle', desc: 'Ouvrir le parcours d’une personne.' },
      { title: 'Indicateurs parcours', to: '/parcours/indicateurs', desc: 'Les chiffres agrégés des parcours.' },
    ],
  },
};
