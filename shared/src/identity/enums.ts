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
  'CPMS_DIRECTOR',
  'CPMS_AGENT',
  'DCO',
  'CENTRAL_ANALYST',
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
  'ECOLE',
  'ZONE_DCO',
  'ADMINISTRATION_CENTRALE',
  'ASSOCIATION',
  'CENTRE_SOCIAL',
  'SERVICE_SOCIAL',
  'COLLECTIVITE',
  'OTHER',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const TERRITORY_KINDS = ['REGION', 'DEPARTEMENT', 'BASSIN', 'ZONE', 'COMMUNE'] as const;
export type TerritoryKind = (typeof TERRITORY_KINDS)[number];

/** The organisations of Belgium (the Fédération Wallonie-Bruxelles's CPMS and schools): their clocks read Europe/Brussels. */
export const BELGIAN_ORGANISATION_KINDS = [
  'CPMS',
  'ECOLE',
  'ZONE_DCO',
  'ADMINISTRATION_CENTRALE',
] as const satisfies readonly OrganisationKind[];

export const TIME_ZONES = ['Europe/Paris', 'Europe/Brussels'] as const;
export type TimeZone = (typeof TIME_ZONES)[number];

/** The time zone an organisation of that kind lives in, unless it says otherwise. */
export const defaultTimeZone = (kind: OrganisationKind): TimeZone =>
  (BELGIAN_ORGANISATION_KINDS as readonly OrganisationKind[]).includes(kind) ? 'Europe/Brussels' : 'Europe/Paris';
