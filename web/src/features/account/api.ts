import { ProblemError, requestJson } from '../../app/http';
import { expireSession, getAccessToken, refresh } from '../../app/session';

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
