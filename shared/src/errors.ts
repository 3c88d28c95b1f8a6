/** The codes of `extensions.code` (GraphQL) and of problem+json `code` (REST), the server's and the web app's alike. */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL',
  'SERVICE_UNAVAILABLE',
  /** A `documentId` the server does not know (for this caller): send the document's text, or register it. */
  'PERSISTED_DOCUMENT_NOT_FOUND',
  /** A key restricted to trusted documents sent a document's text: only registered ids are accepted from it. */
  'PERSISTED_DOCUMENT_REQUIRED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Why a CONFLICT was refused, for the client to act on (`extensions.reason` in GraphQL, `reason` in
 * problem+json): STALE_VERSION, someone changed the record since it was read (reload and retry);
 * DUPLICATE, a unique rule (the field is named in `fields` when it maps to one); TRANSITION_REFUSED,
 * the record's state refuses the action (already processed, wrong status); RULE_REFUSED, another
 * business rule. Only STALE_VERSION is cured by reloading.
 */
export const CONFLICT_REASONS = ['STALE_VERSION', 'DUPLICATE', 'TRANSITION_REFUSED', 'RULE_REFUSED'] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];
