import type { Role } from '../../gql/graphql';

/** Who opens the contracts: the centres, the heads of their schools (their school's own), the zone's DCO. */
export const CPMS_CONTRACT_ROLES = [
  'CPMS_DIRECTOR',
  'CPMS_AGENT',
  'SCHOOL_HEAD',
  'DCO',
] as const satisfies readonly Role[];

/** Who works the 24/7 line: the centres' agents and directors (a director approves swaps). */
export const CPMS_LINE_ROLES = ['CPMS_DIRECTOR', 'CPMS_AGENT'] as const satisfies readonly Role[];

/** Who reads the indicators: the central administration's analyst (every zone) and the DCO (their zone's). */
export const CPMS_INDICATOR_ROLES = ['CENTRAL_ANALYST', 'DCO'] as const satisfies readonly Role[];
