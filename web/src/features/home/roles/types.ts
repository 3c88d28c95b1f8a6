import type { Role } from '../../../gql/graphql';

export interface Work {
  title: string;
  to: string;
  desc: string;
}

/** What the home page says of a role: what it gives, its daily work first (the tile with the count), then what it opens less often. */
export interface RoleHome {
  description: string;
  daily: Work;
  more: Work[];
}

export type RoleHomes<R extends Role> = Record<R, RoleHome>;
