import type { RoleHome, RoleHomes, Work } from './types';

const CONTRACTS: Work = {
  title: 'Contrats avec les écoles',
  to: '/cpms/contrats',
  desc: 'Les contrats du centre, en phase avec le plan de pilotage de chaque école.',
};
const OBJECTIVES: Work = {
  title: 'Contrats d’objectifs',
  to: '/cpms/contrats/objectifs',
  desc: 'Le contrat négocié avec le DCO et son rapport d’évaluation.',
};
const LINE: Work = {
  title: 'Ligne 24/7',
  to: '/cpms/astreinte',
  desc: 'Le tableau de garde, les échanges de gardes et qui est d’astreinte maintenant.',
};
const CALLS: Work = {
  title: 'Appels reçus',
  to: '/cpms/astreinte/appels',
  desc: 'Le journal des appels de la ligne et ses statistiques mensuelles.',
};
const INDICATORS: Work = {
  title: 'Indicateurs CPMS',
  to: '/cpms/indicateurs',
  desc: 'Contrats signés et évalués, objectifs atteints, appels : des totaux, jamais une personne.',
};

export const HOMES: RoleHomes<'CPMS_DIRECTOR' | 'CPMS_AGENT' | 'DCO' | 'CENTRAL_ANALYST'> = {
  CPMS_DIRECTOR: {
    description:
      'Vous dirigez un centre PMS : ses contrats avec les écoles, son contrat d’objectifs, sa part de la ligne 24/7.',
    daily: CONTRACTS,
    more: [OBJECTIVES, LINE, CALLS],
  },
  CPMS_AGENT: {
    description: 'Agent d’un centre PMS, vous voyez vos gardes de la ligne 24/7, ses appels et les contrats du centre.',
    daily: { ...LINE, title: 'Mes gardes', desc: 'Vos gardes à venir et qui est d’astreinte maintenant.' },
    more: [CALLS, CONTRACTS],
  },
  DCO: {
    description:
      'Délégué au contrat d’objectifs, vous voyez les contrats des centres PMS de votre zone et négociez leurs contrats d’objectifs.',
    daily: { ...CONTRACTS, title: 'Contrats de la zone', desc: 'Les contrats des centres PMS de votre zone.' },
    more: [OBJECTIVES, INDICATORS],
  },
  CENTRAL_ANALYST: {
    description: 'Vous suivez les indicateurs des centres PMS par zone et par année : des totaux, jamais une personne.',
    daily: INDICATORS,
    more: [],
  },
};

/** The head of a Belgian school: their school's contract with its centre, and its plan de pilotage. */
export const BELGIAN_SCHOOL_HEAD: RoleHome = {
  description:
    'Vous dirigez une école : son plan de pilotage, son contrat avec le centre PMS, ses échanges et ses concertations.',
  daily: {
    title: 'Le contrat de mon école',
    to: '/cpms/contrats',
    desc: 'Le contrat avec le centre PMS, sa signature, son évaluation annoncée à l’avance.',
  },
  more: [
    {
      title: 'Plan de pilotage',
      to: '/cpms/contrats/plans',
      desc: 'Les objectifs de l’école, ses évaluations et le document déposé.',
    },
  ],
};
