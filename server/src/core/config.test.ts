import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPKCS8, exportSPKI, generateKeyPair } from 'jose';
import { spawnServer } from '../../test/harness.js';
import { ConfigError, loadConfig, repoRoot } from './config.js';

/** The environment is checked at start-up: a wrong or missing value stops with one line naming it. */
const refusal = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
};

/** A document master key (production requires one, as it requires the signing keys). */
const MASTER_KEY = Buffer.alloc(32, 7).toString('base64');

async function keyPair() {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { extractable: true });
  return { JWT_PRIVATE_KEY: await exportPKCS8(privateKey), JWT_PUBLIC_KEY: await exportSPKI(publicKey) };
}

describe('loadConfig', () => {
  it('applies the defaults to an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      AUDIT_RETENTION_DAYS: 365,
      CORS_ORIGINS: [],
      TRUST_PROXY: [],
      BODY_LIMIT_BYTES: 1024 * 1024,
      MAIL_FROM: 'Maillage <ne-pas-repondre@maillage.localhost>',
      APP_URL: 'http://localhost:3000',
      NOTIFICATIONS: 'on',
    });
    expect(config.DATABASE_URL).toBeUndefined();
    // No SMTP server: e-mails are kept in the outbox.
    expect(config.SMTP_URL).toBeUndefined();
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT', /integer between 1 and 65535/],
    [{ PORT: '70000' }, 'PORT', /integer between 1 and 65535/],
    [{ DATABASE_URL: 'mysql://maillage:s3cret@db/maillage' }, 'DATABASE_URL', /postgres:\/\//],
    [{ AUDIT_RETENTION_DAYS: '30' }, 'AUDIT_RETENTION_DAYS', /integer between 183 and 1095/],
    [{ NODE_ENV: 'prod' }, 'NODE_ENV', /development, test, production/],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL', /pino level/],
    [{ CORS_ORIGINS: 'https://app.example/path' }, 'CORS_ORIGINS', /origins/],
    [{ BODY_LIMIT_BYTES: '10' }, 'BODY_LIMIT_BYTES', /integer between/],
    [{ TRUST_PROXY: 'proxy.internal' }, 'TRUST_PROXY', /addresses or CIDRs/],
    [{ TRUST_PROXY: '10.0.0.0/33' }, 'TRUST_PROXY', /addresses or CIDRs/],
    [{ TRUST_PROXY: 'true' }, 'TRUST_PROXY', /addresses or CIDRs/],
    [{ NODE_ENV: 'production' }, 'JWT_PRIVATE_KEY', /required when NODE_ENV=production/],
    [{ SMTP_URL: 'http://mailer:s3cret@smtp.example' }, 'SMTP_URL', /smtp:\/\/ or smtps:\/\//],
    [{ SMTP_URL: 'mail.example:25' }, 'SMTP_URL', /smtp:\/\/ or smtps:\/\//],
    [{ MAIL_FROM: 'Maillage' }, 'MAIL_FROM', /e-mail address/],
    [{ MAIL_FROM: 'a@b.example\r\nBcc: c@d.example' }, 'MAIL_FROM', /e-mail address/],
    [{ APP_URL: 'maillage.example' }, 'APP_URL', /http\(s\):\/\//],
    [{ APP_URL: 'ftp://maillage.example' }, 'APP_URL', /http\(s\):\/\//],
    [{ NOTIFICATIONS: 'false' }, 'NOTIFICATIONS', /on or off/],
  ] as [Record<string, string>, string, RegExp][])('refuses %j in one line naming %s', (env, variable, expected) => {
    const message = refusal(env);
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toMatch(new RegExp(`^Invalid configuration: ${variable} must be `));
    expect(message).toMatch(expected);
    // Never the value itself: DATABASE_URL may hold a password.
    if ('DATABASE_URL' in env || 'SMTP_URL' in env) expect(message).not.toContain('s3cret');
  });

  it('reads TRUST_PROXY as a list of addresses, CIDRs and range names', () => {
    expect(loadConfig({ TRUST_PROXY: ' 127.0.0.1, 10.0.0.0/8,fd00::/8 ,::1, uniquelocal' }).TRUST_PROXY).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
      'fd00::/8',
      '::1',
      'uniquelocal',
    ]);
  });

  it('reads the e-mail settings: an SMTP URL, a sender, and the public base URL without its trailing slash', () => {
    const config = loadConfig({
      SMTP_URL: 'smtps://mailer:s3cret@smtp.example:465',
      MAIL_FROM: 'Réseau Maillage <contact@maillage.example>',
      APP_URL: 'https://maillage.example/',
    });
    expect(config).toMatchObject({
      SMTP_URL: 'smtps://mailer:s3cret@smtp.example:465',
      MAIL_FROM: 'Réseau Maillage <contact@maillage.example>',
      APP_URL: 'https://maillage.example',
    });
    expect(loadConfig({ SMTP_URL: 'smtp://localhost:2525', MAIL_FROM: 'contact@maillage.example' })).toMatchObject({
      SMTP_URL: 'smtp://localhost:2525',
      MAIL_FROM: 'contact@maillage.example',
    });
  });

  it('requires both signing keys in production, and a matching Ed25519 pair', async () => {
    const pair = await keyPair();
    const other = await keyPair();
    expect(refusal({ NODE_ENV: 'production', JWT_PRIVATE_KEY: pair.JWT_PRIVATE_KEY })).toMatch(
      /^Invalid configuration: JWT_PUBLIC_KEY must be .*required when NODE_ENV=production/,
    );
    expect(refusal({ JWT_PRIVATE_KEY: pair.JWT_PRIVATE_KEY, JWT_PUBLIC_KEY: other.JWT_PUBLIC_KEY })).toMatch(
      /^Invalid configuration: JWT_PUBLIC_KEY must be the public key of JWT_PRIVATE_KEY/,
    );
    expect(refusal({ JWT_PRIVATE_KEY: 'PRIVATE KEY, trust me' })).toMatch(
      /^Invalid configuration: JWT_PRIVATE_KEY must be a PEM PKCS#8 Ed25519 private key$/,
    );
    const config = loadConfig({ NODE_ENV: 'production', ...pair, DOCUMENT_MASTER_KEY: MASTER_KEY });
    expect(config.NODE_ENV).toBe('production');
    // A key written on one line with \n escapes (env files, container settings) is accepted.
    const escaped = loadConfig({
      NODE_ENV: 'production',
      JWT_PRIVATE_KEY: pair.JWT_PRIVATE_KEY.replace(/\n/g, '\\n'),
      JWT_PUBLIC_KEY: pair.JWT_PUBLIC_KEY,
      DOCUMENT_MASTER_KEY: MASTER_KEY,
    });
    expect(escaped.JWT_PRIVATE_KEY).toBe(pair.JWT_PRIVATE_KEY.trim());
  });
});

describe('the entry point', () => {
  it('exits non-zero printing exactly one line naming a wrong variable', async () => {
    const env = {
      ...process.env,
      PORT: 'abc',
      DATABASE_URL: '',
      NODE_ENV: 'development',
      DATA_DIR: path.join(repoRoot, '.data-never-created'),
    };
    const child = spawnServer(env);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).not.toBe(0);
    expect(output.trimEnd().split('\n')).toEqual([
      'Invalid configuration: PORT must be an integer between 1 and 65535',
    ]);
  });
});
