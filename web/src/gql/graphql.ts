/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AuditFilter = {
  /** Prefix match: 'identity.' matches every identity action. */
  action?: string | null | undefined;
  actorId?: string | number | null | undefined;
  from?: string | null | undefined;
  outcome?: AuditOutcome | null | undefined;
  subjectId?: string | null | undefined;
  subjectType?: string | null | undefined;
  to?: string | null | undefined;
};

export type AuditOutcome =
  | 'DENIED'
  | 'FAILURE'
  | 'SUCCESS';

export type CreateOrganisationInput = {
  address?: string | null | undefined;
  communeInsee?: string | null | undefined;
  communeName?: string | null | undefined;
  email?: string | null | undefined;
  kind: OrganisationKind;
  lyceeTeteDeReseau?: boolean | null | undefined;
  name: string;
  phone?: string | null | undefined;
  postalCode?: string | null | undefined;
  territoryId?: string | number | null | undefined;
  uai?: string | null | undefined;
  website?: string | null | undefined;
};

export type CreatePlatformInput = {
  name: string;
  partnerIds: Array<string | number>;
  /** Users holding the PSAD_REFERENT role. */
  referentIds: Array<string | number>;
  territoryId: string | number;
};

export type CreateUserInput = {
  displayName: string;
  email: string;
  memberships?: Array<MembershipInput> | null | undefined;
  /** At least 12 characters. */
  password: string;
};

export type MembershipInput = {
  organisationId: string | number;
  roles: Array<Role>;
};

export type OrganisationFilter = {
  communeInsee?: string | null | undefined;
  /** Inactive organisations are hidden unless this is true (admins only). */
  includeInactive?: boolean | null | undefined;
  kind?: OrganisationKind | null | undefined;
  /** Matches any part of the name, without regard to case or accents. */
  search?: string | null | undefined;
  /** Organisations in this territory or any territory below it. */
  territoryId?: string | number | null | undefined;
};

export type OrganisationKind =
  | 'ASSOCIATION'
  | 'CAF'
  | 'CENTRE_SOCIAL'
  | 'CFA'
  | 'CIO'
  | 'COLLECTIVITE'
  | 'CPMS'
  | 'DAAF'
  | 'DEFENSE'
  | 'EPLE'
  | 'MFR'
  | 'MISSION_LOCALE'
  | 'MLDS'
  | 'OTHER'
  | 'PJJ'
  | 'SERVICE_SOCIAL';

export type Role =
  | 'ADMIN'
  | 'CAF_OFFICER'
  | 'CLAS_HOLDER'
  | 'COUNSELLOR'
  | 'PSAD_REFERENT'
  | 'SERVICE_ACCOUNT'
  | 'SOCIAL_WORKER'
  | 'VIEWER';

export type TerritoryKind =
  | 'BASSIN'
  | 'COMMUNE'
  | 'DEPARTEMENT'
  | 'REGION';

export type UpdateOrganisationInput = {
  address?: string | null | undefined;
  communeInsee?: string | null | undefined;
  communeName?: string | null | undefined;
  email?: string | null | undefined;
  id: string | number;
  kind?: OrganisationKind | null | undefined;
  lyceeTeteDeReseau?: boolean | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
  postalCode?: string | null | undefined;
  territoryId?: string | number | null | undefined;
  uai?: string | null | undefined;
  /** The version read; a stale one gets CONFLICT. */
  version: number;
  website?: string | null | undefined;
};

export type UpdatePlatformInput = {
  id: string | number;
  name?: string | null | undefined;
  partnerIds?: Array<string | number> | null | undefined;
  referentIds?: Array<string | number> | null | undefined;
  territoryId?: string | number | null | undefined;
  version: number;
};

export type UpdateUserInput = {
  displayName?: string | null | undefined;
  email?: string | null | undefined;
  id: string | number;
  /** Sets a new password (at least 12 characters). */
  password?: string | null | undefined;
  version: number;
};

export type UserFilter = {
  includeInactive?: boolean | null | undefined;
  organisationId?: string | number | null | undefined;
  role?: Role | null | undefined;
  search?: string | null | undefined;
};

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { roles: Array<Role>, user: { id: string, email: string, displayName: string }, memberships: Array<{ id: string, roles: Array<Role>, organisation: { id: string, name: string, kind: OrganisationKind } }> } };

export type AuditEventsQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, occurredAt: string, action: string, outcome: AuditOutcome, subjectType: string | null, subjectId: string | null, requestId: string | null, actorId: string | null, actor: { id: string, displayName: string } | null }> } };

export type OrganisationListQueryVariables = Exact<{
  filter?: OrganisationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganisationListQuery = { organisations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, kind: OrganisationKind, uai: string | null, communeInsee: string | null, communeName: string | null, active: boolean, territory: { id: string, name: string } | null }> } };

export type OrganisationDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationDetailQuery = { organisation: { id: string, name: string, kind: OrganisationKind, uai: string | null, lyceeTeteDeReseau: boolean, address: string | null, postalCode: string | null, communeInsee: string | null, communeName: string | null, email: string | null, phone: string | null, website: string | null, active: boolean, territory: { id: string, name: string, kind: TerritoryKind, code: string | null, parent: { id: string, name: string, kind: TerritoryKind, parent: { id: string, name: string, kind: TerritoryKind } | null } | null } | null } | null };

export type TerritoryOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TerritoryOptionsQuery = { regions: { nodes: Array<{ id: string, name: string, code: string | null }> }, departements: { nodes: Array<{ id: string, name: string, code: string | null }> }, bassins: { nodes: Array<{ id: string, name: string, code: string | null }> } };

export type CommuneSuggestionsQueryVariables = Exact<{
  search: string;
}>;


export type CommuneSuggestionsQuery = { territories: { nodes: Array<{ id: string, name: string, code: string | null }> } };

export type AdminOrganisationQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminOrganisationQuery = { organisation: { id: string, name: string, kind: OrganisationKind, uai: string | null, lyceeTeteDeReseau: boolean, address: string | null, postalCode: string | null, communeInsee: string | null, communeName: string | null, email: string | null, phone: string | null, website: string | null, active: boolean, version: number, createdAt: string, updatedAt: string, territory: { id: string, name: string } | null } | null };

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type CreateOrganisationMutation = { createOrganisation: { id: string, name: string, version: number } };

export type UpdateOrganisationMutationVariables = Exact<{
  input: UpdateOrganisationInput;
}>;


export type UpdateOrganisationMutation = { updateOrganisation: { id: string, name: string, version: number } };

export type SetOrganisationActiveMutationVariables = Exact<{
  id: string | number;
  version: number;
  active: boolean;
}>;


export type SetOrganisationActiveMutation = { setOrganisationActive: { id: string, active: boolean, version: number } };

export type AdminPlatformsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminPlatformsQuery = { platforms: Array<{ id: string, name: string, territory: { id: string, name: string, code: string | null }, referents: Array<{ id: string, displayName: string }>, partners: Array<{ id: string }> }> };

export type AdminPlatformQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminPlatformQuery = { platform: { id: string, name: string, active: boolean, version: number, territory: { id: string, name: string, code: string | null }, referents: Array<{ id: string, displayName: string }>, partners: Array<{ id: string, name: string, kind: OrganisationKind }> } | null };

export type PlatformReferentOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformReferentOptionsQuery = { users: { totalCount: number, nodes: Array<{ id: string, displayName: string, email: string }> } };

export type PlatformPartnerOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformPartnerOptionsQuery = { organisations: { totalCount: number, nodes: Array<{ id: string, name: string, kind: OrganisationKind, communeName: string | null }> } };

export type MyPlatformsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPlatformsQuery = { platforms: Array<{ id: string, name: string }> };

export type PsadPlatformQueryVariables = Exact<{
  id: string | number;
}>;


export type PsadPlatformQuery = { platform: { id: string, name: string, territory: { id: string, name: string, code: string | null }, partners: Array<{ id: string, name: string, kind: OrganisationKind, communeName: string | null }> } | null };

export type CreatePlatformMutationVariables = Exact<{
  input: CreatePlatformInput;
}>;


export type CreatePlatformMutation = { createPlatform: { id: string, name: string, version: number } };

export type UpdatePlatformMutationVariables = Exact<{
  input: UpdatePlatformInput;
}>;


export type UpdatePlatformMutation = { updatePlatform: { id: string, name: string, version: number } };

export type AdminUsersQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminUsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, email: string, displayName: string, active: boolean, lockedUntil: string | null, lastLoginAt: string | null, memberships: Array<{ id: string, roles: Array<Role>, organisation: { id: string, name: string } }> }> } };

export type AdminUserQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminUserQuery = { user: { id: string, email: string, displayName: string, active: boolean, lockedUntil: string | null, lastLoginAt: string | null, createdAt: string, version: number, memberships: Array<{ id: string, roles: Array<Role>, version: number, organisation: { id: string, name: string, kind: OrganisationKind, active: boolean } }> } | null };

export type OrganisationOptionsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type OrganisationOptionsQuery = { organisations: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, active: boolean }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, displayName: string } };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, version: number } };

export type SetUserActiveMutationVariables = Exact<{
  id: string | number;
  version: number;
  active: boolean;
}>;


export type SetUserActiveMutation = { setUserActive: { id: string, active: boolean, version: number } };

export type UnlockUserMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type UnlockUserMutation = { unlockUser: { id: string, lockedUntil: string | null, version: number } };

export type AddMembershipMutationVariables = Exact<{
  userId: string | number;
  input: MembershipInput;
}>;


export type AddMembershipMutation = { addMembership: { id: string } };

export type UpdateMembershipRolesMutationVariables = Exact<{
  id: string | number;
  version: number;
  roles: Array<Role> | Role;
}>;


export type UpdateMembershipRolesMutation = { updateMembershipRoles: { id: string, roles: Array<Role>, version: number } };

export type RemoveMembershipMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type RemoveMembershipMutation = { removeMembership: boolean };

export type ApiKeysQueryVariables = Exact<{
  userId: string | number;
}>;


export type ApiKeysQuery = { apiKeys: Array<{ id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type CreateApiKeyMutationVariables = Exact<{
  userId: string | number;
  name: string;
}>;


export type CreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, name: string } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { id: string, name: string, revokedAt: string | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    user {
      id
      email
      displayName
    }
    roles
    memberships {
      id
      roles
      organisation {
        id
        name
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const AuditEventsDocument = new TypedDocumentString(`
    query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      occurredAt
      action
      outcome
      subjectType
      subjectId
      requestId
      actorId
      actor {
        id
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditEventsQuery, AuditEventsQueryVariables>;
export const OrganisationListDocument = new TypedDocumentString(`
    query OrganisationList($filter: OrganisationFilter, $first: Int, $after: String) {
  organisations(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      kind
      uai
      communeInsee
      communeName
      active
      territory {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationListQuery, OrganisationListQueryVariables>;
export const OrganisationDetailDocument = new TypedDocumentString(`
    query OrganisationDetail($id: ID!) {
  organisation(id: $id) {
    id
    name
    kind
    uai
    lyceeTeteDeReseau
    address
    postalCode
    communeInsee
    communeName
    email
    phone
    website
    active
    territory {
      id
      name
      kind
      code
      parent {
        id
        name
        kind
        parent {
          id
          name
          kind
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationDetailQuery, OrganisationDetailQueryVariables>;
export const TerritoryOptionsDocument = new TypedDocumentString(`
    query TerritoryOptions {
  regions: territories(kind: REGION, first: 100) {
    nodes {
      id
      name
      code
    }
  }
  departements: territories(kind: DEPARTEMENT, first: 100) {
    nodes {
      id
      name
      code
    }
  }
  bassins: territories(kind: BASSIN, first: 100) {
    nodes {
      id
      name
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TerritoryOptionsQuery, TerritoryOptionsQueryVariables>;
export const CommuneSuggestionsDocument = new TypedDocumentString(`
    query CommuneSuggestions($search: String!) {
  territories(kind: COMMUNE, search: $search, first: 10) {
    nodes {
      id
      name
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CommuneSuggestionsQuery, CommuneSuggestionsQueryVariables>;
export const AdminOrganisationDocument = new TypedDocumentString(`
    query AdminOrganisation($id: ID!) {
  organisation(id: $id) {
    id
    name
    kind
    uai
    lyceeTeteDeReseau
    address
    postalCode
    communeInsee
    communeName
    email
    phone
    website
    active
    version
    createdAt
    updatedAt
    territory {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AdminOrganisationQuery, AdminOrganisationQueryVariables>;
export const CreateOrganisationDocument = new TypedDocumentString(`
    mutation CreateOrganisation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) {
    id
    name
    version
  }
}
    `) as unknown as TypedDocumentString<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const UpdateOrganisationDocument = new TypedDocumentString(`
    mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
  updateOrganisation(input: $input) {
    id
    name
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>;
export const SetOrganisationActiveDocument = new TypedDocumentString(`
    mutation SetOrganisationActive($id: ID!, $version: Int!, $active: Boolean!) {
  setOrganisationActive(id: $id, version: $version, active: $active) {
    id
    active
    version
  }
}
    `) as unknown as TypedDocumentString<SetOrganisationActiveMutation, SetOrganisationActiveMutationVariables>;
export const AdminPlatformsDocument = new TypedDocumentString(`
    query AdminPlatforms {
  platforms {
    id
    name
    territory {
      id
      name
      code
    }
    referents {
      id
      displayName
    }
    partners {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AdminPlatformsQuery, AdminPlatformsQueryVariables>;
export const AdminPlatformDocument = new TypedDocumentString(`
    query AdminPlatform($id: ID!) {
  platform(id: $id) {
    id
    name
    active
    version
    territory {
      id
      name
      code
    }
    referents {
      id
      displayName
    }
    partners {
      id
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<AdminPlatformQuery, AdminPlatformQueryVariables>;
export const PlatformReferentOptionsDocument = new TypedDocumentString(`
    query PlatformReferentOptions {
  users(filter: {role: PSAD_REFERENT}, first: 200) {
    nodes {
      id
      displayName
      email
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PlatformReferentOptionsQuery, PlatformReferentOptionsQueryVariables>;
export const PlatformPartnerOptionsDocument = new TypedDocumentString(`
    query PlatformPartnerOptions {
  organisations(first: 200) {
    nodes {
      id
      name
      kind
      communeName
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PlatformPartnerOptionsQuery, PlatformPartnerOptionsQueryVariables>;
export const MyPlatformsDocument = new TypedDocumentString(`
    query MyPlatforms {
  platforms(mine: true) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<MyPlatformsQuery, MyPlatformsQueryVariables>;
export const PsadPlatformDocument = new TypedDocumentString(`
    query PsadPlatform($id: ID!) {
  platform(id: $id) {
    id
    name
    territory {
      id
      name
      code
    }
    partners {
      id
      name
      kind
      communeName
    }
  }
}
    `) as unknown as TypedDocumentString<PsadPlatformQuery, PsadPlatformQueryVariables>;
export const CreatePlatformDocument = new TypedDocumentString(`
    mutation CreatePlatform($input: CreatePlatformInput!) {
  createPlatform(input: $input) {
    id
    name
    version
  }
}
    `) as unknown as TypedDocumentString<CreatePlatformMutation, CreatePlatformMutationVariables>;
export const UpdatePlatformDocument = new TypedDocumentString(`
    mutation UpdatePlatform($input: UpdatePlatformInput!) {
  updatePlatform(input: $input) {
    id
    name
    version
  }
}
    `) as unknown as TypedDocumentString<UpdatePlatformMutation, UpdatePlatformMutationVariables>;
export const AdminUsersDocument = new TypedDocumentString(`
    query AdminUsers($filter: UserFilter, $first: Int, $after: String) {
  users(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      email
      displayName
      active
      lockedUntil
      lastLoginAt
      memberships {
        id
        roles
        organisation {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminUsersQuery, AdminUsersQueryVariables>;
export const AdminUserDocument = new TypedDocumentString(`
    query AdminUser($id: ID!) {
  user(id: $id) {
    id
    email
    displayName
    active
    lockedUntil
    lastLoginAt
    createdAt
    version
    memberships {
      id
      roles
      version
      organisation {
        id
        name
        kind
        active
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminUserQuery, AdminUserQueryVariables>;
export const OrganisationOptionsDocument = new TypedDocumentString(`
    query OrganisationOptions($after: String) {
  organisations(filter: {includeInactive: true}, first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      active
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationOptionsQuery, OrganisationOptionsQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($input: UpdateUserInput!) {
  updateUser(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const SetUserActiveDocument = new TypedDocumentString(`
    mutation SetUserActive($id: ID!, $version: Int!, $active: Boolean!) {
  setUserActive(id: $id, version: $version, active: $active) {
    id
    active
    version
  }
}
    `) as unknown as TypedDocumentString<SetUserActiveMutation, SetUserActiveMutationVariables>;
export const UnlockUserDocument = new TypedDocumentString(`
    mutation UnlockUser($id: ID!, $version: Int!) {
  unlockUser(id: $id, version: $version) {
    id
    lockedUntil
    version
  }
}
    `) as unknown as TypedDocumentString<UnlockUserMutation, UnlockUserMutationVariables>;
export const AddMembershipDocument = new TypedDocumentString(`
    mutation AddMembership($userId: ID!, $input: MembershipInput!) {
  addMembership(userId: $userId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddMembershipMutation, AddMembershipMutationVariables>;
export const UpdateMembershipRolesDocument = new TypedDocumentString(`
    mutation UpdateMembershipRoles($id: ID!, $version: Int!, $roles: [Role!]!) {
  updateMembershipRoles(id: $id, version: $version, roles: $roles) {
    id
    roles
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateMembershipRolesMutation, UpdateMembershipRolesMutationVariables>;
export const RemoveMembershipDocument = new TypedDocumentString(`
    mutation RemoveMembership($id: ID!, $version: Int!) {
  removeMembership(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<RemoveMembershipMutation, RemoveMembershipMutationVariables>;
export const ApiKeysDocument = new TypedDocumentString(`
    query ApiKeys($userId: ID!) {
  apiKeys(userId: $userId) {
    id
    name
    prefix
    createdAt
    lastUsedAt
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($userId: ID!, $name: String!) {
  createApiKey(userId: $userId, name: $name) {
    secret
    apiKey {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    id
    name
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;