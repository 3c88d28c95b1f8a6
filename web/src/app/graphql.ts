import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { NETWORK_ERROR_MESSAGE } from './http';
import { sentence } from './validation';
import { expireSession, getAccessToken, refresh } from './session';

import type { ConflictReason, ErrorCode as ServerErrorCode } from '@maillage/shared';

export type { ConflictReason };

/** The codes the server puts in `extensions.code`, plus NETWORK for a failed fetch. */
export type ErrorCode = ServerErrorCode | 'NETWORK';

export interface FieldError {
  path: string;
  message: string;
}

export interface GraphQLErrorItem {
  message: string;
  path?: readonly (string | number)[];
  extensions?: {
    code?: string;
    /** With CONFLICT only. */
    reason?: ConflictReason | string;
    fields?: FieldError[];
    requestId?: string;
    [key: string]: unknown;
  };
}

/** A GraphQL call that failed; `code` is the first error's `extensions.code`. */
export class GraphQLRequestError extends Error {
  readonly errors: GraphQLErrorItem[];
  readonly httpStatus: number;

  constructor(errors: GraphQLErrorItem[], httpStatus: number) {
    super(errors[0]?.message ?? 'Erreur inconnue.');
    this.name = 'GraphQLRequestError';
    this.errors = errors;
    this.httpStatus = httpStatus;
  }

  get code(): ErrorCode | string | undefined {
    return this.errors[0]?.extensions?.code;
  }

  get requestId(): string | undefined {
    return this.errors.find((e) => e.extensions?.requestId)?.extensions?.requestId;
  }

  hasCode(code: ErrorCode): boolean {
    return this.errors.some((e) => e.extensions?.code === code);
  }

  /** The reason of the first CONFLICT error (`extensions.reason`), or undefined when there is none. */
  conflictReason(): ConflictReason | undefined {
    const reason = this.errors.find((e) => e.extensions?.code === 'CONFLICT')?.extensions?.reason;
    return reason === 'STALE_VERSION' ||
      reason === 'DUPLICATE' ||
      reason === 'TRANSITION_REFUSED' ||
      reason === 'RULE_REFUSED'
      ? reason
      : undefined;
  }

  /** Someone changed the record since it was read: the only CONFLICT a reload cures. */
  isStaleVersion(): boolean {
    return this.conflictReason() === 'STALE_VERSION';
  }

  /**
   * Field messages (BAD_USER_INPUT, and CONFLICT such as a DUPLICATE naming its field) keyed by the
   * path without its leading argument name: "input.name" → "name", "input.memberships.0.roles" →
   * "memberships.0.roles". A CONFLICT's field gets the error's whole message (the server's reason,
   * « Un compte existe déjà avec cette adresse e-mail. »), not the terse field note.
   */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const error of this.errors) {
      const conflict = error.extensions?.code === 'CONFLICT';
      for (const field of error.extensions?.fields ?? []) {
        const key = field.path.replace(/^input\./, '');
        out[key] ??= conflict && error.message ? error.message : sentence(field.message);
      }
    }
    return out;
  }
}

function operationName(query: string): string | undefined {
  return /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query)?.[1];
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLErrorItem[];
}

/**
 * The production build sends each document's id (`documentId`: persisted documents of GraphQL over HTTP)
 * instead of its text: the server knows the app's documents (codegen's persisted-documents.json). The
 * development server sends the text, which follows the documents as they are edited.
 */
const SEND_DOCUMENT_IDS = import.meta.env.PROD;

/** A typed document's id, when codegen gave it one (web/codegen.ts). */
function documentIdOf(document: unknown): string | undefined {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  return typeof hash === 'string' ? hash : undefined;
}

async function execute<TResult>(
  query: string,
  documentId: string | undefined,
  variables: unknown,
  signal: AbortSignal | undefined,
): Promise<{ status: number; body: GraphQLResponse<TResult> }> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Accept: 'application/graphql-response+json, application/json',
  };
  const token = getAccessToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers,
      body: JSON.stringify({
        ...(documentId ? { documentId } : { query }),
        variables: variables ?? {},
        operationName: operationName(query),
      }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new GraphQLRequestError([{ message: NETWORK_ERROR_MESSAGE, extensions: { code: 'NETWORK' } }], 0);
  }
  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    body = {};
  }
  if (!body.errors?.length && !response.ok) {
    const code = response.status === 401 ? 'UNAUTHENTICATED' : response.status === 429 ? 'RATE_LIMITED' : 'INTERNAL';
    const message =
      code === 'UNAUTHENTICATED'
        ? 'Votre session a expiré. Reconnectez-vous.'
        : code === 'RATE_LIMITED'
          ? 'Trop de requêtes. Patientez quelques instants avant de réessayer.'
          : `Le serveur a répondu par une erreur (HTTP ${response.status}).`;
    body = { errors: [{ message, extensions: { code } }] };
  }
  return { status: response.status, body };
}

function isUnauthenticated(status: number, body: GraphQLResponse<unknown>): boolean {
  return status === 401 || (body.errors ?? []).some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

/**
 * Runs a typed GraphQL document. On UNAUTHENTICATED it refreshes the session
 * once and retries; if the refresh fails the session ends (→ /connexion).
 */
export async function gqlRequest<TResult, TVariables>(
  // Either target's TypedDocumentString (src/gql, src/app/gql: see codegen.ts).
  document: DocumentTypeDecoration<TResult, TVariables>,
  variables?: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  const query = document.toString();
  let documentId = SEND_DOCUMENT_IDS ? documentIdOf(document) : undefined;
  if (!getAccessToken()) await refresh();
  let { status, body } = await execute<TResult>(query, documentId, variables, signal);
  // A page loaded before the server was updated may hold documents it no longer knows: their text then.
  if (documentId && body.errors?.some((e) => e.extensions?.code === 'PERSISTED_DOCUMENT_NOT_FOUND')) {
    documentId = undefined;
    ({ status, body } = await execute<TResult>(query, documentId, variables, signal));
  }
  if (isUnauthenticated(status, body)) {
    const refreshed = await refresh();
    if (!refreshed) {
      expireSession();
      throw new GraphQLRequestError(body.errors ?? [], status);
    }
    ({ status, body } = await execute<TResult>(query, documentId, variables, signal));
    if (isUnauthenticated(status, body)) expireSession();
  }
  if (body.errors?.length) throw new GraphQLRequestError(body.errors, status);
  if (body.data === undefined || body.data === null) {
    throw new GraphQLRequestError([{ message: 'Réponse vide du serveur.', extensions: { code: 'INTERNAL' } }], status);
  }
  return body.data;
}

/** A message fit for the user, whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof GraphQLRequestError) {
    if (error.hasCode('CONFLICT')) return error.message;
    if (error.hasCode('INTERNAL') && error.requestId && !error.message.includes(error.requestId)) {
      return `${error.message} (identifiant de requête : ${error.requestId})`;
    }
    return error.message;
  }
  if (error instanceof Error && error.message) return error.message;
  return 'Une erreur inattendue est survenue.';
}

export function isErrorCode(error: unknown, code: ErrorCode): boolean {
  return error instanceof GraphQLRequestError && error.hasCode(code);
}
