import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The resolvers' types, from the SDL that Mercurius serves (core/graphql/plugin.ts, loadSchemaSource:
 * core's schema.graphql and the .graphql files of each module's folder).
 * Run `pnpm --filter @maillage/server codegen` after changing an SDL or a mapped row type.
 */
const config: CodegenConfig = {
  schema: ['src/core/graphql/schema.graphql', 'src/modules/*/*.graphql'],
  generates: {
    'src/core/graphql/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        makeResolverTypeCallable: true,
        useIndexSignature: false,
        scalars: {
          DateTime: 'string | Date',
          Date: 'string | Date',
          JSON: 'unknown',
        },
        contextType: '../context.js#RequestContext',
        // Each object type resolved from a service's row: its field resolvers get that row as parent.
        mappers: {
          ApiKey: '../../modules/identity/api-keys.service.js#ApiKeyRow',
          Membership: '../../modules/identity/users.service.js#MembershipRow',
          Organisation: '../../modules/identity/organisations.service.js#OrganisationRow',
          Territory: '../../modules/identity/territories.service.js#TerritoryRow',
          User: '../../modules/identity/users.service.js#UserRow',
          AuditEvent: '../../modules/audit/events.service.js#AuditRow',
          OutboxEmail: '../../modules/notifications/outbox.js#OutboxEmailRow',
          Platform: '../../modules/psad/platforms.service.js#PlatformRow',
          Case: '../../modules/psad/cases/transitions.service.js#CaseRow',
          CaseConnection: '../../modules/psad/cases/queries.service.js#CaseConnectionRow',
          CaseEvent: '../../modules/psad/cases/loaders.js#CaseEventRow',
          CaseTransfer: '../../modules/psad/cases/transfers.service.js#TransferRow',
          ContactAttempt: '../../modules/psad/cases/loaders.js#AttemptRow',
          ImportReport: '../../modules/psad/import/import.service.js#StoredReport',
          PartnerCases: '../../modules/psad/dashboard/dashboard.service.js#PartnerCasesRow',
          SieiImport: '../../modules/psad/import/import.service.js#ImportRow',
          YoungPerson: '../../modules/psad/merge/merge.service.js#YoungPersonRow',
          AccompaniedPerson: '../../modules/parcours/policy.js#PersonRow',
          AccompanimentMember: '../../modules/parcours/policy.js#MemberRow',
          Competence: '../../modules/parcours/loaders.js#CompetenceRow',
          Consent: '../../modules/parcours/loaders.js#ConsentRow',
          LockerDocument: '../../modules/parcours/documents/documents.service.js#DocumentNode',
          ParcoursReference: '../../modules/parcours/policy.js#ReferenceRow',
          PlanAction: '../../modules/parcours/loaders.js#ActionRow',
          PlanGoal: '../../modules/parcours/loaders.js#GoalRow',
          ReferenceEvent: '../../modules/parcours/loaders.js#EventRow',
          SyntheseMeeting: '../../modules/parcours/loaders.js#MeetingRow',
          SyntheseParticipant: '../../modules/parcours/loaders.js#ParticipantRow',
          ClasActivityLog: '../../modules/clas/figures.js#ActivityLogRow',
          ClasComment: '../../modules/clas/nodes.js#CommentRow',
          ClasDecision: '../../modules/clas/nodes.js#DecisionNode',
          ClasGroup: '../../modules/clas/nodes.js#GroupNode',
          ClasProject: '../../modules/clas/figures.js#ProjectRow',
          ClasSessionLog: '../../modules/clas/nodes.js#SessionLogNode',
          Notification: '../../modules/notifications/service.js#NotificationRow',
          Meeting: '../../modules/instances/meetings.service.js#MeetingRecord',
          MeetingConnection: '../../modules/instances/meetings.service.js#MeetingConnectionRow',
          MeetingInvitee: '../../modules/instances/meetings.service.js#InviteeRow',
          MeetingSituation: '../../modules/instances/situations.service.js#SituationView',
          MeetingAction: '../../modules/instances/minutes.service.js#MeetingActionRow',
          PsadBilan: '../../modules/instances/bilan/bilan.service.js#BilanView',
          SolutionOffer: '../../modules/instances/catalogue.service.js#SolutionOfferRow',
          PlatformAction: '../../modules/instances/actions.service.js#PlatformActionRow',
          VeilleDocument: '../../modules/instances/veille.service.js#VeilleDocumentRow',
          RegionalBilan: '../../modules/instances/bilan/bilan.service.js#RegionalBilanView',
          OrientationCio: '../../modules/orientation/cios.service.js#OrientationCioRow',
          OrientationPeriod: '../../modules/orientation/networks/periods.service.js#PeriodRow',
          OrientationNetwork: '../../modules/orientation/networks/networks.service.js#NetworkRow',
          OrientationSlot: '../../modules/orientation/networks/time.service.js#SlotRow',
          PsyenService: '../../modules/orientation/networks/time.service.js#PsyenServiceRow',
          PsyenPeriodService: '../../modules/orientation/networks/time.service.js#PeriodServiceView',
          UncoveredSchool: '../../modules/orientation/networks/time.service.js#UncoveredView',
          OrientationDuty: '../../modules/orientation/networks/duties.service.js#DutyRow',
          OrientationTransversalFile: '../../modules/orientation/networks/files.service.js#TransversalFileRow',
        },
      },
    },
  },
};

export default config;
