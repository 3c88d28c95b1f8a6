import type { TokenSettings } from './tokens.js';

/**
 * Browsers read the live notifications with EventSource, which sends cookies but no Authorization
 * header. POST /api/notifications/stream-session (with the bearer token) sets this cookie: a token
 * signed like an access token but for its own audience (an access token is no stream cookie, nor the
 * reverse), http-only, SameSite=Strict, sent to the stream's path alone, living as long as an access
 * token. authenticate() accepts it on that path only.
 */
export const STREAM_COOKIE = 'maillage_stream';
export const STREAM_PATH = '/api/notifications/stream';

export const streamTokenSettings = (tokens: TokenSettings): TokenSettings => ({
  ...tokens,
  audience: `${tokens.audience}/notifications-stream`,
});

/** Whether a request goes to the stream (its path, whatever the query string). */
export const isStreamRequest = (method: string, url: string) =>
  method === 'GET' && (url === STREAM_PATH || url.startsWith(`${STREAM_PATH}?`));
