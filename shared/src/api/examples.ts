/**
 * The examples of the « API » page (issue 20): the common tasks of a partner's system, each as the GraphQL
 * document it sends and its variables. A server test checks each document against the served schema, so
 * that the page never shows an example the API would refuse. The values are made up: no real person.
 */
import type { ApiScope } from './scopes.js';

export interface ApiExample {
  /** What the task is, in French. */
  title: string;
  /** What the example shows and how to use its answer. */
  explanation: string;
  /** The scope a key needs for it. */
  scope: ApiScope;
  document: string;
  variables: Record<string, unknown>;
}

const PLATFORM_ID = '3f9a7c1e-0000-4000-8000-000000000001';

export const API_EXAMPLES = {
  signal: {
    title: 'Signaler un jeune à une plateforme',
    explanation:
      'Crée le dossier de suivi (ou le rattache à celui d’un jeune déjà connu : « matched » vaut alors true). Le numéro du dossier n’est rendu qu’aux référents de la plateforme.',
    scope: 'psad:signals:write',
    document: `mutation Signal($input: SignalInput!) {
  signalYoungPerson(input: $input) {
    caseId
    matched
  }
}`,
    variables: {
      input: {
        platformId: PLATFORM_ID,
        sourceKind: 'MISSION_LOCALE',
        lastName: 'EXEMPLE',
        firstNames: 'Camille',
        birthDate: '2008-05-14',
        comment: 'Sortie de formation sans solution',
      },
    },
  },
  worklist: {
    title: 'Lire une liste de suivi',
    explanation:
      'Les dossiers « à traiter » d’une plateforme, 50 par page : relancez avec « after » égal au « endCursor » de la page précédente tant que « hasNextPage » vaut true.',
    scope: 'psad:cases:read',
    document: `query Worklist($platformId: ID!, $after: String) {
  cases(platformId: $platformId, filter: { status: [A_TRAITER] }, first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      status
      version
      assignedOrganisation {
        id
        name
      }
      updatedAt
    }
  }
}`,
    variables: { platformId: PLATFORM_ID, after: null },
  },
  changes: {
    title: 'Synchroniser les changements',
    explanation:
      'Ce qui a changé après le curseur gardé (null la première fois), dans l’ordre des validations, sans trou ni doublon. Gardez « endCursor » et repassez-le en « since » ; relisez aussitôt tant que « hasMore » vaut true. Chaque changement ne donne que le type, l’identifiant et la nature : lisez l’objet avec sa propre requête. Le fil ne garde les changements qu’un temps (30 jours par défaut) : un curseur plus ancien que les changements gardés est refusé (« BAD_USER_INPUT » sur « since », « curseur expiré ») plutôt que de laisser un trou ; relisez alors vos objets avec leurs propres requêtes, puis reprenez le fil depuis un curseur null.',
    scope: 'psad:cases:read',
    document: `query Changes($since: String) {
  changes(since: $since, types: [Case], first: 200) {
    nodes {
      objectType
      objectId
      kind
      changedAt
    }
    endCursor
    hasMore
  }
}`,
    variables: { since: null },
  },
} as const satisfies Record<string, ApiExample>;

export type ApiExampleName = keyof typeof API_EXAMPLES;
