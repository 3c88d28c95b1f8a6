/**
 * The GraphQL operations of the scenarios (the API's schema, server/src/modules/psad/*.graphql). The raw
 * floor (baselines/raw.ts) and PostGraphile (baselines/postgraphile.ts) answer the same fields.
 */

const PERSON = 'youngPerson { id lastName firstNames birthDate commune }';
const PARTNER = 'assignedOrganisation { id name }';
/** "The last contact event": lastAttemptAt, and the nested list of attempts it comes from. */
const CONTACTS = 'lastAttemptAt contactAttempts { attemptedAt channel result }';

export const Q1 = `query BenchQ1($id: ID!) { case(id: $id) { id status version lastAttemptAt platform { id name } ${PERSON} ${PARTNER} } }`;

const NODE = `id status version ${CONTACTS} ${PERSON} ${PARTNER}`;

export const Q2 = `query BenchQ2($p: ID!, $first: Int) { cases(platformId: $p, first: $first) { nodes { ${NODE} } pageInfo { hasNextPage endCursor } } }`;

export const Q3 = `query BenchQ3($p: ID!, $first: Int, $f: CaseFilter) { cases(platformId: $p, first: $first, filter: $f) { totalCount nodes { ${NODE} } pageInfo { hasNextPage endCursor } } }`;

export const Q4 = `query BenchQ4($p: ID!) { psadDashboard(platformId: $p) {
  platformId total withoutSolution campaigns
  funnel { stage count shareOfIdentified shareOfPrevious }
  bySource { source signalSource count }
  solutionsByType { type count share }
  closuresByOutcome { outcome count share }
  minorsWithoutSolution { count minors share }
  delays { medianDaysToFirstAttempt firstAttemptCount medianDaysToSolution solutionCount }
  partners { organisation { id name } total byStatus { status count } }
  transfers { incoming outgoing betweenPartners }
} }`;

export const M1 = `mutation BenchM1($id: ID!, $v: Int!, $at: DateTime!, $ch: ContactChannel!, $res: ContactResult!) { recordContactAttempt(caseId: $id, version: $v, attemptedAt: $at, channel: $ch, result: $res) { id version status lastAttemptAt } }`;

/** Q3's filter: cases in progress whose name holds the search term. */
export const Q3_STATUSES = ['AFFECTE', 'EN_COURS'] as const;
export const PAGE_SIZE = 50;
