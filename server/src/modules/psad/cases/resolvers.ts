/** GraphQL of cases: worklists, detail, transitions, transfers. */
export const caseResolvers = {};
