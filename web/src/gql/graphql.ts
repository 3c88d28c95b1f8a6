/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AccessRequestStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

export type AccompagnateurInput = {
  kind: AccompagnateurKind;
  label: string;
  training: TrainingStatus;
};

export type AccompagnateurKind =
  | 'BENEVOLE'
  | 'SALARIE';

export type AddCriterionValueInput = {
  comment?: string | null | undefined;
  criterionId: string | number;
  measuredOn: string;
  value: number;
};

export type AddMeetingActionInput = {
  dueDate?: string | null | undefined;
  meetingId: string | number;
  ownerName: string;
  ownerOrganisationId?: string | number | null | undefined;
  title: string;
};

export type AddVeilleDocumentInput = {
  platformId: string | number;
  publishedOn?: string | null | undefined;
  summary?: string | null | undefined;
  title: string;
  /** https:// only. */
  url: string;
};

export type AddWorkPlanCommentInput = {
  body: string;
  workPlanActionId: string | number;
};

export type AnswerQvtCampaignInput = {
  answers: Array<QvtAnswerInput>;
  campaignId: string | number;
};

export type ApproveAccessRequestInput = {
  id: string | number;
  /** The organisation the account joins. */
  organisationId: string | number;
  /** Its roles there (not SERVICE_ACCOUNT). */
  roles: Array<Role>;
  version: number;
};

export type Attendance =
  | 'ABSENT'
  | 'EXCUSE'
  | 'PRESENT';

export type AttendanceEntryInput = {
  attendance: Attendance;
  inviteeId: string | number;
};

export type AuditFilter = {
  /** Prefix match: 'identity.' matches every identity action. */
  action?: string | null | undefined;
  /** Exact action names: an event matches any of them. */
  actions?: Array<string> | null | undefined;
  actorId?: string | number | null | undefined;
  /** Only the security alerts: repeated sign-in failures on an account, a list read past the hour's budget. */
  alerts?: boolean | null | undefined;
  from?: string | null | undefined;
  outcome?: AuditOutcome | null | undefined;
  /** With subjectType: the events about that object, and the list reads that showed it. */
  subjectId?: string | null | undefined;
  subjectType?: string | null | undefined;
  to?: string | null | undefined;
};

export type AuditOutcome =
  | 'DENIED'
  | 'FAILURE'
  | 'SUCCESS';

/** The state of a background job (pg-boss). */
export type BackgroundJobState =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'CREATED'
  | 'FAILED'
  | 'RETRY';

export type BilanSectionsInput = {
  actionsPartenaires?: string | null | undefined;
  besoins?: string | null | undefined;
  perspectives?: string | null | undefined;
  veille?: string | null | undefined;
};

export type CancelMeetingInput = {
  id: string | number;
  reason?: string | null | undefined;
  version: number;
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

export type CaseFilter = {
  /** Only the cases naming the caller as their counsellor (a counsellor's « mes suivis »). */
  assignedToMe?: boolean | null | undefined;
  campaign?: string | null | undefined;
  /** The young person's commune (name, case-insensitive). */
  commune?: string | null | undefined;
  /** Assigned or in progress with no contact attempt for at least this many days. */
  daysWithoutContact?: number | null | undefined;
  minorWithoutSolution?: boolean | null | undefined;
  /** The partner organisation the case is assigned to. */
  organisationId?: string | number | null | undefined;
  /** Part of the name, first names or INE (accents and case ignored). */
  search?: string | null | undefined;
  source?: CaseSource | null | undefined;
  status?: Array<CaseStatus> | null | undefined;
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

/** A case and the version the caller read. */
export type CaseVersionInput = {
  id: string | number;
  version: number;
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

export type ClasActivityLogKind =
  | 'CONCERTATION'
  | 'PARENT_ACTION';

export type ClasDecisionInput = {
  amountGrantedCents?: number | null | undefined;
  decision: ClasDecisionKind;
  projectId: string | number;
  reasons: string;
  version: number;
};

export type ClasDecisionKind =
  | 'ACCEPTE'
  | 'A_COMPLETER'
  | 'REFUSE';

export type ClasGroupInput = {
  accompagnateurs: Array<AccompagnateurInput>;
  childrenCount: number;
  eligibleCostCents: number;
  endDate?: string | null | undefined;
  /** Absent for a new group. */
  id?: string | number | null | undefined;
  label: string;
  level: SchoolLevel;
  longestBreakWeeks?: number | null | undefined;
  otherFundingCents?: number | null | undefined;
  place?: string | null | undefined;
  sessions: Array<WeeklySessionInput>;
  startDate?: string | null | undefined;
};

/** The whole declaration, as the holder's form saves it. */
export type ClasProjectContentInput = {
  activityKinds: Array<ClasActivityKind>;
  charterSigned: boolean;
  concertationActions: Array<PlannedActionInput>;
  concertationDescription?: string | null | undefined;
  diagnostic?: string | null | undefined;
  groups: Array<ClasGroupInput>;
  inDepartmentalFramework: boolean;
  localPartners: Array<string>;
  parentActions: Array<PlannedActionInput>;
  schoolYear: string;
  schools: Array<PartnerSchoolInput>;
  title: string;
};

export type ClasProjectFilter = {
  schoolYear?: string | null | undefined;
  status?: Array<ClasStatus> | null | undefined;
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

export type ClasStatus =
  | 'ACCEPTE'
  | 'A_COMPLETER'
  | 'BILAN_DEPOSE'
  | 'BROUILLON'
  | 'CLOTURE'
  | 'DEPOSE'
  | 'EN_INSTRUCTION'
  | 'REFUSE';

export type ClasYearConfigInput = {
  ceilingCentsPerGroup: number;
  classHours: Array<ClassHoursInput>;
  earliestEndDate: string;
  latestStartDate: string;
  maxBreakWeeks: number;
  maxChildren: number;
  maxChildrenPerAdult: number;
  minChildren: number;
  ratePercent: number;
  recommendedSessionsPerWeek: number;
  schoolYear: string;
  /** The version read, absent when the year was not configured yet. */
  version?: number | null | undefined;
  warnChildrenPerAdult: number;
};

export type ClassHoursInput = {
  day: Weekday;
  end: string;
  start: string;
};

export type CloseOncallFollowUpInput = {
  callId: string | number;
  version: number;
};

export type CloseOutcome =
  | 'AUTRE'
  | 'DEJA_EN_SOLUTION'
  | 'DEMENAGE'
  | 'HORS_CHAMP'
  | 'INJOIGNABLE'
  | 'REFUS'
  | 'SOLUTION_CONFIRMEE';

export type CompetenceKind =
  | 'COMPETENCE'
  | 'POTENTIEL';

export type ConsentInput = {
  documentId?: string | number | null | undefined;
  /** When the PA gave it (default: now). */
  givenAt?: string | null | undefined;
  kind: ConsentKind;
  meetingId?: string | number | null | undefined;
  memberId?: string | number | null | undefined;
  personId: string | number;
};

export type ConsentKind =
  | 'INFORMATION_TRAITEMENT'
  | 'PARTAGE_DOCUMENT'
  | 'PARTICIPATION_SYNTHESE';

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
  id: string | number;
  version: number;
};

/** How an exchange took place. */
export type CpmsExchangeWay =
  | 'COURRIEL'
  | 'NOTE'
  | 'REUNION'
  | 'TELEPHONE';

export type CpmsIndicatorInput = {
  baseline: number;
  label: string;
  objectiveCode?: CpmsSystemObjective | null | undefined;
  reached?: number | null | undefined;
  target: number;
};

export type CpmsInformationFlowInput = {
  consent: string;
  how: string;
  what: string;
};

export type CpmsPlanObjectiveInput = {
  code: CpmsSystemObjective;
  wording: string;
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

export type CreateApiKeyInput = {
  /** The last day it works (Paris): tomorrow at the earliest, in a year and a day at the latest. */
  expiresOn: string;
  name: string;
  /** Some of the account's organisations; null: all of them. */
  organisationIds?: Array<string | number> | null | undefined;
  /** Some PSAD platforms; null: all the account reaches. */
  platformIds?: Array<string | number> | null | undefined;
  /** Calls a minute (default 600). */
  rateLimitPerMinute?: number | null | undefined;
  /** At least one scope; the API page lists them. */
  scopes: Array<string>;
  trustedDocumentsOnly?: boolean | null | undefined;
  /** A service account: a user holding the SERVICE_ACCOUNT role. */
  userId: string | number;
};

export type CreateCpmsContractInput = {
  actions: Array<string>;
  cpmsCommitments?: string | null | undefined;
  cpmsId: string | number;
  indicators: Array<CpmsIndicatorInput>;
  informationFlows: Array<CpmsInformationFlowInput>;
  objectiveCodes: Array<CpmsSystemObjective>;
  planId: string | number;
  schoolCommitments?: string | null | undefined;
};

export type CreateCpmsObjectivesContractInput = {
  contractIds: Array<string | number>;
  cpmsId: string | number;
  endsOn: string;
  indicators: Array<CpmsIndicatorInput>;
  objectives: Array<string>;
  startsOn: string;
  title: string;
};

export type CreateCpmsSchoolPlanInput = {
  endEvaluationOn: string;
  endEvaluationResult?: string | null | undefined;
  endsOn: string;
  midEvaluationOn?: string | null | undefined;
  midEvaluationResult?: string | null | undefined;
  objectives: Array<CpmsPlanObjectiveInput>;
  schoolId: string | number;
  startsOn: string;
  title: string;
};

export type CreateEvaluationCriterionInput = {
  baseline?: number | null | undefined;
  cioId: string | number;
  indicator: string;
  label: string;
  target?: number | null | undefined;
  unit?: string | null | undefined;
};

export type CreateOncallShiftInput = {
  agentId: string | number;
  backupId: string | number;
  endsAt: string;
  poolId: string | number;
  startsAt: string;
};

export type CreateOrganisationInput = {
  address?: string | null | undefined;
  communeInsee?: string | null | undefined;
  communeName?: string | null | undefined;
  email?: string | null | undefined;
  fase?: string | null | undefined;
  kind: OrganisationKind;
  lyceeTeteDeReseau?: boolean | null | undefined;
  name: string;
  phone?: string | null | undefined;
  postalCode?: string | null | undefined;
  /** 14 digits (spaces allowed); unique. */
  siret?: string | null | undefined;
  territoryId?: string | number | null | undefined;
  /** Europe/Paris or Europe/Brussels; left out, the kind's own. */
  timeZone?: string | null | undefined;
  uai?: string | null | undefined;
  website?: string | null | undefined;
};

export type CreateOrientationDutyInput = {
  cells: Array<OrientationDutyCellInput>;
  cioId: string | number;
  label: string;
};

export type CreateOrientationNetworkInput = {
  cioId: string | number;
  headSchoolId: string | number;
  name: string;
  psyenIds: Array<string | number>;
  schoolIds: Array<string | number>;
};

export type CreateOrientationPeriodInput = {
  cioId: string | number;
  endsOn: string;
  name: string;
  schoolYear: string;
  startsOn: string;
};

export type CreatePlatformActionInput = {
  caseIds?: Array<string | number> | null | undefined;
  description?: string | null | undefined;
  heldOn: string;
  kind: PlatformActionKind;
  participants?: number | null | undefined;
  partnerOrganisationIds?: Array<string | number> | null | undefined;
  platformId: string | number;
  title: string;
};

export type CreatePlatformInput = {
  name: string;
  partnerIds: Array<string | number>;
  /** Users holding the PSAD_REFERENT role. */
  referentIds: Array<string | number>;
  territoryId: string | number;
};

export type CreateQvtCampaignInput = {
  cioId: string | number;
  closesOn: string;
  opensOn: string;
  questions: Array<QvtQuestionInput>;
  title: string;
};

export type CreateSolutionOfferInput = {
  activeFrom?: string | null | undefined;
  activeUntil?: string | null | undefined;
  ageMax?: number | null | undefined;
  ageMin?: number | null | undefined;
  communes?: Array<string> | null | undefined;
  conditions?: string | null | undefined;
  contact?: string | null | undefined;
  name: string;
  organisationId?: string | number | null | undefined;
  places?: number | null | undefined;
  platformId: string | number;
  solutionType: SolutionType;
};

export type CreateTransversalFileInput = {
  cioId: string | number;
  documentLinks: Array<string>;
  kind: TransversalFileKind;
  pilotUserId?: string | number | null | undefined;
  since: string;
  status: TransversalFileStatus;
  summary?: string | null | undefined;
  title: string;
};

export type CreateUserInput = {
  displayName: string;
  email: string;
  memberships?: Array<MembershipInput> | null | undefined;
  /** At least 12 characters. */
  password: string;
};

export type CreateWebhookEndpointInput = {
  description?: string | null | undefined;
  eventTypes: Array<string>;
  /** The service account it is for: required of an administrator; a key acts for its own account. */
  serviceAccountId?: string | number | null | undefined;
  /** https:// in production, to a public address. */
  url: string;
};

export type CreateWorkPlanActionInput = {
  endMonth: string;
  evidenceUrl?: string | null | undefined;
  minutesMeetingId?: string | number | null | undefined;
  personIds: Array<string | number>;
  roles: Array<DutyRole>;
  startMonth: string;
  status: WorkPlanActionStatus;
  title: string;
  workPlanId: string | number;
};

export type CreateWorkPlanInput = {
  cioId: string | number;
  endMonth: string;
  startMonth: string;
  title: string;
};

export type DecideOncallSwapInput = {
  approve: boolean;
  swapId: string | number;
  version: number;
};

export type DecideSituationInput = {
  caseId: string | number;
  caseVersion: number;
  comment?: string | null | undefined;
  counsellorId?: string | number | null | undefined;
  decision: SituationDecision;
  meetingId: string | number;
  /** AFFECTER: the partner; TRANSFERER: the partner of the platform that takes the case over. */
  organisationId?: string | number | null | undefined;
  /** CLORE: the outcome. */
  outcome?: CloseOutcome | null | undefined;
  /** TRANSFERER to another platform. */
  toPlatformId?: string | number | null | undefined;
};

export type DeleteEvaluationCriterionInput = {
  id: string | number;
  version: number;
};

export type DeleteOncallShiftInput = {
  id: string | number;
  version: number;
};

export type DeleteOrientationInput = {
  id: string | number;
  version: number;
};

export type DeletePlatformActionInput = {
  id: string | number;
  version: number;
};

export type DeleteSolutionOfferInput = {
  id: string | number;
  version: number;
};

export type DeleteVeilleDocumentInput = {
  id: string | number;
  version: number;
};

export type DeleteWorkPlanActionInput = {
  id: string | number;
  version: number;
};

export type DeleteWorkPlanInput = {
  id: string | number;
  version: number;
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

export type EmailDelivery =
  | 'OUTBOX'
  | 'SMTP';

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

export type GenerateOncallWeeksInput = {
  /** A day of the first week (its Monday is taken). */
  firstWeek: string;
  poolId: string | number;
  weeks: number;
};

export type GuestInput = {
  email?: string | null | undefined;
  name: string;
  organisationName?: string | null | undefined;
};

export type HalfDay =
  | 'APRES_MIDI'
  | 'MATIN';

/** How two rows (or a row and a known young person) were found to be one person (docs/domain.md §2). */
export type ImportMatchedOn =
  /** Same last name, first given name and birth date, the INE missing on either side. */
  | 'IDENTITY'
  | 'INE';

/** What became of a row of the file. */
export type ImportRowOutcome =
  /** Kept: a young person new to the platform. */
  | 'ACCEPTED'
  /** A later row of a young person the file already had. */
  | 'DUPLICATE'
  /** Kept and matched to a young person already on the platform's list. */
  | 'MERGED'
  | 'REJECTED';

export type InterviewCountCellInput = {
  count: number;
  networkId?: string | number | null | undefined;
  theme: InterviewTheme;
};

/** The themes of the interviews held at the CIO instead of in a school (externalised interviews). */
export type InterviewTheme =
  | 'ADOLESCENCE'
  | 'AUTRE'
  | 'BESOINS_PARTICULIERS'
  | 'MINEURS_ISOLES'
  | 'PREVENTION_DECROCHAGE';

export type LogCpmsExchangeInput = {
  /** The writer confirms that the capitalised name pairs in the texts are no pupil's. */
  acknowledgeNames?: boolean | null | undefined;
  agreed?: string | null | undefined;
  contractId: string | number;
  occurredOn: string;
  participants: string;
  subject: string;
  way: CpmsExchangeWay;
};

export type LogOncallCallInput = {
  /** What was done — never who called. */
  action: string;
  callerKind: OncallCallerKind;
  category: OncallCallCategory;
  followUpDue?: string | null | undefined;
  poolId: string | number;
  receivedAt: string;
  referredCpmsId?: string | number | null | undefined;
  urgency: OncallUrgency;
};

export type MeetingActionStatus =
  | 'ABANDONNEE'
  | 'A_FAIRE'
  | 'EN_COURS'
  | 'FAITE';

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

export type MeetingStatus =
  | 'ANNULEE'
  | 'PLANIFIEE'
  | 'TENUE';

export type MemberInput = {
  mission: string;
  organisationId: string | number;
  personId: string | number;
  /** …the name of a professional without an account. */
  professionalName?: string | null | undefined;
  service?: string | null | undefined;
  since: string;
  until?: string | null | undefined;
  /** A user of Maillage, or… */
  userId?: string | number | null | undefined;
};

export type MembershipInput = {
  organisationId: string | number;
  roles: Array<Role>;
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

export type NotificationPreferenceInput = {
  kind: NotificationKind;
  mode: NotificationMode;
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

export type OncallCallerKind =
  | 'AUTRE'
  | 'ECOLE'
  | 'ELEVE'
  | 'PARENT';

export type OncallIssueKind =
  | 'PROPRE_BACKUP'
  | 'REPOS'
  | 'SANS_AGENT'
  | 'SANS_BACKUP'
  | 'TROP_LONG';

export type OncallShiftStatus =
  | 'BROUILLON'
  | 'PUBLIE';

export type OncallSwapRole =
  | 'AGENT'
  | 'BACKUP';

export type OncallSwapStatus =
  | 'ANNULE'
  | 'APPROUVE'
  | 'PROPOSE'
  | 'REFUSE';

/** A template of the week: ISO weekday (1 = Monday), local start and end (HH:MM, Brussels; an end at or before the start is on the next day). */
export type OncallTemplateInput = {
  agentId: string | number;
  backupId: string | number;
  endTime: string;
  startTime: string;
  weekday: number;
};

export type OncallUrgency =
  | 'FAIBLE'
  | 'HAUTE'
  | 'MOYENNE'
  | 'VITALE';

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

export type OrientationDutyCellInput = {
  involvement: DutyInvolvement;
  role: DutyRole;
};

export type OrientationSlotInput = {
  activity: SlotActivity;
  halfDay: HalfDay;
  mode?: SlotMode | null | undefined;
  schoolId?: string | number | null | undefined;
  weekday: number;
};

export type PartnerSchoolInput = {
  contactName?: string | null | undefined;
  name: string;
  uai?: string | null | undefined;
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

export type PersonInput = {
  address?: string | null | undefined;
  birthDate?: string | null | undefined;
  domiciled: boolean;
  domiciliationOrganisationId?: string | number | null | undefined;
  email?: string | null | undefined;
  firstNames: string;
  lastName: string;
  phone?: string | null | undefined;
};

/** A step that unlocks a refused action. */
export type PersonStep =
  | 'ADD_MEMBER'
  | 'DECIDE_REFERENCE'
  | 'PROPOSE_REFERENCE';

export type PlanActionInput = {
  byPerson?: boolean | null | undefined;
  dueDate?: string | null | undefined;
  goalId: string | number;
  memberId?: string | number | null | undefined;
  status?: PlanActionStatus | null | undefined;
  title: string;
};

export type PlanActionStatus =
  | 'ABANDONNEE_PAR_LA_PERSONNE'
  | 'ANNULEE_PAR_LA_STRUCTURE'
  | 'EN_ATTENTE'
  | 'EN_COURS'
  | 'EN_PROJET'
  | 'REALISEE';

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

export type PlannedActionInput = {
  period?: string | null | undefined;
  title: string;
};

/** A platform's specific action (atelier, forum, événement…), counted in its bilan. */
export type PlatformActionKind =
  | 'ATELIER'
  | 'AUTRE'
  | 'EVENEMENT'
  | 'FORUM';

export type ProposeOncallSwapInput = {
  note?: string | null | undefined;
  role: OncallSwapRole;
  shiftId: string | number;
  toUserId: string | number;
};

export type PublishOncallPeriodInput = {
  from: string;
  poolId: string | number;
  /** The day after the last one published. */
  to: string;
};

export type QvtAnswerInput = {
  /** For a comment question. */
  comment?: string | null | undefined;
  questionId: string | number;
  /** 1 to 5, for a scale question. */
  scale?: number | null | undefined;
};

export type QvtQuestionInput = {
  highLabel?: string | null | undefined;
  kind: QvtQuestionKind;
  label: string;
  lowLabel?: string | null | undefined;
};

export type QvtQuestionKind =
  | 'COMMENT'
  | 'SCALE';

export type RecordAttendanceInput = {
  entries: Array<AttendanceEntryInput>;
  meetingId: string | number;
  version: number;
};

export type RecordCpmsIndicatorsReachedInput = {
  id: string | number;
  /** The values reached, in the order of the contract's indicators (null: not measured). */
  reached: Array<number | null | undefined>;
  version: number;
};

export type RecordMinutesInput = {
  decisions: Array<string>;
  meetingId: string | number;
  minutes: string;
  version: number;
};

export type ReferenceActionType =
  | 'ACCEPT'
  | 'CHANGE_REFERENT'
  | 'END'
  | 'REFUSE'
  | 'SANS_SUITE';

export type ReferenceDecisionInput = {
  comment?: string | null | undefined;
  /** SANS_SUITE */
  motive?: SansSuiteMotive | null | undefined;
  /** END */
  reason?: ReferenceEndReason | null | undefined;
  referenceId: string | number;
  /** ACCEPT, CHANGE_REFERENT: the entry of the list the PA chose. */
  referentMemberId?: string | number | null | undefined;
  type: ReferenceActionType;
  version: number;
};

export type ReferenceEndReason =
  | 'CHANGEMENT_SITUATION'
  | 'CHOIX_PA'
  | 'FIN_DES_BESOINS'
  | 'REFERENT_PARTI';

export type ReferenceStatus =
  | 'ACCEPTEE'
  | 'PROPOSEE'
  | 'REFUSEE'
  | 'SANS_SUITE'
  | 'TERMINEE';

export type RejectAccessRequestInput = {
  id: string | number;
  /** Why (3 to 500 characters): kept on the request. */
  reason: string;
  version: number;
};

export type ReplaceOncallTemplatesInput = {
  poolId: string | number;
  templates: Array<OncallTemplateInput>;
  /** The pool's version: the week of templates is replaced as a whole. */
  version: number;
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

export type SansSuiteMotive =
  | 'AUTRE'
  | 'INTERVENANT_UNIQUE'
  | 'PA_INJOIGNABLE'
  | 'SITUATION_STABILISEE';

export type SaveBilanSectionsInput = {
  from: string;
  platformId: string | number;
  sections: BilanSectionsInput;
  to: string;
  /** The version read (0 when there was none). */
  version: number;
};

/** A CIO's grid of a month: it replaces that month's counts (a cell left out counts 0). */
export type SaveInterviewCountsInput = {
  cioId: string | number;
  counts: Array<InterviewCountCellInput>;
  /** yyyy-mm. */
  month: string;
};

export type ScheduleCpmsConcertationInput = {
  contractId: string | number;
  endsAt: string;
  place: string;
  startsAt: string;
  title: string;
};

export type ScheduleMeetingInput = {
  agenda?: Array<string> | null | undefined;
  /** The convening CIO (a concertation or a thematic action); exactly one of platformId and cioId. */
  cioId?: string | number | null | undefined;
  communes?: Array<string> | null | undefined;
  endsAt: string;
  guests?: Array<GuestInput> | null | undefined;
  invitedOrganisationIds?: Array<string | number> | null | undefined;
  invitedUserIds?: Array<string | number> | null | undefined;
  kind: MeetingKind;
  otherPlatformIds?: Array<string | number> | null | undefined;
  /** A thematic action's parcours (required for ACTION_THEMATIQUE, refused otherwise). */
  parcours?: ThematicParcours | null | undefined;
  place?: string | null | undefined;
  /** The convening platform; exactly one of platformId and cioId. */
  platformId?: string | number | null | undefined;
  /** Continues the series of that meeting (its unfinished actions carry over). */
  previousMeetingId?: string | number | null | undefined;
  situations?: Array<SituationInput> | null | undefined;
  startsAt: string;
  theme?: string | null | undefined;
  title: string;
  visioUrl?: string | null | undefined;
};

export type SchoolLevel =
  | 'COLLEGE'
  | 'ELEMENTAIRE'
  | 'LYCEE';

export type SetOncallPhoneInput = {
  /** Empty or null clears the number. */
  onCallPhone?: string | null | undefined;
  poolId: string | number;
  userId: string | number;
};

export type SetPsyenQuotityInput = {
  cioId: string | number;
  quotityPercent: number;
  userId: string | number;
  version: number;
};

export type SetPsyenWeekInput = {
  cioId: string | number;
  periodId: string | number;
  slots: Array<OrientationSlotInput>;
  userId: string | number;
  /** The PsyEn's service version (PsyenPeriodService.version). */
  version: number;
};

export type SetWorkPlanActionStatusInput = {
  id: string | number;
  status: WorkPlanActionStatus;
  version: number;
};

export type SignCpmsContractInput = {
  id: string | number;
  party: CpmsContractParty;
  version: number;
};

/** How a session was signed in. */
export type SignInMethod =
  | 'PASSWORD'
  | 'PROCONNECT';

export type SignalInput = {
  address?: string | null | undefined;
  /** yyyy-mm-dd */
  birthDate: string;
  comment?: string | null | undefined;
  commune?: string | null | undefined;
  email?: string | null | undefined;
  firstNames: string;
  ine?: string | null | undefined;
  lastName: string;
  phone?: string | null | undefined;
  platformId: string | number;
  postalCode?: string | null | undefined;
  sourceKind: SignalSource;
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
  caseId: string | number;
  proposal?: string | null | undefined;
};

export type SlotActivity =
  | 'CONCERTATION'
  | 'ENTRETIENS_EXTERNALISES'
  | 'ETABLISSEMENT'
  | 'PERMANENCE';

export type SlotMode =
  | 'DISTANCE'
  | 'SUR_SITE';

export type SolutionOfferFilter = {
  /** The offers active on that date. */
  activeOn?: string | null | undefined;
  /** An age in years: the offers open at that age. */
  age?: number | null | undefined;
  /** INSEE code of a commune: the offers serving it (or the whole territory). */
  commune?: string | null | undefined;
  /** A commune by name (a young person's address): the offers serving it or the whole territory. */
  communeName?: string | null | undefined;
  platformId?: string | number | null | undefined;
  /** Part of the name (accents and case ignored, close spellings found). */
  search?: string | null | undefined;
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

export type SyntheseInput = {
  participantMemberIds: Array<string | number>;
  personId: string | number;
  requestedBy: SyntheseRequester;
  scheduledAt: string;
  subject: string;
};

export type SyntheseRequester =
  | 'PA'
  | 'REFERENT';

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

export type UpdateCpmsContractInput = {
  actions: Array<string>;
  cpmsCommitments?: string | null | undefined;
  id: string | number;
  indicators: Array<CpmsIndicatorInput>;
  informationFlows: Array<CpmsInformationFlowInput>;
  objectiveCodes: Array<CpmsSystemObjective>;
  schoolCommitments?: string | null | undefined;
  version: number;
};

export type UpdateCpmsObjectivesContractInput = {
  contractIds: Array<string | number>;
  endsOn: string;
  id: string | number;
  indicators: Array<CpmsIndicatorInput>;
  objectives: Array<string>;
  startsOn: string;
  title: string;
  version: number;
};

export type UpdateCpmsSchoolPlanInput = {
  endEvaluationOn: string;
  endEvaluationResult?: string | null | undefined;
  endsOn: string;
  id: string | number;
  midEvaluationOn?: string | null | undefined;
  midEvaluationResult?: string | null | undefined;
  objectives: Array<CpmsPlanObjectiveInput>;
  startsOn: string;
  title: string;
  version: number;
};

export type UpdateEvaluationCriterionInput = {
  baseline?: number | null | undefined;
  id: string | number;
  indicator: string;
  label: string;
  target?: number | null | undefined;
  unit?: string | null | undefined;
  version: number;
};

export type UpdateMeetingActionInput = {
  dueDate?: string | null | undefined;
  id: string | number;
  note?: string | null | undefined;
  status?: MeetingActionStatus | null | undefined;
  version: number;
};

export type UpdateMeetingInput = {
  agenda?: Array<string> | null | undefined;
  communes?: Array<string> | null | undefined;
  endsAt?: string | null | undefined;
  guests?: Array<GuestInput> | null | undefined;
  id: string | number;
  invitedOrganisationIds?: Array<string | number> | null | undefined;
  invitedUserIds?: Array<string | number> | null | undefined;
  /** An INTER_PSAD or COPIL_REGIONAL meeting's gathered platforms, the convening one aside: the referents of those added are invited, of those removed told it is cancelled for them. */
  otherPlatformIds?: Array<string | number> | null | undefined;
  place?: string | null | undefined;
  situations?: Array<SituationInput> | null | undefined;
  startsAt?: string | null | undefined;
  theme?: string | null | undefined;
  title?: string | null | undefined;
  version: number;
  visioUrl?: string | null | undefined;
};

export type UpdateOncallRulesInput = {
  maxShiftHours: number;
  minRestHours: number;
  poolId: string | number;
  version: number;
};

export type UpdateOrganisationInput = {
  address?: string | null | undefined;
  communeInsee?: string | null | undefined;
  communeName?: string | null | undefined;
  email?: string | null | undefined;
  fase?: string | null | undefined;
  id: string | number;
  kind?: OrganisationKind | null | undefined;
  lyceeTeteDeReseau?: boolean | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
  postalCode?: string | null | undefined;
  /** 14 digits (spaces allowed); unique. */
  siret?: string | null | undefined;
  territoryId?: string | number | null | undefined;
  /** Europe/Paris or Europe/Brussels; left out, the kind's own. */
  timeZone?: string | null | undefined;
  uai?: string | null | undefined;
  /** The version read; a stale one gets CONFLICT. */
  version: number;
  website?: string | null | undefined;
};

export type UpdateOrientationDutyInput = {
  cells: Array<OrientationDutyCellInput>;
  id: string | number;
  label: string;
  version: number;
};

export type UpdateOrientationNetworkInput = {
  headSchoolId: string | number;
  id: string | number;
  name: string;
  psyenIds: Array<string | number>;
  schoolIds: Array<string | number>;
  version: number;
};

export type UpdatePlanActionInput = {
  byPerson?: boolean | null | undefined;
  dueDate?: string | null | undefined;
  id: string | number;
  memberId?: string | number | null | undefined;
  status?: PlanActionStatus | null | undefined;
  title?: string | null | undefined;
  version: number;
};

export type UpdatePlatformActionInput = {
  caseIds?: Array<string | number> | null | undefined;
  description?: string | null | undefined;
  heldOn: string;
  id: string | number;
  kind: PlatformActionKind;
  participants?: number | null | undefined;
  partnerOrganisationIds?: Array<string | number> | null | undefined;
  title: string;
  version: number;
};

export type UpdatePlatformInput = {
  id: string | number;
  name?: string | null | undefined;
  partnerIds?: Array<string | number> | null | undefined;
  referentIds?: Array<string | number> | null | undefined;
  territoryId?: string | number | null | undefined;
  version: number;
};

export type UpdateSolutionOfferInput = {
  activeFrom?: string | null | undefined;
  activeUntil?: string | null | undefined;
  ageMax?: number | null | undefined;
  ageMin?: number | null | undefined;
  communes?: Array<string> | null | undefined;
  conditions?: string | null | undefined;
  contact?: string | null | undefined;
  id: string | number;
  name: string;
  organisationId?: string | number | null | undefined;
  places?: number | null | undefined;
  solutionType: SolutionType;
  version: number;
};

export type UpdateTransversalFileInput = {
  documentLinks: Array<string>;
  id: string | number;
  kind: TransversalFileKind;
  pilotUserId?: string | number | null | undefined;
  since: string;
  status: TransversalFileStatus;
  summary?: string | null | undefined;
  title: string;
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

export type UpdateVeilleDocumentInput = {
  id: string | number;
  publishedOn?: string | null | undefined;
  summary?: string | null | undefined;
  title: string;
  url: string;
  version: number;
};

export type UpdateWebhookEndpointInput = {
  /** Empty: removed. */
  description?: string | null | undefined;
  eventTypes?: Array<string> | null | undefined;
  id: string | number;
  url?: string | null | undefined;
  version: number;
};

export type UpdateWorkPlanActionInput = {
  endMonth: string;
  evidenceUrl?: string | null | undefined;
  id: string | number;
  minutesMeetingId?: string | number | null | undefined;
  personIds: Array<string | number>;
  roles: Array<DutyRole>;
  startMonth: string;
  status: WorkPlanActionStatus;
  title: string;
  version: number;
};

export type UserFilter = {
  includeInactive?: boolean | null | undefined;
  organisationId?: string | number | null | undefined;
  role?: Role | null | undefined;
  search?: string | null | undefined;
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

export type Weekday =
  | 'DIMANCHE'
  | 'JEUDI'
  | 'LUNDI'
  | 'MARDI'
  | 'MERCREDI'
  | 'SAMEDI'
  | 'VENDREDI';

export type WeeklySessionInput = {
  day: Weekday;
  durationMinutes: number;
  start: string;
};

export type WithdrawOncallSwapInput = {
  swapId: string | number;
  version: number;
};

export type WorkPlanActionStatus =
  | 'ABANDONNE'
  | 'A_FAIRE'
  | 'EN_COURS'
  | 'FAIT'
  | 'REPORTE';

/** Whether a plan's months are over, hold today, or are to come. */
export type WorkPlanState =
  | 'CURRENT'
  | 'FINISHED'
  | 'FUTURE';

export type ChangeOwnPasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangeOwnPasswordMutation = { changeOwnPassword: boolean };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { mySessions: Array<{ id: string, createdAt: string, lastUsedAt: string, device: string | null, browser: string | null, addressPrefix: string | null, method: SignInMethod, secondFactor: boolean, current: boolean }> };

export type RevokeSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeSessionMutation = { revokeSession: boolean };

export type RevokeOtherSessionsMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeOtherSessionsMutation = { revokeOtherSessions: number };

export type OutboxEmailsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OutboxEmailsQuery = { outboxEmails: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, toAddress: string, kind: string, kindLabel: string, subject: string, createdAt: string, deliveredVia: EmailDelivery | null, sentAt: string | null }> } };

export type OutboxEmailQueryVariables = Exact<{
  id: string | number;
}>;


export type OutboxEmailQuery = { outboxEmail: { id: string, toAddress: string, kindLabel: string, subject: string, createdAt: string, deliveredVia: EmailDelivery | null, sentAt: string | null, textBody: string } | null };

export type BackgroundQueuesQueryVariables = Exact<{ [key: string]: never; }>;


export type BackgroundQueuesQuery = { backgroundQueues: Array<{ name: string, label: string, created: number, retry: number, active: number, completed: number, failed: number, cancelled: number, deadLetter: number, cron: string | null, scheduleLabel: string | null }> };

export type BackgroundJobsQueryVariables = Exact<{
  queue?: string | null | undefined;
  state?: BackgroundJobState | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BackgroundJobsQuery = { backgroundJobs: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, queue: string, queueLabel: string, state: BackgroundJobState, createdOn: string, startedOn: string | null, completedOn: string | null, retryCount: number, retryLimit: number, error: string | null }> } };

export type RetryBackgroundJobMutationVariables = Exact<{
  queue: string;
  id: string | number;
}>;


export type RetryBackgroundJobMutation = { retryBackgroundJob: { id: string, state: BackgroundJobState } };

export type AuditEventsQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, occurredAt: string, action: string, actionLabel: string, outcome: AuditOutcome, subjectType: string | null, subjectId: string | null, recordType: string | null, recordCount: number | null, requestId: string | null, actorId: string | null, subject: { type: string, id: string, kindLabel: string, label: string, named: boolean } | null, actor: { id: string, displayName: string } | null }> } };

export type AuditUsersQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type AuditUsersQuery = { users: { totalCount: number, nodes: Array<{ id: string, displayName: string, email: string }> } };

export type CaseDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseDetailQuery = { case: { id: string, version: number, episode: number, status: CaseStatus, source: CaseSource, campaign: string | null, assignedAt: string | null, firstAttemptAt: string | null, lastAttemptAt: string | null, reachedAt: string | null, solutionType: SolutionType | null, solutionStartDate: string | null, closeOutcome: CloseOutcome | null, closeComment: string | null, closedAt: string | null, convocationDate: string | null, allowedActions: Array<CaseActionType>, createdAt: string, updatedAt: string, platform: { id: string, name: string, partners: Array<{ id: string, name: string }> } | null, youngPerson: { id: string, ine: string | null, lastName: string, firstNames: string, birthDate: string, sex: string | null, address: string | null, postalCode: string | null, commune: string | null, phone: string | null, email: string | null, lastSchoolUai: string | null, lastFormation: string | null, schoolExitDate: string | null, highestDiploma: string | null } | null, assignedOrganisation: { id: string, name: string } | null, assignedCounsellor: { id: string, displayName: string } | null, solutionOrganisation: { id: string, name: string } | null, solutionOffer: { id: string, name: string } | null, flags: { minorWithoutSolution: boolean, noContactAfterAssignment: boolean, injoignableReached: boolean, obligationFormationDueDate: string | null, obligationFormationOverdue: boolean }, contactAttempts: Array<{ id: string, attemptedAt: string, channel: ContactChannel, result: ContactResult, actor: { id: string, displayName: string } | null }>, timeline: Array<{ id: string, occurredAt: string, kind: string, data: unknown, actor: { id: string, displayName: string } | null }>, pendingTransfer: { id: string, status: string, reason: string | null, proposedAt: string, fromPlatformId: string, fromOrganisationId: string | null, toPlatformId: string, toOrganisationId: string | null, toPlatform: { id: string, name: string } | null, toOrganisation: { id: string, name: string } | null, proposedBy: { id: string, displayName: string } | null } | null } | null };

export type CasePlatformsQueryVariables = Exact<{ [key: string]: never; }>;


export type CasePlatformsQuery = { platforms: Array<{ id: string, name: string }> };

export type CaseContactAttemptMutationVariables = Exact<{
  caseId: string | number;
  version: number;
  attemptedAt: string;
  channel: ContactChannel;
  result: ContactResult;
}>;


export type CaseContactAttemptMutation = { recordContactAttempt: { id: string, version: number, status: CaseStatus } };

export type CaseSituationCheckMutationVariables = Exact<{
  caseId: string | number;
  version: number;
  finding: SituationFinding;
  note?: string | null | undefined;
}>;


export type CaseSituationCheckMutation = { recordSituationCheck: { id: string, version: number, status: CaseStatus } };

export type CaseSolutionMutationVariables = Exact<{
  caseId: string | number;
  version: number;
  type: SolutionType;
  startDate: string;
  organisationId?: string | number | null | undefined;
  offerId?: string | number | null | undefined;
}>;


export type CaseSolutionMutation = { recordSolution: { id: string, version: number, status: CaseStatus } };

export type CaseCloseMutationVariables = Exact<{
  caseId: string | number;
  version: number;
  outcome: CloseOutcome;
  comment?: string | null | undefined;
}>;


export type CaseCloseMutation = { closeCase: { id: string, version: number, status: CaseStatus } };

export type CaseReopenMutationVariables = Exact<{
  caseId: string | number;
}>;


export type CaseReopenMutation = { reopenCase: { id: string, version: number, status: CaseStatus, episode: number } };

export type CaseProposeTransferMutationVariables = Exact<{
  caseId: string | number;
  version: number;
  toOrganisationId?: string | number | null | undefined;
  toPlatformId?: string | number | null | undefined;
  reason: string;
}>;


export type CaseProposeTransferMutation = { proposeTransfer: { id: string, status: string } };

export type TransferListItemFragment = { id: string, status: string, reason: string | null, proposedAt: string, fromPlatform: { id: string, name: string } | null, fromOrganisation: { id: string, name: string } | null, toPlatform: { id: string, name: string } | null, toOrganisation: { id: string, name: string } | null, proposedBy: { id: string, displayName: string } | null, case: { id: string, status: CaseStatus, youngPerson: { id: string, lastName: string, firstNames: string } | null } | null };

export type IncomingTransfersQueryVariables = Exact<{ [key: string]: never; }>;


export type IncomingTransfersQuery = { incomingTransfers: Array<{ id: string, status: string, reason: string | null, proposedAt: string, fromPlatform: { id: string, name: string } | null, fromOrganisation: { id: string, name: string } | null, toPlatform: { id: string, name: string } | null, toOrganisation: { id: string, name: string } | null, proposedBy: { id: string, displayName: string } | null, case: { id: string, status: CaseStatus, youngPerson: { id: string, lastName: string, firstNames: string } | null } | null }> };

export type OutgoingTransfersQueryVariables = Exact<{ [key: string]: never; }>;


export type OutgoingTransfersQuery = { outgoingTransfers: Array<{ id: string, status: string, reason: string | null, proposedAt: string, fromPlatform: { id: string, name: string } | null, fromOrganisation: { id: string, name: string } | null, toPlatform: { id: string, name: string } | null, toOrganisation: { id: string, name: string } | null, proposedBy: { id: string, displayName: string } | null, case: { id: string, status: CaseStatus, youngPerson: { id: string, lastName: string, firstNames: string } | null } | null }> };

export type AcceptTransferMutationVariables = Exact<{
  transferId: string | number;
}>;


export type AcceptTransferMutation = { acceptTransfer: { id: string, status: string } };

export type RefuseTransferMutationVariables = Exact<{
  transferId: string | number;
  reason: string;
}>;


export type RefuseTransferMutation = { refuseTransfer: { id: string, status: string } };

export type CancelTransferMutationVariables = Exact<{
  transferId: string | number;
}>;


export type CancelTransferMutation = { cancelTransfer: { id: string, status: string } };

export type CaseSolutionOffersQueryVariables = Exact<{
  filter?: SolutionOfferFilter | null | undefined;
}>;


export type CaseSolutionOffersQuery = { solutionOffers: { nodes: Array<{ id: string, name: string, solutionType: SolutionType, activeFrom: string | null, activeUntil: string | null, organisation: { id: string, name: string } | null }> } };

export type WorklistCaseFragment = { id: string, version: number, status: CaseStatus, source: CaseSource, campaign: string | null, lastAttemptAt: string | null, assignedOrganisation: { id: string, name: string } | null, youngPerson: { id: string, ine: string | null, lastName: string, firstNames: string, birthDate: string, commune: string | null } | null, flags: { minorWithoutSolution: boolean, noContactAfterAssignment: boolean, injoignableReached: boolean, obligationFormationOverdue: boolean } };

export type PlatformCasesQueryVariables = Exact<{
  platformId: string | number;
  filter?: CaseFilter | null | undefined;
  orderBy?: CaseOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  offset?: number | null | undefined;
}>;


export type PlatformCasesQuery = { cases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, version: number, status: CaseStatus, source: CaseSource, campaign: string | null, lastAttemptAt: string | null, assignedOrganisation: { id: string, name: string } | null, youngPerson: { id: string, ine: string | null, lastName: string, firstNames: string, birthDate: string, commune: string | null } | null, flags: { minorWithoutSolution: boolean, noContactAfterAssignment: boolean, injoignableReached: boolean, obligationFormationOverdue: boolean } }> } };

export type AssignedCasesQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
  orderBy?: CaseOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  offset?: number | null | undefined;
}>;


export type AssignedCasesQuery = { assignedCases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, version: number, status: CaseStatus, source: CaseSource, campaign: string | null, lastAttemptAt: string | null, assignedOrganisation: { id: string, name: string } | null, youngPerson: { id: string, ine: string | null, lastName: string, firstNames: string, birthDate: string, commune: string | null } | null, flags: { minorWithoutSolution: boolean, noContactAfterAssignment: boolean, injoignableReached: boolean, obligationFormationOverdue: boolean } }> } };

export type AssignCasesMutationVariables = Exact<{
  platformId: string | number;
  cases: Array<CaseVersionInput> | CaseVersionInput;
  organisationId: string | number;
  counsellorId?: string | number | null | undefined;
  reason?: string | null | undefined;
}>;


export type AssignCasesMutation = { assignCases: Array<{ id: string, version: number, status: CaseStatus }> };

export type ReassignCaseToMutationVariables = Exact<{
  caseId: string | number;
  version: number;
  organisationId: string | number;
  counsellorId?: string | number | null | undefined;
  reason?: string | null | undefined;
}>;


export type ReassignCaseToMutation = { reassignCase: { id: string, version: number, status: CaseStatus } };

export type PartnerCounsellorsQueryVariables = Exact<{
  platformId: string | number;
  organisationId: string | number;
}>;


export type PartnerCounsellorsQuery = { partnerCounsellors: Array<{ id: string, displayName: string }> };

export type ClasYearConfigFieldsFragment = { schoolYear: string, ratePercent: number, ceilingCentsPerGroup: number, minChildren: number, maxChildren: number, maxChildrenPerAdult: number, warnChildrenPerAdult: number, recommendedSessionsPerWeek: number, latestStartDate: string, earliestEndDate: string, maxBreakWeeks: number, configured: boolean, version: number, classHours: Array<{ day: Weekday, start: string, end: string }> };

export type ClasYearConfigQueryVariables = Exact<{
  schoolYear: string;
}>;


export type ClasYearConfigQuery = { clasYearConfig: { schoolYear: string, ratePercent: number, ceilingCentsPerGroup: number, minChildren: number, maxChildren: number, maxChildrenPerAdult: number, warnChildrenPerAdult: number, recommendedSessionsPerWeek: number, latestStartDate: string, earliestEndDate: string, maxBreakWeeks: number, configured: boolean, version: number, classHours: Array<{ day: Weekday, start: string, end: string }> } };

export type SetClasYearConfigMutationVariables = Exact<{
  input: ClasYearConfigInput;
}>;


export type SetClasYearConfigMutation = { setClasYearConfig: { schoolYear: string, ratePercent: number, ceilingCentsPerGroup: number, minChildren: number, maxChildren: number, maxChildrenPerAdult: number, warnChildrenPerAdult: number, recommendedSessionsPerWeek: number, latestStartDate: string, earliestEndDate: string, maxBreakWeeks: number, configured: boolean, version: number, classHours: Array<{ day: Weekday, start: string, end: string }> } };

export type LogClasSessionMutationVariables = Exact<{
  groupId: string | number;
  heldOn: string;
  childrenPresent: number;
  note?: string | null | undefined;
  presentRosterIds?: Array<string | number> | string | number | null | undefined;
}>;


export type LogClasSessionMutation = { logClasSession: { id: string } };

export type LogClasActivityMutationVariables = Exact<{
  projectId: string | number;
  kind: ClasActivityLogKind;
  heldOn: string;
  title: string;
  participants?: number | null | undefined;
}>;


export type LogClasActivityMutation = { logClasActivity: { id: string } };

export type SetClasRosterMutationVariables = Exact<{
  groupId: string | number;
  names: Array<string> | string;
}>;


export type SetClasRosterMutation = { setClasRoster: Array<{ id: string, name: string }> };

export type SubmitClasBilanMutationVariables = Exact<{
  projectId: string | number;
  version: number;
  assessment: string;
}>;


export type SubmitClasBilanMutation = { submitClasBilan: { id: string, version: number, schoolYear: string, title: string, status: ClasStatus, diagnostic: string, charterSigned: boolean, inDepartmentalFramework: boolean, concertationDescription: string, activityKinds: Array<ClasActivityKind>, localPartners: Array<string>, fundingEstimateCents: number, allowedActions: Array<ClasActionType>, editable: boolean, submittedAt: string | null, createdAt: string, updatedAt: string, organisation: { id: string, name: string }, departement: { id: string, name: string, code: string | null }, schools: Array<{ name: string, uai: string | null, contactName: string | null }>, parentActions: Array<{ title: string, period: string | null }>, concertationActions: Array<{ title: string, period: string | null }>, groups: Array<{ id: string, label: string, level: SchoolLevel, childrenCount: number, startDate: string | null, endDate: string | null, longestBreakWeeks: number, place: string | null, eligibleCostCents: number, otherFundingCents: number, fundingEstimateCents: number, accompagnateurs: Array<{ label: string, kind: AccompagnateurKind, training: TrainingStatus }>, sessions: Array<{ day: Weekday, start: string, durationMinutes: number }>, sessionLogs: Array<{ id: string, heldOn: string, childrenPresent: number, note: string | null, presentRosterIds: Array<string> | null }>, roster: Array<{ id: string, name: string }> | null }>, eligibility: { eligible: boolean, failures: number, warnings: number, results: Array<{ rule: ClasRule, groupIndex: number | null, groupLabel: string | null, outcome: RuleOutcome, value: string, threshold: string, message: string }> }, config: { schoolYear: string, ratePercent: number, ceilingCentsPerGroup: number, minChildren: number, maxChildren: number, maxChildrenPerAdult: number, warnChildrenPerAdult: number, recommendedSessionsPerWeek: number, latestStartDate: string, earliestEndDate: string, maxBreakWeeks: number, configured: boolean, version: number, classHours: Array<{ day: Weekday, start: string, end: string }> }, decisions: Array<{ id: string, decision: ClasDecisionKind, reasons: string, amountGrantedCents: number | null, decidedAt: string, eligibility: { eligible: boolean, failures: number, warnings: number, results: Array<{ rule: ClasRule, groupIndex: number | null, groupLabel: string | null, outcome: RuleOutcome, value: string, threshold: string, message: string }> }, config: { schoolYear: string, ratePercent: number, ceilingCentsPerGroup: number, minChildren: number, maxChildren: number, maxChildrenPerAdult: number, warnChildrenPerAdult: number, recommendedSessionsPerWeek: number, latestStartDate: string, earliestEndDate: string, maxBreakWeeks: number, configured: boolean, version: number, classHours: Array<{ day: Weekday, start: string, end: string }> }, decidedBy: { id: string, displayName: string } | null }>, decision: { id: string, decision: ClasDecisionKind, reasons: string, amountGrantedCents: number | null, decidedAt: string } | null, comments: Array<{ id: string, body: string, authorParty: string, createdAt: string, author: { id: string, displayName: string } | null }>, activityLogs: Array<{ id: string, kind: ClasActivityLogKind, heldOn: string, title: string, participants: number | null }>, bilan: { sessionsPlanned: number, sessionsHeld: number, attendanceRate: number | null, parentActionsPlanned: number, parentActionsHeld: number, concertationPlanned: number, concertationHeld: number, assessment: string | null, submittedAt: string | null } } };

export type ClasEligibilityFieldsFragment = { eligible: boolean, failures: number, warnings: number, results: Array<{ rule: ClasRule, groupIndex: number | null, groupLabel: string | null, outcome: RuleOutcome, value: string, threshold: string, message: string }> };

export type ClasProjectDetailFragment = { id: string, version: number, schoolYear: string, title: string, status: ClasStatus, diagnostic: string, charterSigned: boolean, inDepartmentalFramework: boolean, concertationDescription: string, activityKinds: Array<ClasActivityKind>, localPartners: Array<string>, fundingEstimateCents: number, allowedActions: Array<ClasActionType>, editable: boolean, submittedAt: string | null, createdAt: string, updatedAt: string, organisation: { id: string, name: string }, departement: { id: string, name: string, code: string | null }, schools: Array<{ name: string, uai: string | null, contactName: string | null }>, parentActions: Array<{ title: string, period: string | null }>, concertationActions: Array<{ title: string, period: string | null }>, groups: Array<{ id: string, label: string, level: SchoolLevel, childrenCount: number, startDate: string | null, endDate: string | null, longestBreakWeeks: number, place: string | null, eligibleCostCents: number, otherFundingCents: number, fundingEstimateCents: number, accompagnateurs: Array<{ label: string, kind: AccompagnateurKind, training: TrainingStatus }>, sessions: Array<{ day: Weekday, start: string, durationMinutes: number }>, sessionLogs: Array<{ id: string, heldOn: string, childrenPresent: number, note: string | null, presentRosterIds: Array<string> | null }>, roster: Array<{ id: string, name: string }> | null }>, eligibility: { eligible: boolean, failures: number, warnings: number, results: Array<{ rule: ClasRule, groupIndex: number | null, groupLabel: string | null, outcome: RuleOutcome, value: string, threshold: string, message: string }> }, config: { schoolYear: string, ratePercent: number, ceilingCentsPerGroup: number, minChildren: number, maxChildren: number, maxChildrenPerAdult: number, warnChildrenPerAdult: number, recommendedSessionsPerWeek: number, latestStartDate: string, earliestEndDate: string, maxBreakWeeks: number, configured: boolean, version: number, classHours: Array<{ day: Weekday, start: string, end: string }> }, decisions: Array<{ id: string, decision: ClasDecisionKind, reasons: string, amountGrantedCents: number | null, decidedAt: string, eligibility: { eligible: boolean, failures: number, warnings: number, results: Array<{ rule: ClasRule, groupIndex: number | null, groupLabel: string | null, outcome: RuleOutcome, value: string, threshold: string, message: string }> }, config: { schoolYear: string, ratePercent: number, ceilingCentsPerGroup: number, minChildren: number, maxChildren: number, maxChildrenPerAdult: number, warnChildrenPerAdult: number, recommendedSessionsPerWeek: number, latestStartDate: string, earliestEndDate: string, maxBreakWeeks: number, configured: boolean, version: number, classHours: Array<{ day: Weekday, start: string, end: string }> }, decidedBy: { id: string, displayName: string } | null }>, decision: { id: string, decision: ClasDecisionKind, reasons: string, amountGrantedCents: number | null, decidedAt: string } | null, comments: Array<{ id: string, body: string, authorParty: string, createdAt: string, author: { id: string, displayName: string } | null }>, activityLogs: Array<{ id: string, kind: ClasActivityLogKind, heldOn: string, title: string, participants: number | null }>, bilan: { sessionsPlanned: number, sessionsHeld: number, attendanceRate: number | null, parentActionsPlanned: number, parentActionsHeld: number, concertationPlanned: number, concertationHeld: number, assessment: string | null, submittedAt: string | null } };

export type ClasProjectsQueryVariables = Exact<{
  filter?: ClasProjectFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  offset?: number | null | undefined;
}>;


export type ClasProjectsQuery = { clasProjects: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, schoolYear: string, status: ClasStatus, fundingEstimateCents: number, submittedAt: string | null, updatedAt: string, organisation: { id: string, name: string }, groups: Array<{ id: string }>, eligibility: { eligible: boolean, failures: number, warnings: number }, decision: { id: string, decision: ClasDecisionKind, amountGrantedCents: number | null } | null }> } };

export type ClasStatusCountsQueryVariables = Exact<{
  schoolYear?: string | null | undefined;
}>;


export type ClasStatusCountsQuery = { depose: { totalCount: number }, enInstruction: { totalCount: number }, aCompleter: { totalCount: number }, accepte: { totalCount: number }, refuse: { totalCount: number }, bilanDepose: { totalCount: number }, cloture: { totalCount: number } };

export type ClasWaitingSchoolYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type ClasWaitingSchoolYearsQuery = { clasWaitingSchoolYears: Array<string> };

export type ClasProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type ClasProjectQuery = { clasProject: { id: string, version: number, schoolYear: string, title: string, status: ClasStatus, diagnostic: string, charterSigned: boolean, inDepartmentalFramework: boolean, concertationDescription: string, activityKinds: Array<ClasActivityKind>, localPartners: Array<string>, fundingEstimateCents: number, allowedActions: Array<ClasActionType>, editable: boolean, submittedAt: string | null, createdAt: string, updatedAt: string, organisation: { id: string, name: string }, departement: { id: string, name: string, code: string | null }, schools: Array<{ name: string, uai: string | null, contactName: string | null }>, parentActions: Array<{ title: string, period: string | null }>, concertationActions: Array<{ title: string, period: string | null }>, groups: Array<{ id: string, label: string, level: SchoolLevel, childrenCount: number, startDate: string | null, endDate: string | null, longestBreakWeeks: number, place: string | null, eligibleCostCents: number, otherFundingCents: number, fundingEstimateCents: number, accompagnateurs: Array<{ label: string, kind: AccompagnateurKind, training: TrainingStatus }>, sessions: Array<{ day: Weekday, start: string, durationMinutes: number }>, sessionLogs: Array<{ id: string, heldOn: string, childrenPresent: number, note: string | null, presentRosterIds: Array<string> | null }>, roster: Array<{ id: string, name: string }> | null }>, eligibility: { eligible: boolean, failures: number, warnings: number, results: Array<{ rule: ClasRule, groupIndex: number | null, groupLabel: string | null, outcome: RuleOutcome, value: string, threshold: string, message: string }> }, config: { schoolYear: string, ratePercent: number, ceilingCentsPerGroup: number, minChildren: number, maxChildren: number, maxChildrenPerAdult: number, warnChildrenPerAdult: number, recommendedSessionsPerWeek: number, latestStartDate: string, earliestEndDate: string, maxBreakWeeks: number, configured: boolean, version: number, classHours: Array<{ day: Weekday, start: string, end: string }> }, decisions: Array<{ id: string, decision: ClasDecisionKind, reasons: string, amountGrantedCents: number | null, decidedAt: string, eligibility: { eligible: boolean, failures: number, warnings: number, results: Array<{ rule: ClasRule, groupIndex: number | null, groupLabel: string | null, outcome: RuleOutcome, value: string, threshold: string, message: string }> }, config: { schoolYear: string, ratePercent: number, ceilingCentsPerGroup: number, minChildren: number, maxChildren: number, maxChildrenPerAdult: number, warnChildrenPerAdult: number, recommendedSessionsPerWeek: number, latestStartDate: string, earliestEndDate: string, maxBreakWeeks: number, configured: boolean, version: number, classHours: Array<{ day: Weekday, start: string, end: string }> }, decidedBy: { id: string, displayName: string } | null }>, decision: { id: string, decision: ClasDecisionKind, reasons: string, amountGrantedCents: number | null, decidedAt: string } | null, comments: Array<{ id: string, body: string, authorParty: string, createdAt: string, author: { id: string, displayName: string } | null }>, activityLogs: Array<{ id: string, kind: ClasActivityLogKind, heldOn: string, title: string, participants: number | null }>, bilan: { sessionsPlanned: number, sessionsHeld: number, attendanceRate: number | null, parentActionsPlanned: number, parentActionsHeld: number, concertationPlanned: number, concertationHeld: number, assessment: string | null, submittedAt: string | null } } | null };

export type ClasDashboardQueryVariables = Exact<{
  schoolYear: string;
  departementId?: string | number | null | undefined;
}>;


export type ClasDashboardQuery = { clasDashboard: { schoolYear: string, projects: number, groups: number, children: number, accompagnateurs: number, eligibleProjects: number, fundingRequestedCents: number, fundingGrantedCents: number, departement: { id: string, name: string, code: string | null }, byStatus: Array<{ status: ClasStatus, count: number }> } };

export type CreateClasProjectMutationVariables = Exact<{
  organisationId: string | number;
  content: ClasProjectContentInput;
}>;


export type CreateClasProjectMutation = { createClasProject: { id: string, version: number, schoolYear: string, title: string, status: ClasStatus, diagnostic: string, charterSigned: boolean, inDepartmentalFramework: boolean, concertationDescription: string, activityKinds: Array<ClasActivityKind>, localPartners: Array<string>, fundingEstimateCents: number, allowedActions: Array<ClasActionType>, editable: boolean, submittedAt: string | null, createdAt: string, updatedAt: string, organisation: { id: string, name: string }, departement: { id: string, name: string, code: string | null }, schools: Array<{ name: string, uai: string | null, contactName: string | null }>, parentActions: Array<{ title: string, period: string | null }>, concertationActions: Array<{ title: string, period: string | null }>, groups: Array<{ id: string, label: string, level: SchoolLevel, childrenCount: number, startDate: string | null, endDate: string | null, longestBreakWeeks: number, place: string | null, eligibleCostCents: number, otherFundingCents: number, fundingEstimateCents: number, accompagnateurs: Array<{ label: string, kind: AccompagnateurKind, training: TrainingStatus }>, sessions: Array<{ day: Weekday, start: string, durationMinutes: number }>, sessionLogs: Array<{ id: string, heldOn: string, childrenPresent: number, note: string | null, presentRosterIds: Array<string> | null }>, roster: Array<{ id: string, name: string }> | null }>, eligibility: { eligible: boolean, failures: number, warnings: number, results: Array<{ rule: ClasRule, groupIndex: number | null, groupLabel: string | null, outcome: RuleOutcome, value: string, threshold: string, message: string }> }, config: { schoolYear: string, ratePercent: number, ceilingCentsPerGroup: number, minChildren: number, maxChildren: number, maxChildrenPerAdult: number, warnChildrenPerAdult: number, recommendedSessionsPerWeek: number, latestStartDate: string, earliestEndDate: string, maxBreakWeeks: number, configured: boolean, version: number, classHours: Array<{ day: Weekday, start: string, end: string }> }, decisions: Array<{ id: string, decision: ClasDecisionKind, reasons: string, amountGrantedCents: number | null, decidedAt: string, eligibility: { eligible: boolean, failures: number, warnings: number, results: Array<{ rule: ClasRule, groupIndex: number | null, groupLabel: string | null, outcome: RuleOutcome, value: string, threshold: string, message: string }> }, config: { schoolYear: string, ratePercent: number, ceilingCentsPerGroup: number, minChildren: number, maxChildren: number, maxChildrenPerAdult: number, warnChildrenPerAdult: number, recommendedSessionsPerWeek: number, latestStartDate: string, earliestEndDate: string, maxBreakWeeks: number, configured: boolean, version: number, classHours: Array<{ day: Weekday, start: string, end: string }> }, decidedBy: { id: string, displayName: string } | null }>, decision: { id: string, decision: ClasDecisionKind, reasons: string, amountGrantedCents: number | null, decidedAt: string } | null, comments: Array<{ id: string, body: string, authorParty: string, createdAt: string, author: { id: string, displayName: string } | null }>, activityLogs: Array<{ id: string, kind: ClasActivityLogKind, heldOn: string, title: string, participants: number | null }>, bilan: { sessionsPlanned: number, sessionsHeld: number, attendanceRate: number | null, parentActionsPlanned: number, parentActionsHeld: number, concertationPlanned: number, concertationHeld: number, assessment: string | null, submittedAt: string | null } } };

export type UpdateClasProjectMutationVariables = Exact<{
  id: string | number;
  version: number;
  content: ClasProjectContentInput;
}>;


export type UpdateClasProjectMutation = { updateClasProject: { id: string, version: number, schoolYear: string, title: string, status: ClasStatus, diagnostic: string, charterSigned: boolean, inDepartmentalFramework: boolean, concertationDescription: string, activityKinds: Array<ClasActivityKind>, localPartners: Array<string>, fundingEstimateCents: number, allowedActions: Array<ClasActionType>, editable: boolean, submittedAt: string | null, createdAt: string, updatedAt: string, organisation: { id: string, name: string }, departement: { id: string, name: string, code: string | null }, schools: Array<{ name: string, uai: string | null, contactName: string | null }>, parentActions: Array<{ title: string, period: string | null }>, concertationActions: Array<{ title: string, period: string | null }>, groups: Array<{ id: string, label: string, level: SchoolLevel, childrenCount: number, startDate: string | null, endDate: string | null, longestBreakWeeks: number, place: string | null, eligibleCostCents: number, otherFundingCents: number, fundingEstimateCents: number, accompagnateurs: Array<{ label: string, kind: AccompagnateurKind, training: TrainingStatus }>, sessions: Array<{ day: Weekday, start: string, durationMinutes: number }>, sessionLogs: Array<{ id: string, heldOn: string, childrenPresent: number, note: string | null, presentRosterIds: Array<string> | null }>, roster: Array<{ id: string, name: string }> | null }>, eligibility: { eligible: boolean, failures: number, warnings: number, results: Array<{ rule: ClasRule, groupIndex: number | null, groupLabel: string | null, outcome: RuleOutcome, value: string, threshold: string, message: string }> }, config: { schoolYear: string, ratePercent: number, ceilingCentsPerGroup: number, minChildren: number, maxChildren: number, maxChildrenPerAdult: number, warnChildrenPerAdult: number, recommendedSessionsPerWeek: number, latestStartDate: string, earliestEndDate: string, maxBreakWeeks: number, configured: boolean, version: number, classHours: Array<{ day: Weekday, start: string, end: string }> }, decisions: Array<{ id: string, decision: ClasDecisionKind, reasons: string, amountGrantedCents: number | null, decidedAt: string, eligibility: { eligible: boolean, failures: number, warnings: number, results: Array<{ rule: ClasRule, groupIndex: number | null, groupLabel: string | null, outcome: RuleOutcome, value: string, threshold: string, message: string }> }, config: { schoolYear: string, ratePercent: number, ceilingCentsPerGroup: number, minChildren: number, maxChildren: number, maxChildrenPerAdult: number, warnChildrenPerAdult: number, recommendedSessionsPerWeek: number, latestStartDate: string, earliestEndDate: string, maxBreakWeeks: number, configured: boolean, version: number, classHours: Array<{ day: Weekday, start: string, end: string }> }, decidedBy: { id: string, displayName: string } | null }>, decision: { id: string, decision: ClasDecisionKind, reasons: string, amountGrantedCents: number | null, decidedAt: string } | null, comments: Array<{ id: string, body: string, authorParty: string, createdAt: string, author: { id: string, displayName: string } | null }>, activityLogs: Array<{ id: string, kind: ClasActivityLogKind, heldOn: string, title: string, participants: number | null }>, bilan: { sessionsPlanned: number, sessionsHeld: number, attendanceRate: number | null, parentActionsPlanned: number, parentActionsHeld: number, concertationPlanned: number, concertationHeld: number, assessment: string | null, submittedAt: string | null } } };

export type SubmitClasProjectMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type SubmitClasProjectMutation = { submitClasProject: { id: string, version: number, schoolYear: string, title: string, status: ClasStatus, diagnostic: string, charterSigned: boolean, inDepartmentalFramework: boolean, concertationDescription: string, activityKinds: Array<ClasActivityKind>, localPartners: Array<string>, fundingEstimateCents: number, allowedActions: Array<ClasActionType>, editable: boolean, submittedAt: string | null, createdAt: string, updatedAt: string, organisation: { id: string, name: string }, departement: { id: string, name: string, code: string | null }, schools: Array<{ name: string, uai: string | null, contactName: string | null }>, parentActions: Array<{ title: string, period: string | null }>, concertationActions: Array<{ title: string, period: string | null }>, groups: Array<{ id: string, label: string, level: SchoolLevel, childrenCount: number, startDate: string | null, endDate: string | null, longestBreakWeeks: number, place: string | null, eligibleCostCents: number, otherFundingCents: number, fundingEstimateCents: number, accompagnateurs: Array<{ label: string, kind: AccompagnateurKind, training: TrainingStatus }>, sessions: Array<{ day: Weekday, start: string, durationMinutes: number }>, sessionLogs: Array<{ id: string, heldOn: string, childrenPresent: number, note: string | null, presentRosterIds: Array<string> | null }>, roster: Array<{ id: string, name: string }> | null }>, eligibility: { eligible: boolean, failures: number, warnings: number, results: Array<{ rule: ClasRule, groupIndex: number | null, groupLabel: string | null, outcome: RuleOutcome, value: string, threshold: string, message: string }> }, config: { schoolYear: string, ratePercent: number, ceilingCentsPerGroup: number, minChildren: number, maxChildren: number, maxChildrenPerAdult: number, warnChildrenPerAdult: number, recommendedSessionsPerWeek: number, latestStartDate: string, earliestEndDate: string, maxBreakWeeks: number, configured: boolean, version: number, classHours: Array<{ day: Weekday, start: string, end: string }> }, decisions: Array<{ id: string, decision: ClasDecisionKind, reasons: string, amountGrantedCents: number | null, decidedAt: string, eligibility: { eligible: boolean, failures: number, warnings: number, results: Array<{ rule: ClasRule, groupIndex: number | null, groupLabel: string | null, outcome: RuleOutcome, value: string, threshold: string, message: string }> }, config: { schoolYear: string, ratePercent: number, ceilingCentsPerGroup: number, minChildren: number, maxChildren: number, maxChildrenPerAdult: number, warnChildrenPerAdult: number, recommendedSessionsPerWeek: number, latestStartDate: string, earliestEndDate: string, maxBreakWeeks: number, configured: boolean, version: number, classHours: Array<{ day: Weekday, start: string, end: string }> }, decidedBy: { id: string, displayName: string } | null }>, decision: { id: string, decision: ClasDecisionKind, reasons: string, amountGrantedCents: number | null, decidedAt: string } | null, comments: Array<{ id: string, body: string, authorParty: string, createdAt: string, author: { id: string, displayName: string } | null }>, activityLogs: Array<{ id: string, kind: ClasActivityLogKind, heldOn: string, title: string, participants: number | null }>, bilan: { sessionsPlanned: number, sessionsHeld: number, attendanceRate: number | null, parentActionsPlanned: number, parentActionsHeld: number, concertationPlanned: number, concertationHeld: number, assessment: string | null, submittedAt: string | null } } };

export type ExamineClasProjectMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ExamineClasProjectMutation = { examineClasProject: { id: string, version: number, schoolYear: string, title: string, status: ClasStatus, diagnostic: string, charterSigned: boolean, inDepartmentalFramework: boolean, concertationDescription: string, activityKinds: Array<ClasActivityKind>, localPartners: Array<string>, fundingEstimateCents: number, allowedActions: Array<ClasActionType>, editable: boolean, submittedAt: string | null, createdAt: string, updatedAt: string, organisation: { id: string, name: string }, departement: { id: string, name: string, code: string | null }, schools: Array<{ name: string, uai: string | null, contactName: string | null }>, parentActions: Array<{ title: string, period: string | null }>, concertationActions: Array<{ title: string, period: string | null }>, groups: Array<{ id: string, label: string, level: SchoolLevel, childrenCount: number, startDate: string | null, endDate: string | null, longestBreakWeeks: number, place: string | null, eligibleCostCents: number, otherFundingCents: number, fundingEstimateCents: number, accompagnateurs: Array<{ label: string, kind: AccompagnateurKind, training: TrainingStatus }>, sessions: Array<{ day: Weekday, start: string, durationMinutes: number }>, sessionLogs: Array<{ id: string, heldOn: string, childrenPresent: number, note: string | null, presentRosterIds: Array<string> | null }>, roster: Array<{ id: string, name: string }> | null }>, eligibility: { eligible: boolean, failures: number, warnings: number, results: Array<{ rule: ClasRule, groupIndex: number | null, groupLabel: string | null, outcome: RuleOutcome, value: string, threshold: string, message: string }> }, config: { schoolYear: string, ratePercent: number, ceilingCentsPerGroup: number, minChildren: number, maxChildren: number, maxChildrenPerAdult: number, warnChildrenPerAdult: number, recommendedSessionsPerWeek: number, latestStartDate: string, earliestEndDate: string, maxBreakWeeks: number, configured: boolean, version: number, classHours: Array<{ day: Weekday, start: string, end: string }> }, decisions: Array<{ id: string, decision: ClasDecisionKind, reasons: string, amountGrantedCents: number | null, decidedAt: string, eligibility: { eligible: boolean, failures: number, warnings: number, results: Array<{ rule: ClasRule, groupIndex: number | null, groupLabel: string | null, outcome: RuleOutcome, value: string, threshold: string, message: string }> }, config: { schoolYear: string, ratePercent: number, ceilingCentsPerGroup: number, minChildren: number, maxChildren: number, maxChildrenPerAdult: number, warnChildrenPerAdult: number, recommendedSessionsPerWeek: number, latestStartDate: string, earliestEndDate: string, maxBreakWeeks: number, configured: boolean, version: number, classHours: Array<{ day: Weekday, start: string, end: string }> }, decidedBy: { id: string, displayName: string } | null }>, decision: { id: string, decision: ClasDecisionKind, reasons: string, amountGrantedCents: number | null, decidedAt: string } | null, comments: Array<{ id: string, body: string, authorParty: string, createdAt: string, author: { id: string, displayName: string } | null }>, activityLogs: Array<{ id: string, kind: ClasActivityLogKind, heldOn: string, title: string, participants: number | null }>, bilan: { sessionsPlanned: number, sessionsHeld: number, attendanceRate: number | null, parentActionsPlanned: number, parentActionsHeld: number, concertationPlanned: number, concertationHeld: number, assessment: string | null, submittedAt: string | null } } };

export type DecideClasProjectMutationVariables = Exact<{
  input: ClasDecisionInput;
}>;


export type DecideClasProjectMutation = { decideClasProject: { id: string, version: number, schoolYear: string, title: string, status: ClasStatus, diagnostic: string, charterSigned: boolean, inDepartmentalFramework: boolean, concertationDescription: string, activityKinds: Array<ClasActivityKind>, localPartners: Array<string>, fundingEstimateCents: number, allowedActions: Array<ClasActionType>, editable: boolean, submittedAt: string | null, createdAt: string, updatedAt: string, organisation: { id: string, name: string }, departement: { id: string, name: string, code: string | null }, schools: Array<{ name: string, uai: string | null, contactName: string | null }>, parentActions: Array<{ title: string, period: string | null }>, concertationActions: Array<{ title: string, period: string | null }>, groups: Array<{ id: string, label: string, level: SchoolLevel, childrenCount: number, startDate: string | null, endDate: string | null, longestBreakWeeks: number, place: string | null, eligibleCostCents: number, otherFundingCents: number, fundingEstimateCents: number, accompagnateurs: Array<{ label: string, kind: AccompagnateurKind, training: TrainingStatus }>, sessions: Array<{ day: Weekday, start: string, durationMinutes: number }>, sessionLogs: Array<{ id: string, heldOn: string, childrenPresent: number, note: string | null, presentRosterIds: Array<string> | null }>, roster: Array<{ id: string, name: string }> | null }>, eligibility: { eligible: boolean, failures: number, warnings: number, results: Array<{ rule: ClasRule, groupIndex: number | null, groupLabel: string | null, outcome: RuleOutcome, value: string, threshold: string, message: string }> }, config: { schoolYear: string, ratePercent: number, ceilingCentsPerGroup: number, minChildren: number, maxChildren: number, maxChildrenPerAdult: number, warnChildrenPerAdult: number, recommendedSessionsPerWeek: number, latestStartDate: string, earliestEndDate: string, maxBreakWeeks: number, configured: boolean, version: number, classHours: Array<{ day: Weekday, start: string, end: string }> }, decisions: Array<{ id: string, decision: ClasDecisionKind, reasons: string, amountGrantedCents: number | null, decidedAt: string, eligibility: { eligible: boolean, failures: number, warnings: number, results: Array<{ rule: ClasRule, groupIndex: number | null, groupLabel: string | null, outcome: RuleOutcome, value: string, threshold: string, message: string }> }, config: { schoolYear: string, ratePercent: number, ceilingCentsPerGroup: number, minChildren: number, maxChildren: number, maxChildrenPerAdult: number, warnChildrenPerAdult: number, recommendedSessionsPerWeek: number, latestStartDate: string, earliestEndDate: string, maxBreakWeeks: number, configured: boolean, version: number, classHours: Array<{ day: Weekday, start: string, end: string }> }, decidedBy: { id: string, displayName: string } | null }>, decision: { id: string, decision: ClasDecisionKind, reasons: string, amountGrantedCents: number | null, decidedAt: string } | null, comments: Array<{ id: string, body: string, authorParty: string, createdAt: string, author: { id: string, displayName: string } | null }>, activityLogs: Array<{ id: string, kind: ClasActivityLogKind, heldOn: string, title: string, participants: number | null }>, bilan: { sessionsPlanned: number, sessionsHeld: number, attendanceRate: number | null, parentActionsPlanned: number, parentActionsHeld: number, concertationPlanned: number, concertationHeld: number, assessment: string | null, submittedAt: string | null } } };

export type CloseClasProjectMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type CloseClasProjectMutation = { closeClasProject: { id: string, version: number, schoolYear: string, title: string, status: ClasStatus, diagnostic: string, charterSigned: boolean, inDepartmentalFramework: boolean, concertationDescription: string, activityKinds: Array<ClasActivityKind>, localPartners: Array<string>, fundingEstimateCents: number, allowedActions: Array<ClasActionType>, editable: boolean, submittedAt: string | null, createdAt: string, updatedAt: string, organisation: { id: string, name: string }, departement: { id: string, name: string, code: string | null }, schools: Array<{ name: string, uai: string | null, contactName: string | null }>, parentActions: Array<{ title: string, period: string | null }>, concertationActions: Array<{ title: string, period: string | null }>, groups: Array<{ id: string, label: string, level: SchoolLevel, childrenCount: number, startDate: string | null, endDate: string | null, longestBreakWeeks: number, place: string | null, eligibleCostCents: number, otherFundingCents: number, fundingEstimateCents: number, accompagnateurs: Array<{ label: string, kind: AccompagnateurKind, training: TrainingStatus }>, sessions: Array<{ day: Weekday, start: string, durationMinutes: number }>, sessionLogs: Array<{ id: string, heldOn: string, childrenPresent: number, note: string | null, presentRosterIds: Array<string> | null }>, roster: Array<{ id: string, name: string }> | null }>, eligibility: { eligible: boolean, failures: number, warnings: number, results: Array<{ rule: ClasRule, groupIndex: number | null, groupLabel: string | null, outcome: RuleOutcome, value: string, threshold: string, message: string }> }, config: { schoolYear: string, ratePercent: number, ceilingCentsPerGroup: number, minChildren: number, maxChildren: number, maxChildrenPerAdult: number, warnChildrenPerAdult: number, recommendedSessionsPerWeek: number, latestStartDate: string, earliestEndDate: string, maxBreakWeeks: number, configured: boolean, version: number, classHours: Array<{ day: Weekday, start: string, end: string }> }, decisions: Array<{ id: string, decision: ClasDecisionKind, reasons: string, amountGrantedCents: number | null, decidedAt: string, eligibility: { eligible: boolean, failures: number, warnings: number, results: Array<{ rule: ClasRule, groupIndex: number | null, groupLabel: string | null, outcome: RuleOutcome, value: string, threshold: string, message: string }> }, config: { schoolYear: string, ratePercent: number, ceilingCentsPerGroup: number, minChildren: number, maxChildren: number, maxChildrenPerAdult: number, warnChildrenPerAdult: number, recommendedSessionsPerWeek: number, latestStartDate: string, earliestEndDate: string, maxBreakWeeks: number, configured: boolean, version: number, classHours: Array<{ day: Weekday, start: string, end: string }> }, decidedBy: { id: string, displayName: string } | null }>, decision: { id: string, decision: ClasDecisionKind, reasons: string, amountGrantedCents: number | null, decidedAt: string } | null, comments: Array<{ id: string, body: string, authorParty: string, createdAt: string, author: { id: string, displayName: string } | null }>, activityLogs: Array<{ id: string, kind: ClasActivityLogKind, heldOn: string, title: string, participants: number | null }>, bilan: { sessionsPlanned: number, sessionsHeld: number, attendanceRate: number | null, parentActionsPlanned: number, parentActionsHeld: number, concertationPlanned: number, concertationHeld: number, assessment: string | null, submittedAt: string | null } } };

export type CommentClasProjectMutationVariables = Exact<{
  projectId: string | number;
  body: string;
}>;


export type CommentClasProjectMutation = { commentClasProject: { id: string } };

export type CpmsContractFieldsFragment = { id: string, status: CpmsContractStatus, version: number, canEdit: boolean, textEditable: boolean, steps: Array<CpmsContractStep>, canSignAs: CpmsContractParty | null, canLogExchange: boolean, canScheduleConcertation: boolean, actions: Array<string>, cpmsCommitments: string | null, schoolCommitments: string | null, cpms: { id: string, name: string }, school: { id: string, name: string }, plan: { id: string, title: string, endEvaluationOn: string, midEvaluationOn: string | null, objectives: Array<{ code: CpmsSystemObjective, wording: string }> }, objectives: Array<{ code: CpmsSystemObjective, wording: string }>, informationFlows: Array<{ what: string, how: string, consent: string }>, indicators: Array<{ label: string, objectiveCode: CpmsSystemObjective | null, baseline: number, target: number, reached: number | null, achieved: boolean | null }>, signatures: Array<{ party: CpmsContractParty, signedAt: string, signerName: string }>, evaluationDue: { dueOn: string, daysLeft: number, announced: boolean }, exchanges: Array<{ id: string, occurredOn: string, way: CpmsExchangeWay, participants: string, subject: string, agreed: string, authorName: string }>, concertations: Array<{ id: string, title: string, startsAt: string, endsAt: string, place: string | null, status: string }> };

export type CpmsContractsQueryVariables = Exact<{
  schoolId?: string | number | null | undefined;
  status?: CpmsContractStatus | null | undefined;
  evaluationDue?: boolean | null | undefined;
}>;


export type CpmsContractsQuery = { cpmsContracts: Array<{ id: string, status: CpmsContractStatus, cpms: { id: string, name: string }, school: { id: string, name: string }, plan: { id: string, title: string }, evaluationDue: { dueOn: string, daysLeft: number, announced: boolean } }> };

export type CpmsContractQueryVariables = Exact<{
  id: string | number;
}>;


export type CpmsContractQuery = { cpmsContract: { id: string, status: CpmsContractStatus, version: number, canEdit: boolean, textEditable: boolean, steps: Array<CpmsContractStep>, canSignAs: CpmsContractParty | null, canLogExchange: boolean, canScheduleConcertation: boolean, actions: Array<string>, cpmsCommitments: string | null, schoolCommitments: string | null, cpms: { id: string, name: string }, school: { id: string, name: string }, plan: { id: string, title: string, endEvaluationOn: string, midEvaluationOn: string | null, objectives: Array<{ code: CpmsSystemObjective, wording: string }> }, objectives: Array<{ code: CpmsSystemObjective, wording: string }>, informationFlows: Array<{ what: string, how: string, consent: string }>, indicators: Array<{ label: string, objectiveCode: CpmsSystemObjective | null, baseline: number, target: number, reached: number | null, achieved: boolean | null }>, signatures: Array<{ party: CpmsContractParty, signedAt: string, signerName: string }>, evaluationDue: { dueOn: string, daysLeft: number, announced: boolean }, exchanges: Array<{ id: string, occurredOn: string, way: CpmsExchangeWay, participants: string, subject: string, agreed: string, authorName: string }>, concertations: Array<{ id: string, title: string, startsAt: string, endsAt: string, place: string | null, status: string }> } | null };

export type CpmsSchoolPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type CpmsSchoolPlansQuery = { cpmsSchoolPlans: Array<{ id: string, title: string, startsOn: string, endsOn: string, version: number, midEvaluationOn: string | null, midEvaluationResult: string | null, endEvaluationOn: string, endEvaluationResult: string | null, canEdit: boolean, canDraftContract: boolean, school: { id: string, name: string }, objectives: Array<{ code: CpmsSystemObjective, wording: string }>, document: { name: string, size: number, url: string } | null, contracts: Array<{ id: string, status: CpmsContractStatus, cpms: { id: string, name: string } }> }>, cpmsDirectedCentres: Array<{ id: string, name: string }> };

export type CpmsObjectivesContractsQueryVariables = Exact<{ [key: string]: never; }>;


export type CpmsObjectivesContractsQuery = { cpmsObjectivesContracts: Array<{ id: string, title: string, startsOn: string, endsOn: string, status: string, version: number, objectives: Array<string>, canEdit: boolean, cpms: { id: string, name: string }, contracts: Array<{ id: string, status: CpmsContractStatus, school: { id: string, name: string }, indicators: Array<{ label: string, baseline: number, target: number, reached: number | null, achieved: boolean | null }> }>, indicators: Array<{ label: string, objectiveCode: CpmsSystemObjective | null, baseline: number, target: number, reached: number | null, achieved: boolean | null }> }>, cpmsDirectedCentres: Array<{ id: string, name: string }> };

export type CreateCpmsContractMutationVariables = Exact<{
  input: CreateCpmsContractInput;
}>;


export type CreateCpmsContractMutation = { createCpmsContract: { id: string } };

export type StepCpmsContractMutationVariables = Exact<{
  input: CpmsContractStepInput;
}>;


export type StepCpmsContractMutation = { stepCpmsContract: { id: string, status: CpmsContractStatus, version: number, canEdit: boolean, textEditable: boolean, steps: Array<CpmsContractStep>, canSignAs: CpmsContractParty | null, canLogExchange: boolean, canScheduleConcertation: boolean, actions: Array<string>, cpmsCommitments: string | null, schoolCommitments: string | null, cpms: { id: string, name: string }, school: { id: string, name: string }, plan: { id: string, title: string, endEvaluationOn: string, midEvaluationOn: string | null, objectives: Array<{ code: CpmsSystemObjective, wording: string }> }, objectives: Array<{ code: CpmsSystemObjective, wording: string }>, informationFlows: Array<{ what: string, how: string, consent: string }>, indicators: Array<{ label: string, objectiveCode: CpmsSystemObjective | null, baseline: number, target: number, reached: number | null, achieved: boolean | null }>, signatures: Array<{ party: CpmsContractParty, signedAt: string, signerName: string }>, evaluationDue: { dueOn: string, daysLeft: number, announced: boolean }, exchanges: Array<{ id: string, occurredOn: string, way: CpmsExchangeWay, participants: string, subject: string, agreed: string, authorName: string }>, concertations: Array<{ id: string, title: string, startsAt: string, endsAt: string, place: string | null, status: string }> } };

export type SignCpmsContractMutationVariables = Exact<{
  input: SignCpmsContractInput;
}>;


export type SignCpmsContractMutation = { signCpmsContract: { id: string, status: CpmsContractStatus, version: number, canEdit: boolean, textEditable: boolean, steps: Array<CpmsContractStep>, canSignAs: CpmsContractParty | null, canLogExchange: boolean, canScheduleConcertation: boolean, actions: Array<string>, cpmsCommitments: string | null, schoolCommitments: string | null, cpms: { id: string, name: string }, school: { id: string, name: string }, plan: { id: string, title: string, endEvaluationOn: string, midEvaluationOn: string | null, objectives: Array<{ code: CpmsSystemObjective, wording: string }> }, objectives: Array<{ code: CpmsSystemObjective, wording: string }>, informationFlows: Array<{ what: string, how: string, consent: string }>, indicators: Array<{ label: string, objectiveCode: CpmsSystemObjective | null, baseline: number, target: number, reached: number | null, achieved: boolean | null }>, signatures: Array<{ party: CpmsContractParty, signedAt: string, signerName: string }>, evaluationDue: { dueOn: string, daysLeft: number, announced: boolean }, exchanges: Array<{ id: string, occurredOn: string, way: CpmsExchangeWay, participants: string, subject: string, agreed: string, authorName: string }>, concertations: Array<{ id: string, title: string, startsAt: string, endsAt: string, place: string | null, status: string }> } };

export type LogCpmsExchangeMutationVariables = Exact<{
  input: LogCpmsExchangeInput;
}>;


export type LogCpmsExchangeMutation = { logCpmsExchange: { id: string } };

export type ScheduleCpmsConcertationMutationVariables = Exact<{
  input: ScheduleCpmsConcertationInput;
}>;


export type ScheduleCpmsConcertationMutation = { scheduleCpmsConcertation: { id: string } };

export type RecordCpmsIndicatorsReachedMutationVariables = Exact<{
  input: RecordCpmsIndicatorsReachedInput;
}>;


export type RecordCpmsIndicatorsReachedMutation = { recordCpmsIndicatorsReached: { id: string, status: CpmsContractStatus, version: number, canEdit: boolean, textEditable: boolean, steps: Array<CpmsContractStep>, canSignAs: CpmsContractParty | null, canLogExchange: boolean, canScheduleConcertation: boolean, actions: Array<string>, cpmsCommitments: string | null, schoolCommitments: string | null, cpms: { id: string, name: string }, school: { id: string, name: string }, plan: { id: string, title: string, endEvaluationOn: string, midEvaluationOn: string | null, objectives: Array<{ code: CpmsSystemObjective, wording: string }> }, objectives: Array<{ code: CpmsSystemObjective, wording: string }>, informationFlows: Array<{ what: string, how: string, consent: string }>, indicators: Array<{ label: string, objectiveCode: CpmsSystemObjective | null, baseline: number, target: number, reached: number | null, achieved: boolean | null }>, signatures: Array<{ party: CpmsContractParty, signedAt: string, signerName: string }>, evaluationDue: { dueOn: string, daysLeft: number, announced: boolean }, exchanges: Array<{ id: string, occurredOn: string, way: CpmsExchangeWay, participants: string, subject: string, agreed: string, authorName: string }>, concertations: Array<{ id: string, title: string, startsAt: string, endsAt: string, place: string | null, status: string }> } };

export type UpdateCpmsSchoolPlanMutationVariables = Exact<{
  input: UpdateCpmsSchoolPlanInput;
}>;


export type UpdateCpmsSchoolPlanMutation = { updateCpmsSchoolPlan: { id: string, version: number } };

export type CreateCpmsSchoolPlanMutationVariables = Exact<{
  input: CreateCpmsSchoolPlanInput;
}>;


export type CreateCpmsSchoolPlanMutation = { createCpmsSchoolPlan: { id: string, version: number } };

export type CreateCpmsObjectivesContractMutationVariables = Exact<{
  input: CreateCpmsObjectivesContractInput;
}>;


export type CreateCpmsObjectivesContractMutation = { createCpmsObjectivesContract: { id: string, version: number } };

export type UpdateCpmsObjectivesContractMutationVariables = Exact<{
  input: UpdateCpmsObjectivesContractInput;
}>;


export type UpdateCpmsObjectivesContractMutation = { updateCpmsObjectivesContract: { id: string, version: number } };

export type UpdateCpmsContractMutationVariables = Exact<{
  input: UpdateCpmsContractInput;
}>;


export type UpdateCpmsContractMutation = { updateCpmsContract: { id: string, status: CpmsContractStatus, version: number, canEdit: boolean, textEditable: boolean, steps: Array<CpmsContractStep>, canSignAs: CpmsContractParty | null, canLogExchange: boolean, canScheduleConcertation: boolean, actions: Array<string>, cpmsCommitments: string | null, schoolCommitments: string | null, cpms: { id: string, name: string }, school: { id: string, name: string }, plan: { id: string, title: string, endEvaluationOn: string, midEvaluationOn: string | null, objectives: Array<{ code: CpmsSystemObjective, wording: string }> }, objectives: Array<{ code: CpmsSystemObjective, wording: string }>, informationFlows: Array<{ what: string, how: string, consent: string }>, indicators: Array<{ label: string, objectiveCode: CpmsSystemObjective | null, baseline: number, target: number, reached: number | null, achieved: boolean | null }>, signatures: Array<{ party: CpmsContractParty, signedAt: string, signerName: string }>, evaluationDue: { dueOn: string, daysLeft: number, announced: boolean }, exchanges: Array<{ id: string, occurredOn: string, way: CpmsExchangeWay, participants: string, subject: string, agreed: string, authorName: string }>, concertations: Array<{ id: string, title: string, startsAt: string, endsAt: string, place: string | null, status: string }> } };

export type OncallPoolsQueryVariables = Exact<{ [key: string]: never; }>;


export type OncallPoolsQuery = { oncallPools: Array<{ id: string, name: string, canDirect: boolean, maxShiftMinutes: number, minRestMinutes: number, version: number, cpms: Array<{ id: string, name: string }>, people: Array<{ id: string, displayName: string, cpmsName: string, isAgent: boolean, phone: string | null }>, templates: Array<{ id: string, weekday: number, startTime: string, endTime: string, agent: { id: string, displayName: string } | null, backup: { id: string, displayName: string } | null }> }> };

export type OncallRotaQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type OncallRotaQuery = { oncallPool: { id: string, shifts: Array<{ id: string, startsAt: string, endsAt: string, minutes: number, crossesDstChange: boolean, status: OncallShiftStatus, version: number, agent: { id: string, displayName: string } | null, backup: { id: string, displayName: string } | null }>, swaps: Array<{ id: string, role: OncallSwapRole, status: OncallSwapStatus, note: string | null, version: number, createdAt: string, shift: { id: string, startsAt: string, endsAt: string } | null, from: { id: string, displayName: string } | null, to: { id: string, displayName: string } | null }> } | null };

export type OncallCheckQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type OncallCheckQuery = { oncallPool: { id: string, check: { coveredMinutes: number, periodMinutes: number, issues: Array<{ kind: OncallIssueKind, startsAt: string, endsAt: string, person: { id: string, displayName: string } | null }> } } | null };

export type OncallNowQueryVariables = Exact<{
  id: string | number;
}>;


export type OncallNowQuery = { cpmsOnCall: { at: string, shift: { id: string, startsAt: string, endsAt: string } | null, agent: { id: string, displayName: string, cpmsName: string, phone: string | null } | null, backup: { id: string, displayName: string, cpmsName: string, phone: string | null } | null } };

export type OncallCallsQueryVariables = Exact<{
  id: string | number;
  month: string;
}>;


export type OncallCallsQuery = { oncallPool: { id: string, calls: Array<{ id: string, receivedAt: string, callerKind: OncallCallerKind, category: OncallCallCategory, urgency: OncallUrgency, action: string, followUpDue: string | null, followUpDoneAt: string | null, version: number, referredCpms: { id: string, name: string } | null }>, callStats: { month: string, total: number, byCategory: Array<{ category: OncallCallCategory, count: number }>, byHour: Array<{ hour: number, count: number }> } } | null };

export type CreateOncallShiftMutationVariables = Exact<{
  input: CreateOncallShiftInput;
}>;


export type CreateOncallShiftMutation = { createOncallShift: { id: string } };

export type DeleteOncallShiftMutationVariables = Exact<{
  input: DeleteOncallShiftInput;
}>;


export type DeleteOncallShiftMutation = { deleteOncallShift: boolean };

export type PublishOncallPeriodMutationVariables = Exact<{
  input: PublishOncallPeriodInput;
}>;


export type PublishOncallPeriodMutation = { publishOncallPeriod: { published: number } };

export type ProposeOncallSwapMutationVariables = Exact<{
  input: ProposeOncallSwapInput;
}>;


export type ProposeOncallSwapMutation = { proposeOncallSwap: { id: string } };

export type DecideOncallSwapMutationVariables = Exact<{
  input: DecideOncallSwapInput;
}>;


export type DecideOncallSwapMutation = { decideOncallSwap: { id: string, status: OncallSwapStatus } };

export type LogOncallCallMutationVariables = Exact<{
  input: LogOncallCallInput;
}>;


export type LogOncallCallMutation = { logOncallCall: { id: string } };

export type CloseOncallFollowUpMutationVariables = Exact<{
  input: CloseOncallFollowUpInput;
}>;


export type CloseOncallFollowUpMutation = { closeOncallFollowUp: { id: string, version: number } };

export type GenerateOncallWeeksMutationVariables = Exact<{
  input: GenerateOncallWeeksInput;
}>;


export type GenerateOncallWeeksMutation = { generateOncallWeeks: Array<{ id: string }> };

export type UpdateOncallRulesMutationVariables = Exact<{
  input: UpdateOncallRulesInput;
}>;


export type UpdateOncallRulesMutation = { updateOncallRules: { id: string, version: number, maxShiftMinutes: number, minRestMinutes: number } };

export type ReplaceOncallTemplatesMutationVariables = Exact<{
  input: ReplaceOncallTemplatesInput;
}>;


export type ReplaceOncallTemplatesMutation = { replaceOncallTemplates: { id: string, version: number } };

export type SetOncallPhoneMutationVariables = Exact<{
  input: SetOncallPhoneInput;
}>;


export type SetOncallPhoneMutation = { setOncallPhone: { id: string, phone: string | null } };

export type WithdrawOncallSwapMutationVariables = Exact<{
  input: WithdrawOncallSwapInput;
}>;


export type WithdrawOncallSwapMutation = { withdrawOncallSwap: { id: string, status: OncallSwapStatus } };

export type CpmsIndicatorsQueryVariables = Exact<{
  year: number;
  zoneId?: string | number | null | undefined;
}>;


export type CpmsIndicatorsQuery = { cpmsIndicators: { year: number, rule: string, zones: Array<{ id: string, name: string }>, zone: { id: string, name: string } | null, tables: Array<{ key: string, title: string, columns: Array<string>, note: string | null, chart: boolean, rows: Array<{ label: string, cells: Array<{ value: number | null, display: string, masked: boolean }> }> }> } };

export type OrganisationListQueryVariables = Exact<{
  filter?: OrganisationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganisationListQuery = { organisations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, kind: OrganisationKind, uai: string | null, communeInsee: string | null, communeName: string | null, active: boolean, territory: { id: string, name: string } | null }> } };

export type OrganisationDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationDetailQuery = { organisation: { id: string, name: string, kind: OrganisationKind, uai: string | null, fase: string | null, timeZone: string, lyceeTeteDeReseau: boolean, address: string | null, postalCode: string | null, communeInsee: string | null, communeName: string | null, email: string | null, phone: string | null, website: string | null, active: boolean, territory: { id: string, name: string, kind: TerritoryKind, code: string | null, parent: { id: string, name: string, kind: TerritoryKind, parent: { id: string, name: string, kind: TerritoryKind } | null } | null } | null } | null };

export type TerritoryOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TerritoryOptionsQuery = { regions: { nodes: Array<{ id: string, name: string, code: string | null }> }, departements: { nodes: Array<{ id: string, name: string, code: string | null }> }, bassins: { nodes: Array<{ id: string, name: string, code: string | null }> } };

export type CommuneSuggestionsQueryVariables = Exact<{
  search: string;
}>;


export type CommuneSuggestionsQuery = { territories: { nodes: Array<{ id: string, name: string, code: string | null }> } };

export type PlatformActionCasesQueryVariables = Exact<{
  platformId?: string | number | null | undefined;
  on?: string | null | undefined;
}>;


export type PlatformActionCasesQuery = { platformActions: { nodes: Array<{ id: string, cases: Array<{ id: string, youngPerson: { lastName: string, firstNames: string } | null }> }> } };

export type SolutionOfferItemFragment = { id: string, name: string, solutionType: SolutionType, communes: Array<string>, ageMin: number | null, ageMax: number | null, conditions: string | null, places: number | null, contact: string | null, activeFrom: string | null, activeUntil: string | null, version: number, canEdit: boolean, organisation: { id: string, name: string } | null, platform: { id: string, name: string } };

export type SolutionOffersQueryVariables = Exact<{
  filter?: SolutionOfferFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  offset?: number | null | undefined;
}>;


export type SolutionOffersQuery = { solutionOffers: { totalCount: number, nodes: Array<{ id: string, name: string, solutionType: SolutionType, communes: Array<string>, ageMin: number | null, ageMax: number | null, conditions: string | null, places: number | null, contact: string | null, activeFrom: string | null, activeUntil: string | null, version: number, canEdit: boolean, organisation: { id: string, name: string } | null, platform: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateSolutionOfferMutationVariables = Exact<{
  input: CreateSolutionOfferInput;
}>;


export type CreateSolutionOfferMutation = { createSolutionOffer: { id: string, name: string, solutionType: SolutionType, communes: Array<string>, ageMin: number | null, ageMax: number | null, conditions: string | null, places: number | null, contact: string | null, activeFrom: string | null, activeUntil: string | null, version: number, canEdit: boolean, organisation: { id: string, name: string } | null, platform: { id: string, name: string } } };

export type UpdateSolutionOfferMutationVariables = Exact<{
  input: UpdateSolutionOfferInput;
}>;


export type UpdateSolutionOfferMutation = { updateSolutionOffer: { id: string, name: string, solutionType: SolutionType, communes: Array<string>, ageMin: number | null, ageMax: number | null, conditions: string | null, places: number | null, contact: string | null, activeFrom: string | null, activeUntil: string | null, version: number, canEdit: boolean, organisation: { id: string, name: string } | null, platform: { id: string, name: string } } };

export type DeleteSolutionOfferMutationVariables = Exact<{
  input: DeleteSolutionOfferInput;
}>;


export type DeleteSolutionOfferMutation = { deleteSolutionOffer: boolean };

export type PlatformActionsQueryVariables = Exact<{
  platformId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  offset?: number | null | undefined;
}>;


export type PlatformActionsQuery = { platformActions: { totalCount: number, nodes: Array<{ id: string, kind: PlatformActionKind, title: string, heldOn: string, description: string | null, participants: number, caseIds: Array<string>, version: number, canEdit: boolean, partnerOrganisations: Array<{ id: string, name: string }>, platform: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreatePlatformActionMutationVariables = Exact<{
  input: CreatePlatformActionInput;
}>;


export type CreatePlatformActionMutation = { createPlatformAction: { id: string } };

export type UpdatePlatformActionMutationVariables = Exact<{
  input: UpdatePlatformActionInput;
}>;


export type UpdatePlatformActionMutation = { updatePlatformAction: { id: string, version: number } };

export type DeletePlatformActionMutationVariables = Exact<{
  input: DeletePlatformActionInput;
}>;


export type DeletePlatformActionMutation = { deletePlatformAction: boolean };

export type VeilleDocumentsQueryVariables = Exact<{
  platformId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  offset?: number | null | undefined;
}>;


export type VeilleDocumentsQuery = { veilleDocuments: { totalCount: number, nodes: Array<{ id: string, title: string, url: string, publishedOn: string | null, summary: string | null, addedByName: string | null, createdAt: string, version: number, canEdit: boolean, platform: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AddVeilleDocumentMutationVariables = Exact<{
  input: AddVeilleDocumentInput;
}>;


export type AddVeilleDocumentMutation = { addVeilleDocument: { id: string } };

export type UpdateVeilleDocumentMutationVariables = Exact<{
  input: UpdateVeilleDocumentInput;
}>;


export type UpdateVeilleDocumentMutation = { updateVeilleDocument: { id: string } };

export type DeleteVeilleDocumentMutationVariables = Exact<{
  input: DeleteVeilleDocumentInput;
}>;


export type DeleteVeilleDocumentMutation = { deleteVeilleDocument: boolean };

export type MeetingListItemFragment = { id: string, kind: MeetingKind, title: string, startsAt: string, endsAt: string, place: string | null, visioUrl: string | null, status: MeetingStatus, parcours: ThematicParcours | null, platform: { id: string, name: string } | null, cio: { id: string, name: string } | null };

export type MeetingListQueryVariables = Exact<{
  platformId?: string | number | null | undefined;
  kind?: MeetingKind | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MeetingListQuery = { meetings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: MeetingKind, title: string, startsAt: string, endsAt: string, place: string | null, visioUrl: string | null, status: MeetingStatus, parcours: ThematicParcours | null, platform: { id: string, name: string } | null, cio: { id: string, name: string } | null }> } };

export type CioMeetingsQueryVariables = Exact<{
  cioId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CioMeetingsQuery = { cioMeetings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: MeetingKind, title: string, startsAt: string, endsAt: string, place: string | null, visioUrl: string | null, status: MeetingStatus, parcours: ThematicParcours | null, platform: { id: string, name: string } | null, cio: { id: string, name: string } | null }> } };

export type MeetingDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingDetailQuery = { meeting: { id: string, kind: MeetingKind, title: string, theme: string | null, communes: Array<string>, startsAt: string, endsAt: string, place: string | null, visioUrl: string | null, status: MeetingStatus, cancelReason: string | null, agenda: Array<string>, minutes: string | null, decisions: Array<string>, caseAccessDays: number, caseAccessUntil: string, canEdit: boolean, version: number, parcours: ThematicParcours | null, cio: { id: string, name: string } | null, cpmsContract: { id: string, cpms: { id: string, name: string }, school: { id: string, name: string } } | null, platform: { id: string, name: string, partners: Array<{ id: string, name: string }> } | null, platforms: Array<{ id: string, name: string }>, invitees: Array<{ id: string, label: string, userId: string | null, guestName: string | null, guestEmail: string | null, guestOrganisation: string | null, attendance: Attendance | null, organisation: { id: string, name: string } | null }>, situations: Array<{ caseId: string, caseVersion: number, lastName: string, firstNames: string, age: number, commune: string | null, status: CaseStatus, lastContactAt: string | null, proposal: string | null, decision: SituationDecision | null, decisionComment: string | null, decidedAt: string | null, flags: { minorWithoutSolution: boolean, noContactAfterAssignment: boolean, injoignableReached: boolean, obligationFormationOverdue: boolean }, assignedOrganisation: { id: string, name: string } | null }>, actions: Array<{ id: string, meetingId: string, meetingStartsAt: string, carriedOver: boolean, title: string, ownerName: string, dueDate: string | null, status: MeetingActionStatus, note: string | null, version: number, ownerOrganisation: { id: string, name: string } | null }> } | null };

export type ScheduleMeetingMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type ScheduleMeetingMutation = { scheduleMeeting: { id: string, version: number } };

export type UpdateMeetingMutationVariables = Exact<{
  input: UpdateMeetingInput;
}>;


export type UpdateMeetingMutation = { updateMeeting: { id: string, version: number } };

export type CancelMeetingMutationVariables = Exact<{
  input: CancelMeetingInput;
}>;


export type CancelMeetingMutation = { cancelMeeting: { id: string, version: number, status: MeetingStatus } };

export type RecordAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type RecordAttendanceMutation = { recordAttendance: { id: string, version: number, status: MeetingStatus } };

export type RecordMinutesMutationVariables = Exact<{
  input: RecordMinutesInput;
}>;


export type RecordMinutesMutation = { recordMinutes: { id: string, version: number, status: MeetingStatus } };

export type AddMeetingActionMutationVariables = Exact<{
  input: AddMeetingActionInput;
}>;


export type AddMeetingActionMutation = { addMeetingAction: { id: string, version: number } };

export type UpdateMeetingActionMutationVariables = Exact<{
  input: UpdateMeetingActionInput;
}>;


export type UpdateMeetingActionMutation = { updateMeetingAction: { id: string, version: number, status: MeetingActionStatus } };

export type DecideSituationMutationVariables = Exact<{
  input: DecideSituationInput;
}>;


export type DecideSituationMutation = { decideSituation: { caseId: string, caseVersion: number, decision: SituationDecision | null } };

export type MyNotificationsQueryVariables = Exact<{
  unreadOnly?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyNotificationsQuery = { myNotifications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: NotificationKind, text: string, link: string, count: number, createdAt: string, readAt: string | null, organisation: { id: string, name: string } | null }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type MarkAllNotificationsReadMutationVariables = Exact<{
  upTo?: string | number | null | undefined;
}>;


export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type MyNotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNotificationPreferencesQuery = { myNotificationPreferences: Array<{ kind: NotificationKind, label: string, audience: string, mode: NotificationMode, locked: boolean }> };

export type SetNotificationPreferencesMutationVariables = Exact<{
  preferences: Array<NotificationPreferenceInput> | NotificationPreferenceInput;
}>;


export type SetNotificationPreferencesMutation = { setNotificationPreferences: Array<{ kind: NotificationKind, label: string, audience: string, mode: NotificationMode, locked: boolean }> };

export type AdminOrganisationQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminOrganisationQuery = { organisation: { id: string, name: string, kind: OrganisationKind, uai: string | null, fase: string | null, timeZone: string, lyceeTeteDeReseau: boolean, address: string | null, postalCode: string | null, communeInsee: string | null, communeName: string | null, email: string | null, phone: string | null, website: string | null, active: boolean, version: number, createdAt: string, updatedAt: string, territory: { id: string, name: string } | null } | null };

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

export type OrientationCiosQueryVariables = Exact<{ [key: string]: never; }>;


export type OrientationCiosQuery = { orientationCios: Array<{ id: string, name: string, canDirect: boolean, people: Array<{ id: string, displayName: string, roles: Array<Role> }> }> };

export type EvaluationCriteriaQueryVariables = Exact<{
  cioId: string | number;
}>;


export type EvaluationCriteriaQuery = { evaluationCriteria: Array<{ id: string, label: string, indicator: string, baseline: number | null, target: number | null, unit: string | null, version: number, values: Array<{ id: string, measuredOn: string, value: number, comment: string | null }> }> };

export type InterviewCountsQueryVariables = Exact<{
  cioId: string | number;
  from: string;
  to: string;
}>;


export type InterviewCountsQuery = { orientationInterviewCounts: Array<{ networkId: string | null, networkName: string | null, month: string, theme: InterviewTheme, count: number }> };

export type QvtCampaignsQueryVariables = Exact<{
  cioId: string | number;
}>;


export type QvtCampaignsQuery = { qvtCampaigns: Array<{ id: string, title: string, opensOn: string, closesOn: string, canAnswer: boolean, answered: boolean, questions: Array<{ id: string, kind: QvtQuestionKind, label: string, lowLabel: string | null, highLabel: string | null }>, results: { respondents: number, threshold: number, questions: Array<{ questionId: string, answers: number, mean: number | null, distribution: Array<number>, comments: Array<string> }> } }> };

export type AnswerQvtCampaignMutationVariables = Exact<{
  input: AnswerQvtCampaignInput;
}>;


export type AnswerQvtCampaignMutation = { answerQvtCampaign: { id: string, answered: boolean, canAnswer: boolean } };

export type CreateEvaluationCriterionMutationVariables = Exact<{
  input: CreateEvaluationCriterionInput;
}>;


export type CreateEvaluationCriterionMutation = { createEvaluationCriterion: { id: string } };

export type UpdateEvaluationCriterionMutationVariables = Exact<{
  input: UpdateEvaluationCriterionInput;
}>;


export type UpdateEvaluationCriterionMutation = { updateEvaluationCriterion: { id: string, version: number } };

export type DeleteEvaluationCriterionMutationVariables = Exact<{
  input: DeleteEvaluationCriterionInput;
}>;


export type DeleteEvaluationCriterionMutation = { deleteEvaluationCriterion: boolean };

export type AddCriterionValueMutationVariables = Exact<{
  input: AddCriterionValueInput;
}>;


export type AddCriterionValueMutation = { addCriterionValue: { id: string, version: number } };

export type RemoveCriterionValueMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveCriterionValueMutation = { removeCriterionValue: { id: string, version: number } };

export type SaveInterviewCountsMutationVariables = Exact<{
  input: SaveInterviewCountsInput;
}>;


export type SaveInterviewCountsMutation = { saveInterviewCounts: Array<{ networkId: string | null, month: string, theme: InterviewTheme, count: number }> };

export type CreateQvtCampaignMutationVariables = Exact<{
  input: CreateQvtCampaignInput;
}>;


export type CreateQvtCampaignMutation = { createQvtCampaign: { id: string } };

export type WorkPlansQueryVariables = Exact<{
  cioId: string | number;
}>;


export type WorkPlansQuery = { workPlans: Array<{ id: string, title: string, startMonth: string, endMonth: string, state: WorkPlanState, canEdit: boolean, version: number, completion: { total: number, late: number, fait: number, enCours: number, aFaire: number, reporte: number, abandonne: number }, actions: Array<{ id: string, title: string, roles: Array<DutyRole>, startMonth: string, endMonth: string, status: WorkPlanActionStatus, late: boolean, evidenceUrl: string | null, minutesMeetingId: string | null, version: number, canChangeStatus: boolean, canComment: boolean, people: Array<{ id: string, displayName: string }>, comments: Array<{ id: string, authorName: string, body: string, createdAt: string }> }> }> };

export type CreateWorkPlanMutationVariables = Exact<{
  input: CreateWorkPlanInput;
}>;


export type CreateWorkPlanMutation = { createWorkPlan: { id: string } };

export type CreateWorkPlanActionMutationVariables = Exact<{
  input: CreateWorkPlanActionInput;
}>;


export type CreateWorkPlanActionMutation = { createWorkPlanAction: { id: string } };

export type UpdateWorkPlanActionMutationVariables = Exact<{
  input: UpdateWorkPlanActionInput;
}>;


export type UpdateWorkPlanActionMutation = { updateWorkPlanAction: { id: string, version: number } };

export type DeleteWorkPlanMutationVariables = Exact<{
  input: DeleteWorkPlanInput;
}>;


export type DeleteWorkPlanMutation = { deleteWorkPlan: boolean };

export type DeleteWorkPlanActionMutationVariables = Exact<{
  input: DeleteWorkPlanActionInput;
}>;


export type DeleteWorkPlanActionMutation = { deleteWorkPlanAction: boolean };

export type SetWorkPlanActionStatusMutationVariables = Exact<{
  input: SetWorkPlanActionStatusInput;
}>;


export type SetWorkPlanActionStatusMutation = { setWorkPlanActionStatus: { id: string, status: WorkPlanActionStatus, version: number } };

export type AddWorkPlanCommentMutationVariables = Exact<{
  input: AddWorkPlanCommentInput;
}>;


export type AddWorkPlanCommentMutation = { addWorkPlanComment: { id: string } };

export type OrientationPeriodsQueryVariables = Exact<{
  cioId: string | number;
  schoolYear: string;
}>;


export type OrientationPeriodsQuery = { orientationPeriods: Array<{ id: string, name: string, startsOn: string, endsOn: string, schoolYear: string, version: number }> };

export type OrientationNetworksQueryVariables = Exact<{
  cioId: string | number;
}>;


export type OrientationNetworksQuery = { orientationNetworks: Array<{ id: string, name: string, version: number, warnings: Array<string>, headSchool: { id: string, name: string, uai: string | null }, schools: Array<{ id: string, name: string, uai: string | null }>, psyen: Array<{ id: string, displayName: string }> }> };

export type OrientationServiceCheckQueryVariables = Exact<{
  cioId: string | number;
  schoolYear: string;
}>;


export type OrientationServiceCheckQuery = { orientationServiceCheck: { services: Array<{ periodId: string, quotityPercent: number, availableHalfDays: number, cioHalfDays: number, schoolHalfDays: number, version: number, person: { id: string, displayName: string } }>, uncovered: Array<{ networkId: string, networkName: string, periodId: string, periodName: string, school: { id: string, name: string } }> } };

export type OrientationTimetableQueryVariables = Exact<{
  periodId: string | number;
  userId?: string | number | null | undefined;
  schoolId?: string | number | null | undefined;
}>;


export type OrientationTimetableQuery = { orientationTimetable: Array<{ id: string, weekday: number, halfDay: HalfDay, activity: SlotActivity, mode: SlotMode, networkId: string | null, school: { id: string, name: string } | null, person: { id: string, displayName: string } }> };

export type CreateOrientationPeriodMutationVariables = Exact<{
  input: CreateOrientationPeriodInput;
}>;


export type CreateOrientationPeriodMutation = { createOrientationPeriod: { id: string } };

export type CreateOrientationNetworkMutationVariables = Exact<{
  input: CreateOrientationNetworkInput;
}>;


export type CreateOrientationNetworkMutation = { createOrientationNetwork: { id: string } };

export type UpdateOrientationNetworkMutationVariables = Exact<{
  input: UpdateOrientationNetworkInput;
}>;


export type UpdateOrientationNetworkMutation = { updateOrientationNetwork: { id: string, version: number } };

export type SetPsyenWeekMutationVariables = Exact<{
  input: SetPsyenWeekInput;
}>;


export type SetPsyenWeekMutation = { setPsyenWeek: Array<{ id: string }> };

export type SetPsyenQuotityMutationVariables = Exact<{
  input: SetPsyenQuotityInput;
}>;


export type SetPsyenQuotityMutation = { setPsyenQuotity: { quotityPercent: number, version: number } };

export type OrientationSchoolsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrientationSchoolsQuery = { organisations: { nodes: Array<{ id: string, name: string, uai: string | null, lyceeTeteDeReseau: boolean, communeName: string | null }> } };

export type OrientationDutiesQueryVariables = Exact<{
  cioId: string | number;
}>;


export type OrientationDutiesQuery = { orientationDuties: Array<{ id: string, label: string, position: number, version: number, cells: Array<{ role: DutyRole, involvement: DutyInvolvement }> }> };

export type CreateOrientationDutyMutationVariables = Exact<{
  input: CreateOrientationDutyInput;
}>;


export type CreateOrientationDutyMutation = { createOrientationDuty: { id: string } };

export type UpdateOrientationDutyMutationVariables = Exact<{
  input: UpdateOrientationDutyInput;
}>;


export type UpdateOrientationDutyMutation = { updateOrientationDuty: { id: string, version: number } };

export type DeleteOrientationDutyMutationVariables = Exact<{
  input: DeleteOrientationInput;
}>;


export type DeleteOrientationDutyMutation = { deleteOrientationDuty: boolean };

export type OrientationTransversalFilesQueryVariables = Exact<{
  cioId: string | number;
}>;


export type OrientationTransversalFilesQuery = { orientationTransversalFiles: Array<{ id: string, kind: TransversalFileKind, title: string, since: string, status: TransversalFileStatus, summary: string | null, documentLinks: Array<string>, version: number, pilot: { id: string, displayName: string } | null }> };

export type CreateTransversalFileMutationVariables = Exact<{
  input: CreateTransversalFileInput;
}>;


export type CreateTransversalFileMutation = { createTransversalFile: { id: string } };

export type UpdateTransversalFileMutationVariables = Exact<{
  input: UpdateTransversalFileInput;
}>;


export type UpdateTransversalFileMutation = { updateTransversalFile: { id: string, version: number } };

export type CreateAccompaniedPersonMutationVariables = Exact<{
  person: PersonInput;
  organisationId: string | number;
  mission: string;
}>;


export type CreateAccompaniedPersonMutation = { createAccompaniedPerson: { id: string } };

export type UpdateAccompaniedPersonMutationVariables = Exact<{
  id: string | number;
  version: number;
  person: PersonInput;
}>;


export type UpdateAccompaniedPersonMutation = { updateAccompaniedPerson: { id: string, version: number } };

export type AddAccompanimentMemberMutationVariables = Exact<{
  input: MemberInput;
}>;


export type AddAccompanimentMemberMutation = { addAccompanimentMember: { id: string, displayName: string } };

export type EndAccompanimentMemberMutationVariables = Exact<{
  memberId: string | number;
  until: string;
}>;


export type EndAccompanimentMemberMutation = { endAccompanimentMember: { id: string, until: string | null } };

export type ProposeReferenceMutationVariables = Exact<{
  personId: string | number;
  comment?: string | null | undefined;
}>;


export type ProposeReferenceMutation = { proposeReference: { id: string, status: ReferenceStatus } };

export type DecideReferenceMutationVariables = Exact<{
  input: ReferenceDecisionInput;
}>;


export type DecideReferenceMutation = { decideReference: { id: string, status: ReferenceStatus, referent: { id: string, displayName: string } | null } };

export type AddPlanGoalMutationVariables = Exact<{
  personId: string | number;
  theme: PlanTheme;
  title: string;
}>;


export type AddPlanGoalMutation = { addPlanGoal: { id: string } };

export type AddPlanActionMutationVariables = Exact<{
  input: PlanActionInput;
}>;


export type AddPlanActionMutation = { addPlanAction: { id: string } };

export type UpdatePlanActionMutationVariables = Exact<{
  input: UpdatePlanActionInput;
}>;


export type UpdatePlanActionMutation = { updatePlanAction: { id: string, status: PlanActionStatus, version: number } };

export type AddCompetenceMutationVariables = Exact<{
  personId: string | number;
  kind: CompetenceKind;
  label: string;
}>;


export type AddCompetenceMutation = { addCompetence: { id: string } };

export type RemoveCompetenceMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveCompetenceMutation = { removeCompetence: boolean };

export type RecordConsentMutationVariables = Exact<{
  input: ConsentInput;
}>;


export type RecordConsentMutation = { recordConsent: { id: string } };

export type WithdrawConsentMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawConsentMutation = { withdrawConsent: { id: string, withdrawnAt: string | null } };

export type ScheduleSyntheseMutationVariables = Exact<{
  input: SyntheseInput;
}>;


export type ScheduleSyntheseMutation = { scheduleSynthese: { id: string } };

export type RecordSyntheseAgreementMutationVariables = Exact<{
  meetingId: string | number;
  memberId: string | number;
}>;


export type RecordSyntheseAgreementMutation = { recordSyntheseAgreement: { id: string, version: number } };

export type SetSynthesePaParticipationMutationVariables = Exact<{
  meetingId: string | number;
  version: number;
  participates: boolean;
}>;


export type SetSynthesePaParticipationMutation = { setSynthesePaParticipation: { id: string, paParticipates: boolean, version: number } };

export type RecordSyntheseOutcomeMutationVariables = Exact<{
  meetingId: string | number;
  version: number;
  notes: string;
  decisions: string;
}>;


export type RecordSyntheseOutcomeMutation = { recordSyntheseOutcome: { id: string, version: number } };

export type AccompaniedPersonsQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AccompaniedPersonsQuery = { accompaniedPersons: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, lastName: string, firstNames: string, birthDate: string | null, domiciled: boolean, reference: { id: string, status: ReferenceStatus, referent: { id: string, displayName: string, organisation: { id: string, name: string } } | null } | null, members: Array<{ id: string, active: boolean }> }> } };

export type AccompaniedPersonDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type AccompaniedPersonDetailQuery = { accompaniedPerson: { id: string, lastName: string, firstNames: string, birthDate: string | null, phone: string | null, email: string | null, address: string | null, domiciled: boolean, myMemberId: string | null, allowedActions: Array<PersonAction>, version: number, createdAt: string, updatedAt: string, domiciliationOrganisation: { id: string, name: string } | null, refusedActions: Array<{ action: PersonAction, reason: string, step: PersonStep | null }>, members: Array<{ id: string, professionalName: string | null, displayName: string, service: string | null, mission: string, since: string, until: string | null, active: boolean, isReferent: boolean, user: { id: string, displayName: string } | null, organisation: { id: string, name: string } }>, reference: { id: string, status: ReferenceStatus, proposedAt: string, chosenAt: string | null, sansSuiteMotive: SansSuiteMotive | null, endReason: ReferenceEndReason | null, endedAt: string | null, comment: string | null, allowedActions: Array<ReferenceActionType>, version: number, referent: { id: string, displayName: string } | null, proposedBy: { id: string, displayName: string } | null, history: Array<{ action: string, fromStatus: ReferenceStatus | null, toStatus: ReferenceStatus, motive: SansSuiteMotive | null, endReason: ReferenceEndReason | null, comment: string | null, at: string, referent: { id: string, displayName: string } | null, by: { id: string, displayName: string } | null }> } | null, references: Array<{ id: string, status: ReferenceStatus, proposedAt: string, chosenAt: string | null, sansSuiteMotive: SansSuiteMotive | null, endReason: ReferenceEndReason | null, endedAt: string | null, comment: string | null, referent: { id: string, displayName: string } | null }>, goals: Array<{ id: string, theme: PlanTheme, title: string, createdAt: string, actions: Array<{ id: string, title: string, byPerson: boolean, dueDate: string | null, status: PlanActionStatus, version: number, member: { id: string, displayName: string } | null }> }>, competences: Array<{ id: string, kind: CompetenceKind, label: string }>, consents: Array<{ id: string, kind: ConsentKind, givenAt: string, withdrawnAt: string | null, active: boolean, document: { id: string, title: string } | null, member: { id: string, displayName: string } | null, meeting: { id: string, subject: string, scheduledAt: string } | null, recordedBy: { id: string, displayName: string } | null }>, syntheses: Array<{ id: string, scheduledAt: string, subject: string, requestedBy: SyntheseRequester, paAgreed: boolean, paParticipates: boolean, notes: string, decisions: string, version: number, participants: Array<{ agreedToPaPresence: boolean, member: { id: string, displayName: string } }> }>, documents: Array<{ id: string, title: string, category: DocumentCategory, contentType: string, sizeBytes: number, uploadedAt: string, readable: boolean, uploadedBy: { id: string, displayName: string } | null, sharedWith: Array<{ id: string, displayName: string }> }> } | null };

export type ParcoursProfessionalsQueryVariables = Exact<{
  organisationId: string | number;
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ParcoursProfessionalsQuery = { parcoursProfessionals: Array<{ id: string, displayName: string, roles: Array<Role> }> };

export type ParcoursIndicatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type ParcoursIndicatorsQuery = { parcoursIndicators: { persons: number, referencesProposed: number, professionalsActingAsReferent: number, lockersInUse: number, documents: number, byStatus: Array<{ status: ReferenceStatus, count: number }>, sansSuiteByMotive: Array<{ motive: SansSuiteMotive, count: number }>, endedByReason: Array<{ reason: ReferenceEndReason, count: number }> } };

export type OrganisationOptionsForParcoursQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganisationOptionsForParcoursQuery = { organisations: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string }> } };

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

export type BilanTableFieldsFragment = { key: string, title: string, columns: Array<string>, note: string | null, chart: boolean, rows: Array<{ label: string, cells: Array<{ value: number | null, display: string, masked: boolean }> }> };

export type PsadBilanFieldsFragment = { periodFrom: string, periodTo: string, previousFrom: string, previousTo: string, generatedAt: string, masked: boolean, rule: string, sectionsVersion: number, platforms: Array<{ id: string, name: string }>, tables: Array<{ key: string, title: string, columns: Array<string>, note: string | null, chart: boolean, rows: Array<{ label: string, cells: Array<{ value: number | null, display: string, masked: boolean }> }> }>, sections: { besoins: string | null, perspectives: string | null, veille: string | null, actionsPartenaires: string | null } | null };

export type PsadBilanQueryVariables = Exact<{
  platformId: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type PsadBilanQuery = { psadBilan: { periodFrom: string, periodTo: string, previousFrom: string, previousTo: string, generatedAt: string, masked: boolean, rule: string, sectionsVersion: number, platforms: Array<{ id: string, name: string }>, tables: Array<{ key: string, title: string, columns: Array<string>, note: string | null, chart: boolean, rows: Array<{ label: string, cells: Array<{ value: number | null, display: string, masked: boolean }> }> }>, sections: { besoins: string | null, perspectives: string | null, veille: string | null, actionsPartenaires: string | null } | null } };

export type RegionalBilanQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type RegionalBilanQuery = { regionalBilan: { periodFrom: string, periodTo: string, platforms: Array<{ id: string, name: string }>, sideBySide: { key: string, title: string, columns: Array<string>, note: string | null, chart: boolean, rows: Array<{ label: string, cells: Array<{ value: number | null, display: string, masked: boolean }> }> }, consolidated: { periodFrom: string, periodTo: string, previousFrom: string, previousTo: string, generatedAt: string, masked: boolean, rule: string, sectionsVersion: number, platforms: Array<{ id: string, name: string }>, tables: Array<{ key: string, title: string, columns: Array<string>, note: string | null, chart: boolean, rows: Array<{ label: string, cells: Array<{ value: number | null, display: string, masked: boolean }> }> }>, sections: { besoins: string | null, perspectives: string | null, veille: string | null, actionsPartenaires: string | null } | null } } };

export type SaveBilanSectionsMutationVariables = Exact<{
  input: SaveBilanSectionsInput;
}>;


export type SaveBilanSectionsMutation = { saveBilanSections: { periodFrom: string, periodTo: string, previousFrom: string, previousTo: string, generatedAt: string, masked: boolean, rule: string, sectionsVersion: number, platforms: Array<{ id: string, name: string }>, tables: Array<{ key: string, title: string, columns: Array<string>, note: string | null, chart: boolean, rows: Array<{ label: string, cells: Array<{ value: number | null, display: string, masked: boolean }> }> }>, sections: { besoins: string | null, perspectives: string | null, veille: string | null, actionsPartenaires: string | null } | null } };

export type DashboardPlatformsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardPlatformsQuery = { platforms: Array<{ id: string, name: string, active: boolean }> };

export type PsadDashboardQueryVariables = Exact<{
  platformId: string | number;
  campaign?: string | null | undefined;
}>;


export type PsadDashboardQuery = { psadDashboard: { platformId: string, campaign: string | null, campaigns: Array<string>, total: number, withoutSolution: number, funnel: Array<{ stage: FunnelStage, count: number, shareOfIdentified: number | null, shareOfPrevious: number | null }>, bySource: Array<{ source: CaseSource, signalSource: SignalSource | null, count: number }>, solutionsByType: Array<{ type: SolutionType, count: number, share: number | null }>, closuresByOutcome: Array<{ outcome: CloseOutcome, count: number, share: number | null }>, minorsWithoutSolution: { count: number, minors: number, share: number | null }, delays: { medianDaysToFirstAttempt: number | null, firstAttemptCount: number, medianDaysToSolution: number | null, solutionCount: number }, partners: Array<{ total: number, organisation: { id: string, name: string }, byStatus: Array<{ status: CaseStatus, count: number }> }>, transfers: { incoming: number, outgoing: number, betweenPartners: number } } };

export type PlatformImportsQueryVariables = Exact<{
  platformId: string | number;
}>;


export type PlatformImportsQuery = { imports: Array<{ id: string, campaign: string, fileName: string, status: string, uploadedAt: string, confirmedAt: string | null, report: { total: number, accepted: number, merged: number, rejectedCount: number, duplicatesInFile: number } }> };

export type SieiImportQueryVariables = Exact<{
  id: string | number;
}>;


export type SieiImportQuery = { import: { id: string, platformId: string, campaign: string, fileName: string, status: string, uploadedAt: string, confirmedAt: string | null, uploadedBy: { id: string, displayName: string } | null, report: { total: number, accepted: number, merged: number, rejectedCount: number, duplicatesInFile: number, warnings: number, created: number | null, updated: number | null, casesOpened: number | null, rejected: Array<{ line: number, reason: string }> }, preview: { columns: Array<string>, sample: Array<{ line: number, cells: Array<string>, outcome: ImportRowOutcome, note: string | null }>, duplicates: Array<{ line: number, sameAsLine: number, matchedOn: ImportMatchedOn, ine: string | null, lastName: string, firstNames: string, birthDate: string, first: { ine: string | null, lastName: string, firstNames: string, birthDate: string } }>, merged: Array<{ line: number, matchedOn: ImportMatchedOn, ine: string | null, lastName: string, firstNames: string, birthDate: string, known: { youngPersonId: string, ine: string | null, lastName: string, firstNames: string, birthDate: string, caseId: string | null, caseStatus: CaseStatus | null } }> } | null } | null };

export type SignalPlatformsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignalPlatformsQuery = { platforms: Array<{ id: string, name: string, partners: Array<{ id: string }> }> };

export type SignalYoungPersonMutationVariables = Exact<{
  input: SignalInput;
}>;


export type SignalYoungPersonMutation = { signalYoungPerson: { matched: boolean, caseId: string | null } };

export type MergeSearchQueryVariables = Exact<{
  platformId: string | number;
  search: string;
}>;


export type MergeSearchQuery = { cases: { totalCount: number, nodes: Array<{ id: string, status: CaseStatus, episode: number, youngPerson: { id: string, ine: string | null, lastName: string, firstNames: string, birthDate: string, commune: string | null } | null }> } };

export type MergeCandidateCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type MergeCandidateCaseQuery = { case: { id: string, platform: { id: string } | null, youngPerson: { id: string, version: number, ine: string | null, lastName: string, firstNames: string, birthDate: string, sex: string | null, address: string | null, postalCode: string | null, commune: string | null, phone: string | null, email: string | null, lastSchoolUai: string | null, lastFormation: string | null, schoolExitDate: string | null, highestDiploma: string | null, cases: Array<{ id: string, episode: number, status: CaseStatus, source: CaseSource, campaign: string | null, createdAt: string, closeOutcome: CloseOutcome | null, assignedOrganisation: { id: string, name: string } | null }> } | null } | null };

export type YoungPersonDuplicatesQueryVariables = Exact<{
  platformId: string | number;
  first?: number | null | undefined;
}>;


export type YoungPersonDuplicatesQuery = { youngPersonDuplicates: Array<{ reason: DuplicateReason, similarity: number, first: { id: string, lastName: string, firstNames: string, birthDate: string, ine: string | null, cases: Array<{ id: string, status: CaseStatus }> }, second: { id: string, lastName: string, firstNames: string, birthDate: string, ine: string | null, cases: Array<{ id: string, status: CaseStatus }> } }> };

export type MergeYoungPeopleMutationVariables = Exact<{
  platformId: string | number;
  keepId: string | number;
  keepVersion: number;
  mergeId: string | number;
  mergeVersion: number;
}>;


export type MergeYoungPeopleMutation = { mergeYoungPeople: { id: string, version: number, lastName: string, firstNames: string, cases: Array<{ id: string, episode: number, status: CaseStatus, closeOutcome: CloseOutcome | null }> } };

export type AccessRequestsQueryVariables = Exact<{
  status?: AccessRequestStatus | null | undefined;
}>;


export type AccessRequestsQuery = { accessRequests: Array<{ id: string, status: AccessRequestStatus, email: string, givenName: string | null, usualName: string | null, siret: string | null, createdAt: string, version: number, organisation: { id: string, name: string } | null }> };

export type ApproveAccessRequestMutationVariables = Exact<{
  input: ApproveAccessRequestInput;
}>;


export type ApproveAccessRequestMutation = { approveAccessRequest: { id: string, status: AccessRequestStatus } };

export type RejectAccessRequestMutationVariables = Exact<{
  input: RejectAccessRequestInput;
}>;


export type RejectAccessRequestMutation = { rejectAccessRequest: { id: string, status: AccessRequestStatus } };

export type AdminUsersQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminUsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, email: string, displayName: string, active: boolean, failedLoginCount: number | null, lastLoginAt: string | null, memberships: Array<{ id: string, roles: Array<Role>, organisation: { id: string, name: string } }> }> } };

export type AdminUserQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminUserQuery = { user: { id: string, email: string, displayName: string, active: boolean, failedLoginCount: number | null, lastFailedLoginAt: string | null, lastLoginAt: string | null, createdAt: string, version: number, memberships: Array<{ id: string, roles: Array<Role>, version: number, organisation: { id: string, name: string, kind: OrganisationKind, active: boolean } }> } | null };

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


export type UnlockUserMutation = { unlockUser: { id: string, failedLoginCount: number | null, version: number } };

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


export type ApiKeysQuery = { apiKeys: Array<{ id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, scopes: Array<string>, platformIds: Array<string> | null, expiresAt: string, rateLimitPerMinute: number, trustedDocumentsOnly: boolean, organisations: Array<{ id: string, name: string }> | null, usage: Array<{ operation: string, calls: number, errors: number, lastUsedAt: string }> }> };

export type KeyPlatformsQueryVariables = Exact<{ [key: string]: never; }>;


export type KeyPlatformsQuery = { platforms: Array<{ id: string, name: string }> };

export type SetApiKeyRateLimitMutationVariables = Exact<{
  id: string | number;
  rateLimitPerMinute: number;
}>;


export type SetApiKeyRateLimitMutation = { setApiKeyRateLimit: { id: string, rateLimitPerMinute: number } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, name: string } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { id: string, name: string, revokedAt: string | null } };

export type WebhookAccountQueryVariables = Exact<{
  id: string | number;
}>;


export type WebhookAccountQuery = { user: { id: string, displayName: string, active: boolean } | null };

export type WebhookEndpointsQueryVariables = Exact<{
  serviceAccountId?: string | number | null | undefined;
}>;


export type WebhookEndpointsQuery = { webhookEndpoints: Array<{ id: string, url: string, eventTypes: Array<string>, description: string | null, enabled: boolean, disabledReason: WebhookDisabledReason | null, disabledAt: string | null, failingSince: string | null, secretRotatedAt: string | null, version: number, createdAt: string }> };

export type WebhookEndpointQueryVariables = Exact<{
  id: string | number;
}>;


export type WebhookEndpointQuery = { webhookEndpoint: { id: string, serviceAccountId: string, url: string, eventTypes: Array<string>, enabled: boolean, disabledReason: WebhookDisabledReason | null, failingSince: string | null, version: number } | null };

export type WebhookDeliveriesQueryVariables = Exact<{
  endpointId: string | number;
  status?: WebhookDeliveryStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, eventId: string, eventType: string, objectType: string, objectId: string, occurredAt: string, status: WebhookDeliveryStatus, attemptCount: number, nextAttemptAt: string | null, lastAttemptAt: string | null, lastStatusCode: number | null, lastLatencyMs: number | null, lastError: string | null, attempts: Array<{ id: string, attemptedAt: string, statusCode: number | null, latencyMs: number, error: string | null, succeeded: boolean, manual: boolean }> }> } };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { createWebhookEndpoint: { secret: string, endpoint: { id: string, url: string } } };

export type UpdateWebhookEndpointMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type UpdateWebhookEndpointMutation = { updateWebhookEndpoint: { id: string, version: number, url: string, eventTypes: Array<string> } };

export type SetWebhookEndpointEnabledMutationVariables = Exact<{
  id: string | number;
  version: number;
  enabled: boolean;
}>;


export type SetWebhookEndpointEnabledMutation = { setWebhookEndpointEnabled: { id: string, version: number, enabled: boolean } };

export type RotateWebhookSecretMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type RotateWebhookSecretMutation = { rotateWebhookSecret: { secret: string, endpoint: { id: string, url: string, version: number } } };

export type DeleteWebhookEndpointMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteWebhookEndpointMutation = { deleteWebhookEndpoint: boolean };

export type ReplayWebhookDeliveryMutationVariables = Exact<{
  deliveryId: string | number;
}>;


export type ReplayWebhookDeliveryMutation = { replayWebhookDelivery: { id: string, status: WebhookDeliveryStatus } };

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
export const TransferListItemFragmentDoc = new TypedDocumentString(`
    fragment TransferListItem on CaseTransfer {
  id
  status
  reason
  proposedAt
  fromPlatform {
    id
    name
  }
  fromOrganisation {
    id
    name
  }
  toPlatform {
    id
    name
  }
  toOrganisation {
    id
    name
  }
  proposedBy {
    id
    displayName
  }
  case {
    id
    status
    youngPerson {
      id
      lastName
      firstNames
    }
  }
}
    `, {"fragmentName":"TransferListItem"}) as unknown as TypedDocumentString<TransferListItemFragment, unknown>;
export const WorklistCaseFragmentDoc = new TypedDocumentString(`
    fragment WorklistCase on Case {
  id
  version
  status
  source
  campaign
  lastAttemptAt
  assignedOrganisation {
    id
    name
  }
  youngPerson {
    id
    ine
    lastName
    firstNames
    birthDate
    commune
  }
  flags {
    minorWithoutSolution
    noContactAfterAssignment
    injoignableReached
    obligationFormationOverdue
  }
}
    `, {"fragmentName":"WorklistCase"}) as unknown as TypedDocumentString<WorklistCaseFragment, unknown>;
export const ClasEligibilityFieldsFragmentDoc = new TypedDocumentString(`
    fragment ClasEligibilityFields on Eligibility {
  eligible
  failures
  warnings
  results {
    rule
    groupIndex
    groupLabel
    outcome
    value
    threshold
    message
  }
}
    `, {"fragmentName":"ClasEligibilityFields"}) as unknown as TypedDocumentString<ClasEligibilityFieldsFragment, unknown>;
export const ClasYearConfigFieldsFragmentDoc = new TypedDocumentString(`
    fragment ClasYearConfigFields on ClasYearConfig {
  schoolYear
  ratePercent
  ceilingCentsPerGroup
  minChildren
  maxChildren
  maxChildrenPerAdult
  warnChildrenPerAdult
  recommendedSessionsPerWeek
  latestStartDate
  earliestEndDate
  maxBreakWeeks
  classHours {
    day
    start
    end
  }
  configured
  version
}
    `, {"fragmentName":"ClasYearConfigFields"}) as unknown as TypedDocumentString<ClasYearConfigFieldsFragment, unknown>;
export const ClasProjectDetailFragmentDoc = new TypedDocumentString(`
    fragment ClasProjectDetail on ClasProject {
  id
  version
  schoolYear
  title
  status
  organisation {
    id
    name
  }
  departement {
    id
    name
    code
  }
  diagnostic
  charterSigned
  inDepartmentalFramework
  concertationDescription
  activityKinds
  localPartners
  schools {
    name
    uai
    contactName
  }
  parentActions {
    title
    period
  }
  concertationActions {
    title
    period
  }
  groups {
    id
    label
    level
    childrenCount
    accompagnateurs {
      label
      kind
      training
    }
    sessions {
      day
      start
      durationMinutes
    }
    startDate
    endDate
    longestBreakWeeks
    place
    eligibleCostCents
    otherFundingCents
    fundingEstimateCents
    sessionLogs {
      id
      heldOn
      childrenPresent
      note
      presentRosterIds
    }
    roster {
      id
      name
    }
  }
  eligibility {
    ...ClasEligibilityFields
  }
  fundingEstimateCents
  config {
    ...ClasYearConfigFields
  }
  allowedActions
  editable
  decisions {
    id
    decision
    reasons
    amountGrantedCents
    eligibility {
      ...ClasEligibilityFields
    }
    config {
      ...ClasYearConfigFields
    }
    decidedBy {
      id
      displayName
    }
    decidedAt
  }
  decision {
    id
    decision
    reasons
    amountGrantedCents
    decidedAt
  }
  comments {
    id
    body
    author {
      id
      displayName
    }
    authorParty
    createdAt
  }
  activityLogs {
    id
    kind
    heldOn
    title
    participants
  }
  bilan {
    sessionsPlanned
    sessionsHeld
    attendanceRate
    parentActionsPlanned
    parentActionsHeld
    concertationPlanned
    concertationHeld
    assessment
    submittedAt
  }
  submittedAt
  createdAt
  updatedAt
}
    fragment ClasYearConfigFields on ClasYearConfig {
  schoolYear
  ratePercent
  ceilingCentsPerGroup
  minChildren
  maxChildren
  maxChildrenPerAdult
  warnChildrenPerAdult
  recommendedSessionsPerWeek
  latestStartDate
  earliestEndDate
  maxBreakWeeks
  classHours {
    day
    start
    end
  }
  configured
  version
}
fragment ClasEligibilityFields on Eligibility {
  eligible
  failures
  warnings
  results {
    rule
    groupIndex
    groupLabel
    outcome
    value
    threshold
    message
  }
}`, {"fragmentName":"ClasProjectDetail"}) as unknown as TypedDocumentString<ClasProjectDetailFragment, unknown>;
export const CpmsContractFieldsFragmentDoc = new TypedDocumentString(`
    fragment CpmsContractFields on CpmsContract {
  id
  status
  version
  canEdit
  textEditable
  steps
  canSignAs
  canLogExchange
  canScheduleConcertation
  cpms {
    id
    name
  }
  school {
    id
    name
  }
  plan {
    id
    title
    endEvaluationOn
    midEvaluationOn
    objectives {
      code
      wording
    }
  }
  objectives {
    code
    wording
  }
  actions
  cpmsCommitments
  schoolCommitments
  informationFlows {
    what
    how
    consent
  }
  indicators {
    label
    objectiveCode
    baseline
    target
    reached
    achieved
  }
  signatures {
    party
    signedAt
    signerName
  }
  evaluationDue {
    dueOn
    daysLeft
    announced
  }
  exchanges {
    id
    occurredOn
    way
    participants
    subject
    agreed
    authorName
  }
  concertations {
    id
    title
    startsAt
    endsAt
    place
    status
  }
}
    `, {"fragmentName":"CpmsContractFields"}) as unknown as TypedDocumentString<CpmsContractFieldsFragment, unknown>;
export const SolutionOfferItemFragmentDoc = new TypedDocumentString(`
    fragment SolutionOfferItem on SolutionOffer {
  id
  name
  solutionType
  organisation {
    id
    name
  }
  communes
  ageMin
  ageMax
  conditions
  places
  contact
  activeFrom
  activeUntil
  version
  canEdit
  platform {
    id
    name
  }
}
    `, {"fragmentName":"SolutionOfferItem"}) as unknown as TypedDocumentString<SolutionOfferItemFragment, unknown>;
export const MeetingListItemFragmentDoc = new TypedDocumentString(`
    fragment MeetingListItem on Meeting {
  id
  kind
  title
  startsAt
  endsAt
  place
  visioUrl
  status
  parcours
  platform {
    id
    name
  }
  cio {
    id
    name
  }
}
    `, {"fragmentName":"MeetingListItem"}) as unknown as TypedDocumentString<MeetingListItemFragment, unknown>;
export const BilanTableFieldsFragmentDoc = new TypedDocumentString(`
    fragment BilanTableFields on BilanTable {
  key
  title
  columns
  rows {
    label
    cells {
      value
      display
      masked
    }
  }
  note
  chart
}
    `, {"fragmentName":"BilanTableFields"}) as unknown as TypedDocumentString<BilanTableFieldsFragment, unknown>;
export const PsadBilanFieldsFragmentDoc = new TypedDocumentString(`
    fragment PsadBilanFields on PsadBilan {
  platforms {
    id
    name
  }
  periodFrom
  periodTo
  previousFrom
  previousTo
  generatedAt
  masked
  rule
  tables {
    ...BilanTableFields
  }
  sections {
    besoins
    perspectives
    veille
    actionsPartenaires
  }
  sectionsVersion
}
    fragment BilanTableFields on BilanTable {
  key
  title
  columns
  rows {
    label
    cells {
      value
      display
      masked
    }
  }
  note
  chart
}`, {"fragmentName":"PsadBilanFields"}) as unknown as TypedDocumentString<PsadBilanFieldsFragment, unknown>;
export const ChangeOwnPasswordDocument = new TypedDocumentString(`
    mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {
  changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `, {"hash":"sha256:cf9c82e644054804919e329adb58293a9acc93e6db7405028f4f91296182d287"}) as unknown as TypedDocumentString<ChangeOwnPasswordMutation, ChangeOwnPasswordMutationVariables>;
export const MySessionsDocument = new TypedDocumentString(`
    query MySessions {
  mySessions {
    id
    createdAt
    lastUsedAt
    device
    browser
    addressPrefix
    method
    secondFactor
    current
  }
}
    `, {"hash":"sha256:d10a35e8efec27628e1af772436a85311e55e8c8609773431f5c395596451680"}) as unknown as TypedDocumentString<MySessionsQuery, MySessionsQueryVariables>;
export const RevokeSessionDocument = new TypedDocumentString(`
    mutation RevokeSession($id: ID!) {
  revokeSession(id: $id)
}
    `, {"hash":"sha256:0da1f5ad6ca30b47e1cb2c8f9b833664fb3647a47c585080a1a7fa8bc04c825c"}) as unknown as TypedDocumentString<RevokeSessionMutation, RevokeSessionMutationVariables>;
export const RevokeOtherSessionsDocument = new TypedDocumentString(`
    mutation RevokeOtherSessions {
  revokeOtherSessions
}
    `, {"hash":"sha256:9c1939f55fcd8c2aa1fb9b186b71b8b8494a4bc48a32f1c1d22c2488f8a5f742"}) as unknown as TypedDocumentString<RevokeOtherSessionsMutation, RevokeOtherSessionsMutationVariables>;
export const OutboxEmailsDocument = new TypedDocumentString(`
    query OutboxEmails($first: Int, $after: String) {
  outboxEmails(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      toAddress
      kind
      kindLabel
      subject
      createdAt
      deliveredVia
      sentAt
    }
  }
}
    `, {"hash":"sha256:8026f703a5cea098fd309d7d5cdb1d1d21cd12f70c9dc1405ae7b00a9e98ec6a"}) as unknown as TypedDocumentString<OutboxEmailsQuery, OutboxEmailsQueryVariables>;
export const OutboxEmailDocument = new TypedDocumentString(`
    query OutboxEmail($id: ID!) {
  outboxEmail(id: $id) {
    id
    toAddress
    kindLabel
    subject
    createdAt
    deliveredVia
    sentAt
    textBody
  }
}
    `, {"hash":"sha256:ac84b6f2d71575047fb4f5fbfaf825d676ddaddb9481e2012304bc2e3d23722e"}) as unknown as TypedDocumentString<OutboxEmailQuery, OutboxEmailQueryVariables>;
export const BackgroundQueuesDocument = new TypedDocumentString(`
    query BackgroundQueues {
  backgroundQueues {
    name
    label
    created
    retry
    active
    completed
    failed
    cancelled
    deadLetter
    cron
    scheduleLabel
  }
}
    `, {"hash":"sha256:6197979621425523ee31aba085a5795f2bc96f6af3dcaa5f62c3357887994569"}) as unknown as TypedDocumentString<BackgroundQueuesQuery, BackgroundQueuesQueryVariables>;
export const BackgroundJobsDocument = new TypedDocumentString(`
    query BackgroundJobs($queue: String, $state: BackgroundJobState, $first: Int, $after: String) {
  backgroundJobs(queue: $queue, state: $state, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      queue
      queueLabel
      state
      createdOn
      startedOn
      completedOn
      retryCount
      retryLimit
      error
    }
  }
}
    `, {"hash":"sha256:982bb8223ebee91a0f7f00ba53644ca70b15695062e1172530f328eb5f08d34f"}) as unknown as TypedDocumentString<BackgroundJobsQuery, BackgroundJobsQueryVariables>;
export const RetryBackgroundJobDocument = new TypedDocumentString(`
    mutation RetryBackgroundJob($queue: String!, $id: ID!) {
  retryBackgroundJob(queue: $queue, id: $id) {
    id
    state
  }
}
    `, {"hash":"sha256:0e42303618131317866772405c065eb9046108d792426528195ec38990b10305"}) as unknown as TypedDocumentString<RetryBackgroundJobMutation, RetryBackgroundJobMutationVariables>;
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
      actionLabel
      outcome
      subjectType
      subjectId
      recordType
      recordCount
      subject {
        type
        id
        kindLabel
        label
        named
      }
      requestId
      actorId
      actor {
        id
        displayName
      }
    }
  }
}
    `, {"hash":"sha256:b90af3e8c59ebb3e50f076500028e324f139bdca486ba69fe32726035cb1085c"}) as unknown as TypedDocumentString<AuditEventsQuery, AuditEventsQueryVariables>;
export const AuditUsersDocument = new TypedDocumentString(`
    query AuditUsers($search: String) {
  users(filter: {search: $search, includeInactive: true}, first: 50) {
    totalCount
    nodes {
      id
      displayName
      email
    }
  }
}
    `, {"hash":"sha256:21fe254e0882dabe76d278d2d6fac74b4f178f3e871d2fa91422346068233229"}) as unknown as TypedDocumentString<AuditUsersQuery, AuditUsersQueryVariables>;
export const CaseDetailDocument = new TypedDocumentString(`
    query CaseDetail($id: ID!) {
  case(id: $id) {
    id
    version
    episode
    status
    source
    campaign
    platform {
      id
      name
      partners {
        id
        name
      }
    }
    youngPerson {
      id
      ine
      lastName
      firstNames
      birthDate
      sex
      address
      postalCode
      commune
      phone
      email
      lastSchoolUai
      lastFormation
      schoolExitDate
      highestDiploma
    }
    assignedOrganisation {
      id
      name
    }
    assignedCounsellor {
      id
      displayName
    }
    assignedAt
    firstAttemptAt
    lastAttemptAt
    reachedAt
    solutionType
    solutionStartDate
    solutionOrganisation {
      id
      name
    }
    solutionOffer {
      id
      name
    }
    closeOutcome
    closeComment
    closedAt
    convocationDate
    flags {
      minorWithoutSolution
      noContactAfterAssignment
      injoignableReached
      obligationFormationDueDate
      obligationFormationOverdue
    }
    allowedActions
    contactAttempts {
      id
      attemptedAt
      channel
      result
      actor {
        id
        displayName
      }
    }
    timeline {
      id
      occurredAt
      kind
      data
      actor {
        id
        displayName
      }
    }
    pendingTransfer {
      id
      status
      reason
      proposedAt
      fromPlatformId
      fromOrganisationId
      toPlatformId
      toOrganisationId
      toPlatform {
        id
        name
      }
      toOrganisation {
        id
        name
      }
      proposedBy {
        id
        displayName
      }
    }
    createdAt
    updatedAt
  }
}
    `, {"hash":"sha256:9033ec84f3696237157198546b3477777c3b054e2a38d0a5cddc911ba8c6e0d0"}) as unknown as TypedDocumentString<CaseDetailQuery, CaseDetailQueryVariables>;
export const CasePlatformsDocument = new TypedDocumentString(`
    query CasePlatforms {
  platforms {
    id
    name
  }
}
    `, {"hash":"sha256:e310ad670fb079726013d5c9b682980b54236896154f178e1305df826434c431"}) as unknown as TypedDocumentString<CasePlatformsQuery, CasePlatformsQueryVariables>;
export const CaseContactAttemptDocument = new TypedDocumentString(`
    mutation CaseContactAttempt($caseId: ID!, $version: Int!, $attemptedAt: DateTime!, $channel: ContactChannel!, $result: ContactResult!) {
  recordContactAttempt(
    caseId: $caseId
    version: $version
    attemptedAt: $attemptedAt
    channel: $channel
    result: $result
  ) {
    id
    version
    status
  }
}
    `, {"hash":"sha256:fc056d6b9c00260fd533f2876715092ab1fc513a75775b2dbe4c7524fec3343f"}) as unknown as TypedDocumentString<CaseContactAttemptMutation, CaseContactAttemptMutationVariables>;
export const CaseSituationCheckDocument = new TypedDocumentString(`
    mutation CaseSituationCheck($caseId: ID!, $version: Int!, $finding: SituationFinding!, $note: String) {
  recordSituationCheck(
    caseId: $caseId
    version: $version
    finding: $finding
    note: $note
  ) {
    id
    version
    status
  }
}
    `, {"hash":"sha256:56ba3cf529b055ac6ccc174aa79807bc5ba19ebf32f1e7bad9dcc5eb94d62cd3"}) as unknown as TypedDocumentString<CaseSituationCheckMutation, CaseSituationCheckMutationVariables>;
export const CaseSolutionDocument = new TypedDocumentString(`
    mutation CaseSolution($caseId: ID!, $version: Int!, $type: SolutionType!, $startDate: Date!, $organisationId: ID, $offerId: ID) {
  recordSolution(
    caseId: $caseId
    version: $version
    type: $type
    startDate: $startDate
    organisationId: $organisationId
    offerId: $offerId
  ) {
    id
    version
    status
  }
}
    `, {"hash":"sha256:c9ecf596240d82688fee663e6a7ee404f5159bd528661887b99d0ff1d3ac099c"}) as unknown as TypedDocumentString<CaseSolutionMutation, CaseSolutionMutationVariables>;
export const CaseCloseDocument = new TypedDocumentString(`
    mutation CaseClose($caseId: ID!, $version: Int!, $outcome: CloseOutcome!, $comment: String) {
  closeCase(
    caseId: $caseId
    version: $version
    outcome: $outcome
    comment: $comment
  ) {
    id
    version
    status
  }
}
    `, {"hash":"sha256:5c3d8b489529d57c7bb0f423fd11ce29159e931b421ef1c83215ea12f05c9355"}) as unknown as TypedDocumentString<CaseCloseMutation, CaseCloseMutationVariables>;
export const CaseReopenDocument = new TypedDocumentString(`
    mutation CaseReopen($caseId: ID!) {
  reopenCase(caseId: $caseId) {
    id
    version
    status
    episode
  }
}
    `, {"hash":"sha256:e9e19dfd70eff7c46dc006eaa776bd41fdea17104b0c56652e7256dff1da6580"}) as unknown as TypedDocumentString<CaseReopenMutation, CaseReopenMutationVariables>;
export const CaseProposeTransferDocument = new TypedDocumentString(`
    mutation CaseProposeTransfer($caseId: ID!, $version: Int!, $toOrganisationId: ID, $toPlatformId: ID, $reason: String!) {
  proposeTransfer(
    caseId: $caseId
    version: $version
    toOrganisationId: $toOrganisationId
    toPlatformId: $toPlatformId
    reason: $reason
  ) {
    id
    status
  }
}
    `, {"hash":"sha256:82e9b22c8070d3d9c3cd1d181bcc8a00c0d8df3ddeac2779ee21656111588e4a"}) as unknown as TypedDocumentString<CaseProposeTransferMutation, CaseProposeTransferMutationVariables>;
export const IncomingTransfersDocument = new TypedDocumentString(`
    query IncomingTransfers {
  incomingTransfers {
    ...TransferListItem
  }
}
    fragment TransferListItem on CaseTransfer {
  id
  status
  reason
  proposedAt
  fromPlatform {
    id
    name
  }
  fromOrganisation {
    id
    name
  }
  toPlatform {
    id
    name
  }
  toOrganisation {
    id
    name
  }
  proposedBy {
    id
    displayName
  }
  case {
    id
    status
    youngPerson {
      id
      lastName
      firstNames
    }
  }
}`, {"hash":"sha256:0e340872642ff22353622032dd6406b7cbba062aa71bfdb532d9f1b8e2bcaa53"}) as unknown as TypedDocumentString<IncomingTransfersQuery, IncomingTransfersQueryVariables>;
export const OutgoingTransfersDocument = new TypedDocumentString(`
    query OutgoingTransfers {
  outgoingTransfers {
    ...TransferListItem
  }
}
    fragment TransferListItem on CaseTransfer {
  id
  status
  reason
  proposedAt
  fromPlatform {
    id
    name
  }
  fromOrganisation {
    id
    name
  }
  toPlatform {
    id
    name
  }
  toOrganisation {
    id
    name
  }
  proposedBy {
    id
    displayName
  }
  case {
    id
    status
    youngPerson {
      id
      lastName
      firstNames
    }
  }
}`, {"hash":"sha256:f66149edfd34d419fa9e741fd0f73fa8a85bb216a9325990ff0114359c619b40"}) as unknown as TypedDocumentString<OutgoingTransfersQuery, OutgoingTransfersQueryVariables>;
export const AcceptTransferDocument = new TypedDocumentString(`
    mutation AcceptTransfer($transferId: ID!) {
  acceptTransfer(transferId: $transferId) {
    id
    status
  }
}
    `, {"hash":"sha256:3ecf99fc71a353d70a91d045138beabe8e1d9266cf502c8c988fe2832904d012"}) as unknown as TypedDocumentString<AcceptTransferMutation, AcceptTransferMutationVariables>;
export const RefuseTransferDocument = new TypedDocumentString(`
    mutation RefuseTransfer($transferId: ID!, $reason: String!) {
  refuseTransfer(transferId: $transferId, reason: $reason) {
    id
    status
  }
}
    `, {"hash":"sha256:e5c1eda9a303f5ebdbb24ad01347250363f6a63ec1e2708eeaa293432d06af84"}) as unknown as TypedDocumentString<RefuseTransferMutation, RefuseTransferMutationVariables>;
export const CancelTransferDocument = new TypedDocumentString(`
    mutation CancelTransfer($transferId: ID!) {
  cancelTransfer(transferId: $transferId) {
    id
    status
  }
}
    `, {"hash":"sha256:54c410a7b5b5cb6566bc191abe1637e0b1902b063dc82143619cb3ee3d029754"}) as unknown as TypedDocumentString<CancelTransferMutation, CancelTransferMutationVariables>;
export const CaseSolutionOffersDocument = new TypedDocumentString(`
    query CaseSolutionOffers($filter: SolutionOfferFilter) {
  solutionOffers(filter: $filter, first: 100) {
    nodes {
      id
      name
      solutionType
      organisation {
        id
        name
      }
      activeFrom
      activeUntil
    }
  }
}
    `, {"hash":"sha256:409c8fee5b1c50e05f5991ef4608941b85043c05fb81e66673e51af0d04f46ed"}) as unknown as TypedDocumentString<CaseSolutionOffersQuery, CaseSolutionOffersQueryVariables>;
export const PlatformCasesDocument = new TypedDocumentString(`
    query PlatformCases($platformId: ID!, $filter: CaseFilter, $orderBy: CaseOrder, $first: Int, $after: String, $offset: Int) {
  cases(
    platformId: $platformId
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
    offset: $offset
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...WorklistCase
    }
  }
}
    fragment WorklistCase on Case {
  id
  version
  status
  source
  campaign
  lastAttemptAt
  assignedOrganisation {
    id
    name
  }
  youngPerson {
    id
    ine
    lastName
    firstNames
    birthDate
    commune
  }
  flags {
    minorWithoutSolution
    noContactAfterAssignment
    injoignableReached
    obligationFormationOverdue
  }
}`, {"hash":"sha256:cfc51d83133795861785b49feef31918421bccf047ce3c0ec83cc71105bd31f6"}) as unknown as TypedDocumentString<PlatformCasesQuery, PlatformCasesQueryVariables>;
export const AssignedCasesDocument = new TypedDocumentString(`
    query AssignedCases($filter: CaseFilter, $orderBy: CaseOrder, $first: Int, $after: String, $offset: Int) {
  assignedCases(
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
    offset: $offset
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...WorklistCase
    }
  }
}
    fragment WorklistCase on Case {
  id
  version
  status
  source
  campaign
  lastAttemptAt
  assignedOrganisation {
    id
    name
  }
  youngPerson {
    id
    ine
    lastName
    firstNames
    birthDate
    commune
  }
  flags {
    minorWithoutSolution
    noContactAfterAssignment
    injoignableReached
    obligationFormationOverdue
  }
}`, {"hash":"sha256:938b2fca1f4b698b384947b3b5466da4663e1981430aa6c17eab6eb65fca339f"}) as unknown as TypedDocumentString<AssignedCasesQuery, AssignedCasesQueryVariables>;
export const AssignCasesDocument = new TypedDocumentString(`
    mutation AssignCases($platformId: ID!, $cases: [CaseVersionInput!]!, $organisationId: ID!, $counsellorId: ID, $reason: String) {
  assignCases(
    platformId: $platformId
    cases: $cases
    organisationId: $organisationId
    counsellorId: $counsellorId
    reason: $reason
  ) {
    id
    version
    status
  }
}
    `, {"hash":"sha256:054219aea1ed8bbd254e0f0b060b58305068295a8a3b93ccdda6a7408a8daf28"}) as unknown as TypedDocumentString<AssignCasesMutation, AssignCasesMutationVariables>;
export const ReassignCaseToDocument = new TypedDocumentString(`
    mutation ReassignCaseTo($caseId: ID!, $version: Int!, $organisationId: ID!, $counsellorId: ID, $reason: String) {
  reassignCase(
    caseId: $caseId
    version: $version
    organisationId: $organisationId
    counsellorId: $counsellorId
    reason: $reason
  ) {
    id
    version
    status
  }
}
    `, {"hash":"sha256:30b74051e0f0d9dd29b673a5ce5ed06961bf6f119d590f67b6336578533f6171"}) as unknown as TypedDocumentString<ReassignCaseToMutation, ReassignCaseToMutationVariables>;
export const PartnerCounsellorsDocument = new TypedDocumentString(`
    query PartnerCounsellors($platformId: ID!, $organisationId: ID!) {
  partnerCounsellors(platformId: $platformId, organisationId: $organisationId) {
    id
    displayName
  }
}
    `, {"hash":"sha256:7891bfb6c3f10a0646b2827a5455209732222315d4ee459184cf49f647846236"}) as unknown as TypedDocumentString<PartnerCounsellorsQuery, PartnerCounsellorsQueryVariables>;
export const ClasYearConfigDocument = new TypedDocumentString(`
    query ClasYearConfig($schoolYear: String!) {
  clasYearConfig(schoolYear: $schoolYear) {
    ...ClasYearConfigFields
  }
}
    fragment ClasYearConfigFields on ClasYearConfig {
  schoolYear
  ratePercent
  ceilingCentsPerGroup
  minChildren
  maxChildren
  maxChildrenPerAdult
  warnChildrenPerAdult
  recommendedSessionsPerWeek
  latestStartDate
  earliestEndDate
  maxBreakWeeks
  classHours {
    day
    start
    end
  }
  configured
  version
}`, {"hash":"sha256:0336f223789ce73d44d2d15a0b43864ffed63a650ad618a05f31dd6b87a2073f"}) as unknown as TypedDocumentString<ClasYearConfigQuery, ClasYearConfigQueryVariables>;
export const SetClasYearConfigDocument = new TypedDocumentString(`
    mutation SetClasYearConfig($input: ClasYearConfigInput!) {
  setClasYearConfig(input: $input) {
    ...ClasYearConfigFields
  }
}
    fragment ClasYearConfigFields on ClasYearConfig {
  schoolYear
  ratePercent
  ceilingCentsPerGroup
  minChildren
  maxChildren
  maxChildrenPerAdult
  warnChildrenPerAdult
  recommendedSessionsPerWeek
  latestStartDate
  earliestEndDate
  maxBreakWeeks
  classHours {
    day
    start
    end
  }
  configured
  version
}`, {"hash":"sha256:5bf1c23c7259b7a0d63df2923778accbaa47caca2f666e11b63b62e11b0b4924"}) as unknown as TypedDocumentString<SetClasYearConfigMutation, SetClasYearConfigMutationVariables>;
export const LogClasSessionDocument = new TypedDocumentString(`
    mutation LogClasSession($groupId: ID!, $heldOn: Date!, $childrenPresent: Int!, $note: String, $presentRosterIds: [ID!]) {
  logClasSession(
    groupId: $groupId
    heldOn: $heldOn
    childrenPresent: $childrenPresent
    note: $note
    presentRosterIds: $presentRosterIds
  ) {
    id
  }
}
    `, {"hash":"sha256:8ace72238682324a8d92bd3f6e054fd902fcfc98f6131fb1c8161c5727f5e422"}) as unknown as TypedDocumentString<LogClasSessionMutation, LogClasSessionMutationVariables>;
export const LogClasActivityDocument = new TypedDocumentString(`
    mutation LogClasActivity($projectId: ID!, $kind: ClasActivityLogKind!, $heldOn: Date!, $title: String!, $participants: Int) {
  logClasActivity(
    projectId: $projectId
    kind: $kind
    heldOn: $heldOn
    title: $title
    participants: $participants
  ) {
    id
  }
}
    `, {"hash":"sha256:9a1033b4844f3490e2b23a9a1dfbb518484485566bd26b5af1f343a987f53070"}) as unknown as TypedDocumentString<LogClasActivityMutation, LogClasActivityMutationVariables>;
export const SetClasRosterDocument = new TypedDocumentString(`
    mutation SetClasRoster($groupId: ID!, $names: [String!]!) {
  setClasRoster(groupId: $groupId, names: $names) {
    id
    name
  }
}
    `, {"hash":"sha256:46e2b83b788714ba7c986fe4feb68cc626452100c762027389ac59292e07b0a9"}) as unknown as TypedDocumentString<SetClasRosterMutation, SetClasRosterMutationVariables>;
export const SubmitClasBilanDocument = new TypedDocumentString(`
    mutation SubmitClasBilan($projectId: ID!, $version: Int!, $assessment: String!) {
  submitClasBilan(
    projectId: $projectId
    version: $version
    assessment: $assessment
  ) {
    ...ClasProjectDetail
  }
}
    fragment ClasYearConfigFields on ClasYearConfig {
  schoolYear
  ratePercent
  ceilingCentsPerGroup
  minChildren
  maxChildren
  maxChildrenPerAdult
  warnChildrenPerAdult
  recommendedSessionsPerWeek
  latestStartDate
  earliestEndDate
  maxBreakWeeks
  classHours {
    day
    start
    end
  }
  configured
  version
}
fragment ClasEligibilityFields on Eligibility {
  eligible
  failures
  warnings
  results {
    rule
    groupIndex
    groupLabel
    outcome
    value
    threshold
    message
  }
}
fragment ClasProjectDetail on ClasProject {
  id
  version
  schoolYear
  title
  status
  organisation {
    id
    name
  }
  departement {
    id
    name
    code
  }
  diagnostic
  charterSigned
  inDepartmentalFramework
  concertationDescription
  activityKinds
  localPartners
  schools {
    name
    uai
    contactName
  }
  parentActions {
    title
    period
  }
  concertationActions {
    title
    period
  }
  groups {
    id
    label
    level
    childrenCount
    accompagnateurs {
      label
      kind
      training
    }
    sessions {
      day
      start
      durationMinutes
    }
    startDate
    endDate
    longestBreakWeeks
    place
    eligibleCostCents
    otherFundingCents
    fundingEstimateCents
    sessionLogs {
      id
      heldOn
      childrenPresent
      note
      presentRosterIds
    }
    roster {
      id
      name
    }
  }
  eligibility {
    ...ClasEligibilityFields
  }
  fundingEstimateCents
  config {
    ...ClasYearConfigFields
  }
  allowedActions
  editable
  decisions {
    id
    decision
    reasons
    amountGrantedCents
    eligibility {
      ...ClasEligibilityFields
    }
    config {
      ...ClasYearConfigFields
    }
    decidedBy {
      id
      displayName
    }
    decidedAt
  }
  decision {
    id
    decision
    reasons
    amountGrantedCents
    decidedAt
  }
  comments {
    id
    body
    author {
      id
      displayName
    }
    authorParty
    createdAt
  }
  activityLogs {
    id
    kind
    heldOn
    title
    participants
  }
  bilan {
    sessionsPlanned
    sessionsHeld
    attendanceRate
    parentActionsPlanned
    parentActionsHeld
    concertationPlanned
    concertationHeld
    assessment
    submittedAt
  }
  submittedAt
  createdAt
  updatedAt
}`, {"hash":"sha256:cec8563936b6c81d7af09296110469282906c047483aaf403b3d0e1c01388338"}) as unknown as TypedDocumentString<SubmitClasBilanMutation, SubmitClasBilanMutationVariables>;
export const ClasProjectsDocument = new TypedDocumentString(`
    query ClasProjects($filter: ClasProjectFilter, $first: Int, $after: String, $offset: Int) {
  clasProjects(filter: $filter, first: $first, after: $after, offset: $offset) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      title
      schoolYear
      status
      fundingEstimateCents
      submittedAt
      updatedAt
      organisation {
        id
        name
      }
      groups {
        id
      }
      eligibility {
        eligible
        failures
        warnings
      }
      decision {
        id
        decision
        amountGrantedCents
      }
    }
  }
}
    `, {"hash":"sha256:60cb5ad1a7cc440fd08dff9f47bea78792be3d13916942d5e8ae4ac9ebe39c24"}) as unknown as TypedDocumentString<ClasProjectsQuery, ClasProjectsQueryVariables>;
export const ClasStatusCountsDocument = new TypedDocumentString(`
    query ClasStatusCounts($schoolYear: String) {
  depose: clasProjects(
    filter: {status: [DEPOSE], schoolYear: $schoolYear}
    first: 1
  ) {
    totalCount
  }
  enInstruction: clasProjects(
    filter: {status: [EN_INSTRUCTION], schoolYear: $schoolYear}
    first: 1
  ) {
    totalCount
  }
  aCompleter: clasProjects(
    filter: {status: [A_COMPLETER], schoolYear: $schoolYear}
    first: 1
  ) {
    totalCount
  }
  accepte: clasProjects(
    filter: {status: [ACCEPTE], schoolYear: $schoolYear}
    first: 1
  ) {
    totalCount
  }
  refuse: clasProjects(
    filter: {status: [REFUSE], schoolYear: $schoolYear}
    first: 1
  ) {
    totalCount
  }
  bilanDepose: clasProjects(
    filter: {status: [BILAN_DEPOSE], schoolYear: $schoolYear}
    first: 1
  ) {
    totalCount
  }
  cloture: clasProjects(
    filter: {status: [CLOTURE], schoolYear: $schoolYear}
    first: 1
  ) {
    totalCount
  }
}
    `, {"hash":"sha256:cf5f3e88467b9a06ff903188e6bcc4d571338b307aef493d10090723e0240826"}) as unknown as TypedDocumentString<ClasStatusCountsQuery, ClasStatusCountsQueryVariables>;
export const ClasWaitingSchoolYearsDocument = new TypedDocumentString(`
    query ClasWaitingSchoolYears {
  clasWaitingSchoolYears
}
    `, {"hash":"sha256:77ea03008bc1686a17e4d21ed506b3502a51eb12f2323f0d0f684781c3e945a3"}) as unknown as TypedDocumentString<ClasWaitingSchoolYearsQuery, ClasWaitingSchoolYearsQueryVariables>;
export const ClasProjectDocument = new TypedDocumentString(`
    query ClasProject($id: ID!) {
  clasProject(id: $id) {
    ...ClasProjectDetail
  }
}
    fragment ClasYearConfigFields on ClasYearConfig {
  schoolYear
  ratePercent
  ceilingCentsPerGroup
  minChildren
  maxChildren
  maxChildrenPerAdult
  warnChildrenPerAdult
  recommendedSessionsPerWeek
  latestStartDate
  earliestEndDate
  maxBreakWeeks
  classHours {
    day
    start
    end
  }
  configured
  version
}
fragment ClasEligibilityFields on Eligibility {
  eligible
  failures
  warnings
  results {
    rule
    groupIndex
    groupLabel
    outcome
    value
    threshold
    message
  }
}
fragment ClasProjectDetail on ClasProject {
  id
  version
  schoolYear
  title
  status
  organisation {
    id
    name
  }
  departement {
    id
    name
    code
  }
  diagnostic
  charterSigned
  inDepartmentalFramework
  concertationDescription
  activityKinds
  localPartners
  schools {
    name
    uai
    contactName
  }
  parentActions {
    title
    period
  }
  concertationActions {
    title
    period
  }
  groups {
    id
    label
    level
    childrenCount
    accompagnateurs {
      label
      kind
      training
    }
    sessions {
      day
      start
      durationMinutes
    }
    startDate
    endDate
    longestBreakWeeks
    place
    eligibleCostCents
    otherFundingCents
    fundingEstimateCents
    sessionLogs {
      id
      heldOn
      childrenPresent
      note
      presentRosterIds
    }
    roster {
      id
      name
    }
  }
  eligibility {
    ...ClasEligibilityFields
  }
  fundingEstimateCents
  config {
    ...ClasYearConfigFields
  }
  allowedActions
  editable
  decisions {
    id
    decision
    reasons
    amountGrantedCents
    eligibility {
      ...ClasEligibilityFields
    }
    config {
      ...ClasYearConfigFields
    }
    decidedBy {
      id
      displayName
    }
    decidedAt
  }
  decision {
    id
    decision
    reasons
    amountGrantedCents
    decidedAt
  }
  comments {
    id
    body
    author {
      id
      displayName
    }
    authorParty
    createdAt
  }
  activityLogs {
    id
    kind
    heldOn
    title
    participants
  }
  bilan {
    sessionsPlanned
    sessionsHeld
    attendanceRate
    parentActionsPlanned
    parentActionsHeld
    concertationPlanned
    concertationHeld
    assessment
    submittedAt
  }
  submittedAt
  createdAt
  updatedAt
}`, {"hash":"sha256:35188a7e79c7a8f29a92c47c931e7d2cdaf08fa5cff9b19fa97c811b409282f0"}) as unknown as TypedDocumentString<ClasProjectQuery, ClasProjectQueryVariables>;
export const ClasDashboardDocument = new TypedDocumentString(`
    query ClasDashboard($schoolYear: String!, $departementId: ID) {
  clasDashboard(schoolYear: $schoolYear, departementId: $departementId) {
    schoolYear
    departement {
      id
      name
      code
    }
    projects
    byStatus {
      status
      count
    }
    groups
    children
    accompagnateurs
    eligibleProjects
    fundingRequestedCents
    fundingGrantedCents
  }
}
    `, {"hash":"sha256:ff00db69c28cedcdaccc4e25d402840641925a2c8c5b3a580147d0d4b4057b82"}) as unknown as TypedDocumentString<ClasDashboardQuery, ClasDashboardQueryVariables>;
export const CreateClasProjectDocument = new TypedDocumentString(`
    mutation CreateClasProject($organisationId: ID!, $content: ClasProjectContentInput!) {
  createClasProject(organisationId: $organisationId, content: $content) {
    ...ClasProjectDetail
  }
}
    fragment ClasYearConfigFields on ClasYearConfig {
  schoolYear
  ratePercent
  ceilingCentsPerGroup
  minChildren
  maxChildren
  maxChildrenPerAdult
  warnChildrenPerAdult
  recommendedSessionsPerWeek
  latestStartDate
  earliestEndDate
  maxBreakWeeks
  classHours {
    day
    start
    end
  }
  configured
  version
}
fragment ClasEligibilityFields on Eligibility {
  eligible
  failures
  warnings
  results {
    rule
    groupIndex
    groupLabel
    outcome
    value
    threshold
    message
  }
}
fragment ClasProjectDetail on ClasProject {
  id
  version
  schoolYear
  title
  status
  organisation {
    id
    name
  }
  departement {
    id
    name
    code
  }
  diagnostic
  charterSigned
  inDepartmentalFramework
  concertationDescription
  activityKinds
  localPartners
  schools {
    name
    uai
    contactName
  }
  parentActions {
    title
    period
  }
  concertationActions {
    title
    period
  }
  groups {
    id
    label
    level
    childrenCount
    accompagnateurs {
      label
      kind
      training
    }
    sessions {
      day
      start
      durationMinutes
    }
    startDate
    endDate
    longestBreakWeeks
    place
    eligibleCostCents
    otherFundingCents
    fundingEstimateCents
    sessionLogs {
      id
      heldOn
      childrenPresent
      note
      presentRosterIds
    }
    roster {
      id
      name
    }
  }
  eligibility {
    ...ClasEligibilityFields
  }
  fundingEstimateCents
  config {
    ...ClasYearConfigFields
  }
  allowedActions
  editable
  decisions {
    id
    decision
    reasons
    amountGrantedCents
    eligibility {
      ...ClasEligibilityFields
    }
    config {
      ...ClasYearConfigFields
    }
    decidedBy {
      id
      displayName
    }
    decidedAt
  }
  decision {
    id
    decision
    reasons
    amountGrantedCents
    decidedAt
  }
  comments {
    id
    body
    author {
      id
      displayName
    }
    authorParty
    createdAt
  }
  activityLogs {
    id
    kind
    heldOn
    title
    participants
  }
  bilan {
    sessionsPlanned
    sessionsHeld
    attendanceRate
    parentActionsPlanned
    parentActionsHeld
    concertationPlanned
    concertationHeld
    assessment
    submittedAt
  }
  submittedAt
  createdAt
  updatedAt
}`, {"hash":"sha256:75833d8a2912c66510e7a577e7e0522a2cffc7965eb88adf082ec99699389b1e"}) as unknown as TypedDocumentString<CreateClasProjectMutation, CreateClasProjectMutationVariables>;
export const UpdateClasProjectDocument = new TypedDocumentString(`
    mutation UpdateClasProject($id: ID!, $version: Int!, $content: ClasProjectContentInput!) {
  updateClasProject(id: $id, version: $version, content: $content) {
    ...ClasProjectDetail
  }
}
    fragment ClasYearConfigFields on ClasYearConfig {
  schoolYear
  ratePercent
  ceilingCentsPerGroup
  minChildren
  maxChildren
  maxChildrenPerAdult
  warnChildrenPerAdult
  recommendedSessionsPerWeek
  latestStartDate
  earliestEndDate
  maxBreakWeeks
  classHours {
    day
    start
    end
  }
  configured
  version
}
fragment ClasEligibilityFields on Eligibility {
  eligible
  failures
  warnings
  results {
    rule
    groupIndex
    groupLabel
    outcome
    value
    threshold
    message
  }
}
fragment ClasProjectDetail on ClasProject {
  id
  version
  schoolYear
  title
  status
  organisation {
    id
    name
  }
  departement {
    id
    name
    code
  }
  diagnostic
  charterSigned
  inDepartmentalFramework
  concertationDescription
  activityKinds
  localPartners
  schools {
    name
    uai
    contactName
  }
  parentActions {
    title
    period
  }
  concertationActions {
    title
    period
  }
  groups {
    id
    label
    level
    childrenCount
    accompagnateurs {
      label
      kind
      training
    }
    sessions {
      day
      start
      durationMinutes
    }
    startDate
    endDate
    longestBreakWeeks
    place
    eligibleCostCents
    otherFundingCents
    fundingEstimateCents
    sessionLogs {
      id
      heldOn
      childrenPresent
      note
      presentRosterIds
    }
    roster {
      id
      name
    }
  }
  eligibility {
    ...ClasEligibilityFields
  }
  fundingEstimateCents
  config {
    ...ClasYearConfigFields
  }
  allowedActions
  editable
  decisions {
    id
    decision
    reasons
    amountGrantedCents
    eligibility {
      ...ClasEligibilityFields
    }
    config {
      ...ClasYearConfigFields
    }
    decidedBy {
      id
      displayName
    }
    decidedAt
  }
  decision {
    id
    decision
    reasons
    amountGrantedCents
    decidedAt
  }
  comments {
    id
    body
    author {
      id
      displayName
    }
    authorParty
    createdAt
  }
  activityLogs {
    id
    kind
    heldOn
    title
    participants
  }
  bilan {
    sessionsPlanned
    sessionsHeld
    attendanceRate
    parentActionsPlanned
    parentActionsHeld
    concertationPlanned
    concertationHeld
    assessment
    submittedAt
  }
  submittedAt
  createdAt
  updatedAt
}`, {"hash":"sha256:af63adc27796547e2a8f463da169b1b01bcacf5be20460bf0072382998d2f7b9"}) as unknown as TypedDocumentString<UpdateClasProjectMutation, UpdateClasProjectMutationVariables>;
export const SubmitClasProjectDocument = new TypedDocumentString(`
    mutation SubmitClasProject($id: ID!, $version: Int!) {
  submitClasProject(id: $id, version: $version) {
    ...ClasProjectDetail
  }
}
    fragment ClasYearConfigFields on ClasYearConfig {
  schoolYear
  ratePercent
  ceilingCentsPerGroup
  minChildren
  maxChildren
  maxChildrenPerAdult
  warnChildrenPerAdult
  recommendedSessionsPerWeek
  latestStartDate
  earliestEndDate
  maxBreakWeeks
  classHours {
    day
    start
    end
  }
  configured
  version
}
fragment ClasEligibilityFields on Eligibility {
  eligible
  failures
  warnings
  results {
    rule
    groupIndex
    groupLabel
    outcome
    value
    threshold
    message
  }
}
fragment ClasProjectDetail on ClasProject {
  id
  version
  schoolYear
  title
  status
  organisation {
    id
    name
  }
  departement {
    id
    name
    code
  }
  diagnostic
  charterSigned
  inDepartmentalFramework
  concertationDescription
  activityKinds
  localPartners
  schools {
    name
    uai
    contactName
  }
  parentActions {
    title
    period
  }
  concertationActions {
    title
    period
  }
  groups {
    id
    label
    level
    childrenCount
    accompagnateurs {
      label
      kind
      training
    }
    sessions {
      day
      start
      durationMinutes
    }
    startDate
    endDate
    longestBreakWeeks
    place
    eligibleCostCents
    otherFundingCents
    fundingEstimateCents
    sessionLogs {
      id
      heldOn
      childrenPresent
      note
      presentRosterIds
    }
    roster {
      id
      name
    }
  }
  eligibility {
    ...ClasEligibilityFields
  }
  fundingEstimateCents
  config {
    ...ClasYearConfigFields
  }
  allowedActions
  editable
  decisions {
    id
    decision
    reasons
    amountGrantedCents
    eligibility {
      ...ClasEligibilityFields
    }
    config {
      ...ClasYearConfigFields
    }
    decidedBy {
      id
      displayName
    }
    decidedAt
  }
  decision {
    id
    decision
    reasons
    amountGrantedCents
    decidedAt
  }
  comments {
    id
    body
    author {
      id
      displayName
    }
    authorParty
    createdAt
  }
  activityLogs {
    id
    kind
    heldOn
    title
    participants
  }
  bilan {
    sessionsPlanned
    sessionsHeld
    attendanceRate
    parentActionsPlanned
    parentActionsHeld
    concertationPlanned
    concertationHeld
    assessment
    submittedAt
  }
  submittedAt
  createdAt
  updatedAt
}`, {"hash":"sha256:a1407232bca0e418e7c075d164ec64fcb9ce463191ed7ee227839d64b5e5ab5f"}) as unknown as TypedDocumentString<SubmitClasProjectMutation, SubmitClasProjectMutationVariables>;
export const ExamineClasProjectDocument = new TypedDocumentString(`
    mutation ExamineClasProject($id: ID!, $version: Int!) {
  examineClasProject(id: $id, version: $version) {
    ...ClasProjectDetail
  }
}
    fragment ClasYearConfigFields on ClasYearConfig {
  schoolYear
  ratePercent
  ceilingCentsPerGroup
  minChildren
  maxChildren
  maxChildrenPerAdult
  warnChildrenPerAdult
  recommendedSessionsPerWeek
  latestStartDate
  earliestEndDate
  maxBreakWeeks
  classHours {
    day
    start
    end
  }
  configured
  version
}
fragment ClasEligibilityFields on Eligibility {
  eligible
  failures
  warnings
  results {
    rule
    groupIndex
    groupLabel
    outcome
    value
    threshold
    message
  }
}
fragment ClasProjectDetail on ClasProject {
  id
  version
  schoolYear
  title
  status
  organisation {
    id
    name
  }
  departement {
    id
    name
    code
  }
  diagnostic
  charterSigned
  inDepartmentalFramework
  concertationDescription
  activityKinds
  localPartners
  schools {
    name
    uai
    contactName
  }
  parentActions {
    title
    period
  }
  concertationActions {
    title
    period
  }
  groups {
    id
    label
    level
    childrenCount
    accompagnateurs {
      label
      kind
      training
    }
    sessions {
      day
      start
      durationMinutes
    }
    startDate
    endDate
    longestBreakWeeks
    place
    eligibleCostCents
    otherFundingCents
    fundingEstimateCents
    sessionLogs {
      id
      heldOn
      childrenPresent
      note
      presentRosterIds
    }
    roster {
      id
      name
    }
  }
  eligibility {
    ...ClasEligibilityFields
  }
  fundingEstimateCents
  config {
    ...ClasYearConfigFields
  }
  allowedActions
  editable
  decisions {
    id
    decision
    reasons
    amountGrantedCents
    eligibility {
      ...ClasEligibilityFields
    }
    config {
      ...ClasYearConfigFields
    }
    decidedBy {
      id
      displayName
    }
    decidedAt
  }
  decision {
    id
    decision
    reasons
    amountGrantedCents
    decidedAt
  }
  comments {
    id
    body
    author {
      id
      displayName
    }
    authorParty
    createdAt
  }
  activityLogs {
    id
    kind
    heldOn
    title
    participants
  }
  bilan {
    sessionsPlanned
    sessionsHeld
    attendanceRate
    parentActionsPlanned
    parentActionsHeld
    concertationPlanned
    concertationHeld
    assessment
    submittedAt
  }
  submittedAt
  createdAt
  updatedAt
}`, {"hash":"sha256:a243e31802896f9ac40dd4eea8809c1beb04e2cb367e5b733da0d0d945d3def0"}) as unknown as TypedDocumentString<ExamineClasProjectMutation, ExamineClasProjectMutationVariables>;
export const DecideClasProjectDocument = new TypedDocumentString(`
    mutation DecideClasProject($input: ClasDecisionInput!) {
  decideClasProject(input: $input) {
    ...ClasProjectDetail
  }
}
    fragment ClasYearConfigFields on ClasYearConfig {
  schoolYear
  ratePercent
  ceilingCentsPerGroup
  minChildren
  maxChildren
  maxChildrenPerAdult
  warnChildrenPerAdult
  recommendedSessionsPerWeek
  latestStartDate
  earliestEndDate
  maxBreakWeeks
  classHours {
    day
    start
    end
  }
  configured
  version
}
fragment ClasEligibilityFields on Eligibility {
  eligible
  failures
  warnings
  results {
    rule
    groupIndex
    groupLabel
    outcome
    value
    threshold
    message
  }
}
fragment ClasProjectDetail on ClasProject {
  id
  version
  schoolYear
  title
  status
  organisation {
    id
    name
  }
  departement {
    id
    name
    code
  }
  diagnostic
  charterSigned
  inDepartmentalFramework
  concertationDescription
  activityKinds
  localPartners
  schools {
    name
    uai
    contactName
  }
  parentActions {
    title
    period
  }
  concertationActions {
    title
    period
  }
  groups {
    id
    label
    level
    childrenCount
    accompagnateurs {
      label
      kind
      training
    }
    sessions {
      day
      start
      durationMinutes
    }
    startDate
    endDate
    longestBreakWeeks
    place
    eligibleCostCents
    otherFundingCents
    fundingEstimateCents
    sessionLogs {
      id
      heldOn
      childrenPresent
      note
      presentRosterIds
    }
    roster {
      id
      name
    }
  }
  eligibility {
    ...ClasEligibilityFields
  }
  fundingEstimateCents
  config {
    ...ClasYearConfigFields
  }
  allowedActions
  editable
  decisions {
    id
    decision
    reasons
    amountGrantedCents
    eligibility {
      ...ClasEligibilityFields
    }
    config {
      ...ClasYearConfigFields
    }
    decidedBy {
      id
      displayName
    }
    decidedAt
  }
  decision {
    id
    decision
    reasons
    amountGrantedCents
    decidedAt
  }
  comments {
    id
    body
    author {
      id
      displayName
    }
    authorParty
    createdAt
  }
  activityLogs {
    id
    kind
    heldOn
    title
    participants
  }
  bilan {
    sessionsPlanned
    sessionsHeld
    attendanceRate
    parentActionsPlanned
    parentActionsHeld
    concertationPlanned
    concertationHeld
    assessment
    submittedAt
  }
  submittedAt
  createdAt
  updatedAt
}`, {"hash":"sha256:db13ea0d3453a08c9d22d81e12064e97de61df924be4fc05c7d530e1e3879228"}) as unknown as TypedDocumentString<DecideClasProjectMutation, DecideClasProjectMutationVariables>;
export const CloseClasProjectDocument = new TypedDocumentString(`
    mutation CloseClasProject($id: ID!, $version: Int!) {
  closeClasProject(id: $id, version: $version) {
    ...ClasProjectDetail
  }
}
    fragment ClasYearConfigFields on ClasYearConfig {
  schoolYear
  ratePercent
  ceilingCentsPerGroup
  minChildren
  maxChildren
  maxChildrenPerAdult
  warnChildrenPerAdult
  recommendedSessionsPerWeek
  latestStartDate
  earliestEndDate
  maxBreakWeeks
  classHours {
    day
    start
    end
  }
  configured
  version
}
fragment ClasEligibilityFields on Eligibility {
  eligible
  failures
  warnings
  results {
    rule
    groupIndex
    groupLabel
    outcome
    value
    threshold
    message
  }
}
fragment ClasProjectDetail on ClasProject {
  id
  version
  schoolYear
  title
  status
  organisation {
    id
    name
  }
  departement {
    id
    name
    code
  }
  diagnostic
  charterSigned
  inDepartmentalFramework
  concertationDescription
  activityKinds
  localPartners
  schools {
    name
    uai
    contactName
  }
  parentActions {
    title
    period
  }
  concertationActions {
    title
    period
  }
  groups {
    id
    label
    level
    childrenCount
    accompagnateurs {
      label
      kind
      training
    }
    sessions {
      day
      start
      durationMinutes
    }
    startDate
    endDate
    longestBreakWeeks
    place
    eligibleCostCents
    otherFundingCents
    fundingEstimateCents
    sessionLogs {
      id
      heldOn
      childrenPresent
      note
      presentRosterIds
    }
    roster {
      id
      name
    }
  }
  eligibility {
    ...ClasEligibilityFields
  }
  fundingEstimateCents
  config {
    ...ClasYearConfigFields
  }
  allowedActions
  editable
  decisions {
    id
    decision
    reasons
    amountGrantedCents
    eligibility {
      ...ClasEligibilityFields
    }
    config {
      ...ClasYearConfigFields
    }
    decidedBy {
      id
      displayName
    }
    decidedAt
  }
  decision {
    id
    decision
    reasons
    amountGrantedCents
    decidedAt
  }
  comments {
    id
    body
    author {
      id
      displayName
    }
    authorParty
    createdAt
  }
  activityLogs {
    id
    kind
    heldOn
    title
    participants
  }
  bilan {
    sessionsPlanned
    sessionsHeld
    attendanceRate
    parentActionsPlanned
    parentActionsHeld
    concertationPlanned
    concertationHeld
    assessment
    submittedAt
  }
  submittedAt
  createdAt
  updatedAt
}`, {"hash":"sha256:457d3170dac71714f7d8cacd794a73eb0484516b7cb58a2b66cb9d615a6e2538"}) as unknown as TypedDocumentString<CloseClasProjectMutation, CloseClasProjectMutationVariables>;
export const CommentClasProjectDocument = new TypedDocumentString(`
    mutation CommentClasProject($projectId: ID!, $body: String!) {
  commentClasProject(projectId: $projectId, body: $body) {
    id
  }
}
    `, {"hash":"sha256:bfe790523c475f52c42434d5fa199c1519b602b32a322ce438ecce577434cef2"}) as unknown as TypedDocumentString<CommentClasProjectMutation, CommentClasProjectMutationVariables>;
export const CpmsContractsDocument = new TypedDocumentString(`
    query CpmsContracts($schoolId: ID, $status: CpmsContractStatus, $evaluationDue: Boolean) {
  cpmsContracts(
    schoolId: $schoolId
    status: $status
    evaluationDue: $evaluationDue
  ) {
    id
    status
    cpms {
      id
      name
    }
    school {
      id
      name
    }
    plan {
      id
      title
    }
    evaluationDue {
      dueOn
      daysLeft
      announced
    }
  }
}
    `, {"hash":"sha256:48ad6fa1a1242ff49d1c54510645487931337ccd785cb537ee7fa04ccb42b88e"}) as unknown as TypedDocumentString<CpmsContractsQuery, CpmsContractsQueryVariables>;
export const CpmsContractDocument = new TypedDocumentString(`
    query CpmsContract($id: ID!) {
  cpmsContract(id: $id) {
    ...CpmsContractFields
  }
}
    fragment CpmsContractFields on CpmsContract {
  id
  status
  version
  canEdit
  textEditable
  steps
  canSignAs
  canLogExchange
  canScheduleConcertation
  cpms {
    id
    name
  }
  school {
    id
    name
  }
  plan {
    id
    title
    endEvaluationOn
    midEvaluationOn
    objectives {
      code
      wording
    }
  }
  objectives {
    code
    wording
  }
  actions
  cpmsCommitments
  schoolCommitments
  informationFlows {
    what
    how
    consent
  }
  indicators {
    label
    objectiveCode
    baseline
    target
    reached
    achieved
  }
  signatures {
    party
    signedAt
    signerName
  }
  evaluationDue {
    dueOn
    daysLeft
    announced
  }
  exchanges {
    id
    occurredOn
    way
    participants
    subject
    agreed
    authorName
  }
  concertations {
    id
    title
    startsAt
    endsAt
    place
    status
  }
}`, {"hash":"sha256:0a03646794221f53766b6260488baebcff9278730207f96df4288baad0847c97"}) as unknown as TypedDocumentString<CpmsContractQuery, CpmsContractQueryVariables>;
export const CpmsSchoolPlansDocument = new TypedDocumentString(`
    query CpmsSchoolPlans {
  cpmsSchoolPlans {
    id
    title
    startsOn
    endsOn
    version
    school {
      id
      name
    }
    objectives {
      code
      wording
    }
    midEvaluationOn
    midEvaluationResult
    endEvaluationOn
    endEvaluationResult
    document {
      name
      size
      url
    }
    canEdit
    canDraftContract
    contracts {
      id
      status
      cpms {
        id
        name
      }
    }
  }
  cpmsDirectedCentres {
    id
    name
  }
}
    `, {"hash":"sha256:af3715b2c0f7863603186b68c0db55603c22d5fb2652a97520c816d16579f001"}) as unknown as TypedDocumentString<CpmsSchoolPlansQuery, CpmsSchoolPlansQueryVariables>;
export const CpmsObjectivesContractsDocument = new TypedDocumentString(`
    query CpmsObjectivesContracts {
  cpmsObjectivesContracts {
    id
    title
    startsOn
    endsOn
    status
    version
    objectives
    canEdit
    cpms {
      id
      name
    }
    contracts {
      id
      status
      school {
        id
        name
      }
      indicators {
        label
        baseline
        target
        reached
        achieved
      }
    }
    indicators {
      label
      objectiveCode
      baseline
      target
      reached
      achieved
    }
  }
  cpmsDirectedCentres {
    id
    name
  }
}
    `, {"hash":"sha256:c1dfd2e99babe741ec05ff238e76c2c363e4a0c7be632f43d8613d8c6446bc65"}) as unknown as TypedDocumentString<CpmsObjectivesContractsQuery, CpmsObjectivesContractsQueryVariables>;
export const CreateCpmsContractDocument = new TypedDocumentString(`
    mutation CreateCpmsContract($input: CreateCpmsContractInput!) {
  createCpmsContract(input: $input) {
    id
  }
}
    `, {"hash":"sha256:786f1af87a5b795d4f651a73654c6f1d3d8e59cc34b00780fc67a636389a67ea"}) as unknown as TypedDocumentString<CreateCpmsContractMutation, CreateCpmsContractMutationVariables>;
export const StepCpmsContractDocument = new TypedDocumentString(`
    mutation StepCpmsContract($input: CpmsContractStepInput!) {
  stepCpmsContract(input: $input) {
    ...CpmsContractFields
  }
}
    fragment CpmsContractFields on CpmsContract {
  id
  status
  version
  canEdit
  textEditable
  steps
  canSignAs
  canLogExchange
  canScheduleConcertation
  cpms {
    id
    name
  }
  school {
    id
    name
  }
  plan {
    id
    title
    endEvaluationOn
    midEvaluationOn
    objectives {
      code
      wording
    }
  }
  objectives {
    code
    wording
  }
  actions
  cpmsCommitments
  schoolCommitments
  informationFlows {
    what
    how
    consent
  }
  indicators {
    label
    objectiveCode
    baseline
    target
    reached
    achieved
  }
  signatures {
    party
    signedAt
    signerName
  }
  evaluationDue {
    dueOn
    daysLeft
    announced
  }
  exchanges {
    id
    occurredOn
    way
    participants
    subject
    agreed
    authorName
  }
  concertations {
    id
    title
    startsAt
    endsAt
    place
    status
  }
}`, {"hash":"sha256:6090884139dd7ae382a9f9bd93afd909610d64dcca3cafd5f4a04da2a379cde7"}) as unknown as TypedDocumentString<StepCpmsContractMutation, StepCpmsContractMutationVariables>;
export const SignCpmsContractDocument = new TypedDocumentString(`
    mutation SignCpmsContract($input: SignCpmsContractInput!) {
  signCpmsContract(input: $input) {
    ...CpmsContractFields
  }
}
    fragment CpmsContractFields on CpmsContract {
  id
  status
  version
  canEdit
  textEditable
  steps
  canSignAs
  canLogExchange
  canScheduleConcertation
  cpms {
    id
    name
  }
  school {
    id
    name
  }
  plan {
    id
    title
    endEvaluationOn
    midEvaluationOn
    objectives {
      code
      wording
    }
  }
  objectives {
    code
    wording
  }
  actions
  cpmsCommitments
  schoolCommitments
  informationFlows {
    what
    how
    consent
  }
  indicators {
    label
    objectiveCode
    baseline
    target
    reached
    achieved
  }
  signatures {
    party
    signedAt
    signerName
  }
  evaluationDue {
    dueOn
    daysLeft
    announced
  }
  exchanges {
    id
    occurredOn
    way
    participants
    subject
    agreed
    authorName
  }
  concertations {
    id
    title
    startsAt
    endsAt
    place
    status
  }
}`, {"hash":"sha256:23c1364915a710ec5fe63df1849ddeaa63a26ef00a9ea4567508a23e207232cc"}) as unknown as TypedDocumentString<SignCpmsContractMutation, SignCpmsContractMutationVariables>;
export const LogCpmsExchangeDocument = new TypedDocumentString(`
    mutation LogCpmsExchange($input: LogCpmsExchangeInput!) {
  logCpmsExchange(input: $input) {
    id
  }
}
    `, {"hash":"sha256:1563adc368964e3efeaf6feaaed8769f5d26e767c36de3e1ad7572b480994ead"}) as unknown as TypedDocumentString<LogCpmsExchangeMutation, LogCpmsExchangeMutationVariables>;
export const ScheduleCpmsConcertationDocument = new TypedDocumentString(`
    mutation ScheduleCpmsConcertation($input: ScheduleCpmsConcertationInput!) {
  scheduleCpmsConcertation(input: $input) {
    id
  }
}
    `, {"hash":"sha256:e902215acabcd51d99f561f963292934b2729752f735d9de9456bf7fb6823e64"}) as unknown as TypedDocumentString<ScheduleCpmsConcertationMutation, ScheduleCpmsConcertationMutationVariables>;
export const RecordCpmsIndicatorsReachedDocument = new TypedDocumentString(`
    mutation RecordCpmsIndicatorsReached($input: RecordCpmsIndicatorsReachedInput!) {
  recordCpmsIndicatorsReached(input: $input) {
    ...CpmsContractFields
  }
}
    fragment CpmsContractFields on CpmsContract {
  id
  status
  version
  canEdit
  textEditable
  steps
  canSignAs
  canLogExchange
  canScheduleConcertation
  cpms {
    id
    name
  }
  school {
    id
    name
  }
  plan {
    id
    title
    endEvaluationOn
    midEvaluationOn
    objectives {
      code
      wording
    }
  }
  objectives {
    code
    wording
  }
  actions
  cpmsCommitments
  schoolCommitments
  informationFlows {
    what
    how
    consent
  }
  indicators {
    label
    objectiveCode
    baseline
    target
    reached
    achieved
  }
  signatures {
    party
    signedAt
    signerName
  }
  evaluationDue {
    dueOn
    daysLeft
    announced
  }
  exchanges {
    id
    occurredOn
    way
    participants
    subject
    agreed
    authorName
  }
  concertations {
    id
    title
    startsAt
    endsAt
    place
    status
  }
}`, {"hash":"sha256:04c85686c8780ad84dd1509faf7dc1ba337d0f96c9b943af381b1e6a837929d1"}) as unknown as TypedDocumentString<RecordCpmsIndicatorsReachedMutation, RecordCpmsIndicatorsReachedMutationVariables>;
export const UpdateCpmsSchoolPlanDocument = new TypedDocumentString(`
    mutation UpdateCpmsSchoolPlan($input: UpdateCpmsSchoolPlanInput!) {
  updateCpmsSchoolPlan(input: $input) {
    id
    version
  }
}
    `, {"hash":"sha256:5a8c9ff712a08c50b25c7266f073361702a48c91bc7bd22e60772558e0e679f2"}) as unknown as TypedDocumentString<UpdateCpmsSchoolPlanMutation, UpdateCpmsSchoolPlanMutationVariables>;
export const CreateCpmsSchoolPlanDocument = new TypedDocumentString(`
    mutation CreateCpmsSchoolPlan($input: CreateCpmsSchoolPlanInput!) {
  createCpmsSchoolPlan(input: $input) {
    id
    version
  }
}
    `, {"hash":"sha256:ff54efd1b29617fcafe4c524cc39d4e3d028571cef3959dba933b59c9cebbf93"}) as unknown as TypedDocumentString<CreateCpmsSchoolPlanMutation, CreateCpmsSchoolPlanMutationVariables>;
export const CreateCpmsObjectivesContractDocument = new TypedDocumentString(`
    mutation CreateCpmsObjectivesContract($input: CreateCpmsObjectivesContractInput!) {
  createCpmsObjectivesContract(input: $input) {
    id
    version
  }
}
    `, {"hash":"sha256:3189372f92ab49c734d169f4b513f0d2b97c0843342c507aa1360e5ecdf63ffa"}) as unknown as TypedDocumentString<CreateCpmsObjectivesContractMutation, CreateCpmsObjectivesContractMutationVariables>;
export const UpdateCpmsObjectivesContractDocument = new TypedDocumentString(`
    mutation UpdateCpmsObjectivesContract($input: UpdateCpmsObjectivesContractInput!) {
  updateCpmsObjectivesContract(input: $input) {
    id
    version
  }
}
    `, {"hash":"sha256:606ba14980fe62cc77fdfcd08367ef6b6ac05dc02e7d311d1e7280e3f88bacbd"}) as unknown as TypedDocumentString<UpdateCpmsObjectivesContractMutation, UpdateCpmsObjectivesContractMutationVariables>;
export const UpdateCpmsContractDocument = new TypedDocumentString(`
    mutation UpdateCpmsContract($input: UpdateCpmsContractInput!) {
  updateCpmsContract(input: $input) {
    ...CpmsContractFields
  }
}
    fragment CpmsContractFields on CpmsContract {
  id
  status
  version
  canEdit
  textEditable
  steps
  canSignAs
  canLogExchange
  canScheduleConcertation
  cpms {
    id
    name
  }
  school {
    id
    name
  }
  plan {
    id
    title
    endEvaluationOn
    midEvaluationOn
    objectives {
      code
      wording
    }
  }
  objectives {
    code
    wording
  }
  actions
  cpmsCommitments
  schoolCommitments
  informationFlows {
    what
    how
    consent
  }
  indicators {
    label
    objectiveCode
    baseline
    target
    reached
    achieved
  }
  signatures {
    party
    signedAt
    signerName
  }
  evaluationDue {
    dueOn
    daysLeft
    announced
  }
  exchanges {
    id
    occurredOn
    way
    participants
    subject
    agreed
    authorName
  }
  concertations {
    id
    title
    startsAt
    endsAt
    place
    status
  }
}`, {"hash":"sha256:bf99fd009508b7db455ed81c0ccf27770d16b35544de916a8892db1caae97928"}) as unknown as TypedDocumentString<UpdateCpmsContractMutation, UpdateCpmsContractMutationVariables>;
export const OncallPoolsDocument = new TypedDocumentString(`
    query OncallPools {
  oncallPools {
    id
    name
    canDirect
    maxShiftMinutes
    minRestMinutes
    version
    cpms {
      id
      name
    }
    people {
      id
      displayName
      cpmsName
      isAgent
      phone
    }
    templates {
      id
      weekday
      startTime
      endTime
      agent {
        id
        displayName
      }
      backup {
        id
        displayName
      }
    }
  }
}
    `, {"hash":"sha256:438f960f01e7f09b101e1d161b3a8d0acf9bd0901690d7fdfd3a6f2e339ed196"}) as unknown as TypedDocumentString<OncallPoolsQuery, OncallPoolsQueryVariables>;
export const OncallRotaDocument = new TypedDocumentString(`
    query OncallRota($id: ID!, $from: Date!, $to: Date!) {
  oncallPool(id: $id) {
    id
    shifts(from: $from, to: $to) {
      id
      startsAt
      endsAt
      minutes
      crossesDstChange
      status
      version
      agent {
        id
        displayName
      }
      backup {
        id
        displayName
      }
    }
    swaps {
      id
      role
      status
      note
      version
      createdAt
      shift {
        id
        startsAt
        endsAt
      }
      from {
        id
        displayName
      }
      to {
        id
        displayName
      }
    }
  }
}
    `, {"hash":"sha256:065b084e1c2f68cbb2b471b5524463309b60e00902722e5328a30392e5ade6a8"}) as unknown as TypedDocumentString<OncallRotaQuery, OncallRotaQueryVariables>;
export const OncallCheckDocument = new TypedDocumentString(`
    query OncallCheck($id: ID!, $from: Date!, $to: Date!) {
  oncallPool(id: $id) {
    id
    check(from: $from, to: $to) {
      coveredMinutes
      periodMinutes
      issues {
        kind
        startsAt
        endsAt
        person {
          id
          displayName
        }
      }
    }
  }
}
    `, {"hash":"sha256:e00c92417df5354150cb0dbbbaf1d8b61189f9ad02eb1231ba97b459866fc6fd"}) as unknown as TypedDocumentString<OncallCheckQuery, OncallCheckQueryVariables>;
export const OncallNowDocument = new TypedDocumentString(`
    query OncallNow($id: ID!) {
  cpmsOnCall(poolId: $id) {
    at
    shift {
      id
      startsAt
      endsAt
    }
    agent {
      id
      displayName
      cpmsName
      phone
    }
    backup {
      id
      displayName
      cpmsName
      phone
    }
  }
}
    `, {"hash":"sha256:bde6e9f4a2654cd541e813f00280a2480cb2f2d8ecbd83064faf4d99bf946ccf"}) as unknown as TypedDocumentString<OncallNowQuery, OncallNowQueryVariables>;
export const OncallCallsDocument = new TypedDocumentString(`
    query OncallCalls($id: ID!, $month: String!) {
  oncallPool(id: $id) {
    id
    calls(month: $month) {
      id
      receivedAt
      callerKind
      category
      urgency
      action
      followUpDue
      followUpDoneAt
      version
      referredCpms {
        id
        name
      }
    }
    callStats(month: $month) {
      month
      total
      byCategory {
        category
        count
      }
      byHour {
        hour
        count
      }
    }
  }
}
    `, {"hash":"sha256:0ffae46b299ba7906ed1a1bbba0ee29d80c06d12b0042da117e09a0abc82a62f"}) as unknown as TypedDocumentString<OncallCallsQuery, OncallCallsQueryVariables>;
export const CreateOncallShiftDocument = new TypedDocumentString(`
    mutation CreateOncallShift($input: CreateOncallShiftInput!) {
  createOncallShift(input: $input) {
    id
  }
}
    `, {"hash":"sha256:b77a00c3243ce0a95ba0c9db22136090bb74c59e6401c0aa36e9db4291e5c896"}) as unknown as TypedDocumentString<CreateOncallShiftMutation, CreateOncallShiftMutationVariables>;
export const DeleteOncallShiftDocument = new TypedDocumentString(`
    mutation DeleteOncallShift($input: DeleteOncallShiftInput!) {
  deleteOncallShift(input: $input)
}
    `, {"hash":"sha256:c770063bcf6e5067e8846d73b68485c5ae35d6499c2518222eefecdca2cb5ec1"}) as unknown as TypedDocumentString<DeleteOncallShiftMutation, DeleteOncallShiftMutationVariables>;
export const PublishOncallPeriodDocument = new TypedDocumentString(`
    mutation PublishOncallPeriod($input: PublishOncallPeriodInput!) {
  publishOncallPeriod(input: $input) {
    published
  }
}
    `, {"hash":"sha256:7c8053afb21c1ae043fe12b75fc9d072b537bc406472994af5add36feab15c3d"}) as unknown as TypedDocumentString<PublishOncallPeriodMutation, PublishOncallPeriodMutationVariables>;
export const ProposeOncallSwapDocument = new TypedDocumentString(`
    mutation ProposeOncallSwap($input: ProposeOncallSwapInput!) {
  proposeOncallSwap(input: $input) {
    id
  }
}
    `, {"hash":"sha256:621c504b0fbcd2a6f0507b73ebe72b95d3441910fc5eac0f2a499cea2c0b0b68"}) as unknown as TypedDocumentString<ProposeOncallSwapMutation, ProposeOncallSwapMutationVariables>;
export const DecideOncallSwapDocument = new TypedDocumentString(`
    mutation DecideOncallSwap($input: DecideOncallSwapInput!) {
  decideOncallSwap(input: $input) {
    id
    status
  }
}
    `, {"hash":"sha256:2fea343f2bffda1da10af9924de0a34c397fce0373791f8bc50ff48fb4a1a34d"}) as unknown as TypedDocumentString<DecideOncallSwapMutation, DecideOncallSwapMutationVariables>;
export const LogOncallCallDocument = new TypedDocumentString(`
    mutation LogOncallCall($input: LogOncallCallInput!) {
  logOncallCall(input: $input) {
    id
  }
}
    `, {"hash":"sha256:886d732341265ee135825351e00d821a22c2e8e5664fb790d5bb82c13169dfb9"}) as unknown as TypedDocumentString<LogOncallCallMutation, LogOncallCallMutationVariables>;
export const CloseOncallFollowUpDocument = new TypedDocumentString(`
    mutation CloseOncallFollowUp($input: CloseOncallFollowUpInput!) {
  closeOncallFollowUp(input: $input) {
    id
    version
  }
}
    `, {"hash":"sha256:1e5dd42e904ae6c8dd72e9084843fdf294b9ed686cc1e373aae9d9adfdcef698"}) as unknown as TypedDocumentString<CloseOncallFollowUpMutation, CloseOncallFollowUpMutationVariables>;
export const GenerateOncallWeeksDocument = new TypedDocumentString(`
    mutation GenerateOncallWeeks($input: GenerateOncallWeeksInput!) {
  generateOncallWeeks(input: $input) {
    id
  }
}
    `, {"hash":"sha256:ff030326ee9641b814c87718ccac06f5e3e6ec630b60557f0112fef0758ee40b"}) as unknown as TypedDocumentString<GenerateOncallWeeksMutation, GenerateOncallWeeksMutationVariables>;
export const UpdateOncallRulesDocument = new TypedDocumentString(`
    mutation UpdateOncallRules($input: UpdateOncallRulesInput!) {
  updateOncallRules(input: $input) {
    id
    version
    maxShiftMinutes
    minRestMinutes
  }
}
    `, {"hash":"sha256:30e8ea78d604276d49e7663c5a0c01327f26fd85f07199363324d5b109dac257"}) as unknown as TypedDocumentString<UpdateOncallRulesMutation, UpdateOncallRulesMutationVariables>;
export const ReplaceOncallTemplatesDocument = new TypedDocumentString(`
    mutation ReplaceOncallTemplates($input: ReplaceOncallTemplatesInput!) {
  replaceOncallTemplates(input: $input) {
    id
    version
  }
}
    `, {"hash":"sha256:3fcda32638665a43ae1130739c9063c68d64e8dbc34a6b3fe5b766e79cf50b85"}) as unknown as TypedDocumentString<ReplaceOncallTemplatesMutation, ReplaceOncallTemplatesMutationVariables>;
export const SetOncallPhoneDocument = new TypedDocumentString(`
    mutation SetOncallPhone($input: SetOncallPhoneInput!) {
  setOncallPhone(input: $input) {
    id
    phone
  }
}
    `, {"hash":"sha256:7ef03c4a6b0e7e0ed2683265f9317ac010d5ebe582c05d56fb942f089966afc4"}) as unknown as TypedDocumentString<SetOncallPhoneMutation, SetOncallPhoneMutationVariables>;
export const WithdrawOncallSwapDocument = new TypedDocumentString(`
    mutation WithdrawOncallSwap($input: WithdrawOncallSwapInput!) {
  withdrawOncallSwap(input: $input) {
    id
    status
  }
}
    `, {"hash":"sha256:46de2533d04aff9b3469a756435f232d93619d1bb26dcd32d1a3423e782fa2d8"}) as unknown as TypedDocumentString<WithdrawOncallSwapMutation, WithdrawOncallSwapMutationVariables>;
export const CpmsIndicatorsDocument = new TypedDocumentString(`
    query CpmsIndicators($year: Int!, $zoneId: ID) {
  cpmsIndicators(year: $year, zoneId: $zoneId) {
    year
    rule
    zones {
      id
      name
    }
    zone {
      id
      name
    }
    tables {
      key
      title
      columns
      note
      chart
      rows {
        label
        cells {
          value
          display
          masked
        }
      }
    }
  }
}
    `, {"hash":"sha256:f50abcdd7a1908e0dde4755db48b759cb637216273a9dbdb5a56589520f7e45c"}) as unknown as TypedDocumentString<CpmsIndicatorsQuery, CpmsIndicatorsQueryVariables>;
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
    `, {"hash":"sha256:ab7525b907bd33470da9e69c12b0f8666a4821bb5ccdb0121ff8be8ecb90388c"}) as unknown as TypedDocumentString<OrganisationListQuery, OrganisationListQueryVariables>;
export const OrganisationDetailDocument = new TypedDocumentString(`
    query OrganisationDetail($id: ID!) {
  organisation(id: $id) {
    id
    name
    kind
    uai
    fase
    timeZone
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
    `, {"hash":"sha256:f0fc8a284e6d3f94c51ec8ab4621ff0395fec8d72760200db9bfb1f6c7239e38"}) as unknown as TypedDocumentString<OrganisationDetailQuery, OrganisationDetailQueryVariables>;
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
    `, {"hash":"sha256:13af91da8db0d2354e5ce26f15ee8af0695ffebb962d6cfc321d34b6c744f2ae"}) as unknown as TypedDocumentString<TerritoryOptionsQuery, TerritoryOptionsQueryVariables>;
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
    `, {"hash":"sha256:40ea954232922858eb8ab65582a910d8fab591d03743e3f82c5b93882aaf29e8"}) as unknown as TypedDocumentString<CommuneSuggestionsQuery, CommuneSuggestionsQueryVariables>;
export const PlatformActionCasesDocument = new TypedDocumentString(`
    query PlatformActionCases($platformId: ID, $on: Date) {
  platformActions(platformId: $platformId, from: $on, to: $on, first: 100) {
    nodes {
      id
      cases {
        id
        youngPerson {
          lastName
          firstNames
        }
      }
    }
  }
}
    `, {"hash":"sha256:07392dda88ddb8554b2d5f72afdc33d5cec96c590e1cbd1cd2253a1cb33bbf39"}) as unknown as TypedDocumentString<PlatformActionCasesQuery, PlatformActionCasesQueryVariables>;
export const SolutionOffersDocument = new TypedDocumentString(`
    query SolutionOffers($filter: SolutionOfferFilter, $first: Int, $after: String, $offset: Int) {
  solutionOffers(filter: $filter, first: $first, after: $after, offset: $offset) {
    nodes {
      ...SolutionOfferItem
    }
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment SolutionOfferItem on SolutionOffer {
  id
  name
  solutionType
  organisation {
    id
    name
  }
  communes
  ageMin
  ageMax
  conditions
  places
  contact
  activeFrom
  activeUntil
  version
  canEdit
  platform {
    id
    name
  }
}`, {"hash":"sha256:e0e8f51c707416a4c6c6cc228a2e2f968608026becb3a93bbfd2a0b7b68775be"}) as unknown as TypedDocumentString<SolutionOffersQuery, SolutionOffersQueryVariables>;
export const CreateSolutionOfferDocument = new TypedDocumentString(`
    mutation CreateSolutionOffer($input: CreateSolutionOfferInput!) {
  createSolutionOffer(input: $input) {
    ...SolutionOfferItem
  }
}
    fragment SolutionOfferItem on SolutionOffer {
  id
  name
  solutionType
  organisation {
    id
    name
  }
  communes
  ageMin
  ageMax
  conditions
  places
  contact
  activeFrom
  activeUntil
  version
  canEdit
  platform {
    id
    name
  }
}`, {"hash":"sha256:dd8eaa4ef7adc2ef7c7ff3452189da522f65a58768671b1815b5bc47948ee592"}) as unknown as TypedDocumentString<CreateSolutionOfferMutation, CreateSolutionOfferMutationVariables>;
export const UpdateSolutionOfferDocument = new TypedDocumentString(`
    mutation UpdateSolutionOffer($input: UpdateSolutionOfferInput!) {
  updateSolutionOffer(input: $input) {
    ...SolutionOfferItem
  }
}
    fragment SolutionOfferItem on SolutionOffer {
  id
  name
  solutionType
  organisation {
    id
    name
  }
  communes
  ageMin
  ageMax
  conditions
  places
  contact
  activeFrom
  activeUntil
  version
  canEdit
  platform {
    id
    name
  }
}`, {"hash":"sha256:fca3483f901eab4bf75ee6a189a4c42a9ee14bd768c5b99431ff1fa7d3c94857"}) as unknown as TypedDocumentString<UpdateSolutionOfferMutation, UpdateSolutionOfferMutationVariables>;
export const DeleteSolutionOfferDocument = new TypedDocumentString(`
    mutation DeleteSolutionOffer($input: DeleteSolutionOfferInput!) {
  deleteSolutionOffer(input: $input)
}
    `, {"hash":"sha256:b7851e5e0f15e4526711c8b42c04c161f061375b9fb4e184507219d875148be7"}) as unknown as TypedDocumentString<DeleteSolutionOfferMutation, DeleteSolutionOfferMutationVariables>;
export const PlatformActionsDocument = new TypedDocumentString(`
    query PlatformActions($platformId: ID, $first: Int, $after: String, $offset: Int) {
  platformActions(
    platformId: $platformId
    first: $first
    after: $after
    offset: $offset
  ) {
    nodes {
      id
      kind
      title
      heldOn
      description
      participants
      caseIds
      version
      canEdit
      partnerOrganisations {
        id
        name
      }
      platform {
        id
        name
      }
    }
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:9af726f8e111338c9d8cab8c7b7df5ca3d2286fa2e93a3b6dd0489c2fc01d998"}) as unknown as TypedDocumentString<PlatformActionsQuery, PlatformActionsQueryVariables>;
export const CreatePlatformActionDocument = new TypedDocumentString(`
    mutation CreatePlatformAction($input: CreatePlatformActionInput!) {
  createPlatformAction(input: $input) {
    id
  }
}
    `, {"hash":"sha256:c871651d05049ea5a15acd8666c9df6881c694daebdb362e8285db2bb4b1927d"}) as unknown as TypedDocumentString<CreatePlatformActionMutation, CreatePlatformActionMutationVariables>;
export const UpdatePlatformActionDocument = new TypedDocumentString(`
    mutation UpdatePlatformAction($input: UpdatePlatformActionInput!) {
  updatePlatformAction(input: $input) {
    id
    version
  }
}
    `, {"hash":"sha256:258d2024ebe591ac421e8bb552e2710a3d305b328b2cfc0a04aedfedd4d75cd3"}) as unknown as TypedDocumentString<UpdatePlatformActionMutation, UpdatePlatformActionMutationVariables>;
export const DeletePlatformActionDocument = new TypedDocumentString(`
    mutation DeletePlatformAction($input: DeletePlatformActionInput!) {
  deletePlatformAction(input: $input)
}
    `, {"hash":"sha256:d39cba6986b14fede5431f062f37ec1ede42410b1a670913527dc12538407eec"}) as unknown as TypedDocumentString<DeletePlatformActionMutation, DeletePlatformActionMutationVariables>;
export const VeilleDocumentsDocument = new TypedDocumentString(`
    query VeilleDocuments($platformId: ID, $first: Int, $after: String, $offset: Int) {
  veilleDocuments(
    platformId: $platformId
    first: $first
    after: $after
    offset: $offset
  ) {
    nodes {
      id
      title
      url
      publishedOn
      summary
      addedByName
      createdAt
      version
      canEdit
      platform {
        id
        name
      }
    }
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:ef552c6c3e57c2b182e81240bdcfc3700c02c151784b2b8b43724f29b659c02b"}) as unknown as TypedDocumentString<VeilleDocumentsQuery, VeilleDocumentsQueryVariables>;
export const AddVeilleDocumentDocument = new TypedDocumentString(`
    mutation AddVeilleDocument($input: AddVeilleDocumentInput!) {
  addVeilleDocument(input: $input) {
    id
  }
}
    `, {"hash":"sha256:bda309d0a343e65e4e917694232bebdc92b2502828eb19f3cb9dc1ba80da605a"}) as unknown as TypedDocumentString<AddVeilleDocumentMutation, AddVeilleDocumentMutationVariables>;
export const UpdateVeilleDocumentDocument = new TypedDocumentString(`
    mutation UpdateVeilleDocument($input: UpdateVeilleDocumentInput!) {
  updateVeilleDocument(input: $input) {
    id
  }
}
    `, {"hash":"sha256:8ba7d73bed57aa77a9e7647af4f76c9c7056175f0a538aa523a49a9f255c8aab"}) as unknown as TypedDocumentString<UpdateVeilleDocumentMutation, UpdateVeilleDocumentMutationVariables>;
export const DeleteVeilleDocumentDocument = new TypedDocumentString(`
    mutation DeleteVeilleDocument($input: DeleteVeilleDocumentInput!) {
  deleteVeilleDocument(input: $input)
}
    `, {"hash":"sha256:4c9478def258510d54a778b67eebac5b038afd96a1b1a8528368e70768dc3d47"}) as unknown as TypedDocumentString<DeleteVeilleDocumentMutation, DeleteVeilleDocumentMutationVariables>;
export const MeetingListDocument = new TypedDocumentString(`
    query MeetingList($platformId: ID, $kind: MeetingKind, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
  meetings(
    platformId: $platformId
    kind: $kind
    from: $from
    to: $to
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...MeetingListItem
    }
  }
}
    fragment MeetingListItem on Meeting {
  id
  kind
  title
  startsAt
  endsAt
  place
  visioUrl
  status
  parcours
  platform {
    id
    name
  }
  cio {
    id
    name
  }
}`, {"hash":"sha256:92e88013bff2e2cba47f2c94a372998d8fc4182c4ac4ddd322713dee8957d62a"}) as unknown as TypedDocumentString<MeetingListQuery, MeetingListQueryVariables>;
export const CioMeetingsDocument = new TypedDocumentString(`
    query CioMeetings($cioId: ID!, $first: Int, $after: String) {
  cioMeetings(cioId: $cioId, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...MeetingListItem
    }
  }
}
    fragment MeetingListItem on Meeting {
  id
  kind
  title
  startsAt
  endsAt
  place
  visioUrl
  status
  parcours
  platform {
    id
    name
  }
  cio {
    id
    name
  }
}`, {"hash":"sha256:a6482d505bcf6a43535ec1081621bcaca130d8d7ec21314206fe5bc59116687d"}) as unknown as TypedDocumentString<CioMeetingsQuery, CioMeetingsQueryVariables>;
export const MeetingDetailDocument = new TypedDocumentString(`
    query MeetingDetail($id: ID!) {
  meeting(id: $id) {
    id
    kind
    title
    theme
    communes
    startsAt
    endsAt
    place
    visioUrl
    status
    cancelReason
    agenda
    minutes
    decisions
    caseAccessDays
    caseAccessUntil
    canEdit
    version
    parcours
    cio {
      id
      name
    }
    cpmsContract {
      id
      cpms {
        id
        name
      }
      school {
        id
        name
      }
    }
    platform {
      id
      name
      partners {
        id
        name
      }
    }
    platforms {
      id
      name
    }
    invitees {
      id
      label
      userId
      guestName
      guestEmail
      guestOrganisation
      attendance
      organisation {
        id
        name
      }
    }
    situations {
      caseId
      caseVersion
      lastName
      firstNames
      age
      commune
      status
      lastContactAt
      flags {
        minorWithoutSolution
        noContactAfterAssignment
        injoignableReached
        obligationFormationOverdue
      }
      assignedOrganisation {
        id
        name
      }
      proposal
      decision
      decisionComment
      decidedAt
    }
    actions {
      id
      meetingId
      meetingStartsAt
      carriedOver
      title
      ownerName
      ownerOrganisation {
        id
        name
      }
      dueDate
      status
      note
      version
    }
  }
}
    `, {"hash":"sha256:8879d470744f33093d5d9ce5398a66289b5ebe44a7c989afef548c35c3c3c870"}) as unknown as TypedDocumentString<MeetingDetailQuery, MeetingDetailQueryVariables>;
export const ScheduleMeetingDocument = new TypedDocumentString(`
    mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
  scheduleMeeting(input: $input) {
    id
    version
  }
}
    `, {"hash":"sha256:928b1246332322fbbeb0f82a386850290f1a5e056b06ebbf6edfdd1d0408fb91"}) as unknown as TypedDocumentString<ScheduleMeetingMutation, ScheduleMeetingMutationVariables>;
export const UpdateMeetingDocument = new TypedDocumentString(`
    mutation UpdateMeeting($input: UpdateMeetingInput!) {
  updateMeeting(input: $input) {
    id
    version
  }
}
    `, {"hash":"sha256:aaa9f70bd1dd07fefb32216012b8f814b0481cd4ca5891a48db9771e6f892f66"}) as unknown as TypedDocumentString<UpdateMeetingMutation, UpdateMeetingMutationVariables>;
export const CancelMeetingDocument = new TypedDocumentString(`
    mutation CancelMeeting($input: CancelMeetingInput!) {
  cancelMeeting(input: $input) {
    id
    version
    status
  }
}
    `, {"hash":"sha256:e2249f3fb42de087d4ccc6a608db5bc5497bc0cb4ad9229dcf9eca3cf4644a21"}) as unknown as TypedDocumentString<CancelMeetingMutation, CancelMeetingMutationVariables>;
export const RecordAttendanceDocument = new TypedDocumentString(`
    mutation RecordAttendance($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) {
    id
    version
    status
  }
}
    `, {"hash":"sha256:8c41ab7438a28dfceb133e8139659a9a7e787eed9ec574dff5ee4b35eba412ff"}) as unknown as TypedDocumentString<RecordAttendanceMutation, RecordAttendanceMutationVariables>;
export const RecordMinutesDocument = new TypedDocumentString(`
    mutation RecordMinutes($input: RecordMinutesInput!) {
  recordMinutes(input: $input) {
    id
    version
    status
  }
}
    `, {"hash":"sha256:5157f35761dff833011fd50e8e84463e59918278c9130b81296089a89ad30f22"}) as unknown as TypedDocumentString<RecordMinutesMutation, RecordMinutesMutationVariables>;
export const AddMeetingActionDocument = new TypedDocumentString(`
    mutation AddMeetingAction($input: AddMeetingActionInput!) {
  addMeetingAction(input: $input) {
    id
    version
  }
}
    `, {"hash":"sha256:a3817ce79ada89606b619800b7199300a9f5c6fd03371a3cec64475fb5fda236"}) as unknown as TypedDocumentString<AddMeetingActionMutation, AddMeetingActionMutationVariables>;
export const UpdateMeetingActionDocument = new TypedDocumentString(`
    mutation UpdateMeetingAction($input: UpdateMeetingActionInput!) {
  updateMeetingAction(input: $input) {
    id
    version
    status
  }
}
    `, {"hash":"sha256:43870fe09f0ce9f4967b0b2f3953a9d00f56328f7efdafbb71ed80e348be11f8"}) as unknown as TypedDocumentString<UpdateMeetingActionMutation, UpdateMeetingActionMutationVariables>;
export const DecideSituationDocument = new TypedDocumentString(`
    mutation DecideSituation($input: DecideSituationInput!) {
  decideSituation(input: $input) {
    caseId
    caseVersion
    decision
  }
}
    `, {"hash":"sha256:550d61a7aba8d888a0fdcd158805d06644b7d4d0c737e07b35224f04596628e2"}) as unknown as TypedDocumentString<DecideSituationMutation, DecideSituationMutationVariables>;
export const MyNotificationsDocument = new TypedDocumentString(`
    query MyNotifications($unreadOnly: Boolean, $first: Int, $after: String) {
  myNotifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      kind
      text
      link
      count
      organisation {
        id
        name
      }
      createdAt
      readAt
    }
  }
}
    `, {"hash":"sha256:910ea22a7a2dbb565b8bcc911077abf99a4faa14f13af5c6eb8a60bfeccee054"}) as unknown as TypedDocumentString<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]!) {
  markNotificationsRead(ids: $ids)
}
    `, {"hash":"sha256:1a766cf4ea3e134b35e5fa8ec5b904da700ab13ff3d61af7158809b586e6fe94"}) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MarkAllNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkAllNotificationsRead($upTo: ID) {
  markAllNotificationsRead(upTo: $upTo)
}
    `, {"hash":"sha256:ba74ca12aa863c6b2e05f71e7ee56fa4b1c9f14eb0f7969f07da3e97acf6232d"}) as unknown as TypedDocumentString<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const MyNotificationPreferencesDocument = new TypedDocumentString(`
    query MyNotificationPreferences {
  myNotificationPreferences {
    kind
    label
    audience
    mode
    locked
  }
}
    `, {"hash":"sha256:edbef57a109266f8b4f6ccff8af265530dbb1804f3cd03a6c474e872a072a8c8"}) as unknown as TypedDocumentString<MyNotificationPreferencesQuery, MyNotificationPreferencesQueryVariables>;
export const SetNotificationPreferencesDocument = new TypedDocumentString(`
    mutation SetNotificationPreferences($preferences: [NotificationPreferenceInput!]!) {
  setNotificationPreferences(preferences: $preferences) {
    kind
    label
    audience
    mode
    locked
  }
}
    `, {"hash":"sha256:00bd814dfc63f9fd158ec93df62ee9d77eb5597b64fcb057c3cce130a7c55ad4"}) as unknown as TypedDocumentString<SetNotificationPreferencesMutation, SetNotificationPreferencesMutationVariables>;
export const AdminOrganisationDocument = new TypedDocumentString(`
    query AdminOrganisation($id: ID!) {
  organisation(id: $id) {
    id
    name
    kind
    uai
    fase
    timeZone
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
    `, {"hash":"sha256:53f5870198e7ec43567fe69105312165c85bc8356fbd26f2d9b3640b289078ec"}) as unknown as TypedDocumentString<AdminOrganisationQuery, AdminOrganisationQueryVariables>;
export const CreateOrganisationDocument = new TypedDocumentString(`
    mutation CreateOrganisation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) {
    id
    name
    version
  }
}
    `, {"hash":"sha256:f54546f8e12dcc20cc3830e5e17a6b4ba8473d499b0f2a05b0f10dd9794640f2"}) as unknown as TypedDocumentString<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const UpdateOrganisationDocument = new TypedDocumentString(`
    mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
  updateOrganisation(input: $input) {
    id
    name
    version
  }
}
    `, {"hash":"sha256:f064802020ea471afa98e54094b117a34bc61ad92bcad2100c2241df17bee899"}) as unknown as TypedDocumentString<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>;
export const SetOrganisationActiveDocument = new TypedDocumentString(`
    mutation SetOrganisationActive($id: ID!, $version: Int!, $active: Boolean!) {
  setOrganisationActive(id: $id, version: $version, active: $active) {
    id
    active
    version
  }
}
    `, {"hash":"sha256:4060958bf45c1dd7126a91af8af47ea3baa44d89e78e10bb3ae8b0e7d6362c73"}) as unknown as TypedDocumentString<SetOrganisationActiveMutation, SetOrganisationActiveMutationVariables>;
export const OrientationCiosDocument = new TypedDocumentString(`
    query OrientationCios {
  orientationCios {
    id
    name
    canDirect
    people {
      id
      displayName
      roles
    }
  }
}
    `, {"hash":"sha256:4d6d7636a53308f8c3bf21fcdcb720122d3641009c1fb8a686a8d5c3339445e5"}) as unknown as TypedDocumentString<OrientationCiosQuery, OrientationCiosQueryVariables>;
export const EvaluationCriteriaDocument = new TypedDocumentString(`
    query EvaluationCriteria($cioId: ID!) {
  evaluationCriteria(cioId: $cioId) {
    id
    label
    indicator
    baseline
    target
    unit
    version
    values {
      id
      measuredOn
      value
      comment
    }
  }
}
    `, {"hash":"sha256:5627789e39fea64ee8c78dbeefb80bb5c6af2c5dae61bc01fe08818792cdc787"}) as unknown as TypedDocumentString<EvaluationCriteriaQuery, EvaluationCriteriaQueryVariables>;
export const InterviewCountsDocument = new TypedDocumentString(`
    query InterviewCounts($cioId: ID!, $from: String!, $to: String!) {
  orientationInterviewCounts(cioId: $cioId, from: $from, to: $to) {
    networkId
    networkName
    month
    theme
    count
  }
}
    `, {"hash":"sha256:7e021fc640ea559272792b4772b959cfa49add921a0c9340283f5d15ef779fe5"}) as unknown as TypedDocumentString<InterviewCountsQuery, InterviewCountsQueryVariables>;
export const QvtCampaignsDocument = new TypedDocumentString(`
    query QvtCampaigns($cioId: ID!) {
  qvtCampaigns(cioId: $cioId) {
    id
    title
    opensOn
    closesOn
    canAnswer
    answered
    questions {
      id
      kind
      label
      lowLabel
      highLabel
    }
    results {
      respondents
      threshold
      questions {
        questionId
        answers
        mean
        distribution
        comments
      }
    }
  }
}
    `, {"hash":"sha256:f96d6388a787469c0506330c47358421eb0e526fe3a1fdd7a02abdab1ae27c7e"}) as unknown as TypedDocumentString<QvtCampaignsQuery, QvtCampaignsQueryVariables>;
export const AnswerQvtCampaignDocument = new TypedDocumentString(`
    mutation AnswerQvtCampaign($input: AnswerQvtCampaignInput!) {
  answerQvtCampaign(input: $input) {
    id
    answered
    canAnswer
  }
}
    `, {"hash":"sha256:20fea0702f98395e38d62ac7358058749bf393ab2bc3a392b7e0324afbf62256"}) as unknown as TypedDocumentString<AnswerQvtCampaignMutation, AnswerQvtCampaignMutationVariables>;
export const CreateEvaluationCriterionDocument = new TypedDocumentString(`
    mutation CreateEvaluationCriterion($input: CreateEvaluationCriterionInput!) {
  createEvaluationCriterion(input: $input) {
    id
  }
}
    `, {"hash":"sha256:728c52c9d4ee383697d43ed7cf5784e3e875c957bcf7a16a09d5bcf9830fd340"}) as unknown as TypedDocumentString<CreateEvaluationCriterionMutation, CreateEvaluationCriterionMutationVariables>;
export const UpdateEvaluationCriterionDocument = new TypedDocumentString(`
    mutation UpdateEvaluationCriterion($input: UpdateEvaluationCriterionInput!) {
  updateEvaluationCriterion(input: $input) {
    id
    version
  }
}
    `, {"hash":"sha256:0776f1b279bea1a55ab7ce18fe73efad609c38746fb66f91782da963e729a12b"}) as unknown as TypedDocumentString<UpdateEvaluationCriterionMutation, UpdateEvaluationCriterionMutationVariables>;
export const DeleteEvaluationCriterionDocument = new TypedDocumentString(`
    mutation DeleteEvaluationCriterion($input: DeleteEvaluationCriterionInput!) {
  deleteEvaluationCriterion(input: $input)
}
    `, {"hash":"sha256:432ac3e9b3cf57e0e22e1860f11d72151b52fe4d1671335c5b8c71e1a6ed883f"}) as unknown as TypedDocumentString<DeleteEvaluationCriterionMutation, DeleteEvaluationCriterionMutationVariables>;
export const AddCriterionValueDocument = new TypedDocumentString(`
    mutation AddCriterionValue($input: AddCriterionValueInput!) {
  addCriterionValue(input: $input) {
    id
    version
  }
}
    `, {"hash":"sha256:19161bb4cac69b40763ae85fc341df7d2f1ca7cb7821ad1f715784187199c81f"}) as unknown as TypedDocumentString<AddCriterionValueMutation, AddCriterionValueMutationVariables>;
export const RemoveCriterionValueDocument = new TypedDocumentString(`
    mutation RemoveCriterionValue($id: ID!) {
  removeCriterionValue(id: $id) {
    id
    version
  }
}
    `, {"hash":"sha256:780a5867a50ad575581e3ff535682e5d9384e3728820a7f033d2026335949b8a"}) as unknown as TypedDocumentString<RemoveCriterionValueMutation, RemoveCriterionValueMutationVariables>;
export const SaveInterviewCountsDocument = new TypedDocumentString(`
    mutation SaveInterviewCounts($input: SaveInterviewCountsInput!) {
  saveInterviewCounts(input: $input) {
    networkId
    month
    theme
    count
  }
}
    `, {"hash":"sha256:2fbc95257e4e6fbdde651060fe9043a14dce95339bbda29af3388842264fb31c"}) as unknown as TypedDocumentString<SaveInterviewCountsMutation, SaveInterviewCountsMutationVariables>;
export const CreateQvtCampaignDocument = new TypedDocumentString(`
    mutation CreateQvtCampaign($input: CreateQvtCampaignInput!) {
  createQvtCampaign(input: $input) {
    id
  }
}
    `, {"hash":"sha256:2ac597c08aa64faf333bb6b184373c87cb49e6630ba1a721e7648d877028c6ff"}) as unknown as TypedDocumentString<CreateQvtCampaignMutation, CreateQvtCampaignMutationVariables>;
export const WorkPlansDocument = new TypedDocumentString(`
    query WorkPlans($cioId: ID!) {
  workPlans(cioId: $cioId) {
    id
    title
    startMonth
    endMonth
    state
    canEdit
    version
    completion {
      total
      late
      fait
      enCours
      aFaire
      reporte
      abandonne
    }
    actions {
      id
      title
      roles
      startMonth
      endMonth
      status
      late
      evidenceUrl
      minutesMeetingId
      version
      canChangeStatus
      canComment
      people {
        id
        displayName
      }
      comments {
        id
        authorName
        body
        createdAt
      }
    }
  }
}
    `, {"hash":"sha256:4e126789d24c9efb8ccdda41dee34d712b88d9c92d31a2c65fd2edbcad36f2f4"}) as unknown as TypedDocumentString<WorkPlansQuery, WorkPlansQueryVariables>;
export const CreateWorkPlanDocument = new TypedDocumentString(`
    mutation CreateWorkPlan($input: CreateWorkPlanInput!) {
  createWorkPlan(input: $input) {
    id
  }
}
    `, {"hash":"sha256:7d482ec461106f671f2c05a07505a30976abb045daade7620734f0976da504f7"}) as unknown as TypedDocumentString<CreateWorkPlanMutation, CreateWorkPlanMutationVariables>;
export const CreateWorkPlanActionDocument = new TypedDocumentString(`
    mutation CreateWorkPlanAction($input: CreateWorkPlanActionInput!) {
  createWorkPlanAction(input: $input) {
    id
  }
}
    `, {"hash":"sha256:20c2e5c7b6fb66fd4765e8b7771313debff47874ffd30350933274342d6c7042"}) as unknown as TypedDocumentString<CreateWorkPlanActionMutation, CreateWorkPlanActionMutationVariables>;
export const UpdateWorkPlanActionDocument = new TypedDocumentString(`
    mutation UpdateWorkPlanAction($input: UpdateWorkPlanActionInput!) {
  updateWorkPlanAction(input: $input) {
    id
    version
  }
}
    `, {"hash":"sha256:484a94e5dac04d9d9f6ca6367038dd743dcd55998cfe6ebfc96f29d1981969f1"}) as unknown as TypedDocumentString<UpdateWorkPlanActionMutation, UpdateWorkPlanActionMutationVariables>;
export const DeleteWorkPlanDocument = new TypedDocumentString(`
    mutation DeleteWorkPlan($input: DeleteWorkPlanInput!) {
  deleteWorkPlan(input: $input)
}
    `, {"hash":"sha256:12fb2475074aa675e439013091d0e136cf2dd58db36a7db325a50c640e60c4ef"}) as unknown as TypedDocumentString<DeleteWorkPlanMutation, DeleteWorkPlanMutationVariables>;
export const DeleteWorkPlanActionDocument = new TypedDocumentString(`
    mutation DeleteWorkPlanAction($input: DeleteWorkPlanActionInput!) {
  deleteWorkPlanAction(input: $input)
}
    `, {"hash":"sha256:74b8efb400fb602765fc51dd3dfe0903c3b7f918edd1ac2399a44486e6bc436a"}) as unknown as TypedDocumentString<DeleteWorkPlanActionMutation, DeleteWorkPlanActionMutationVariables>;
export const SetWorkPlanActionStatusDocument = new TypedDocumentString(`
    mutation SetWorkPlanActionStatus($input: SetWorkPlanActionStatusInput!) {
  setWorkPlanActionStatus(input: $input) {
    id
    status
    version
  }
}
    `, {"hash":"sha256:b5b2c3e4f00e06720095a376464469d5ad09899bb1a97b36765ed6d0b9bd9096"}) as unknown as TypedDocumentString<SetWorkPlanActionStatusMutation, SetWorkPlanActionStatusMutationVariables>;
export const AddWorkPlanCommentDocument = new TypedDocumentString(`
    mutation AddWorkPlanComment($input: AddWorkPlanCommentInput!) {
  addWorkPlanComment(input: $input) {
    id
  }
}
    `, {"hash":"sha256:f45e71a10354e7aaf7f690ac3141f639b520b3087fd73cc15c0051b5bad6fb74"}) as unknown as TypedDocumentString<AddWorkPlanCommentMutation, AddWorkPlanCommentMutationVariables>;
export const OrientationPeriodsDocument = new TypedDocumentString(`
    query OrientationPeriods($cioId: ID!, $schoolYear: String!) {
  orientationPeriods(cioId: $cioId, schoolYear: $schoolYear) {
    id
    name
    startsOn
    endsOn
    schoolYear
    version
  }
}
    `, {"hash":"sha256:cfa6832ad395daf99e87a7f99f29ffbeee02169fb51b8b89f6e3188330945666"}) as unknown as TypedDocumentString<OrientationPeriodsQuery, OrientationPeriodsQueryVariables>;
export const OrientationNetworksDocument = new TypedDocumentString(`
    query OrientationNetworks($cioId: ID!) {
  orientationNetworks(cioId: $cioId) {
    id
    name
    version
    warnings
    headSchool {
      id
      name
      uai
    }
    schools {
      id
      name
      uai
    }
    psyen {
      id
      displayName
    }
  }
}
    `, {"hash":"sha256:2b797dc595733fda77f91d80d1cc5b9ee17b0669fc1849a737124688da48f5c6"}) as unknown as TypedDocumentString<OrientationNetworksQuery, OrientationNetworksQueryVariables>;
export const OrientationServiceCheckDocument = new TypedDocumentString(`
    query OrientationServiceCheck($cioId: ID!, $schoolYear: String!) {
  orientationServiceCheck(cioId: $cioId, schoolYear: $schoolYear) {
    services {
      person {
        id
        displayName
      }
      periodId
      quotityPercent
      availableHalfDays
      cioHalfDays
      schoolHalfDays
      version
    }
    uncovered {
      networkId
      networkName
      periodId
      periodName
      school {
        id
        name
      }
    }
  }
}
    `, {"hash":"sha256:c3887fafedcae734ff0f0a42b40bc84ecf21531cdd53b53cedeff8998fd480f2"}) as unknown as TypedDocumentString<OrientationServiceCheckQuery, OrientationServiceCheckQueryVariables>;
export const OrientationTimetableDocument = new TypedDocumentString(`
    query OrientationTimetable($periodId: ID!, $userId: ID, $schoolId: ID) {
  orientationTimetable(periodId: $periodId, userId: $userId, schoolId: $schoolId) {
    id
    weekday
    halfDay
    activity
    mode
    networkId
    school {
      id
      name
    }
    person {
      id
      displayName
    }
  }
}
    `, {"hash":"sha256:7405f87217f8dc550529e5c11f43a2d3a5a78b9730fa6c002ebbf90294dfc8fa"}) as unknown as TypedDocumentString<OrientationTimetableQuery, OrientationTimetableQueryVariables>;
export const CreateOrientationPeriodDocument = new TypedDocumentString(`
    mutation CreateOrientationPeriod($input: CreateOrientationPeriodInput!) {
  createOrientationPeriod(input: $input) {
    id
  }
}
    `, {"hash":"sha256:d90644677f68aa4a2126ba38a236e08567560619841b7679fd435ee583b1e426"}) as unknown as TypedDocumentString<CreateOrientationPeriodMutation, CreateOrientationPeriodMutationVariables>;
export const CreateOrientationNetworkDocument = new TypedDocumentString(`
    mutation CreateOrientationNetwork($input: CreateOrientationNetworkInput!) {
  createOrientationNetwork(input: $input) {
    id
  }
}
    `, {"hash":"sha256:50fcba460e9d4b372762f1a255f195ded9b86b3557d8568cdd298c1c22f2b175"}) as unknown as TypedDocumentString<CreateOrientationNetworkMutation, CreateOrientationNetworkMutationVariables>;
export const UpdateOrientationNetworkDocument = new TypedDocumentString(`
    mutation UpdateOrientationNetwork($input: UpdateOrientationNetworkInput!) {
  updateOrientationNetwork(input: $input) {
    id
    version
  }
}
    `, {"hash":"sha256:3b697b79aa291cf9b71238400ca433a91d022dc540e10b0d36f9656217955aae"}) as unknown as TypedDocumentString<UpdateOrientationNetworkMutation, UpdateOrientationNetworkMutationVariables>;
export const SetPsyenWeekDocument = new TypedDocumentString(`
    mutation SetPsyenWeek($input: SetPsyenWeekInput!) {
  setPsyenWeek(input: $input) {
    id
  }
}
    `, {"hash":"sha256:8ec9755279e7b09f0f4a873c332d6eb6049e1b403a9a774a4b949699ad852afe"}) as unknown as TypedDocumentString<SetPsyenWeekMutation, SetPsyenWeekMutationVariables>;
export const SetPsyenQuotityDocument = new TypedDocumentString(`
    mutation SetPsyenQuotity($input: SetPsyenQuotityInput!) {
  setPsyenQuotity(input: $input) {
    quotityPercent
    version
  }
}
    `, {"hash":"sha256:b96043faf0b1f4cb91f4f6a0a19b43424b8a0a24b5b2613fd9caee950cb3ae0b"}) as unknown as TypedDocumentString<SetPsyenQuotityMutation, SetPsyenQuotityMutationVariables>;
export const OrientationSchoolsDocument = new TypedDocumentString(`
    query OrientationSchools {
  organisations(filter: {kind: EPLE}, first: 100) {
    nodes {
      id
      name
      uai
      lyceeTeteDeReseau
      communeName
    }
  }
}
    `, {"hash":"sha256:e3ccc2c7bdccd19b871c511d649fe569faee6d22bd717f0f191db80b3c05c7f5"}) as unknown as TypedDocumentString<OrientationSchoolsQuery, OrientationSchoolsQueryVariables>;
export const OrientationDutiesDocument = new TypedDocumentString(`
    query OrientationDuties($cioId: ID!) {
  orientationDuties(cioId: $cioId) {
    id
    label
    position
    version
    cells {
      role
      involvement
    }
  }
}
    `, {"hash":"sha256:433db60416ad3af293394be6965fe3b8aa5f5edfb3e1649e79ee24abe4235bb8"}) as unknown as TypedDocumentString<OrientationDutiesQuery, OrientationDutiesQueryVariables>;
export const CreateOrientationDutyDocument = new TypedDocumentString(`
    mutation CreateOrientationDuty($input: CreateOrientationDutyInput!) {
  createOrientationDuty(input: $input) {
    id
  }
}
    `, {"hash":"sha256:9674d32334572657b95bad6aaea0ae2cdbd88d11d4ce98e393a1b05bd20d64e9"}) as unknown as TypedDocumentString<CreateOrientationDutyMutation, CreateOrientationDutyMutationVariables>;
export const UpdateOrientationDutyDocument = new TypedDocumentString(`
    mutation UpdateOrientationDuty($input: UpdateOrientationDutyInput!) {
  updateOrientationDuty(input: $input) {
    id
    version
  }
}
    `, {"hash":"sha256:ff8e367b60ef552ae1784776c3d003ea0ffbb26361e9e0fd37f57a685db5b944"}) as unknown as TypedDocumentString<UpdateOrientationDutyMutation, UpdateOrientationDutyMutationVariables>;
export const DeleteOrientationDutyDocument = new TypedDocumentString(`
    mutation DeleteOrientationDuty($input: DeleteOrientationInput!) {
  deleteOrientationDuty(input: $input)
}
    `, {"hash":"sha256:01af6b08a4c5e264bbffaf0a72752a9757a58e12b0ac74c2d22160a06ff79731"}) as unknown as TypedDocumentString<DeleteOrientationDutyMutation, DeleteOrientationDutyMutationVariables>;
export const OrientationTransversalFilesDocument = new TypedDocumentString(`
    query OrientationTransversalFiles($cioId: ID!) {
  orientationTransversalFiles(cioId: $cioId) {
    id
    kind
    title
    since
    status
    summary
    documentLinks
    version
    pilot {
      id
      displayName
    }
  }
}
    `, {"hash":"sha256:486c08909d188e41bde6d83fc36ac70b7b45b4790743ac8fcb71a1558745a972"}) as unknown as TypedDocumentString<OrientationTransversalFilesQuery, OrientationTransversalFilesQueryVariables>;
export const CreateTransversalFileDocument = new TypedDocumentString(`
    mutation CreateTransversalFile($input: CreateTransversalFileInput!) {
  createTransversalFile(input: $input) {
    id
  }
}
    `, {"hash":"sha256:0d09988d2124d2cd74e0894dfad7e8ba7f9fa213db4463c0c989b78f717007c5"}) as unknown as TypedDocumentString<CreateTransversalFileMutation, CreateTransversalFileMutationVariables>;
export const UpdateTransversalFileDocument = new TypedDocumentString(`
    mutation UpdateTransversalFile($input: UpdateTransversalFileInput!) {
  updateTransversalFile(input: $input) {
    id
    version
  }
}
    `, {"hash":"sha256:b55adcd63fde9410a76478f6191d19d2479a50395c6f930478ce1c7ac981c1c8"}) as unknown as TypedDocumentString<UpdateTransversalFileMutation, UpdateTransversalFileMutationVariables>;
export const CreateAccompaniedPersonDocument = new TypedDocumentString(`
    mutation CreateAccompaniedPerson($person: PersonInput!, $organisationId: ID!, $mission: String!) {
  createAccompaniedPerson(
    person: $person
    organisationId: $organisationId
    mission: $mission
  ) {
    id
  }
}
    `, {"hash":"sha256:c27307708a2a69179e780149e4e68fa8a9b17136de118e4b0811b30180010bcf"}) as unknown as TypedDocumentString<CreateAccompaniedPersonMutation, CreateAccompaniedPersonMutationVariables>;
export const UpdateAccompaniedPersonDocument = new TypedDocumentString(`
    mutation UpdateAccompaniedPerson($id: ID!, $version: Int!, $person: PersonInput!) {
  updateAccompaniedPerson(id: $id, version: $version, person: $person) {
    id
    version
  }
}
    `, {"hash":"sha256:10934ab67bd8edfc15998befcee22e2b7791af1f057d58552d3331d438e2ae7e"}) as unknown as TypedDocumentString<UpdateAccompaniedPersonMutation, UpdateAccompaniedPersonMutationVariables>;
export const AddAccompanimentMemberDocument = new TypedDocumentString(`
    mutation AddAccompanimentMember($input: MemberInput!) {
  addAccompanimentMember(input: $input) {
    id
    displayName
  }
}
    `, {"hash":"sha256:705058847a0277d129f8aac5f0a4c0f0a4c6dd8ed480b0bc508a6d6119944a97"}) as unknown as TypedDocumentString<AddAccompanimentMemberMutation, AddAccompanimentMemberMutationVariables>;
export const EndAccompanimentMemberDocument = new TypedDocumentString(`
    mutation EndAccompanimentMember($memberId: ID!, $until: Date!) {
  endAccompanimentMember(memberId: $memberId, until: $until) {
    id
    until
  }
}
    `, {"hash":"sha256:97f2e61e8bf7420e691665a204d3b766dee770a7c5620d3722ecdc21c334e8b2"}) as unknown as TypedDocumentString<EndAccompanimentMemberMutation, EndAccompanimentMemberMutationVariables>;
export const ProposeReferenceDocument = new TypedDocumentString(`
    mutation ProposeReference($personId: ID!, $comment: String) {
  proposeReference(personId: $personId, comment: $comment) {
    id
    status
  }
}
    `, {"hash":"sha256:50d175bc4d0d1aaa865eb40a5db7c0b512a4016528ec005dc2c971c7972980e2"}) as unknown as TypedDocumentString<ProposeReferenceMutation, ProposeReferenceMutationVariables>;
export const DecideReferenceDocument = new TypedDocumentString(`
    mutation DecideReference($input: ReferenceDecisionInput!) {
  decideReference(input: $input) {
    id
    status
    referent {
      id
      displayName
    }
  }
}
    `, {"hash":"sha256:11cff4d5a92014b3794b66078297955eff2b4e34a299e9c4761667dd70b6e286"}) as unknown as TypedDocumentString<DecideReferenceMutation, DecideReferenceMutationVariables>;
export const AddPlanGoalDocument = new TypedDocumentString(`
    mutation AddPlanGoal($personId: ID!, $theme: PlanTheme!, $title: String!) {
  addPlanGoal(personId: $personId, theme: $theme, title: $title) {
    id
  }
}
    `, {"hash":"sha256:97cbd4f37678df3e27f7c6aea70c2a21d5d75da48e1a6c23c1435e46cccbc566"}) as unknown as TypedDocumentString<AddPlanGoalMutation, AddPlanGoalMutationVariables>;
export const AddPlanActionDocument = new TypedDocumentString(`
    mutation AddPlanAction($input: PlanActionInput!) {
  addPlanAction(input: $input) {
    id
  }
}
    `, {"hash":"sha256:584c5807b46136d422d3c6b0eb760bb4ab5cdd3643556a8b08b3a71836c5584b"}) as unknown as TypedDocumentString<AddPlanActionMutation, AddPlanActionMutationVariables>;
export const UpdatePlanActionDocument = new TypedDocumentString(`
    mutation UpdatePlanAction($input: UpdatePlanActionInput!) {
  updatePlanAction(input: $input) {
    id
    status
    version
  }
}
    `, {"hash":"sha256:d08ae54a48254323da26cd85fd2241612e51e03c0794631fb2df918dfdfa7dd8"}) as unknown as TypedDocumentString<UpdatePlanActionMutation, UpdatePlanActionMutationVariables>;
export const AddCompetenceDocument = new TypedDocumentString(`
    mutation AddCompetence($personId: ID!, $kind: CompetenceKind!, $label: String!) {
  addCompetence(personId: $personId, kind: $kind, label: $label) {
    id
  }
}
    `, {"hash":"sha256:2de0035bc5c3d8e77023aec6fd44a775e4cf38362c338a9ab8da16a2d94e2448"}) as unknown as TypedDocumentString<AddCompetenceMutation, AddCompetenceMutationVariables>;
export const RemoveCompetenceDocument = new TypedDocumentString(`
    mutation RemoveCompetence($id: ID!) {
  removeCompetence(id: $id)
}
    `, {"hash":"sha256:058163da42514bf7bf46ed00afd65fc03f2da1ff6aa45469ffb434dabaf1ebe3"}) as unknown as TypedDocumentString<RemoveCompetenceMutation, RemoveCompetenceMutationVariables>;
export const RecordConsentDocument = new TypedDocumentString(`
    mutation RecordConsent($input: ConsentInput!) {
  recordConsent(input: $input) {
    id
  }
}
    `, {"hash":"sha256:0118ac757d094e4f0c3edfcae73b4251d826625d2f906c01e20d84dcb3344e40"}) as unknown as TypedDocumentString<RecordConsentMutation, RecordConsentMutationVariables>;
export const WithdrawConsentDocument = new TypedDocumentString(`
    mutation WithdrawConsent($id: ID!) {
  withdrawConsent(id: $id) {
    id
    withdrawnAt
  }
}
    `, {"hash":"sha256:2adcdb2cee60736402ba8822fa03aab84951e6a04444ef143bc5f6c451f2cb08"}) as unknown as TypedDocumentString<WithdrawConsentMutation, WithdrawConsentMutationVariables>;
export const ScheduleSyntheseDocument = new TypedDocumentString(`
    mutation ScheduleSynthese($input: SyntheseInput!) {
  scheduleSynthese(input: $input) {
    id
  }
}
    `, {"hash":"sha256:5fb0bdd4f351bec67a44992c2a64b0ad5ff372772dfcf8b7fa148955ac8dea31"}) as unknown as TypedDocumentString<ScheduleSyntheseMutation, ScheduleSyntheseMutationVariables>;
export const RecordSyntheseAgreementDocument = new TypedDocumentString(`
    mutation RecordSyntheseAgreement($meetingId: ID!, $memberId: ID!) {
  recordSyntheseAgreement(meetingId: $meetingId, memberId: $memberId) {
    id
    version
  }
}
    `, {"hash":"sha256:f33b1c8bc0d24169133ef27ade3601fcfe8f5699e3838139333c17984907ee30"}) as unknown as TypedDocumentString<RecordSyntheseAgreementMutation, RecordSyntheseAgreementMutationVariables>;
export const SetSynthesePaParticipationDocument = new TypedDocumentString(`
    mutation SetSynthesePaParticipation($meetingId: ID!, $version: Int!, $participates: Boolean!) {
  setSynthesePaParticipation(
    meetingId: $meetingId
    version: $version
    participates: $participates
  ) {
    id
    paParticipates
    version
  }
}
    `, {"hash":"sha256:d81ca8808705f927ed4c0f6907d86ec74926b0db144af9ac8ef8e1eff7d0ed9e"}) as unknown as TypedDocumentString<SetSynthesePaParticipationMutation, SetSynthesePaParticipationMutationVariables>;
export const RecordSyntheseOutcomeDocument = new TypedDocumentString(`
    mutation RecordSyntheseOutcome($meetingId: ID!, $version: Int!, $notes: String!, $decisions: String!) {
  recordSyntheseOutcome(
    meetingId: $meetingId
    version: $version
    notes: $notes
    decisions: $decisions
  ) {
    id
    version
  }
}
    `, {"hash":"sha256:89478eb54056923e7b73a2c673a6ba23abc70afc99198a9693649772499f0f2b"}) as unknown as TypedDocumentString<RecordSyntheseOutcomeMutation, RecordSyntheseOutcomeMutationVariables>;
export const AccompaniedPersonsDocument = new TypedDocumentString(`
    query AccompaniedPersons($search: String, $first: Int, $after: String) {
  accompaniedPersons(search: $search, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      lastName
      firstNames
      birthDate
      domiciled
      reference {
        id
        status
        referent {
          id
          displayName
          organisation {
            id
            name
          }
        }
      }
      members {
        id
        active
      }
    }
  }
}
    `, {"hash":"sha256:b2bd52c43cac19232e09d94344802cd63f1461456b31755c7e9b1862c04bbbec"}) as unknown as TypedDocumentString<AccompaniedPersonsQuery, AccompaniedPersonsQueryVariables>;
export const AccompaniedPersonDetailDocument = new TypedDocumentString(`
    query AccompaniedPersonDetail($id: ID!) {
  accompaniedPerson(id: $id) {
    id
    lastName
    firstNames
    birthDate
    phone
    email
    address
    domiciled
    domiciliationOrganisation {
      id
      name
    }
    myMemberId
    allowedActions
    refusedActions {
      action
      reason
      step
    }
    version
    createdAt
    updatedAt
    members {
      id
      user {
        id
        displayName
      }
      professionalName
      displayName
      organisation {
        id
        name
      }
      service
      mission
      since
      until
      active
      isReferent
    }
    reference {
      id
      status
      referent {
        id
        displayName
      }
      proposedBy {
        id
        displayName
      }
      proposedAt
      chosenAt
      sansSuiteMotive
      endReason
      endedAt
      comment
      allowedActions
      version
      history {
        action
        fromStatus
        toStatus
        referent {
          id
          displayName
        }
        motive
        endReason
        comment
        at
        by {
          id
          displayName
        }
      }
    }
    references {
      id
      status
      referent {
        id
        displayName
      }
      proposedAt
      chosenAt
      sansSuiteMotive
      endReason
      endedAt
      comment
    }
    goals {
      id
      theme
      title
      createdAt
      actions {
        id
        title
        member {
          id
          displayName
        }
        byPerson
        dueDate
        status
        version
      }
    }
    competences {
      id
      kind
      label
    }
    consents {
      id
      kind
      document {
        id
        title
      }
      member {
        id
        displayName
      }
      meeting {
        id
        subject
        scheduledAt
      }
      givenAt
      withdrawnAt
      active
      recordedBy {
        id
        displayName
      }
    }
    syntheses {
      id
      scheduledAt
      subject
      requestedBy
      participants {
        member {
          id
          displayName
        }
        agreedToPaPresence
      }
      paAgreed
      paParticipates
      notes
      decisions
      version
    }
    documents {
      id
      title
      category
      contentType
      sizeBytes
      uploadedBy {
        id
        displayName
      }
      uploadedAt
      sharedWith {
        id
        displayName
      }
      readable
    }
  }
}
    `, {"hash":"sha256:80241c151ab0a2cb12a534291e8121e20cf3fd196c9e487a0414e236be47111c"}) as unknown as TypedDocumentString<AccompaniedPersonDetailQuery, AccompaniedPersonDetailQueryVariables>;
export const ParcoursProfessionalsDocument = new TypedDocumentString(`
    query ParcoursProfessionals($organisationId: ID!, $search: String, $first: Int) {
  parcoursProfessionals(
    organisationId: $organisationId
    search: $search
    first: $first
  ) {
    id
    displayName
    roles
  }
}
    `, {"hash":"sha256:c9e2d2ce30b0d202e209f4a11d947456d869c2bbcd7e9e0d81c2392fdd656205"}) as unknown as TypedDocumentString<ParcoursProfessionalsQuery, ParcoursProfessionalsQueryVariables>;
export const ParcoursIndicatorsDocument = new TypedDocumentString(`
    query ParcoursIndicators {
  parcoursIndicators {
    persons
    referencesProposed
    byStatus {
      status
      count
    }
    sansSuiteByMotive {
      motive
      count
    }
    endedByReason {
      reason
      count
    }
    professionalsActingAsReferent
    lockersInUse
    documents
  }
}
    `, {"hash":"sha256:7504089c1b6923f72f0ff15f34dd2b9b1cfaeb86a6612dbf5cb9a10fe46b1c97"}) as unknown as TypedDocumentString<ParcoursIndicatorsQuery, ParcoursIndicatorsQueryVariables>;
export const OrganisationOptionsForParcoursDocument = new TypedDocumentString(`
    query OrganisationOptionsForParcours($first: Int, $after: String) {
  organisations(first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
    }
  }
}
    `, {"hash":"sha256:87aa39fa4845add40f0cddffe20f35eaafb96629eeed04bd89eea00fb636a20c"}) as unknown as TypedDocumentString<OrganisationOptionsForParcoursQuery, OrganisationOptionsForParcoursQueryVariables>;
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
    `, {"hash":"sha256:c85f36a2cabd7b554f2f351830a8e2476a7e0903e4077ac38e9f41e7dca7b2d7"}) as unknown as TypedDocumentString<AdminPlatformsQuery, AdminPlatformsQueryVariables>;
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
    `, {"hash":"sha256:91596671afe3b61973ee8f49d8da9194d596fd9b561b6c10fbe63e2cc97150ad"}) as unknown as TypedDocumentString<AdminPlatformQuery, AdminPlatformQueryVariables>;
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
    `, {"hash":"sha256:8f14b8bd22aee18f1d3471722ce83e3a434a7bce8bce2fdc7213ea75e56620f3"}) as unknown as TypedDocumentString<PlatformReferentOptionsQuery, PlatformReferentOptionsQueryVariables>;
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
    `, {"hash":"sha256:08d81f337b0d530e8d8181fb7162d118bd7e128f203f86b4c0f3e2243a9220e9"}) as unknown as TypedDocumentString<PlatformPartnerOptionsQuery, PlatformPartnerOptionsQueryVariables>;
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
    `, {"hash":"sha256:04d87bd9f3b1952f9a958c8896ce001654dda29a044a71e21427f155d89d9025"}) as unknown as TypedDocumentString<PsadPlatformQuery, PsadPlatformQueryVariables>;
export const CreatePlatformDocument = new TypedDocumentString(`
    mutation CreatePlatform($input: CreatePlatformInput!) {
  createPlatform(input: $input) {
    id
    name
    version
  }
}
    `, {"hash":"sha256:e04d54f4272706801c703dc4a2bbb8dd3f562866690ca8a336afdea57c2a6e5f"}) as unknown as TypedDocumentString<CreatePlatformMutation, CreatePlatformMutationVariables>;
export const UpdatePlatformDocument = new TypedDocumentString(`
    mutation UpdatePlatform($input: UpdatePlatformInput!) {
  updatePlatform(input: $input) {
    id
    name
    version
  }
}
    `, {"hash":"sha256:f8e0b5b6ec57337825b528c99b1e9eaa19dfc58816bb359aed7930ca0cd68787"}) as unknown as TypedDocumentString<UpdatePlatformMutation, UpdatePlatformMutationVariables>;
export const PsadBilanDocument = new TypedDocumentString(`
    query PsadBilan($platformId: ID!, $from: Date, $to: Date) {
  psadBilan(platformId: $platformId, from: $from, to: $to) {
    ...PsadBilanFields
  }
}
    fragment BilanTableFields on BilanTable {
  key
  title
  columns
  rows {
    label
    cells {
      value
      display
      masked
    }
  }
  note
  chart
}
fragment PsadBilanFields on PsadBilan {
  platforms {
    id
    name
  }
  periodFrom
  periodTo
  previousFrom
  previousTo
  generatedAt
  masked
  rule
  tables {
    ...BilanTableFields
  }
  sections {
    besoins
    perspectives
    veille
    actionsPartenaires
  }
  sectionsVersion
}`, {"hash":"sha256:1fb4e29df0637ac2b309bdecc399243f32ae55191e3df6a94a7a3a0b3e62f311"}) as unknown as TypedDocumentString<PsadBilanQuery, PsadBilanQueryVariables>;
export const RegionalBilanDocument = new TypedDocumentString(`
    query RegionalBilan($from: Date, $to: Date) {
  regionalBilan(from: $from, to: $to) {
    periodFrom
    periodTo
    platforms {
      id
      name
    }
    sideBySide {
      ...BilanTableFields
    }
    consolidated {
      ...PsadBilanFields
    }
  }
}
    fragment BilanTableFields on BilanTable {
  key
  title
  columns
  rows {
    label
    cells {
      value
      display
      masked
    }
  }
  note
  chart
}
fragment PsadBilanFields on PsadBilan {
  platforms {
    id
    name
  }
  periodFrom
  periodTo
  previousFrom
  previousTo
  generatedAt
  masked
  rule
  tables {
    ...BilanTableFields
  }
  sections {
    besoins
    perspectives
    veille
    actionsPartenaires
  }
  sectionsVersion
}`, {"hash":"sha256:781df16d9f5d8911a3f7139efe9271100bc5af9ae8578c804483e81de9578f8b"}) as unknown as TypedDocumentString<RegionalBilanQuery, RegionalBilanQueryVariables>;
export const SaveBilanSectionsDocument = new TypedDocumentString(`
    mutation SaveBilanSections($input: SaveBilanSectionsInput!) {
  saveBilanSections(input: $input) {
    ...PsadBilanFields
  }
}
    fragment BilanTableFields on BilanTable {
  key
  title
  columns
  rows {
    label
    cells {
      value
      display
      masked
    }
  }
  note
  chart
}
fragment PsadBilanFields on PsadBilan {
  platforms {
    id
    name
  }
  periodFrom
  periodTo
  previousFrom
  previousTo
  generatedAt
  masked
  rule
  tables {
    ...BilanTableFields
  }
  sections {
    besoins
    perspectives
    veille
    actionsPartenaires
  }
  sectionsVersion
}`, {"hash":"sha256:7bb32622b8f424256ac6d57d8d6eea849a4a3aebbcd341c1b8cad6948929a264"}) as unknown as TypedDocumentString<SaveBilanSectionsMutation, SaveBilanSectionsMutationVariables>;
export const DashboardPlatformsDocument = new TypedDocumentString(`
    query DashboardPlatforms {
  platforms {
    id
    name
    active
  }
}
    `, {"hash":"sha256:148b78fa84fe7d0038655a9b5df7808f81d2cf28102aaab34a64bec235647c31"}) as unknown as TypedDocumentString<DashboardPlatformsQuery, DashboardPlatformsQueryVariables>;
export const PsadDashboardDocument = new TypedDocumentString(`
    query PsadDashboard($platformId: ID!, $campaign: String) {
  psadDashboard(platformId: $platformId, campaign: $campaign) {
    platformId
    campaign
    campaigns
    total
    withoutSolution
    funnel {
      stage
      count
      shareOfIdentified
      shareOfPrevious
    }
    bySource {
      source
      signalSource
      count
    }
    solutionsByType {
      type
      count
      share
    }
    closuresByOutcome {
      outcome
      count
      share
    }
    minorsWithoutSolution {
      count
      minors
      share
    }
    delays {
      medianDaysToFirstAttempt
      firstAttemptCount
      medianDaysToSolution
      solutionCount
    }
    partners {
      organisation {
        id
        name
      }
      total
      byStatus {
        status
        count
      }
    }
    transfers {
      incoming
      outgoing
      betweenPartners
    }
  }
}
    `, {"hash":"sha256:856f358f0e5866181e54f44b9076303839909321135a9e4ff935edca0a99c807"}) as unknown as TypedDocumentString<PsadDashboardQuery, PsadDashboardQueryVariables>;
export const PlatformImportsDocument = new TypedDocumentString(`
    query PlatformImports($platformId: ID!) {
  imports(platformId: $platformId) {
    id
    campaign
    fileName
    status
    uploadedAt
    confirmedAt
    report {
      total
      accepted
      merged
      rejectedCount
      duplicatesInFile
    }
  }
}
    `, {"hash":"sha256:66aa04071e739159ecedadd151dcf9e6b295190def0e6e24086f45ecd469206b"}) as unknown as TypedDocumentString<PlatformImportsQuery, PlatformImportsQueryVariables>;
export const SieiImportDocument = new TypedDocumentString(`
    query SieiImport($id: ID!) {
  import(id: $id) {
    id
    platformId
    campaign
    fileName
    status
    uploadedAt
    confirmedAt
    uploadedBy {
      id
      displayName
    }
    report {
      total
      accepted
      merged
      rejectedCount
      rejected {
        line
        reason
      }
      duplicatesInFile
      warnings
      created
      updated
      casesOpened
    }
    preview {
      columns
      sample {
        line
        cells
        outcome
        note
      }
      duplicates {
        line
        sameAsLine
        matchedOn
        ine
        lastName
        firstNames
        birthDate
        first {
          ine
          lastName
          firstNames
          birthDate
        }
      }
      merged {
        line
        matchedOn
        ine
        lastName
        firstNames
        birthDate
        known {
          youngPersonId
          ine
          lastName
          firstNames
          birthDate
          caseId
          caseStatus
        }
      }
    }
  }
}
    `, {"hash":"sha256:429bcba4c0bd5c74587086a96895d7c9981210e0452ac6ebd34c84f290450607"}) as unknown as TypedDocumentString<SieiImportQuery, SieiImportQueryVariables>;
export const SignalPlatformsDocument = new TypedDocumentString(`
    query SignalPlatforms {
  platforms {
    id
    name
    partners {
      id
    }
  }
}
    `, {"hash":"sha256:3974c427940334ee4e56526edfbd8f41961018103258b0957acd61654568f25c"}) as unknown as TypedDocumentString<SignalPlatformsQuery, SignalPlatformsQueryVariables>;
export const SignalYoungPersonDocument = new TypedDocumentString(`
    mutation SignalYoungPerson($input: SignalInput!) {
  signalYoungPerson(input: $input) {
    matched
    caseId
  }
}
    `, {"hash":"sha256:628c6f5f2309a66e109b237d612540823635986abc7e462fbf2506a69eaf4f3b"}) as unknown as TypedDocumentString<SignalYoungPersonMutation, SignalYoungPersonMutationVariables>;
export const MergeSearchDocument = new TypedDocumentString(`
    query MergeSearch($platformId: ID!, $search: String!) {
  cases(
    platformId: $platformId
    filter: {search: $search}
    orderBy: NAME
    first: 10
  ) {
    totalCount
    nodes {
      id
      status
      episode
      youngPerson {
        id
        ine
        lastName
        firstNames
        birthDate
        commune
      }
    }
  }
}
    `, {"hash":"sha256:02c4badb903acd76f67cdeb18a9d35c51316e09220374dec118f6a10be3ebca7"}) as unknown as TypedDocumentString<MergeSearchQuery, MergeSearchQueryVariables>;
export const MergeCandidateCaseDocument = new TypedDocumentString(`
    query MergeCandidateCase($id: ID!) {
  case(id: $id) {
    id
    platform {
      id
    }
    youngPerson {
      id
      version
      ine
      lastName
      firstNames
      birthDate
      sex
      address
      postalCode
      commune
      phone
      email
      lastSchoolUai
      lastFormation
      schoolExitDate
      highestDiploma
      cases {
        id
        episode
        status
        source
        campaign
        createdAt
        closeOutcome
        assignedOrganisation {
          id
          name
        }
      }
    }
  }
}
    `, {"hash":"sha256:3d23b1461b8310bd708d282eb52d214c3711883454e5cde27ba41b653b558254"}) as unknown as TypedDocumentString<MergeCandidateCaseQuery, MergeCandidateCaseQueryVariables>;
export const YoungPersonDuplicatesDocument = new TypedDocumentString(`
    query YoungPersonDuplicates($platformId: ID!, $first: Int) {
  youngPersonDuplicates(platformId: $platformId, first: $first) {
    reason
    similarity
    first {
      id
      lastName
      firstNames
      birthDate
      ine
      cases {
        id
        status
      }
    }
    second {
      id
      lastName
      firstNames
      birthDate
      ine
      cases {
        id
        status
      }
    }
  }
}
    `, {"hash":"sha256:197ed4aa0c958f5add03f881b6d0ddf1655a645c27a31c478b1f730664548478"}) as unknown as TypedDocumentString<YoungPersonDuplicatesQuery, YoungPersonDuplicatesQueryVariables>;
export const MergeYoungPeopleDocument = new TypedDocumentString(`
    mutation MergeYoungPeople($platformId: ID!, $keepId: ID!, $keepVersion: Int!, $mergeId: ID!, $mergeVersion: Int!) {
  mergeYoungPeople(
    platformId: $platformId
    keepId: $keepId
    keepVersion: $keepVersion
    mergeId: $mergeId
    mergeVersion: $mergeVersion
  ) {
    id
    version
    lastName
    firstNames
    cases {
      id
      episode
      status
      closeOutcome
    }
  }
}
    `, {"hash":"sha256:fb29ae6da0d68cf8d3fd6ea471692895c0ffb6044899b5a17479c096f4d10f3a"}) as unknown as TypedDocumentString<MergeYoungPeopleMutation, MergeYoungPeopleMutationVariables>;
export const AccessRequestsDocument = new TypedDocumentString(`
    query AccessRequests($status: AccessRequestStatus) {
  accessRequests(status: $status) {
    id
    status
    email
    givenName
    usualName
    siret
    createdAt
    version
    organisation {
      id
      name
    }
  }
}
    `, {"hash":"sha256:c4278c16c4870659b8e4e490eab1ed7215c013a862c263cf3f3e4607e226945f"}) as unknown as TypedDocumentString<AccessRequestsQuery, AccessRequestsQueryVariables>;
export const ApproveAccessRequestDocument = new TypedDocumentString(`
    mutation ApproveAccessRequest($input: ApproveAccessRequestInput!) {
  approveAccessRequest(input: $input) {
    id
    status
  }
}
    `, {"hash":"sha256:0b3277039d10ff6c880f824f4d6ce644969ad70e93d55c5ba69e43fc4f040199"}) as unknown as TypedDocumentString<ApproveAccessRequestMutation, ApproveAccessRequestMutationVariables>;
export const RejectAccessRequestDocument = new TypedDocumentString(`
    mutation RejectAccessRequest($input: RejectAccessRequestInput!) {
  rejectAccessRequest(input: $input) {
    id
    status
  }
}
    `, {"hash":"sha256:4304bf1995511fb3913cd0c15d6cb55f4b45c3f5ac98490d66d287ce9a86a235"}) as unknown as TypedDocumentString<RejectAccessRequestMutation, RejectAccessRequestMutationVariables>;
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
      failedLoginCount
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
    `, {"hash":"sha256:f4309222653e7ab88c7b0a11522a443a763b3f2d52d1624db2757d100617d701"}) as unknown as TypedDocumentString<AdminUsersQuery, AdminUsersQueryVariables>;
export const AdminUserDocument = new TypedDocumentString(`
    query AdminUser($id: ID!) {
  user(id: $id) {
    id
    email
    displayName
    active
    failedLoginCount
    lastFailedLoginAt
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
    `, {"hash":"sha256:0367cf2781162ad035315c7c36dc69442049cdacb7975b110d517feda1fcc1d7"}) as unknown as TypedDocumentString<AdminUserQuery, AdminUserQueryVariables>;
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
    `, {"hash":"sha256:6df289e1530ff92927a730224fa53b79f4ba2a311150bff74b23dbe4fe46b446"}) as unknown as TypedDocumentString<OrganisationOptionsQuery, OrganisationOptionsQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
    displayName
  }
}
    `, {"hash":"sha256:bf180afbca1f334f9495a3bc3f8169dd8c7ff258f89384d7c61cc6497950aab9"}) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($input: UpdateUserInput!) {
  updateUser(input: $input) {
    id
    version
  }
}
    `, {"hash":"sha256:bbafcb6bb68eea2c16e234e1c154e8d44ac3334db2fb8779f4c85da334f7943b"}) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const SetUserActiveDocument = new TypedDocumentString(`
    mutation SetUserActive($id: ID!, $version: Int!, $active: Boolean!) {
  setUserActive(id: $id, version: $version, active: $active) {
    id
    active
    version
  }
}
    `, {"hash":"sha256:f36fbd3907dcba4c1bec358a83060320864e1454ad11c0b2919784c3629b9c90"}) as unknown as TypedDocumentString<SetUserActiveMutation, SetUserActiveMutationVariables>;
export const UnlockUserDocument = new TypedDocumentString(`
    mutation UnlockUser($id: ID!, $version: Int!) {
  unlockUser(id: $id, version: $version) {
    id
    failedLoginCount
    version
  }
}
    `, {"hash":"sha256:e855e3c989feff241b258cc808a529828b8270e080e304fbaf15539b7f9421e0"}) as unknown as TypedDocumentString<UnlockUserMutation, UnlockUserMutationVariables>;
export const AddMembershipDocument = new TypedDocumentString(`
    mutation AddMembership($userId: ID!, $input: MembershipInput!) {
  addMembership(userId: $userId, input: $input) {
    id
  }
}
    `, {"hash":"sha256:6789ee9d96e336d6c343ebd429b6f50951ffb5a7cd18d2476576ac831d371ff9"}) as unknown as TypedDocumentString<AddMembershipMutation, AddMembershipMutationVariables>;
export const UpdateMembershipRolesDocument = new TypedDocumentString(`
    mutation UpdateMembershipRoles($id: ID!, $version: Int!, $roles: [Role!]!) {
  updateMembershipRoles(id: $id, version: $version, roles: $roles) {
    id
    roles
    version
  }
}
    `, {"hash":"sha256:ebc8814c89feee2e9d0717f6f09eb3f35f3900d59c5a8d8cf757c2c8f7c7db98"}) as unknown as TypedDocumentString<UpdateMembershipRolesMutation, UpdateMembershipRolesMutationVariables>;
export const RemoveMembershipDocument = new TypedDocumentString(`
    mutation RemoveMembership($id: ID!, $version: Int!) {
  removeMembership(id: $id, version: $version)
}
    `, {"hash":"sha256:ef1a1f52b84a75bd75b59601c098dee07e89b4fbbd421bb7da6b8456ac4f5cb8"}) as unknown as TypedDocumentString<RemoveMembershipMutation, RemoveMembershipMutationVariables>;
export const ApiKeysDocument = new TypedDocumentString(`
    query ApiKeys($userId: ID!) {
  apiKeys(userId: $userId) {
    id
    name
    prefix
    createdAt
    lastUsedAt
    revokedAt
    scopes
    organisations {
      id
      name
    }
    platformIds
    expiresAt
    rateLimitPerMinute
    trustedDocumentsOnly
    usage {
      operation
      calls
      errors
      lastUsedAt
    }
  }
}
    `, {"hash":"sha256:8921e6d108f5851be0641516410818db100514410c4d3609a30dac098481ce37"}) as unknown as TypedDocumentString<ApiKeysQuery, ApiKeysQueryVariables>;
export const KeyPlatformsDocument = new TypedDocumentString(`
    query KeyPlatforms {
  platforms(mine: false) {
    id
    name
  }
}
    `, {"hash":"sha256:35a27c71bb4937f62d3349d432ce1976dd5041c880d875afe3cc5078855dc32f"}) as unknown as TypedDocumentString<KeyPlatformsQuery, KeyPlatformsQueryVariables>;
export const SetApiKeyRateLimitDocument = new TypedDocumentString(`
    mutation SetApiKeyRateLimit($id: ID!, $rateLimitPerMinute: Int!) {
  setApiKeyRateLimit(id: $id, rateLimitPerMinute: $rateLimitPerMinute) {
    id
    rateLimitPerMinute
  }
}
    `, {"hash":"sha256:a69a59ef15eacf07e06b3c797fef03757fb048d64e2ac56ed5deb5132bfc2231"}) as unknown as TypedDocumentString<SetApiKeyRateLimitMutation, SetApiKeyRateLimitMutationVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
    apiKey {
      id
      name
    }
  }
}
    `, {"hash":"sha256:bfcb452e0bb3682353c3c4a60e4e52958ead6e18edb244d114f6ff91fae821d3"}) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    id
    name
    revokedAt
  }
}
    `, {"hash":"sha256:50b5d3b9b0a0ceb83d67dbfe3984406f81200169cba5eb5d64f87d919a2c9c60"}) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const WebhookAccountDocument = new TypedDocumentString(`
    query WebhookAccount($id: ID!) {
  user(id: $id) {
    id
    displayName
    active
  }
}
    `, {"hash":"sha256:6cb4ae81509921e920e3fe817f3107fdb0fdcbb26f51841f1a115f7d22045352"}) as unknown as TypedDocumentString<WebhookAccountQuery, WebhookAccountQueryVariables>;
export const WebhookEndpointsDocument = new TypedDocumentString(`
    query WebhookEndpoints($serviceAccountId: ID) {
  webhookEndpoints(serviceAccountId: $serviceAccountId) {
    id
    url
    eventTypes
    description
    enabled
    disabledReason
    disabledAt
    failingSince
    secretRotatedAt
    version
    createdAt
  }
}
    `, {"hash":"sha256:ddfe84dac8fe1c2d0976f5e3117e5324f4a3143798c58a2d496b95525cfab438"}) as unknown as TypedDocumentString<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const WebhookEndpointDocument = new TypedDocumentString(`
    query WebhookEndpoint($id: ID!) {
  webhookEndpoint(id: $id) {
    id
    serviceAccountId
    url
    eventTypes
    enabled
    disabledReason
    failingSince
    version
  }
}
    `, {"hash":"sha256:25d5787838e6858ef05565c1989e24216c18d6d38a592e38a9214e3d04ec6b76"}) as unknown as TypedDocumentString<WebhookEndpointQuery, WebhookEndpointQueryVariables>;
export const WebhookDeliveriesDocument = new TypedDocumentString(`
    query WebhookDeliveries($endpointId: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {
  webhookDeliveries(
    endpointId: $endpointId
    status: $status
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      eventId
      eventType
      objectType
      objectId
      occurredAt
      status
      attemptCount
      nextAttemptAt
      lastAttemptAt
      lastStatusCode
      lastLatencyMs
      lastError
      attempts {
        id
        attemptedAt
        statusCode
        latencyMs
        error
        succeeded
        manual
      }
    }
  }
}
    `, {"hash":"sha256:ea59f6278dbf0b1b34552c2e0696540922ae6123b86cc675a878847880750055"}) as unknown as TypedDocumentString<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const CreateWebhookEndpointDocument = new TypedDocumentString(`
    mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    secret
    endpoint {
      id
      url
    }
  }
}
    `, {"hash":"sha256:f96175ff7e4cfcbc3fd21ab89ad31d225c9320a864b8fb685b36e453b3fecc62"}) as unknown as TypedDocumentString<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const UpdateWebhookEndpointDocument = new TypedDocumentString(`
    mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
  updateWebhookEndpoint(input: $input) {
    id
    version
    url
    eventTypes
  }
}
    `, {"hash":"sha256:a80c96e99af05c8fb832959bc6ed553dd905f1ae0cd104260b3d26d854c432c4"}) as unknown as TypedDocumentString<UpdateWebhookEndpointMutation, UpdateWebhookEndpointMutationVariables>;
export const SetWebhookEndpointEnabledDocument = new TypedDocumentString(`
    mutation SetWebhookEndpointEnabled($id: ID!, $version: Int!, $enabled: Boolean!) {
  setWebhookEndpointEnabled(id: $id, version: $version, enabled: $enabled) {
    id
    version
    enabled
  }
}
    `, {"hash":"sha256:570ec91fd2d76427e93c9f4d157e0a4a06d666d3aa372d63e66698700adebf38"}) as unknown as TypedDocumentString<SetWebhookEndpointEnabledMutation, SetWebhookEndpointEnabledMutationVariables>;
export const RotateWebhookSecretDocument = new TypedDocumentString(`
    mutation RotateWebhookSecret($id: ID!, $version: Int!) {
  rotateWebhookSecret(id: $id, version: $version) {
    secret
    endpoint {
      id
      url
      version
    }
  }
}
    `, {"hash":"sha256:8c2795465a1c7e79d51d6fc63c41e387d48d40b641257dbbf11183183feeb513"}) as unknown as TypedDocumentString<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const DeleteWebhookEndpointDocument = new TypedDocumentString(`
    mutation DeleteWebhookEndpoint($id: ID!, $version: Int!) {
  deleteWebhookEndpoint(id: $id, version: $version)
}
    `, {"hash":"sha256:80c5e7004d0b617b9814d61b76313662cd15c0a8f64dc168a2e5294ff91ea334"}) as unknown as TypedDocumentString<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>;
export const ReplayWebhookDeliveryDocument = new TypedDocumentString(`
    mutation ReplayWebhookDelivery($deliveryId: ID!) {
  replayWebhookDelivery(deliveryId: $deliveryId) {
    id
    status
  }
}
    `, {"hash":"sha256:23afb6d3afd7cf495d4e3a7d3b5ce011b526bac5659da804006f1236a1a5445e"}) as unknown as TypedDocumentString<ReplayWebhookDeliveryMutation, ReplayWebhookDeliveryMutationVariables>;