import { NETWORK_ERROR_MESSAGE, ProblemError, type Problem } from './http';
import { expireSession, getAccessToken, refresh } from './session';

/** A problem+json answer (or any failed response) as a ProblemError with a French message. */
export async function problemOf(response: Response): Promise<ProblemError> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await response.text());
  } catch {
    parsed = undefined;
  }
  const problem: Problem & { fields?: { path: string; message: string }[] } =
    parsed && typeof parsed === 'object'
      ? { ...(parsed as Partial<Problem>), status: response.status }
      : { status: response.status };
  if (!problem.detail && !problem.title)
    problem.detail = `Le serveur a répondu par une erreur (HTTP ${response.status}).`;
  return new ProblemError(problem);
}

/**
 * fetch() to one of the server's REST routes with the session's bearer token.
 * On 401 it refreshes the session once and retries; if that fails the session ends.
 * A network failure becomes a ProblemError with code NETWORK.
 */
export async function fetchWithToken(url: string, init: RequestInit = {}): Promise<Response> {
  const attempt = async () => {
    const headers = new Headers(init.headers);
    const token = getAccessToken();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    try {
      return await fetch(url, { credentials: 'same-origin', ...init, headers });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw new ProblemError({ status: 0, code: 'NETWORK', detail: NETWORK_ERROR_MESSAGE });
    }
  };
  if (!getAccessToken()) await refresh();
  let response = await attempt();
  if (response.status === 401) {
    if (!(await refresh())) {
      expireSession();
      return response;
    }
    response = await attempt();
    if (response.status === 401) expireSession();
  }
  return response;
}

/**
 * Downloads a file the server only gives to a signed-in user: fetched with the
 * bearer token, then saved through a temporary object URL, so that nothing
 * (no token, no personal data) ends up in a URL or the browser history.
 * Throws a ProblemError when the server refuses.
 */
export async function downloadWithToken(url: string, fileName: string): Promise<void> {
  const response = await fetchWithToken(url, { headers: { Accept: 'text/csv, application/octet-stream, */*' } });
  if (!response.ok) throw await problemOf(response);
  saveBlob(await response.blob(), fileName);
}

/** Saves a blob under a name through a temporary object URL: nothing personal ever sits in a URL. */
export function saveBlob(blob: Blob, fileName: string): void {
  const objectUrl = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = objectUrl;
    link.download = fileName;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Revoked on the next tick: some browsers start the download asynchronously.
    setTimeout(() => URL.revokeObjectURL(objectUrl), 1000);
  }
}
