export const ROLES = [
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
] as const;
export type Role = (typeof ROLES)[number];

export const ORGANISATION_KINDS = [
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
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const TERRITORY_KINDS = ['REGION', 'DEPARTEMENT', 'BASSIN', 'COMMUNE'] as const;
export type TerritoryKind = (typeof TERRITORY_KINDS)[number];
