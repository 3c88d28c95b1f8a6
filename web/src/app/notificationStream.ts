import { useSyncExternalStore } from 'react';
import { getAccessToken, getSessionState, refresh, subscribe as subscribeSession } from './session';

/**
 * The bell's unread count, live: GET /api/notifications/stream (server-sent events) sends
 * `event: unread` with `{"count": n}` at once and whenever the user's notifications change. EventSource
 * cannot send the bearer token, so the stream is read with fetch, and parsed here (the few lines of
 * the format this stream uses: `event:` and `data:` fields, a blank line between events; the
 * eventsource-parser package would cost the home page 1.4 kB it does not have). The server closes it when the token
 * it was opened with expires: it is reopened with the current token (refreshed when needed), with a
 * growing delay after errors, and closed when the user signs out. Kept small and free of the GraphQL
 * client: the page frame (every page) imports it.
 */

const STREAM_URL = '/api/notifications/stream';
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

/** Server-sent events, chunk by chunk: calls `onEvent` with each event's name and data. */
export function sseReader(onEvent: (event: string, data: string) => void): (chunk: string) => void {
  let buffer = '';
  return (chunk) => {
    buffer += chunk.replace(/\r\n?/g, '\n');
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const lines = buffer.slice(0, end).split('\n');
      buffer = buffer.slice(end + 2);
      const field = (name: string) =>
        lines
          .filter((line) => line.startsWith(`${name}:`))
          .map((line) => line.slice(name.length + 1).replace(/^ /, ''));
      const data = field('data');
      if (data.length) onEvent(field('event')[0] ?? 'message', data.join('\n'));
    }
  };
}

/** Reads one stream to its end: ended (closed by either side), unauthorized (401) or failed. */
async function readOnce(token: string, signal: AbortSignal): Promise<'ended' | 'unauthorized' | 'failed'> {
  let response: Response;
  try {
    response = await fetch(STREAM_URL, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' },
      credentials: 'same-origin',
      cache: 'no-store',
      signal,
    });
  } catch {
    return 'failed';
  }
  if (response.status === 401) return 'unauthorized';
  if (!response.ok || !response.body) return 'failed';
  const feed = sseReader((event, data) => {
    if (event !== 'unread') return;
    try {
      const { count } = JSON.parse(data) as { count?: unknown };
      if (typeof count === 'number') setUnread(count);
    } catch {
      // A malformed event is ignored; the next one says the count again.
    }
  });
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return 'ended';
      feed(value);
    }
  } catch {
    return signal.aborted ? 'ended' : 'failed';
  }
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
    const opened = Date.now();
    const outcome = await readOnce(token, signal);
    if (signal.aborted) return;
    if (outcome === 'unauthorized') {
      // The token was refused: a fresh one, unless the session refreshed meanwhile.
      if (token === getAccessToken() && !(await refresh())) await wait();
      continue;
    }
    if (outcome === 'ended' && Date.now() - opened > MIN_BACKOFF_MS) {
      // Closed by the server (the token it was opened with expired, or it restarted): reopen at once.
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
