/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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
  | 'SIGNAL_RECEIVED'
  | 'TRANSFER_ANSWERED'
  | 'TRANSFER_PROPOSED'
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
    `) as unknown as TypedDocumentString<OutboxEmailsQuery, OutboxEmailsQueryVariables>;
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
    `) as unknown as TypedDocumentString<OutboxEmailQuery, OutboxEmailQueryVariables>;
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
    `) as unknown as TypedDocumentString<BackgroundQueuesQuery, BackgroundQueuesQueryVariables>;
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
    `) as unknown as TypedDocumentString<BackgroundJobsQuery, BackgroundJobsQueryVariables>;
export const RetryBackgroundJobDocument = new TypedDocumentString(`
    mutation RetryBackgroundJob($queue: String!, $id: ID!) {
  retryBackgroundJob(queue: $queue, id: $id) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<RetryBackgroundJobMutation, RetryBackgroundJobMutationVariables>;
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
    `) as unknown as TypedDocumentString<AuditEventsQuery, AuditEventsQueryVariables>;
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
    `) as unknown as TypedDocumentString<AuditUsersQuery, AuditUsersQueryVariables>;
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
    `) as unknown as TypedDocumentString<CaseDetailQuery, CaseDetailQueryVariables>;
export const CasePlatformsDocument = new TypedDocumentString(`
    query CasePlatforms {
  platforms {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CasePlatformsQuery, CasePlatformsQueryVariables>;
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
    `) as unknown as TypedDocumentString<CaseContactAttemptMutation, CaseContactAttemptMutationVariables>;
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
    `) as unknown as TypedDocumentString<CaseSituationCheckMutation, CaseSituationCheckMutationVariables>;
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
    `) as unknown as TypedDocumentString<CaseSolutionMutation, CaseSolutionMutationVariables>;
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
    `) as unknown as TypedDocumentString<CaseCloseMutation, CaseCloseMutationVariables>;
export const CaseReopenDocument = new TypedDocumentString(`
    mutation CaseReopen($caseId: ID!) {
  reopenCase(caseId: $caseId) {
    id
    version
    status
    episode
  }
}
    `) as unknown as TypedDocumentString<CaseReopenMutation, CaseReopenMutationVariables>;
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
    `) as unknown as TypedDocumentString<CaseProposeTransferMutation, CaseProposeTransferMutationVariables>;
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
}`) as unknown as TypedDocumentString<IncomingTransfersQuery, IncomingTransfersQueryVariables>;
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
}`) as unknown as TypedDocumentString<OutgoingTransfersQuery, OutgoingTransfersQueryVariables>;
export const AcceptTransferDocument = new TypedDocumentString(`
    mutation AcceptTransfer($transferId: ID!) {
  acceptTransfer(transferId: $transferId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AcceptTransferMutation, AcceptTransferMutationVariables>;
export const RefuseTransferDocument = new TypedDocumentString(`
    mutation RefuseTransfer($transferId: ID!, $reason: String!) {
  refuseTransfer(transferId: $transferId, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RefuseTransferMutation, RefuseTransferMutationVariables>;
export const CancelTransferDocument = new TypedDocumentString(`
    mutation CancelTransfer($transferId: ID!) {
  cancelTransfer(transferId: $transferId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CancelTransferMutation, CancelTransferMutationVariables>;
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
    `) as unknown as TypedDocumentString<CaseSolutionOffersQuery, CaseSolutionOffersQueryVariables>;
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
}`) as unknown as TypedDocumentString<PlatformCasesQuery, PlatformCasesQueryVariables>;
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
}`) as unknown as TypedDocumentString<AssignedCasesQuery, AssignedCasesQueryVariables>;
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
    `) as unknown as TypedDocumentString<AssignCasesMutation, AssignCasesMutationVariables>;
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
    `) as unknown as TypedDocumentString<ReassignCaseToMutation, ReassignCaseToMutationVariables>;
export const PartnerCounsellorsDocument = new TypedDocumentString(`
    query PartnerCounsellors($platformId: ID!, $organisationId: ID!) {
  partnerCounsellors(platformId: $platformId, organisationId: $organisationId) {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<PartnerCounsellorsQuery, PartnerCounsellorsQueryVariables>;
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
}`) as unknown as TypedDocumentString<ClasYearConfigQuery, ClasYearConfigQueryVariables>;
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
}`) as unknown as TypedDocumentString<SetClasYearConfigMutation, SetClasYearConfigMutationVariables>;
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
    `) as unknown as TypedDocumentString<LogClasSessionMutation, LogClasSessionMutationVariables>;
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
    `) as unknown as TypedDocumentString<LogClasActivityMutation, LogClasActivityMutationVariables>;
export const SetClasRosterDocument = new TypedDocumentString(`
    mutation SetClasRoster($groupId: ID!, $names: [String!]!) {
  setClasRoster(groupId: $groupId, names: $names) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<SetClasRosterMutation, SetClasRosterMutationVariables>;
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
}`) as unknown as TypedDocumentString<SubmitClasBilanMutation, SubmitClasBilanMutationVariables>;
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
    `) as unknown as TypedDocumentString<ClasProjectsQuery, ClasProjectsQueryVariables>;
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
    `) as unknown as TypedDocumentString<ClasStatusCountsQuery, ClasStatusCountsQueryVariables>;
export const ClasWaitingSchoolYearsDocument = new TypedDocumentString(`
    query ClasWaitingSchoolYears {
  clasWaitingSchoolYears
}
    `) as unknown as TypedDocumentString<ClasWaitingSchoolYearsQuery, ClasWaitingSchoolYearsQueryVariables>;
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
}`) as unknown as TypedDocumentString<ClasProjectQuery, ClasProjectQueryVariables>;
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
    `) as unknown as TypedDocumentString<ClasDashboardQuery, ClasDashboardQueryVariables>;
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
}`) as unknown as TypedDocumentString<CreateClasProjectMutation, CreateClasProjectMutationVariables>;
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
}`) as unknown as TypedDocumentString<UpdateClasProjectMutation, UpdateClasProjectMutationVariables>;
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
}`) as unknown as TypedDocumentString<SubmitClasProjectMutation, SubmitClasProjectMutationVariables>;
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
}`) as unknown as TypedDocumentString<ExamineClasProjectMutation, ExamineClasProjectMutationVariables>;
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
}`) as unknown as TypedDocumentString<DecideClasProjectMutation, DecideClasProjectMutationVariables>;
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
}`) as unknown as TypedDocumentString<CloseClasProjectMutation, CloseClasProjectMutationVariables>;
export const CommentClasProjectDocument = new TypedDocumentString(`
    mutation CommentClasProject($projectId: ID!, $body: String!) {
  commentClasProject(projectId: $projectId, body: $body) {
    id
  }
}
    `) as unknown as TypedDocumentString<CommentClasProjectMutation, CommentClasProjectMutationVariables>;
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
    `) as unknown as TypedDocumentString<CpmsContractsQuery, CpmsContractsQueryVariables>;
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
}`) as unknown as TypedDocumentString<CpmsContractQuery, CpmsContractQueryVariables>;
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
    `) as unknown as TypedDocumentString<CpmsSchoolPlansQuery, CpmsSchoolPlansQueryVariables>;
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
    `) as unknown as TypedDocumentString<CpmsObjectivesContractsQuery, CpmsObjectivesContractsQueryVariables>;
export const CreateCpmsContractDocument = new TypedDocumentString(`
    mutation CreateCpmsContract($input: CreateCpmsContractInput!) {
  createCpmsContract(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateCpmsContractMutation, CreateCpmsContractMutationVariables>;
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
}`) as unknown as TypedDocumentString<StepCpmsContractMutation, StepCpmsContractMutationVariables>;
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
}`) as unknown as TypedDocumentString<SignCpmsContractMutation, SignCpmsContractMutationVariables>;
export const LogCpmsExchangeDocument = new TypedDocumentString(`
    mutation LogCpmsExchange($input: LogCpmsExchangeInput!) {
  logCpmsExchange(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LogCpmsExchangeMutation, LogCpmsExchangeMutationVariables>;
export const ScheduleCpmsConcertationDocument = new TypedDocumentString(`
    mutation ScheduleCpmsConcertation($input: ScheduleCpmsConcertationInput!) {
  scheduleCpmsConcertation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScheduleCpmsConcertationMutation, ScheduleCpmsConcertationMutationVariables>;
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
}`) as unknown as TypedDocumentString<RecordCpmsIndicatorsReachedMutation, RecordCpmsIndicatorsReachedMutationVariables>;
export const UpdateCpmsSchoolPlanDocument = new TypedDocumentString(`
    mutation UpdateCpmsSchoolPlan($input: UpdateCpmsSchoolPlanInput!) {
  updateCpmsSchoolPlan(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateCpmsSchoolPlanMutation, UpdateCpmsSchoolPlanMutationVariables>;
export const CreateCpmsSchoolPlanDocument = new TypedDocumentString(`
    mutation CreateCpmsSchoolPlan($input: CreateCpmsSchoolPlanInput!) {
  createCpmsSchoolPlan(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CreateCpmsSchoolPlanMutation, CreateCpmsSchoolPlanMutationVariables>;
export const CreateCpmsObjectivesContractDocument = new TypedDocumentString(`
    mutation CreateCpmsObjectivesContract($input: CreateCpmsObjectivesContractInput!) {
  createCpmsObjectivesContract(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CreateCpmsObjectivesContractMutation, CreateCpmsObjectivesContractMutationVariables>;
export const UpdateCpmsObjectivesContractDocument = new TypedDocumentString(`
    mutation UpdateCpmsObjectivesContract($input: UpdateCpmsObjectivesContractInput!) {
  updateCpmsObjectivesContract(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateCpmsObjectivesContractMutation, UpdateCpmsObjectivesContractMutationVariables>;
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
}`) as unknown as TypedDocumentString<UpdateCpmsContractMutation, UpdateCpmsContractMutationVariables>;
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
    `) as unknown as TypedDocumentString<OncallPoolsQuery, OncallPoolsQueryVariables>;
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
    `) as unknown as TypedDocumentString<OncallRotaQuery, OncallRotaQueryVariables>;
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
    `) as unknown as TypedDocumentString<OncallCheckQuery, OncallCheckQueryVariables>;
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
    `) as unknown as TypedDocumentString<OncallNowQuery, OncallNowQueryVariables>;
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
    `) as unknown as TypedDocumentString<OncallCallsQuery, OncallCallsQueryVariables>;
export const CreateOncallShiftDocument = new TypedDocumentString(`
    mutation CreateOncallShift($input: CreateOncallShiftInput!) {
  createOncallShift(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateOncallShiftMutation, CreateOncallShiftMutationVariables>;
export const DeleteOncallShiftDocument = new TypedDocumentString(`
    mutation DeleteOncallShift($input: DeleteOncallShiftInput!) {
  deleteOncallShift(input: $input)
}
    `) as unknown as TypedDocumentString<DeleteOncallShiftMutation, DeleteOncallShiftMutationVariables>;
export const PublishOncallPeriodDocument = new TypedDocumentString(`
    mutation PublishOncallPeriod($input: PublishOncallPeriodInput!) {
  publishOncallPeriod(input: $input) {
    published
  }
}
    `) as unknown as TypedDocumentString<PublishOncallPeriodMutation, PublishOncallPeriodMutationVariables>;
export const ProposeOncallSwapDocument = new TypedDocumentString(`
    mutation ProposeOncallSwap($input: ProposeOncallSwapInput!) {
  proposeOncallSwap(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProposeOncallSwapMutation, ProposeOncallSwapMutationVariables>;
export const DecideOncallSwapDocument = new TypedDocumentString(`
    mutation DecideOncallSwap($input: DecideOncallSwapInput!) {
  decideOncallSwap(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DecideOncallSwapMutation, DecideOncallSwapMutationVariables>;
export const LogOncallCallDocument = new TypedDocumentString(`
    mutation LogOncallCall($input: LogOncallCallInput!) {
  logOncallCall(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LogOncallCallMutation, LogOncallCallMutationVariables>;
export const CloseOncallFollowUpDocument = new TypedDocumentString(`
    mutation CloseOncallFollowUp($input: CloseOncallFollowUpInput!) {
  closeOncallFollowUp(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CloseOncallFollowUpMutation, CloseOncallFollowUpMutationVariables>;
export const GenerateOncallWeeksDocument = new TypedDocumentString(`
    mutation GenerateOncallWeeks($input: GenerateOncallWeeksInput!) {
  generateOncallWeeks(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<GenerateOncallWeeksMutation, GenerateOncallWeeksMutationVariables>;
export const UpdateOncallRulesDocument = new TypedDocumentString(`
    mutation UpdateOncallRules($input: UpdateOncallRulesInput!) {
  updateOncallRules(input: $input) {
    id
    version
    maxShiftMinutes
    minRestMinutes
  }
}
    `) as unknown as TypedDocumentString<UpdateOncallRulesMutation, UpdateOncallRulesMutationVariables>;
export const ReplaceOncallTemplatesDocument = new TypedDocumentString(`
    mutation ReplaceOncallTemplates($input: ReplaceOncallTemplatesInput!) {
  replaceOncallTemplates(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ReplaceOncallTemplatesMutation, ReplaceOncallTemplatesMutationVariables>;
export const SetOncallPhoneDocument = new TypedDocumentString(`
    mutation SetOncallPhone($input: SetOncallPhoneInput!) {
  setOncallPhone(input: $input) {
    id
    phone
  }
}
    `) as unknown as TypedDocumentString<SetOncallPhoneMutation, SetOncallPhoneMutationVariables>;
export const WithdrawOncallSwapDocument = new TypedDocumentString(`
    mutation WithdrawOncallSwap($input: WithdrawOncallSwapInput!) {
  withdrawOncallSwap(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WithdrawOncallSwapMutation, WithdrawOncallSwapMutationVariables>;
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
    `) as unknown as TypedDocumentString<CpmsIndicatorsQuery, CpmsIndicatorsQueryVariables>;
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
    `) as unknown as TypedDocumentString<PlatformActionCasesQuery, PlatformActionCasesQueryVariables>;
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
}`) as unknown as TypedDocumentString<SolutionOffersQuery, SolutionOffersQueryVariables>;
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
}`) as unknown as TypedDocumentString<CreateSolutionOfferMutation, CreateSolutionOfferMutationVariables>;
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
}`) as unknown as TypedDocumentString<UpdateSolutionOfferMutation, UpdateSolutionOfferMutationVariables>;
export const DeleteSolutionOfferDocument = new TypedDocumentString(`
    mutation DeleteSolutionOffer($input: DeleteSolutionOfferInput!) {
  deleteSolutionOffer(input: $input)
}
    `) as unknown as TypedDocumentString<DeleteSolutionOfferMutation, DeleteSolutionOfferMutationVariables>;
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
    `) as unknown as TypedDocumentString<PlatformActionsQuery, PlatformActionsQueryVariables>;
export const CreatePlatformActionDocument = new TypedDocumentString(`
    mutation CreatePlatformAction($input: CreatePlatformActionInput!) {
  createPlatformAction(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreatePlatformActionMutation, CreatePlatformActionMutationVariables>;
export const UpdatePlatformActionDocument = new TypedDocumentString(`
    mutation UpdatePlatformAction($input: UpdatePlatformActionInput!) {
  updatePlatformAction(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdatePlatformActionMutation, UpdatePlatformActionMutationVariables>;
export const DeletePlatformActionDocument = new TypedDocumentString(`
    mutation DeletePlatformAction($input: DeletePlatformActionInput!) {
  deletePlatformAction(input: $input)
}
    `) as unknown as TypedDocumentString<DeletePlatformActionMutation, DeletePlatformActionMutationVariables>;
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
    `) as unknown as TypedDocumentString<VeilleDocumentsQuery, VeilleDocumentsQueryVariables>;
export const AddVeilleDocumentDocument = new TypedDocumentString(`
    mutation AddVeilleDocument($input: AddVeilleDocumentInput!) {
  addVeilleDocument(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddVeilleDocumentMutation, AddVeilleDocumentMutationVariables>;
export const UpdateVeilleDocumentDocument = new TypedDocumentString(`
    mutation UpdateVeilleDocument($input: UpdateVeilleDocumentInput!) {
  updateVeilleDocument(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateVeilleDocumentMutation, UpdateVeilleDocumentMutationVariables>;
export const DeleteVeilleDocumentDocument = new TypedDocumentString(`
    mutation DeleteVeilleDocument($input: DeleteVeilleDocumentInput!) {
  deleteVeilleDocument(input: $input)
}
    `) as unknown as TypedDocumentString<DeleteVeilleDocumentMutation, DeleteVeilleDocumentMutationVariables>;
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
}`) as unknown as TypedDocumentString<MeetingListQuery, MeetingListQueryVariables>;
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
}`) as unknown as TypedDocumentString<CioMeetingsQuery, CioMeetingsQueryVariables>;
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
    `) as unknown as TypedDocumentString<MeetingDetailQuery, MeetingDetailQueryVariables>;
export const ScheduleMeetingDocument = new TypedDocumentString(`
    mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
  scheduleMeeting(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ScheduleMeetingMutation, ScheduleMeetingMutationVariables>;
export const UpdateMeetingDocument = new TypedDocumentString(`
    mutation UpdateMeeting($input: UpdateMeetingInput!) {
  updateMeeting(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateMeetingMutation, UpdateMeetingMutationVariables>;
export const CancelMeetingDocument = new TypedDocumentString(`
    mutation CancelMeeting($input: CancelMeetingInput!) {
  cancelMeeting(input: $input) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<CancelMeetingMutation, CancelMeetingMutationVariables>;
export const RecordAttendanceDocument = new TypedDocumentString(`
    mutation RecordAttendance($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<RecordAttendanceMutation, RecordAttendanceMutationVariables>;
export const RecordMinutesDocument = new TypedDocumentString(`
    mutation RecordMinutes($input: RecordMinutesInput!) {
  recordMinutes(input: $input) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<RecordMinutesMutation, RecordMinutesMutationVariables>;
export const AddMeetingActionDocument = new TypedDocumentString(`
    mutation AddMeetingAction($input: AddMeetingActionInput!) {
  addMeetingAction(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AddMeetingActionMutation, AddMeetingActionMutationVariables>;
export const UpdateMeetingActionDocument = new TypedDocumentString(`
    mutation UpdateMeetingAction($input: UpdateMeetingActionInput!) {
  updateMeetingAction(input: $input) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<UpdateMeetingActionMutation, UpdateMeetingActionMutationVariables>;
export const DecideSituationDocument = new TypedDocumentString(`
    mutation DecideSituation($input: DecideSituationInput!) {
  decideSituation(input: $input) {
    caseId
    caseVersion
    decision
  }
}
    `) as unknown as TypedDocumentString<DecideSituationMutation, DecideSituationMutationVariables>;
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
    `) as unknown as TypedDocumentString<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]!) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MarkAllNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkAllNotificationsRead($upTo: ID) {
  markAllNotificationsRead(upTo: $upTo)
}
    `) as unknown as TypedDocumentString<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
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
    `) as unknown as TypedDocumentString<MyNotificationPreferencesQuery, MyNotificationPreferencesQueryVariables>;
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
    `) as unknown as TypedDocumentString<SetNotificationPreferencesMutation, SetNotificationPreferencesMutationVariables>;
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
    `) as unknown as TypedDocumentString<OrientationCiosQuery, OrientationCiosQueryVariables>;
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
    `) as unknown as TypedDocumentString<EvaluationCriteriaQuery, EvaluationCriteriaQueryVariables>;
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
    `) as unknown as TypedDocumentString<InterviewCountsQuery, InterviewCountsQueryVariables>;
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
    `) as unknown as TypedDocumentString<QvtCampaignsQuery, QvtCampaignsQueryVariables>;
export const AnswerQvtCampaignDocument = new TypedDocumentString(`
    mutation AnswerQvtCampaign($input: AnswerQvtCampaignInput!) {
  answerQvtCampaign(input: $input) {
    id
    answered
    canAnswer
  }
}
    `) as unknown as TypedDocumentString<AnswerQvtCampaignMutation, AnswerQvtCampaignMutationVariables>;
export const CreateEvaluationCriterionDocument = new TypedDocumentString(`
    mutation CreateEvaluationCriterion($input: CreateEvaluationCriterionInput!) {
  createEvaluationCriterion(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateEvaluationCriterionMutation, CreateEvaluationCriterionMutationVariables>;
export const UpdateEvaluationCriterionDocument = new TypedDocumentString(`
    mutation UpdateEvaluationCriterion($input: UpdateEvaluationCriterionInput!) {
  updateEvaluationCriterion(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateEvaluationCriterionMutation, UpdateEvaluationCriterionMutationVariables>;
export const DeleteEvaluationCriterionDocument = new TypedDocumentString(`
    mutation DeleteEvaluationCriterion($input: DeleteEvaluationCriterionInput!) {
  deleteEvaluationCriterion(input: $input)
}
    `) as unknown as TypedDocumentString<DeleteEvaluationCriterionMutation, DeleteEvaluationCriterionMutationVariables>;
export const AddCriterionValueDocument = new TypedDocumentString(`
    mutation AddCriterionValue($input: AddCriterionValueInput!) {
  addCriterionValue(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AddCriterionValueMutation, AddCriterionValueMutationVariables>;
export const RemoveCriterionValueDocument = new TypedDocumentString(`
    mutation RemoveCriterionValue($id: ID!) {
  removeCriterionValue(id: $id) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<RemoveCriterionValueMutation, RemoveCriterionValueMutationVariables>;
export const SaveInterviewCountsDocument = new TypedDocumentString(`
    mutation SaveInterviewCounts($input: SaveInterviewCountsInput!) {
  saveInterviewCounts(input: $input) {
    networkId
    month
    theme
    count
  }
}
    `) as unknown as TypedDocumentString<SaveInterviewCountsMutation, SaveInterviewCountsMutationVariables>;
export const CreateQvtCampaignDocument = new TypedDocumentString(`
    mutation CreateQvtCampaign($input: CreateQvtCampaignInput!) {
  createQvtCampaign(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateQvtCampaignMutation, CreateQvtCampaignMutationVariables>;
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
    `) as unknown as TypedDocumentString<WorkPlansQuery, WorkPlansQueryVariables>;
export const CreateWorkPlanDocument = new TypedDocumentString(`
    mutation CreateWorkPlan($input: CreateWorkPlanInput!) {
  createWorkPlan(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateWorkPlanMutation, CreateWorkPlanMutationVariables>;
export const CreateWorkPlanActionDocument = new TypedDocumentString(`
    mutation CreateWorkPlanAction($input: CreateWorkPlanActionInput!) {
  createWorkPlanAction(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateWorkPlanActionMutation, CreateWorkPlanActionMutationVariables>;
export const UpdateWorkPlanActionDocument = new TypedDocumentString(`
    mutation UpdateWorkPlanAction($input: UpdateWorkPlanActionInput!) {
  updateWorkPlanAction(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateWorkPlanActionMutation, UpdateWorkPlanActionMutationVariables>;
export const DeleteWorkPlanDocument = new TypedDocumentString(`
    mutation DeleteWorkPlan($input: DeleteWorkPlanInput!) {
  deleteWorkPlan(input: $input)
}
    `) as unknown as TypedDocumentString<DeleteWorkPlanMutation, DeleteWorkPlanMutationVariables>;
export const DeleteWorkPlanActionDocument = new TypedDocumentString(`
    mutation DeleteWorkPlanAction($input: DeleteWorkPlanActionInput!) {
  deleteWorkPlanAction(input: $input)
}
    `) as unknown as TypedDocumentString<DeleteWorkPlanActionMutation, DeleteWorkPlanActionMutationVariables>;
export const SetWorkPlanActionStatusDocument = new TypedDocumentString(`
    mutation SetWorkPlanActionStatus($input: SetWorkPlanActionStatusInput!) {
  setWorkPlanActionStatus(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<SetWorkPlanActionStatusMutation, SetWorkPlanActionStatusMutationVariables>;
export const AddWorkPlanCommentDocument = new TypedDocumentString(`
    mutation AddWorkPlanComment($input: AddWorkPlanCommentInput!) {
  addWorkPlanComment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddWorkPlanCommentMutation, AddWorkPlanCommentMutationVariables>;
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
    `) as unknown as TypedDocumentString<OrientationPeriodsQuery, OrientationPeriodsQueryVariables>;
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
    `) as unknown as TypedDocumentString<OrientationNetworksQuery, OrientationNetworksQueryVariables>;
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
    `) as unknown as TypedDocumentString<OrientationServiceCheckQuery, OrientationServiceCheckQueryVariables>;
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
    `) as unknown as TypedDocumentString<OrientationTimetableQuery, OrientationTimetableQueryVariables>;
export const CreateOrientationPeriodDocument = new TypedDocumentString(`
    mutation CreateOrientationPeriod($input: CreateOrientationPeriodInput!) {
  createOrientationPeriod(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateOrientationPeriodMutation, CreateOrientationPeriodMutationVariables>;
export const CreateOrientationNetworkDocument = new TypedDocumentString(`
    mutation CreateOrientationNetwork($input: CreateOrientationNetworkInput!) {
  createOrientationNetwork(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateOrientationNetworkMutation, CreateOrientationNetworkMutationVariables>;
export const UpdateOrientationNetworkDocument = new TypedDocumentString(`
    mutation UpdateOrientationNetwork($input: UpdateOrientationNetworkInput!) {
  updateOrientationNetwork(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateOrientationNetworkMutation, UpdateOrientationNetworkMutationVariables>;
export const SetPsyenWeekDocument = new TypedDocumentString(`
    mutation SetPsyenWeek($input: SetPsyenWeekInput!) {
  setPsyenWeek(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetPsyenWeekMutation, SetPsyenWeekMutationVariables>;
export const SetPsyenQuotityDocument = new TypedDocumentString(`
    mutation SetPsyenQuotity($input: SetPsyenQuotityInput!) {
  setPsyenQuotity(input: $input) {
    quotityPercent
    version
  }
}
    `) as unknown as TypedDocumentString<SetPsyenQuotityMutation, SetPsyenQuotityMutationVariables>;
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
    `) as unknown as TypedDocumentString<OrientationSchoolsQuery, OrientationSchoolsQueryVariables>;
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
    `) as unknown as TypedDocumentString<OrientationDutiesQuery, OrientationDutiesQueryVariables>;
export const CreateOrientationDutyDocument = new TypedDocumentString(`
    mutation CreateOrientationDuty($input: CreateOrientationDutyInput!) {
  createOrientationDuty(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateOrientationDutyMutation, CreateOrientationDutyMutationVariables>;
export const UpdateOrientationDutyDocument = new TypedDocumentString(`
    mutation UpdateOrientationDuty($input: UpdateOrientationDutyInput!) {
  updateOrientationDuty(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateOrientationDutyMutation, UpdateOrientationDutyMutationVariables>;
export const DeleteOrientationDutyDocument = new TypedDocumentString(`
    mutation DeleteOrientationDuty($input: DeleteOrientationInput!) {
  deleteOrientationDuty(input: $input)
}
    `) as unknown as TypedDocumentString<DeleteOrientationDutyMutation, DeleteOrientationDutyMutationVariables>;
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
    `) as unknown as TypedDocumentString<OrientationTransversalFilesQuery, OrientationTransversalFilesQueryVariables>;
export const CreateTransversalFileDocument = new TypedDocumentString(`
    mutation CreateTransversalFile($input: CreateTransversalFileInput!) {
  createTransversalFile(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateTransversalFileMutation, CreateTransversalFileMutationVariables>;
export const UpdateTransversalFileDocument = new TypedDocumentString(`
    mutation UpdateTransversalFile($input: UpdateTransversalFileInput!) {
  updateTransversalFile(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateTransversalFileMutation, UpdateTransversalFileMutationVariables>;
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
    `) as unknown as TypedDocumentString<CreateAccompaniedPersonMutation, CreateAccompaniedPersonMutationVariables>;
export const UpdateAccompaniedPersonDocument = new TypedDocumentString(`
    mutation UpdateAccompaniedPerson($id: ID!, $version: Int!, $person: PersonInput!) {
  updateAccompaniedPerson(id: $id, version: $version, person: $person) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateAccompaniedPersonMutation, UpdateAccompaniedPersonMutationVariables>;
export const AddAccompanimentMemberDocument = new TypedDocumentString(`
    mutation AddAccompanimentMember($input: MemberInput!) {
  addAccompanimentMember(input: $input) {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<AddAccompanimentMemberMutation, AddAccompanimentMemberMutationVariables>;
export const EndAccompanimentMemberDocument = new TypedDocumentString(`
    mutation EndAccompanimentMember($memberId: ID!, $until: Date!) {
  endAccompanimentMember(memberId: $memberId, until: $until) {
    id
    until
  }
}
    `) as unknown as TypedDocumentString<EndAccompanimentMemberMutation, EndAccompanimentMemberMutationVariables>;
export const ProposeReferenceDocument = new TypedDocumentString(`
    mutation ProposeReference($personId: ID!, $comment: String) {
  proposeReference(personId: $personId, comment: $comment) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ProposeReferenceMutation, ProposeReferenceMutationVariables>;
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
    `) as unknown as TypedDocumentString<DecideReferenceMutation, DecideReferenceMutationVariables>;
export const AddPlanGoalDocument = new TypedDocumentString(`
    mutation AddPlanGoal($personId: ID!, $theme: PlanTheme!, $title: String!) {
  addPlanGoal(personId: $personId, theme: $theme, title: $title) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddPlanGoalMutation, AddPlanGoalMutationVariables>;
export const AddPlanActionDocument = new TypedDocumentString(`
    mutation AddPlanAction($input: PlanActionInput!) {
  addPlanAction(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddPlanActionMutation, AddPlanActionMutationVariables>;
export const UpdatePlanActionDocument = new TypedDocumentString(`
    mutation UpdatePlanAction($input: UpdatePlanActionInput!) {
  updatePlanAction(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<UpdatePlanActionMutation, UpdatePlanActionMutationVariables>;
export const AddCompetenceDocument = new TypedDocumentString(`
    mutation AddCompetence($personId: ID!, $kind: CompetenceKind!, $label: String!) {
  addCompetence(personId: $personId, kind: $kind, label: $label) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddCompetenceMutation, AddCompetenceMutationVariables>;
export const RemoveCompetenceDocument = new TypedDocumentString(`
    mutation RemoveCompetence($id: ID!) {
  removeCompetence(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveCompetenceMutation, RemoveCompetenceMutationVariables>;
export const RecordConsentDocument = new TypedDocumentString(`
    mutation RecordConsent($input: ConsentInput!) {
  recordConsent(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordConsentMutation, RecordConsentMutationVariables>;
export const WithdrawConsentDocument = new TypedDocumentString(`
    mutation WithdrawConsent($id: ID!) {
  withdrawConsent(id: $id) {
    id
    withdrawnAt
  }
}
    `) as unknown as TypedDocumentString<WithdrawConsentMutation, WithdrawConsentMutationVariables>;
export const ScheduleSyntheseDocument = new TypedDocumentString(`
    mutation ScheduleSynthese($input: SyntheseInput!) {
  scheduleSynthese(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScheduleSyntheseMutation, ScheduleSyntheseMutationVariables>;
export const RecordSyntheseAgreementDocument = new TypedDocumentString(`
    mutation RecordSyntheseAgreement($meetingId: ID!, $memberId: ID!) {
  recordSyntheseAgreement(meetingId: $meetingId, memberId: $memberId) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<RecordSyntheseAgreementMutation, RecordSyntheseAgreementMutationVariables>;
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
    `) as unknown as TypedDocumentString<SetSynthesePaParticipationMutation, SetSynthesePaParticipationMutationVariables>;
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
    `) as unknown as TypedDocumentString<RecordSyntheseOutcomeMutation, RecordSyntheseOutcomeMutationVariables>;
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
    `) as unknown as TypedDocumentString<AccompaniedPersonsQuery, AccompaniedPersonsQueryVariables>;
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
    `) as unknown as TypedDocumentString<AccompaniedPersonDetailQuery, AccompaniedPersonDetailQueryVariables>;
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
    `) as unknown as TypedDocumentString<ParcoursProfessionalsQuery, ParcoursProfessionalsQueryVariables>;
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
    `) as unknown as TypedDocumentString<ParcoursIndicatorsQuery, ParcoursIndicatorsQueryVariables>;
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
    `) as unknown as TypedDocumentString<OrganisationOptionsForParcoursQuery, OrganisationOptionsForParcoursQueryVariables>;
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
}`) as unknown as TypedDocumentString<PsadBilanQuery, PsadBilanQueryVariables>;
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
}`) as unknown as TypedDocumentString<RegionalBilanQuery, RegionalBilanQueryVariables>;
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
}`) as unknown as TypedDocumentString<SaveBilanSectionsMutation, SaveBilanSectionsMutationVariables>;
export const DashboardPlatformsDocument = new TypedDocumentString(`
    query DashboardPlatforms {
  platforms {
    id
    name
    active
  }
}
    `) as unknown as TypedDocumentString<DashboardPlatformsQuery, DashboardPlatformsQueryVariables>;
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
    `) as unknown as TypedDocumentString<PsadDashboardQuery, PsadDashboardQueryVariables>;
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
    `) as unknown as TypedDocumentString<PlatformImportsQuery, PlatformImportsQueryVariables>;
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
    `) as unknown as TypedDocumentString<SieiImportQuery, SieiImportQueryVariables>;
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
    `) as unknown as TypedDocumentString<SignalPlatformsQuery, SignalPlatformsQueryVariables>;
export const SignalYoungPersonDocument = new TypedDocumentString(`
    mutation SignalYoungPerson($input: SignalInput!) {
  signalYoungPerson(input: $input) {
    matched
    caseId
  }
}
    `) as unknown as TypedDocumentString<SignalYoungPersonMutation, SignalYoungPersonMutationVariables>;
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
    `) as unknown as TypedDocumentString<MergeSearchQuery, MergeSearchQueryVariables>;
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
    `) as unknown as TypedDocumentString<MergeCandidateCaseQuery, MergeCandidateCaseQueryVariables>;
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
    `) as unknown as TypedDocumentString<YoungPersonDuplicatesQuery, YoungPersonDuplicatesQueryVariables>;
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
    `) as unknown as TypedDocumentString<MergeYoungPeopleMutation, MergeYoungPeopleMutationVariables>;
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
    `) as unknown as TypedDocumentString<AdminUsersQuery, AdminUsersQueryVariables>;
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
    failedLoginCount
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