/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { roles: Array<Role>, user: { id: string, email: string, displayName: string }, memberships: Array<{ id: string, roles: Array<Role>, organisation: { id: string, name: string, kind: OrganisationKind } }> } };

export type HomeReferentWaitingQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeReferentWaitingQuery = { referentCasesCount: number };

export type HomeCounsellorWaitingQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeCounsellorWaitingQuery = { assignedCases: { totalCount: number } };

export type HomeOfficerWaitingQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeOfficerWaitingQuery = { clasProjects: { totalCount: number } };

export type HomeHolderWaitingQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeHolderWaitingQuery = { clasProjects: { totalCount: number } };

export type HomeAdminAlertsQueryVariables = Exact<{
  from?: string | null | undefined;
}>;


export type HomeAdminAlertsQuery = { auditEvents: { totalCount: number } };

export type MyPlatformsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPlatformsQuery = { platforms: Array<{ id: string, name: string }> };

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
export const HomeReferentWaitingDocument = new TypedDocumentString(`
    query HomeReferentWaiting {
  referentCasesCount(filter: {status: [A_TRAITER]})
}
    `) as unknown as TypedDocumentString<HomeReferentWaitingQuery, HomeReferentWaitingQueryVariables>;
export const HomeCounsellorWaitingDocument = new TypedDocumentString(`
    query HomeCounsellorWaiting {
  assignedCases(filter: {status: [AFFECTE]}, first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<HomeCounsellorWaitingQuery, HomeCounsellorWaitingQueryVariables>;
export const HomeOfficerWaitingDocument = new TypedDocumentString(`
    query HomeOfficerWaiting {
  clasProjects(filter: {status: [DEPOSE]}, first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<HomeOfficerWaitingQuery, HomeOfficerWaitingQueryVariables>;
export const HomeHolderWaitingDocument = new TypedDocumentString(`
    query HomeHolderWaiting {
  clasProjects(filter: {status: [A_COMPLETER]}, first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<HomeHolderWaitingQuery, HomeHolderWaitingQueryVariables>;
export const HomeAdminAlertsDocument = new TypedDocumentString(`
    query HomeAdminAlerts($from: DateTime) {
  auditEvents(filter: {alerts: true, from: $from}, first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<HomeAdminAlertsQuery, HomeAdminAlertsQueryVariables>;
export const MyPlatformsDocument = new TypedDocumentString(`
    query MyPlatforms {
  platforms(mine: true) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<MyPlatformsQuery, MyPlatformsQueryVariables>;