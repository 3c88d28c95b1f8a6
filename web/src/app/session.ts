import { postJson, ProblemError } from './http';

/**
 * The auth session, outside React so that the GraphQL fetch helper can use it.
 * The access token lives in memory only; the refresh token is an httpOnly
 * cookie the browser sends to /api/auth/* by itself.
 */

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
}

/** The failed sign-ins on the account since the user's last sign-in (sent at sign-in only). */
export interface FailedLogins {
  count: number;
  lastAt: string | null;
}

/** What the server answers when a session opens (sign-in, refresh). */
export interface AuthPayload {
  accessToken: string;
  expiresAt: string;
  user: SessionUser;
  failedLogins?: FailedLogins;
}

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous'; reason: 'initial' | 'expired' | 'logout' }
  | {
      status: 'authenticated';
      user: SessionUser;
      expiresAt: string;
      /** Told once after signing in (Frame.tsx), until the user closes it. */
      failedLogins?: FailedLogins;
    };

/** Refresh this long before the access token expires (less for very short tokens). */
const REFRESH_MARGIN_MS = 60_000;
const MIN_REFRESH_DELAY_MS = 5_000;

let state: SessionState = { status: 'loading' };
let accessToken: string | null = null;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let refreshInFlight: Promise<boolean> | null = null;
let restoreOnce: Promise<boolean> | null = null;
const listeners = new Set<() => void>();

function setState(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getSessionState(): SessionState {
  return state;
}

export function getAccessToken(): string | null {
  return accessToken;
}

function clearTimer(): void {
  if (refreshTimer !== undefined) clearTimeout(refreshTimer);
  refreshTimer = undefined;
}

function applyPayload(payload: AuthPayload): void {
  accessToken = payload.accessToken;
  clearTimer();
  const expiresAt = Date.parse(payload.expiresAt);
  if (Number.isFinite(expiresAt)) {
    const remaining = expiresAt - Date.now();
    const margin = Math.min(REFRESH_MARGIN_MS, remaining / 4);
    const delay = Math.max(remaining - margin, MIN_REFRESH_DELAY_MS);
    refreshTimer = setTimeout(() => {
      void refresh();
    }, delay);
  }
  // A refresh says nothing of failures: what sign-in told stays until the user closes it.
  const failedLogins = payload.failedLogins ?? (state.status === 'authenticated' ? state.failedLogins : undefined);
  setState({
    status: 'authenticated',
    user: payload.user,
    expiresAt: payload.expiresAt,
    ...(failedLogins && failedLogins.count > 0 ? { failedLogins } : {}),
  });
}

/** The user has read the failed sign-ins notice. */
export function dismissFailedLogins(): void {
  if (state.status !== 'authenticated' || !state.failedLogins) return;
  const { failedLogins: _read, ...rest } = state;
  setState(rest);
}

function dropSession(reason: 'initial' | 'expired' | 'logout'): void {
  accessToken = null;
  clearTimer();
  setState({ status: 'anonymous', reason });
}

/** Opens the session a sign-in step answered (features/auth: the steps of a sign-in). */
export const openSession: (payload: AuthPayload) => void = applyPayload;

/**
 * Exchanges the refresh cookie for a new access token. Concurrent callers share
 * one request, because the refresh token rotates: a second parallel call would
 * present a token already used.
 */
export function refresh(): Promise<boolean> {
  if (refreshInFlight) return refreshInFlight;
  const wasAuthenticated = state.status === 'authenticated';
  refreshInFlight = (async () => {
    try {
      const payload = await postJson<AuthPayload>('/api/auth/refresh');
      if (!payload) throw new ProblemError({ status: 500 });
      applyPayload(payload);
      return true;
    } catch (error) {
      // A network failure keeps a still-valid token; anything else ends the session.
      if (error instanceof ProblemError && error.code === 'NETWORK' && accessToken) return false;
      dropSession(wasAuthenticated ? 'expired' : 'initial');
      return false;
    } finally {
      refreshInFlight = null;
    }
  })();
  return refreshInFlight;
}

/** Called once when the app starts: restores a session from the refresh cookie, silently. */
export function restoreSession(): Promise<boolean> {
  restoreOnce ??= refresh();
  return restoreOnce;
}

/** The server refused our token and a refresh did not help. */
export function expireSession(): void {
  if (state.status === 'authenticated') dropSession('expired');
}

/**
 * Signs out. A session opened through ProConnect ends at the provider's too: the server answers its
 * end-session address, where the browser goes (the provider sends it back to /connexion).
 */
export async function logout(): Promise<void> {
  // The local session ends anyway.
  const answer = await postJson<{ endSessionUrl?: string }>('/api/auth/logout').catch(() => undefined);
  dropSession('logout');
  if (answer?.endSessionUrl) window.location.assign(answer.endSessionUrl);
}
