import type { AuditOutcome, OrganisationKind, Role, TerritoryKind } from '../../gql/graphql';

export const ROLES: readonly Role[] = [
  'ADMIN',
  'PSAD_REFERENT',
  'COUNSELLOR',
  'CAF_OFFICER',
  'CLAS_HOLDER',
  'SOCIAL_WORKER',
  'VIEWER',
  'REGIONAL_COORDINATOR',
  'PSYEN',
  'CIO_DIRECTOR',
  'IEN_IO',
  'SCHOOL_HEAD',
  'SERVICE_ACCOUNT',
];

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Administrateur',
  PSAD_REFERENT: 'Référent PSAD',
  COUNSELLOR: 'Conseiller',
  CAF_OFFICER: 'Agent CAF',
  CLAS_HOLDER: 'Porteur CLAS',
  SOCIAL_WORKER: 'Travailleur social',
  VIEWER: 'Lecteur',
  REGIONAL_COORDINATOR: 'Coordination régionale',
  PSYEN: 'Psychologue de l’Éducation nationale (PsyEn)',
  CIO_DIRECTOR: 'Directeur de CIO (DCIO)',
  IEN_IO: 'IEN-IO',
  SCHOOL_HEAD: 'Chef d’établissement',
  SERVICE_ACCOUNT: 'Compte de service',
};

/** One sentence per role: what it gives (docs/domain.md §1). */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  ADMIN:
    "Administrateur : vous gérez les organisations, les comptes des utilisateurs et leurs rôles, et vous consultez le journal d'audit.",
  PSAD_REFERENT:
    "Référent PSAD : vous suivez les jeunes de votre plateforme de suivi et d'appui aux décrocheurs, de leur repérage jusqu'à leur solution.",
  COUNSELLOR: 'Conseiller : vous accompagnez les situations confiées à votre organisation par la plateforme.',
  CAF_OFFICER: 'Agent CAF : vous instruisez et suivez les projets CLAS de votre département.',
  CLAS_HOLDER: 'Porteur CLAS : vous déposez et suivez les projets CLAS de votre structure.',
  SOCIAL_WORKER:
    "Travailleur social : vous accompagnez le parcours des personnes dont vous êtes intervenant, tant que vous l'êtes.",
  VIEWER: "Lecteur : vous consultez les indicateurs agrégés, sans jamais accéder aux données d'une personne.",
  REGIONAL_COORDINATOR:
    'Coordination régionale : vous comparez les plateformes de votre région et leur bilan consolidé, en chiffres agrégés seulement.',
  PSYEN:
    'Psychologue de l’Éducation nationale : vous voyez votre réseau, votre emploi du temps, le plan de travail et le questionnaire de qualité de vie au travail.',
  CIO_DIRECTOR:
    'Directeur de CIO : vous organisez les réseaux de vos psychologues, leur temps, le « qui fait quoi », les dossiers transversaux et le plan de travail.',
  IEN_IO:
    'IEN-IO (inspecteur chargé de l’information et de l’orientation) : vous pilotez le service d’orientation du département avec la direction de chaque CIO.',
  SCHOOL_HEAD:
    'Chef d’établissement : vous voyez le réseau de votre établissement et quand ses psychologues y sont présents.',
  SERVICE_ACCOUNT:
    "Compte de service : un système tiers échange des données avec Maillage au moyen d'une clé d'API, dans un périmètre limité.",
};

export const ORGANISATION_KINDS: readonly OrganisationKind[] = [
  'EPLE',
  'CIO',
  'MISSION_LOCALE',
  'MLDS',
  'CFA',
  'MFR',
  'PJJ',
  'DAAF',
  'DEFENSE',
  'CAF',
  'CPMS',
  'ASSOCIATION',
  'CENTRE_SOCIAL',
  'SERVICE_SOCIAL',
  'COLLECTIVITE',
  'OTHER',
];

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  EPLE: 'Établissement scolaire (EPLE)',
  CIO: 'CIO',
  MISSION_LOCALE: 'Mission locale',
  MLDS: 'MLDS',
  CFA: 'CFA',
  MFR: 'MFR',
  PJJ: 'PJJ',
  DAAF: 'DAAF',
  DEFENSE: 'Défense',
  CAF: 'CAF',
  CPMS: 'CPMS',
  ASSOCIATION: 'Association',
  CENTRE_SOCIAL: 'Centre social',
  SERVICE_SOCIAL: 'Service social',
  COLLECTIVITE: 'Collectivité',
  OTHER: 'Autre',
};

export const TERRITORY_KIND_LABELS: Record<TerritoryKind, string> = {
  REGION: 'Région',
  DEPARTEMENT: 'Département',
  BASSIN: 'Bassin',
  COMMUNE: 'Commune',
};

export const AUDIT_OUTCOME_LABELS: Record<AuditOutcome, string> = {
  SUCCESS: 'Succès',
  DENIED: 'Refusé',
  FAILURE: 'Échec',
};

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role] ?? role;
}

export function rolesLabel(roles: readonly Role[]): string {
  return roles.length ? roles.map(roleLabel).join(', ') : 'Aucun rôle';
}

export function pluralize(count: number, singular: string, plural: string, none?: string): string {
  if (count === 0 && none) return none;
  return `${count.toLocaleString('fr-FR')} ${count > 1 ? plural : singular}`;
}
