import { NETWORK_ERROR_MESSAGE, ProblemError, type Problem } from '../../app/http';
import { expireSession, getAccessToken, refresh } from '../../app/session';

/** A JSON call to one of the server's REST routes (same origin, cookies sent), with a bearer token when given. */
export async function requestJson<T>(
  method: 'GET' | 'POST' | 'DELETE',
  url: string,
  body?: unknown,
  token?: string | null,
): Promise<T | undefined> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ProblemError({ status: 0, code: 'NETWORK', detail: NETWORK_ERROR_MESSAGE });
  }
  if (response.status === 204) return undefined;
  const text = await response.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
  }
  if (!response.ok) {
    const problem: Problem =
      parsed && typeof parsed === 'object'
        ? { ...(parsed as Partial<Problem>), status: response.status }
        : { status: response.status };
    if (!problem.detail && !problem.title) {
      problem.detail =
        response.status === 429
          ? 'Trop de tentatives. Patientez quelques instants avant de réessayer.'
          : `Le serveur a répondu par une erreur (HTTP ${response.status}).`;
    }
    throw new ProblemError(problem);
  }
  return parsed as T;
}

/**
 * A JSON call to one of the signed-in user's REST routes (/api/account/…), with the session's token;
 * refreshes it once on 401 and calls again, as the GraphQL client does.
 */
export async function accountRequest<T>(method: 'GET' | 'POST' | 'DELETE', url: string, body?: unknown): Promise<T> {
  if (!getAccessToken()) await refresh();
  try {
    return (await requestJson<T>(method, url, body, getAccessToken())) as T;
  } catch (caught) {
    if (!(caught instanceof ProblemError) || caught.status !== 401) throw caught;
    if (!(await refresh())) {
      expireSession();
      throw caught;
    }
    try {
      return (await requestJson<T>(method, url, body, getAccessToken())) as T;
    } catch (again) {
      if (again instanceof ProblemError && again.status === 401) expireSession();
      throw again;
    }
  }
}

/** The user's second factors, as GET /api/account/factors answers them. */
export interface Factors {
  totp: { createdAt: string; lastUsedAt: string | null } | null;
  passkeys: { id: string; name: string; createdAt: string; lastUsedAt: string | null }[];
  recoveryCodesLeft: number;
  /** A role of the user requires a second factor: the last one cannot be removed. */
  required: boolean;
}
