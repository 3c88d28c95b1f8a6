/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      user {\n        id\n        email\n        displayName\n      }\n      roles\n      memberships {\n        id\n        roles\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        occurredAt\n        action\n        outcome\n        subjectType\n        subjectId\n        requestId\n        actorId\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query OrganisationList($filter: OrganisationFilter, $first: Int, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n        uai\n        communeInsee\n        communeName\n        active\n        territory {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OrganisationListDocument,
    "\n  query OrganisationDetail($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      uai\n      lyceeTeteDeReseau\n      address\n      postalCode\n      communeInsee\n      communeName\n      email\n      phone\n      website\n      active\n      territory {\n        id\n        name\n        kind\n        code\n        parent {\n          id\n          name\n          kind\n          parent {\n            id\n            name\n            kind\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrganisationDetailDocument,
    "\n  query TerritoryOptions {\n    regions: territories(kind: REGION, first: 100) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n    departements: territories(kind: DEPARTEMENT, first: 100) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n    bassins: territories(kind: BASSIN, first: 100) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n  }\n": typeof types.TerritoryOptionsDocument,
    "\n  query CommuneSuggestions($search: String!) {\n    territories(kind: COMMUNE, search: $search, first: 10) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n  }\n": typeof types.CommuneSuggestionsDocument,
    "\n  query AdminOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      uai\n      lyceeTeteDeReseau\n      address\n      postalCode\n      communeInsee\n      communeName\n      email\n      phone\n      website\n      active\n      version\n      createdAt\n      updatedAt\n      territory {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdminOrganisationDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  mutation SetOrganisationActive($id: ID!, $version: Int!, $active: Boolean!) {\n    setOrganisationActive(id: $id, version: $version, active: $active) {\n      id\n      active\n      version\n    }\n  }\n": typeof types.SetOrganisationActiveDocument,
    "\n  query AdminPlatforms {\n    platforms {\n      id\n      name\n      territory {\n        id\n        name\n        code\n      }\n      referents {\n        id\n        displayName\n      }\n      partners {\n        id\n      }\n    }\n  }\n": typeof types.AdminPlatformsDocument,
    "\n  query AdminPlatform($id: ID!) {\n    platform(id: $id) {\n      id\n      name\n      active\n      version\n      territory {\n        id\n        name\n        code\n      }\n      referents {\n        id\n        displayName\n      }\n      partners {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.AdminPlatformDocument,
    "\n  query PlatformReferentOptions {\n    users(filter: { role: PSAD_REFERENT }, first: 200) {\n      nodes {\n        id\n        displayName\n        email\n      }\n      totalCount\n    }\n  }\n": typeof types.PlatformReferentOptionsDocument,
    "\n  query PlatformPartnerOptions {\n    organisations(first: 200) {\n      nodes {\n        id\n        name\n        kind\n        communeName\n      }\n      totalCount\n    }\n  }\n": typeof types.PlatformPartnerOptionsDocument,
    "\n  query MyPlatforms {\n    platforms(mine: true) {\n      id\n      name\n    }\n  }\n": typeof types.MyPlatformsDocument,
    "\n  query PsadPlatform($id: ID!) {\n    platform(id: $id) {\n      id\n      name\n      territory {\n        id\n        name\n        code\n      }\n      partners {\n        id\n        name\n        kind\n        communeName\n      }\n    }\n  }\n": typeof types.PsadPlatformDocument,
    "\n  mutation CreatePlatform($input: CreatePlatformInput!) {\n    createPlatform(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.CreatePlatformDocument,
    "\n  mutation UpdatePlatform($input: UpdatePlatformInput!) {\n    updatePlatform(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.UpdatePlatformDocument,
    "\n  query AdminUsers($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        email\n        displayName\n        active\n        lockedUntil\n        lastLoginAt\n        memberships {\n          id\n          roles\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  query AdminUser($id: ID!) {\n    user(id: $id) {\n      id\n      email\n      displayName\n      active\n      lockedUntil\n      lastLoginAt\n      createdAt\n      version\n      memberships {\n        id\n        roles\n        version\n        organisation {\n          id\n          name\n          kind\n          active\n        }\n      }\n    }\n  }\n": typeof types.AdminUserDocument,
    "\n  query OrganisationOptions($after: String) {\n    organisations(filter: { includeInactive: true }, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        active\n      }\n    }\n  }\n": typeof types.OrganisationOptionsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      displayName\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation SetUserActive($id: ID!, $version: Int!, $active: Boolean!) {\n    setUserActive(id: $id, version: $version, active: $active) {\n      id\n      active\n      version\n    }\n  }\n": typeof types.SetUserActiveDocument,
    "\n  mutation UnlockUser($id: ID!, $version: Int!) {\n    unlockUser(id: $id, version: $version) {\n      id\n      lockedUntil\n      version\n    }\n  }\n": typeof types.UnlockUserDocument,
    "\n  mutation AddMembership($userId: ID!, $input: MembershipInput!) {\n    addMembership(userId: $userId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddMembershipDocument,
    "\n  mutation UpdateMembershipRoles($id: ID!, $version: Int!, $roles: [Role!]!) {\n    updateMembershipRoles(id: $id, version: $version, roles: $roles) {\n      id\n      roles\n      version\n    }\n  }\n": typeof types.UpdateMembershipRolesDocument,
    "\n  mutation RemoveMembership($id: ID!, $version: Int!) {\n    removeMembership(id: $id, version: $version)\n  }\n": typeof types.RemoveMembershipDocument,
    "\n  query ApiKeys($userId: ID!) {\n    apiKeys(userId: $userId) {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($userId: ID!, $name: String!) {\n    createApiKey(userId: $userId, name: $name) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      name\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      user {\n        id\n        email\n        displayName\n      }\n      roles\n      memberships {\n        id\n        roles\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        occurredAt\n        action\n        outcome\n        subjectType\n        subjectId\n        requestId\n        actorId\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query OrganisationList($filter: OrganisationFilter, $first: Int, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n        uai\n        communeInsee\n        communeName\n        active\n        territory {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OrganisationListDocument,
    "\n  query OrganisationDetail($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      uai\n      lyceeTeteDeReseau\n      address\n      postalCode\n      communeInsee\n      communeName\n      email\n      phone\n      website\n      active\n      territory {\n        id\n        name\n        kind\n        code\n        parent {\n          id\n          name\n          kind\n          parent {\n            id\n            name\n            kind\n          }\n        }\n      }\n    }\n  }\n": types.OrganisationDetailDocument,
    "\n  query TerritoryOptions {\n    regions: territories(kind: REGION, first: 100) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n    departements: territories(kind: DEPARTEMENT, first: 100) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n    bassins: territories(kind: BASSIN, first: 100) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n  }\n": types.TerritoryOptionsDocument,
    "\n  query CommuneSuggestions($search: String!) {\n    territories(kind: COMMUNE, search: $search, first: 10) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n  }\n": types.CommuneSuggestionsDocument,
    "\n  query AdminOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      uai\n      lyceeTeteDeReseau\n      address\n      postalCode\n      communeInsee\n      communeName\n      email\n      phone\n      website\n      active\n      version\n      createdAt\n      updatedAt\n      territory {\n        id\n        name\n      }\n    }\n  }\n": types.AdminOrganisationDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  mutation SetOrganisationActive($id: ID!, $version: Int!, $active: Boolean!) {\n    setOrganisationActive(id: $id, version: $version, active: $active) {\n      id\n      active\n      version\n    }\n  }\n": types.SetOrganisationActiveDocument,
    "\n  query AdminPlatforms {\n    platforms {\n      id\n      name\n      territory {\n        id\n        name\n        code\n      }\n      referents {\n        id\n        displayName\n      }\n      partners {\n        id\n      }\n    }\n  }\n": types.AdminPlatformsDocument,
    "\n  query AdminPlatform($id: ID!) {\n    platform(id: $id) {\n      id\n      name\n      active\n      version\n      territory {\n        id\n        name\n        code\n      }\n      referents {\n        id\n        displayName\n      }\n      partners {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.AdminPlatformDocument,
    "\n  query PlatformReferentOptions {\n    users(filter: { role: PSAD_REFERENT }, first: 200) {\n      nodes {\n        id\n        displayName\n        email\n      }\n      totalCount\n    }\n  }\n": types.PlatformReferentOptionsDocument,
    "\n  query PlatformPartnerOptions {\n    organisations(first: 200) {\n      nodes {\n        id\n        name\n        kind\n        communeName\n      }\n      totalCount\n    }\n  }\n": types.PlatformPartnerOptionsDocument,
    "\n  query MyPlatforms {\n    platforms(mine: true) {\n      id\n      name\n    }\n  }\n": types.MyPlatformsDocument,
    "\n  query PsadPlatform($id: ID!) {\n    platform(id: $id) {\n      id\n      name\n      territory {\n        id\n        name\n        code\n      }\n      partners {\n        id\n        name\n        kind\n        communeName\n      }\n    }\n  }\n": types.PsadPlatformDocument,
    "\n  mutation CreatePlatform($input: CreatePlatformInput!) {\n    createPlatform(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.CreatePlatformDocument,
    "\n  mutation UpdatePlatform($input: UpdatePlatformInput!) {\n    updatePlatform(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.UpdatePlatformDocument,
    "\n  query AdminUsers($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        email\n        displayName\n        active\n        lockedUntil\n        lastLoginAt\n        memberships {\n          id\n          roles\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  query AdminUser($id: ID!) {\n    user(id: $id) {\n      id\n      email\n      displayName\n      active\n      lockedUntil\n      lastLoginAt\n      createdAt\n      version\n      memberships {\n        id\n        roles\n        version\n        organisation {\n          id\n          name\n          kind\n          active\n        }\n      }\n    }\n  }\n": types.AdminUserDocument,
    "\n  query OrganisationOptions($after: String) {\n    organisations(filter: { includeInactive: true }, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        active\n      }\n    }\n  }\n": types.OrganisationOptionsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      displayName\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation SetUserActive($id: ID!, $version: Int!, $active: Boolean!) {\n    setUserActive(id: $id, version: $version, active: $active) {\n      id\n      active\n      version\n    }\n  }\n": types.SetUserActiveDocument,
    "\n  mutation UnlockUser($id: ID!, $version: Int!) {\n    unlockUser(id: $id, version: $version) {\n      id\n      lockedUntil\n      version\n    }\n  }\n": types.UnlockUserDocument,
    "\n  mutation AddMembership($userId: ID!, $input: MembershipInput!) {\n    addMembership(userId: $userId, input: $input) {\n      id\n    }\n  }\n": types.AddMembershipDocument,
    "\n  mutation UpdateMembershipRoles($id: ID!, $version: Int!, $roles: [Role!]!) {\n    updateMembershipRoles(id: $id, version: $version, roles: $roles) {\n      id\n      roles\n      version\n    }\n  }\n": types.UpdateMembershipRolesDocument,
    "\n  mutation RemoveMembership($id: ID!, $version: Int!) {\n    removeMembership(id: $id, version: $version)\n  }\n": types.RemoveMembershipDocument,
    "\n  query ApiKeys($userId: ID!) {\n    apiKeys(userId: $userId) {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($userId: ID!, $name: String!) {\n    createApiKey(userId: $userId, name: $name) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      name\n      revokedAt\n    }\n  }\n": types.RevokeApiKeyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      user {\n        id\n        email\n        displayName\n      }\n      roles\n      memberships {\n        id\n        roles\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        occurredAt\n        action\n        outcome\n        subjectType\n        subjectId\n        requestId\n        actorId\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationList($filter: OrganisationFilter, $first: Int, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        kind\n        uai\n        communeInsee\n        communeName\n        active\n        territory {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationDetail($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      uai\n      lyceeTeteDeReseau\n      address\n      postalCode\n      communeInsee\n      communeName\n      email\n      phone\n      website\n      active\n      territory {\n        id\n        name\n        kind\n        code\n        parent {\n          id\n          name\n          kind\n          parent {\n            id\n            name\n            kind\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TerritoryOptions {\n    regions: territories(kind: REGION, first: 100) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n    departements: territories(kind: DEPARTEMENT, first: 100) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n    bassins: territories(kind: BASSIN, first: 100) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').TerritoryOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommuneSuggestions($search: String!) {\n    territories(kind: COMMUNE, search: $search, first: 10) {\n      nodes {\n        id\n        name\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').CommuneSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      uai\n      lyceeTeteDeReseau\n      address\n      postalCode\n      communeInsee\n      communeName\n      email\n      phone\n      website\n      active\n      version\n      createdAt\n      updatedAt\n      territory {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AdminOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): typeof import('./graphql').CreateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOrganisationActive($id: ID!, $version: Int!, $active: Boolean!) {\n    setOrganisationActive(id: $id, version: $version, active: $active) {\n      id\n      active\n      version\n    }\n  }\n"): typeof import('./graphql').SetOrganisationActiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPlatforms {\n    platforms {\n      id\n      name\n      territory {\n        id\n        name\n        code\n      }\n      referents {\n        id\n        displayName\n      }\n      partners {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AdminPlatformsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPlatform($id: ID!) {\n    platform(id: $id) {\n      id\n      name\n      active\n      version\n      territory {\n        id\n        name\n        code\n      }\n      referents {\n        id\n        displayName\n      }\n      partners {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').AdminPlatformDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformReferentOptions {\n    users(filter: { role: PSAD_REFERENT }, first: 200) {\n      nodes {\n        id\n        displayName\n        email\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').PlatformReferentOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformPartnerOptions {\n    organisations(first: 200) {\n      nodes {\n        id\n        name\n        kind\n        communeName\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').PlatformPartnerOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPlatforms {\n    platforms(mine: true) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').MyPlatformsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PsadPlatform($id: ID!) {\n    platform(id: $id) {\n      id\n      name\n      territory {\n        id\n        name\n        code\n      }\n      partners {\n        id\n        name\n        kind\n        communeName\n      }\n    }\n  }\n"): typeof import('./graphql').PsadPlatformDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlatform($input: CreatePlatformInput!) {\n    createPlatform(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): typeof import('./graphql').CreatePlatformDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlatform($input: UpdatePlatformInput!) {\n    updatePlatform(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): typeof import('./graphql').UpdatePlatformDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        email\n        displayName\n        active\n        lockedUntil\n        lastLoginAt\n        memberships {\n          id\n          roles\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUser($id: ID!) {\n    user(id: $id) {\n      id\n      email\n      displayName\n      active\n      lockedUntil\n      lastLoginAt\n      createdAt\n      version\n      memberships {\n        id\n        roles\n        version\n        organisation {\n          id\n          name\n          kind\n          active\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationOptions($after: String) {\n    organisations(filter: { includeInactive: true }, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        active\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserActive($id: ID!, $version: Int!, $active: Boolean!) {\n    setUserActive(id: $id, version: $version, active: $active) {\n      id\n      active\n      version\n    }\n  }\n"): typeof import('./graphql').SetUserActiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockUser($id: ID!, $version: Int!) {\n    unlockUser(id: $id, version: $version) {\n      id\n      lockedUntil\n      version\n    }\n  }\n"): typeof import('./graphql').UnlockUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMembership($userId: ID!, $input: MembershipInput!) {\n    addMembership(userId: $userId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMembershipRoles($id: ID!, $version: Int!, $roles: [Role!]!) {\n    updateMembershipRoles(id: $id, version: $version, roles: $roles) {\n      id\n      roles\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateMembershipRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMembership($id: ID!, $version: Int!) {\n    removeMembership(id: $id, version: $version)\n  }\n"): typeof import('./graphql').RemoveMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys($userId: ID!) {\n    apiKeys(userId: $userId) {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').ApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($userId: ID!, $name: String!) {\n    createApiKey(userId: $userId, name: $name) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      name\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').RevokeApiKeyDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
