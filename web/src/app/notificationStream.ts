import { useSyncExternalStore } from 'react';
import { getAccessToken, getSessionState, refresh, subscribe as subscribeSession } from './session';

/**
 * The bell's unread count, live: GET /api/notifications/stream (server-sent events) sends
 * `event: unread` with `{"count": n}` at once and whenever the user's notifications change. The
 * browser's own EventSource reads it (and reconnects after a dropped connection); as it cannot send
 * the bearer token, POST /api/notifications/stream-session first sets a short-lived http-only cookie
 * for the stream's path alone. When that cookie expires the stream closes and EventSource's retry is
 * refused: a new cookie is asked (with a refreshed token when needed), with a growing delay after
 * errors. Closed when the user signs out. Kept small and free of the GraphQL client: the page frame
 * (every page) imports it.
 */

const STREAM_URL = '/api/notifications/stream';
const SESSION_URL = '/api/notifications/stream-session';
const MIN_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 30_000;

let unread: number | null = null;
const listeners = new Set<() => void>();

function setUnread(next: number | null): void {
  if (next === unread) return;
  unread = next;
  for (const listener of listeners) listener();
}

/** The unread count as last told (null until the stream has said it, and once signed out). */
export function getUnreadCount(): number | null {
  return unread;
}

export function subscribeUnreadCount(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A mutation answered the count left (markNotificationsRead…): shown at once, the stream confirms it. */
export function reportUnreadCount(count: number): void {
  setUnread(count);
}

export function useUnreadCount(): number | null {
  return useSyncExternalStore(subscribeUnreadCount, getUnreadCount, getUnreadCount);
}

let controller: AbortController | null = null;
let running = false;

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

/** Asks for the stream's cookie with the current access token. */
async function openSession(token: string, signal: AbortSignal): Promise<'ok' | 'unauthorized' | 'failed'> {
  try {
    const response = await fetch(SESSION_URL, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      credentials: 'same-origin',
      cache: 'no-store',
      signal,
    });
    if (response.status === 401) return 'unauthorized';
    return response.ok ? 'ok' : 'failed';
  } catch {
    return 'failed';
  }
}

/**
 * Listens with one EventSource until it stops for good: EventSource reconnects by itself after a
 * dropped connection, and gives up (CLOSED) when the server refuses it (its cookie expired).
 */
function listen(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    // No EventSource (an old browser, a test's DOM): no live count; the pages still read it.
    if (typeof EventSource === 'undefined') return resolve();
    const source = new EventSource(STREAM_URL);
    const stop = () => {
      source.close();
      resolve();
    };
    source.addEventListener('unread', (event) => {
      try {
        const { count } = JSON.parse((event as MessageEvent<string>).data) as { count?: unknown };
        if (typeof count === 'number') setUnread(count);
      } catch {
        // A malformed event is ignored; the next one says the count again.
      }
    });
    source.addEventListener('error', () => {
      if (source.readyState === EventSource.CLOSED) stop();
    });
    signal.addEventListener('abort', stop, { once: true });
  });
}

/** Whether the session's access token has expired (the server closes the stream then). */
function tokenExpired(): boolean {
  const state = getSessionState();
  return state.status === 'authenticated' && Date.parse(state.expiresAt) <= Date.now() + 1_000;
}

async function run(signal: AbortSignal): Promise<void> {
  let backoff = MIN_BACKOFF_MS;
  const wait = async () => {
    await sleep(backoff, signal);
    backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
  };
  while (!signal.aborted && getSessionState().status === 'authenticated') {
    if (!getAccessToken() || tokenExpired()) {
      // A failed refresh either ends the session (and the loop) or was a network error: wait and retry.
      if (!(await refresh())) {
        await wait();
        continue;
      }
    }
    const token = getAccessToken();
    if (!token) return;
    const session = await openSession(token, signal);
    if (signal.aborted) return;
    if (session === 'unauthorized') {
      // The token was refused: a fresh one, unless the session refreshed meanwhile.
      if (token === getAccessToken() && !(await refresh())) await wait();
      continue;
    }
    if (session === 'failed') {
      await wait();
      continue;
    }
    const opened = Date.now();
    await listen(signal);
    if (signal.aborted) return;
    if (Date.now() - opened > MIN_BACKOFF_MS) {
      // It lived (its cookie expired, or the server restarted): a new cookie at once.
      backoff = MIN_BACKOFF_MS;
      continue;
    }
    await wait();
  }
}

function sync(): void {
  const signedIn = getSessionState().status === 'authenticated';
  if (signedIn && !running) {
    running = true;
    const current = new AbortController();
    controller = current;
    void run(current.signal).finally(() => {
      if (controller === current) {
        running = false;
        controller = null;
      }
    });
  } else if (!signedIn) {
    controller?.abort();
    controller = null;
    running = false;
    setUnread(null);
  }
}

let started = false;

/** Follows the session: the stream is open while a user is signed in. Called once by the page frame. */
export function startNotificationStream(): void {
  if (started) return;
  started = true;
  subscribeSession(sync);
  sync();
}
