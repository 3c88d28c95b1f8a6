import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
} from 'graphql';

/** The object an audit event is about: its kind (an audit subject type) and its id. */
export interface AuditTarget {
  subjectType: string;
  subjectId: string;
}

/**
 * The arguments that name an object, and the kind of object each names, most specific first: when an
 * operation names several (`reassignCase(caseId, organisationId)`), its target is the first one of
 * this list it names. Top-level arguments come before the fields of an input object.
 */
export const TARGET_ARGUMENTS: Readonly<Record<string, string>> = {
  caseId: 'psad_case',
  transferId: 'case_transfer',
  importId: 'siei_import',
  keepId: 'young_person',
  personId: 'accompanied_person',
  documentId: 'locker_document',
  referenceId: 'parcours_reference',
  meetingId: 'synthese_meeting',
  goalId: 'plan_goal',
  memberId: 'accompaniment_member',
  referentMemberId: 'accompaniment_member',
  mergeId: 'young_person',
  projectId: 'clas_project',
  groupId: 'clas_group',
  platformId: 'platform',
  toPlatformId: 'platform',
  userId: 'user',
  actorId: 'user',
  counsellorId: 'user',
  organisationId: 'organisation',
  toOrganisationId: 'organisation',
  domiciliationOrganisationId: 'organisation',
  departementId: 'territory',
  territoryId: 'territory',
  parentId: 'territory',
  upTo: 'notification',
  previousMeetingId: 'meeting',
  ownerOrganisationId: 'organisation',
  offerId: 'solution_offer',
  periodId: 'orientation_period',
  cioId: 'organisation',
  pilotUserId: 'user',
  headSchoolId: 'organisation',
  schoolId: 'organisation',
  workPlanActionId: 'work_plan_action',
  workPlanId: 'work_plan',
  minutesMeetingId: 'meeting',
  campaignId: 'qvt_campaign',
  criterionId: 'orientation_criterion',
  poolId: 'oncall_pool',
  shiftId: 'oncall_shift',
  swapId: 'oncall_swap',
  callId: 'oncall_call',
  agentId: 'user',
  backupId: 'user',
  toUserId: 'user',
  referredCpmsId: 'organisation',
  zoneId: 'territory',
  contractId: 'cpms_contract',
  planId: 'cpms_school_plan',
  cpmsId: 'organisation',
  endpointId: 'webhook_endpoint',
  deliveryId: 'webhook_delivery',
  serviceAccountId: 'user',
};

/** An `id` argument names an object of the field's own type (`case(id)` a Case, `updatePlanAction(input: { id })` a PlanAction). */
export const TARGET_TYPES: Readonly<Record<string, string>> = {
  Organisation: 'organisation',
  User: 'user',
  ApiKey: 'api_key',
  TrustedDocument: 'trusted_document',
  AccessRequest: 'access_request',
  Membership: 'membership',
  Platform: 'platform',
  Case: 'psad_case',
  SieiImport: 'siei_import',
  ClasProject: 'clas_project',
  AccompaniedPerson: 'accompanied_person',
  AccompanimentMember: 'accompaniment_member',
  Consent: 'consent',
  PlanAction: 'plan_action',
  Competence: 'competence',
  OutboxEmail: 'email_outbox',
  BackgroundJob: 'background_job',
  Meeting: 'meeting',
  MeetingAction: 'meeting_action',
  SolutionOffer: 'solution_offer',
  PlatformAction: 'platform_action',
  VeilleDocument: 'veille_document',
  OrientationPeriod: 'orientation_period',
  OrientationNetwork: 'orientation_network',
  OrientationDuty: 'orientation_duty',
  OrientationTransversalFile: 'orientation_transversal_file',
  WorkPlan: 'work_plan',
  WorkPlanAction: 'work_plan_action',
  EvaluationCriterion: 'orientation_criterion',
  QvtCampaign: 'qvt_campaign',
  OncallPool: 'oncall_pool',
  OncallShift: 'oncall_shift',
  OncallSwap: 'oncall_swap',
  OncallCall: 'oncall_call',
  CpmsSchoolPlan: 'cpms_school_plan',
  CpmsContract: 'cpms_contract',
  CpmsObjectivesContract: 'cpms_objectives_contract',
  WebhookEndpoint: 'webhook_endpoint',
  WebhookDelivery: 'webhook_delivery',
};

/** Fields whose type does not say what their `id` names (they answer a Boolean). */
export const TARGET_OF_ID: Readonly<Record<string, string>> = {
  'Mutation.removeMembership': 'membership',
  'Mutation.revokeSession': 'user_session',
  'Mutation.removeCompetence': 'competence',
  'Mutation.deleteSolutionOffer': 'solution_offer',
  'Mutation.deletePlatformAction': 'platform_action',
  'Mutation.deleteVeilleDocument': 'veille_document',
  'Mutation.deleteOrientationPeriod': 'orientation_period',
  'Mutation.deleteOrientationNetwork': 'orientation_network',
  'Mutation.deleteOrientationDuty': 'orientation_duty',
  'Mutation.deleteWorkPlan': 'work_plan',
  'Mutation.deleteWorkPlanAction': 'work_plan_action',
  'Mutation.deleteEvaluationCriterion': 'orientation_criterion',
  'Mutation.removeCriterionValue': 'orientation_criterion_value',
  'Mutation.deleteOncallShift': 'oncall_shift',
  'Mutation.deleteWebhookEndpoint': 'webhook_endpoint',
  'Mutation.rotateWebhookSecret': 'webhook_endpoint',
};

/**
 * Arguments whose name means something else in another module: `meetingId` names a synthèse in the
 * parcours, a meeting of a platform's body in the instances.
 */
export const TARGET_OF_ARGUMENT: Readonly<Record<string, string>> = Object.fromEntries(
  ['recordAttendance', 'recordMinutes', 'addMeetingAction', 'decideSituation'].map((f) => [
    `Mutation.${f}.meetingId`,
    'meeting',
  ]),
);

/** Where a field's target is read in its arguments: a path (`['input', 'caseId']`) and the kind it names. */
export interface TargetSpec {
  path: readonly string[];
  subjectType: string;
}

const isIdType = (type: GraphQLInputType) => {
  const inner = isNonNullType(type) ? type.ofType : type;
  return !isListType(inner) && getNamedType(inner).name === 'ID';
};

/** The single (non-list) ID arguments of a field: top-level first, then one level into input objects. */
export function idArguments(field: GraphQLField<unknown, unknown>): string[][] {
  const top: string[][] = [];
  const nested: string[][] = [];
  for (const arg of field.args as readonly (GraphQLArgument | GraphQLInputField)[]) {
    if (isIdType(arg.type)) top.push([arg.name]);
    const inner = isNonNullType(arg.type) ? arg.type.ofType : arg.type;
    if (isInputObjectType(inner)) {
      for (const f of Object.values(inner.getFields())) if (isIdType(f.type)) nested.push([arg.name, f.name]);
    }
  }
  return [...top, ...nested];
}

/** The kind an ID argument names in this field, or undefined when this module does not know it. */
export function kindOf(
  parentType: string,
  field: GraphQLField<unknown, unknown>,
  path: readonly string[],
): string | undefined {
  const name = path[path.length - 1]!;
  if (name === 'id') return TARGET_OF_ID[`${parentType}.${field.name}`] ?? TARGET_TYPES[getNamedType(field.type).name];
  return TARGET_OF_ARGUMENT[`${parentType}.${field.name}.${name}`] ?? TARGET_ARGUMENTS[name];
}

const specs = new WeakMap<object, TargetSpec | null>();
const ARGUMENT_ORDER = Object.keys(TARGET_ARGUMENTS);
const rank = (path: readonly string[]) => {
  const name = path[path.length - 1]!;
  return name === 'id' ? -1 : ARGUMENT_ORDER.indexOf(name);
};

/** Which argument of a root field names its target (null: none does). Computed once per field. */
export function targetSpec(parentType: string, field: GraphQLField<unknown, unknown>): TargetSpec | null {
  const known = specs.get(field);
  if (known !== undefined) return known;
  const candidates: TargetSpec[] = [];
  for (const path of idArguments(field)) {
    const subjectType = kindOf(parentType, field, path);
    if (subjectType) candidates.push({ path, subjectType });
  }
  // Top-level arguments before nested ones, then the most specific kind first.
  const depth = (c: TargetSpec) => c.path.length;
  candidates.sort((a, b) => depth(a) - depth(b) || rank(a.path) - rank(b.path));
  const spec = candidates[0] ?? null;
  specs.set(field, spec);
  return spec;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A target from an id the caller sent, or null. Only a UUID is kept: an id argument is free text until
 * it is parsed, and a name typed into it must not reach the audit log.
 */
export function targetFromId(subjectType: string, id: unknown): AuditTarget | null {
  return typeof id === 'string' && UUID.test(id) ? { subjectType, subjectId: id.toLowerCase() } : null;
}

/** The target a root field's call names in its arguments, or null. */
export function targetOfCall(
  parentType: string,
  field: GraphQLField<unknown, unknown> | undefined,
  args: unknown,
): AuditTarget | null {
  if (!field) return null;
  const spec = targetSpec(parentType, field);
  if (!spec) return null;
  let value: unknown = args;
  for (const key of spec.path)
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return targetFromId(spec.subjectType, value);
}
