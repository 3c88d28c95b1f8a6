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
    "\n  query HomeReferentWaiting {\n    referentCasesCount(filter: { status: [A_TRAITER] })\n  }\n": typeof types.HomeReferentWaitingDocument,
    "\n  query HomeCounsellorWaiting {\n    assignedCases(filter: { status: [AFFECTE] }, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.HomeCounsellorWaitingDocument,
    "\n  query HomeOfficerWaiting {\n    clasProjects(filter: { status: [DEPOSE] }, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.HomeOfficerWaitingDocument,
    "\n  query HomeHolderWaiting {\n    clasProjects(filter: { status: [A_COMPLETER] }, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.HomeHolderWaitingDocument,
    "\n  query HomeAdminAlerts($from: DateTime) {\n    auditEvents(filter: { alerts: true, from: $from }, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.HomeAdminAlertsDocument,
    "\n  query MyPlatforms {\n    platforms(mine: true) {\n      id\n      name\n    }\n  }\n": typeof types.MyPlatformsDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      user {\n        id\n        email\n        displayName\n      }\n      roles\n      memberships {\n        id\n        roles\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query HomeReferentWaiting {\n    referentCasesCount(filter: { status: [A_TRAITER] })\n  }\n": types.HomeReferentWaitingDocument,
    "\n  query HomeCounsellorWaiting {\n    assignedCases(filter: { status: [AFFECTE] }, first: 1) {\n      totalCount\n    }\n  }\n": types.HomeCounsellorWaitingDocument,
    "\n  query HomeOfficerWaiting {\n    clasProjects(filter: { status: [DEPOSE] }, first: 1) {\n      totalCount\n    }\n  }\n": types.HomeOfficerWaitingDocument,
    "\n  query HomeHolderWaiting {\n    clasProjects(filter: { status: [A_COMPLETER] }, first: 1) {\n      totalCount\n    }\n  }\n": types.HomeHolderWaitingDocument,
    "\n  query HomeAdminAlerts($from: DateTime) {\n    auditEvents(filter: { alerts: true, from: $from }, first: 1) {\n      totalCount\n    }\n  }\n": types.HomeAdminAlertsDocument,
    "\n  query MyPlatforms {\n    platforms(mine: true) {\n      id\n      name\n    }\n  }\n": types.MyPlatformsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      user {\n        id\n        email\n        displayName\n      }\n      roles\n      memberships {\n        id\n        roles\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeReferentWaiting {\n    referentCasesCount(filter: { status: [A_TRAITER] })\n  }\n"): typeof import('./graphql').HomeReferentWaitingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeCounsellorWaiting {\n    assignedCases(filter: { status: [AFFECTE] }, first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').HomeCounsellorWaitingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeOfficerWaiting {\n    clasProjects(filter: { status: [DEPOSE] }, first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').HomeOfficerWaitingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeHolderWaiting {\n    clasProjects(filter: { status: [A_COMPLETER] }, first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').HomeHolderWaitingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeAdminAlerts($from: DateTime) {\n    auditEvents(filter: { alerts: true, from: $from }, first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').HomeAdminAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPlatforms {\n    platforms(mine: true) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').MyPlatformsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
