import type { Role } from '../../gql/graphql';
import { ROLES } from '../identity/labels';
import type { RoleHome } from './roles/types';

export type { RoleHome, Work } from './roles/types';

type HomeRole = Exclude<Role, 'SERVICE_ACCOUNT'>;

/**
 * Where each role's home content lives: one module per domain, loaded only for the caller's roles, so
 * that the home page of every role stays within its download budget as roles are added.
 */
const LOADERS: Record<HomeRole, () => Promise<Partial<Record<Role, RoleHome>>>> = {
  PSAD_REFERENT: () => import('./roles/psad').then((m) => m.HOMES),
  COUNSELLOR: () => import('./roles/psad').then((m) => m.HOMES),
  VIEWER: () => import('./roles/psad').then((m) => m.HOMES),
  REGIONAL_COORDINATOR: () => import('./roles/psad').then((m) => m.HOMES),
  CAF_OFFICER: () => import('./roles/clas').then((m) => m.HOMES),
  CLAS_HOLDER: () => import('./roles/clas').then((m) => m.HOMES),
  SOCIAL_WORKER: () => import('./roles/parcours').then((m) => m.HOMES),
  ADMIN: () => import('./roles/admin').then((m) => m.HOMES),
  PSYEN: () => import('./roles/orientation').then((m) => m.HOMES),
  CIO_DIRECTOR: () => import('./roles/orientation').then((m) => m.HOMES),
  IEN_IO: () => import('./roles/orientation').then((m) => m.HOMES),
  SCHOOL_HEAD: () => import('./roles/orientation').then((m) => m.HOMES),
  CPMS_DIRECTOR: () => import('./roles/cpms').then((m) => m.HOMES),
  CPMS_AGENT: () => import('./roles/cpms').then((m) => m.HOMES),
  DCO: () => import('./roles/cpms').then((m) => m.HOMES),
  CENTRAL_ANALYST: () => import('./roles/cpms').then((m) => m.HOMES),
};

/**
 * The home content of each of these roles, in their order. A head of a Belgian school (and of no French
 * one) finds their school's CPMS contract where a French head finds their orientation network.
 */
export async function loadRoleHomes(
  roles: readonly HomeRole[],
  { belgianSchoolHead = false }: { belgianSchoolHead?: boolean } = {},
): Promise<{ role: HomeRole; home: RoleHome }[]> {
  const modules = await Promise.all(
    roles.map((role) =>
      role === 'SCHOOL_HEAD' && belgianSchoolHead
        ? import('./roles/cpms').then((m): Partial<Record<Role, RoleHome>> => ({ SCHOOL_HEAD: m.BELGIAN_SCHOOL_HEAD }))
        : LOADERS[role](),
    ),
  );
  return roles.map((role, i) => {
    const home = modules[i]?.[role];
    if (!home) throw new Error(`no home content for the role ${role}`);
    return { role, home };
  });
}

/**
 * The roles whose daily work the home page shows, in the usual order, each once: the user's own and
 * those of every membership (a user with several roles sees each). A service account has no screen.
 */
export function workRolesOf(roles: readonly Role[], memberships: readonly { roles: readonly Role[] }[]): HomeRole[] {
  return ROLES.filter(
    (role): role is HomeRole =>
      role !== 'SERVICE_ACCOUNT' && (roles.includes(role) || memberships.some((m) => m.roles.includes(role))),
  );
}
