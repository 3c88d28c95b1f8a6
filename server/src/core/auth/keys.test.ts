import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportSPKI } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { loadSigningKeys } from './keys.js';
import { signAccessToken, verifyAccessToken } from './tokens.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('signing keys generated under DATA_DIR (outside production)', () => {
  it('gives processes that start together on one directory the same pair', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-keys-'));
    dirs.push(dir);
    const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: dir, LOG_LEVEL: 'silent' });
    // Started at once: each finds no key and generates one; one of them is kept by all.
    const loaded = await Promise.all(Array.from({ length: 6 }, () => loadSigningKeys(config)));
    const publics = await Promise.all(loaded.map((keys) => exportSPKI(keys.publicKey)));
    expect(new Set(publics).size).toBe(1);
    const settings = { issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE, accessTtlSeconds: 60 };
    const subject = {
      userId: 'b7d1e0c2-0000-4000-8000-000000000001',
      sessionId: 'b7d1e0c2-0000-4000-8000-000000000002',
    };
    const { token } = await signAccessToken(loaded[0]!, settings, subject);
    expect(await verifyAccessToken(loaded[5]!, settings, token)).toEqual(subject);
    // Kept: a restart reads the same pair, and nothing is left aside.
    expect(await exportSPKI((await loadSigningKeys(config)).publicKey)).toBe(publics[0]);
    expect(fs.readdirSync(dir).sort()).toEqual(['jwt-private.pem', 'jwt-public.pem']);
    expect(fs.readFileSync(path.join(dir, 'jwt-public.pem'), 'utf8').trim()).toBe(publics[0]!.trim());
  });
});
