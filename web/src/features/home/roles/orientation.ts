import type { RoleHomes, Work } from './types';

const PLAN: Work = {
  title: 'Plan de travail',
  to: '/orientation/plan-de-travail',
  desc: 'Les actions datées de l’expérimentation.',
};

const CONCERTATIONS: Work = {
  title: 'Concertations et actions',
  to: '/orientation/concertations',
  desc: 'Les concertations sur projet et les actions des parcours Avenir et Citoyen.',
};

/** What the CIO's direction team (its DCIO and the département's IEN-IO) opens beside the networks. */
const DIRECTION_MORE: Work[] = [
  { title: 'Qui fait quoi ?', to: '/orientation/qui-fait-quoi', desc: 'Les responsabilités de chacun.' },
  {
    title: 'Dossiers transversaux',
    to: '/orientation/dossiers-transversaux',
    desc: 'Les dossiers pilotés par délégation.',
  },
  PLAN,
  CONCERTATIONS,
  { title: 'Évaluation', to: '/orientation/evaluation', desc: 'Critères, entretiens et rapport final.' },
];

export const HOMES: RoleHomes<'PSYEN' | 'CIO_DIRECTOR' | 'IEN_IO' | 'SCHOOL_HEAD'> = {
  PSYEN: {
    description:
      'Vous voyez votre réseau, votre emploi du temps, le plan de travail et le questionnaire de qualité de vie au travail.',
    daily: {
      title: 'Mon emploi du temps',
      to: '/orientation/emploi-du-temps',
      desc: 'Vos demi-journées au CIO et dans les établissements de votre réseau.',
    },
    more: [
      { title: 'Réseaux', to: '/orientation', desc: 'Votre réseau, ses établissements et son temps.' },
      PLAN,
      CONCERTATIONS,
      { title: 'Entretiens externalisés', to: '/orientation/entretiens', desc: 'Les entretiens au CIO, par thème.' },
      { title: 'Qualité de vie au travail', to: '/orientation/qvt', desc: 'Le questionnaire anonyme.' },
    ],
  },
  CIO_DIRECTOR: {
    description:
      'Vous organisez les réseaux de vos psychologues, leur temps, le « qui fait quoi », les dossiers transversaux et le plan de travail.',
    daily: { title: 'Réseaux et temps des PsyEn', to: '/orientation', desc: 'Les réseaux du CIO et leur répartition.' },
    more: DIRECTION_MORE,
  },
  IEN_IO: {
    description:
      'Inspecteur chargé de l’information et de l’orientation, vous pilotez le service d’orientation du département avec la direction de chaque CIO.',
    daily: { title: 'Réseaux et temps des PsyEn', to: '/orientation', desc: 'Les réseaux des CIO du département.' },
    more: DIRECTION_MORE,
  },
  SCHOOL_HEAD: {
    description: 'Vous voyez le réseau de votre établissement et quand ses psychologues y sont présents.',
    daily: {
      title: 'Le réseau de mon établissement',
      to: '/orientation',
      desc: 'Quand les psychologues de l’Éducation nationale sont dans votre établissement.',
    },
    more: [],
  },
};
