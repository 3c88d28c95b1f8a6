import type { Resolvers } from '../../core/graphql/resolvers-types.js';
import { guard, policies, readById } from '../../core/authz.js';
import { notFound } from '../../core/errors.js';
import { withDays } from '../../core/graphql/days.js';
import { loaders } from './loaders.js';
import * as apiKeys from './api-keys.service.js';
import * as organisations from './organisations.service.js';
import * as territories from './territories.service.js';
import * as users from './users.service.js';

const orNotFound =
  (what: string) =>
  <T>(row: T | null): T => {
    if (!row) throw notFound(what);
    return row;
  };

export const identityResolvers = {
  Query: {
    me: guard(policies.signedIn, async (_args, ctx) => {
      const actor = ctx.actor!;
      const user = await loaders.user(ctx).load(actor.userId);
      return {
        user: orNotFound('Utilisateur')(user),
        roles: [...actor.roles],
        memberships: await loaders.membershipsOfUser(ctx).load(actor.userId),
      };
    }),
    organisations: guard(policies.signedIn, (args, ctx) =>
      organisations.listOrganisations(ctx, args.filter ?? {}, args.first ?? null, args.after ?? null),
    ),
    organisation: guard(
      policies.signedIn,
      readById({ action: 'organisation.read', subjectType: 'organisation' }, (args, ctx) =>
        organisations.getOrganisation(ctx, args.id),
      ),
    ),
    territories: guard(policies.signedIn, (args, ctx) => territories.listTerritories(ctx, args)),
    users: guard(policies.admin, (args, ctx) =>
      users.listUsers(ctx, args.filter ?? {}, args.first ?? null, args.after ?? null),
    ),
    user: guard(
      policies.admin,
      readById({ action: 'user.read', subjectType: 'user' }, (args, ctx) => users.getUser(ctx, args.id)),
    ),
    apiKeys: guard(policies.admin, (args, ctx) => apiKeys.listApiKeys(ctx, args.userId)),
  },
  Mutation: {
    createOrganisation: guard(policies.admin, (args, ctx) => organisations.createOrganisation(ctx, args.input)),
    updateOrganisation: guard(policies.admin, (args, ctx) => organisations.updateOrganisation(ctx, args.input)),
    setOrganisationActive: guard(policies.admin, (args, ctx) =>
      organisations.setOrganisationActive(ctx, args.id, args.version, args.active),
    ),
    createTerritory: guard(policies.admin, (args, ctx) => territories.createTerritory(ctx, args.input)),
    createUser: guard(policies.admin, (args, ctx) => users.createUser(ctx, args.input)),
    updateUser: guard(policies.admin, (args, ctx) => users.updateUser(ctx, args.input)),
    setUserActive: guard(policies.admin, (args, ctx) => users.setUserActive(ctx, args.id, args.version, args.active)),
    unlockUser: guard(policies.admin, (args, ctx) => users.unlockUser(ctx, args.id, args.version)),
    addMembership: guard(policies.admin, (args, ctx) => users.addMembership(ctx, args.userId, args.input)),
    updateMembershipRoles: guard(policies.admin, (args, ctx) =>
      users.updateMembershipRoles(ctx, args.id, args.version, args.roles),
    ),
    removeMembership: guard(policies.admin, (args, ctx) => users.removeMembership(ctx, args.id, args.version)),
    changeOwnPassword: guard(policies.signedIn, (args, ctx) =>
      users.changeOwnPassword(ctx, args.currentPassword, args.newPassword),
    ),
    createApiKey: guard(policies.admin, (args, ctx) => apiKeys.createApiKey(ctx, withDays(args.input, ['expiresOn']))),
    revokeApiKey: guard(policies.admin, (args, ctx) => apiKeys.revokeApiKey(ctx, args.id)),
    setApiKeyRateLimit: guard(policies.admin, (args, ctx) =>
      apiKeys.setApiKeyRateLimit(ctx, args.id, args.rateLimitPerMinute),
    ),
  },
  ApiKey: {
    user: (k, _a, ctx) => loaders.user(ctx).load(k.userId).then(orNotFound('Utilisateur')),
    organisations: async (k, _a, ctx) => {
      if (!k.organisationIds) return null;
      const found = await loaders.organisation(ctx).loadMany(k.organisationIds);
      return found.filter((o) => o !== null && !(o instanceof Error)).map((o) => o as Exclude<typeof o, Error | null>);
    },
    usage: (k, _a, ctx) => loaders.apiKeyUsage(ctx).load(k.id),
  },
  Organisation: {
    territory: (o, _a, ctx) => (o.territoryId ? loaders.territory(ctx).load(o.territoryId) : null),
  },
  Territory: {
    parent: (t, _a, ctx) => (t.parentId ? loaders.territory(ctx).load(t.parentId) : null),
  },
  User: {
    memberships: (u, _a, ctx) => loaders.membershipsOfUser(ctx).load(u.id),
  },
  Membership: {
    organisation: (m, _a, ctx) => loaders.organisation(ctx).load(m.organisationId).then(orNotFound('Organisation')),
    user: (m, _a, ctx) => loaders.user(ctx).load(m.userId).then(orNotFound('Utilisateur')),
  },
} satisfies Resolvers;
