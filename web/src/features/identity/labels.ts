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
  'CPMS_DIRECTOR',
  'CPMS_AGENT',
  'DCO',
  'CENTRAL_ANALYST',
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
  CPMS_DIRECTOR: 'Directeur de CPMS',
  CPMS_AGENT: 'Agent de CPMS',
  DCO: 'Délégué au contrat d’objectifs (DCO)',
  CENTRAL_ANALYST: 'Analyste de l’administration centrale',
  SERVICE_ACCOUNT: 'Compte de service',
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
  'ECOLE',
  'ZONE_DCO',
  'ADMINISTRATION_CENTRALE',
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
  CPMS: 'CPMS (centre psycho-médico-social)',
  ECOLE: 'École (Belgique)',
  ZONE_DCO: 'Zone de DCO',
  ADMINISTRATION_CENTRALE: 'Administration centrale (FWB)',
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
  ZONE: 'Zone (Belgique)',
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
