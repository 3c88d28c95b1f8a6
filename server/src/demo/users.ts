import type { Role } from '@maillage/shared';
import type { Tx } from '../core/db/driver.js';
import { appUser, membership } from '../modules/identity/tables.js';

export type DemoUser = { email: string; displayName: string; organisation: string; roles: Role[] };

/** The demo's users, each a member of their organisation (by name) with their roles, all with one password. */
export async function insertDemoUsers(
  tx: Tx,
  users: readonly DemoUser[],
  orgId: ReadonlyMap<string, string>,
  passwordHash: string,
): Promise<Map<string, string>> {
  const rows = await tx
    .insert(appUser)
    .values(users.map((u) => ({ email: u.email, displayName: u.displayName, passwordHash })))
    .returning();
  await tx
    .insert(membership)
    .values(users.map((u, i) => ({ userId: rows[i]!.id, organisationId: orgId.get(u.organisation)!, roles: u.roles })));
  return new Map(rows.map((u) => [u.email, u.id]));
}
