import type { RequestContext } from '../../core/context.js';
import { guard, policies } from '../../core/authz.js';
import { notFound } from '../../core/errors.js';
import { loaders } from './loaders.js';
import * as apiKeys from './api-keys.service.js';
import * as organisations from './organisations.service.js';
import * as territories from './territories.service.js';
import * as users from './users.service.js';

type Parent<T> = (parent: T, args: unknown, ctx: RequestContext) => unknown;
type WithTerritory = { territoryId: string | null };
type WithParent = { parentId: string | null };
type MembershipRow = { organisationId: string; userId: string };

const orNotFound = <T>(what: string) => (row: T | null) => {
  if (!row) throw notFound(what);
  return row;
};

export const identityResolvers = {
  Query: {
    me: guard(policies.signedIn, async (_args, ctx) => {
      const actor = ctx.actor!;
      const user = await loaders.user(ctx).load(actor.userId);
      return { user: orNotFound('Utilisateur')(user), roles: [...actor.roles], memberships: await loaders.membershipsOfUser(ctx).load(actor.userId) };
    }),
    organisations: guard(policies.signedIn, (args: { filter?: organisations.OrganisationFilter; first?: number; after?: string }, ctx) =>
      organisations.listOrganisations(ctx, args.filter ?? {}, args.first ?? null, args.after ?? null),
    ),
    organisation: guard(policies.signedIn, (args: { id: string }, ctx) => organisations.getOrganisation(ctx, args.id)),
    territories: guard(policies.signedIn, (args: Parameters<typeof territories.listTerritories>[1], ctx) => territories.listTerritories(ctx, args)),
    users: guard(policies.admin, (args: { filter?: Parameters<typeof users.listUsers>[1]; first?: number; after?: string }, ctx) =>
      users.listUsers(ctx, args.filter ?? {}, args.first ?? null, args.after ?? null),
    ),
    user: guard(policies.admin, (args: { id: string }, ctx) => users.getUser(ctx, args.id)),
    apiKeys: guard(policies.admin, (args: { userId: string }, ctx) => apiKeys.listApiKeys(ctx, args.userId)),
  },
  Mutation: {
    createOrganisation: guard(policies.admin, (args: { input: unknown }, ctx) => organisations.createOrganisation(ctx, args.input)),
    updateOrganisation: guard(policies.admin, (args: { input: unknown }, ctx) => organisations.updateOrganisation(ctx, args.input)),
    setOrganisationActive: guard(policies.admin, (args: { id: string; version: number; active: boolean }, ctx) =>
      organisations.setOrganisationActive(ctx, args.id, args.version, args.active),
    ),
    createTerritory: guard(policies.admin, (args: { input: unknown }, ctx) => territories.createTerritory(ctx, args.input)),
    createUser: guard(policies.admin, (args: { input: unknown }, ctx) => users.createUser(ctx, args.input)),
    updateUser: guard(policies.admin, (args: { input: unknown }, ctx) => users.updateUser(ctx, args.input)),
    setUserActive: guard(policies.admin, (args: { id: string; version: number; active: boolean }, ctx) =>
      users.setUserActive(ctx, args.id, args.version, args.active),
    ),
    unlockUser: guard(policies.admin, (args: { id: string; version: number }, ctx) => users.unlockUser(ctx, args.id, args.version)),
    addMembership: guard(policies.admin, (args: { userId: string; input: unknown }, ctx) => users.addMembership(ctx, args.userId, args.input)),
    updateMembershipRoles: guard(policies.admin, (args: { id: string; version: number; roles: unknown }, ctx) =>
      users.updateMembershipRoles(ctx, args.id, args.version, args.roles),
    ),
    removeMembership: guard(policies.admin, (args: { id: string; version: number }, ctx) => users.removeMembership(ctx, args.id, args.version)),
    changeOwnPassword: guard(policies.signedIn, (args: { currentPassword: string; newPassword: string }, ctx) =>
      users.changeOwnPassword(ctx, args.currentPassword, args.newPassword),
    ),
    createApiKey: guard(policies.admin, (args: { userId: string; name: string }, ctx) => apiKeys.createApiKey(ctx, args.userId, args.name)),
    revokeApiKey: guard(policies.admin, (args: { id: string }, ctx) => apiKeys.revokeApiKey(ctx, args.id)),
  },
  ApiKey: {
    user: ((k: { userId: string }, _a, ctx) => loaders.user(ctx).load(k.userId).then(orNotFound('Utilisateur'))) as Parent<{ userId: string }>,
  },
  Organisation: {
    territory: ((o: WithTerritory, _a, ctx) => (o.territoryId ? loaders.territory(ctx).load(o.territoryId) : null)) as Parent<WithTerritory>,
  },
  Territory: {
    parent: ((t: WithParent, _a, ctx) => (t.parentId ? loaders.territory(ctx).load(t.parentId) : null)) as Parent<WithParent>,
  },
  User: {
    memberships: ((u: { id: string }, _a, ctx) => loaders.membershipsOfUser(ctx).load(u.id)) as Parent<{ id: string }>,
  },
  Membership: {
    organisation: ((m: MembershipRow, _a, ctx) => loaders.organisation(ctx).load(m.organisationId).then(orNotFound('Organisation'))) as Parent<MembershipRow>,
    user: ((m: MembershipRow, _a, ctx) => loaders.user(ctx).load(m.userId).then(orNotFound('Utilisateur'))) as Parent<MembershipRow>,
  },
};
