import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Where a webhook may go, and how it gets there. In production a target is https and every address its
 * name resolves to is a public one (ipaddr.js's « unicast » range: not loopback, private, link-local,
 * unique-local, carrier-grade NAT, reserved, multicast…); this is checked when the endpoint is saved and
 * again at each delivery, and the connection is made to the very address checked (the socket's lookup
 * answers it), so that a name resolving elsewhere between the check and the connection (DNS rebinding)
 * cannot turn a webhook into a request to the internal network. Outside production, http and local
 * receivers are accepted (tests and development run one on 127.0.0.1).
 */

export interface ResolvedTarget {
  url: URL;
  /** The address the connection goes to. */
  address: string;
  family: 4 | 6;
}

export class TargetRefused extends Error {}

/** Whether an address is a public one (its range is ipaddr.js's « unicast », IPv4-mapped IPv6 read as IPv4). */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

/** The host of a URL as an address or a name (an IPv6 literal without its brackets). */
const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

/**
 * Resolves `url`'s host and checks it for `production`: the address to connect to, or TargetRefused with a
 * French reason (shown in the delivery log and as the field's message).
 */
export async function resolveTarget(raw: string, production: boolean): Promise<ResolvedTarget> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new TargetRefused('adresse invalide');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TargetRefused('adresse http(s) attendue');
  if (production && url.protocol !== 'https:') throw new TargetRefused('une adresse https:// est exigée en production');
  const host = hostOf(url);
  let addresses: { address: string; family: number }[];
  if (net.isIP(host)) {
    addresses = [{ address: host, family: net.isIP(host) }];
  } else {
    try {
      addresses = await dns.promises.lookup(host, { all: true, verbatim: true });
    } catch {
      throw new TargetRefused('nom de domaine introuvable');
    }
  }
  if (addresses.length === 0) throw new TargetRefused('nom de domaine introuvable');
  if (production && addresses.some((a) => !isPublicAddress(a.address)))
    throw new TargetRefused('l’adresse doit être publique (ni locale, ni privée, ni réservée)');
  const chosen = addresses[0]!;
  return { url, address: chosen.address, family: chosen.family === 6 ? 6 : 4 };
}

export interface PostResult {
  statusCode: number | null;
  latencyMs: number;
  /** Why it failed (French, no receiver content), or null on a 2xx. */
  error: string | null;
}

/** Kept-alive connections, one pool per scheme: the bench's thousands of deliveries reuse their sockets. */
const agents = {
  http: new http.Agent({ keepAlive: true, maxSockets: 64 }),
  https: new https.Agent({ keepAlive: true, maxSockets: 64 }),
};

/** The socket's lookup, answering the address checked whatever the name resolves to now. */
function pinnedLookup(target: ResolvedTarget): net.LookupFunction {
  return ((_hostname: string, options: dns.LookupOptions, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  }) as net.LookupFunction;
}

/** The most of a receiver's answer read (then dropped): its body is not ours to keep. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * POSTs `body` to the resolved target with `headers`, within `timeoutMs` for the whole exchange. A 2xx is
 * a success; redirects are not followed (a 3xx is a failure).
 */
export function postWebhook(
  target: ResolvedTarget,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<PostResult> {
  const started = performance.now();
  const elapsed = () => Math.max(0, Math.round(performance.now() - started));
  const secure = target.url.protocol === 'https:';
  return new Promise<PostResult>((resolve) => {
    let settled = false;
    const finish = (result: Omit<PostResult, 'latencyMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...result, latencyMs: elapsed() });
    };
    const request = (secure ? https : http).request(
      target.url,
      {
        method: 'POST',
        agent: secure ? agents.https : agents.http,
        lookup: pinnedLookup(target),
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': 'Maillage-Webhooks/1.0',
        },
      },
      (response) => {
        const statusCode = response.statusCode ?? null;
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_BODY_BYTES) response.destroy();
        });
        const done = () =>
          finish({
            statusCode,
            error:
              statusCode !== null && statusCode >= 200 && statusCode < 300
                ? null
                : `le destinataire a répondu ${statusCode ?? '?'}`,
          });
        response.on('end', done);
        response.on('close', done);
        response.on('error', done);
      },
    );
    const timer = setTimeout(() => {
      finish({ statusCode: null, error: `pas de réponse en ${Math.round(timeoutMs / 1000)} s` });
      request.destroy();
    }, timeoutMs);
    request.on('error', (err: NodeJS.ErrnoException) => finish({ statusCode: null, error: connectionError(err.code) }));
    request.end(body);
  });
}

/** A connection failure in French, from its code (never the message: it may quote the address). */
function connectionError(code: string | undefined): string {
  switch (code) {
    case 'ECONNREFUSED':
      return 'connexion refusée';
    case 'ECONNRESET':
    case 'EPIPE':
      return 'connexion interrompue';
    case 'ETIMEDOUT':
      return 'délai de connexion dépassé';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'destinataire injoignable';
    default:
      return code?.startsWith('ERR_TLS') || code?.includes('CERT')
        ? 'certificat TLS refusé'
        : `échec de la connexion${code ? ` (${code})` : ''}`;
  }
}
