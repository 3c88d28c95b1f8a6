/** Q1–Q3 in PostGraphile's schema (amber inflection: rowId, …ByYoungPersonId), aliased to the API's field names. */

const PERSON = 'youngPerson: youngPersonByYoungPersonId { id: rowId lastName firstNames birthDate commune }';
const PARTNER = 'assignedOrganisation: organisationByAssignedOrganisationId { id: rowId name }';
const NODE = `id: rowId status version lastAttemptAt contactAttempts: contactAttemptsByCaseId(orderBy: [ATTEMPTED_AT_ASC]) { nodes { attemptedAt channel result } } ${PERSON} ${PARTNER}`;

export const PGL_DOCUMENTS = {
  Q1: `query PglQ1($id: UUID!) { case: psadCaseByRowId(rowId: $id) { id: rowId status version lastAttemptAt platform: platformByPlatformId { id: rowId name } ${PERSON} ${PARTNER} } }`,
  Q2: `query PglQ2($p: UUID!, $first: Int) { cases: benchPglWorklist(platform: $p, first: $first) { nodes { ${NODE} } pageInfo { hasNextPage endCursor } } }`,
  Q3: `query PglQ3($p: UUID!, $first: Int, $statuses: [String], $pattern: String) { cases: benchPglWorklist(platform: $p, first: $first, statuses: $statuses, pattern: $pattern) { totalCount nodes { ${NODE} } pageInfo { hasNextPage endCursor } } }`,
};
