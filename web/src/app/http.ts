/** RFC 9457 problem details, as the server's REST routes return them. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
}

/** A REST call that failed: carries the server's problem details when there were any. */
export class ProblemError extends Error {
  readonly status: number;
  readonly code: string | undefined;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `Erreur HTTP ${problem.status}`);
    this.name = 'ProblemError';
    this.status = problem.status;
    this.code = problem.code;
    this.problem = problem;
  }
}

export const NETWORK_ERROR_MESSAGE = 'Impossible de joindre le serveur. Vérifiez votre connexion puis réessayez.';

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

/** POST JSON to one of the server's REST routes (same origin, cookies sent). */
export const postJson = <T>(url: string, body?: unknown): Promise<T | undefined> => requestJson<T>('POST', url, body);
