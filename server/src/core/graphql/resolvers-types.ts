import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AccessRequestRow } from '../../modules/identity/access-requests.service.js';
import type { ApiKeyRow } from '../../modules/identity/api-keys.service.js';
import type { MembershipRow, UserRow } from '../../modules/identity/users.service.js';
import type { OrganisationRow } from '../../modules/identity/organisations.service.js';
import type { TerritoryRow } from '../../modules/identity/territories.service.js';
import type { TrustedDocumentRow } from '../../modules/identity/trusted-documents.service.js';
import type { AuditRow } from '../../modules/audit/events.service.js';
import type { OutboxEmailRow } from '../../modules/notifications/outbox.js';
import type { PlatformRow } from '../../modules/psad/platforms.service.js';
import type { CaseRow } from '../../modules/psad/cases/transitions.service.js';
import type { CaseConnectionRow } from '../../modules/psad/cases/queries.service.js';
import type { CaseEventRow, AttemptRow } from '../../modules/psad/cases/loaders.js';
import type { TransferRow } from '../../modules/psad/cases/transfers.service.js';
import type { StoredReport, ImportRow } from '../../modules/psad/import/import.service.js';
import type { PartnerCasesRow } from '../../modules/psad/dashboard/dashboard.service.js';
import type { YoungPersonRow } from '../../modules/psad/merge/merge.service.js';
import type { PersonRow, MemberRow, ReferenceRow } from '../../modules/parcours/policy.js';
import type { CompetenceRow, ConsentRow, ActionRow, GoalRow, EventRow, MeetingRow, ParticipantRow } from '../../modules/parcours/loaders.js';
import type { DocumentNode } from '../../modules/parcours/documents/documents.service.js';
import type { ActivityLogRow, ProjectRow } from '../../modules/clas/figures.js';
import type { CommentRow, DecisionNode, GroupNode, SessionLogNode } from '../../modules/clas/nodes.js';
import type { NotificationRow } from '../../modules/notifications/service.js';
import type { MeetingRecord, MeetingConnectionRow, InviteeRow } from '../../modules/instances/meetings.service.js';
import type { SituationView } from '../../modules/instances/situations.service.js';
import type { MeetingActionRow } from '../../modules/instances/minutes.service.js';
import type { BilanView, RegionalBilanView } from '../../modules/instances/bilan/bilan.service.js';
import type { SolutionOfferRow } from '../../modules/instances/catalogue.service.js';
import type { PlatformActionRow } from '../../modules/instances/actions.service.js';
import type { VeilleDocumentRow } from '../../modules/instances/veille.service.js';
import type { InterviewCountRow } from '../../modules/orientation/evaluation/interviews.service.js';
import type { CriterionRow, CriterionValueRow } from '../../modules/orientation/evaluation/criteria.service.js';
import type { QvtCampaignRow, QvtQuestionRow, QvtResultsView } from '../../modules/orientation/evaluation/qvt.service.js';
import type { OrientationCioRow } from '../../modules/orientation/cios.service.js';
import type { PeriodRow } from '../../modules/orientation/networks/periods.service.js';
import type { NetworkRow } from '../../modules/orientation/networks/networks.service.js';
import type { SlotRow, PsyenServiceRow, PeriodServiceView, UncoveredView } from '../../modules/orientation/networks/time.service.js';
import type { DutyRow } from '../../modules/orientation/networks/duties.service.js';
import type { TransversalFileRow } from '../../modules/orientation/networks/files.service.js';
import type { WorkPlanRow, WorkPlanActionRow, WorkPlanCommentRow, WorkPlanCompletionRow } from '../../modules/orientation/workplan/service.js';
import type { OncallPoolRow, OncallShiftRow, OncallSwapRow, OncallCallRow, OncallTemplateRow, OncallPersonView, OncallIssueView, OncallCheckView, OncallAnswerView, OncallStatsView } from '../../modules/cpms/oncall/service.js';
import type { SchoolPlanRow, ContractRow, ExchangeRow, ConcertationRow, ObjectivesContractRow } from '../../modules/cpms/contracts/service.js';
import type { WebhookEndpointRow, WebhookDeliveryRow, WebhookAttemptRow } from '../../modules/webhooks/service.js';
import type { RequestContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, yyyy-mm-dd. */
  Date: { input: string | Date; output: string | Date; }
  /** An instant in UTC, ISO 8601. */
  DateTime: { input: string | Date; output: string | Date; }
  /** Arbitrary non-personal JSON. */
  JSON: { input: unknown; output: unknown; }
};

/**
 * Someone ProConnect knows and Maillage does not yet (issue 21): their first sign-in with ProConnect became
 * this request, which an administrator approves (creating their account, in the organisation and with the
 * roles the administrator chooses: never from a claim) or refuses.
 */
export type AccessRequest = {
  __typename?: 'AccessRequest';
  createdAt: Scalars['DateTime']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The administrator who decided. */
  decidedBy?: Maybe<User>;
  /** The e-mail ProConnect returned: the account's, once approved. */
  email: Scalars['String']['output'];
  givenName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /**
   * Pending: the active organisation carrying that SIRET, if any (its administrators were told). Approved:
   * the organisation the account was created in.
   */
  organisation?: Maybe<Organisation>;
  /** Why it was refused. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The roles granted on approval (empty before). */
  roles: Array<Role>;
  /** The SIRET of the organisation ProConnect returned. */
  siret?: Maybe<Scalars['String']['output']>;
  status: AccessRequestStatus;
  /** Last change: a new sign-in of the same person refreshes a pending request. */
  updatedAt: Scalars['DateTime']['output'];
  /** The account created on approval. */
  user?: Maybe<User>;
  usualName?: Maybe<Scalars['String']['output']>;
  /** The version read; a decision names it, and a stale one gets CONFLICT. */
  version: Scalars['Int']['output'];
};

export type AccessRequestStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

export type Accompagnateur = {
  __typename?: 'Accompagnateur';
  kind: AccompagnateurKind;
  label: Scalars['String']['output'];
  training: TrainingStatus;
};

export type AccompagnateurInput = {
  kind: AccompagnateurKind;
  label: Scalars['String']['input'];
  training: TrainingStatus;
};

export type AccompagnateurKind =
  | 'BENEVOLE'
  | 'SALARIE';

/** A person accompanied (PA). Seen by a social worker only while on the PA's liste d'accompagnement. */
export type AccompaniedPerson = {
  __typename?: 'AccompaniedPerson';
  address?: Maybe<Scalars['String']['output']>;
  /** What the state of the record allows now (the page offers only these). */
  allowedActions: Array<PersonAction>;
  birthDate?: Maybe<Scalars['Date']['output']>;
  competences: Array<Competence>;
  consents: Array<Consent>;
  createdAt: Scalars['DateTime']['output'];
  /** The armoire numérique: documents the caller may see listed (title, category, who it is shared with); reading the content needs a share. */
  documents: Array<LockerDocument>;
  domiciled: Scalars['Boolean']['output'];
  domiciliationOrganisation?: Maybe<Organisation>;
  email?: Maybe<Scalars['String']['output']>;
  firstNames: Scalars['String']['output'];
  goals: Array<PlanGoal>;
  id: Scalars['ID']['output'];
  lastName: Scalars['String']['output'];
  /** The liste d'accompagnement: current entries first, then ended ones. */
  members: Array<AccompanimentMember>;
  /** The entry of the list that is the caller, if any. */
  myMemberId?: Maybe<Scalars['ID']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
  /** The open reference (PROPOSEE or ACCEPTEE), if any. */
  reference?: Maybe<ParcoursReference>;
  /** Every reference, latest first. */
  references: Array<ParcoursReference>;
  /** What the state refuses now, why, and the step that comes first. */
  refusedActions: Array<PersonActionRefusal>;
  syntheses: Array<SyntheseMeeting>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type AccompaniedPersonConnection = {
  __typename?: 'AccompaniedPersonConnection';
  nodes: Array<AccompaniedPerson>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An intervenant on a PA's list: a user of Maillage, or a named professional of a listed organisation who has no account. */
export type AccompanimentMember = {
  __typename?: 'AccompanimentMember';
  /** On the list today. */
  active: Scalars['Boolean']['output'];
  /** The user's display name or the professional's name. */
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The current referent of the active reference. */
  isReferent: Scalars['Boolean']['output'];
  mission: Scalars['String']['output'];
  organisation: Organisation;
  professionalName?: Maybe<Scalars['String']['output']>;
  service?: Maybe<Scalars['String']['output']>;
  since: Scalars['Date']['output'];
  until?: Maybe<Scalars['Date']['output']>;
  user?: Maybe<User>;
};

export type AddCriterionValueInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  criterionId: Scalars['ID']['input'];
  measuredOn: Scalars['Date']['input'];
  value: Scalars['Float']['input'];
};

export type AddMeetingActionInput = {
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  meetingId: Scalars['ID']['input'];
  ownerName: Scalars['String']['input'];
  ownerOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export type AddVeilleDocumentInput = {
  platformId: Scalars['ID']['input'];
  publishedOn?: InputMaybe<Scalars['Date']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  /** https:// only. */
  url: Scalars['String']['input'];
};

export type AddWorkPlanCommentInput = {
  body: Scalars['String']['input'];
  workPlanActionId: Scalars['ID']['input'];
};

export type AnswerQvtCampaignInput = {
  answers: Array<QvtAnswerInput>;
  campaignId: Scalars['ID']['input'];
};

/** A key a third-party system (a SERVICE_ACCOUNT user) sends as `X-Api-Key`. Its secret is never stored. */
export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  /** It stops working at this instant (the end of the last day chosen, Paris time). */
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The organisations it acts for, among its account's; null: all of them. */
  organisations?: Maybe<Array<Organisation>>;
  /** The PSAD platforms whose cases it reads and changes; null: all its account reaches. */
  platformIds?: Maybe<Array<Scalars['ID']['output']>>;
  /** The first characters of the secret, to tell keys apart. */
  prefix: Scalars['String']['output'];
  /** Calls a minute, counted across every API process; past it, 429 with Retry-After. */
  rateLimitPerMinute: Scalars['Int']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What it may do: scopes such as `psad:cases:read` (the API page lists them). A field outside them is refused (FORBIDDEN) and recorded. */
  scopes: Array<Scalars['String']['output']>;
  /** Only registered documents, sent by their sha256 id, are accepted from it. */
  trustedDocumentsOnly: Scalars['Boolean']['output'];
  /** Its use per operation (the GraphQL operation's name, or the REST route), most called first. */
  usage: Array<ApiKeyUsage>;
  user: User;
};

/** Calls of one key for one operation. */
export type ApiKeyUsage = {
  __typename?: 'ApiKeyUsage';
  calls: Scalars['Int']['output'];
  /** Calls answered with an error (a GraphQL error or an HTTP status of 400 or more). */
  errors: Scalars['Int']['output'];
  lastUsedAt: Scalars['DateTime']['output'];
  operation: Scalars['String']['output'];
};

export type ApproveAccessRequestInput = {
  id: Scalars['ID']['input'];
  /** The organisation the account joins. */
  organisationId: Scalars['ID']['input'];
  /** Its roles there (not SERVICE_ACCOUNT). */
  roles: Array<Role>;
  version: Scalars['Int']['input'];
};

export type Attendance =
  | 'ABSENT'
  | 'EXCUSE'
  | 'PRESENT';

export type AttendanceEntryInput = {
  attendance: Attendance;
  inviteeId: Scalars['ID']['input'];
};

/** One recorded action. Never carries the personal data itself. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  action: Scalars['String']['output'];
  /** The action in French (« Consultation d'un dossier »). */
  actionLabel: Scalars['String']['output'];
  /** The user who acted; null for the system or an anonymous caller. */
  actor?: Maybe<User>;
  actorId?: Maybe<Scalars['ID']['output']>;
  /** Non-personal details (names of changed fields, reasons; a list read's filter and row count). */
  details?: Maybe<Scalars['JSON']['output']>;
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  outcome: AuditOutcome;
  recordCount?: Maybe<Scalars['Int']['output']>;
  recordIds?: Maybe<Array<Scalars['ID']['output']>>;
  /** A list read's records (core/list-reads.ts): their kind (an audit subject type), how many, their ids. */
  recordType?: Maybe<Scalars['String']['output']>;
  requestId?: Maybe<Scalars['String']['output']>;
  /** The object of the event, named for the reader where the reader may see it. */
  subject?: Maybe<AuditSubject>;
  subjectId?: Maybe<Scalars['String']['output']>;
  subjectType?: Maybe<Scalars['String']['output']>;
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  nodes: Array<AuditEvent>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditFilter = {
  /** Prefix match: 'identity.' matches every identity action. */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Exact action names: an event matches any of them. */
  actions?: InputMaybe<Array<Scalars['String']['input']>>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** Only the security alerts: repeated sign-in failures on an account, a list read past the hour's budget. */
  alerts?: InputMaybe<Scalars['Boolean']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  outcome?: InputMaybe<AuditOutcome>;
  /** With subjectType: the events about that object, and the list reads that showed it. */
  subjectId?: InputMaybe<Scalars['String']['input']>;
  subjectType?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type AuditOutcome =
  | 'DENIED'
  | 'FAILURE'
  | 'SUCCESS';

/**
 * The object of an event. Its name is never stored in the event: it is read when the log is read, as
 * the reader, so that a record the reader may not see is not named.
 */
export type AuditSubject = {
  __typename?: 'AuditSubject';
  id: Scalars['String']['output'];
  /** The kind of object in French (« Dossier PSAD », « Organisation »). */
  kindLabel: Scalars['String']['output'];
  /** « dossier de DUPONT Marie » where the reader may see the object; otherwise « dossier (accès restreint) ». */
  label: Scalars['String']['output'];
  /** False when the label is the neutral text (the object is hidden from the reader, or gone). */
  named: Scalars['Boolean']['output'];
  type: Scalars['String']['output'];
};

/** One background job. Never its data nor its output, which may hold ids: only the failure's message. */
export type BackgroundJob = {
  __typename?: 'BackgroundJob';
  completedOn?: Maybe<Scalars['DateTime']['output']>;
  createdOn: Scalars['DateTime']['output'];
  /** The last failure's message (failed or waiting for a retry), if any. */
  error?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  queue: Scalars['String']['output'];
  /** The queue in French. */
  queueLabel: Scalars['String']['output'];
  retryCount: Scalars['Int']['output'];
  retryLimit: Scalars['Int']['output'];
  startedOn?: Maybe<Scalars['DateTime']['output']>;
  state: BackgroundJobState;
};

export type BackgroundJobConnection = {
  __typename?: 'BackgroundJobConnection';
  nodes: Array<BackgroundJob>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** The state of a background job (pg-boss). */
export type BackgroundJobState =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'CREATED'
  | 'FAILED'
  | 'RETRY';

/** One of the app's background queues (« Tâches de fond »): its jobs counted by state. */
export type BackgroundQueue = {
  __typename?: 'BackgroundQueue';
  active: Scalars['Int']['output'];
  cancelled: Scalars['Int']['output'];
  completed: Scalars['Int']['output'];
  created: Scalars['Int']['output'];
  /** Its schedule (cron, Europe/Paris), if it runs on one. */
  cron?: Maybe<Scalars['String']['output']>;
  /** Jobs whose retries are spent, waiting in the queue's dead-letter queue. */
  deadLetter: Scalars['Int']['output'];
  failed: Scalars['Int']['output'];
  /** What the queue does, in French. */
  label: Scalars['String']['output'];
  /** The queue's name (notification-fanout…). */
  name: Scalars['String']['output'];
  retry: Scalars['Int']['output'];
  /** Its schedule in French (« chaque jour, 7 h 00 »), if it runs on one. */
  scheduleLabel?: Maybe<Scalars['String']['output']>;
};

/** A figure of a bilan: its value, or masked under the small-count rule (display « < 5 » or « s »). */
export type BilanCell = {
  __typename?: 'BilanCell';
  display: Scalars['String']['output'];
  masked: Scalars['Boolean']['output'];
  value?: Maybe<Scalars['Float']['output']>;
};

export type BilanRow = {
  __typename?: 'BilanRow';
  cells: Array<BilanCell>;
  label: Scalars['String']['output'];
};

export type BilanSections = {
  __typename?: 'BilanSections';
  /** Actions menées par chaque partenaire. */
  actionsPartenaires?: Maybe<Scalars['String']['output']>;
  /** Analyse des besoins. */
  besoins?: Maybe<Scalars['String']['output']>;
  /** Perspectives locales. */
  perspectives?: Maybe<Scalars['String']['output']>;
  /** Veille documentaire. */
  veille?: Maybe<Scalars['String']['output']>;
};

export type BilanSectionsInput = {
  actionsPartenaires?: InputMaybe<Scalars['String']['input']>;
  besoins?: InputMaybe<Scalars['String']['input']>;
  perspectives?: InputMaybe<Scalars['String']['input']>;
  veille?: InputMaybe<Scalars['String']['input']>;
};

export type BilanTable = {
  __typename?: 'BilanTable';
  /** Worth drawing: the rows as categories, the columns (but a total) as series. */
  chart: Scalars['Boolean']['output'];
  columns: Array<Scalars['String']['output']>;
  key: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  rows: Array<BilanRow>;
  title: Scalars['String']['output'];
};

export type CancelMeetingInput = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** One young person followed by one platform for one episode. */
export type Case = {
  __typename?: 'Case';
  /** What the state machine allows from the current status (closing guards are checked on submit). */
  allowedActions: Array<CaseActionType>;
  assignedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The counsellor named on assignment: a name only (referents do not see partner users as such). */
  assignedCounsellor?: Maybe<CaseActor>;
  assignedOrganisation?: Maybe<Organisation>;
  campaign?: Maybe<Scalars['String']['output']>;
  closeComment?: Maybe<Scalars['String']['output']>;
  closeOutcome?: Maybe<CloseOutcome>;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  contactAttempts: Array<ContactAttempt>;
  convocationDate?: Maybe<Scalars['Date']['output']>;
  createdAt: Scalars['DateTime']['output'];
  episode: Scalars['Int']['output'];
  firstAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  flags: CaseFlags;
  id: Scalars['ID']['output'];
  lastAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  pendingTransfer?: Maybe<CaseTransfer>;
  platform?: Maybe<Platform>;
  reachedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The catalogue offer the solution was chosen from; null when none, or when the caller may not see it. */
  solutionOffer?: Maybe<SolutionOffer>;
  solutionOrganisation?: Maybe<Organisation>;
  solutionStartDate?: Maybe<Scalars['Date']['output']>;
  solutionType?: Maybe<SolutionType>;
  source: CaseSource;
  status: CaseStatus;
  timeline: Array<CaseEvent>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  /** Null when the caller no longer sees the person (e.g. a counsellor right after closing). */
  youngPerson?: Maybe<YoungPerson>;
};

export type CaseActionType =
  | 'ASSIGN'
  | 'CLOSE'
  | 'CONTACT_ATTEMPT'
  | 'REASSIGN'
  | 'RECORD_SOLUTION'
  | 'REOPEN'
  | 'SITUATION_CHECK'
  | 'TRANSFER_ACCEPTED';

/** Who made a change or an attempt: a name only. */
export type CaseActor = {
  __typename?: 'CaseActor';
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

export type CaseConnection = {
  __typename?: 'CaseConnection';
  nodes: Array<Case>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** One line of a case's timeline, oldest first. */
export type CaseEvent = {
  __typename?: 'CaseEvent';
  actor?: Maybe<CaseActor>;
  /** Non-personal facts of the change (statuses, organisation ids, outcome), and the note of a situation check. */
  data?: Maybe<Scalars['JSON']['output']>;
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  occurredAt: Scalars['DateTime']['output'];
};

export type CaseFilter = {
  /** Only the cases naming the caller as their counsellor (a counsellor's « mes suivis »). */
  assignedToMe?: InputMaybe<Scalars['Boolean']['input']>;
  campaign?: InputMaybe<Scalars['String']['input']>;
  /** The young person's commune (name, case-insensitive). */
  commune?: InputMaybe<Scalars['String']['input']>;
  /** Assigned or in progress with no contact attempt for at least this many days. */
  daysWithoutContact?: InputMaybe<Scalars['Int']['input']>;
  minorWithoutSolution?: InputMaybe<Scalars['Boolean']['input']>;
  /** The partner organisation the case is assigned to. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the name, first names or INE (accents and case ignored). */
  search?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<CaseSource>;
  status?: InputMaybe<Array<CaseStatus>>;
};

/** Computed on read (shared/src/psad/flags.ts), never stored. */
export type CaseFlags = {
  __typename?: 'CaseFlags';
  /** The contact attempts meet the rule of an « injoignable » closing (PSAD_INJOIGNABLE_*: default 3 failed attempts, 2 channels, 30 days). */
  injoignableReached: Scalars['Boolean']['output'];
  /** Under 18 today, and the case is not in solution nor closed. */
  minorWithoutSolution: Scalars['Boolean']['output'];
  /** Assigned for PSAD_NO_CONTACT_DAYS (default 15) days or more without a contact attempt since. */
  noContactAfterAssignment: Scalars['Boolean']['output'];
  /** Convocation date + 2 months: the obligation-de-formation file is due to the département. */
  obligationFormationDueDate?: Maybe<Scalars['Date']['output']>;
  obligationFormationOverdue: Scalars['Boolean']['output'];
};

export type CaseOrder =
  /** Latest school exit first; unknown last. */
  | 'EXIT_DATE'
  /** Most recently changed first. */
  | 'LAST_UPDATE'
  /** Last name, first names (A→Z). */
  | 'NAME';

export type CaseSource =
  | 'SIEI'
  | 'SIGNAL';

export type CaseStatus =
  | 'AFFECTE'
  | 'A_TRAITER'
  | 'CLOS'
  | 'EN_COURS'
  | 'SOLUTION';

export type CaseTransfer = {
  __typename?: 'CaseTransfer';
  /** The case, when the caller sees it (the sender until acceptance, the receiver while pending and after). */
  case?: Maybe<Case>;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  fromOrganisation?: Maybe<Organisation>;
  fromOrganisationId?: Maybe<Scalars['ID']['output']>;
  fromPlatform?: Maybe<Platform>;
  fromPlatformId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  proposedAt: Scalars['DateTime']['output'];
  /** Who proposed it: a name only. */
  proposedBy?: Maybe<CaseActor>;
  reason?: Maybe<Scalars['String']['output']>;
  status: Scalars['String']['output'];
  toOrganisation?: Maybe<Organisation>;
  toOrganisationId?: Maybe<Scalars['ID']['output']>;
  toPlatform?: Maybe<Platform>;
  toPlatformId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

/** A case and the version the caller read. */
export type CaseVersionInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/**
 * One change of one object: its kind, type and id, never its content (read it with the object's own query
 * and the scopes of your key). Several changes of an object in one transaction are one change.
 */
export type Change = {
  __typename?: 'Change';
  /** When the transaction that made it committed (UTC). Never decreasing along the feed. */
  changedAt: Scalars['DateTime']['output'];
  /** This change's position in the feed: `since` of a read that starts right after it. */
  cursor: Scalars['String']['output'];
  kind: ChangeKind;
  objectId: Scalars['ID']['output'];
  objectType: ChangeObjectType;
};

/** What happened to the object. */
export type ChangeKind =
  | 'CREATED'
  | 'DELETED'
  | 'UPDATED';

/** The kinds of objects the change feed names: their GraphQL type names. */
export type ChangeObjectType =
  /** A person accompanied (`accompaniedPerson(id:)`); a change of their list or références is a change of the person. */
  | 'AccompaniedPerson'
  /** A PSAD follow-up case (`case(id:)`); a change of its young person is a change of the case. */
  | 'Case'
  /** A CLAS project (`clasProject(id:)`). */
  | 'ClasProject'
  /** A meeting (`meeting(id:)`); a change of its platforms or invitees is a change of the meeting. */
  | 'Meeting'
  /** An organisation of the directory (`organisation(id:)`). */
  | 'Organisation';

/** A page of the change feed. */
export type ChangePage = {
  __typename?: 'ChangePage';
  /**
   * Keep it, and pass it as `since` next time: you will miss nothing and read nothing twice. When `hasMore` is
   * false it is the feed's position now, even when nothing of yours changed lately: a system that keeps polling
   * keeps a cursor the retention does not expire.
   */
  endCursor: Scalars['String']['output'];
  /** More changes wait after this page: read again with `since: endCursor` now. */
  hasMore: Scalars['Boolean']['output'];
  /** The changes after the cursor, in commit order. */
  nodes: Array<Change>;
};

/** A step of the project's life (shared/src/clas/machine.ts). */
export type ClasActionType =
  | 'ACCEPT'
  | 'CLOSE'
  | 'EXAMINE'
  | 'REFUSE'
  | 'REQUEST_COMPLETION'
  | 'SUBMIT'
  | 'SUBMIT_BILAN';

export type ClasActivityKind =
  | 'AIDE_AUX_DEVOIRS'
  | 'CULTUREL'
  | 'EXPRESSION_ORALE'
  | 'LECTURE_ECRITURE'
  | 'METHODOLOGIE'
  | 'NUMERIQUE'
  | 'SCIENTIFIQUE';

export type ClasActivityLog = {
  __typename?: 'ClasActivityLog';
  heldOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  kind: ClasActivityLogKind;
  participants?: Maybe<Scalars['Int']['output']>;
  title: Scalars['String']['output'];
};

export type ClasActivityLogKind =
  | 'CONCERTATION'
  | 'PARENT_ACTION';

export type ClasBilan = {
  __typename?: 'ClasBilan';
  assessment?: Maybe<Scalars['String']['output']>;
  /** Children present / places offered over the sessions held (0..1), null before any session. */
  attendanceRate?: Maybe<Scalars['Float']['output']>;
  concertationHeld: Scalars['Int']['output'];
  concertationPlanned: Scalars['Int']['output'];
  parentActionsHeld: Scalars['Int']['output'];
  parentActionsPlanned: Scalars['Int']['output'];
  sessionsHeld: Scalars['Int']['output'];
  sessionsPlanned: Scalars['Int']['output'];
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type ClasComment = {
  __typename?: 'ClasComment';
  author?: Maybe<User>;
  /** HOLDER or OFFICER. */
  authorParty: Scalars['String']['output'];
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
};

/** The département's CLAS figures for a school year (projects deposited or later; drafts are the holders' own). */
export type ClasDashboard = {
  __typename?: 'ClasDashboard';
  accompagnateurs: Scalars['Int']['output'];
  byStatus: Array<ClasStatusCount>;
  children: Scalars['Int']['output'];
  departement: Territory;
  /** Projects whose rules all pass or warn (evaluated with the year's configuration). */
  eligibleProjects: Scalars['Int']['output'];
  fundingGrantedCents: Scalars['Int']['output'];
  fundingRequestedCents: Scalars['Int']['output'];
  groups: Scalars['Int']['output'];
  projects: Scalars['Int']['output'];
  schoolYear: Scalars['String']['output'];
};

export type ClasDecision = {
  __typename?: 'ClasDecision';
  amountGrantedCents?: Maybe<Scalars['Int']['output']>;
  /** The configuration it was taken with (its year and values), kept even if the year's settings change later. */
  config: ClasYearConfig;
  decidedAt: Scalars['DateTime']['output'];
  decidedBy?: Maybe<User>;
  decision: ClasDecisionKind;
  /** The rule results the decision was taken on, as they were then. */
  eligibility: Eligibility;
  id: Scalars['ID']['output'];
  reasons: Scalars['String']['output'];
};

export type ClasDecisionInput = {
  amountGrantedCents?: InputMaybe<Scalars['Int']['input']>;
  decision: ClasDecisionKind;
  projectId: Scalars['ID']['input'];
  reasons: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type ClasDecisionKind =
  | 'ACCEPTE'
  | 'A_COMPLETER'
  | 'REFUSE';

export type ClasGroup = {
  __typename?: 'ClasGroup';
  accompagnateurs: Array<Accompagnateur>;
  childrenCount: Scalars['Int']['output'];
  eligibleCostCents: Scalars['Int']['output'];
  endDate?: Maybe<Scalars['Date']['output']>;
  /** rate × eligible cost within the cap, with the project's year configuration. */
  fundingEstimateCents: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  level: SchoolLevel;
  longestBreakWeeks: Scalars['Int']['output'];
  otherFundingCents: Scalars['Int']['output'];
  place?: Maybe<Scalars['String']['output']>;
  /** The holder's own attendance list, when kept: only the holder sees it (null for anyone else). */
  roster?: Maybe<Array<ClasRosterEntry>>;
  /** Sessions logged during the year. */
  sessionLogs: Array<ClasSessionLog>;
  sessions: Array<WeeklySession>;
  startDate?: Maybe<Scalars['Date']['output']>;
};

export type ClasGroupInput = {
  accompagnateurs: Array<AccompagnateurInput>;
  childrenCount: Scalars['Int']['input'];
  eligibleCostCents: Scalars['Int']['input'];
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** Absent for a new group. */
  id?: InputMaybe<Scalars['ID']['input']>;
  label: Scalars['String']['input'];
  level: SchoolLevel;
  longestBreakWeeks?: InputMaybe<Scalars['Int']['input']>;
  otherFundingCents?: InputMaybe<Scalars['Int']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  sessions: Array<WeeklySessionInput>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

export type ClasProject = {
  __typename?: 'ClasProject';
  activityKinds: Array<ClasActivityKind>;
  activityLogs: Array<ClasActivityLog>;
  /** The steps the caller may take now. */
  allowedActions: Array<ClasActionType>;
  bilan: ClasBilan;
  charterSigned: Scalars['Boolean']['output'];
  comments: Array<ClasComment>;
  concertationActions: Array<PlannedAction>;
  concertationDescription: Scalars['String']['output'];
  /** The year's configuration the rules and the estimate use. */
  config: ClasYearConfig;
  createdAt: Scalars['DateTime']['output'];
  /** The latest decision, if any. */
  decision?: Maybe<ClasDecision>;
  decisions: Array<ClasDecision>;
  departement: Territory;
  diagnostic: Scalars['String']['output'];
  /** True when the caller may edit the declaration (the holder, in BROUILLON or A_COMPLETER). */
  editable: Scalars['Boolean']['output'];
  /** The rules, evaluated now by the server with the year's configuration. */
  eligibility: Eligibility;
  /** The funding requested: sum of the groups' estimates. */
  fundingEstimateCents: Scalars['Int']['output'];
  groups: Array<ClasGroup>;
  id: Scalars['ID']['output'];
  inDepartmentalFramework: Scalars['Boolean']['output'];
  localPartners: Array<Scalars['String']['output']>;
  organisation: Organisation;
  parentActions: Array<PlannedAction>;
  schoolYear: Scalars['String']['output'];
  schools: Array<PartnerSchool>;
  status: ClasStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type ClasProjectConnection = {
  __typename?: 'ClasProjectConnection';
  nodes: Array<ClasProject>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** The whole declaration, as the holder's form saves it. */
export type ClasProjectContentInput = {
  activityKinds: Array<ClasActivityKind>;
  charterSigned: Scalars['Boolean']['input'];
  concertationActions: Array<PlannedActionInput>;
  concertationDescription?: InputMaybe<Scalars['String']['input']>;
  diagnostic?: InputMaybe<Scalars['String']['input']>;
  groups: Array<ClasGroupInput>;
  inDepartmentalFramework: Scalars['Boolean']['input'];
  localPartners: Array<Scalars['String']['input']>;
  parentActions: Array<PlannedActionInput>;
  schoolYear: Scalars['String']['input'];
  schools: Array<PartnerSchoolInput>;
  title: Scalars['String']['input'];
};

export type ClasProjectFilter = {
  schoolYear?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<ClasStatus>>;
};

/** How clasProjects is ordered: last change first (the default), or by title. */
export type ClasProjectOrder =
  | 'TITLE'
  | 'UPDATED_AT';

export type ClasRosterEntry = {
  __typename?: 'ClasRosterEntry';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type ClasRule =
  | 'ADULTS'
  | 'CHARTER'
  | 'CHILDREN_ACTIVITY'
  | 'CONTENT'
  | 'CONTINUITY'
  | 'DIAGNOSTIC'
  | 'FREQUENCY'
  | 'GROUPS'
  | 'GROUP_SIZE'
  | 'LOCAL_ACTORS'
  | 'PARENT_AXIS'
  | 'PARTNERSHIP'
  | 'SCHOOL_CONCERTATION'
  | 'TRAINING';

export type ClasSessionLog = {
  __typename?: 'ClasSessionLog';
  childrenPresent: Scalars['Int']['output'];
  heldOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** Only for the holder, when it keeps an attendance list. */
  presentRosterIds?: Maybe<Array<Scalars['ID']['output']>>;
};

export type ClasStatus =
  | 'ACCEPTE'
  | 'A_COMPLETER'
  | 'BILAN_DEPOSE'
  | 'BROUILLON'
  | 'CLOTURE'
  | 'DEPOSE'
  | 'EN_INSTRUCTION'
  | 'REFUSE';

export type ClasStatusCount = {
  __typename?: 'ClasStatusCount';
  count: Scalars['Int']['output'];
  status: ClasStatus;
};

/** The yearly configuration of the CLAS rules and funding (defaults of docs/domain.md §3 until an admin sets them). */
export type ClasYearConfig = {
  __typename?: 'ClasYearConfig';
  ceilingCentsPerGroup: Scalars['Int']['output'];
  classHours: Array<ClassHours>;
  /** False while the year still runs on the defaults. */
  configured: Scalars['Boolean']['output'];
  earliestEndDate: Scalars['Date']['output'];
  latestStartDate: Scalars['Date']['output'];
  maxBreakWeeks: Scalars['Int']['output'];
  maxChildren: Scalars['Int']['output'];
  maxChildrenPerAdult: Scalars['Int']['output'];
  minChildren: Scalars['Int']['output'];
  ratePercent: Scalars['Float']['output'];
  recommendedSessionsPerWeek: Scalars['Int']['output'];
  schoolYear: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  warnChildrenPerAdult: Scalars['Int']['output'];
};

export type ClasYearConfigInput = {
  ceilingCentsPerGroup: Scalars['Int']['input'];
  classHours: Array<ClassHoursInput>;
  earliestEndDate: Scalars['Date']['input'];
  latestStartDate: Scalars['Date']['input'];
  maxBreakWeeks: Scalars['Int']['input'];
  maxChildren: Scalars['Int']['input'];
  maxChildrenPerAdult: Scalars['Int']['input'];
  minChildren: Scalars['Int']['input'];
  ratePercent: Scalars['Float']['input'];
  recommendedSessionsPerWeek: Scalars['Int']['input'];
  schoolYear: Scalars['String']['input'];
  /** The version read, absent when the year was not configured yet. */
  version?: InputMaybe<Scalars['Int']['input']>;
  warnChildrenPerAdult: Scalars['Int']['input'];
};

export type ClassHours = {
  __typename?: 'ClassHours';
  day: Weekday;
  end: Scalars['String']['output'];
  /** HH:MM */
  start: Scalars['String']['output'];
};

export type ClassHoursInput = {
  day: Weekday;
  end: Scalars['String']['input'];
  start: Scalars['String']['input'];
};

export type CloseOncallFollowUpInput = {
  callId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type CloseOutcome =
  | 'AUTRE'
  | 'DEJA_EN_SOLUTION'
  | 'DEMENAGE'
  | 'HORS_CHAMP'
  | 'INJOIGNABLE'
  | 'REFUS'
  | 'SOLUTION_CONFIRMEE';

export type CloseOutcomeCount = {
  __typename?: 'CloseOutcomeCount';
  count: Scalars['Int']['output'];
  outcome: CloseOutcome;
  /** Of all closed cases (0..1). */
  share?: Maybe<Scalars['Float']['output']>;
};

export type Competence = {
  __typename?: 'Competence';
  id: Scalars['ID']['output'];
  kind: CompetenceKind;
  label: Scalars['String']['output'];
};

export type CompetenceKind =
  | 'COMPETENCE'
  | 'POTENTIEL';

export type Consent = {
  __typename?: 'Consent';
  active: Scalars['Boolean']['output'];
  document?: Maybe<LockerDocument>;
  givenAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: ConsentKind;
  meeting?: Maybe<SyntheseMeeting>;
  member?: Maybe<AccompanimentMember>;
  recordedBy?: Maybe<User>;
  withdrawnAt?: Maybe<Scalars['DateTime']['output']>;
};

export type ConsentInput = {
  documentId?: InputMaybe<Scalars['ID']['input']>;
  /** When the PA gave it (default: now). */
  givenAt?: InputMaybe<Scalars['DateTime']['input']>;
  kind: ConsentKind;
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  memberId?: InputMaybe<Scalars['ID']['input']>;
  personId: Scalars['ID']['input'];
};

export type ConsentKind =
  | 'INFORMATION_TRAITEMENT'
  | 'PARTAGE_DOCUMENT'
  | 'PARTICIPATION_SYNTHESE';

export type ContactAttempt = {
  __typename?: 'ContactAttempt';
  actor?: Maybe<CaseActor>;
  attemptedAt: Scalars['DateTime']['output'];
  channel: ContactChannel;
  id: Scalars['ID']['output'];
  result: ContactResult;
};

export type ContactChannel =
  | 'COURRIEL'
  | 'COURRIER'
  | 'RENDEZ_VOUS'
  | 'SMS'
  | 'TELEPHONE'
  | 'VISITE';

export type ContactResult =
  | 'COORDONNEES_ERRONEES'
  | 'INJOIGNABLE'
  | 'JOINT'
  | 'MESSAGE_LAISSE';

/** A concertation of a contract: a meeting of the instances module. */
export type CpmsConcertation = {
  __typename?: 'CpmsConcertation';
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  place?: Maybe<Scalars['String']['output']>;
  startsAt: Scalars['DateTime']['output'];
  status: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** A CPMS–school contract (issue 19). */
export type CpmsContract = {
  __typename?: 'CpmsContract';
  actions: Array<Scalars['String']['output']>;
  /** Whether the caller directs the centre (writes the contract, takes its steps). */
  canEdit: Scalars['Boolean']['output'];
  /** Whether the caller may write in the exchange log (the centre's staff, the school's head). */
  canLogExchange: Scalars['Boolean']['output'];
  /** Whether the caller works at the centre (schedules the concertations). */
  canScheduleConcertation: Scalars['Boolean']['output'];
  /** The party the caller may sign for now, if any. */
  canSignAs?: Maybe<CpmsContractParty>;
  concertations: Array<CpmsConcertation>;
  cpms: CpmsOrganisationRef;
  cpmsCommitments?: Maybe<Scalars['String']['output']>;
  evaluationDue: CpmsEvaluationDue;
  exchanges: Array<CpmsExchange>;
  id: Scalars['ID']['output'];
  indicators: Array<CpmsIndicator>;
  informationFlows: Array<CpmsInformationFlow>;
  objectives: Array<CpmsPlanObjective>;
  plan: CpmsSchoolPlan;
  school: CpmsOrganisationRef;
  schoolCommitments?: Maybe<Scalars['String']['output']>;
  signatures: Array<CpmsSignature>;
  status: CpmsContractStatus;
  /** The steps the caller may take now. */
  steps: Array<CpmsContractStep>;
  /** Whether the text may still change (draft or negotiated, unsigned). */
  textEditable: Scalars['Boolean']['output'];
  version: Scalars['Int']['output'];
};

/** A party to a contract: the centre (its director signs) or the school (its head signs). */
export type CpmsContractParty =
  | 'CPMS'
  | 'ECOLE';

/** A CPMS–school contract's life: brouillon → négocié → signé → en évaluation → évalué → renouvelé | clos. */
export type CpmsContractStatus =
  | 'BROUILLON'
  | 'CLOS'
  | 'EN_EVALUATION'
  | 'EVALUE'
  | 'NEGOCIE'
  | 'RENOUVELE'
  | 'SIGNE';

/** A contract's step (other than a signature). */
export type CpmsContractStep =
  | 'CLOSE'
  | 'NEGOTIATE'
  | 'RECORD_EVALUATION'
  | 'RENEW'
  | 'REOPEN_DRAFT'
  | 'START_EVALUATION';

export type CpmsContractStepInput = {
  action: CpmsContractStep;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** A centre the caller may contract for (directs it). */
export type CpmsDirectedCentre = {
  __typename?: 'CpmsDirectedCentre';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** When the evaluation of a contract falls due: at the evaluation of the school's plan. */
export type CpmsEvaluationDue = {
  __typename?: 'CpmsEvaluationDue';
  /** Within the announcement's lead time (CPMS_EVALUATION_LEAD_WEEKS), and not past. */
  announced: Scalars['Boolean']['output'];
  /** Days from today (negative: past). */
  daysLeft: Scalars['Int']['output'];
  dueOn: Scalars['Date']['output'];
};

/** An entry of a contract's exchange log: never a pupil's identity. */
export type CpmsExchange = {
  __typename?: 'CpmsExchange';
  agreed: Scalars['String']['output'];
  authorName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  occurredOn: Scalars['Date']['output'];
  participants: Scalars['String']['output'];
  subject: Scalars['String']['output'];
  way: CpmsExchangeWay;
};

/** How an exchange took place. */
export type CpmsExchangeWay =
  | 'COURRIEL'
  | 'NOTE'
  | 'REUNION'
  | 'TELEPHONE';

/** An indicator of a contract: baseline, target and, at evaluation, the value reached. */
export type CpmsIndicator = {
  __typename?: 'CpmsIndicator';
  /** Whether the target is reached (null until a value is recorded). */
  achieved?: Maybe<Scalars['Boolean']['output']>;
  baseline: Scalars['Float']['output'];
  label: Scalars['String']['output'];
  objectiveCode?: Maybe<CpmsSystemObjective>;
  reached?: Maybe<Scalars['Float']['output']>;
  target: Scalars['Float']['output'];
};

export type CpmsIndicatorInput = {
  baseline: Scalars['Float']['input'];
  label: Scalars['String']['input'];
  objectiveCode?: InputMaybe<CpmsSystemObjective>;
  reached?: InputMaybe<Scalars['Float']['input']>;
  target: Scalars['Float']['input'];
};

/**
 * The CPMS indicators of a year (issue 19): contracts signed and evaluated per zone, objectives reached,
 * calls of the 24/7 line by category, hour and month, follow-ups overdue. Aggregates only, under the
 * small-count rule: no count between 1 and 4 is shown, nor one that could be worked out from the totals.
 */
export type CpmsIndicators = {
  __typename?: 'CpmsIndicators';
  /** The small-count rule, as the page and the files state it. */
  rule: Scalars['String']['output'];
  tables: Array<BilanTable>;
  year: Scalars['Int']['output'];
  /** The zone the figures are narrowed to, when one was asked for. */
  zone?: Maybe<CpmsZone>;
  /** The zones the caller reads: every zone for the central administration, their own for a DCO. */
  zones: Array<CpmsZone>;
};

/** How a kind of information circulates between the school and the centre, within professional secrecy. */
export type CpmsInformationFlow = {
  __typename?: 'CpmsInformationFlow';
  consent: Scalars['String']['output'];
  how: Scalars['String']['output'];
  what: Scalars['String']['output'];
};

export type CpmsInformationFlowInput = {
  consent: Scalars['String']['input'];
  how: Scalars['String']['input'];
  what: Scalars['String']['input'];
};

/** The objectives contract of a centre with its DCO (issue 19). */
export type CpmsObjectivesContract = {
  __typename?: 'CpmsObjectivesContract';
  canEdit: Scalars['Boolean']['output'];
  contracts: Array<CpmsContract>;
  cpms: CpmsOrganisationRef;
  endsOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  indicators: Array<CpmsIndicator>;
  objectives: Array<Scalars['String']['output']>;
  startsOn: Scalars['Date']['output'];
  status: Scalars['String']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** A school (or centre) as the contracts name it. */
export type CpmsOrganisationRef = {
  __typename?: 'CpmsOrganisationRef';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** The school's document attached to its plan (checked by content). */
export type CpmsPlanDocument = {
  __typename?: 'CpmsPlanDocument';
  contentType: Scalars['String']['output'];
  name: Scalars['String']['output'];
  size: Scalars['Int']['output'];
  /** Where to download it (GET, authenticated). */
  url: Scalars['String']['output'];
};

/** An objective of a plan de pilotage: the system's objective and the school's own wording. */
export type CpmsPlanObjective = {
  __typename?: 'CpmsPlanObjective';
  code: CpmsSystemObjective;
  wording: Scalars['String']['output'];
};

export type CpmsPlanObjectiveInput = {
  code: CpmsSystemObjective;
  wording: Scalars['String']['input'];
};

/** A school's plan de pilotage (issue 19). */
export type CpmsSchoolPlan = {
  __typename?: 'CpmsSchoolPlan';
  /** Whether the caller directs a centre that may draft a contract from it (none of theirs on it yet). */
  canDraftContract: Scalars['Boolean']['output'];
  /** Whether the caller heads the school (writes the plan). */
  canEdit: Scalars['Boolean']['output'];
  /** The contracts concluded on it, as the caller sees them. */
  contracts: Array<CpmsContract>;
  document?: Maybe<CpmsPlanDocument>;
  endEvaluationOn: Scalars['Date']['output'];
  endEvaluationResult?: Maybe<Scalars['String']['output']>;
  endsOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  midEvaluationOn?: Maybe<Scalars['Date']['output']>;
  midEvaluationResult?: Maybe<Scalars['String']['output']>;
  objectives: Array<CpmsPlanObjective>;
  school: CpmsOrganisationRef;
  startsOn: Scalars['Date']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** A party's signature. */
export type CpmsSignature = {
  __typename?: 'CpmsSignature';
  party: CpmsContractParty;
  signedAt: Scalars['DateTime']['output'];
  signerName: Scalars['String']['output'];
};

/** An improvement objective of the Fédération Wallonie-Bruxelles's system, which a plan de pilotage chooses from. */
export type CpmsSystemObjective =
  | 'ABSENTEISME'
  | 'CLIMAT_SCOLAIRE'
  | 'DECROCHAGE'
  | 'ECARTS'
  | 'ECHEC_REDOUBLEMENT'
  | 'INCLUSION'
  | 'NUMERIQUE'
  | 'ORIENTATION'
  | 'SAVOIRS';

/** A zone of the Fédération Wallonie-Bruxelles (a territory of kind ZONE). */
export type CpmsZone = {
  __typename?: 'CpmsZone';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type CreateApiKeyInput = {
  /** The last day it works (Paris): tomorrow at the earliest, in a year and a day at the latest. */
  expiresOn: Scalars['Date']['input'];
  name: Scalars['String']['input'];
  /** Some of the account's organisations; null: all of them. */
  organisationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Some PSAD platforms; null: all the account reaches. */
  platformIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Calls a minute (default 600). */
  rateLimitPerMinute?: InputMaybe<Scalars['Int']['input']>;
  /** At least one scope; the API page lists them. */
  scopes: Array<Scalars['String']['input']>;
  trustedDocumentsOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** A service account: a user holding the SERVICE_ACCOUNT role. */
  userId: Scalars['ID']['input'];
};

export type CreateCpmsContractInput = {
  actions: Array<Scalars['String']['input']>;
  cpmsCommitments?: InputMaybe<Scalars['String']['input']>;
  cpmsId: Scalars['ID']['input'];
  indicators: Array<CpmsIndicatorInput>;
  informationFlows: Array<CpmsInformationFlowInput>;
  objectiveCodes: Array<CpmsSystemObjective>;
  planId: Scalars['ID']['input'];
  schoolCommitments?: InputMaybe<Scalars['String']['input']>;
};

export type CreateCpmsObjectivesContractInput = {
  contractIds: Array<Scalars['ID']['input']>;
  cpmsId: Scalars['ID']['input'];
  endsOn: Scalars['Date']['input'];
  indicators: Array<CpmsIndicatorInput>;
  objectives: Array<Scalars['String']['input']>;
  startsOn: Scalars['Date']['input'];
  title: Scalars['String']['input'];
};

export type CreateCpmsSchoolPlanInput = {
  endEvaluationOn: Scalars['Date']['input'];
  endEvaluationResult?: InputMaybe<Scalars['String']['input']>;
  endsOn: Scalars['Date']['input'];
  midEvaluationOn?: InputMaybe<Scalars['Date']['input']>;
  midEvaluationResult?: InputMaybe<Scalars['String']['input']>;
  objectives: Array<CpmsPlanObjectiveInput>;
  schoolId: Scalars['ID']['input'];
  startsOn: Scalars['Date']['input'];
  title: Scalars['String']['input'];
};

export type CreateEvaluationCriterionInput = {
  baseline?: InputMaybe<Scalars['Float']['input']>;
  cioId: Scalars['ID']['input'];
  indicator: Scalars['String']['input'];
  label: Scalars['String']['input'];
  target?: InputMaybe<Scalars['Float']['input']>;
  unit?: InputMaybe<Scalars['String']['input']>;
};

export type CreateOncallShiftInput = {
  agentId: Scalars['ID']['input'];
  backupId: Scalars['ID']['input'];
  endsAt: Scalars['DateTime']['input'];
  poolId: Scalars['ID']['input'];
  startsAt: Scalars['DateTime']['input'];
};

export type CreateOrganisationInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  communeInsee?: InputMaybe<Scalars['String']['input']>;
  communeName?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  fase?: InputMaybe<Scalars['String']['input']>;
  kind: OrganisationKind;
  lyceeTeteDeReseau?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** 14 digits (spaces allowed); unique. */
  siret?: InputMaybe<Scalars['String']['input']>;
  territoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Europe/Paris or Europe/Brussels; left out, the kind's own. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  uai?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type CreateOrientationDutyInput = {
  cells: Array<OrientationDutyCellInput>;
  cioId: Scalars['ID']['input'];
  label: Scalars['String']['input'];
};

export type CreateOrientationNetworkInput = {
  cioId: Scalars['ID']['input'];
  headSchoolId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  psyenIds: Array<Scalars['ID']['input']>;
  schoolIds: Array<Scalars['ID']['input']>;
};

export type CreateOrientationPeriodInput = {
  cioId: Scalars['ID']['input'];
  endsOn: Scalars['Date']['input'];
  name: Scalars['String']['input'];
  schoolYear: Scalars['String']['input'];
  startsOn: Scalars['Date']['input'];
};

export type CreatePlatformActionInput = {
  caseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  heldOn: Scalars['Date']['input'];
  kind: PlatformActionKind;
  participants?: InputMaybe<Scalars['Int']['input']>;
  partnerOrganisationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  platformId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type CreatePlatformInput = {
  name: Scalars['String']['input'];
  partnerIds: Array<Scalars['ID']['input']>;
  /** Users holding the PSAD_REFERENT role. */
  referentIds: Array<Scalars['ID']['input']>;
  territoryId: Scalars['ID']['input'];
};

export type CreateQvtCampaignInput = {
  cioId: Scalars['ID']['input'];
  closesOn: Scalars['Date']['input'];
  opensOn: Scalars['Date']['input'];
  questions: Array<QvtQuestionInput>;
  title: Scalars['String']['input'];
};

export type CreateSolutionOfferInput = {
  activeFrom?: InputMaybe<Scalars['Date']['input']>;
  activeUntil?: InputMaybe<Scalars['Date']['input']>;
  ageMax?: InputMaybe<Scalars['Int']['input']>;
  ageMin?: InputMaybe<Scalars['Int']['input']>;
  communes?: InputMaybe<Array<Scalars['String']['input']>>;
  conditions?: InputMaybe<Scalars['String']['input']>;
  contact?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  places?: InputMaybe<Scalars['Int']['input']>;
  platformId: Scalars['ID']['input'];
  solutionType: SolutionType;
};

export type CreateTerritoryInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  kind: TerritoryKind;
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateTransversalFileInput = {
  cioId: Scalars['ID']['input'];
  documentLinks: Array<Scalars['String']['input']>;
  kind: TransversalFileKind;
  pilotUserId?: InputMaybe<Scalars['ID']['input']>;
  since: Scalars['Date']['input'];
  status: TransversalFileStatus;
  summary?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type CreateUserInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  memberships?: InputMaybe<Array<MembershipInput>>;
  /** At least 12 characters. */
  password: Scalars['String']['input'];
};

export type CreateWebhookEndpointInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  eventTypes: Array<Scalars['String']['input']>;
  /** The service account it is for: required of an administrator; a key acts for its own account. */
  serviceAccountId?: InputMaybe<Scalars['ID']['input']>;
  /** https:// in production, to a public address. */
  url: Scalars['String']['input'];
};

export type CreateWorkPlanActionInput = {
  endMonth: Scalars['String']['input'];
  evidenceUrl?: InputMaybe<Scalars['String']['input']>;
  minutesMeetingId?: InputMaybe<Scalars['ID']['input']>;
  personIds: Array<Scalars['ID']['input']>;
  roles: Array<DutyRole>;
  startMonth: Scalars['String']['input'];
  status: WorkPlanActionStatus;
  title: Scalars['String']['input'];
  workPlanId: Scalars['ID']['input'];
};

export type CreateWorkPlanInput = {
  cioId: Scalars['ID']['input'];
  endMonth: Scalars['String']['input'];
  startMonth: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  apiKey: ApiKey;
  /** Shown this once: only its hash is kept. */
  secret: Scalars['String']['output'];
};

export type CreatedWebhookEndpoint = {
  __typename?: 'CreatedWebhookEndpoint';
  endpoint: WebhookEndpoint;
  /** The signing secret (whsec_…), shown this once: it can never be read again, only rotated. */
  secret: Scalars['String']['output'];
};

/** A value of a criterion measured on a day. */
export type CriterionValue = {
  __typename?: 'CriterionValue';
  comment?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  measuredOn: Scalars['Date']['output'];
  value: Scalars['Float']['output'];
};

/** Medians in days from the case's creation (the import or the signal) to its first contact attempt, and to its solution. */
export type DashboardDelays = {
  __typename?: 'DashboardDelays';
  /** How many cases the first median is taken over. */
  firstAttemptCount: Scalars['Int']['output'];
  medianDaysToFirstAttempt?: Maybe<Scalars['Float']['output']>;
  medianDaysToSolution?: Maybe<Scalars['Float']['output']>;
  solutionCount: Scalars['Int']['output'];
};

export type DecideOncallSwapInput = {
  approve: Scalars['Boolean']['input'];
  swapId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type DecideSituationInput = {
  caseId: Scalars['ID']['input'];
  caseVersion: Scalars['Int']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  counsellorId?: InputMaybe<Scalars['ID']['input']>;
  decision: SituationDecision;
  meetingId: Scalars['ID']['input'];
  /** AFFECTER: the partner; TRANSFERER: the partner of the platform that takes the case over. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** CLORE: the outcome. */
  outcome?: InputMaybe<CloseOutcome>;
  /** TRANSFERER to another platform. */
  toPlatformId?: InputMaybe<Scalars['ID']['input']>;
};

export type DeleteEvaluationCriterionInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type DeleteOncallShiftInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type DeleteOrientationInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type DeletePlatformActionInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type DeleteSolutionOfferInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type DeleteVeilleDocumentInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type DeleteWorkPlanActionInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type DeleteWorkPlanInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type DocumentCategory =
  | 'ATTESTATION'
  | 'AUTRE'
  | 'FACTURE'
  | 'IDENTITE'
  | 'JUSTIFICATIF';

export type DuplicateReason =
  /** Same normalised last name, first given name and birth date (the import's match key). */
  | 'SAME_MATCH_KEY'
  /** Same birth date and names that look alike (a typo, a missing first name). */
  | 'SIMILAR_NAME';

export type DutyInvolvement =
  | 'CONTRIBUE'
  | 'INFORME'
  | 'PILOTE';

export type DutyRole =
  | 'CIO_DIRECTOR'
  | 'DASEN'
  | 'IEN_IO'
  | 'PSYEN'
  | 'SCHOOL_HEAD'
  | 'SG';

export type Eligibility = {
  __typename?: 'Eligibility';
  eligible: Scalars['Boolean']['output'];
  failures: Scalars['Int']['output'];
  results: Array<RuleResult>;
  warnings: Scalars['Int']['output'];
};

export type EmailDelivery =
  | 'OUTBOX'
  | 'SMTP';

export type EndReasonCount = {
  __typename?: 'EndReasonCount';
  count: Scalars['Int']['output'];
  reason: ReferenceEndReason;
};

/** A criterion the working group evaluates the experiment by, with its measured values, oldest first. */
export type EvaluationCriterion = {
  __typename?: 'EvaluationCriterion';
  baseline?: Maybe<Scalars['Float']['output']>;
  cioId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  indicator: Scalars['String']['output'];
  label: Scalars['String']['output'];
  target?: Maybe<Scalars['Float']['output']>;
  unit?: Maybe<Scalars['String']['output']>;
  values: Array<CriterionValue>;
  version: Scalars['Int']['output'];
};

/**
 * The stages of the follow-up. Each stage counts the cases of the current episode that reached it or a
 * later one (a case may skip one: a situation check opens a case without a contact attempt):
 * IDENTIFIED every case; ASSIGNED assigned to a partner at some point (assignedAt); CONTACTED at least
 * one contact attempt (firstAttemptAt); REACHED at least one attempt with the result JOINT (reachedAt);
 * SOLUTION a solution recorded (solutionType; a closing « solution confirmée » requires one).
 */
export type FunnelStage =
  | 'ASSIGNED'
  | 'CONTACTED'
  | 'IDENTIFIED'
  | 'REACHED'
  | 'SOLUTION';

export type FunnelStep = {
  __typename?: 'FunnelStep';
  count: Scalars['Int']['output'];
  /** count / identified (0..1), null when nobody was identified. */
  shareOfIdentified?: Maybe<Scalars['Float']['output']>;
  /** count / the previous stage's count (0..1), null for the first stage or after an empty one. */
  shareOfPrevious?: Maybe<Scalars['Float']['output']>;
  stage: FunnelStage;
};

export type GenerateOncallWeeksInput = {
  /** A day of the first week (its Monday is taken). */
  firstWeek: Scalars['Date']['input'];
  poolId: Scalars['ID']['input'];
  weeks: Scalars['Int']['input'];
};

export type GuestInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  organisationName?: InputMaybe<Scalars['String']['input']>;
};

export type HalfDay =
  | 'APRES_MIDI'
  | 'MATIN';

export type ImportDuplicateRow = {
  __typename?: 'ImportDuplicateRow';
  birthDate: Scalars['String']['output'];
  /** The row kept, as it was when this one was read. */
  first: ImportKeyFields;
  firstNames: Scalars['String']['output'];
  ine?: Maybe<Scalars['String']['output']>;
  lastName: Scalars['String']['output'];
  line: Scalars['Int']['output'];
  matchedOn: ImportMatchedOn;
  sameAsLine: Scalars['Int']['output'];
};

/** The fields a row is checked by: names as the import writes them, birth date as yyyy-mm-dd. */
export type ImportKeyFields = {
  __typename?: 'ImportKeyFields';
  birthDate: Scalars['String']['output'];
  firstNames: Scalars['String']['output'];
  ine?: Maybe<Scalars['String']['output']>;
  lastName: Scalars['String']['output'];
};

/** The young person already on the list a row is matched to, with their open case (else the latest). */
export type ImportKnownPerson = {
  __typename?: 'ImportKnownPerson';
  birthDate: Scalars['String']['output'];
  caseId?: Maybe<Scalars['ID']['output']>;
  caseStatus?: Maybe<CaseStatus>;
  firstNames: Scalars['String']['output'];
  ine?: Maybe<Scalars['String']['output']>;
  lastName: Scalars['String']['output'];
  youngPersonId: Scalars['ID']['output'];
};

/** How two rows (or a row and a known young person) were found to be one person (docs/domain.md §2). */
export type ImportMatchedOn =
  /** Same last name, first given name and birth date, the INE missing on either side. */
  | 'IDENTITY'
  | 'INE';

export type ImportMergedRow = {
  __typename?: 'ImportMergedRow';
  birthDate: Scalars['String']['output'];
  firstNames: Scalars['String']['output'];
  ine?: Maybe<Scalars['String']['output']>;
  known: ImportKnownPerson;
  lastName: Scalars['String']['output'];
  line: Scalars['Int']['output'];
  matchedOn: ImportMatchedOn;
};

/** What the preview shows of the file beyond the counts, each part bounded: the referent checks the reading before confirming. */
export type ImportPreview = {
  __typename?: 'ImportPreview';
  /** The file's header, as read. */
  columns: Array<Scalars['String']['output']>;
  /** The first 50 later rows of a young person the file already had. */
  duplicates: Array<ImportDuplicateRow>;
  /** The first 50 rows matched to a young person already on the platform's list. */
  merged: Array<ImportMergedRow>;
  /** The first 20 data rows, every cell as read (decoded). */
  sample: Array<ImportSampleRow>;
};

/** What reading the list found (counts; rejected rows with their line and reason, never a name). */
export type ImportReport = {
  __typename?: 'ImportReport';
  /** Rows written (or to be written), merged ones included. */
  accepted: Scalars['Int']['output'];
  casesOpened?: Maybe<Scalars['Int']['output']>;
  /** Once confirmed: young people created, updated, cases opened. */
  created?: Maybe<Scalars['Int']['output']>;
  duplicatesInFile: Scalars['Int']['output'];
  /** Accepted rows matched to a young person already known on the platform. */
  merged: Scalars['Int']['output'];
  rejected: Array<RejectedRow>;
  rejectedCount: Scalars['Int']['output'];
  /** Data rows read: accepted + rejected + duplicatesInFile. */
  total: Scalars['Int']['output'];
  updated?: Maybe<Scalars['Int']['output']>;
  warnings: Scalars['Int']['output'];
};

/** What became of a row of the file. */
export type ImportRowOutcome =
  /** Kept: a young person new to the platform. */
  | 'ACCEPTED'
  /** A later row of a young person the file already had. */
  | 'DUPLICATE'
  /** Kept and matched to a young person already on the platform's list. */
  | 'MERGED'
  | 'REJECTED';

export type ImportSampleRow = {
  __typename?: 'ImportSampleRow';
  cells: Array<Scalars['String']['output']>;
  line: Scalars['Int']['output'];
  /** The rejection reason, the line a duplicate repeats, or the known young person a row matches. */
  note?: Maybe<Scalars['String']['output']>;
  outcome: ImportRowOutcome;
};

/** Externalised interviews of a month and theme, for a network or the CIO as a whole: a count, never a pupil. */
export type InterviewCount = {
  __typename?: 'InterviewCount';
  count: Scalars['Int']['output'];
  /** yyyy-mm. */
  month: Scalars['String']['output'];
  /** Null: the CIO as a whole. */
  networkId?: Maybe<Scalars['ID']['output']>;
  networkName?: Maybe<Scalars['String']['output']>;
  theme: InterviewTheme;
};

export type InterviewCountCellInput = {
  count: Scalars['Int']['input'];
  networkId?: InputMaybe<Scalars['ID']['input']>;
  theme: InterviewTheme;
};

/** The themes of the interviews held at the CIO instead of in a school (externalised interviews). */
export type InterviewTheme =
  | 'ADOLESCENCE'
  | 'AUTRE'
  | 'BESOINS_PARTICULIERS'
  | 'MINEURS_ISOLES'
  | 'PREVENTION_DECROCHAGE';

export type LockerDocument = {
  __typename?: 'LockerDocument';
  category: DocumentCategory;
  /** Found from the content when uploaded. */
  contentType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The caller may download it (shared with the caller's entry). */
  readable: Scalars['Boolean']['output'];
  /** The intervenants it is shared with now (active consents). */
  sharedWith: Array<AccompanimentMember>;
  sizeBytes: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  uploadedAt: Scalars['DateTime']['output'];
  uploadedBy?: Maybe<User>;
};

export type LogCpmsExchangeInput = {
  /** The writer confirms that the capitalised name pairs in the texts are no pupil's. */
  acknowledgeNames?: InputMaybe<Scalars['Boolean']['input']>;
  agreed?: InputMaybe<Scalars['String']['input']>;
  contractId: Scalars['ID']['input'];
  occurredOn: Scalars['Date']['input'];
  participants: Scalars['String']['input'];
  subject: Scalars['String']['input'];
  way: CpmsExchangeWay;
};

export type LogOncallCallInput = {
  /** What was done — never who called. */
  action: Scalars['String']['input'];
  callerKind: OncallCallerKind;
  category: OncallCallCategory;
  followUpDue?: InputMaybe<Scalars['Date']['input']>;
  poolId: Scalars['ID']['input'];
  receivedAt: Scalars['DateTime']['input'];
  referredCpmsId?: InputMaybe<Scalars['ID']['input']>;
  urgency: OncallUrgency;
};

/** The signed-in actor. */
export type Me = {
  __typename?: 'Me';
  memberships: Array<Membership>;
  roles: Array<Role>;
  user: User;
};

/** A meeting of a body a platform convenes (cotech, bilateral or multilateral meeting, inter-PSAD, COPIL), or a CIO's concertation or thematic action. */
export type Meeting = {
  __typename?: 'Meeting';
  /** Its follow-up actions and the unfinished ones of earlier meetings of its series. */
  actions: Array<MeetingAction>;
  agenda: Array<Scalars['String']['output']>;
  /** Whether the caller may change it (a referent of the convening platform; a CIO's direction team, or the PsyEn who scheduled it). */
  canEdit: Scalars['Boolean']['output'];
  cancelReason?: Maybe<Scalars['String']['output']>;
  /** Days after the meeting during which invited partners still see its situations. */
  caseAccessDays: Scalars['Int']['output'];
  /** The instant from which invited partners no longer see its situations (its end plus caseAccessDays). */
  caseAccessUntil: Scalars['DateTime']['output'];
  /** The CIO that convenes it (none for a platform's meeting). */
  cio?: Maybe<Organisation>;
  communes: Array<Scalars['String']['output']>;
  /** The CPMS contract a concertation école–centre belongs to (issue 19). */
  cpmsContract?: Maybe<CpmsContract>;
  decisions: Array<Scalars['String']['output']>;
  endsAt: Scalars['DateTime']['output'];
  /** The iCalendar SEQUENCE of the last invitation sent. */
  icsSequence: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  invitees: Array<MeetingInvitee>;
  kind: MeetingKind;
  minutes?: Maybe<Scalars['String']['output']>;
  /** Who convenes it: the referent who scheduled it, the invitations' organizer. */
  organizerName: Scalars['String']['output'];
  /** A thematic action's parcours. */
  parcours?: Maybe<ThematicParcours>;
  place?: Maybe<Scalars['String']['output']>;
  /** The platform that convenes it (none for a CIO's meeting). */
  platform?: Maybe<Platform>;
  /** Every platform it gathers (several for inter-PSAD and regional meetings). */
  platforms: Array<Platform>;
  /** The cases to examine (cotech only): what the caller may see of them, empty for anyone else. */
  situations: Array<MeetingSituation>;
  startsAt: Scalars['DateTime']['output'];
  status: MeetingStatus;
  theme?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  visioUrl?: Maybe<Scalars['String']['output']>;
};

export type MeetingAction = {
  __typename?: 'MeetingAction';
  /** Decided at an earlier meeting of the series and not finished yet. */
  carriedOver: Scalars['Boolean']['output'];
  dueDate?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** The meeting that decided it. */
  meetingId: Scalars['ID']['output'];
  meetingStartsAt: Scalars['DateTime']['output'];
  note?: Maybe<Scalars['String']['output']>;
  ownerName: Scalars['String']['output'];
  ownerOrganisation?: Maybe<Organisation>;
  status: MeetingActionStatus;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type MeetingActionStatus =
  | 'ABANDONNEE'
  | 'A_FAIRE'
  | 'EN_COURS'
  | 'FAITE';

export type MeetingConnection = {
  __typename?: 'MeetingConnection';
  nodes: Array<Meeting>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MeetingInvitee = {
  __typename?: 'MeetingInvitee';
  attendance?: Maybe<Attendance>;
  guestEmail?: Maybe<Scalars['String']['output']>;
  guestName?: Maybe<Scalars['String']['output']>;
  guestOrganisation?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Who it is, in words (organisation, user or guest). */
  label: Scalars['String']['output'];
  organisation?: Maybe<Organisation>;
  /** The user invited by name. */
  userId?: Maybe<Scalars['ID']['output']>;
};

export type MeetingKind =
  /** A CIO's thematic action for families and partners (parcours Avenir or Citoyen). */
  | 'ACTION_THEMATIQUE'
  | 'BILATERALE'
  /** A CIO's « concertation sur projet », on the direction's or a PsyEn's initiative. */
  | 'CONCERTATION_PROJET'
  | 'COPIL_BASSIN'
  | 'COPIL_REGIONAL'
  | 'COTECH'
  | 'INTER_PSAD'
  | 'MULTILATERALE';

/** A case on a cotech's agenda, as an invited partner sees it: a summary, never the contact details. */
export type MeetingSituation = {
  __typename?: 'MeetingSituation';
  age: Scalars['Int']['output'];
  assignedOrganisation?: Maybe<Organisation>;
  caseId: Scalars['ID']['output'];
  caseVersion: Scalars['Int']['output'];
  commune?: Maybe<Scalars['String']['output']>;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decision?: Maybe<SituationDecision>;
  decisionComment?: Maybe<Scalars['String']['output']>;
  firstNames: Scalars['String']['output'];
  flags: CaseFlags;
  lastContactAt?: Maybe<Scalars['DateTime']['output']>;
  lastName: Scalars['String']['output'];
  proposal?: Maybe<Scalars['String']['output']>;
  status: CaseStatus;
};

export type MeetingStatus =
  | 'ANNULEE'
  | 'PLANIFIEE'
  | 'TENUE';

export type MemberInput = {
  mission: Scalars['String']['input'];
  organisationId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
  /** …the name of a professional without an account. */
  professionalName?: InputMaybe<Scalars['String']['input']>;
  service?: InputMaybe<Scalars['String']['input']>;
  since: Scalars['Date']['input'];
  until?: InputMaybe<Scalars['Date']['input']>;
  /** A user of Maillage, or… */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

export type Membership = {
  __typename?: 'Membership';
  id: Scalars['ID']['output'];
  organisation: Organisation;
  roles: Array<Role>;
  user: User;
  version: Scalars['Int']['output'];
};

export type MembershipInput = {
  organisationId: Scalars['ID']['input'];
  roles: Array<Role>;
};

/** Young people aged 16 to 17 today (obligation de formation), and those of them still without a solution (A_TRAITER, AFFECTE or EN_COURS). */
export type MinorsWithoutSolution = {
  __typename?: 'MinorsWithoutSolution';
  count: Scalars['Int']['output'];
  minors: Scalars['Int']['output'];
  /** count / minors (0..1), null when there are no minors. */
  share?: Maybe<Scalars['Float']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** The first decision wins: a transfer already decided gets CONFLICT. */
  acceptTransfer: CaseTransfer;
  addAccompanimentMember: AccompanimentMember;
  addCompetence: Competence;
  /** Adds a measured value; answers the criterion. */
  addCriterionValue: EvaluationCriterion;
  addMeetingAction: MeetingAction;
  addMembership: Membership;
  addPlanAction: PlanAction;
  addPlanGoal: PlanGoal;
  addVeilleDocument: VeilleDocument;
  /** A comment on an action: the CIO's direction team and PsyEn. */
  addWorkPlanComment: WorkPlanComment;
  /** Answers a campaign, anonymously and once (a PsyEn of its CIO, while it is open). */
  answerQvtCampaign: QvtCampaign;
  /**
   * Admins only: approves a pending request. Creates the account (it signs in with ProConnect), its
   * membership of the organisation with the roles given, and the link of its ProConnect identity.
   */
  approveAccessRequest: AccessRequest;
  /** Assigns A_TRAITER cases of a platform to one of its partners: all or nothing. */
  assignCases: Array<Case>;
  cancelMeeting: Meeting;
  /** The sender withdraws a pending transfer; one already decided or cancelled gets CONFLICT. */
  cancelTransfer: CaseTransfer;
  changeOwnPassword: Scalars['Boolean']['output'];
  closeCase: Case;
  /** BILAN_DEPOSE → CLOTURE (officer). */
  closeClasProject: ClasProject;
  closeOncallFollowUp: OncallCall;
  commentClasProject: ClasComment;
  /** Creates a PA; the caller becomes the first entry of the list (organisation, mission). */
  createAccompaniedPerson: AccompaniedPerson;
  /** Issues a key for a user holding the SERVICE_ACCOUNT role, who may hold two usable keys at once (to rotate). */
  createApiKey: CreatedApiKey;
  createClasProject: ClasProject;
  createCpmsContract: CpmsContract;
  createCpmsObjectivesContract: CpmsObjectivesContract;
  createCpmsSchoolPlan: CpmsSchoolPlan;
  createEvaluationCriterion: EvaluationCriterion;
  createOncallShift: OncallShift;
  createOrganisation: Organisation;
  createOrientationDuty: OrientationDuty;
  createOrientationNetwork: OrientationNetwork;
  createOrientationPeriod: OrientationPeriod;
  createPlatform: Platform;
  createPlatformAction: PlatformAction;
  /** Creates a campaign with its questions (direction team of the CIO). */
  createQvtCampaign: QvtCampaign;
  createSolutionOffer: SolutionOffer;
  createTerritory: Territory;
  createTransversalFile: OrientationTransversalFile;
  createUser: User;
  /** Subscribes an address; the answer holds its signing secret, shown this once. */
  createWebhookEndpoint: CreatedWebhookEndpoint;
  /** A new work plan of a CIO (its direction team). */
  createWorkPlan: WorkPlan;
  createWorkPlanAction: WorkPlanAction;
  decideClasProject: ClasProject;
  decideOncallSwap: OncallSwap;
  decideReference: ParcoursReference;
  /** Applies what the cotech decided about a situation through the case's state machine. */
  decideSituation: MeetingSituation;
  deleteEvaluationCriterion: Scalars['Boolean']['output'];
  deleteOncallShift: Scalars['Boolean']['output'];
  deleteOrientationDuty: Scalars['Boolean']['output'];
  deleteOrientationNetwork: Scalars['Boolean']['output'];
  deleteOrientationPeriod: Scalars['Boolean']['output'];
  deletePlatformAction: Scalars['Boolean']['output'];
  deleteSolutionOffer: Scalars['Boolean']['output'];
  deleteVeilleDocument: Scalars['Boolean']['output'];
  deleteWebhookEndpoint: Scalars['Boolean']['output'];
  /** Deletes a plan with its actions and their comments (its direction team). */
  deleteWorkPlan: Scalars['Boolean']['output'];
  deleteWorkPlanAction: Scalars['Boolean']['output'];
  /** Ends an entry (until): the intervenant no longer sees the PA after that day. */
  endAccompanimentMember: AccompanimentMember;
  /** DEPOSE → EN_INSTRUCTION (officer). */
  examineClasProject: ClasProject;
  generateOncallWeeks: Array<OncallShift>;
  logClasActivity: ClasActivityLog;
  logClasSession: ClasSessionLog;
  logCpmsExchange: CpmsExchange;
  logOncallCall: OncallCall;
  /**
   * Marks all of the signed-in user's notifications read, or with upTo only those up to that one (the
   * newest the page showed: one arrived since stays unread); answers the unread count left.
   */
  markAllNotificationsRead: Scalars['Int']['output'];
  /** Marks these notifications of the signed-in user read; answers the unread count left. */
  markNotificationsRead: Scalars['Int']['output'];
  /**
   * Merges the record mergeId into keepId (referents of the platform): the kept record's identity wins,
   * its empty contact and schooling details are filled from the other; every case moves to the kept record
   * with its timeline and attempts; of two open cases the one further along stays open and the other is
   * closed (AUTRE, « Doublon fusionné avec un autre dossier »); the merged record is then deleted. Cannot be undone.
   */
  mergeYoungPeople: YoungPerson;
  proposeOncallSwap: OncallSwap;
  proposeReference: ParcoursReference;
  /** Proposes the case to another partner of its platform (toOrganisationId) or to another platform (toPlatformId); the sender keeps it until acceptance. */
  proposeTransfer: CaseTransfer;
  /** Publishes a period's draft shifts; CONFLICT listing every gap and breach while any remains. */
  publishOncallPeriod: OncallPublication;
  reassignCase: Case;
  recordAttendance: Meeting;
  recordConsent: Consent;
  recordContactAttempt: Case;
  recordCpmsIndicatorsReached: CpmsContract;
  recordMinutes: Meeting;
  recordSituationCheck: Case;
  /** offerId: a catalogue offer of the case's platform, active on startDate; the type must be its type, and its organisation is taken when organisationId is omitted. */
  recordSolution: Case;
  /** Records that an intervenant taking part agrees to the PA's presence. */
  recordSyntheseAgreement: SyntheseMeeting;
  recordSyntheseOutcome: SyntheseMeeting;
  refuseTransfer: CaseTransfer;
  /**
   * Admins only: registers documents (their exact texts) for a service account, each under its sha256 id;
   * a document already registered stays as it was. Each must be valid against the schema.
   */
  registerTrustedDocuments: Array<TrustedDocument>;
  /** Admins only: refuses a pending request, with a reason. */
  rejectAccessRequest: AccessRequest;
  removeCompetence: Scalars['Boolean']['output'];
  /** Removes a measured value; answers the criterion. */
  removeCriterionValue: EvaluationCriterion;
  removeMembership: Scalars['Boolean']['output'];
  /** Admins only: removes a registered document; the account's keys can no longer send it. */
  removeTrustedDocument: TrustedDocument;
  /** Opens a new episode (A_TRAITER) for the young person of a closed case; the closed one keeps its history. */
  reopenCase: Case;
  /** Replaces the pool's week of templates (directors). */
  replaceOncallTemplates: OncallPool;
  /** Sends a delivery again now (« Rejouer »), whatever its state, unless it is being sent. */
  replayWebhookDelivery: WebhookDelivery;
  /** Admins only: runs a failed job again (audited). A job in any other state is refused (CONFLICT). */
  retryBackgroundJob: BackgroundJob;
  revokeApiKey: ApiKey;
  /** Ends every session of the caller but this one; returns how many ended. */
  revokeOtherSessions: Scalars['Int']['output'];
  /** Ends one of the caller's sessions (another device, or this one). */
  revokeSession: Scalars['Boolean']['output'];
  /** A new signing secret, shown this once; the former one keeps signing beside it for a day. */
  rotateWebhookSecret: CreatedWebhookEndpoint;
  saveBilanSections: PsadBilan;
  /** The month's grid of externalised interviews (PsyEn and direction team of the CIO). */
  saveInterviewCounts: Array<InterviewCount>;
  scheduleCpmsConcertation: CpmsConcertation;
  scheduleMeeting: Meeting;
  scheduleSynthese: SyntheseMeeting;
  setApiKeyRateLimit: ApiKey;
  /** Replaces the holder's attendance list of a group (names seen by the holder only). */
  setClasRoster: Array<ClasRosterEntry>;
  /** Admin: sets a school year's configuration (audited). */
  setClasYearConfig: ClasYearConfig;
  /** Sets the signed-in user's preferences for these kinds (security notices stay immediate). */
  setNotificationPreferences: Array<NotificationPreference>;
  /** Sets or clears an agent's on-call phone in the pool (directors). */
  setOncallPhone: OncallPerson;
  setOrganisationActive: Organisation;
  setPsyenQuotity: PsyenService;
  /** Replaces a PsyEn's week in a period: refused beyond their quotity, or in a school outside their networks. */
  setPsyenWeek: Array<OrientationSlot>;
  /** Sets the PA's participation: refused (CONFLICT) until the PA's and every participant's agreement are recorded. */
  setSynthesePaParticipation: SyntheseMeeting;
  /** Deactivating a user also revokes their sessions. */
  setUserActive: User;
  /** Turns an endpoint on (its failure streak forgotten) or off (its waiting retries given up). */
  setWebhookEndpointEnabled: WebhookEndpoint;
  /** An action's status: its direction team, or a person it names. */
  setWorkPlanActionStatus: WorkPlanAction;
  signCpmsContract: CpmsContract;
  /** Signals a young person to a platform: partners and referents of the platform. */
  signalYoungPerson: SignalResult;
  stepCpmsContract: CpmsContract;
  /** ACCEPTE → BILAN_DEPOSE (holder). */
  submitClasBilan: ClasProject;
  /** BROUILLON or A_COMPLETER → DEPOSE, even with failing rules (the officer decides); the rule results are kept. */
  submitClasProject: ClasProject;
  /** Lifts the waits failed sign-ins put on the account, from every address, and starts its count of failures again. */
  unlockUser: User;
  updateAccompaniedPerson: AccompaniedPerson;
  updateClasProject: ClasProject;
  updateCpmsContract: CpmsContract;
  updateCpmsObjectivesContract: CpmsObjectivesContract;
  updateCpmsSchoolPlan: CpmsSchoolPlan;
  updateEvaluationCriterion: EvaluationCriterion;
  updateMeeting: Meeting;
  updateMeetingAction: MeetingAction;
  updateMembershipRoles: Membership;
  updateOncallRules: OncallPool;
  updateOrganisation: Organisation;
  updateOrientationDuty: OrientationDuty;
  updateOrientationNetwork: OrientationNetwork;
  updateOrientationPeriod: OrientationPeriod;
  updatePlanAction: PlanAction;
  updatePlatform: Platform;
  updatePlatformAction: PlatformAction;
  updateSolutionOffer: SolutionOffer;
  updateTransversalFile: OrientationTransversalFile;
  updateUser: User;
  updateVeilleDocument: VeilleDocument;
  updateWebhookEndpoint: WebhookEndpoint;
  updateWorkPlan: WorkPlan;
  updateWorkPlanAction: WorkPlanAction;
  withdrawConsent: Consent;
  /** The proposer withdraws a swap no director has decided yet. */
  withdrawOncallSwap: OncallSwap;
};


export type MutationAcceptTransferArgs = {
  transferId: Scalars['ID']['input'];
};


export type MutationAddAccompanimentMemberArgs = {
  input: MemberInput;
};


export type MutationAddCompetenceArgs = {
  kind: CompetenceKind;
  label: Scalars['String']['input'];
  personId: Scalars['ID']['input'];
};


export type MutationAddCriterionValueArgs = {
  input: AddCriterionValueInput;
};


export type MutationAddMeetingActionArgs = {
  input: AddMeetingActionInput;
};


export type MutationAddMembershipArgs = {
  input: MembershipInput;
  userId: Scalars['ID']['input'];
};


export type MutationAddPlanActionArgs = {
  input: PlanActionInput;
};


export type MutationAddPlanGoalArgs = {
  personId: Scalars['ID']['input'];
  theme: PlanTheme;
  title: Scalars['String']['input'];
};


export type MutationAddVeilleDocumentArgs = {
  input: AddVeilleDocumentInput;
};


export type MutationAddWorkPlanCommentArgs = {
  input: AddWorkPlanCommentInput;
};


export type MutationAnswerQvtCampaignArgs = {
  input: AnswerQvtCampaignInput;
};


export type MutationApproveAccessRequestArgs = {
  input: ApproveAccessRequestInput;
};


export type MutationAssignCasesArgs = {
  cases: Array<CaseVersionInput>;
  counsellorId?: InputMaybe<Scalars['ID']['input']>;
  organisationId: Scalars['ID']['input'];
  platformId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCancelMeetingArgs = {
  input: CancelMeetingInput;
};


export type MutationCancelTransferArgs = {
  transferId: Scalars['ID']['input'];
};


export type MutationChangeOwnPasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCloseCaseArgs = {
  caseId: Scalars['ID']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  outcome: CloseOutcome;
  version: Scalars['Int']['input'];
};


export type MutationCloseClasProjectArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationCloseOncallFollowUpArgs = {
  input: CloseOncallFollowUpInput;
};


export type MutationCommentClasProjectArgs = {
  body: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
};


export type MutationCreateAccompaniedPersonArgs = {
  mission: Scalars['String']['input'];
  organisationId: Scalars['ID']['input'];
  person: PersonInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateClasProjectArgs = {
  content: ClasProjectContentInput;
  organisationId: Scalars['ID']['input'];
};


export type MutationCreateCpmsContractArgs = {
  input: CreateCpmsContractInput;
};


export type MutationCreateCpmsObjectivesContractArgs = {
  input: CreateCpmsObjectivesContractInput;
};


export type MutationCreateCpmsSchoolPlanArgs = {
  input: CreateCpmsSchoolPlanInput;
};


export type MutationCreateEvaluationCriterionArgs = {
  input: CreateEvaluationCriterionInput;
};


export type MutationCreateOncallShiftArgs = {
  input: CreateOncallShiftInput;
};


export type MutationCreateOrganisationArgs = {
  input: CreateOrganisationInput;
};


export type MutationCreateOrientationDutyArgs = {
  input: CreateOrientationDutyInput;
};


export type MutationCreateOrientationNetworkArgs = {
  input: CreateOrientationNetworkInput;
};


export type MutationCreateOrientationPeriodArgs = {
  input: CreateOrientationPeriodInput;
};


export type MutationCreatePlatformArgs = {
  input: CreatePlatformInput;
};


export type MutationCreatePlatformActionArgs = {
  input: CreatePlatformActionInput;
};


export type MutationCreateQvtCampaignArgs = {
  input: CreateQvtCampaignInput;
};


export type MutationCreateSolutionOfferArgs = {
  input: CreateSolutionOfferInput;
};


export type MutationCreateTerritoryArgs = {
  input: CreateTerritoryInput;
};


export type MutationCreateTransversalFileArgs = {
  input: CreateTransversalFileInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


export type MutationCreateWorkPlanArgs = {
  input: CreateWorkPlanInput;
};


export type MutationCreateWorkPlanActionArgs = {
  input: CreateWorkPlanActionInput;
};


export type MutationDecideClasProjectArgs = {
  input: ClasDecisionInput;
};


export type MutationDecideOncallSwapArgs = {
  input: DecideOncallSwapInput;
};


export type MutationDecideReferenceArgs = {
  input: ReferenceDecisionInput;
};


export type MutationDecideSituationArgs = {
  input: DecideSituationInput;
};


export type MutationDeleteEvaluationCriterionArgs = {
  input: DeleteEvaluationCriterionInput;
};


export type MutationDeleteOncallShiftArgs = {
  input: DeleteOncallShiftInput;
};


export type MutationDeleteOrientationDutyArgs = {
  input: DeleteOrientationInput;
};


export type MutationDeleteOrientationNetworkArgs = {
  input: DeleteOrientationInput;
};


export type MutationDeleteOrientationPeriodArgs = {
  input: DeleteOrientationInput;
};


export type MutationDeletePlatformActionArgs = {
  input: DeletePlatformActionInput;
};


export type MutationDeleteSolutionOfferArgs = {
  input: DeleteSolutionOfferInput;
};


export type MutationDeleteVeilleDocumentArgs = {
  input: DeleteVeilleDocumentInput;
};


export type MutationDeleteWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationDeleteWorkPlanArgs = {
  input: DeleteWorkPlanInput;
};


export type MutationDeleteWorkPlanActionArgs = {
  input: DeleteWorkPlanActionInput;
};


export type MutationEndAccompanimentMemberArgs = {
  memberId: Scalars['ID']['input'];
  until: Scalars['Date']['input'];
};


export type MutationExamineClasProjectArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationGenerateOncallWeeksArgs = {
  input: GenerateOncallWeeksInput;
};


export type MutationLogClasActivityArgs = {
  heldOn: Scalars['Date']['input'];
  kind: ClasActivityLogKind;
  participants?: InputMaybe<Scalars['Int']['input']>;
  projectId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};


export type MutationLogClasSessionArgs = {
  childrenPresent: Scalars['Int']['input'];
  groupId: Scalars['ID']['input'];
  heldOn: Scalars['Date']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  presentRosterIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationLogCpmsExchangeArgs = {
  input: LogCpmsExchangeInput;
};


export type MutationLogOncallCallArgs = {
  input: LogOncallCallInput;
};


export type MutationMarkAllNotificationsReadArgs = {
  upTo?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationMarkNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationMergeYoungPeopleArgs = {
  keepId: Scalars['ID']['input'];
  keepVersion: Scalars['Int']['input'];
  mergeId: Scalars['ID']['input'];
  mergeVersion: Scalars['Int']['input'];
  platformId: Scalars['ID']['input'];
};


export type MutationProposeOncallSwapArgs = {
  input: ProposeOncallSwapInput;
};


export type MutationProposeReferenceArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
};


export type MutationProposeTransferArgs = {
  caseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  toOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  toPlatformId?: InputMaybe<Scalars['ID']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationPublishOncallPeriodArgs = {
  input: PublishOncallPeriodInput;
};


export type MutationReassignCaseArgs = {
  caseId: Scalars['ID']['input'];
  counsellorId?: InputMaybe<Scalars['ID']['input']>;
  organisationId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationRecordAttendanceArgs = {
  input: RecordAttendanceInput;
};


export type MutationRecordConsentArgs = {
  input: ConsentInput;
};


export type MutationRecordContactAttemptArgs = {
  attemptedAt: Scalars['DateTime']['input'];
  caseId: Scalars['ID']['input'];
  channel: ContactChannel;
  result: ContactResult;
  version: Scalars['Int']['input'];
};


export type MutationRecordCpmsIndicatorsReachedArgs = {
  input: RecordCpmsIndicatorsReachedInput;
};


export type MutationRecordMinutesArgs = {
  input: RecordMinutesInput;
};


export type MutationRecordSituationCheckArgs = {
  caseId: Scalars['ID']['input'];
  finding: SituationFinding;
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationRecordSolutionArgs = {
  caseId: Scalars['ID']['input'];
  offerId?: InputMaybe<Scalars['ID']['input']>;
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  startDate: Scalars['Date']['input'];
  type: SolutionType;
  version: Scalars['Int']['input'];
};


export type MutationRecordSyntheseAgreementArgs = {
  meetingId: Scalars['ID']['input'];
  memberId: Scalars['ID']['input'];
};


export type MutationRecordSyntheseOutcomeArgs = {
  decisions: Scalars['String']['input'];
  meetingId: Scalars['ID']['input'];
  notes: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRefuseTransferArgs = {
  reason: Scalars['String']['input'];
  transferId: Scalars['ID']['input'];
};


export type MutationRegisterTrustedDocumentsArgs = {
  documents: Array<Scalars['String']['input']>;
  userId: Scalars['ID']['input'];
};


export type MutationRejectAccessRequestArgs = {
  input: RejectAccessRequestInput;
};


export type MutationRemoveCompetenceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveCriterionValueArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveMembershipArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRemoveTrustedDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReopenCaseArgs = {
  caseId: Scalars['ID']['input'];
};


export type MutationReplaceOncallTemplatesArgs = {
  input: ReplaceOncallTemplatesInput;
};


export type MutationReplayWebhookDeliveryArgs = {
  deliveryId: Scalars['ID']['input'];
};


export type MutationRetryBackgroundJobArgs = {
  id: Scalars['ID']['input'];
  queue: Scalars['String']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateWebhookSecretArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationSaveBilanSectionsArgs = {
  input: SaveBilanSectionsInput;
};


export type MutationSaveInterviewCountsArgs = {
  input: SaveInterviewCountsInput;
};


export type MutationScheduleCpmsConcertationArgs = {
  input: ScheduleCpmsConcertationInput;
};


export type MutationScheduleMeetingArgs = {
  input: ScheduleMeetingInput;
};


export type MutationScheduleSyntheseArgs = {
  input: SyntheseInput;
};


export type MutationSetApiKeyRateLimitArgs = {
  id: Scalars['ID']['input'];
  rateLimitPerMinute: Scalars['Int']['input'];
};


export type MutationSetClasRosterArgs = {
  groupId: Scalars['ID']['input'];
  names: Array<Scalars['String']['input']>;
};


export type MutationSetClasYearConfigArgs = {
  input: ClasYearConfigInput;
};


export type MutationSetNotificationPreferencesArgs = {
  preferences: Array<NotificationPreferenceInput>;
};


export type MutationSetOncallPhoneArgs = {
  input: SetOncallPhoneInput;
};


export type MutationSetOrganisationActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationSetPsyenQuotityArgs = {
  input: SetPsyenQuotityInput;
};


export type MutationSetPsyenWeekArgs = {
  input: SetPsyenWeekInput;
};


export type MutationSetSynthesePaParticipationArgs = {
  meetingId: Scalars['ID']['input'];
  participates: Scalars['Boolean']['input'];
  version: Scalars['Int']['input'];
};


export type MutationSetUserActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationSetWebhookEndpointEnabledArgs = {
  enabled: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationSetWorkPlanActionStatusArgs = {
  input: SetWorkPlanActionStatusInput;
};


export type MutationSignCpmsContractArgs = {
  input: SignCpmsContractInput;
};


export type MutationSignalYoungPersonArgs = {
  input: SignalInput;
};


export type MutationStepCpmsContractArgs = {
  input: CpmsContractStepInput;
};


export type MutationSubmitClasBilanArgs = {
  assessment: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationSubmitClasProjectArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationUnlockUserArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationUpdateAccompaniedPersonArgs = {
  id: Scalars['ID']['input'];
  person: PersonInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateClasProjectArgs = {
  content: ClasProjectContentInput;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationUpdateCpmsContractArgs = {
  input: UpdateCpmsContractInput;
};


export type MutationUpdateCpmsObjectivesContractArgs = {
  input: UpdateCpmsObjectivesContractInput;
};


export type MutationUpdateCpmsSchoolPlanArgs = {
  input: UpdateCpmsSchoolPlanInput;
};


export type MutationUpdateEvaluationCriterionArgs = {
  input: UpdateEvaluationCriterionInput;
};


export type MutationUpdateMeetingArgs = {
  input: UpdateMeetingInput;
};


export type MutationUpdateMeetingActionArgs = {
  input: UpdateMeetingActionInput;
};


export type MutationUpdateMembershipRolesArgs = {
  id: Scalars['ID']['input'];
  roles: Array<Role>;
  version: Scalars['Int']['input'];
};


export type MutationUpdateOncallRulesArgs = {
  input: UpdateOncallRulesInput;
};


export type MutationUpdateOrganisationArgs = {
  input: UpdateOrganisationInput;
};


export type MutationUpdateOrientationDutyArgs = {
  input: UpdateOrientationDutyInput;
};


export type MutationUpdateOrientationNetworkArgs = {
  input: UpdateOrientationNetworkInput;
};


export type MutationUpdateOrientationPeriodArgs = {
  input: UpdateOrientationPeriodInput;
};


export type MutationUpdatePlanActionArgs = {
  input: UpdatePlanActionInput;
};


export type MutationUpdatePlatformArgs = {
  input: UpdatePlatformInput;
};


export type MutationUpdatePlatformActionArgs = {
  input: UpdatePlatformActionInput;
};


export type MutationUpdateSolutionOfferArgs = {
  input: UpdateSolutionOfferInput;
};


export type MutationUpdateTransversalFileArgs = {
  input: UpdateTransversalFileInput;
};


export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};


export type MutationUpdateVeilleDocumentArgs = {
  input: UpdateVeilleDocumentInput;
};


export type MutationUpdateWebhookEndpointArgs = {
  input: UpdateWebhookEndpointInput;
};


export type MutationUpdateWorkPlanArgs = {
  input: UpdateWorkPlanInput;
};


export type MutationUpdateWorkPlanActionArgs = {
  input: UpdateWorkPlanActionInput;
};


export type MutationWithdrawConsentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationWithdrawOncallSwapArgs = {
  input: WithdrawOncallSwapInput;
};

/** One notice to the signed-in user. Never names a person: the kind, how many, for which organisation, and a link. */
export type Notification = {
  __typename?: 'Notification';
  count: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  /** The app's path to the object. */
  link: Scalars['String']['output'];
  organisation?: Maybe<Organisation>;
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** The notice in French (« 25 dossiers ont été attribués à Mission locale de Bourges. »). */
  text: Scalars['String']['output'];
};

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  nodes: Array<Notification>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** What Maillage tells its users (shared/src/notifications/kinds.ts). */
export type NotificationKind =
  | 'ACCESS_REQUEST_RECEIVED'
  | 'CASES_ASSIGNED'
  | 'CLAS_BILAN_DUE'
  | 'CLAS_DECISION'
  | 'CLAS_PROJECT_SUBMITTED'
  | 'CLAS_TO_COMPLETE'
  | 'CPMS_CONTRACT_EVALUATION_DUE'
  | 'MEETING_CANCELLED'
  | 'MEETING_INVITATION'
  | 'MEETING_UPDATED'
  | 'ONCALL_SHIFT_SOON'
  | 'PARCOURS_CONSENT_WITHDRAWN'
  | 'PARCOURS_DOCUMENT_SHARED'
  | 'PARCOURS_REFERENCE_PROPOSED'
  | 'PARCOURS_SYNTHESE_AGREEMENT'
  | 'REFERENT_REMINDERS'
  | 'SECURITY_ACCOUNT_LOCKED'
  | 'SECURITY_API_KEY'
  | 'SECURITY_PASSWORD_CHANGED'
  | 'SECURITY_READ_BUDGET_EXCEEDED'
  | 'SECURITY_SECOND_FACTOR_CHANGED'
  | 'SIGNAL_RECEIVED'
  | 'TRANSFER_ANSWERED'
  | 'TRANSFER_PROPOSED'
  | 'WEBHOOK_ENDPOINT_DISABLED'
  | 'WORK_PLAN_ACTION_DUE'
  | 'WORK_PLAN_ACTION_LATE';

/** IMMEDIATE: in the app and by e-mail now; DIGEST: in the app, by e-mail in the daily digest; IN_APP: in the app only; OFF: never. */
export type NotificationMode =
  | 'DIGEST'
  | 'IMMEDIATE'
  | 'IN_APP'
  | 'OFF';

/** The signed-in user's choice for one kind (or the default). */
export type NotificationPreference = {
  __typename?: 'NotificationPreference';
  /** Who receives it. */
  audience: Scalars['String']['output'];
  kind: NotificationKind;
  /** What the preferences page calls the kind. */
  label: Scalars['String']['output'];
  /** Security notices are always sent immediately. */
  locked: Scalars['Boolean']['output'];
  mode: NotificationMode;
};

export type NotificationPreferenceInput = {
  kind: NotificationKind;
  mode: NotificationMode;
};

/** Who is on call at an instant: the published shift and its agent and backup, with their phones. */
export type OncallAnswer = {
  __typename?: 'OncallAnswer';
  agent?: Maybe<OncallPerson>;
  at: Scalars['DateTime']['output'];
  backup?: Maybe<OncallPerson>;
  shift?: Maybe<OncallShift>;
};

/** A call to the line: never the caller's identity. */
export type OncallCall = {
  __typename?: 'OncallCall';
  action: Scalars['String']['output'];
  callerKind: OncallCallerKind;
  category: OncallCallCategory;
  followUpDoneAt?: Maybe<Scalars['DateTime']['output']>;
  followUpDue?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  receivedAt: Scalars['DateTime']['output'];
  referredCpms?: Maybe<OncallCpms>;
  urgency: OncallUrgency;
  version: Scalars['Int']['output'];
};

export type OncallCallCategory =
  | 'ABSENTEISME'
  | 'AUTRE'
  | 'DETRESSE'
  | 'FAMILLE'
  | 'HARCELEMENT'
  | 'ORIENTATION'
  | 'SANTE'
  | 'VIOLENCE';

export type OncallCallStats = {
  __typename?: 'OncallCallStats';
  byCategory: Array<OncallCategoryCount>;
  byHour: Array<OncallHourCount>;
  month: Scalars['String']['output'];
  total: Scalars['Int']['output'];
};

export type OncallCallerKind =
  | 'AUTRE'
  | 'ECOLE'
  | 'ELEVE'
  | 'PARENT';

export type OncallCategoryCount = {
  __typename?: 'OncallCategoryCount';
  category: OncallCallCategory;
  count: Scalars['Int']['output'];
};

export type OncallCheck = {
  __typename?: 'OncallCheck';
  coveredMinutes: Scalars['Int']['output'];
  issues: Array<OncallIssue>;
  periodMinutes: Scalars['Int']['output'];
};

export type OncallCpms = {
  __typename?: 'OncallCpms';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type OncallHourCount = {
  __typename?: 'OncallHourCount';
  count: Scalars['Int']['output'];
  hour: Scalars['Int']['output'];
};

/** A gap or a breach of the coverage rules. */
export type OncallIssue = {
  __typename?: 'OncallIssue';
  endsAt: Scalars['DateTime']['output'];
  kind: OncallIssueKind;
  person?: Maybe<OncallPerson>;
  startsAt: Scalars['DateTime']['output'];
};

export type OncallIssueKind =
  | 'PROPRE_BACKUP'
  | 'REPOS'
  | 'SANS_AGENT'
  | 'SANS_BACKUP'
  | 'TROP_LONG';

/** An agent or director of a pool's member CPMS, with their on-call phone. */
export type OncallPerson = {
  __typename?: 'OncallPerson';
  cpmsName: Scalars['String']['output'];
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  isAgent: Scalars['Boolean']['output'];
  phone?: Maybe<Scalars['String']['output']>;
};

/** A pool of CPMS sharing the 24/7 line. */
export type OncallPool = {
  __typename?: 'OncallPool';
  callStats: OncallCallStats;
  /** The calls of a month (yyyy-mm), newest first (at most 500). */
  calls: Array<OncallCall>;
  /** Whether the caller directs one of its member CPMS (writes the rota, decides swaps). */
  canDirect: Scalars['Boolean']['output'];
  /** Every gap and breach of the rules over the Brussels days [from, to), draft and published shifts alike. */
  check: OncallCheck;
  cpms: Array<OncallCpms>;
  id: Scalars['ID']['output'];
  maxShiftMinutes: Scalars['Int']['output'];
  minRestMinutes: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  people: Array<OncallPerson>;
  /** The shifts overlapping the Brussels days [from, to) (at most 12 weeks). */
  shifts: Array<OncallShift>;
  swaps: Array<OncallSwap>;
  templates: Array<OncallTemplate>;
  version: Scalars['Int']['output'];
};


/** A pool of CPMS sharing the 24/7 line. */
export type OncallPoolCallStatsArgs = {
  month: Scalars['String']['input'];
};


/** A pool of CPMS sharing the 24/7 line. */
export type OncallPoolCallsArgs = {
  month: Scalars['String']['input'];
};


/** A pool of CPMS sharing the 24/7 line. */
export type OncallPoolCheckArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/** A pool of CPMS sharing the 24/7 line. */
export type OncallPoolShiftsArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};

export type OncallPublication = {
  __typename?: 'OncallPublication';
  published: Scalars['Int']['output'];
};

/** A shift of the rota: its real length in minutes (daylight-saving changes included). */
export type OncallShift = {
  __typename?: 'OncallShift';
  agent?: Maybe<OncallPerson>;
  backup?: Maybe<OncallPerson>;
  /** Whether the shift spans a change of the Brussels offset (its length differs from its wall-clock span). */
  crossesDstChange: Scalars['Boolean']['output'];
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  minutes: Scalars['Int']['output'];
  startsAt: Scalars['DateTime']['output'];
  status: OncallShiftStatus;
  version: Scalars['Int']['output'];
};

export type OncallShiftStatus =
  | 'BROUILLON'
  | 'PUBLIE';

export type OncallSwap = {
  __typename?: 'OncallSwap';
  createdAt: Scalars['DateTime']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  from?: Maybe<OncallPerson>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  role: OncallSwapRole;
  shift?: Maybe<OncallShift>;
  status: OncallSwapStatus;
  to?: Maybe<OncallPerson>;
  version: Scalars['Int']['output'];
};

export type OncallSwapRole =
  | 'AGENT'
  | 'BACKUP';

export type OncallSwapStatus =
  | 'ANNULE'
  | 'APPROUVE'
  | 'PROPOSE'
  | 'REFUSE';

/** A week's template: ISO weekday (1 = Monday), local start and end (Europe/Brussels); an end at or before the start is on the next day. */
export type OncallTemplate = {
  __typename?: 'OncallTemplate';
  agent?: Maybe<OncallPerson>;
  backup?: Maybe<OncallPerson>;
  endTime: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  startTime: Scalars['String']['output'];
  weekday: Scalars['Int']['output'];
};

/** A template of the week: ISO weekday (1 = Monday), local start and end (HH:MM, Brussels; an end at or before the start is on the next day). */
export type OncallTemplateInput = {
  agentId: Scalars['ID']['input'];
  backupId: Scalars['ID']['input'];
  endTime: Scalars['String']['input'];
  startTime: Scalars['String']['input'];
  weekday: Scalars['Int']['input'];
};

export type OncallUrgency =
  | 'FAIBLE'
  | 'HAUTE'
  | 'MOYENNE'
  | 'VITALE';

/** An organisation of the network (docs/domain.md §1). */
export type Organisation = {
  __typename?: 'Organisation';
  active: Scalars['Boolean']['output'];
  address?: Maybe<Scalars['String']['output']>;
  communeInsee?: Maybe<Scalars['String']['output']>;
  communeName?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  email?: Maybe<Scalars['String']['output']>;
  /** A Belgian school's number in the FASE register (ECOLE only). */
  fase?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: OrganisationKind;
  lyceeTeteDeReseau: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  postalCode?: Maybe<Scalars['String']['output']>;
  /** Its SIRET (14 digits): a ProConnect access request from this SIRET goes to the organisation's administrators. */
  siret?: Maybe<Scalars['String']['output']>;
  territory?: Maybe<Territory>;
  /** The IANA time zone of the organisation's clocks: Europe/Paris, or Europe/Brussels for Belgian kinds. */
  timeZone: Scalars['String']['output'];
  /** A school's identifier (EPLE only). */
  uai?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  website?: Maybe<Scalars['String']['output']>;
};

export type OrganisationConnection = {
  __typename?: 'OrganisationConnection';
  nodes: Array<Organisation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganisationFilter = {
  communeInsee?: InputMaybe<Scalars['String']['input']>;
  /** Inactive organisations are hidden unless this is true (admins only). */
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<OrganisationKind>;
  /** Matches any part of the name, without regard to case or accents. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Organisations in this territory or any territory below it. */
  territoryId?: InputMaybe<Scalars['ID']['input']>;
};

export type OrganisationKind =
  /** The central administration of the Fédération Wallonie-Bruxelles. */
  | 'ADMINISTRATION_CENTRALE'
  | 'ASSOCIATION'
  | 'CAF'
  | 'CENTRE_SOCIAL'
  | 'CFA'
  | 'CIO'
  | 'COLLECTIVITE'
  /** Centre psycho-médico-social (Belgium, Fédération Wallonie-Bruxelles). */
  | 'CPMS'
  | 'DAAF'
  | 'DEFENSE'
  /** A Belgian school (école fondamentale or secondaire), with its FASE number. */
  | 'ECOLE'
  | 'EPLE'
  | 'MFR'
  | 'MISSION_LOCALE'
  | 'MLDS'
  | 'OTHER'
  | 'PJJ'
  | 'SERVICE_SOCIAL'
  /** The zone of a délégué au contrat d'objectifs (DCO), Belgium. */
  | 'ZONE_DCO';

/** A CIO whose orientation service the caller works in or with (issue 18). */
export type OrientationCio = {
  __typename?: 'OrientationCio';
  /** Whether the caller is in its direction team (DCIO, the département's IEN-IO): they edit its networks, time, « qui fait quoi ? », files and plans. */
  canDirect: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Its PsyEn and directors. */
  people: Array<OrientationPerson>;
};

/** A line of the « qui fait quoi ? »: a responsibility and each role's part in it. */
export type OrientationDuty = {
  __typename?: 'OrientationDuty';
  cells: Array<OrientationDutyCell>;
  cioId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  version: Scalars['Int']['output'];
};

export type OrientationDutyCell = {
  __typename?: 'OrientationDutyCell';
  involvement: DutyInvolvement;
  role: DutyRole;
};

export type OrientationDutyCellInput = {
  involvement: DutyInvolvement;
  role: DutyRole;
};

/** A network of a CIO: a lycée tête de réseau, the schools attached to it, its PsyEn. */
export type OrientationNetwork = {
  __typename?: 'OrientationNetwork';
  cioId: Scalars['ID']['output'];
  headSchool: Organisation;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  psyen: Array<OrientationPerson>;
  /** Its schools, the tête de réseau first, then by name. */
  schools: Array<Organisation>;
  version: Scalars['Int']['output'];
  /** What the direction team should look at: fewer than one or more than three PsyEn, a school also in another network. */
  warnings: Array<Scalars['String']['output']>;
};

/** A period of a school year's orientation calendar (rentrée, vœux, affectation…) of a CIO. */
export type OrientationPeriod = {
  __typename?: 'OrientationPeriod';
  cioId: Scalars['ID']['output'];
  endsOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  schoolYear: Scalars['String']['output'];
  startsOn: Scalars['Date']['output'];
  version: Scalars['Int']['output'];
};

/** A PsyEn or a director of a CIO's orientation service, as its readers may name them. */
export type OrientationPerson = {
  __typename?: 'OrientationPerson';
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** PSYEN and/or CIO_DIRECTOR. */
  roles: Array<Role>;
};

/** The check of a CIO's split of time for a school year. */
export type OrientationServiceCheck = {
  __typename?: 'OrientationServiceCheck';
  services: Array<PsyenPeriodService>;
  uncovered: Array<UncoveredSchool>;
};

/** One half-day of a PsyEn's week in a period. */
export type OrientationSlot = {
  __typename?: 'OrientationSlot';
  activity: SlotActivity;
  halfDay: HalfDay;
  id: Scalars['ID']['output'];
  mode: SlotMode;
  networkId?: Maybe<Scalars['ID']['output']>;
  periodId: Scalars['ID']['output'];
  person: OrientationPerson;
  /** The school, for a half-day in a school of the network. */
  school?: Maybe<Organisation>;
  /** 1 (Monday) to 5 (Friday). */
  weekday: Scalars['Int']['output'];
};

export type OrientationSlotInput = {
  activity: SlotActivity;
  halfDay: HalfDay;
  mode?: InputMaybe<SlotMode>;
  schoolId?: InputMaybe<Scalars['ID']['input']>;
  weekday: Scalars['Int']['input'];
};

/** A file the direction team pilots by delegation of the IEN-IO. Never a pupil's name. */
export type OrientationTransversalFile = {
  __typename?: 'OrientationTransversalFile';
  cioId: Scalars['ID']['output'];
  documentLinks: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: TransversalFileKind;
  pilot?: Maybe<OrientationPerson>;
  since: Scalars['Date']['output'];
  status: TransversalFileStatus;
  summary?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/**
 * An e-mail the app composed, and what became of it (« Courriels envoyés »). Its bodies name no young
 * person nor accompanied person: kinds, organisations, counts and links into the app.
 */
export type OutboxEmail = {
  __typename?: 'OutboxEmail';
  createdAt: Scalars['DateTime']['output'];
  /** SMTP: handed to the SMTP server; OUTBOX: kept in the app (no SMTP_URL); null: not delivered yet. */
  deliveredVia?: Maybe<EmailDelivery>;
  id: Scalars['ID']['output'];
  /** A notification kind (CASES_ASSIGNED…), or DIGEST for the daily digest. */
  kind: Scalars['String']['output'];
  /** The kind in French (« Dossiers attribués à votre organisation », « Récapitulatif quotidien »). */
  kindLabel: Scalars['String']['output'];
  /** When the SMTP server accepted it; null when kept or not delivered yet. */
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  subject: Scalars['String']['output'];
  /** The plain-text part, as sent. */
  textBody: Scalars['String']['output'];
  /** The recipient's address. */
  toAddress: Scalars['String']['output'];
};

export type OutboxEmailConnection = {
  __typename?: 'OutboxEmailConnection';
  nodes: Array<OutboxEmail>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Aggregates of the référence de parcours (docs/domain.md §4): counts only, never a person. */
export type ParcoursIndicators = {
  __typename?: 'ParcoursIndicators';
  /** By current status, every status listed (zeros included). */
  byStatus: Array<ReferenceStatusCount>;
  documents: Scalars['Int']['output'];
  endedByReason: Array<EndReasonCount>;
  /** Persons with at least one document in their locker. */
  lockersInUse: Scalars['Int']['output'];
  persons: Scalars['Int']['output'];
  /** Distinct professionals acting as referent of an active reference. */
  professionalsActingAsReferent: Scalars['Int']['output'];
  /** References the PA accepted: active now (ACCEPTEE) or ended since (TERMINEE). */
  referencesAccepted: Scalars['Int']['output'];
  /** Every reference proposed, whatever became of it. */
  referencesProposed: Scalars['Int']['output'];
  sansSuiteByMotive: Array<SansSuiteMotiveCount>;
};

/** A professional who may be put on a liste d'accompagnement with their account: a social worker or a counsellor of an organisation. Name and roles there only. */
export type ParcoursProfessional = {
  __typename?: 'ParcoursProfessional';
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Of SOCIAL_WORKER and COUNSELLOR, those the professional holds in the organisation asked for. */
  roles: Array<Role>;
};

export type ParcoursReference = {
  __typename?: 'ParcoursReference';
  allowedActions: Array<ReferenceActionType>;
  chosenAt?: Maybe<Scalars['DateTime']['output']>;
  comment?: Maybe<Scalars['String']['output']>;
  endReason?: Maybe<ReferenceEndReason>;
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  history: Array<ReferenceEvent>;
  id: Scalars['ID']['output'];
  proposedAt: Scalars['DateTime']['output'];
  proposedBy?: Maybe<User>;
  referent?: Maybe<AccompanimentMember>;
  sansSuiteMotive?: Maybe<SansSuiteMotive>;
  status: ReferenceStatus;
  version: Scalars['Int']['output'];
};

/** The cases (in the filter) assigned to one partner organisation, by status; every current partner is listed, with zeros. */
export type PartnerCases = {
  __typename?: 'PartnerCases';
  byStatus: Array<StatusCount>;
  organisation: Organisation;
  total: Scalars['Int']['output'];
};

export type PartnerSchool = {
  __typename?: 'PartnerSchool';
  contactName?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  uai?: Maybe<Scalars['String']['output']>;
};

export type PartnerSchoolInput = {
  contactName?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  uai?: InputMaybe<Scalars['String']['input']>;
};

/** What may be done on a PA's record (PersonActionRefusal says why one is refused now). */
export type PersonAction =
  | 'ADD_MEMBER'
  /** Goals, actions and their statuses: around an active reference. */
  | 'EDIT_PLAN'
  | 'PROPOSE_REFERENCE'
  | 'RECORD_CONSENT'
  | 'SCHEDULE_SYNTHESE'
  | 'UPLOAD_DOCUMENT';

export type PersonActionRefusal = {
  __typename?: 'PersonActionRefusal';
  action: PersonAction;
  /** Why, in French, with what to do first. */
  reason: Scalars['String']['output'];
  /** The step to take first, when one unlocks the action. */
  step?: Maybe<PersonStep>;
};

export type PersonInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  domiciled: Scalars['Boolean']['input'];
  domiciliationOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstNames: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** A step that unlocks a refused action. */
export type PersonStep =
  | 'ADD_MEMBER'
  | 'DECIDE_REFERENCE'
  | 'PROPOSE_REFERENCE';

export type PlanAction = {
  __typename?: 'PlanAction';
  byPerson: Scalars['Boolean']['output'];
  dueDate?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** Who does it: an intervenant of the list, or the person (byPerson). */
  member?: Maybe<AccompanimentMember>;
  status: PlanActionStatus;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type PlanActionInput = {
  byPerson?: InputMaybe<Scalars['Boolean']['input']>;
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  goalId: Scalars['ID']['input'];
  memberId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<PlanActionStatus>;
  title: Scalars['String']['input'];
};

export type PlanActionStatus =
  | 'ABANDONNEE_PAR_LA_PERSONNE'
  | 'ANNULEE_PAR_LA_STRUCTURE'
  | 'EN_ATTENTE'
  | 'EN_COURS'
  | 'EN_PROJET'
  | 'REALISEE';

export type PlanGoal = {
  __typename?: 'PlanGoal';
  actions: Array<PlanAction>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  theme: PlanTheme;
  title: Scalars['String']['output'];
};

export type PlanTheme =
  | 'BUDGET'
  | 'DEMARCHES_ADMINISTRATIVES'
  | 'EMPLOI'
  | 'FAMILLE'
  | 'FORMATION'
  | 'LANGUE'
  | 'LOGEMENT'
  | 'MOBILITE'
  | 'NUMERIQUE'
  | 'SANTE';

export type PlannedAction = {
  __typename?: 'PlannedAction';
  period?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type PlannedActionInput = {
  period?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

/** A plateforme de suivi et d'appui aux décrocheurs: a territory, its referents, its partners. */
export type Platform = {
  __typename?: 'Platform';
  active: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  partners: Array<Organisation>;
  referents: Array<User>;
  territory: Territory;
  version: Scalars['Int']['output'];
};

export type PlatformAction = {
  __typename?: 'PlatformAction';
  canEdit: Scalars['Boolean']['output'];
  /** The cases linked to it: the platform's referents only (empty for anyone else). */
  caseIds: Array<Scalars['ID']['output']>;
  /** The same cases, with their young people (the form names them): the platform's referents only (empty for anyone else). */
  cases: Array<Case>;
  description?: Maybe<Scalars['String']['output']>;
  heldOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  kind: PlatformActionKind;
  /** Number of young people taking part. */
  participants: Scalars['Int']['output'];
  partnerOrganisations: Array<Organisation>;
  platform: Platform;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type PlatformActionConnection = {
  __typename?: 'PlatformActionConnection';
  nodes: Array<PlatformAction>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A platform's specific action (atelier, forum, événement…), counted in its bilan. */
export type PlatformActionKind =
  | 'ATELIER'
  | 'AUTRE'
  | 'EVENEMENT'
  | 'FORUM';

export type ProposeOncallSwapInput = {
  note?: InputMaybe<Scalars['String']['input']>;
  role: OncallSwapRole;
  shiftId: Scalars['ID']['input'];
  toUserId: Scalars['ID']['input'];
};

/** The bilan of a platform (or of a région, consolidated) for a period, beside the same period a year earlier. */
export type PsadBilan = {
  __typename?: 'PsadBilan';
  generatedAt: Scalars['DateTime']['output'];
  /** Whether the small-count rule was applied (anyone outside the team that follows the cases). */
  masked: Scalars['Boolean']['output'];
  periodFrom: Scalars['Date']['output'];
  periodTo: Scalars['Date']['output'];
  platforms: Array<Platform>;
  previousFrom: Scalars['Date']['output'];
  previousTo: Scalars['Date']['output'];
  /** The small-count rule, as the documents state it. */
  rule: Scalars['String']['output'];
  /** The referent's written sections; null for anyone else. */
  sections?: Maybe<BilanSections>;
  /** The version of the written sections (0: none yet). */
  sectionsVersion: Scalars['Int']['output'];
  tables: Array<BilanTable>;
};

/** Aggregates of a platform's follow-up (never a person), for its referents and for viewers. */
export type PsadDashboard = {
  __typename?: 'PsadDashboard';
  bySource: Array<SourceCount>;
  /** The campaign filter applied (null: every case, signals included). */
  campaign?: Maybe<Scalars['String']['output']>;
  /** The campaigns of the platform's cases, latest label first (for the filter). */
  campaigns: Array<Scalars['String']['output']>;
  closuresByOutcome: Array<CloseOutcomeCount>;
  delays: DashboardDelays;
  funnel: Array<FunnelStep>;
  minorsWithoutSolution: MinorsWithoutSolution;
  partners: Array<PartnerCases>;
  platformId: Scalars['ID']['output'];
  solutionsByType: Array<SolutionTypeCount>;
  /** Cases identified (the current and closed episodes on this platform). */
  total: Scalars['Int']['output'];
  transfers: TransferCounts;
  /** Cases still without solution: A_TRAITER, AFFECTE or EN_COURS. */
  withoutSolution: Scalars['Int']['output'];
};

/** A PsyEn's service in a period: their quotity and how their half-days are split. */
export type PsyenPeriodService = {
  __typename?: 'PsyenPeriodService';
  /** Half-days a week the quotity allows (ten at full time). */
  availableHalfDays: Scalars['Int']['output'];
  cioHalfDays: Scalars['Int']['output'];
  periodId: Scalars['ID']['output'];
  person: OrientationPerson;
  quotityPercent: Scalars['Int']['output'];
  schoolHalfDays: Scalars['Int']['output'];
  /** The version of the PsyEn's service at this CIO: a change of their week or quotity names it. */
  version: Scalars['Int']['output'];
};

/** A PsyEn's service at a CIO: their quotity. */
export type PsyenService = {
  __typename?: 'PsyenService';
  /** Half-days a week the quotity allows (ten at full time). */
  availableHalfDays: Scalars['Int']['output'];
  person: OrientationPerson;
  quotityPercent: Scalars['Int']['output'];
  /** A change of their quotity or of one of their weeks names it. */
  version: Scalars['Int']['output'];
};

export type PublishOncallPeriodInput = {
  from: Scalars['Date']['input'];
  poolId: Scalars['ID']['input'];
  /** The day after the last one published. */
  to: Scalars['Date']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** Admins only: the access requests (status left out: the pending ones first, oldest first; at most 200). */
  accessRequests: Array<AccessRequest>;
  /** A PA (audited read); null when the caller is not on the list. */
  accompaniedPerson?: Maybe<AccompaniedPerson>;
  /** The PAs whose list the caller is on (social workers); search on names. */
  accompaniedPersons: AccompaniedPersonConnection;
  /** Admins only: the keys of a service account, newest first. */
  apiKeys: Array<ApiKey>;
  /** The cases assigned to the caller's organisations (counsellors); `after` and `offset` as for `cases`. */
  assignedCases: CaseConnection;
  /** Admins only; newest first. */
  auditEvents: AuditEventConnection;
  /** Admins only: jobs of one queue (or of every app queue), in one state or any, newest first. */
  backgroundJobs: BackgroundJobConnection;
  /** Admins only: the app's queues (not pg-boss's own), with their counts. */
  backgroundQueues: Array<BackgroundQueue>;
  /** One case; reading it is recorded in the audit log. */
  case?: Maybe<Case>;
  /**
   * The worklist of a platform (its referents). Pages follow each other by cursor (`after`, the
   * previous page's endCursor); `offset` jumps to a page (skips that many cases; not with `after`).
   */
  cases: CaseConnection;
  /**
   * The change feed, for systems that poll (issue 20): what changed after `since` (an `endCursor` kept from
   * an earlier page; null: from the oldest change kept), oldest first, in the order the changes were committed,
   * with no gap and no repeat even when transactions commit in another order than they started. Only
   * objects your account may read, of the types `types` names (null: all those your key's read scopes cover:
   * `psad:cases:read` for Case, `clas:projects:read` for ClasProject, `parcours:read` for AccompaniedPerson,
   * `directory:read` for Organisation, `instances:meetings:read` for Meeting). A deletion is told to those who
   * could read the object; an update also to those who could read it before (a case assigned elsewhere).
   * `first`: 1 to 1000 changes a page.
   * The feed keeps a change for a number of days (the server's CHANGE_FEED_RETENTION_DAYS, 30 by default): a
   * cursor older than what is kept is refused (BAD_USER_INPUT on `since`, « curseur expiré ») rather than
   * answered with a gap; read your objects again with their own queries, then follow the feed from null.
   */
  changes: ChangePage;
  /** A CIO's concertations and thematic actions, by date: for its direction team and its PsyEn. */
  cioMeetings: MeetingConnection;
  /** The officer's département dashboard (departementId: one of the caller's, defaults to the first). */
  clasDashboard: ClasDashboard;
  clasProject?: Maybe<ClasProject>;
  /**
   * Projects the caller sees: the holder's organisations', or the officer's départements' (not drafts).
   * Pages follow each other by cursor (`after`, the previous page's endCursor); `offset` jumps to a
   * page (skips that many projects; not with `after`).
   */
  clasProjects: ClasProjectConnection;
  /** CAF officer: the school years with projects waiting for the CAF (deposited or in instruction) in the officer's départements, the latest first. */
  clasWaitingSchoolYears: Array<Scalars['String']['output']>;
  /** A school year's configuration (the defaults when not configured). */
  clasYearConfig: ClasYearConfig;
  cpmsContract?: Maybe<CpmsContract>;
  /** The contracts the caller reads, filtered (at most 200). */
  cpmsContracts: Array<CpmsContract>;
  /** The centres the caller directs (they draft contracts for them). */
  cpmsDirectedCentres: Array<CpmsDirectedCentre>;
  /** The CPMS indicators of a calendar year, for the central analyst (every zone) and the DCO (their zone's). */
  cpmsIndicators: CpmsIndicators;
  cpmsObjectivesContract?: Maybe<CpmsObjectivesContract>;
  cpmsObjectivesContracts: Array<CpmsObjectivesContract>;
  /** « Qui est d'astreinte ? » at an instant (now when omitted); audited. */
  cpmsOnCall: OncallAnswer;
  cpmsSchoolPlan?: Maybe<CpmsSchoolPlan>;
  /** The plans de pilotage the caller reads (their school's, their zone's), by evaluation date. */
  cpmsSchoolPlans: Array<CpmsSchoolPlan>;
  /** A CIO's evaluation criteria, to its direction team and PsyEn. */
  evaluationCriteria: Array<EvaluationCriterion>;
  import?: Maybe<SieiImport>;
  /** The imports of a platform, newest first (at most 100): its referents only. */
  imports: Array<SieiImport>;
  /** Pending transfers the caller may accept or refuse (referents of the receiving platform, counsellors of the receiving organisation). */
  incomingTransfers: Array<CaseTransfer>;
  /** The signed-in user, roles and memberships. */
  me: Me;
  meeting?: Maybe<Meeting>;
  /** The meetings the caller sees (convened by their platforms, or to which they or their organisation are invited), by date. */
  meetings: MeetingConnection;
  /** The signed-in user's preference for each kind their roles receive. */
  myNotificationPreferences: Array<NotificationPreference>;
  /** The signed-in user's notifications, newest first (unread ones only with unreadOnly). */
  myNotifications: NotificationConnection;
  /** The caller's sessions still open, the most recently used first. */
  mySessions: Array<UserSession>;
  /** How many of the signed-in user's notifications are unread (the bell's count). */
  myUnreadNotificationCount: Scalars['Int']['output'];
  oncallPool?: Maybe<OncallPool>;
  /** The 24/7 pools of the caller's CPMS. */
  oncallPools: Array<OncallPool>;
  organisation?: Maybe<Organisation>;
  /** The organisation directory, for every signed-in user. */
  organisations: OrganisationConnection;
  /** The CIOs the caller works in or with: their direction team's, their own as a PsyEn, those of their school's networks. */
  orientationCios: Array<OrientationCio>;
  orientationDuties: Array<OrientationDuty>;
  /** A CIO's externalised interviews from one month to another (yyyy-mm), to its direction team and PsyEn. */
  orientationInterviewCounts: Array<InterviewCount>;
  orientationNetwork?: Maybe<OrientationNetwork>;
  /** The CIO's networks the caller sees (all of them for its staff; their school's for a school head). */
  orientationNetworks: Array<OrientationNetwork>;
  /** The CIO's periods of a school year, in date order. */
  orientationPeriods: Array<OrientationPeriod>;
  /** Each PsyEn's split and the schools left without time, for a school year. */
  orientationServiceCheck: OrientationServiceCheck;
  /** The half-days of a period, for one PsyEn, one school, or all the caller sees. */
  orientationTimetable: Array<OrientationSlot>;
  orientationTransversalFiles: Array<OrientationTransversalFile>;
  /** Admins only: one e-mail, with its text; null when there is none with this id. */
  outboxEmail?: Maybe<OutboxEmail>;
  /** Admins only: the e-mails the app composed, newest first. */
  outboxEmails: OutboxEmailConnection;
  /** Pending transfers the caller's side proposed (referents of the sending platform, counsellors of the sending organisation). */
  outgoingTransfers: Array<CaseTransfer>;
  parcoursIndicators: ParcoursIndicators;
  /** The active social workers and counsellors of an organisation, by name (social workers, to build a list); search on the name, accents and case ignored; first: 20 by default, 50 at most. NOT_FOUND for an unknown or inactive organisation. */
  parcoursProfessionals: Array<ParcoursProfessional>;
  /** The active counsellors of a partner organisation of the platform, by name, to name one when assigning (its referents). */
  partnerCounsellors: Array<CaseActor>;
  platform?: Maybe<Platform>;
  /** The platform's specific actions the caller sees, newest first; `after` and `offset` as for `solutionOffers`. */
  platformActions: PlatformActionConnection;
  /** Every platform (not personal data); `mine` keeps those the caller is referent of. */
  platforms: Array<Platform>;
  /** A platform's bilan: from/to (both or neither) default to the school year under way. */
  psadBilan: PsadBilan;
  /**
   * The dashboard of a platform, optionally of one SIEI campaign: with a campaign, only the cases of
   * that campaign's lists count (signals carry no campaign and drop out). Referents of the platform and
   * viewers (any platform).
   */
  psadDashboard: PsadDashboard;
  /** A QVT campaign the caller reads, or null. */
  qvtCampaign?: Maybe<QvtCampaign>;
  /** A CIO's QVT campaigns, newest first, to its direction team and PsyEn. */
  qvtCampaigns: Array<QvtCampaign>;
  /**
   * How many cases of all the platforms the caller is referent of match `filter` (the home page's
   * « À traiter »): one count across them, under the same rules as `cases`.
   */
  referentCasesCount: Scalars['Int']['output'];
  /** The regional coordinator's platforms side by side and their consolidated bilan (aggregates only). */
  regionalBilan: RegionalBilan;
  /**
   * The catalogue of the platforms the caller works with (referent or partner), searched: by name
   * (the closest first when searching). Pages follow each other by cursor (`after`, the previous
   * page's endCursor); `offset` jumps to a page (skips that many offers; not with `after`).
   */
  solutionOffers: SolutionOfferConnection;
  territories: TerritoryConnection;
  /** Admins only: the documents registered for a service account, oldest first. */
  trustedDocuments: Array<TrustedDocument>;
  /** Admins only. */
  user?: Maybe<User>;
  /** Admins only. */
  users: UserConnection;
  /** The veille documentaire of the platforms the caller works with, newest first; `after` and `offset` as for `solutionOffers`. */
  veilleDocuments: VeilleDocumentConnection;
  /** An endpoint's delivery log, newest first. */
  webhookDeliveries: WebhookDeliveryConnection;
  webhookEndpoint?: Maybe<WebhookEndpoint>;
  /** The endpoints of a service account: an administrator names it; a key with webhooks:manage reads its own. */
  webhookEndpoints: Array<WebhookEndpoint>;
  /** One work plan (null when the caller may not read it). */
  workPlan?: Maybe<WorkPlan>;
  /** A CIO's work plans, latest first (its readers). */
  workPlans: Array<WorkPlan>;
  /** Pairs of records of the platform that look like one young person (its referents; the lookup is audited). Records with two different INEs are two people and never paired. */
  youngPersonDuplicates: Array<YoungPersonDuplicate>;
};


export type QueryAccessRequestsArgs = {
  status?: InputMaybe<AccessRequestStatus>;
};


export type QueryAccompaniedPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAccompaniedPersonsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryApiKeysArgs = {
  userId: Scalars['ID']['input'];
};


export type QueryAssignedCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CaseOrder>;
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBackgroundJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  queue?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<BackgroundJobState>;
};


export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CaseOrder>;
  platformId: Scalars['ID']['input'];
};


export type QueryChangesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<ChangeObjectType>>;
};


export type QueryCioMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  cioId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  kind?: InputMaybe<MeetingKind>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryClasDashboardArgs = {
  departementId?: InputMaybe<Scalars['ID']['input']>;
  schoolYear: Scalars['String']['input'];
};


export type QueryClasProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClasProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClasProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ClasProjectOrder>;
};


export type QueryClasYearConfigArgs = {
  schoolYear: Scalars['String']['input'];
};


export type QueryCpmsContractArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCpmsContractsArgs = {
  evaluationDue?: InputMaybe<Scalars['Boolean']['input']>;
  schoolId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<CpmsContractStatus>;
};


export type QueryCpmsIndicatorsArgs = {
  year: Scalars['Int']['input'];
  zoneId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCpmsObjectivesContractArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCpmsOnCallArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  poolId: Scalars['ID']['input'];
};


export type QueryCpmsSchoolPlanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEvaluationCriteriaArgs = {
  cioId: Scalars['ID']['input'];
};


export type QueryImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryImportsArgs = {
  platformId: Scalars['ID']['input'];
};


export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  kind?: InputMaybe<MeetingKind>;
  platformId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryMyNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryOncallPoolArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganisationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOrientationDutiesArgs = {
  cioId: Scalars['ID']['input'];
};


export type QueryOrientationInterviewCountsArgs = {
  cioId: Scalars['ID']['input'];
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


export type QueryOrientationNetworkArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrientationNetworksArgs = {
  cioId: Scalars['ID']['input'];
};


export type QueryOrientationPeriodsArgs = {
  cioId: Scalars['ID']['input'];
  schoolYear: Scalars['String']['input'];
};


export type QueryOrientationServiceCheckArgs = {
  cioId: Scalars['ID']['input'];
  schoolYear: Scalars['String']['input'];
};


export type QueryOrientationTimetableArgs = {
  periodId: Scalars['ID']['input'];
  schoolId?: InputMaybe<Scalars['ID']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryOrientationTransversalFilesArgs = {
  cioId: Scalars['ID']['input'];
};


export type QueryOutboxEmailArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOutboxEmailsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryParcoursProfessionalsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  organisationId: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPartnerCounsellorsArgs = {
  organisationId: Scalars['ID']['input'];
  platformId: Scalars['ID']['input'];
};


export type QueryPlatformArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlatformActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  platformId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryPlatformsArgs = {
  mine?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPsadBilanArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  platformId: Scalars['ID']['input'];
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryPsadDashboardArgs = {
  campaign?: InputMaybe<Scalars['String']['input']>;
  platformId: Scalars['ID']['input'];
};


export type QueryQvtCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type QueryQvtCampaignsArgs = {
  cioId: Scalars['ID']['input'];
};


export type QueryReferentCasesCountArgs = {
  filter?: InputMaybe<CaseFilter>;
};


export type QueryRegionalBilanArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QuerySolutionOffersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SolutionOfferFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTerritoriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<TerritoryKind>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTrustedDocumentsArgs = {
  userId: Scalars['ID']['input'];
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVeilleDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  platformId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  endpointId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
};


export type QueryWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWebhookEndpointsArgs = {
  serviceAccountId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryWorkPlanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWorkPlansArgs = {
  cioId: Scalars['ID']['input'];
};


export type QueryYoungPersonDuplicatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  platformId: Scalars['ID']['input'];
};

export type QvtAnswerInput = {
  /** For a comment question. */
  comment?: InputMaybe<Scalars['String']['input']>;
  questionId: Scalars['ID']['input'];
  /** 1 to 5, for a scale question. */
  scale?: InputMaybe<Scalars['Int']['input']>;
};

/** A quality-of-working-life questionnaire put to a CIO's PsyEn, answered anonymously once each. */
export type QvtCampaign = {
  __typename?: 'QvtCampaign';
  /** Whether the caller has answered it. */
  answered: Scalars['Boolean']['output'];
  /** Whether the caller may answer it (a PsyEn of the CIO who has not yet, while it is open). */
  canAnswer: Scalars['Boolean']['output'];
  cioId: Scalars['ID']['output'];
  closesOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  opensOn: Scalars['Date']['output'];
  questions: Array<QvtQuestion>;
  results: QvtResults;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type QvtQuestion = {
  __typename?: 'QvtQuestion';
  highLabel?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: QvtQuestionKind;
  label: Scalars['String']['output'];
  /** The labels of the scale's ends (1 and 5). */
  lowLabel?: Maybe<Scalars['String']['output']>;
};

export type QvtQuestionInput = {
  highLabel?: InputMaybe<Scalars['String']['input']>;
  kind: QvtQuestionKind;
  label: Scalars['String']['input'];
  lowLabel?: InputMaybe<Scalars['String']['input']>;
};

export type QvtQuestionKind =
  | 'COMMENT'
  | 'SCALE';

/** One question's results: shown only when at least `QvtResults.threshold` people answered it. */
export type QvtQuestionResult = {
  __typename?: 'QvtQuestionResult';
  answers: Scalars['Int']['output'];
  /** The free comments, in a random order. */
  comments: Array<Scalars['String']['output']>;
  /** How many chose 1, 2, 3, 4 and 5. */
  distribution: Array<Scalars['Int']['output']>;
  mean?: Maybe<Scalars['Float']['output']>;
  questionId: Scalars['ID']['output'];
};

export type QvtResults = {
  __typename?: 'QvtResults';
  /** Empty below the threshold, and without a question answered by fewer. */
  questions: Array<QvtQuestionResult>;
  /** How many PsyEn have answered. */
  respondents: Scalars['Int']['output'];
  /** The number of respondents from which results are shown (5). */
  threshold: Scalars['Int']['output'];
};

export type RecordAttendanceInput = {
  entries: Array<AttendanceEntryInput>;
  meetingId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type RecordCpmsIndicatorsReachedInput = {
  id: Scalars['ID']['input'];
  /** The values reached, in the order of the contract's indicators (null: not measured). */
  reached: Array<InputMaybe<Scalars['Float']['input']>>;
  version: Scalars['Int']['input'];
};

export type RecordMinutesInput = {
  decisions: Array<Scalars['String']['input']>;
  meetingId: Scalars['ID']['input'];
  minutes: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type ReferenceActionType =
  | 'ACCEPT'
  | 'CHANGE_REFERENT'
  | 'END'
  | 'REFUSE'
  | 'SANS_SUITE';

export type ReferenceDecisionInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  /** SANS_SUITE */
  motive?: InputMaybe<SansSuiteMotive>;
  /** END */
  reason?: InputMaybe<ReferenceEndReason>;
  referenceId: Scalars['ID']['input'];
  /** ACCEPT, CHANGE_REFERENT: the entry of the list the PA chose. */
  referentMemberId?: InputMaybe<Scalars['ID']['input']>;
  type: ReferenceActionType;
  version: Scalars['Int']['input'];
};

export type ReferenceEndReason =
  | 'CHANGEMENT_SITUATION'
  | 'CHOIX_PA'
  | 'FIN_DES_BESOINS'
  | 'REFERENT_PARTI';

export type ReferenceEvent = {
  __typename?: 'ReferenceEvent';
  action: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  by?: Maybe<User>;
  comment?: Maybe<Scalars['String']['output']>;
  endReason?: Maybe<ReferenceEndReason>;
  fromStatus?: Maybe<ReferenceStatus>;
  motive?: Maybe<SansSuiteMotive>;
  referent?: Maybe<AccompanimentMember>;
  toStatus: ReferenceStatus;
};

export type ReferenceStatus =
  | 'ACCEPTEE'
  | 'PROPOSEE'
  | 'REFUSEE'
  | 'SANS_SUITE'
  | 'TERMINEE';

export type ReferenceStatusCount = {
  __typename?: 'ReferenceStatusCount';
  count: Scalars['Int']['output'];
  status: ReferenceStatus;
};

export type RegionalBilan = {
  __typename?: 'RegionalBilan';
  consolidated: PsadBilan;
  periodFrom: Scalars['Date']['output'];
  periodTo: Scalars['Date']['output'];
  platforms: Array<Platform>;
  sideBySide: BilanTable;
};

export type RejectAccessRequestInput = {
  id: Scalars['ID']['input'];
  /** Why (3 to 500 characters): kept on the request. */
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type RejectedRow = {
  __typename?: 'RejectedRow';
  line: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

export type ReplaceOncallTemplatesInput = {
  poolId: Scalars['ID']['input'];
  templates: Array<OncallTemplateInput>;
  /** The pool's version: the week of templates is replaced as a whole. */
  version: Scalars['Int']['input'];
};

export type Role =
  | 'ADMIN'
  | 'CAF_OFFICER'
  /** Central administration analyst: the CPMS indicators, aggregates only. */
  | 'CENTRAL_ANALYST'
  /** Directeur de CIO (DCIO): the CIO's direction team, organises its PsyEn's networks and time. */
  | 'CIO_DIRECTOR'
  | 'CLAS_HOLDER'
  | 'COUNSELLOR'
  /** Agent de CPMS (psychologist, social worker, nurse): bound by professional secrecy, takes on-call shifts. */
  | 'CPMS_AGENT'
  /** Directeur de CPMS: leads a centre's contracts, approves on-call swaps. */
  | 'CPMS_DIRECTOR'
  /** Délégué au contrat d'objectifs: reads the contracts of the CPMS of their zone, negotiates their objectives contracts. */
  | 'DCO'
  /** IEN-IO: pilots the orientation service of a département, with the direction team of each of its CIO. */
  | 'IEN_IO'
  | 'PSAD_REFERENT'
  /** Psychologue de l'Éducation nationale, attached to a CIO and working in a network's schools. */
  | 'PSYEN'
  /** Coordination régionale: every platform of its région side by side, aggregates only. */
  | 'REGIONAL_COORDINATOR'
  /** Chef d'établissement: reads the network page of their school (when its PsyEn are there), or, in Belgium, their school's CPMS contract. */
  | 'SCHOOL_HEAD'
  | 'SERVICE_ACCOUNT'
  | 'SOCIAL_WORKER'
  | 'VIEWER';

export type RuleOutcome =
  | 'FAIL'
  | 'PASS'
  | 'WARNING';

export type RuleResult = {
  __typename?: 'RuleResult';
  /** Index of the group in the project, null for a project-wide rule. */
  groupIndex?: Maybe<Scalars['Int']['output']>;
  groupLabel?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  outcome: RuleOutcome;
  rule: ClasRule;
  threshold: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type SansSuiteMotive =
  | 'AUTRE'
  | 'INTERVENANT_UNIQUE'
  | 'PA_INJOIGNABLE'
  | 'SITUATION_STABILISEE';

export type SansSuiteMotiveCount = {
  __typename?: 'SansSuiteMotiveCount';
  count: Scalars['Int']['output'];
  motive: SansSuiteMotive;
};

export type SaveBilanSectionsInput = {
  from: Scalars['Date']['input'];
  platformId: Scalars['ID']['input'];
  sections: BilanSectionsInput;
  to: Scalars['Date']['input'];
  /** The version read (0 when there was none). */
  version: Scalars['Int']['input'];
};

/** A CIO's grid of a month: it replaces that month's counts (a cell left out counts 0). */
export type SaveInterviewCountsInput = {
  cioId: Scalars['ID']['input'];
  counts: Array<InterviewCountCellInput>;
  /** yyyy-mm. */
  month: Scalars['String']['input'];
};

export type ScheduleCpmsConcertationInput = {
  contractId: Scalars['ID']['input'];
  endsAt: Scalars['DateTime']['input'];
  place: Scalars['String']['input'];
  startsAt: Scalars['DateTime']['input'];
  title: Scalars['String']['input'];
};

export type ScheduleMeetingInput = {
  agenda?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The convening CIO (a concertation or a thematic action); exactly one of platformId and cioId. */
  cioId?: InputMaybe<Scalars['ID']['input']>;
  communes?: InputMaybe<Array<Scalars['String']['input']>>;
  endsAt: Scalars['DateTime']['input'];
  guests?: InputMaybe<Array<GuestInput>>;
  invitedOrganisationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  invitedUserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind: MeetingKind;
  otherPlatformIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A thematic action's parcours (required for ACTION_THEMATIQUE, refused otherwise). */
  parcours?: InputMaybe<ThematicParcours>;
  place?: InputMaybe<Scalars['String']['input']>;
  /** The convening platform; exactly one of platformId and cioId. */
  platformId?: InputMaybe<Scalars['ID']['input']>;
  /** Continues the series of that meeting (its unfinished actions carry over). */
  previousMeetingId?: InputMaybe<Scalars['ID']['input']>;
  situations?: InputMaybe<Array<SituationInput>>;
  startsAt: Scalars['DateTime']['input'];
  theme?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  visioUrl?: InputMaybe<Scalars['String']['input']>;
};

export type SchoolLevel =
  | 'COLLEGE'
  | 'ELEMENTAIRE'
  | 'LYCEE';

export type SetOncallPhoneInput = {
  /** Empty or null clears the number. */
  onCallPhone?: InputMaybe<Scalars['String']['input']>;
  poolId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};

export type SetPsyenQuotityInput = {
  cioId: Scalars['ID']['input'];
  quotityPercent: Scalars['Int']['input'];
  userId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type SetPsyenWeekInput = {
  cioId: Scalars['ID']['input'];
  periodId: Scalars['ID']['input'];
  slots: Array<OrientationSlotInput>;
  userId: Scalars['ID']['input'];
  /** The PsyEn's service version (PsyenPeriodService.version). */
  version: Scalars['Int']['input'];
};

export type SetWorkPlanActionStatusInput = {
  id: Scalars['ID']['input'];
  status: WorkPlanActionStatus;
  version: Scalars['Int']['input'];
};

/** A SIEI campaign list uploaded to a platform: previewed, then confirmed once. */
export type SieiImport = {
  __typename?: 'SieiImport';
  campaign: Scalars['String']['output'];
  confirmedAt?: Maybe<Scalars['DateTime']['output']>;
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  platformId: Scalars['ID']['output'];
  /** What the preview showed of the file beyond the counts (null for imports read before it was kept). */
  preview?: Maybe<ImportPreview>;
  report: ImportReport;
  /** PREVIEW, then CONFIRME. */
  status: Scalars['String']['output'];
  uploadedAt: Scalars['DateTime']['output'];
  uploadedBy?: Maybe<User>;
};

export type SignCpmsContractInput = {
  id: Scalars['ID']['input'];
  party: CpmsContractParty;
  version: Scalars['Int']['input'];
};

/** How a session was signed in. */
export type SignInMethod =
  | 'PASSWORD'
  | 'PROCONNECT';

export type SignalInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  /** yyyy-mm-dd */
  birthDate: Scalars['String']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  commune?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstNames: Scalars['String']['input'];
  ine?: InputMaybe<Scalars['String']['input']>;
  lastName: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  platformId: Scalars['ID']['input'];
  postalCode?: InputMaybe<Scalars['String']['input']>;
  sourceKind: SignalSource;
};

/** Whether the young person was already known; the case id only to a referent of the platform. */
export type SignalResult = {
  __typename?: 'SignalResult';
  caseId?: Maybe<Scalars['ID']['output']>;
  matched: Scalars['Boolean']['output'];
};

/** Who signals a young person (docs/domain.md §2). */
export type SignalSource =
  | 'ACTEUR_LOCAL'
  | 'AUTRE'
  | 'CFA'
  | 'DAAF'
  | 'DEFENSE'
  | 'EPLE'
  | 'MFR'
  | 'MISSION_LOCALE'
  | 'PJJ';

export type SituationDecision =
  | 'AFFECTER'
  | 'CLORE'
  | 'REVOIR'
  | 'TRANSFERER';

export type SituationFinding =
  | 'DEMENAGE'
  | 'EN_EMPLOI'
  | 'EN_FORMATION'
  | 'INCONNUE'
  | 'SANS_SOLUTION';

export type SituationInput = {
  caseId: Scalars['ID']['input'];
  proposal?: InputMaybe<Scalars['String']['input']>;
};

export type SlotActivity =
  | 'CONCERTATION'
  | 'ENTRETIENS_EXTERNALISES'
  | 'ETABLISSEMENT'
  | 'PERMANENCE';

export type SlotMode =
  | 'DISTANCE'
  | 'SUR_SITE';

/** A solution or dispositif of a platform's catalogue (« cartographie des solutions »). */
export type SolutionOffer = {
  __typename?: 'SolutionOffer';
  activeFrom?: Maybe<Scalars['Date']['output']>;
  activeUntil?: Maybe<Scalars['Date']['output']>;
  ageMax?: Maybe<Scalars['Int']['output']>;
  ageMin?: Maybe<Scalars['Int']['output']>;
  /** Whether the caller may change it (a referent of its platform). */
  canEdit: Scalars['Boolean']['output'];
  /** INSEE codes of the communes served; empty: the whole territory of the platform. */
  communes: Array<Scalars['String']['output']>;
  conditions?: Maybe<Scalars['String']['output']>;
  contact?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  organisation?: Maybe<Organisation>;
  places?: Maybe<Scalars['Int']['output']>;
  platform: Platform;
  solutionType: SolutionType;
  version: Scalars['Int']['output'];
};

export type SolutionOfferConnection = {
  __typename?: 'SolutionOfferConnection';
  nodes: Array<SolutionOffer>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SolutionOfferFilter = {
  /** The offers active on that date. */
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  /** An age in years: the offers open at that age. */
  age?: InputMaybe<Scalars['Int']['input']>;
  /** INSEE code of a commune: the offers serving it (or the whole territory). */
  commune?: InputMaybe<Scalars['String']['input']>;
  /** A commune by name (a young person's address): the offers serving it or the whole territory. */
  communeName?: InputMaybe<Scalars['String']['input']>;
  platformId?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the name (accents and case ignored, close spellings found). */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type SolutionType =
  | 'ACCOMPAGNEMENT_ML'
  | 'APPRENTISSAGE'
  | 'AUTRE'
  | 'EMPLOI'
  | 'EPIDE_E2C'
  | 'FORMATION_PRO'
  | 'MLDS'
  | 'RETOUR_FORMATION_INITIALE'
  | 'SERVICE_CIVIQUE';

export type SolutionTypeCount = {
  __typename?: 'SolutionTypeCount';
  count: Scalars['Int']['output'];
  /** Of all recorded solutions (0..1). */
  share?: Maybe<Scalars['Float']['output']>;
  type: SolutionType;
};

/** Identified cases by where they came from: SIEI lists (signalSource null), or a signal and its source. */
export type SourceCount = {
  __typename?: 'SourceCount';
  count: Scalars['Int']['output'];
  signalSource?: Maybe<SignalSource>;
  source: CaseSource;
};

export type StatusCount = {
  __typename?: 'StatusCount';
  count: Scalars['Int']['output'];
  status: CaseStatus;
};

export type SyntheseInput = {
  participantMemberIds: Array<Scalars['ID']['input']>;
  personId: Scalars['ID']['input'];
  requestedBy: SyntheseRequester;
  scheduledAt: Scalars['DateTime']['input'];
  subject: Scalars['String']['input'];
};

export type SyntheseMeeting = {
  __typename?: 'SyntheseMeeting';
  decisions: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  notes: Scalars['String']['output'];
  /** The PA's agreement to take part is recorded (an active PARTICIPATION_SYNTHESE consent). */
  paAgreed: Scalars['Boolean']['output'];
  paParticipates: Scalars['Boolean']['output'];
  participants: Array<SyntheseParticipant>;
  requestedBy: SyntheseRequester;
  scheduledAt: Scalars['DateTime']['output'];
  subject: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type SyntheseParticipant = {
  __typename?: 'SyntheseParticipant';
  /** This intervenant agreed to the PA taking part. */
  agreedToPaPresence: Scalars['Boolean']['output'];
  member: AccompanimentMember;
};

export type SyntheseRequester =
  | 'PA'
  | 'REFERENT';

export type Territory = {
  __typename?: 'Territory';
  /** INSEE code for a commune, département or région. */
  code?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: TerritoryKind;
  name: Scalars['String']['output'];
  parent?: Maybe<Territory>;
};

export type TerritoryConnection = {
  __typename?: 'TerritoryConnection';
  nodes: Array<Territory>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TerritoryKind =
  | 'BASSIN'
  | 'COMMUNE'
  | 'DEPARTEMENT'
  | 'REGION'
  /** A zone of the Fédération Wallonie-Bruxelles (Belgium), where a DCO works. */
  | 'ZONE';

/** The parcours a CIO's thematic action serves. */
export type ThematicParcours =
  | 'AVENIR'
  | 'CITOYEN';

export type TrainingStatus =
  | 'AUCUNE'
  | 'FAITE'
  | 'PREVUE';

/** Accepted transfers of the filter's cases: from or to another platform, and between partners of this one. */
export type TransferCounts = {
  __typename?: 'TransferCounts';
  betweenPartners: Scalars['Int']['output'];
  incoming: Scalars['Int']['output'];
  outgoing: Scalars['Int']['output'];
};

export type TransversalFileKind =
  | 'AUTRE'
  | 'COMMISSION_ABSENTEISME'
  | 'DISPOSITIFS_RELAIS'
  | 'FOQUALE'
  | 'REAFFECTATION_DISCIPLINE';

export type TransversalFileStatus =
  | 'CLOS'
  | 'EN_COURS'
  | 'EN_VEILLE';

/**
 * A GraphQL document a service account's keys may send by its id (`documentId`) instead of its text, as the
 * persisted documents of GraphQL over HTTP. A key restricted to trusted documents sends nothing else.
 */
export type TrustedDocument = {
  __typename?: 'TrustedDocument';
  /** The document's text, as registered. */
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** `sha256:` and the lower-case hex SHA-256 of the document's exact text (UTF-8): what a request sends as `documentId`. */
  documentId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The names of the operations it declares (an anonymous operation has none). */
  operationNames: Array<Scalars['String']['output']>;
  /** The service account it is registered for. */
  user: User;
};

/** A school of a network without any PsyEn time in a period. */
export type UncoveredSchool = {
  __typename?: 'UncoveredSchool';
  networkId: Scalars['ID']['output'];
  networkName: Scalars['String']['output'];
  periodId: Scalars['ID']['output'];
  periodName: Scalars['String']['output'];
  school: Organisation;
};

export type UpdateCpmsContractInput = {
  actions: Array<Scalars['String']['input']>;
  cpmsCommitments?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  indicators: Array<CpmsIndicatorInput>;
  informationFlows: Array<CpmsInformationFlowInput>;
  objectiveCodes: Array<CpmsSystemObjective>;
  schoolCommitments?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateCpmsObjectivesContractInput = {
  contractIds: Array<Scalars['ID']['input']>;
  endsOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  indicators: Array<CpmsIndicatorInput>;
  objectives: Array<Scalars['String']['input']>;
  startsOn: Scalars['Date']['input'];
  title: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type UpdateCpmsSchoolPlanInput = {
  endEvaluationOn: Scalars['Date']['input'];
  endEvaluationResult?: InputMaybe<Scalars['String']['input']>;
  endsOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  midEvaluationOn?: InputMaybe<Scalars['Date']['input']>;
  midEvaluationResult?: InputMaybe<Scalars['String']['input']>;
  objectives: Array<CpmsPlanObjectiveInput>;
  startsOn: Scalars['Date']['input'];
  title: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type UpdateEvaluationCriterionInput = {
  baseline?: InputMaybe<Scalars['Float']['input']>;
  id: Scalars['ID']['input'];
  indicator: Scalars['String']['input'];
  label: Scalars['String']['input'];
  target?: InputMaybe<Scalars['Float']['input']>;
  unit?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateMeetingActionInput = {
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<MeetingActionStatus>;
  version: Scalars['Int']['input'];
};

export type UpdateMeetingInput = {
  agenda?: InputMaybe<Array<Scalars['String']['input']>>;
  communes?: InputMaybe<Array<Scalars['String']['input']>>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  guests?: InputMaybe<Array<GuestInput>>;
  id: Scalars['ID']['input'];
  invitedOrganisationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  invitedUserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** An INTER_PSAD or COPIL_REGIONAL meeting's gathered platforms, the convening one aside: the referents of those added are invited, of those removed told it is cancelled for them. */
  otherPlatformIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  place?: InputMaybe<Scalars['String']['input']>;
  situations?: InputMaybe<Array<SituationInput>>;
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  theme?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
  visioUrl?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateOncallRulesInput = {
  maxShiftHours: Scalars['Float']['input'];
  minRestHours: Scalars['Float']['input'];
  poolId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type UpdateOrganisationInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  communeInsee?: InputMaybe<Scalars['String']['input']>;
  communeName?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  fase?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<OrganisationKind>;
  lyceeTeteDeReseau?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** 14 digits (spaces allowed); unique. */
  siret?: InputMaybe<Scalars['String']['input']>;
  territoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Europe/Paris or Europe/Brussels; left out, the kind's own. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  uai?: InputMaybe<Scalars['String']['input']>;
  /** The version read; a stale one gets CONFLICT. */
  version: Scalars['Int']['input'];
  website?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateOrientationDutyInput = {
  cells: Array<OrientationDutyCellInput>;
  id: Scalars['ID']['input'];
  label: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type UpdateOrientationNetworkInput = {
  headSchoolId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  psyenIds: Array<Scalars['ID']['input']>;
  schoolIds: Array<Scalars['ID']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateOrientationPeriodInput = {
  endsOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  schoolYear: Scalars['String']['input'];
  startsOn: Scalars['Date']['input'];
  version: Scalars['Int']['input'];
};

export type UpdatePlanActionInput = {
  byPerson?: InputMaybe<Scalars['Boolean']['input']>;
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  memberId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<PlanActionStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdatePlatformActionInput = {
  caseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  heldOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  kind: PlatformActionKind;
  participants?: InputMaybe<Scalars['Int']['input']>;
  partnerOrganisationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  title: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type UpdatePlatformInput = {
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  partnerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  referentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  territoryId?: InputMaybe<Scalars['ID']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateSolutionOfferInput = {
  activeFrom?: InputMaybe<Scalars['Date']['input']>;
  activeUntil?: InputMaybe<Scalars['Date']['input']>;
  ageMax?: InputMaybe<Scalars['Int']['input']>;
  ageMin?: InputMaybe<Scalars['Int']['input']>;
  communes?: InputMaybe<Array<Scalars['String']['input']>>;
  conditions?: InputMaybe<Scalars['String']['input']>;
  contact?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  places?: InputMaybe<Scalars['Int']['input']>;
  solutionType: SolutionType;
  version: Scalars['Int']['input'];
};

export type UpdateTransversalFileInput = {
  documentLinks: Array<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind: TransversalFileKind;
  pilotUserId?: InputMaybe<Scalars['ID']['input']>;
  since: Scalars['Date']['input'];
  status: TransversalFileStatus;
  summary?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type UpdateUserInput = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** Sets a new password (at least 12 characters). */
  password?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateVeilleDocumentInput = {
  id: Scalars['ID']['input'];
  publishedOn?: InputMaybe<Scalars['Date']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  url: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type UpdateWebhookEndpointInput = {
  /** Empty: removed. */
  description?: InputMaybe<Scalars['String']['input']>;
  eventTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  id: Scalars['ID']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateWorkPlanActionInput = {
  endMonth: Scalars['String']['input'];
  evidenceUrl?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  minutesMeetingId?: InputMaybe<Scalars['ID']['input']>;
  personIds: Array<Scalars['ID']['input']>;
  roles: Array<DutyRole>;
  startMonth: Scalars['String']['input'];
  status: WorkPlanActionStatus;
  title: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type UpdateWorkPlanInput = {
  endMonth: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  startMonth: Scalars['String']['input'];
  title: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type User = {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  /** Failed sign-ins since the last successful one, from every address (none locks the account: an address that fails in a row waits longer and longer before its next try); null where the account is seen through a shared record. */
  failedLoginCount?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  lastFailedLoginAt?: Maybe<Scalars['DateTime']['output']>;
  lastLoginAt?: Maybe<Scalars['DateTime']['output']>;
  memberships: Array<Membership>;
  version: Scalars['Int']['output'];
};

export type UserConnection = {
  __typename?: 'UserConnection';
  nodes: Array<User>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type UserFilter = {
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<Role>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/**
 * One of the user's signed-in sessions (issue 21): a browser or device where they signed in and have not
 * signed out. Ending it refuses its tokens from the next request on, whatever server answers it.
 */
export type UserSession = {
  __typename?: 'UserSession';
  /** Where it was last used, approximately: the /24 of an IPv4 address, the /48 of an IPv6 one. */
  addressPrefix?: Maybe<Scalars['String']['output']>;
  /** Its browser and system, from its user agent (« Firefox 133 sur Linux »). */
  browser?: Maybe<Scalars['String']['output']>;
  /** When the user signed in there. */
  createdAt: Scalars['DateTime']['output'];
  /** Whether this is the session of the request itself. */
  current: Scalars['Boolean']['output'];
  /** The kind of device, from its browser's user agent: « Ordinateur », « Mobile », « Tablette ». */
  device?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** When it last renewed its access (every few minutes while it is open). */
  lastUsedAt: Scalars['DateTime']['output'];
  method: SignInMethod;
  /** Whether it was opened with a second factor (or ProConnect's strong authentication). */
  secondFactor: Scalars['Boolean']['output'];
};

export type VeilleDocument = {
  __typename?: 'VeilleDocument';
  /** Who added it, by name as it was then (null for a document added before names were kept and whose adder is gone). */
  addedByName?: Maybe<Scalars['String']['output']>;
  canEdit: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  platform: Platform;
  publishedOn?: Maybe<Scalars['Date']['output']>;
  summary?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  url: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type VeilleDocumentConnection = {
  __typename?: 'VeilleDocumentConnection';
  nodes: Array<VeilleDocument>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WebhookAttempt = {
  __typename?: 'WebhookAttempt';
  attemptedAt: Scalars['DateTime']['output'];
  /** Why it failed, in French; null on success. */
  error?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  latencyMs: Scalars['Int']['output'];
  /** Asked for by hand (« Rejouer »). */
  manual: Scalars['Boolean']['output'];
  /** The receiver's HTTP status; null when no answer came (refused connection, timeout, address refused). */
  statusCode?: Maybe<Scalars['Int']['output']>;
  succeeded: Scalars['Boolean']['output'];
};

/** One event sent to one endpoint: its state, its last attempt, and every attempt. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  attemptCount: Scalars['Int']['output'];
  /** Oldest first. */
  attempts: Array<WebhookAttempt>;
  createdAt: Scalars['DateTime']['output'];
  endpointId: Scalars['ID']['output'];
  /** The webhook-id header: the same for every endpoint, retry and replay of the event. */
  eventId: Scalars['ID']['output'];
  eventType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  lastError?: Maybe<Scalars['String']['output']>;
  lastLatencyMs?: Maybe<Scalars['Int']['output']>;
  lastStatusCode?: Maybe<Scalars['Int']['output']>;
  /** When the next retry is due, while it waits for one. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  objectId: Scalars['ID']['output'];
  objectType: Scalars['String']['output'];
  occurredAt: Scalars['DateTime']['output'];
  status: WebhookDeliveryStatus;
};

export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  nodes: Array<WebhookDelivery>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A delivery's state: being sent or waiting for a retry, received (2xx), or given up. */
export type WebhookDeliveryStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SUCCEEDED';

/** Why an endpoint is off: turned off by hand, or after three days in a row of failed attempts. */
export type WebhookDisabledReason =
  | 'FAILING'
  | 'MANUAL';

/**
 * An address a service account's system receives events at (Standard Webhooks: webhook-id, webhook-timestamp,
 * webhook-signature, HMAC-SHA256 with the endpoint's secret). The payload is thin:
 * `{ "type": "case.assigned", "timestamp": "…", "data": { "objectType": "Case", "id": "…" } }`; the receiver
 * reads the object with its own key. Only events about objects the account may read are sent.
 */
export type WebhookEndpoint = {
  __typename?: 'WebhookEndpoint';
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  disabledAt?: Maybe<Scalars['DateTime']['output']>;
  disabledReason?: Maybe<WebhookDisabledReason>;
  enabled: Scalars['Boolean']['output'];
  /** The event types it receives: case.assigned, transfer.proposed, transfer.accepted, transfer.refused, signal.received, case.closed, clas.decision, reference.changed. */
  eventTypes: Array<Scalars['String']['output']>;
  /** The first failed attempt since the last success; null when the last attempt succeeded. After three days the endpoint is disabled. */
  failingSince?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** When its secret was last rotated (the former one still signs for a day). */
  secretRotatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The service account whose system it is. */
  serviceAccountId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  url: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type Weekday =
  | 'DIMANCHE'
  | 'JEUDI'
  | 'LUNDI'
  | 'MARDI'
  | 'MERCREDI'
  | 'SAMEDI'
  | 'VENDREDI';

export type WeeklySession = {
  __typename?: 'WeeklySession';
  day: Weekday;
  durationMinutes: Scalars['Int']['output'];
  start: Scalars['String']['output'];
};

export type WeeklySessionInput = {
  day: Weekday;
  durationMinutes: Scalars['Int']['input'];
  start: Scalars['String']['input'];
};

export type WithdrawOncallSwapInput = {
  swapId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** A CIO's work plan (issue 18): a title, a span of months and its dated actions. */
export type WorkPlan = {
  __typename?: 'WorkPlan';
  actions: Array<WorkPlanAction>;
  /** Whether the caller is in the CIO's direction team (writes the plan and its actions). */
  canEdit: Scalars['Boolean']['output'];
  cio: OrientationCio;
  completion: WorkPlanCompletion;
  /** Last month, yyyy-mm. */
  endMonth: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** First month, yyyy-mm. */
  startMonth: Scalars['String']['output'];
  state: WorkPlanState;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** A dated action of a work plan. */
export type WorkPlanAction = {
  __typename?: 'WorkPlanAction';
  /** Whether the caller may change its status (direction team, or a person it names). */
  canChangeStatus: Scalars['Boolean']['output'];
  /** Whether the caller may comment it (direction team, the CIO's PsyEn). */
  canComment: Scalars['Boolean']['output'];
  comments: Array<WorkPlanComment>;
  /** Last month (its due month), yyyy-mm. */
  endMonth: Scalars['String']['output'];
  /** A link (https) to a document that evidences it. */
  evidenceUrl?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Not done nor abandoned, and its last month is over. */
  late: Scalars['Boolean']['output'];
  /** The meeting (instances) whose minutes evidence it: /instances/:id. */
  minutesMeetingId?: Maybe<Scalars['ID']['output']>;
  /** The named people of the CIO it is attributed to. */
  people: Array<OrientationPerson>;
  roles: Array<DutyRole>;
  /** First month, yyyy-mm. */
  startMonth: Scalars['String']['output'];
  status: WorkPlanActionStatus;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type WorkPlanActionStatus =
  | 'ABANDONNE'
  | 'A_FAIRE'
  | 'EN_COURS'
  | 'FAIT'
  | 'REPORTE';

/** A comment on an action, by the CIO's staff. */
export type WorkPlanComment = {
  __typename?: 'WorkPlanComment';
  authorName: Scalars['String']['output'];
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
};

/** The counts of a plan's actions by status, and how many are late. */
export type WorkPlanCompletion = {
  __typename?: 'WorkPlanCompletion';
  aFaire: Scalars['Int']['output'];
  abandonne: Scalars['Int']['output'];
  enCours: Scalars['Int']['output'];
  fait: Scalars['Int']['output'];
  late: Scalars['Int']['output'];
  reporte: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** Whether a plan's months are over, hold today, or are to come. */
export type WorkPlanState =
  | 'CURRENT'
  | 'FINISHED'
  | 'FUTURE';

/** A young person on a platform's list (personal data: seen through a case only). */
export type YoungPerson = {
  __typename?: 'YoungPerson';
  address?: Maybe<Scalars['String']['output']>;
  birthDate: Scalars['Date']['output'];
  /** The episodes (cases) of this young person the caller sees, newest first. */
  cases: Array<Case>;
  commune?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  firstNames: Scalars['String']['output'];
  highestDiploma?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  ine?: Maybe<Scalars['String']['output']>;
  lastFormation?: Maybe<Scalars['String']['output']>;
  lastName: Scalars['String']['output'];
  lastSchoolUai?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
  postalCode?: Maybe<Scalars['String']['output']>;
  schoolExitDate?: Maybe<Scalars['Date']['output']>;
  sex?: Maybe<Scalars['String']['output']>;
  /** Increases on every change of the record; a merge names the versions it read. */
  version: Scalars['Int']['output'];
};

/** Two records of one platform that look like one young person. */
export type YoungPersonDuplicate = {
  __typename?: 'YoungPersonDuplicate';
  first: YoungPerson;
  reason: DuplicateReason;
  second: YoungPerson;
  /** Likeness of the normalised names, 0 to 1. */
  similarity: Scalars['Float']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccessRequest: ResolverTypeWrapper<AccessRequestRow>;
  AccessRequestStatus: AccessRequestStatus;
  Accompagnateur: ResolverTypeWrapper<Accompagnateur>;
  AccompagnateurInput: AccompagnateurInput;
  AccompagnateurKind: AccompagnateurKind;
  AccompaniedPerson: ResolverTypeWrapper<PersonRow>;
  AccompaniedPersonConnection: ResolverTypeWrapper<Omit<AccompaniedPersonConnection, 'nodes'> & { nodes: Array<ResolversTypes['AccompaniedPerson']> }>;
  AccompanimentMember: ResolverTypeWrapper<MemberRow>;
  AddCriterionValueInput: AddCriterionValueInput;
  AddMeetingActionInput: AddMeetingActionInput;
  AddVeilleDocumentInput: AddVeilleDocumentInput;
  AddWorkPlanCommentInput: AddWorkPlanCommentInput;
  AnswerQvtCampaignInput: AnswerQvtCampaignInput;
  ApiKey: ResolverTypeWrapper<ApiKeyRow>;
  ApiKeyUsage: ResolverTypeWrapper<ApiKeyUsage>;
  ApproveAccessRequestInput: ApproveAccessRequestInput;
  Attendance: Attendance;
  AttendanceEntryInput: AttendanceEntryInput;
  AuditEvent: ResolverTypeWrapper<AuditRow>;
  AuditEventConnection: ResolverTypeWrapper<Omit<AuditEventConnection, 'nodes'> & { nodes: Array<ResolversTypes['AuditEvent']> }>;
  AuditFilter: AuditFilter;
  AuditOutcome: AuditOutcome;
  AuditSubject: ResolverTypeWrapper<AuditSubject>;
  BackgroundJob: ResolverTypeWrapper<BackgroundJob>;
  BackgroundJobConnection: ResolverTypeWrapper<BackgroundJobConnection>;
  BackgroundJobState: BackgroundJobState;
  BackgroundQueue: ResolverTypeWrapper<BackgroundQueue>;
  BilanCell: ResolverTypeWrapper<BilanCell>;
  BilanRow: ResolverTypeWrapper<BilanRow>;
  BilanSections: ResolverTypeWrapper<BilanSections>;
  BilanSectionsInput: BilanSectionsInput;
  BilanTable: ResolverTypeWrapper<BilanTable>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CancelMeetingInput: CancelMeetingInput;
  Case: ResolverTypeWrapper<CaseRow>;
  CaseActionType: CaseActionType;
  CaseActor: ResolverTypeWrapper<CaseActor>;
  CaseConnection: ResolverTypeWrapper<CaseConnectionRow>;
  CaseEvent: ResolverTypeWrapper<CaseEventRow>;
  CaseFilter: CaseFilter;
  CaseFlags: ResolverTypeWrapper<CaseFlags>;
  CaseOrder: CaseOrder;
  CaseSource: CaseSource;
  CaseStatus: CaseStatus;
  CaseTransfer: ResolverTypeWrapper<TransferRow>;
  CaseVersionInput: CaseVersionInput;
  Change: ResolverTypeWrapper<Change>;
  ChangeKind: ChangeKind;
  ChangeObjectType: ChangeObjectType;
  ChangePage: ResolverTypeWrapper<ChangePage>;
  ClasActionType: ClasActionType;
  ClasActivityKind: ClasActivityKind;
  ClasActivityLog: ResolverTypeWrapper<ActivityLogRow>;
  ClasActivityLogKind: ClasActivityLogKind;
  ClasBilan: ResolverTypeWrapper<ClasBilan>;
  ClasComment: ResolverTypeWrapper<CommentRow>;
  ClasDashboard: ResolverTypeWrapper<Omit<ClasDashboard, 'departement'> & { departement: ResolversTypes['Territory'] }>;
  ClasDecision: ResolverTypeWrapper<DecisionNode>;
  ClasDecisionInput: ClasDecisionInput;
  ClasDecisionKind: ClasDecisionKind;
  ClasGroup: ResolverTypeWrapper<GroupNode>;
  ClasGroupInput: ClasGroupInput;
  ClasProject: ResolverTypeWrapper<ProjectRow>;
  ClasProjectConnection: ResolverTypeWrapper<Omit<ClasProjectConnection, 'nodes'> & { nodes: Array<ResolversTypes['ClasProject']> }>;
  ClasProjectContentInput: ClasProjectContentInput;
  ClasProjectFilter: ClasProjectFilter;
  ClasProjectOrder: ClasProjectOrder;
  ClasRosterEntry: ResolverTypeWrapper<ClasRosterEntry>;
  ClasRule: ClasRule;
  ClasSessionLog: ResolverTypeWrapper<SessionLogNode>;
  ClasStatus: ClasStatus;
  ClasStatusCount: ResolverTypeWrapper<ClasStatusCount>;
  ClasYearConfig: ResolverTypeWrapper<ClasYearConfig>;
  ClasYearConfigInput: ClasYearConfigInput;
  ClassHours: ResolverTypeWrapper<ClassHours>;
  ClassHoursInput: ClassHoursInput;
  CloseOncallFollowUpInput: CloseOncallFollowUpInput;
  CloseOutcome: CloseOutcome;
  CloseOutcomeCount: ResolverTypeWrapper<CloseOutcomeCount>;
  Competence: ResolverTypeWrapper<CompetenceRow>;
  CompetenceKind: CompetenceKind;
  Consent: ResolverTypeWrapper<ConsentRow>;
  ConsentInput: ConsentInput;
  ConsentKind: ConsentKind;
  ContactAttempt: ResolverTypeWrapper<AttemptRow>;
  ContactChannel: ContactChannel;
  ContactResult: ContactResult;
  CpmsConcertation: ResolverTypeWrapper<ConcertationRow>;
  CpmsContract: ResolverTypeWrapper<ContractRow>;
  CpmsContractParty: CpmsContractParty;
  CpmsContractStatus: CpmsContractStatus;
  CpmsContractStep: CpmsContractStep;
  CpmsContractStepInput: CpmsContractStepInput;
  CpmsDirectedCentre: ResolverTypeWrapper<CpmsDirectedCentre>;
  CpmsEvaluationDue: ResolverTypeWrapper<CpmsEvaluationDue>;
  CpmsExchange: ResolverTypeWrapper<ExchangeRow>;
  CpmsExchangeWay: CpmsExchangeWay;
  CpmsIndicator: ResolverTypeWrapper<CpmsIndicator>;
  CpmsIndicatorInput: CpmsIndicatorInput;
  CpmsIndicators: ResolverTypeWrapper<CpmsIndicators>;
  CpmsInformationFlow: ResolverTypeWrapper<CpmsInformationFlow>;
  CpmsInformationFlowInput: CpmsInformationFlowInput;
  CpmsObjectivesContract: ResolverTypeWrapper<ObjectivesContractRow>;
  CpmsOrganisationRef: ResolverTypeWrapper<CpmsOrganisationRef>;
  CpmsPlanDocument: ResolverTypeWrapper<CpmsPlanDocument>;
  CpmsPlanObjective: ResolverTypeWrapper<CpmsPlanObjective>;
  CpmsPlanObjectiveInput: CpmsPlanObjectiveInput;
  CpmsSchoolPlan: ResolverTypeWrapper<SchoolPlanRow>;
  CpmsSignature: ResolverTypeWrapper<CpmsSignature>;
  CpmsSystemObjective: CpmsSystemObjective;
  CpmsZone: ResolverTypeWrapper<CpmsZone>;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateCpmsContractInput: CreateCpmsContractInput;
  CreateCpmsObjectivesContractInput: CreateCpmsObjectivesContractInput;
  CreateCpmsSchoolPlanInput: CreateCpmsSchoolPlanInput;
  CreateEvaluationCriterionInput: CreateEvaluationCriterionInput;
  CreateOncallShiftInput: CreateOncallShiftInput;
  CreateOrganisationInput: CreateOrganisationInput;
  CreateOrientationDutyInput: CreateOrientationDutyInput;
  CreateOrientationNetworkInput: CreateOrientationNetworkInput;
  CreateOrientationPeriodInput: CreateOrientationPeriodInput;
  CreatePlatformActionInput: CreatePlatformActionInput;
  CreatePlatformInput: CreatePlatformInput;
  CreateQvtCampaignInput: CreateQvtCampaignInput;
  CreateSolutionOfferInput: CreateSolutionOfferInput;
  CreateTerritoryInput: CreateTerritoryInput;
  CreateTransversalFileInput: CreateTransversalFileInput;
  CreateUserInput: CreateUserInput;
  CreateWebhookEndpointInput: CreateWebhookEndpointInput;
  CreateWorkPlanActionInput: CreateWorkPlanActionInput;
  CreateWorkPlanInput: CreateWorkPlanInput;
  CreatedApiKey: ResolverTypeWrapper<Omit<CreatedApiKey, 'apiKey'> & { apiKey: ResolversTypes['ApiKey'] }>;
  CreatedWebhookEndpoint: ResolverTypeWrapper<Omit<CreatedWebhookEndpoint, 'endpoint'> & { endpoint: ResolversTypes['WebhookEndpoint'] }>;
  CriterionValue: ResolverTypeWrapper<CriterionValueRow>;
  DashboardDelays: ResolverTypeWrapper<DashboardDelays>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecideOncallSwapInput: DecideOncallSwapInput;
  DecideSituationInput: DecideSituationInput;
  DeleteEvaluationCriterionInput: DeleteEvaluationCriterionInput;
  DeleteOncallShiftInput: DeleteOncallShiftInput;
  DeleteOrientationInput: DeleteOrientationInput;
  DeletePlatformActionInput: DeletePlatformActionInput;
  DeleteSolutionOfferInput: DeleteSolutionOfferInput;
  DeleteVeilleDocumentInput: DeleteVeilleDocumentInput;
  DeleteWorkPlanActionInput: DeleteWorkPlanActionInput;
  DeleteWorkPlanInput: DeleteWorkPlanInput;
  DocumentCategory: DocumentCategory;
  DuplicateReason: DuplicateReason;
  DutyInvolvement: DutyInvolvement;
  DutyRole: DutyRole;
  Eligibility: ResolverTypeWrapper<Eligibility>;
  EmailDelivery: EmailDelivery;
  EndReasonCount: ResolverTypeWrapper<EndReasonCount>;
  EvaluationCriterion: ResolverTypeWrapper<CriterionRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FunnelStage: FunnelStage;
  FunnelStep: ResolverTypeWrapper<FunnelStep>;
  GenerateOncallWeeksInput: GenerateOncallWeeksInput;
  GuestInput: GuestInput;
  HalfDay: HalfDay;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportDuplicateRow: ResolverTypeWrapper<ImportDuplicateRow>;
  ImportKeyFields: ResolverTypeWrapper<ImportKeyFields>;
  ImportKnownPerson: ResolverTypeWrapper<ImportKnownPerson>;
  ImportMatchedOn: ImportMatchedOn;
  ImportMergedRow: ResolverTypeWrapper<ImportMergedRow>;
  ImportPreview: ResolverTypeWrapper<ImportPreview>;
  ImportReport: ResolverTypeWrapper<StoredReport>;
  ImportRowOutcome: ImportRowOutcome;
  ImportSampleRow: ResolverTypeWrapper<ImportSampleRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InterviewCount: ResolverTypeWrapper<InterviewCountRow>;
  InterviewCountCellInput: InterviewCountCellInput;
  InterviewTheme: InterviewTheme;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LockerDocument: ResolverTypeWrapper<DocumentNode>;
  LogCpmsExchangeInput: LogCpmsExchangeInput;
  LogOncallCallInput: LogOncallCallInput;
  Me: ResolverTypeWrapper<Omit<Me, 'memberships' | 'user'> & { memberships: Array<ResolversTypes['Membership']>, user: ResolversTypes['User'] }>;
  Meeting: ResolverTypeWrapper<MeetingRecord>;
  MeetingAction: ResolverTypeWrapper<MeetingActionRow>;
  MeetingActionStatus: MeetingActionStatus;
  MeetingConnection: ResolverTypeWrapper<MeetingConnectionRow>;
  MeetingInvitee: ResolverTypeWrapper<InviteeRow>;
  MeetingKind: MeetingKind;
  MeetingSituation: ResolverTypeWrapper<SituationView>;
  MeetingStatus: MeetingStatus;
  MemberInput: MemberInput;
  Membership: ResolverTypeWrapper<MembershipRow>;
  MembershipInput: MembershipInput;
  MinorsWithoutSolution: ResolverTypeWrapper<MinorsWithoutSolution>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Notification: ResolverTypeWrapper<NotificationRow>;
  NotificationConnection: ResolverTypeWrapper<Omit<NotificationConnection, 'nodes'> & { nodes: Array<ResolversTypes['Notification']> }>;
  NotificationKind: NotificationKind;
  NotificationMode: NotificationMode;
  NotificationPreference: ResolverTypeWrapper<NotificationPreference>;
  NotificationPreferenceInput: NotificationPreferenceInput;
  OncallAnswer: ResolverTypeWrapper<OncallAnswerView>;
  OncallCall: ResolverTypeWrapper<OncallCallRow>;
  OncallCallCategory: OncallCallCategory;
  OncallCallStats: ResolverTypeWrapper<OncallStatsView>;
  OncallCallerKind: OncallCallerKind;
  OncallCategoryCount: ResolverTypeWrapper<OncallCategoryCount>;
  OncallCheck: ResolverTypeWrapper<OncallCheckView>;
  OncallCpms: ResolverTypeWrapper<OncallCpms>;
  OncallHourCount: ResolverTypeWrapper<OncallHourCount>;
  OncallIssue: ResolverTypeWrapper<OncallIssueView>;
  OncallIssueKind: OncallIssueKind;
  OncallPerson: ResolverTypeWrapper<OncallPersonView>;
  OncallPool: ResolverTypeWrapper<OncallPoolRow>;
  OncallPublication: ResolverTypeWrapper<OncallPublication>;
  OncallShift: ResolverTypeWrapper<OncallShiftRow>;
  OncallShiftStatus: OncallShiftStatus;
  OncallSwap: ResolverTypeWrapper<OncallSwapRow>;
  OncallSwapRole: OncallSwapRole;
  OncallSwapStatus: OncallSwapStatus;
  OncallTemplate: ResolverTypeWrapper<OncallTemplateRow>;
  OncallTemplateInput: OncallTemplateInput;
  OncallUrgency: OncallUrgency;
  Organisation: ResolverTypeWrapper<OrganisationRow>;
  OrganisationConnection: ResolverTypeWrapper<Omit<OrganisationConnection, 'nodes'> & { nodes: Array<ResolversTypes['Organisation']> }>;
  OrganisationFilter: OrganisationFilter;
  OrganisationKind: OrganisationKind;
  OrientationCio: ResolverTypeWrapper<OrientationCioRow>;
  OrientationDuty: ResolverTypeWrapper<DutyRow>;
  OrientationDutyCell: ResolverTypeWrapper<OrientationDutyCell>;
  OrientationDutyCellInput: OrientationDutyCellInput;
  OrientationNetwork: ResolverTypeWrapper<NetworkRow>;
  OrientationPeriod: ResolverTypeWrapper<PeriodRow>;
  OrientationPerson: ResolverTypeWrapper<OrientationPerson>;
  OrientationServiceCheck: ResolverTypeWrapper<Omit<OrientationServiceCheck, 'services' | 'uncovered'> & { services: Array<ResolversTypes['PsyenPeriodService']>, uncovered: Array<ResolversTypes['UncoveredSchool']> }>;
  OrientationSlot: ResolverTypeWrapper<SlotRow>;
  OrientationSlotInput: OrientationSlotInput;
  OrientationTransversalFile: ResolverTypeWrapper<TransversalFileRow>;
  OutboxEmail: ResolverTypeWrapper<OutboxEmailRow>;
  OutboxEmailConnection: ResolverTypeWrapper<Omit<OutboxEmailConnection, 'nodes'> & { nodes: Array<ResolversTypes['OutboxEmail']> }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ParcoursIndicators: ResolverTypeWrapper<ParcoursIndicators>;
  ParcoursProfessional: ResolverTypeWrapper<ParcoursProfessional>;
  ParcoursReference: ResolverTypeWrapper<ReferenceRow>;
  PartnerCases: ResolverTypeWrapper<PartnerCasesRow>;
  PartnerSchool: ResolverTypeWrapper<PartnerSchool>;
  PartnerSchoolInput: PartnerSchoolInput;
  PersonAction: PersonAction;
  PersonActionRefusal: ResolverTypeWrapper<PersonActionRefusal>;
  PersonInput: PersonInput;
  PersonStep: PersonStep;
  PlanAction: ResolverTypeWrapper<ActionRow>;
  PlanActionInput: PlanActionInput;
  PlanActionStatus: PlanActionStatus;
  PlanGoal: ResolverTypeWrapper<GoalRow>;
  PlanTheme: PlanTheme;
  PlannedAction: ResolverTypeWrapper<PlannedAction>;
  PlannedActionInput: PlannedActionInput;
  Platform: ResolverTypeWrapper<PlatformRow>;
  PlatformAction: ResolverTypeWrapper<PlatformActionRow>;
  PlatformActionConnection: ResolverTypeWrapper<Omit<PlatformActionConnection, 'nodes'> & { nodes: Array<ResolversTypes['PlatformAction']> }>;
  PlatformActionKind: PlatformActionKind;
  ProposeOncallSwapInput: ProposeOncallSwapInput;
  PsadBilan: ResolverTypeWrapper<BilanView>;
  PsadDashboard: ResolverTypeWrapper<Omit<PsadDashboard, 'partners'> & { partners: Array<ResolversTypes['PartnerCases']> }>;
  PsyenPeriodService: ResolverTypeWrapper<PeriodServiceView>;
  PsyenService: ResolverTypeWrapper<PsyenServiceRow>;
  PublishOncallPeriodInput: PublishOncallPeriodInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QvtAnswerInput: QvtAnswerInput;
  QvtCampaign: ResolverTypeWrapper<QvtCampaignRow>;
  QvtQuestion: ResolverTypeWrapper<QvtQuestionRow>;
  QvtQuestionInput: QvtQuestionInput;
  QvtQuestionKind: QvtQuestionKind;
  QvtQuestionResult: ResolverTypeWrapper<QvtQuestionResult>;
  QvtResults: ResolverTypeWrapper<QvtResultsView>;
  RecordAttendanceInput: RecordAttendanceInput;
  RecordCpmsIndicatorsReachedInput: RecordCpmsIndicatorsReachedInput;
  RecordMinutesInput: RecordMinutesInput;
  ReferenceActionType: ReferenceActionType;
  ReferenceDecisionInput: ReferenceDecisionInput;
  ReferenceEndReason: ReferenceEndReason;
  ReferenceEvent: ResolverTypeWrapper<EventRow>;
  ReferenceStatus: ReferenceStatus;
  ReferenceStatusCount: ResolverTypeWrapper<ReferenceStatusCount>;
  RegionalBilan: ResolverTypeWrapper<RegionalBilanView>;
  RejectAccessRequestInput: RejectAccessRequestInput;
  RejectedRow: ResolverTypeWrapper<RejectedRow>;
  ReplaceOncallTemplatesInput: ReplaceOncallTemplatesInput;
  Role: Role;
  RuleOutcome: RuleOutcome;
  RuleResult: ResolverTypeWrapper<RuleResult>;
  SansSuiteMotive: SansSuiteMotive;
  SansSuiteMotiveCount: ResolverTypeWrapper<SansSuiteMotiveCount>;
  SaveBilanSectionsInput: SaveBilanSectionsInput;
  SaveInterviewCountsInput: SaveInterviewCountsInput;
  ScheduleCpmsConcertationInput: ScheduleCpmsConcertationInput;
  ScheduleMeetingInput: ScheduleMeetingInput;
  SchoolLevel: SchoolLevel;
  SetOncallPhoneInput: SetOncallPhoneInput;
  SetPsyenQuotityInput: SetPsyenQuotityInput;
  SetPsyenWeekInput: SetPsyenWeekInput;
  SetWorkPlanActionStatusInput: SetWorkPlanActionStatusInput;
  SieiImport: ResolverTypeWrapper<ImportRow>;
  SignCpmsContractInput: SignCpmsContractInput;
  SignInMethod: SignInMethod;
  SignalInput: SignalInput;
  SignalResult: ResolverTypeWrapper<SignalResult>;
  SignalSource: SignalSource;
  SituationDecision: SituationDecision;
  SituationFinding: SituationFinding;
  SituationInput: SituationInput;
  SlotActivity: SlotActivity;
  SlotMode: SlotMode;
  SolutionOffer: ResolverTypeWrapper<SolutionOfferRow>;
  SolutionOfferConnection: ResolverTypeWrapper<Omit<SolutionOfferConnection, 'nodes'> & { nodes: Array<ResolversTypes['SolutionOffer']> }>;
  SolutionOfferFilter: SolutionOfferFilter;
  SolutionType: SolutionType;
  SolutionTypeCount: ResolverTypeWrapper<SolutionTypeCount>;
  SourceCount: ResolverTypeWrapper<SourceCount>;
  StatusCount: ResolverTypeWrapper<StatusCount>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SyntheseInput: SyntheseInput;
  SyntheseMeeting: ResolverTypeWrapper<MeetingRow>;
  SyntheseParticipant: ResolverTypeWrapper<ParticipantRow>;
  SyntheseRequester: SyntheseRequester;
  Territory: ResolverTypeWrapper<TerritoryRow>;
  TerritoryConnection: ResolverTypeWrapper<Omit<TerritoryConnection, 'nodes'> & { nodes: Array<ResolversTypes['Territory']> }>;
  TerritoryKind: TerritoryKind;
  ThematicParcours: ThematicParcours;
  TrainingStatus: TrainingStatus;
  TransferCounts: ResolverTypeWrapper<TransferCounts>;
  TransversalFileKind: TransversalFileKind;
  TransversalFileStatus: TransversalFileStatus;
  TrustedDocument: ResolverTypeWrapper<TrustedDocumentRow>;
  UncoveredSchool: ResolverTypeWrapper<UncoveredView>;
  UpdateCpmsContractInput: UpdateCpmsContractInput;
  UpdateCpmsObjectivesContractInput: UpdateCpmsObjectivesContractInput;
  UpdateCpmsSchoolPlanInput: UpdateCpmsSchoolPlanInput;
  UpdateEvaluationCriterionInput: UpdateEvaluationCriterionInput;
  UpdateMeetingActionInput: UpdateMeetingActionInput;
  UpdateMeetingInput: UpdateMeetingInput;
  UpdateOncallRulesInput: UpdateOncallRulesInput;
  UpdateOrganisationInput: UpdateOrganisationInput;
  UpdateOrientationDutyInput: UpdateOrientationDutyInput;
  UpdateOrientationNetworkInput: UpdateOrientationNetworkInput;
  UpdateOrientationPeriodInput: UpdateOrientationPeriodInput;
  UpdatePlanActionInput: UpdatePlanActionInput;
  UpdatePlatformActionInput: UpdatePlatformActionInput;
  UpdatePlatformInput: UpdatePlatformInput;
  UpdateSolutionOfferInput: UpdateSolutionOfferInput;
  UpdateTransversalFileInput: UpdateTransversalFileInput;
  UpdateUserInput: UpdateUserInput;
  UpdateVeilleDocumentInput: UpdateVeilleDocumentInput;
  UpdateWebhookEndpointInput: UpdateWebhookEndpointInput;
  UpdateWorkPlanActionInput: UpdateWorkPlanActionInput;
  UpdateWorkPlanInput: UpdateWorkPlanInput;
  User: ResolverTypeWrapper<UserRow>;
  UserConnection: ResolverTypeWrapper<Omit<UserConnection, 'nodes'> & { nodes: Array<ResolversTypes['User']> }>;
  UserFilter: UserFilter;
  UserSession: ResolverTypeWrapper<UserSession>;
  VeilleDocument: ResolverTypeWrapper<VeilleDocumentRow>;
  VeilleDocumentConnection: ResolverTypeWrapper<Omit<VeilleDocumentConnection, 'nodes'> & { nodes: Array<ResolversTypes['VeilleDocument']> }>;
  WebhookAttempt: ResolverTypeWrapper<WebhookAttemptRow>;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryRow>;
  WebhookDeliveryConnection: ResolverTypeWrapper<Omit<WebhookDeliveryConnection, 'nodes'> & { nodes: Array<ResolversTypes['WebhookDelivery']> }>;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  WebhookDisabledReason: WebhookDisabledReason;
  WebhookEndpoint: ResolverTypeWrapper<WebhookEndpointRow>;
  Weekday: Weekday;
  WeeklySession: ResolverTypeWrapper<WeeklySession>;
  WeeklySessionInput: WeeklySessionInput;
  WithdrawOncallSwapInput: WithdrawOncallSwapInput;
  WorkPlan: ResolverTypeWrapper<WorkPlanRow>;
  WorkPlanAction: ResolverTypeWrapper<WorkPlanActionRow>;
  WorkPlanActionStatus: WorkPlanActionStatus;
  WorkPlanComment: ResolverTypeWrapper<WorkPlanCommentRow>;
  WorkPlanCompletion: ResolverTypeWrapper<WorkPlanCompletionRow>;
  WorkPlanState: WorkPlanState;
  YoungPerson: ResolverTypeWrapper<YoungPersonRow>;
  YoungPersonDuplicate: ResolverTypeWrapper<Omit<YoungPersonDuplicate, 'first' | 'second'> & { first: ResolversTypes['YoungPerson'], second: ResolversTypes['YoungPerson'] }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccessRequest: AccessRequestRow;
  Accompagnateur: Accompagnateur;
  AccompagnateurInput: AccompagnateurInput;
  AccompaniedPerson: PersonRow;
  AccompaniedPersonConnection: Omit<AccompaniedPersonConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['AccompaniedPerson']> };
  AccompanimentMember: MemberRow;
  AddCriterionValueInput: AddCriterionValueInput;
  AddMeetingActionInput: AddMeetingActionInput;
  AddVeilleDocumentInput: AddVeilleDocumentInput;
  AddWorkPlanCommentInput: AddWorkPlanCommentInput;
  AnswerQvtCampaignInput: AnswerQvtCampaignInput;
  ApiKey: ApiKeyRow;
  ApiKeyUsage: ApiKeyUsage;
  ApproveAccessRequestInput: ApproveAccessRequestInput;
  AttendanceEntryInput: AttendanceEntryInput;
  AuditEvent: AuditRow;
  AuditEventConnection: Omit<AuditEventConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['AuditEvent']> };
  AuditFilter: AuditFilter;
  AuditSubject: AuditSubject;
  BackgroundJob: BackgroundJob;
  BackgroundJobConnection: BackgroundJobConnection;
  BackgroundQueue: BackgroundQueue;
  BilanCell: BilanCell;
  BilanRow: BilanRow;
  BilanSections: BilanSections;
  BilanSectionsInput: BilanSectionsInput;
  BilanTable: BilanTable;
  Boolean: Scalars['Boolean']['output'];
  CancelMeetingInput: CancelMeetingInput;
  Case: CaseRow;
  CaseActor: CaseActor;
  CaseConnection: CaseConnectionRow;
  CaseEvent: CaseEventRow;
  CaseFilter: CaseFilter;
  CaseFlags: CaseFlags;
  CaseTransfer: TransferRow;
  CaseVersionInput: CaseVersionInput;
  Change: Change;
  ChangePage: ChangePage;
  ClasActivityLog: ActivityLogRow;
  ClasBilan: ClasBilan;
  ClasComment: CommentRow;
  ClasDashboard: Omit<ClasDashboard, 'departement'> & { departement: ResolversParentTypes['Territory'] };
  ClasDecision: DecisionNode;
  ClasDecisionInput: ClasDecisionInput;
  ClasGroup: GroupNode;
  ClasGroupInput: ClasGroupInput;
  ClasProject: ProjectRow;
  ClasProjectConnection: Omit<ClasProjectConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['ClasProject']> };
  ClasProjectContentInput: ClasProjectContentInput;
  ClasProjectFilter: ClasProjectFilter;
  ClasRosterEntry: ClasRosterEntry;
  ClasSessionLog: SessionLogNode;
  ClasStatusCount: ClasStatusCount;
  ClasYearConfig: ClasYearConfig;
  ClasYearConfigInput: ClasYearConfigInput;
  ClassHours: ClassHours;
  ClassHoursInput: ClassHoursInput;
  CloseOncallFollowUpInput: CloseOncallFollowUpInput;
  CloseOutcomeCount: CloseOutcomeCount;
  Competence: CompetenceRow;
  Consent: ConsentRow;
  ConsentInput: ConsentInput;
  ContactAttempt: AttemptRow;
  CpmsConcertation: ConcertationRow;
  CpmsContract: ContractRow;
  CpmsContractStepInput: CpmsContractStepInput;
  CpmsDirectedCentre: CpmsDirectedCentre;
  CpmsEvaluationDue: CpmsEvaluationDue;
  CpmsExchange: ExchangeRow;
  CpmsIndicator: CpmsIndicator;
  CpmsIndicatorInput: CpmsIndicatorInput;
  CpmsIndicators: CpmsIndicators;
  CpmsInformationFlow: CpmsInformationFlow;
  CpmsInformationFlowInput: CpmsInformationFlowInput;
  CpmsObjectivesContract: ObjectivesContractRow;
  CpmsOrganisationRef: CpmsOrganisationRef;
  CpmsPlanDocument: CpmsPlanDocument;
  CpmsPlanObjective: CpmsPlanObjective;
  CpmsPlanObjectiveInput: CpmsPlanObjectiveInput;
  CpmsSchoolPlan: SchoolPlanRow;
  CpmsSignature: CpmsSignature;
  CpmsZone: CpmsZone;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateCpmsContractInput: CreateCpmsContractInput;
  CreateCpmsObjectivesContractInput: CreateCpmsObjectivesContractInput;
  CreateCpmsSchoolPlanInput: CreateCpmsSchoolPlanInput;
  CreateEvaluationCriterionInput: CreateEvaluationCriterionInput;
  CreateOncallShiftInput: CreateOncallShiftInput;
  CreateOrganisationInput: CreateOrganisationInput;
  CreateOrientationDutyInput: CreateOrientationDutyInput;
  CreateOrientationNetworkInput: CreateOrientationNetworkInput;
  CreateOrientationPeriodInput: CreateOrientationPeriodInput;
  CreatePlatformActionInput: CreatePlatformActionInput;
  CreatePlatformInput: CreatePlatformInput;
  CreateQvtCampaignInput: CreateQvtCampaignInput;
  CreateSolutionOfferInput: CreateSolutionOfferInput;
  CreateTerritoryInput: CreateTerritoryInput;
  CreateTransversalFileInput: CreateTransversalFileInput;
  CreateUserInput: CreateUserInput;
  CreateWebhookEndpointInput: CreateWebhookEndpointInput;
  CreateWorkPlanActionInput: CreateWorkPlanActionInput;
  CreateWorkPlanInput: CreateWorkPlanInput;
  CreatedApiKey: Omit<CreatedApiKey, 'apiKey'> & { apiKey: ResolversParentTypes['ApiKey'] };
  CreatedWebhookEndpoint: Omit<CreatedWebhookEndpoint, 'endpoint'> & { endpoint: ResolversParentTypes['WebhookEndpoint'] };
  CriterionValue: CriterionValueRow;
  DashboardDelays: DashboardDelays;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DecideOncallSwapInput: DecideOncallSwapInput;
  DecideSituationInput: DecideSituationInput;
  DeleteEvaluationCriterionInput: DeleteEvaluationCriterionInput;
  DeleteOncallShiftInput: DeleteOncallShiftInput;
  DeleteOrientationInput: DeleteOrientationInput;
  DeletePlatformActionInput: DeletePlatformActionInput;
  DeleteSolutionOfferInput: DeleteSolutionOfferInput;
  DeleteVeilleDocumentInput: DeleteVeilleDocumentInput;
  DeleteWorkPlanActionInput: DeleteWorkPlanActionInput;
  DeleteWorkPlanInput: DeleteWorkPlanInput;
  Eligibility: Eligibility;
  EndReasonCount: EndReasonCount;
  EvaluationCriterion: CriterionRow;
  Float: Scalars['Float']['output'];
  FunnelStep: FunnelStep;
  GenerateOncallWeeksInput: GenerateOncallWeeksInput;
  GuestInput: GuestInput;
  ID: Scalars['ID']['output'];
  ImportDuplicateRow: ImportDuplicateRow;
  ImportKeyFields: ImportKeyFields;
  ImportKnownPerson: ImportKnownPerson;
  ImportMergedRow: ImportMergedRow;
  ImportPreview: ImportPreview;
  ImportReport: StoredReport;
  ImportSampleRow: ImportSampleRow;
  Int: Scalars['Int']['output'];
  InterviewCount: InterviewCountRow;
  InterviewCountCellInput: InterviewCountCellInput;
  JSON: Scalars['JSON']['output'];
  LockerDocument: DocumentNode;
  LogCpmsExchangeInput: LogCpmsExchangeInput;
  LogOncallCallInput: LogOncallCallInput;
  Me: Omit<Me, 'memberships' | 'user'> & { memberships: Array<ResolversParentTypes['Membership']>, user: ResolversParentTypes['User'] };
  Meeting: MeetingRecord;
  MeetingAction: MeetingActionRow;
  MeetingConnection: MeetingConnectionRow;
  MeetingInvitee: InviteeRow;
  MeetingSituation: SituationView;
  MemberInput: MemberInput;
  Membership: MembershipRow;
  MembershipInput: MembershipInput;
  MinorsWithoutSolution: MinorsWithoutSolution;
  Mutation: Record<PropertyKey, never>;
  Notification: NotificationRow;
  NotificationConnection: Omit<NotificationConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Notification']> };
  NotificationPreference: NotificationPreference;
  NotificationPreferenceInput: NotificationPreferenceInput;
  OncallAnswer: OncallAnswerView;
  OncallCall: OncallCallRow;
  OncallCallStats: OncallStatsView;
  OncallCategoryCount: OncallCategoryCount;
  OncallCheck: OncallCheckView;
  OncallCpms: OncallCpms;
  OncallHourCount: OncallHourCount;
  OncallIssue: OncallIssueView;
  OncallPerson: OncallPersonView;
  OncallPool: OncallPoolRow;
  OncallPublication: OncallPublication;
  OncallShift: OncallShiftRow;
  OncallSwap: OncallSwapRow;
  OncallTemplate: OncallTemplateRow;
  OncallTemplateInput: OncallTemplateInput;
  Organisation: OrganisationRow;
  OrganisationConnection: Omit<OrganisationConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Organisation']> };
  OrganisationFilter: OrganisationFilter;
  OrientationCio: OrientationCioRow;
  OrientationDuty: DutyRow;
  OrientationDutyCell: OrientationDutyCell;
  OrientationDutyCellInput: OrientationDutyCellInput;
  OrientationNetwork: NetworkRow;
  OrientationPeriod: PeriodRow;
  OrientationPerson: OrientationPerson;
  OrientationServiceCheck: Omit<OrientationServiceCheck, 'services' | 'uncovered'> & { services: Array<ResolversParentTypes['PsyenPeriodService']>, uncovered: Array<ResolversParentTypes['UncoveredSchool']> };
  OrientationSlot: SlotRow;
  OrientationSlotInput: OrientationSlotInput;
  OrientationTransversalFile: TransversalFileRow;
  OutboxEmail: OutboxEmailRow;
  OutboxEmailConnection: Omit<OutboxEmailConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['OutboxEmail']> };
  PageInfo: PageInfo;
  ParcoursIndicators: ParcoursIndicators;
  ParcoursProfessional: ParcoursProfessional;
  ParcoursReference: ReferenceRow;
  PartnerCases: PartnerCasesRow;
  PartnerSchool: PartnerSchool;
  PartnerSchoolInput: PartnerSchoolInput;
  PersonActionRefusal: PersonActionRefusal;
  PersonInput: PersonInput;
  PlanAction: ActionRow;
  PlanActionInput: PlanActionInput;
  PlanGoal: GoalRow;
  PlannedAction: PlannedAction;
  PlannedActionInput: PlannedActionInput;
  Platform: PlatformRow;
  PlatformAction: PlatformActionRow;
  PlatformActionConnection: Omit<PlatformActionConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['PlatformAction']> };
  ProposeOncallSwapInput: ProposeOncallSwapInput;
  PsadBilan: BilanView;
  PsadDashboard: Omit<PsadDashboard, 'partners'> & { partners: Array<ResolversParentTypes['PartnerCases']> };
  PsyenPeriodService: PeriodServiceView;
  PsyenService: PsyenServiceRow;
  PublishOncallPeriodInput: PublishOncallPeriodInput;
  Query: Record<PropertyKey, never>;
  QvtAnswerInput: QvtAnswerInput;
  QvtCampaign: QvtCampaignRow;
  QvtQuestion: QvtQuestionRow;
  QvtQuestionInput: QvtQuestionInput;
  QvtQuestionResult: QvtQuestionResult;
  QvtResults: QvtResultsView;
  RecordAttendanceInput: RecordAttendanceInput;
  RecordCpmsIndicatorsReachedInput: RecordCpmsIndicatorsReachedInput;
  RecordMinutesInput: RecordMinutesInput;
  ReferenceDecisionInput: ReferenceDecisionInput;
  ReferenceEvent: EventRow;
  ReferenceStatusCount: ReferenceStatusCount;
  RegionalBilan: RegionalBilanView;
  RejectAccessRequestInput: RejectAccessRequestInput;
  RejectedRow: RejectedRow;
  ReplaceOncallTemplatesInput: ReplaceOncallTemplatesInput;
  RuleResult: RuleResult;
  SansSuiteMotiveCount: SansSuiteMotiveCount;
  SaveBilanSectionsInput: SaveBilanSectionsInput;
  SaveInterviewCountsInput: SaveInterviewCountsInput;
  ScheduleCpmsConcertationInput: ScheduleCpmsConcertationInput;
  ScheduleMeetingInput: ScheduleMeetingInput;
  SetOncallPhoneInput: SetOncallPhoneInput;
  SetPsyenQuotityInput: SetPsyenQuotityInput;
  SetPsyenWeekInput: SetPsyenWeekInput;
  SetWorkPlanActionStatusInput: SetWorkPlanActionStatusInput;
  SieiImport: ImportRow;
  SignCpmsContractInput: SignCpmsContractInput;
  SignalInput: SignalInput;
  SignalResult: SignalResult;
  SituationInput: SituationInput;
  SolutionOffer: SolutionOfferRow;
  SolutionOfferConnection: Omit<SolutionOfferConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['SolutionOffer']> };
  SolutionOfferFilter: SolutionOfferFilter;
  SolutionTypeCount: SolutionTypeCount;
  SourceCount: SourceCount;
  StatusCount: StatusCount;
  String: Scalars['String']['output'];
  SyntheseInput: SyntheseInput;
  SyntheseMeeting: MeetingRow;
  SyntheseParticipant: ParticipantRow;
  Territory: TerritoryRow;
  TerritoryConnection: Omit<TerritoryConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Territory']> };
  TransferCounts: TransferCounts;
  TrustedDocument: TrustedDocumentRow;
  UncoveredSchool: UncoveredView;
  UpdateCpmsContractInput: UpdateCpmsContractInput;
  UpdateCpmsObjectivesContractInput: UpdateCpmsObjectivesContractInput;
  UpdateCpmsSchoolPlanInput: UpdateCpmsSchoolPlanInput;
  UpdateEvaluationCriterionInput: UpdateEvaluationCriterionInput;
  UpdateMeetingActionInput: UpdateMeetingActionInput;
  UpdateMeetingInput: UpdateMeetingInput;
  UpdateOncallRulesInput: UpdateOncallRulesInput;
  UpdateOrganisationInput: UpdateOrganisationInput;
  UpdateOrientationDutyInput: UpdateOrientationDutyInput;
  UpdateOrientationNetworkInput: UpdateOrientationNetworkInput;
  UpdateOrientationPeriodInput: UpdateOrientationPeriodInput;
  UpdatePlanActionInput: UpdatePlanActionInput;
  UpdatePlatformActionInput: UpdatePlatformActionInput;
  UpdatePlatformInput: UpdatePlatformInput;
  UpdateSolutionOfferInput: UpdateSolutionOfferInput;
  UpdateTransversalFileInput: UpdateTransversalFileInput;
  UpdateUserInput: UpdateUserInput;
  UpdateVeilleDocumentInput: UpdateVeilleDocumentInput;
  UpdateWebhookEndpointInput: UpdateWebhookEndpointInput;
  UpdateWorkPlanActionInput: UpdateWorkPlanActionInput;
  UpdateWorkPlanInput: UpdateWorkPlanInput;
  User: UserRow;
  UserConnection: Omit<UserConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['User']> };
  UserFilter: UserFilter;
  UserSession: UserSession;
  VeilleDocument: VeilleDocumentRow;
  VeilleDocumentConnection: Omit<VeilleDocumentConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['VeilleDocument']> };
  WebhookAttempt: WebhookAttemptRow;
  WebhookDelivery: WebhookDeliveryRow;
  WebhookDeliveryConnection: Omit<WebhookDeliveryConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['WebhookDelivery']> };
  WebhookEndpoint: WebhookEndpointRow;
  WeeklySession: WeeklySession;
  WeeklySessionInput: WeeklySessionInput;
  WithdrawOncallSwapInput: WithdrawOncallSwapInput;
  WorkPlan: WorkPlanRow;
  WorkPlanAction: WorkPlanActionRow;
  WorkPlanComment: WorkPlanCommentRow;
  WorkPlanCompletion: WorkPlanCompletionRow;
  YoungPerson: YoungPersonRow;
  YoungPersonDuplicate: Omit<YoungPersonDuplicate, 'first' | 'second'> & { first: ResolversParentTypes['YoungPerson'], second: ResolversParentTypes['YoungPerson'] };
};

export type AccessRequestResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AccessRequest'] = ResolversParentTypes['AccessRequest']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  givenName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  siret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AccessRequestStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  usualName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AccompagnateurResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Accompagnateur'] = ResolversParentTypes['Accompagnateur']> = {
  kind?: Resolver<ResolversTypes['AccompagnateurKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  training?: Resolver<ResolversTypes['TrainingStatus'], ParentType, ContextType>;
};

export type AccompaniedPersonResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AccompaniedPerson'] = ResolversParentTypes['AccompaniedPerson']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  allowedActions?: Resolver<Array<ResolversTypes['PersonAction']>, ParentType, ContextType>;
  birthDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  competences?: Resolver<Array<ResolversTypes['Competence']>, ParentType, ContextType>;
  consents?: Resolver<Array<ResolversTypes['Consent']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['LockerDocument']>, ParentType, ContextType>;
  domiciled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  domiciliationOrganisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstNames?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['PlanGoal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['AccompanimentMember']>, ParentType, ContextType>;
  myMemberId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['ParcoursReference']>, ParentType, ContextType>;
  references?: Resolver<Array<ResolversTypes['ParcoursReference']>, ParentType, ContextType>;
  refusedActions?: Resolver<Array<ResolversTypes['PersonActionRefusal']>, ParentType, ContextType>;
  syntheses?: Resolver<Array<ResolversTypes['SyntheseMeeting']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AccompaniedPersonConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AccompaniedPersonConnection'] = ResolversParentTypes['AccompaniedPersonConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['AccompaniedPerson']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AccompanimentMemberResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AccompanimentMember'] = ResolversParentTypes['AccompanimentMember']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isReferent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mission?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  professionalName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type ApiKeyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisations?: Resolver<Maybe<Array<ResolversTypes['Organisation']>>, ParentType, ContextType>;
  platformIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rateLimitPerMinute?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  trustedDocumentsOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  usage?: Resolver<Array<ResolversTypes['ApiKeyUsage']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type ApiKeyUsageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ApiKeyUsage'] = ResolversParentTypes['ApiKeyUsage']> = {
  calls?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  errors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastUsedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEventResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actionLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  actorId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  details?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['AuditOutcome'], ParentType, ContextType>;
  recordCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  recordIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  recordType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['AuditSubject']>, ParentType, ContextType>;
  subjectId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subjectType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditEventConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditSubjectResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditSubject'] = ResolversParentTypes['AuditSubject']> = {
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  named?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BackgroundJobResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BackgroundJob'] = ResolversParentTypes['BackgroundJob']> = {
  completedOn?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdOn?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  queue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  queueLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retryCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  retryLimit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedOn?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['BackgroundJobState'], ParentType, ContextType>;
};

export type BackgroundJobConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BackgroundJobConnection'] = ResolversParentTypes['BackgroundJobConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['BackgroundJob']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BackgroundQueueResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BackgroundQueue'] = ResolversParentTypes['BackgroundQueue']> = {
  active?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cancelled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cron?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deadLetter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retry?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scheduleLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BilanCellResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BilanCell'] = ResolversParentTypes['BilanCell']> = {
  display?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  masked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type BilanRowResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BilanRow'] = ResolversParentTypes['BilanRow']> = {
  cells?: Resolver<Array<ResolversTypes['BilanCell']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BilanSectionsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BilanSections'] = ResolversParentTypes['BilanSections']> = {
  actionsPartenaires?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  besoins?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  perspectives?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  veille?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BilanTableResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BilanTable'] = ResolversParentTypes['BilanTable']> = {
  chart?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  columns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['BilanRow']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CaseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Case'] = ResolversParentTypes['Case']> = {
  allowedActions?: Resolver<Array<ResolversTypes['CaseActionType']>, ParentType, ContextType>;
  assignedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  assignedCounsellor?: Resolver<Maybe<ResolversTypes['CaseActor']>, ParentType, ContextType>;
  assignedOrganisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  campaign?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closeComment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closeOutcome?: Resolver<Maybe<ResolversTypes['CloseOutcome']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  contactAttempts?: Resolver<Array<ResolversTypes['ContactAttempt']>, ParentType, ContextType>;
  convocationDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  episode?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  flags?: Resolver<ResolversTypes['CaseFlags'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  pendingTransfer?: Resolver<Maybe<ResolversTypes['CaseTransfer']>, ParentType, ContextType>;
  platform?: Resolver<Maybe<ResolversTypes['Platform']>, ParentType, ContextType>;
  reachedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  solutionOffer?: Resolver<Maybe<ResolversTypes['SolutionOffer']>, ParentType, ContextType>;
  solutionOrganisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  solutionStartDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  solutionType?: Resolver<Maybe<ResolversTypes['SolutionType']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['CaseSource'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['CaseEvent']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  youngPerson?: Resolver<Maybe<ResolversTypes['YoungPerson']>, ParentType, ContextType>;
};

export type CaseActorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CaseActor'] = ResolversParentTypes['CaseActor']> = {
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CaseConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CaseConnection'] = ResolversParentTypes['CaseConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CaseEventResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CaseEvent'] = ResolversParentTypes['CaseEvent']> = {
  actor?: Resolver<Maybe<ResolversTypes['CaseActor']>, ParentType, ContextType>;
  data?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type CaseFlagsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CaseFlags'] = ResolversParentTypes['CaseFlags']> = {
  injoignableReached?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  minorWithoutSolution?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  noContactAfterAssignment?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  obligationFormationDueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  obligationFormationOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CaseTransferResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CaseTransfer'] = ResolversParentTypes['CaseTransfer']> = {
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  fromOrganisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  fromOrganisationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  fromPlatform?: Resolver<Maybe<ResolversTypes['Platform']>, ParentType, ContextType>;
  fromPlatformId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  proposedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  proposedBy?: Resolver<Maybe<ResolversTypes['CaseActor']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toOrganisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  toOrganisationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  toPlatform?: Resolver<Maybe<ResolversTypes['Platform']>, ParentType, ContextType>;
  toPlatformId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = {
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  objectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  objectType?: Resolver<ResolversTypes['ChangeObjectType'], ParentType, ContextType>;
};

export type ChangePageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChangePage'] = ResolversParentTypes['ChangePage']> = {
  endCursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType>;
};

export type ClasActivityLogResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClasActivityLog'] = ResolversParentTypes['ClasActivityLog']> = {
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ClasActivityLogKind'], ParentType, ContextType>;
  participants?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ClasBilanResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClasBilan'] = ResolversParentTypes['ClasBilan']> = {
  assessment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  attendanceRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  concertationHeld?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  concertationPlanned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  parentActionsHeld?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  parentActionsPlanned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessionsHeld?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessionsPlanned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type ClasCommentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClasComment'] = ResolversParentTypes['ClasComment']> = {
  author?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  authorParty?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ClasDashboardResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClasDashboard'] = ResolversParentTypes['ClasDashboard']> = {
  accompagnateurs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['ClasStatusCount']>, ParentType, ContextType>;
  children?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Territory'], ParentType, ContextType>;
  eligibleProjects?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fundingGrantedCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fundingRequestedCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  groups?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  projects?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ClasDecisionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClasDecision'] = ResolversParentTypes['ClasDecision']> = {
  amountGrantedCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  config?: Resolver<ResolversTypes['ClasYearConfig'], ParentType, ContextType>;
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['ClasDecisionKind'], ParentType, ContextType>;
  eligibility?: Resolver<ResolversTypes['Eligibility'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reasons?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ClasGroupResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClasGroup'] = ResolversParentTypes['ClasGroup']> = {
  accompagnateurs?: Resolver<Array<ResolversTypes['Accompagnateur']>, ParentType, ContextType>;
  childrenCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  eligibleCostCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  fundingEstimateCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['SchoolLevel'], ParentType, ContextType>;
  longestBreakWeeks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  otherFundingCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roster?: Resolver<Maybe<Array<ResolversTypes['ClasRosterEntry']>>, ParentType, ContextType>;
  sessionLogs?: Resolver<Array<ResolversTypes['ClasSessionLog']>, ParentType, ContextType>;
  sessions?: Resolver<Array<ResolversTypes['WeeklySession']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type ClasProjectResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClasProject'] = ResolversParentTypes['ClasProject']> = {
  activityKinds?: Resolver<Array<ResolversTypes['ClasActivityKind']>, ParentType, ContextType>;
  activityLogs?: Resolver<Array<ResolversTypes['ClasActivityLog']>, ParentType, ContextType>;
  allowedActions?: Resolver<Array<ResolversTypes['ClasActionType']>, ParentType, ContextType>;
  bilan?: Resolver<ResolversTypes['ClasBilan'], ParentType, ContextType>;
  charterSigned?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  comments?: Resolver<Array<ResolversTypes['ClasComment']>, ParentType, ContextType>;
  concertationActions?: Resolver<Array<ResolversTypes['PlannedAction']>, ParentType, ContextType>;
  concertationDescription?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  config?: Resolver<ResolversTypes['ClasYearConfig'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['ClasDecision']>, ParentType, ContextType>;
  decisions?: Resolver<Array<ResolversTypes['ClasDecision']>, ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Territory'], ParentType, ContextType>;
  diagnostic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  editable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  eligibility?: Resolver<ResolversTypes['Eligibility'], ParentType, ContextType>;
  fundingEstimateCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['ClasGroup']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inDepartmentalFramework?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  localPartners?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  parentActions?: Resolver<Array<ResolversTypes['PlannedAction']>, ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  schools?: Resolver<Array<ResolversTypes['PartnerSchool']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClasStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClasProjectConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClasProjectConnection'] = ResolversParentTypes['ClasProjectConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['ClasProject']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClasRosterEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClasRosterEntry'] = ResolversParentTypes['ClasRosterEntry']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ClasSessionLogResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClasSessionLog'] = ResolversParentTypes['ClasSessionLog']> = {
  childrenPresent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  presentRosterIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
};

export type ClasStatusCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClasStatusCount'] = ResolversParentTypes['ClasStatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClasStatus'], ParentType, ContextType>;
};

export type ClasYearConfigResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClasYearConfig'] = ResolversParentTypes['ClasYearConfig']> = {
  ceilingCentsPerGroup?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  classHours?: Resolver<Array<ResolversTypes['ClassHours']>, ParentType, ContextType>;
  configured?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  earliestEndDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  latestStartDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  maxBreakWeeks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxChildren?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxChildrenPerAdult?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minChildren?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ratePercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  recommendedSessionsPerWeek?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warnChildrenPerAdult?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClassHoursResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClassHours'] = ResolversParentTypes['ClassHours']> = {
  day?: Resolver<ResolversTypes['Weekday'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CloseOutcomeCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CloseOutcomeCount'] = ResolversParentTypes['CloseOutcomeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['CloseOutcome'], ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type CompetenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Competence'] = ResolversParentTypes['Competence']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CompetenceKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConsentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Consent'] = ResolversParentTypes['Consent']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['LockerDocument']>, ParentType, ContextType>;
  givenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConsentKind'], ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['SyntheseMeeting']>, ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['AccompanimentMember']>, ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  withdrawnAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type ContactAttemptResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ContactAttempt'] = ResolversParentTypes['ContactAttempt']> = {
  actor?: Resolver<Maybe<ResolversTypes['CaseActor']>, ParentType, ContextType>;
  attemptedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['ContactChannel'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  result?: Resolver<ResolversTypes['ContactResult'], ParentType, ContextType>;
};

export type CpmsConcertationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CpmsConcertation'] = ResolversParentTypes['CpmsConcertation']> = {
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CpmsContractResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CpmsContract'] = ResolversParentTypes['CpmsContract']> = {
  actions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canLogExchange?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canScheduleConcertation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canSignAs?: Resolver<Maybe<ResolversTypes['CpmsContractParty']>, ParentType, ContextType>;
  concertations?: Resolver<Array<ResolversTypes['CpmsConcertation']>, ParentType, ContextType>;
  cpms?: Resolver<ResolversTypes['CpmsOrganisationRef'], ParentType, ContextType>;
  cpmsCommitments?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evaluationDue?: Resolver<ResolversTypes['CpmsEvaluationDue'], ParentType, ContextType>;
  exchanges?: Resolver<Array<ResolversTypes['CpmsExchange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['CpmsIndicator']>, ParentType, ContextType>;
  informationFlows?: Resolver<Array<ResolversTypes['CpmsInformationFlow']>, ParentType, ContextType>;
  objectives?: Resolver<Array<ResolversTypes['CpmsPlanObjective']>, ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['CpmsSchoolPlan'], ParentType, ContextType>;
  school?: Resolver<ResolversTypes['CpmsOrganisationRef'], ParentType, ContextType>;
  schoolCommitments?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  signatures?: Resolver<Array<ResolversTypes['CpmsSignature']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CpmsContractStatus'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['CpmsContractStep']>, ParentType, ContextType>;
  textEditable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CpmsDirectedCentreResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CpmsDirectedCentre'] = ResolversParentTypes['CpmsDirectedCentre']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CpmsEvaluationDueResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CpmsEvaluationDue'] = ResolversParentTypes['CpmsEvaluationDue']> = {
  announced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  daysLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type CpmsExchangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CpmsExchange'] = ResolversParentTypes['CpmsExchange']> = {
  agreed?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  authorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  way?: Resolver<ResolversTypes['CpmsExchangeWay'], ParentType, ContextType>;
};

export type CpmsIndicatorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CpmsIndicator'] = ResolversParentTypes['CpmsIndicator']> = {
  achieved?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  baseline?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  objectiveCode?: Resolver<Maybe<ResolversTypes['CpmsSystemObjective']>, ParentType, ContextType>;
  reached?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CpmsIndicatorsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CpmsIndicators'] = ResolversParentTypes['CpmsIndicators']> = {
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tables?: Resolver<Array<ResolversTypes['BilanTable']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  zone?: Resolver<Maybe<ResolversTypes['CpmsZone']>, ParentType, ContextType>;
  zones?: Resolver<Array<ResolversTypes['CpmsZone']>, ParentType, ContextType>;
};

export type CpmsInformationFlowResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CpmsInformationFlow'] = ResolversParentTypes['CpmsInformationFlow']> = {
  consent?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  how?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  what?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CpmsObjectivesContractResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CpmsObjectivesContract'] = ResolversParentTypes['CpmsObjectivesContract']> = {
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  contracts?: Resolver<Array<ResolversTypes['CpmsContract']>, ParentType, ContextType>;
  cpms?: Resolver<ResolversTypes['CpmsOrganisationRef'], ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['CpmsIndicator']>, ParentType, ContextType>;
  objectives?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CpmsOrganisationRefResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CpmsOrganisationRef'] = ResolversParentTypes['CpmsOrganisationRef']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CpmsPlanDocumentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CpmsPlanDocument'] = ResolversParentTypes['CpmsPlanDocument']> = {
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CpmsPlanObjectiveResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CpmsPlanObjective'] = ResolversParentTypes['CpmsPlanObjective']> = {
  code?: Resolver<ResolversTypes['CpmsSystemObjective'], ParentType, ContextType>;
  wording?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CpmsSchoolPlanResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CpmsSchoolPlan'] = ResolversParentTypes['CpmsSchoolPlan']> = {
  canDraftContract?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  contracts?: Resolver<Array<ResolversTypes['CpmsContract']>, ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['CpmsPlanDocument']>, ParentType, ContextType>;
  endEvaluationOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  endEvaluationResult?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  midEvaluationOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  midEvaluationResult?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  objectives?: Resolver<Array<ResolversTypes['CpmsPlanObjective']>, ParentType, ContextType>;
  school?: Resolver<ResolversTypes['CpmsOrganisationRef'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CpmsSignatureResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CpmsSignature'] = ResolversParentTypes['CpmsSignature']> = {
  party?: Resolver<ResolversTypes['CpmsContractParty'], ParentType, ContextType>;
  signedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  signerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CpmsZoneResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CpmsZone'] = ResolversParentTypes['CpmsZone']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CreatedApiKeyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CreatedApiKey'] = ResolversParentTypes['CreatedApiKey']> = {
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CreatedWebhookEndpointResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CreatedWebhookEndpoint'] = ResolversParentTypes['CreatedWebhookEndpoint']> = {
  endpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CriterionValueResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CriterionValue'] = ResolversParentTypes['CriterionValue']> = {
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  measuredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type DashboardDelaysResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DashboardDelays'] = ResolversParentTypes['DashboardDelays']> = {
  firstAttemptCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  medianDaysToFirstAttempt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  medianDaysToSolution?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  solutionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EligibilityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Eligibility'] = ResolversParentTypes['Eligibility']> = {
  eligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  failures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['RuleResult']>, ParentType, ContextType>;
  warnings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EndReasonCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EndReasonCount'] = ResolversParentTypes['EndReasonCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['ReferenceEndReason'], ParentType, ContextType>;
};

export type EvaluationCriterionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EvaluationCriterion'] = ResolversParentTypes['EvaluationCriterion']> = {
  baseline?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  cioId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['CriterionValue']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FunnelStepResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FunnelStep'] = ResolversParentTypes['FunnelStep']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shareOfIdentified?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  shareOfPrevious?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['FunnelStage'], ParentType, ContextType>;
};

export type ImportDuplicateRowResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportDuplicateRow'] = ResolversParentTypes['ImportDuplicateRow']> = {
  birthDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  first?: Resolver<ResolversTypes['ImportKeyFields'], ParentType, ContextType>;
  firstNames?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ine?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matchedOn?: Resolver<ResolversTypes['ImportMatchedOn'], ParentType, ContextType>;
  sameAsLine?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportKeyFieldsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportKeyFields'] = ResolversParentTypes['ImportKeyFields']> = {
  birthDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstNames?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ine?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportKnownPersonResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportKnownPerson'] = ResolversParentTypes['ImportKnownPerson']> = {
  birthDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  caseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  caseStatus?: Resolver<Maybe<ResolversTypes['CaseStatus']>, ParentType, ContextType>;
  firstNames?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ine?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  youngPersonId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ImportMergedRowResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportMergedRow'] = ResolversParentTypes['ImportMergedRow']> = {
  birthDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstNames?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ine?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  known?: Resolver<ResolversTypes['ImportKnownPerson'], ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matchedOn?: Resolver<ResolversTypes['ImportMatchedOn'], ParentType, ContextType>;
};

export type ImportPreviewResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportPreview'] = ResolversParentTypes['ImportPreview']> = {
  columns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  duplicates?: Resolver<Array<ResolversTypes['ImportDuplicateRow']>, ParentType, ContextType>;
  merged?: Resolver<Array<ResolversTypes['ImportMergedRow']>, ParentType, ContextType>;
  sample?: Resolver<Array<ResolversTypes['ImportSampleRow']>, ParentType, ContextType>;
};

export type ImportReportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportReport'] = ResolversParentTypes['ImportReport']> = {
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  casesOpened?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  created?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  duplicatesInFile?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  merged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<Array<ResolversTypes['RejectedRow']>, ParentType, ContextType>;
  rejectedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  warnings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportSampleRowResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportSampleRow'] = ResolversParentTypes['ImportSampleRow']> = {
  cells?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ImportRowOutcome'], ParentType, ContextType>;
};

export type InterviewCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InterviewCount'] = ResolversParentTypes['InterviewCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  networkId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  networkName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['InterviewTheme'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LockerDocumentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LockerDocument'] = ResolversParentTypes['LockerDocument']> = {
  category?: Resolver<ResolversTypes['DocumentCategory'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  readable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sharedWith?: Resolver<Array<ResolversTypes['AccompanimentMember']>, ParentType, ContextType>;
  sizeBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uploadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  uploadedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type MeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me']> = {
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type MeetingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = {
  actions?: Resolver<Array<ResolversTypes['MeetingAction']>, ParentType, ContextType>;
  agenda?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  cancelReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  caseAccessDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  caseAccessUntil?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cio?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  communes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  cpmsContract?: Resolver<Maybe<ResolversTypes['CpmsContract']>, ParentType, ContextType>;
  decisions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  icsSequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitees?: Resolver<Array<ResolversTypes['MeetingInvitee']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MeetingKind'], ParentType, ContextType>;
  minutes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parcours?: Resolver<Maybe<ResolversTypes['ThematicParcours']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  platform?: Resolver<Maybe<ResolversTypes['Platform']>, ParentType, ContextType>;
  platforms?: Resolver<Array<ResolversTypes['Platform']>, ParentType, ContextType>;
  situations?: Resolver<Array<ResolversTypes['MeetingSituation']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MeetingStatus'], ParentType, ContextType>;
  theme?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visioUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MeetingActionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MeetingAction'] = ResolversParentTypes['MeetingAction']> = {
  carriedOver?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meetingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meetingStartsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ownerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerOrganisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MeetingActionStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeetingConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MeetingConnection'] = ResolversParentTypes['MeetingConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeetingInviteeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MeetingInvitee'] = ResolversParentTypes['MeetingInvitee']> = {
  attendance?: Resolver<Maybe<ResolversTypes['Attendance']>, ParentType, ContextType>;
  guestEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  guestName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  guestOrganisation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  userId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type MeetingSituationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MeetingSituation'] = ResolversParentTypes['MeetingSituation']> = {
  age?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  assignedOrganisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  caseVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  commune?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['SituationDecision']>, ParentType, ContextType>;
  decisionComment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstNames?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  flags?: Resolver<ResolversTypes['CaseFlags'], ParentType, ContextType>;
  lastContactAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  proposal?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MinorsWithoutSolutionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MinorsWithoutSolution'] = ResolversParentTypes['MinorsWithoutSolution']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptTransfer?: Resolver<ResolversTypes['CaseTransfer'], ParentType, ContextType, RequireFields<MutationAcceptTransferArgs, 'transferId'>>;
  addAccompanimentMember?: Resolver<ResolversTypes['AccompanimentMember'], ParentType, ContextType, RequireFields<MutationAddAccompanimentMemberArgs, 'input'>>;
  addCompetence?: Resolver<ResolversTypes['Competence'], ParentType, ContextType, RequireFields<MutationAddCompetenceArgs, 'kind' | 'label' | 'personId'>>;
  addCriterionValue?: Resolver<ResolversTypes['EvaluationCriterion'], ParentType, ContextType, RequireFields<MutationAddCriterionValueArgs, 'input'>>;
  addMeetingAction?: Resolver<ResolversTypes['MeetingAction'], ParentType, ContextType, RequireFields<MutationAddMeetingActionArgs, 'input'>>;
  addMembership?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationAddMembershipArgs, 'input' | 'userId'>>;
  addPlanAction?: Resolver<ResolversTypes['PlanAction'], ParentType, ContextType, RequireFields<MutationAddPlanActionArgs, 'input'>>;
  addPlanGoal?: Resolver<ResolversTypes['PlanGoal'], ParentType, ContextType, RequireFields<MutationAddPlanGoalArgs, 'personId' | 'theme' | 'title'>>;
  addVeilleDocument?: Resolver<ResolversTypes['VeilleDocument'], ParentType, ContextType, RequireFields<MutationAddVeilleDocumentArgs, 'input'>>;
  addWorkPlanComment?: Resolver<ResolversTypes['WorkPlanComment'], ParentType, ContextType, RequireFields<MutationAddWorkPlanCommentArgs, 'input'>>;
  answerQvtCampaign?: Resolver<ResolversTypes['QvtCampaign'], ParentType, ContextType, RequireFields<MutationAnswerQvtCampaignArgs, 'input'>>;
  approveAccessRequest?: Resolver<ResolversTypes['AccessRequest'], ParentType, ContextType, RequireFields<MutationApproveAccessRequestArgs, 'input'>>;
  assignCases?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<MutationAssignCasesArgs, 'cases' | 'organisationId' | 'platformId'>>;
  cancelMeeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationCancelMeetingArgs, 'input'>>;
  cancelTransfer?: Resolver<ResolversTypes['CaseTransfer'], ParentType, ContextType, RequireFields<MutationCancelTransferArgs, 'transferId'>>;
  changeOwnPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationChangeOwnPasswordArgs, 'currentPassword' | 'newPassword'>>;
  closeCase?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationCloseCaseArgs, 'caseId' | 'outcome' | 'version'>>;
  closeClasProject?: Resolver<ResolversTypes['ClasProject'], ParentType, ContextType, RequireFields<MutationCloseClasProjectArgs, 'id' | 'version'>>;
  closeOncallFollowUp?: Resolver<ResolversTypes['OncallCall'], ParentType, ContextType, RequireFields<MutationCloseOncallFollowUpArgs, 'input'>>;
  commentClasProject?: Resolver<ResolversTypes['ClasComment'], ParentType, ContextType, RequireFields<MutationCommentClasProjectArgs, 'body' | 'projectId'>>;
  createAccompaniedPerson?: Resolver<ResolversTypes['AccompaniedPerson'], ParentType, ContextType, RequireFields<MutationCreateAccompaniedPersonArgs, 'mission' | 'organisationId' | 'person'>>;
  createApiKey?: Resolver<ResolversTypes['CreatedApiKey'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  createClasProject?: Resolver<ResolversTypes['ClasProject'], ParentType, ContextType, RequireFields<MutationCreateClasProjectArgs, 'content' | 'organisationId'>>;
  createCpmsContract?: Resolver<ResolversTypes['CpmsContract'], ParentType, ContextType, RequireFields<MutationCreateCpmsContractArgs, 'input'>>;
  createCpmsObjectivesContract?: Resolver<ResolversTypes['CpmsObjectivesContract'], ParentType, ContextType, RequireFields<MutationCreateCpmsObjectivesContractArgs, 'input'>>;
  createCpmsSchoolPlan?: Resolver<ResolversTypes['CpmsSchoolPlan'], ParentType, ContextType, RequireFields<MutationCreateCpmsSchoolPlanArgs, 'input'>>;
  createEvaluationCriterion?: Resolver<ResolversTypes['EvaluationCriterion'], ParentType, ContextType, RequireFields<MutationCreateEvaluationCriterionArgs, 'input'>>;
  createOncallShift?: Resolver<ResolversTypes['OncallShift'], ParentType, ContextType, RequireFields<MutationCreateOncallShiftArgs, 'input'>>;
  createOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationCreateOrganisationArgs, 'input'>>;
  createOrientationDuty?: Resolver<ResolversTypes['OrientationDuty'], ParentType, ContextType, RequireFields<MutationCreateOrientationDutyArgs, 'input'>>;
  createOrientationNetwork?: Resolver<ResolversTypes['OrientationNetwork'], ParentType, ContextType, RequireFields<MutationCreateOrientationNetworkArgs, 'input'>>;
  createOrientationPeriod?: Resolver<ResolversTypes['OrientationPeriod'], ParentType, ContextType, RequireFields<MutationCreateOrientationPeriodArgs, 'input'>>;
  createPlatform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType, RequireFields<MutationCreatePlatformArgs, 'input'>>;
  createPlatformAction?: Resolver<ResolversTypes['PlatformAction'], ParentType, ContextType, RequireFields<MutationCreatePlatformActionArgs, 'input'>>;
  createQvtCampaign?: Resolver<ResolversTypes['QvtCampaign'], ParentType, ContextType, RequireFields<MutationCreateQvtCampaignArgs, 'input'>>;
  createSolutionOffer?: Resolver<ResolversTypes['SolutionOffer'], ParentType, ContextType, RequireFields<MutationCreateSolutionOfferArgs, 'input'>>;
  createTerritory?: Resolver<ResolversTypes['Territory'], ParentType, ContextType, RequireFields<MutationCreateTerritoryArgs, 'input'>>;
  createTransversalFile?: Resolver<ResolversTypes['OrientationTransversalFile'], ParentType, ContextType, RequireFields<MutationCreateTransversalFileArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  createWebhookEndpoint?: Resolver<ResolversTypes['CreatedWebhookEndpoint'], ParentType, ContextType, RequireFields<MutationCreateWebhookEndpointArgs, 'input'>>;
  createWorkPlan?: Resolver<ResolversTypes['WorkPlan'], ParentType, ContextType, RequireFields<MutationCreateWorkPlanArgs, 'input'>>;
  createWorkPlanAction?: Resolver<ResolversTypes['WorkPlanAction'], ParentType, ContextType, RequireFields<MutationCreateWorkPlanActionArgs, 'input'>>;
  decideClasProject?: Resolver<ResolversTypes['ClasProject'], ParentType, ContextType, RequireFields<MutationDecideClasProjectArgs, 'input'>>;
  decideOncallSwap?: Resolver<ResolversTypes['OncallSwap'], ParentType, ContextType, RequireFields<MutationDecideOncallSwapArgs, 'input'>>;
  decideReference?: Resolver<ResolversTypes['ParcoursReference'], ParentType, ContextType, RequireFields<MutationDecideReferenceArgs, 'input'>>;
  decideSituation?: Resolver<ResolversTypes['MeetingSituation'], ParentType, ContextType, RequireFields<MutationDecideSituationArgs, 'input'>>;
  deleteEvaluationCriterion?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteEvaluationCriterionArgs, 'input'>>;
  deleteOncallShift?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteOncallShiftArgs, 'input'>>;
  deleteOrientationDuty?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteOrientationDutyArgs, 'input'>>;
  deleteOrientationNetwork?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteOrientationNetworkArgs, 'input'>>;
  deleteOrientationPeriod?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteOrientationPeriodArgs, 'input'>>;
  deletePlatformAction?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeletePlatformActionArgs, 'input'>>;
  deleteSolutionOffer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteSolutionOfferArgs, 'input'>>;
  deleteVeilleDocument?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteVeilleDocumentArgs, 'input'>>;
  deleteWebhookEndpoint?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteWebhookEndpointArgs, 'id' | 'version'>>;
  deleteWorkPlan?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteWorkPlanArgs, 'input'>>;
  deleteWorkPlanAction?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteWorkPlanActionArgs, 'input'>>;
  endAccompanimentMember?: Resolver<ResolversTypes['AccompanimentMember'], ParentType, ContextType, RequireFields<MutationEndAccompanimentMemberArgs, 'memberId' | 'until'>>;
  examineClasProject?: Resolver<ResolversTypes['ClasProject'], ParentType, ContextType, RequireFields<MutationExamineClasProjectArgs, 'id' | 'version'>>;
  generateOncallWeeks?: Resolver<Array<ResolversTypes['OncallShift']>, ParentType, ContextType, RequireFields<MutationGenerateOncallWeeksArgs, 'input'>>;
  logClasActivity?: Resolver<ResolversTypes['ClasActivityLog'], ParentType, ContextType, RequireFields<MutationLogClasActivityArgs, 'heldOn' | 'kind' | 'projectId' | 'title'>>;
  logClasSession?: Resolver<ResolversTypes['ClasSessionLog'], ParentType, ContextType, RequireFields<MutationLogClasSessionArgs, 'childrenPresent' | 'groupId' | 'heldOn'>>;
  logCpmsExchange?: Resolver<ResolversTypes['CpmsExchange'], ParentType, ContextType, RequireFields<MutationLogCpmsExchangeArgs, 'input'>>;
  logOncallCall?: Resolver<ResolversTypes['OncallCall'], ParentType, ContextType, RequireFields<MutationLogOncallCallArgs, 'input'>>;
  markAllNotificationsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType, Partial<MutationMarkAllNotificationsReadArgs>>;
  markNotificationsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationMarkNotificationsReadArgs, 'ids'>>;
  mergeYoungPeople?: Resolver<ResolversTypes['YoungPerson'], ParentType, ContextType, RequireFields<MutationMergeYoungPeopleArgs, 'keepId' | 'keepVersion' | 'mergeId' | 'mergeVersion' | 'platformId'>>;
  proposeOncallSwap?: Resolver<ResolversTypes['OncallSwap'], ParentType, ContextType, RequireFields<MutationProposeOncallSwapArgs, 'input'>>;
  proposeReference?: Resolver<ResolversTypes['ParcoursReference'], ParentType, ContextType, RequireFields<MutationProposeReferenceArgs, 'personId'>>;
  proposeTransfer?: Resolver<ResolversTypes['CaseTransfer'], ParentType, ContextType, RequireFields<MutationProposeTransferArgs, 'caseId' | 'reason' | 'version'>>;
  publishOncallPeriod?: Resolver<ResolversTypes['OncallPublication'], ParentType, ContextType, RequireFields<MutationPublishOncallPeriodArgs, 'input'>>;
  reassignCase?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationReassignCaseArgs, 'caseId' | 'organisationId' | 'version'>>;
  recordAttendance?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationRecordAttendanceArgs, 'input'>>;
  recordConsent?: Resolver<ResolversTypes['Consent'], ParentType, ContextType, RequireFields<MutationRecordConsentArgs, 'input'>>;
  recordContactAttempt?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationRecordContactAttemptArgs, 'attemptedAt' | 'caseId' | 'channel' | 'result' | 'version'>>;
  recordCpmsIndicatorsReached?: Resolver<ResolversTypes['CpmsContract'], ParentType, ContextType, RequireFields<MutationRecordCpmsIndicatorsReachedArgs, 'input'>>;
  recordMinutes?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationRecordMinutesArgs, 'input'>>;
  recordSituationCheck?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationRecordSituationCheckArgs, 'caseId' | 'finding' | 'version'>>;
  recordSolution?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationRecordSolutionArgs, 'caseId' | 'startDate' | 'type' | 'version'>>;
  recordSyntheseAgreement?: Resolver<ResolversTypes['SyntheseMeeting'], ParentType, ContextType, RequireFields<MutationRecordSyntheseAgreementArgs, 'meetingId' | 'memberId'>>;
  recordSyntheseOutcome?: Resolver<ResolversTypes['SyntheseMeeting'], ParentType, ContextType, RequireFields<MutationRecordSyntheseOutcomeArgs, 'decisions' | 'meetingId' | 'notes' | 'version'>>;
  refuseTransfer?: Resolver<ResolversTypes['CaseTransfer'], ParentType, ContextType, RequireFields<MutationRefuseTransferArgs, 'reason' | 'transferId'>>;
  registerTrustedDocuments?: Resolver<Array<ResolversTypes['TrustedDocument']>, ParentType, ContextType, RequireFields<MutationRegisterTrustedDocumentsArgs, 'documents' | 'userId'>>;
  rejectAccessRequest?: Resolver<ResolversTypes['AccessRequest'], ParentType, ContextType, RequireFields<MutationRejectAccessRequestArgs, 'input'>>;
  removeCompetence?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveCompetenceArgs, 'id'>>;
  removeCriterionValue?: Resolver<ResolversTypes['EvaluationCriterion'], ParentType, ContextType, RequireFields<MutationRemoveCriterionValueArgs, 'id'>>;
  removeMembership?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveMembershipArgs, 'id' | 'version'>>;
  removeTrustedDocument?: Resolver<ResolversTypes['TrustedDocument'], ParentType, ContextType, RequireFields<MutationRemoveTrustedDocumentArgs, 'id'>>;
  reopenCase?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationReopenCaseArgs, 'caseId'>>;
  replaceOncallTemplates?: Resolver<ResolversTypes['OncallPool'], ParentType, ContextType, RequireFields<MutationReplaceOncallTemplatesArgs, 'input'>>;
  replayWebhookDelivery?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType, RequireFields<MutationReplayWebhookDeliveryArgs, 'deliveryId'>>;
  retryBackgroundJob?: Resolver<ResolversTypes['BackgroundJob'], ParentType, ContextType, RequireFields<MutationRetryBackgroundJobArgs, 'id' | 'queue'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  revokeOtherSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revokeSession?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRevokeSessionArgs, 'id'>>;
  rotateWebhookSecret?: Resolver<ResolversTypes['CreatedWebhookEndpoint'], ParentType, ContextType, RequireFields<MutationRotateWebhookSecretArgs, 'id' | 'version'>>;
  saveBilanSections?: Resolver<ResolversTypes['PsadBilan'], ParentType, ContextType, RequireFields<MutationSaveBilanSectionsArgs, 'input'>>;
  saveInterviewCounts?: Resolver<Array<ResolversTypes['InterviewCount']>, ParentType, ContextType, RequireFields<MutationSaveInterviewCountsArgs, 'input'>>;
  scheduleCpmsConcertation?: Resolver<ResolversTypes['CpmsConcertation'], ParentType, ContextType, RequireFields<MutationScheduleCpmsConcertationArgs, 'input'>>;
  scheduleMeeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationScheduleMeetingArgs, 'input'>>;
  scheduleSynthese?: Resolver<ResolversTypes['SyntheseMeeting'], ParentType, ContextType, RequireFields<MutationScheduleSyntheseArgs, 'input'>>;
  setApiKeyRateLimit?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationSetApiKeyRateLimitArgs, 'id' | 'rateLimitPerMinute'>>;
  setClasRoster?: Resolver<Array<ResolversTypes['ClasRosterEntry']>, ParentType, ContextType, RequireFields<MutationSetClasRosterArgs, 'groupId' | 'names'>>;
  setClasYearConfig?: Resolver<ResolversTypes['ClasYearConfig'], ParentType, ContextType, RequireFields<MutationSetClasYearConfigArgs, 'input'>>;
  setNotificationPreferences?: Resolver<Array<ResolversTypes['NotificationPreference']>, ParentType, ContextType, RequireFields<MutationSetNotificationPreferencesArgs, 'preferences'>>;
  setOncallPhone?: Resolver<ResolversTypes['OncallPerson'], ParentType, ContextType, RequireFields<MutationSetOncallPhoneArgs, 'input'>>;
  setOrganisationActive?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationSetOrganisationActiveArgs, 'active' | 'id' | 'version'>>;
  setPsyenQuotity?: Resolver<ResolversTypes['PsyenService'], ParentType, ContextType, RequireFields<MutationSetPsyenQuotityArgs, 'input'>>;
  setPsyenWeek?: Resolver<Array<ResolversTypes['OrientationSlot']>, ParentType, ContextType, RequireFields<MutationSetPsyenWeekArgs, 'input'>>;
  setSynthesePaParticipation?: Resolver<ResolversTypes['SyntheseMeeting'], ParentType, ContextType, RequireFields<MutationSetSynthesePaParticipationArgs, 'meetingId' | 'participates' | 'version'>>;
  setUserActive?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetUserActiveArgs, 'active' | 'id' | 'version'>>;
  setWebhookEndpointEnabled?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType, RequireFields<MutationSetWebhookEndpointEnabledArgs, 'enabled' | 'id' | 'version'>>;
  setWorkPlanActionStatus?: Resolver<ResolversTypes['WorkPlanAction'], ParentType, ContextType, RequireFields<MutationSetWorkPlanActionStatusArgs, 'input'>>;
  signCpmsContract?: Resolver<ResolversTypes['CpmsContract'], ParentType, ContextType, RequireFields<MutationSignCpmsContractArgs, 'input'>>;
  signalYoungPerson?: Resolver<ResolversTypes['SignalResult'], ParentType, ContextType, RequireFields<MutationSignalYoungPersonArgs, 'input'>>;
  stepCpmsContract?: Resolver<ResolversTypes['CpmsContract'], ParentType, ContextType, RequireFields<MutationStepCpmsContractArgs, 'input'>>;
  submitClasBilan?: Resolver<ResolversTypes['ClasProject'], ParentType, ContextType, RequireFields<MutationSubmitClasBilanArgs, 'assessment' | 'projectId' | 'version'>>;
  submitClasProject?: Resolver<ResolversTypes['ClasProject'], ParentType, ContextType, RequireFields<MutationSubmitClasProjectArgs, 'id' | 'version'>>;
  unlockUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationUnlockUserArgs, 'id' | 'version'>>;
  updateAccompaniedPerson?: Resolver<ResolversTypes['AccompaniedPerson'], ParentType, ContextType, RequireFields<MutationUpdateAccompaniedPersonArgs, 'id' | 'person' | 'version'>>;
  updateClasProject?: Resolver<ResolversTypes['ClasProject'], ParentType, ContextType, RequireFields<MutationUpdateClasProjectArgs, 'content' | 'id' | 'version'>>;
  updateCpmsContract?: Resolver<ResolversTypes['CpmsContract'], ParentType, ContextType, RequireFields<MutationUpdateCpmsContractArgs, 'input'>>;
  updateCpmsObjectivesContract?: Resolver<ResolversTypes['CpmsObjectivesContract'], ParentType, ContextType, RequireFields<MutationUpdateCpmsObjectivesContractArgs, 'input'>>;
  updateCpmsSchoolPlan?: Resolver<ResolversTypes['CpmsSchoolPlan'], ParentType, ContextType, RequireFields<MutationUpdateCpmsSchoolPlanArgs, 'input'>>;
  updateEvaluationCriterion?: Resolver<ResolversTypes['EvaluationCriterion'], ParentType, ContextType, RequireFields<MutationUpdateEvaluationCriterionArgs, 'input'>>;
  updateMeeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationUpdateMeetingArgs, 'input'>>;
  updateMeetingAction?: Resolver<ResolversTypes['MeetingAction'], ParentType, ContextType, RequireFields<MutationUpdateMeetingActionArgs, 'input'>>;
  updateMembershipRoles?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationUpdateMembershipRolesArgs, 'id' | 'roles' | 'version'>>;
  updateOncallRules?: Resolver<ResolversTypes['OncallPool'], ParentType, ContextType, RequireFields<MutationUpdateOncallRulesArgs, 'input'>>;
  updateOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationUpdateOrganisationArgs, 'input'>>;
  updateOrientationDuty?: Resolver<ResolversTypes['OrientationDuty'], ParentType, ContextType, RequireFields<MutationUpdateOrientationDutyArgs, 'input'>>;
  updateOrientationNetwork?: Resolver<ResolversTypes['OrientationNetwork'], ParentType, ContextType, RequireFields<MutationUpdateOrientationNetworkArgs, 'input'>>;
  updateOrientationPeriod?: Resolver<ResolversTypes['OrientationPeriod'], ParentType, ContextType, RequireFields<MutationUpdateOrientationPeriodArgs, 'input'>>;
  updatePlanAction?: Resolver<ResolversTypes['PlanAction'], ParentType, ContextType, RequireFields<MutationUpdatePlanActionArgs, 'input'>>;
  updatePlatform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType, RequireFields<MutationUpdatePlatformArgs, 'input'>>;
  updatePlatformAction?: Resolver<ResolversTypes['PlatformAction'], ParentType, ContextType, RequireFields<MutationUpdatePlatformActionArgs, 'input'>>;
  updateSolutionOffer?: Resolver<ResolversTypes['SolutionOffer'], ParentType, ContextType, RequireFields<MutationUpdateSolutionOfferArgs, 'input'>>;
  updateTransversalFile?: Resolver<ResolversTypes['OrientationTransversalFile'], ParentType, ContextType, RequireFields<MutationUpdateTransversalFileArgs, 'input'>>;
  updateUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationUpdateUserArgs, 'input'>>;
  updateVeilleDocument?: Resolver<ResolversTypes['VeilleDocument'], ParentType, ContextType, RequireFields<MutationUpdateVeilleDocumentArgs, 'input'>>;
  updateWebhookEndpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType, RequireFields<MutationUpdateWebhookEndpointArgs, 'input'>>;
  updateWorkPlan?: Resolver<ResolversTypes['WorkPlan'], ParentType, ContextType, RequireFields<MutationUpdateWorkPlanArgs, 'input'>>;
  updateWorkPlanAction?: Resolver<ResolversTypes['WorkPlanAction'], ParentType, ContextType, RequireFields<MutationUpdateWorkPlanActionArgs, 'input'>>;
  withdrawConsent?: Resolver<ResolversTypes['Consent'], ParentType, ContextType, RequireFields<MutationWithdrawConsentArgs, 'id'>>;
  withdrawOncallSwap?: Resolver<ResolversTypes['OncallSwap'], ParentType, ContextType, RequireFields<MutationWithdrawOncallSwapArgs, 'input'>>;
};

export type NotificationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  link?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NotificationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NotificationPreferenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NotificationPreference'] = ResolversParentTypes['NotificationPreference']> = {
  audience?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['NotificationMode'], ParentType, ContextType>;
};

export type OncallAnswerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OncallAnswer'] = ResolversParentTypes['OncallAnswer']> = {
  agent?: Resolver<Maybe<ResolversTypes['OncallPerson']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  backup?: Resolver<Maybe<ResolversTypes['OncallPerson']>, ParentType, ContextType>;
  shift?: Resolver<Maybe<ResolversTypes['OncallShift']>, ParentType, ContextType>;
};

export type OncallCallResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OncallCall'] = ResolversParentTypes['OncallCall']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  callerKind?: Resolver<ResolversTypes['OncallCallerKind'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['OncallCallCategory'], ParentType, ContextType>;
  followUpDoneAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  followUpDue?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  referredCpms?: Resolver<Maybe<ResolversTypes['OncallCpms']>, ParentType, ContextType>;
  urgency?: Resolver<ResolversTypes['OncallUrgency'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OncallCallStatsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OncallCallStats'] = ResolversParentTypes['OncallCallStats']> = {
  byCategory?: Resolver<Array<ResolversTypes['OncallCategoryCount']>, ParentType, ContextType>;
  byHour?: Resolver<Array<ResolversTypes['OncallHourCount']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OncallCategoryCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OncallCategoryCount'] = ResolversParentTypes['OncallCategoryCount']> = {
  category?: Resolver<ResolversTypes['OncallCallCategory'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OncallCheckResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OncallCheck'] = ResolversParentTypes['OncallCheck']> = {
  coveredMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  issues?: Resolver<Array<ResolversTypes['OncallIssue']>, ParentType, ContextType>;
  periodMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OncallCpmsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OncallCpms'] = ResolversParentTypes['OncallCpms']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OncallHourCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OncallHourCount'] = ResolversParentTypes['OncallHourCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hour?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OncallIssueResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OncallIssue'] = ResolversParentTypes['OncallIssue']> = {
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OncallIssueKind'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['OncallPerson']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type OncallPersonResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OncallPerson'] = ResolversParentTypes['OncallPerson']> = {
  cpmsName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isAgent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OncallPoolResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OncallPool'] = ResolversParentTypes['OncallPool']> = {
  callStats?: Resolver<ResolversTypes['OncallCallStats'], ParentType, ContextType, RequireFields<OncallPoolCallStatsArgs, 'month'>>;
  calls?: Resolver<Array<ResolversTypes['OncallCall']>, ParentType, ContextType, RequireFields<OncallPoolCallsArgs, 'month'>>;
  canDirect?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  check?: Resolver<ResolversTypes['OncallCheck'], ParentType, ContextType, RequireFields<OncallPoolCheckArgs, 'from' | 'to'>>;
  cpms?: Resolver<Array<ResolversTypes['OncallCpms']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxShiftMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minRestMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['OncallPerson']>, ParentType, ContextType>;
  shifts?: Resolver<Array<ResolversTypes['OncallShift']>, ParentType, ContextType, RequireFields<OncallPoolShiftsArgs, 'from' | 'to'>>;
  swaps?: Resolver<Array<ResolversTypes['OncallSwap']>, ParentType, ContextType>;
  templates?: Resolver<Array<ResolversTypes['OncallTemplate']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OncallPublicationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OncallPublication'] = ResolversParentTypes['OncallPublication']> = {
  published?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OncallShiftResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OncallShift'] = ResolversParentTypes['OncallShift']> = {
  agent?: Resolver<Maybe<ResolversTypes['OncallPerson']>, ParentType, ContextType>;
  backup?: Resolver<Maybe<ResolversTypes['OncallPerson']>, ParentType, ContextType>;
  crossesDstChange?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OncallShiftStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OncallSwapResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OncallSwap'] = ResolversParentTypes['OncallSwap']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['OncallPerson']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['OncallSwapRole'], ParentType, ContextType>;
  shift?: Resolver<Maybe<ResolversTypes['OncallShift']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OncallSwapStatus'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['OncallPerson']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OncallTemplateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OncallTemplate'] = ResolversParentTypes['OncallTemplate']> = {
  agent?: Resolver<Maybe<ResolversTypes['OncallPerson']>, ParentType, ContextType>;
  backup?: Resolver<Maybe<ResolversTypes['OncallPerson']>, ParentType, ContextType>;
  endTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weekday?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  communeInsee?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  communeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fase?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganisationKind'], ParentType, ContextType>;
  lyceeTeteDeReseau?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  siret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  territory?: Resolver<Maybe<ResolversTypes['Territory']>, ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uai?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrganisationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationConnection'] = ResolversParentTypes['OrganisationConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrientationCioResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrientationCio'] = ResolversParentTypes['OrientationCio']> = {
  canDirect?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['OrientationPerson']>, ParentType, ContextType>;
};

export type OrientationDutyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrientationDuty'] = ResolversParentTypes['OrientationDuty']> = {
  cells?: Resolver<Array<ResolversTypes['OrientationDutyCell']>, ParentType, ContextType>;
  cioId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrientationDutyCellResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrientationDutyCell'] = ResolversParentTypes['OrientationDutyCell']> = {
  involvement?: Resolver<ResolversTypes['DutyInvolvement'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['DutyRole'], ParentType, ContextType>;
};

export type OrientationNetworkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrientationNetwork'] = ResolversParentTypes['OrientationNetwork']> = {
  cioId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  headSchool?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  psyen?: Resolver<Array<ResolversTypes['OrientationPerson']>, ParentType, ContextType>;
  schools?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrientationPeriodResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrientationPeriod'] = ResolversParentTypes['OrientationPeriod']> = {
  cioId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrientationPersonResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrientationPerson'] = ResolversParentTypes['OrientationPerson']> = {
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
};

export type OrientationServiceCheckResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrientationServiceCheck'] = ResolversParentTypes['OrientationServiceCheck']> = {
  services?: Resolver<Array<ResolversTypes['PsyenPeriodService']>, ParentType, ContextType>;
  uncovered?: Resolver<Array<ResolversTypes['UncoveredSchool']>, ParentType, ContextType>;
};

export type OrientationSlotResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrientationSlot'] = ResolversParentTypes['OrientationSlot']> = {
  activity?: Resolver<ResolversTypes['SlotActivity'], ParentType, ContextType>;
  halfDay?: Resolver<ResolversTypes['HalfDay'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['SlotMode'], ParentType, ContextType>;
  networkId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  periodId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['OrientationPerson'], ParentType, ContextType>;
  school?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  weekday?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrientationTransversalFileResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrientationTransversalFile'] = ResolversParentTypes['OrientationTransversalFile']> = {
  cioId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  documentLinks?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TransversalFileKind'], ParentType, ContextType>;
  pilot?: Resolver<Maybe<ResolversTypes['OrientationPerson']>, ParentType, ContextType>;
  since?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TransversalFileStatus'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OutboxEmailResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OutboxEmail'] = ResolversParentTypes['OutboxEmail']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredVia?: Resolver<Maybe<ResolversTypes['EmailDelivery']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  textBody?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toAddress?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OutboxEmailConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OutboxEmailConnection'] = ResolversParentTypes['OutboxEmailConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['OutboxEmail']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ParcoursIndicatorsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ParcoursIndicators'] = ResolversParentTypes['ParcoursIndicators']> = {
  byStatus?: Resolver<Array<ResolversTypes['ReferenceStatusCount']>, ParentType, ContextType>;
  documents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endedByReason?: Resolver<Array<ResolversTypes['EndReasonCount']>, ParentType, ContextType>;
  lockersInUse?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  persons?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  professionalsActingAsReferent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  referencesAccepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  referencesProposed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sansSuiteByMotive?: Resolver<Array<ResolversTypes['SansSuiteMotiveCount']>, ParentType, ContextType>;
};

export type ParcoursProfessionalResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ParcoursProfessional'] = ResolversParentTypes['ParcoursProfessional']> = {
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
};

export type ParcoursReferenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ParcoursReference'] = ResolversParentTypes['ParcoursReference']> = {
  allowedActions?: Resolver<Array<ResolversTypes['ReferenceActionType']>, ParentType, ContextType>;
  chosenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endReason?: Resolver<Maybe<ResolversTypes['ReferenceEndReason']>, ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ReferenceEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  proposedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  proposedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  referent?: Resolver<Maybe<ResolversTypes['AccompanimentMember']>, ParentType, ContextType>;
  sansSuiteMotive?: Resolver<Maybe<ResolversTypes['SansSuiteMotive']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReferenceStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PartnerCasesResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PartnerCases'] = ResolversParentTypes['PartnerCases']> = {
  byStatus?: Resolver<Array<ResolversTypes['StatusCount']>, ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PartnerSchoolResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PartnerSchool'] = ResolversParentTypes['PartnerSchool']> = {
  contactName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uai?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersonActionRefusalResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonActionRefusal'] = ResolversParentTypes['PersonActionRefusal']> = {
  action?: Resolver<ResolversTypes['PersonAction'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  step?: Resolver<Maybe<ResolversTypes['PersonStep']>, ParentType, ContextType>;
};

export type PlanActionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlanAction'] = ResolversParentTypes['PlanAction']> = {
  byPerson?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['AccompanimentMember']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PlanActionStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlanGoalResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlanGoal'] = ResolversParentTypes['PlanGoal']> = {
  actions?: Resolver<Array<ResolversTypes['PlanAction']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['PlanTheme'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PlannedActionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlannedAction'] = ResolversParentTypes['PlannedAction']> = {
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PlatformResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Platform'] = ResolversParentTypes['Platform']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  referents?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  territory?: Resolver<ResolversTypes['Territory'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlatformActionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlatformAction'] = ResolversParentTypes['PlatformAction']> = {
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  caseIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  cases?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PlatformActionKind'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partnerOrganisations?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlatformActionConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlatformActionConnection'] = ResolversParentTypes['PlatformActionConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['PlatformAction']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PsadBilanResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PsadBilan'] = ResolversParentTypes['PsadBilan']> = {
  generatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  masked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  periodFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodTo?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  platforms?: Resolver<Array<ResolversTypes['Platform']>, ParentType, ContextType>;
  previousFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  previousTo?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sections?: Resolver<Maybe<ResolversTypes['BilanSections']>, ParentType, ContextType>;
  sectionsVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tables?: Resolver<Array<ResolversTypes['BilanTable']>, ParentType, ContextType>;
};

export type PsadDashboardResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PsadDashboard'] = ResolversParentTypes['PsadDashboard']> = {
  bySource?: Resolver<Array<ResolversTypes['SourceCount']>, ParentType, ContextType>;
  campaign?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  campaigns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  closuresByOutcome?: Resolver<Array<ResolversTypes['CloseOutcomeCount']>, ParentType, ContextType>;
  delays?: Resolver<ResolversTypes['DashboardDelays'], ParentType, ContextType>;
  funnel?: Resolver<Array<ResolversTypes['FunnelStep']>, ParentType, ContextType>;
  minorsWithoutSolution?: Resolver<ResolversTypes['MinorsWithoutSolution'], ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['PartnerCases']>, ParentType, ContextType>;
  platformId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  solutionsByType?: Resolver<Array<ResolversTypes['SolutionTypeCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  transfers?: Resolver<ResolversTypes['TransferCounts'], ParentType, ContextType>;
  withoutSolution?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PsyenPeriodServiceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PsyenPeriodService'] = ResolversParentTypes['PsyenPeriodService']> = {
  availableHalfDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cioHalfDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  periodId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['OrientationPerson'], ParentType, ContextType>;
  quotityPercent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schoolHalfDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PsyenServiceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PsyenService'] = ResolversParentTypes['PsyenService']> = {
  availableHalfDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['OrientationPerson'], ParentType, ContextType>;
  quotityPercent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  accessRequests?: Resolver<Array<ResolversTypes['AccessRequest']>, ParentType, ContextType, Partial<QueryAccessRequestsArgs>>;
  accompaniedPerson?: Resolver<Maybe<ResolversTypes['AccompaniedPerson']>, ParentType, ContextType, RequireFields<QueryAccompaniedPersonArgs, 'id'>>;
  accompaniedPersons?: Resolver<ResolversTypes['AccompaniedPersonConnection'], ParentType, ContextType, Partial<QueryAccompaniedPersonsArgs>>;
  apiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType, RequireFields<QueryApiKeysArgs, 'userId'>>;
  assignedCases?: Resolver<ResolversTypes['CaseConnection'], ParentType, ContextType, Partial<QueryAssignedCasesArgs>>;
  auditEvents?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, RequireFields<QueryAuditEventsArgs, 'first'>>;
  backgroundJobs?: Resolver<ResolversTypes['BackgroundJobConnection'], ParentType, ContextType, RequireFields<QueryBackgroundJobsArgs, 'first'>>;
  backgroundQueues?: Resolver<Array<ResolversTypes['BackgroundQueue']>, ParentType, ContextType>;
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<QueryCaseArgs, 'id'>>;
  cases?: Resolver<ResolversTypes['CaseConnection'], ParentType, ContextType, RequireFields<QueryCasesArgs, 'platformId'>>;
  changes?: Resolver<ResolversTypes['ChangePage'], ParentType, ContextType, RequireFields<QueryChangesArgs, 'first'>>;
  cioMeetings?: Resolver<ResolversTypes['MeetingConnection'], ParentType, ContextType, RequireFields<QueryCioMeetingsArgs, 'cioId'>>;
  clasDashboard?: Resolver<ResolversTypes['ClasDashboard'], ParentType, ContextType, RequireFields<QueryClasDashboardArgs, 'schoolYear'>>;
  clasProject?: Resolver<Maybe<ResolversTypes['ClasProject']>, ParentType, ContextType, RequireFields<QueryClasProjectArgs, 'id'>>;
  clasProjects?: Resolver<ResolversTypes['ClasProjectConnection'], ParentType, ContextType, Partial<QueryClasProjectsArgs>>;
  clasWaitingSchoolYears?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  clasYearConfig?: Resolver<ResolversTypes['ClasYearConfig'], ParentType, ContextType, RequireFields<QueryClasYearConfigArgs, 'schoolYear'>>;
  cpmsContract?: Resolver<Maybe<ResolversTypes['CpmsContract']>, ParentType, ContextType, RequireFields<QueryCpmsContractArgs, 'id'>>;
  cpmsContracts?: Resolver<Array<ResolversTypes['CpmsContract']>, ParentType, ContextType, Partial<QueryCpmsContractsArgs>>;
  cpmsDirectedCentres?: Resolver<Array<ResolversTypes['CpmsDirectedCentre']>, ParentType, ContextType>;
  cpmsIndicators?: Resolver<ResolversTypes['CpmsIndicators'], ParentType, ContextType, RequireFields<QueryCpmsIndicatorsArgs, 'year'>>;
  cpmsObjectivesContract?: Resolver<Maybe<ResolversTypes['CpmsObjectivesContract']>, ParentType, ContextType, RequireFields<QueryCpmsObjectivesContractArgs, 'id'>>;
  cpmsObjectivesContracts?: Resolver<Array<ResolversTypes['CpmsObjectivesContract']>, ParentType, ContextType>;
  cpmsOnCall?: Resolver<ResolversTypes['OncallAnswer'], ParentType, ContextType, RequireFields<QueryCpmsOnCallArgs, 'poolId'>>;
  cpmsSchoolPlan?: Resolver<Maybe<ResolversTypes['CpmsSchoolPlan']>, ParentType, ContextType, RequireFields<QueryCpmsSchoolPlanArgs, 'id'>>;
  cpmsSchoolPlans?: Resolver<Array<ResolversTypes['CpmsSchoolPlan']>, ParentType, ContextType>;
  evaluationCriteria?: Resolver<Array<ResolversTypes['EvaluationCriterion']>, ParentType, ContextType, RequireFields<QueryEvaluationCriteriaArgs, 'cioId'>>;
  import?: Resolver<Maybe<ResolversTypes['SieiImport']>, ParentType, ContextType, RequireFields<QueryImportArgs, 'id'>>;
  imports?: Resolver<Array<ResolversTypes['SieiImport']>, ParentType, ContextType, RequireFields<QueryImportsArgs, 'platformId'>>;
  incomingTransfers?: Resolver<Array<ResolversTypes['CaseTransfer']>, ParentType, ContextType>;
  me?: Resolver<ResolversTypes['Me'], ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType, RequireFields<QueryMeetingArgs, 'id'>>;
  meetings?: Resolver<ResolversTypes['MeetingConnection'], ParentType, ContextType, Partial<QueryMeetingsArgs>>;
  myNotificationPreferences?: Resolver<Array<ResolversTypes['NotificationPreference']>, ParentType, ContextType>;
  myNotifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, RequireFields<QueryMyNotificationsArgs, 'first' | 'unreadOnly'>>;
  mySessions?: Resolver<Array<ResolversTypes['UserSession']>, ParentType, ContextType>;
  myUnreadNotificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  oncallPool?: Resolver<Maybe<ResolversTypes['OncallPool']>, ParentType, ContextType, RequireFields<QueryOncallPoolArgs, 'id'>>;
  oncallPools?: Resolver<Array<ResolversTypes['OncallPool']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType, RequireFields<QueryOrganisationArgs, 'id'>>;
  organisations?: Resolver<ResolversTypes['OrganisationConnection'], ParentType, ContextType, RequireFields<QueryOrganisationsArgs, 'first'>>;
  orientationCios?: Resolver<Array<ResolversTypes['OrientationCio']>, ParentType, ContextType>;
  orientationDuties?: Resolver<Array<ResolversTypes['OrientationDuty']>, ParentType, ContextType, RequireFields<QueryOrientationDutiesArgs, 'cioId'>>;
  orientationInterviewCounts?: Resolver<Array<ResolversTypes['InterviewCount']>, ParentType, ContextType, RequireFields<QueryOrientationInterviewCountsArgs, 'cioId' | 'from' | 'to'>>;
  orientationNetwork?: Resolver<Maybe<ResolversTypes['OrientationNetwork']>, ParentType, ContextType, RequireFields<QueryOrientationNetworkArgs, 'id'>>;
  orientationNetworks?: Resolver<Array<ResolversTypes['OrientationNetwork']>, ParentType, ContextType, RequireFields<QueryOrientationNetworksArgs, 'cioId'>>;
  orientationPeriods?: Resolver<Array<ResolversTypes['OrientationPeriod']>, ParentType, ContextType, RequireFields<QueryOrientationPeriodsArgs, 'cioId' | 'schoolYear'>>;
  orientationServiceCheck?: Resolver<ResolversTypes['OrientationServiceCheck'], ParentType, ContextType, RequireFields<QueryOrientationServiceCheckArgs, 'cioId' | 'schoolYear'>>;
  orientationTimetable?: Resolver<Array<ResolversTypes['OrientationSlot']>, ParentType, ContextType, RequireFields<QueryOrientationTimetableArgs, 'periodId'>>;
  orientationTransversalFiles?: Resolver<Array<ResolversTypes['OrientationTransversalFile']>, ParentType, ContextType, RequireFields<QueryOrientationTransversalFilesArgs, 'cioId'>>;
  outboxEmail?: Resolver<Maybe<ResolversTypes['OutboxEmail']>, ParentType, ContextType, RequireFields<QueryOutboxEmailArgs, 'id'>>;
  outboxEmails?: Resolver<ResolversTypes['OutboxEmailConnection'], ParentType, ContextType, RequireFields<QueryOutboxEmailsArgs, 'first'>>;
  outgoingTransfers?: Resolver<Array<ResolversTypes['CaseTransfer']>, ParentType, ContextType>;
  parcoursIndicators?: Resolver<ResolversTypes['ParcoursIndicators'], ParentType, ContextType>;
  parcoursProfessionals?: Resolver<Array<ResolversTypes['ParcoursProfessional']>, ParentType, ContextType, RequireFields<QueryParcoursProfessionalsArgs, 'organisationId'>>;
  partnerCounsellors?: Resolver<Array<ResolversTypes['CaseActor']>, ParentType, ContextType, RequireFields<QueryPartnerCounsellorsArgs, 'organisationId' | 'platformId'>>;
  platform?: Resolver<Maybe<ResolversTypes['Platform']>, ParentType, ContextType, RequireFields<QueryPlatformArgs, 'id'>>;
  platformActions?: Resolver<ResolversTypes['PlatformActionConnection'], ParentType, ContextType, Partial<QueryPlatformActionsArgs>>;
  platforms?: Resolver<Array<ResolversTypes['Platform']>, ParentType, ContextType, Partial<QueryPlatformsArgs>>;
  psadBilan?: Resolver<ResolversTypes['PsadBilan'], ParentType, ContextType, RequireFields<QueryPsadBilanArgs, 'platformId'>>;
  psadDashboard?: Resolver<ResolversTypes['PsadDashboard'], ParentType, ContextType, RequireFields<QueryPsadDashboardArgs, 'platformId'>>;
  qvtCampaign?: Resolver<Maybe<ResolversTypes['QvtCampaign']>, ParentType, ContextType, RequireFields<QueryQvtCampaignArgs, 'id'>>;
  qvtCampaigns?: Resolver<Array<ResolversTypes['QvtCampaign']>, ParentType, ContextType, RequireFields<QueryQvtCampaignsArgs, 'cioId'>>;
  referentCasesCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType, Partial<QueryReferentCasesCountArgs>>;
  regionalBilan?: Resolver<ResolversTypes['RegionalBilan'], ParentType, ContextType, Partial<QueryRegionalBilanArgs>>;
  solutionOffers?: Resolver<ResolversTypes['SolutionOfferConnection'], ParentType, ContextType, Partial<QuerySolutionOffersArgs>>;
  territories?: Resolver<ResolversTypes['TerritoryConnection'], ParentType, ContextType, RequireFields<QueryTerritoriesArgs, 'first'>>;
  trustedDocuments?: Resolver<Array<ResolversTypes['TrustedDocument']>, ParentType, ContextType, RequireFields<QueryTrustedDocumentsArgs, 'userId'>>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
  users?: Resolver<ResolversTypes['UserConnection'], ParentType, ContextType, RequireFields<QueryUsersArgs, 'first'>>;
  veilleDocuments?: Resolver<ResolversTypes['VeilleDocumentConnection'], ParentType, ContextType, Partial<QueryVeilleDocumentsArgs>>;
  webhookDeliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, RequireFields<QueryWebhookDeliveriesArgs, 'endpointId' | 'first'>>;
  webhookEndpoint?: Resolver<Maybe<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType, RequireFields<QueryWebhookEndpointArgs, 'id'>>;
  webhookEndpoints?: Resolver<Array<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType, Partial<QueryWebhookEndpointsArgs>>;
  workPlan?: Resolver<Maybe<ResolversTypes['WorkPlan']>, ParentType, ContextType, RequireFields<QueryWorkPlanArgs, 'id'>>;
  workPlans?: Resolver<Array<ResolversTypes['WorkPlan']>, ParentType, ContextType, RequireFields<QueryWorkPlansArgs, 'cioId'>>;
  youngPersonDuplicates?: Resolver<Array<ResolversTypes['YoungPersonDuplicate']>, ParentType, ContextType, RequireFields<QueryYoungPersonDuplicatesArgs, 'platformId'>>;
};

export type QvtCampaignResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['QvtCampaign'] = ResolversParentTypes['QvtCampaign']> = {
  answered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canAnswer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  cioId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  closesOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  opensOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['QvtQuestion']>, ParentType, ContextType>;
  results?: Resolver<ResolversTypes['QvtResults'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QvtQuestionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['QvtQuestion'] = ResolversParentTypes['QvtQuestion']> = {
  highLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['QvtQuestionKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lowLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QvtQuestionResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['QvtQuestionResult'] = ResolversParentTypes['QvtQuestionResult']> = {
  answers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  comments?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  distribution?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  mean?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  questionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QvtResultsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['QvtResults'] = ResolversParentTypes['QvtResults']> = {
  questions?: Resolver<Array<ResolversTypes['QvtQuestionResult']>, ParentType, ContextType>;
  respondents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReferenceEventResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReferenceEvent'] = ResolversParentTypes['ReferenceEvent']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endReason?: Resolver<Maybe<ResolversTypes['ReferenceEndReason']>, ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['ReferenceStatus']>, ParentType, ContextType>;
  motive?: Resolver<Maybe<ResolversTypes['SansSuiteMotive']>, ParentType, ContextType>;
  referent?: Resolver<Maybe<ResolversTypes['AccompanimentMember']>, ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['ReferenceStatus'], ParentType, ContextType>;
};

export type ReferenceStatusCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReferenceStatusCount'] = ResolversParentTypes['ReferenceStatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReferenceStatus'], ParentType, ContextType>;
};

export type RegionalBilanResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionalBilan'] = ResolversParentTypes['RegionalBilan']> = {
  consolidated?: Resolver<ResolversTypes['PsadBilan'], ParentType, ContextType>;
  periodFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodTo?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  platforms?: Resolver<Array<ResolversTypes['Platform']>, ParentType, ContextType>;
  sideBySide?: Resolver<ResolversTypes['BilanTable'], ParentType, ContextType>;
};

export type RejectedRowResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RejectedRow'] = ResolversParentTypes['RejectedRow']> = {
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RuleResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RuleResult'] = ResolversParentTypes['RuleResult']> = {
  groupIndex?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  groupLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['RuleOutcome'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['ClasRule'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SansSuiteMotiveCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SansSuiteMotiveCount'] = ResolversParentTypes['SansSuiteMotiveCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  motive?: Resolver<ResolversTypes['SansSuiteMotive'], ParentType, ContextType>;
};

export type SieiImportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SieiImport'] = ResolversParentTypes['SieiImport']> = {
  campaign?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  platformId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  preview?: Resolver<Maybe<ResolversTypes['ImportPreview']>, ParentType, ContextType>;
  report?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uploadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  uploadedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type SignalResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SignalResult'] = ResolversParentTypes['SignalResult']> = {
  caseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  matched?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SolutionOfferResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SolutionOffer'] = ResolversParentTypes['SolutionOffer']> = {
  activeFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  activeUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  ageMax?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ageMin?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  communes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  conditions?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  places?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  solutionType?: Resolver<ResolversTypes['SolutionType'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SolutionOfferConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SolutionOfferConnection'] = ResolversParentTypes['SolutionOfferConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['SolutionOffer']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SolutionTypeCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SolutionTypeCount'] = ResolversParentTypes['SolutionTypeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['SolutionType'], ParentType, ContextType>;
};

export type SourceCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourceCount'] = ResolversParentTypes['SourceCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  signalSource?: Resolver<Maybe<ResolversTypes['SignalSource']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['CaseSource'], ParentType, ContextType>;
};

export type StatusCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatusCount'] = ResolversParentTypes['StatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
};

export type SyntheseMeetingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SyntheseMeeting'] = ResolversParentTypes['SyntheseMeeting']> = {
  decisions?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paAgreed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  paParticipates?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['SyntheseParticipant']>, ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['SyntheseRequester'], ParentType, ContextType>;
  scheduledAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SyntheseParticipantResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SyntheseParticipant'] = ResolversParentTypes['SyntheseParticipant']> = {
  agreedToPaPresence?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['AccompanimentMember'], ParentType, ContextType>;
};

export type TerritoryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Territory'] = ResolversParentTypes['Territory']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TerritoryKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Territory']>, ParentType, ContextType>;
};

export type TerritoryConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TerritoryConnection'] = ResolversParentTypes['TerritoryConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Territory']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TransferCountsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TransferCounts'] = ResolversParentTypes['TransferCounts']> = {
  betweenPartners?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  incoming?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outgoing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TrustedDocumentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TrustedDocument'] = ResolversParentTypes['TrustedDocument']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operationNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type UncoveredSchoolResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UncoveredSchool'] = ResolversParentTypes['UncoveredSchool']> = {
  networkId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  networkName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  periodName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  school?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  failedLoginCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastFailedLoginAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastLoginAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UserConnection'] = ResolversParentTypes['UserConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserSessionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UserSession'] = ResolversParentTypes['UserSession']> = {
  addressPrefix?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  browser?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  device?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['SignInMethod'], ParentType, ContextType>;
  secondFactor?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type VeilleDocumentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['VeilleDocument'] = ResolversParentTypes['VeilleDocument']> = {
  addedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VeilleDocumentConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['VeilleDocumentConnection'] = ResolversParentTypes['VeilleDocumentConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['VeilleDocument']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WebhookAttemptResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WebhookAttempt'] = ResolversParentTypes['WebhookAttempt']> = {
  attemptedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latencyMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  manual?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  statusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  succeeded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type WebhookDeliveryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = {
  attemptCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attempts?: Resolver<Array<ResolversTypes['WebhookAttempt']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endpointId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastLatencyMs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lastStatusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  objectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  objectType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
};

export type WebhookDeliveryConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['WebhookDelivery']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WebhookEndpointResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WebhookEndpoint'] = ResolversParentTypes['WebhookEndpoint']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  disabledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  disabledReason?: Resolver<Maybe<ResolversTypes['WebhookDisabledReason']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  eventTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  failingSince?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  secretRotatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  serviceAccountId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WeeklySessionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WeeklySession'] = ResolversParentTypes['WeeklySession']> = {
  day?: Resolver<ResolversTypes['Weekday'], ParentType, ContextType>;
  durationMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WorkPlanResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WorkPlan'] = ResolversParentTypes['WorkPlan']> = {
  actions?: Resolver<Array<ResolversTypes['WorkPlanAction']>, ParentType, ContextType>;
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  cio?: Resolver<ResolversTypes['OrientationCio'], ParentType, ContextType>;
  completion?: Resolver<ResolversTypes['WorkPlanCompletion'], ParentType, ContextType>;
  endMonth?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startMonth?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['WorkPlanState'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WorkPlanActionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WorkPlanAction'] = ResolversParentTypes['WorkPlanAction']> = {
  canChangeStatus?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canComment?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  comments?: Resolver<Array<ResolversTypes['WorkPlanComment']>, ParentType, ContextType>;
  endMonth?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidenceUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  minutesMeetingId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['OrientationPerson']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['DutyRole']>, ParentType, ContextType>;
  startMonth?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WorkPlanActionStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WorkPlanCommentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WorkPlanComment'] = ResolversParentTypes['WorkPlanComment']> = {
  authorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type WorkPlanCompletionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WorkPlanCompletion'] = ResolversParentTypes['WorkPlanCompletion']> = {
  aFaire?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  abandonne?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enCours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fait?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reporte?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type YoungPersonResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['YoungPerson'] = ResolversParentTypes['YoungPerson']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  birthDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  cases?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType>;
  commune?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstNames?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  highestDiploma?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ine?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastFormation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastSchoolUai?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  schoolExitDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sex?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type YoungPersonDuplicateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['YoungPersonDuplicate'] = ResolversParentTypes['YoungPersonDuplicate']> = {
  first?: Resolver<ResolversTypes['YoungPerson'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['DuplicateReason'], ParentType, ContextType>;
  second?: Resolver<ResolversTypes['YoungPerson'], ParentType, ContextType>;
  similarity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  AccessRequest?: AccessRequestResolvers<ContextType>;
  Accompagnateur?: AccompagnateurResolvers<ContextType>;
  AccompaniedPerson?: AccompaniedPersonResolvers<ContextType>;
  AccompaniedPersonConnection?: AccompaniedPersonConnectionResolvers<ContextType>;
  AccompanimentMember?: AccompanimentMemberResolvers<ContextType>;
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyUsage?: ApiKeyUsageResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditSubject?: AuditSubjectResolvers<ContextType>;
  BackgroundJob?: BackgroundJobResolvers<ContextType>;
  BackgroundJobConnection?: BackgroundJobConnectionResolvers<ContextType>;
  BackgroundQueue?: BackgroundQueueResolvers<ContextType>;
  BilanCell?: BilanCellResolvers<ContextType>;
  BilanRow?: BilanRowResolvers<ContextType>;
  BilanSections?: BilanSectionsResolvers<ContextType>;
  BilanTable?: BilanTableResolvers<ContextType>;
  Case?: CaseResolvers<ContextType>;
  CaseActor?: CaseActorResolvers<ContextType>;
  CaseConnection?: CaseConnectionResolvers<ContextType>;
  CaseEvent?: CaseEventResolvers<ContextType>;
  CaseFlags?: CaseFlagsResolvers<ContextType>;
  CaseTransfer?: CaseTransferResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangePage?: ChangePageResolvers<ContextType>;
  ClasActivityLog?: ClasActivityLogResolvers<ContextType>;
  ClasBilan?: ClasBilanResolvers<ContextType>;
  ClasComment?: ClasCommentResolvers<ContextType>;
  ClasDashboard?: ClasDashboardResolvers<ContextType>;
  ClasDecision?: ClasDecisionResolvers<ContextType>;
  ClasGroup?: ClasGroupResolvers<ContextType>;
  ClasProject?: ClasProjectResolvers<ContextType>;
  ClasProjectConnection?: ClasProjectConnectionResolvers<ContextType>;
  ClasRosterEntry?: ClasRosterEntryResolvers<ContextType>;
  ClasSessionLog?: ClasSessionLogResolvers<ContextType>;
  ClasStatusCount?: ClasStatusCountResolvers<ContextType>;
  ClasYearConfig?: ClasYearConfigResolvers<ContextType>;
  ClassHours?: ClassHoursResolvers<ContextType>;
  CloseOutcomeCount?: CloseOutcomeCountResolvers<ContextType>;
  Competence?: CompetenceResolvers<ContextType>;
  Consent?: ConsentResolvers<ContextType>;
  ContactAttempt?: ContactAttemptResolvers<ContextType>;
  CpmsConcertation?: CpmsConcertationResolvers<ContextType>;
  CpmsContract?: CpmsContractResolvers<ContextType>;
  CpmsDirectedCentre?: CpmsDirectedCentreResolvers<ContextType>;
  CpmsEvaluationDue?: CpmsEvaluationDueResolvers<ContextType>;
  CpmsExchange?: CpmsExchangeResolvers<ContextType>;
  CpmsIndicator?: CpmsIndicatorResolvers<ContextType>;
  CpmsIndicators?: CpmsIndicatorsResolvers<ContextType>;
  CpmsInformationFlow?: CpmsInformationFlowResolvers<ContextType>;
  CpmsObjectivesContract?: CpmsObjectivesContractResolvers<ContextType>;
  CpmsOrganisationRef?: CpmsOrganisationRefResolvers<ContextType>;
  CpmsPlanDocument?: CpmsPlanDocumentResolvers<ContextType>;
  CpmsPlanObjective?: CpmsPlanObjectiveResolvers<ContextType>;
  CpmsSchoolPlan?: CpmsSchoolPlanResolvers<ContextType>;
  CpmsSignature?: CpmsSignatureResolvers<ContextType>;
  CpmsZone?: CpmsZoneResolvers<ContextType>;
  CreatedApiKey?: CreatedApiKeyResolvers<ContextType>;
  CreatedWebhookEndpoint?: CreatedWebhookEndpointResolvers<ContextType>;
  CriterionValue?: CriterionValueResolvers<ContextType>;
  DashboardDelays?: DashboardDelaysResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Eligibility?: EligibilityResolvers<ContextType>;
  EndReasonCount?: EndReasonCountResolvers<ContextType>;
  EvaluationCriterion?: EvaluationCriterionResolvers<ContextType>;
  FunnelStep?: FunnelStepResolvers<ContextType>;
  ImportDuplicateRow?: ImportDuplicateRowResolvers<ContextType>;
  ImportKeyFields?: ImportKeyFieldsResolvers<ContextType>;
  ImportKnownPerson?: ImportKnownPersonResolvers<ContextType>;
  ImportMergedRow?: ImportMergedRowResolvers<ContextType>;
  ImportPreview?: ImportPreviewResolvers<ContextType>;
  ImportReport?: ImportReportResolvers<ContextType>;
  ImportSampleRow?: ImportSampleRowResolvers<ContextType>;
  InterviewCount?: InterviewCountResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LockerDocument?: LockerDocumentResolvers<ContextType>;
  Me?: MeResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  MeetingAction?: MeetingActionResolvers<ContextType>;
  MeetingConnection?: MeetingConnectionResolvers<ContextType>;
  MeetingInvitee?: MeetingInviteeResolvers<ContextType>;
  MeetingSituation?: MeetingSituationResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MinorsWithoutSolution?: MinorsWithoutSolutionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationPreference?: NotificationPreferenceResolvers<ContextType>;
  OncallAnswer?: OncallAnswerResolvers<ContextType>;
  OncallCall?: OncallCallResolvers<ContextType>;
  OncallCallStats?: OncallCallStatsResolvers<ContextType>;
  OncallCategoryCount?: OncallCategoryCountResolvers<ContextType>;
  OncallCheck?: OncallCheckResolvers<ContextType>;
  OncallCpms?: OncallCpmsResolvers<ContextType>;
  OncallHourCount?: OncallHourCountResolvers<ContextType>;
  OncallIssue?: OncallIssueResolvers<ContextType>;
  OncallPerson?: OncallPersonResolvers<ContextType>;
  OncallPool?: OncallPoolResolvers<ContextType>;
  OncallPublication?: OncallPublicationResolvers<ContextType>;
  OncallShift?: OncallShiftResolvers<ContextType>;
  OncallSwap?: OncallSwapResolvers<ContextType>;
  OncallTemplate?: OncallTemplateResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationConnection?: OrganisationConnectionResolvers<ContextType>;
  OrientationCio?: OrientationCioResolvers<ContextType>;
  OrientationDuty?: OrientationDutyResolvers<ContextType>;
  OrientationDutyCell?: OrientationDutyCellResolvers<ContextType>;
  OrientationNetwork?: OrientationNetworkResolvers<ContextType>;
  OrientationPeriod?: OrientationPeriodResolvers<ContextType>;
  OrientationPerson?: OrientationPersonResolvers<ContextType>;
  OrientationServiceCheck?: OrientationServiceCheckResolvers<ContextType>;
  OrientationSlot?: OrientationSlotResolvers<ContextType>;
  OrientationTransversalFile?: OrientationTransversalFileResolvers<ContextType>;
  OutboxEmail?: OutboxEmailResolvers<ContextType>;
  OutboxEmailConnection?: OutboxEmailConnectionResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ParcoursIndicators?: ParcoursIndicatorsResolvers<ContextType>;
  ParcoursProfessional?: ParcoursProfessionalResolvers<ContextType>;
  ParcoursReference?: ParcoursReferenceResolvers<ContextType>;
  PartnerCases?: PartnerCasesResolvers<ContextType>;
  PartnerSchool?: PartnerSchoolResolvers<ContextType>;
  PersonActionRefusal?: PersonActionRefusalResolvers<ContextType>;
  PlanAction?: PlanActionResolvers<ContextType>;
  PlanGoal?: PlanGoalResolvers<ContextType>;
  PlannedAction?: PlannedActionResolvers<ContextType>;
  Platform?: PlatformResolvers<ContextType>;
  PlatformAction?: PlatformActionResolvers<ContextType>;
  PlatformActionConnection?: PlatformActionConnectionResolvers<ContextType>;
  PsadBilan?: PsadBilanResolvers<ContextType>;
  PsadDashboard?: PsadDashboardResolvers<ContextType>;
  PsyenPeriodService?: PsyenPeriodServiceResolvers<ContextType>;
  PsyenService?: PsyenServiceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QvtCampaign?: QvtCampaignResolvers<ContextType>;
  QvtQuestion?: QvtQuestionResolvers<ContextType>;
  QvtQuestionResult?: QvtQuestionResultResolvers<ContextType>;
  QvtResults?: QvtResultsResolvers<ContextType>;
  ReferenceEvent?: ReferenceEventResolvers<ContextType>;
  ReferenceStatusCount?: ReferenceStatusCountResolvers<ContextType>;
  RegionalBilan?: RegionalBilanResolvers<ContextType>;
  RejectedRow?: RejectedRowResolvers<ContextType>;
  RuleResult?: RuleResultResolvers<ContextType>;
  SansSuiteMotiveCount?: SansSuiteMotiveCountResolvers<ContextType>;
  SieiImport?: SieiImportResolvers<ContextType>;
  SignalResult?: SignalResultResolvers<ContextType>;
  SolutionOffer?: SolutionOfferResolvers<ContextType>;
  SolutionOfferConnection?: SolutionOfferConnectionResolvers<ContextType>;
  SolutionTypeCount?: SolutionTypeCountResolvers<ContextType>;
  SourceCount?: SourceCountResolvers<ContextType>;
  StatusCount?: StatusCountResolvers<ContextType>;
  SyntheseMeeting?: SyntheseMeetingResolvers<ContextType>;
  SyntheseParticipant?: SyntheseParticipantResolvers<ContextType>;
  Territory?: TerritoryResolvers<ContextType>;
  TerritoryConnection?: TerritoryConnectionResolvers<ContextType>;
  TransferCounts?: TransferCountsResolvers<ContextType>;
  TrustedDocument?: TrustedDocumentResolvers<ContextType>;
  UncoveredSchool?: UncoveredSchoolResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserSession?: UserSessionResolvers<ContextType>;
  VeilleDocument?: VeilleDocumentResolvers<ContextType>;
  VeilleDocumentConnection?: VeilleDocumentConnectionResolvers<ContextType>;
  WebhookAttempt?: WebhookAttemptResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookEndpoint?: WebhookEndpointResolvers<ContextType>;
  WeeklySession?: WeeklySessionResolvers<ContextType>;
  WorkPlan?: WorkPlanResolvers<ContextType>;
  WorkPlanAction?: WorkPlanActionResolvers<ContextType>;
  WorkPlanComment?: WorkPlanCommentResolvers<ContextType>;
  WorkPlanCompletion?: WorkPlanCompletionResolvers<ContextType>;
  YoungPerson?: YoungPersonResolvers<ContextType>;
  YoungPersonDuplicate?: YoungPersonDuplicateResolvers<ContextType>;
};

