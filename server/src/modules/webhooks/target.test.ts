/**
 * Where a webhook may go (target.ts): in production, https and public addresses only, checked at each
 * delivery; and the connection goes to the very address checked, whatever the name resolves to later.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublicAddress, postWebhook, resolveTarget, TargetRefused } from './target.js';

let server: http.Server;
let port: number;
const seen: { host: string | undefined; path: string | undefined }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push({ host: req.headers.host, path: req.url });
    req.resume();
    req.on('end', () => {
      res.statusCode = req.url === '/lent' ? 200 : req.url === '/redirige' ? 302 : 204;
      if (req.url === '/lent') setTimeout(() => res.end(), 1_500);
      else res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('public addresses (ipaddr.js ranges)', () => {
  it.each([
    ['93.184.215.14', true],
    ['2a00:1450:4007:80e::200e', true],
    ['127.0.0.1', false],
    ['10.0.0.1', false],
    ['172.16.5.4', false],
    ['192.168.0.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['224.0.0.1', false],
    ['::1', false],
    ['fe80::1', false],
    ['fd12:3456::1', false],
    ['::ffff:10.0.0.1', false],
    ['2001:db8::1', false],
    ['pas une adresse', false],
  ])('%s → %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});

describe('resolveTarget', () => {
  it('in production refuses http, a loopback or private literal, and a name that resolves to loopback', async () => {
    for (const url of [
      'http://93.184.215.14/',
      'https://127.0.0.1/',
      'https://[::1]/',
      'https://10.0.0.8/',
      'https://localhost/',
    ])
      await expect(resolveTarget(url, true), url).rejects.toBeInstanceOf(TargetRefused);
    await expect(resolveTarget('https://93.184.215.14/hook', true)).resolves.toMatchObject({
      address: '93.184.215.14',
      family: 4,
    });
  });

  it('outside production accepts http and local receivers', async () => {
    await expect(resolveTarget(`http://127.0.0.1:${port}/x`, false)).resolves.toMatchObject({ address: '127.0.0.1' });
    await expect(resolveTarget('http://localhost/x', false)).resolves.toMatchObject({ url: expect.any(URL) });
  });
});

describe('postWebhook', () => {
  it('connects to the address checked, not to what the name resolves to now (no DNS rebinding)', async () => {
    // The name does not resolve at all: the request still reaches the address that was checked.
    const target = {
      url: new URL(`http://recepteur.invalid:${port}/epingle`),
      address: '127.0.0.1',
      family: 4 as const,
    };
    const result = await postWebhook(target, '{}', {}, 5_000);
    expect(result).toMatchObject({ statusCode: 204, error: null });
    expect(seen.at(-1)).toEqual({ host: `recepteur.invalid:${port}`, path: '/epingle' });
  });

  it('counts a redirect as a failure (not followed), and bounds the wait', async () => {
    const base = { address: '127.0.0.1', family: 4 as const };
    const redirected = await postWebhook(
      { ...base, url: new URL(`http://127.0.0.1:${port}/redirige`) },
      '{}',
      {},
      5_000,
    );
    expect(redirected).toMatchObject({ statusCode: 302, error: 'le destinataire a répondu 302' });
    const slow = await postWebhook({ ...base, url: new URL(`http://127.0.0.1:${port}/lent`) }, '{}', {}, 300);
    expect(slow.statusCode).toBeNull();
    expect(slow.error).toMatch(/pas de réponse/);
    expect(slow.latencyMs).toBeLessThan(1_200);
    const refused = await postWebhook({ ...base, url: new URL('http://127.0.0.1:9/') }, '{}', {}, 2_000);
    expect(refused).toMatchObject({ statusCode: null, error: 'connexion refusée' });
  });
});
