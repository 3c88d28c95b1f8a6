import type { ApiScope } from '@maillage/shared/api';
import type { Actor } from './auth/actor.js';

/**
 * The scope an API key needs for each GraphQL root field (issue 20). A root field not listed here is
 * refused to every key, whatever its scopes: administration, a person's own space, the pages of one
 * profession. `ANY_KEY`: any key may call it; what it answers is narrowed by the key's scopes inside
 * (the change feed gives only the kinds of objects the key's read scopes cover).
 * The permissions snapshot (permissions.test.ts) lists each field's scope beside its policy.
 */
export const ANY_KEY = 'any-key';
export type FieldScope = ApiScope | typeof ANY_KEY;

const byScope: Record<FieldScope, string[]> = {
  [ANY_KEY]: ['Query.me', 'Query.changes'],
  'directory:read': [
    'Query.organisations',
    'Query.organisation',
    'Query.territories',
    'Query.platforms',
    'Query.platform',
  ],
  'psad:cases:read': [
    'Query.case',
    'Query.cases',
    'Query.assignedCases',
    'Query.incomingTransfers',
    'Query.outgoingTransfers',
    'Query.partnerCounsellors',
    'Query.solutionOffers',
  ],
  'psad:cases:write': [
    'Mutation.assignCases',
    'Mutation.reassignCase',
    'Mutation.recordContactAttempt',
    'Mutation.recordSolution',
    'Mutation.recordSituationCheck',
    'Mutation.closeCase',
    'Mutation.reopenCase',
    'Mutation.proposeTransfer',
    'Mutation.acceptTransfer',
    'Mutation.refuseTransfer',
    'Mutation.cancelTransfer',
  ],
  'psad:signals:write': ['Mutation.signalYoungPerson'],
  'psad:reports:read': ['Query.psadDashboard', 'Query.psadBilan', 'Query.regionalBilan', 'Query.referentCasesCount'],
  'clas:projects:read': ['Query.clasProject', 'Query.clasProjects', 'Query.clasYearConfig', 'Query.clasDashboard'],
  'clas:projects:write': [
    'Mutation.createClasProject',
    'Mutation.updateClasProject',
    'Mutation.submitClasProject',
    'Mutation.setClasRoster',
    'Mutation.logClasSession',
    'Mutation.logClasActivity',
    'Mutation.submitClasBilan',
    'Mutation.commentClasProject',
  ],
  'clas:decisions:write': ['Mutation.examineClasProject', 'Mutation.decideClasProject', 'Mutation.closeClasProject'],
  'parcours:read': ['Query.accompaniedPerson', 'Query.accompaniedPersons', 'Query.parcoursProfessionals'],
  'parcours:write': ['Mutation.createAccompaniedPerson', 'Mutation.updateAccompaniedPerson'],
  'instances:meetings:read': ['Query.meetings', 'Query.meeting'],
  'cpms:oncall:read': ['Query.cpmsOnCall', 'Query.oncallPools', 'Query.oncallPool'],
  'cpms:oncall:write': ['Mutation.logOncallCall'],
  'webhooks:manage': [
    'Query.webhookEndpoints',
    'Query.webhookEndpoint',
    'Query.webhookDeliveries',
    'Mutation.createWebhookEndpoint',
    'Mutation.updateWebhookEndpoint',
    'Mutation.setWebhookEndpointEnabled',
    'Mutation.deleteWebhookEndpoint',
    'Mutation.rotateWebhookSecret',
    'Mutation.replayWebhookDelivery',
  ],
};

const scopeOfField = new Map<string, FieldScope>(
  Object.entries(byScope).flatMap(([scope, fields]) => fields.map((f) => [f, scope as FieldScope] as const)),
);

/** The scope a root field (`Query.cases`) needs of a key, or null: refused to every key. */
export function fieldScope(field: string): FieldScope | null {
  return scopeOfField.get(field) ?? null;
}

/**
 * Why an API key may not call what needs `scope` (the refusal's recorded reason), or null when it may
 * (or the call came with no key: a person's roles and policies decide alone). No scope: refused to keys.
 */
export function scopeRefusal(actor: Actor, scope: FieldScope | null | undefined): string | null {
  if (!actor.apiKey) return null;
  if (!scope) return 'api-key:no-scope';
  return scope === ANY_KEY || actor.apiKey.scopes.has(scope) ? null : `api-key:${scope}`;
}

/** The same for a GraphQL root field (`Query.cases`). */
export const keyRefusal = (actor: Actor, field: string) => scopeRefusal(actor, fieldScope(field));

/** Every field a key may call, with its scope (the permissions snapshot, the API page). */
export function fieldScopes(): ReadonlyMap<string, FieldScope> {
  return scopeOfField;
}

/**
 * Whether the call may act for this PSAD platform: always without a key or with a key for every platform.
 * Row-level security applies the same rule to cases (migration 0035); services that write as the owner
 * (a signal, matched against the whole platform) ask here first.
 */
export function keyActsForPlatform(actor: Actor, platformId: string): boolean {
  const ids = actor.apiKey?.platformIds;
  return !ids || ids.includes(platformId);
}
