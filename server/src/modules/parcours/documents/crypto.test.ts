import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../core/config.js';
import {
  createDocumentDecryption,
  createDocumentEncryption,
  DocumentIntegrityError,
  DocumentKeyUnavailable,
  generatedMasterKeyPath,
  keyIdOf,
  loadDocumentKeyring,
  verifyDocument,
  type DocumentKeyring,
} from './crypto.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-documents-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const keyring = (...keys: string[]): DocumentKeyring =>
  loadDocumentKeyring(
    loadConfig({
      DATA_DIR: tempDir(),
      DOCUMENT_MASTER_KEY: keys[0]!,
      DOCUMENT_PREVIOUS_MASTER_KEYS: keys.slice(1).join(','),
    }),
  );
const newKey = () => randomBytes(32).toString('base64');

async function encrypt(ring: DocumentKeyring, documentId: string, plaintext: Buffer) {
  const { cipher, seal } = createDocumentEncryption(ring, documentId);
  const chunks: Buffer[] = [];
  // In small pieces, as an upload arrives.
  const pieces = Array.from({ length: Math.ceil(plaintext.length / 1000) }, (_, i) =>
    plaintext.subarray(i * 1000, (i + 1) * 1000),
  );
  await pipeline(Readable.from(pieces), cipher, async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) chunks.push(chunk);
  });
  return { ciphertext: Buffer.concat(chunks), seal: seal() };
}

async function decrypt(
  ring: DocumentKeyring,
  documentId: string,
  ciphertext: Buffer,
  seal: Awaited<ReturnType<typeof encrypt>>['seal'],
) {
  await verifyDocument(ring, seal, documentId, async () => Readable.from([ciphertext]), ciphertext.length);
  const decipher = createDocumentDecryption(ring, seal, documentId);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
}

describe('envelope encryption', () => {
  const plaintext = randomBytes(10_000);

  it('encrypts with a fresh key and IV per document, and decrypts back', async () => {
    const ring = keyring(newKey());
    const id = randomUUID();
    const a = await encrypt(ring, id, plaintext);
    const b = await encrypt(ring, id, plaintext);
    expect(a.ciphertext.length).toBe(plaintext.length);
    expect(a.ciphertext.equals(b.ciphertext)).toBe(false);
    expect(a.seal.iv.equals(b.seal.iv)).toBe(false);
    expect(a.seal.wrappedKey.equals(b.seal.wrappedKey)).toBe(false);
    expect(a.seal).toMatchObject({ keyId: ring.current.id });
    expect([a.seal.iv.length, a.seal.authTag.length, a.seal.wrappedKey.length]).toEqual([12, 16, 60]);
    expect((await decrypt(ring, id, a.ciphertext, a.seal)).equals(plaintext)).toBe(true);
  });

  it('names the master key by a short digest', () => {
    const key = newKey();
    expect(keyring(key).current.id).toBe(keyIdOf(Buffer.from(key, 'base64')));
    expect(keyring(key).current.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('reads documents of a former master key listed in DOCUMENT_PREVIOUS_MASTER_KEYS (rotation), and names a missing one', async () => {
    const [oldKey, currentKey] = [newKey(), newKey()];
    const id = randomUUID();
    const sealed = await encrypt(keyring(oldKey), id, plaintext);
    const rotated = keyring(currentKey, oldKey);
    expect(rotated.current.id).not.toBe(sealed.seal.keyId);
    expect((await decrypt(rotated, id, sealed.ciphertext, sealed.seal)).equals(plaintext)).toBe(true);
    await expect(decrypt(keyring(currentKey), id, sealed.ciphertext, sealed.seal)).rejects.toBeInstanceOf(
      DocumentKeyUnavailable,
    );
  });

  it('refuses any changed byte, and a ciphertext or key moved to another document', async () => {
    const ring = keyring(newKey());
    const id = randomUUID();
    const { ciphertext, seal } = await encrypt(ring, id, plaintext);
    const flip = (b: Buffer, i: number) => {
      const copy = Buffer.from(b);
      copy[i]! ^= 0x80;
      return copy;
    };
    const refusal = async (run: () => Promise<unknown>) => {
      const err = await run().then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(DocumentIntegrityError);
      return (err as DocumentIntegrityError).reason;
    };
    expect(await refusal(() => decrypt(ring, id, flip(ciphertext, 0), seal))).toBe('content');
    expect(await refusal(() => decrypt(ring, id, flip(ciphertext, ciphertext.length - 1), seal))).toBe('content');
    expect(await refusal(() => decrypt(ring, id, ciphertext.subarray(0, -1), seal))).toBe('content');
    expect(await refusal(() => decrypt(ring, id, ciphertext, { ...seal, iv: flip(seal.iv, 3) }))).toBe('content');
    expect(await refusal(() => decrypt(ring, id, ciphertext, { ...seal, authTag: flip(seal.authTag, 0) }))).toBe(
      'content',
    );
    expect(await refusal(() => decrypt(ring, id, ciphertext, { ...seal, wrappedKey: flip(seal.wrappedKey, 59) }))).toBe(
      'wrapped-key',
    );
    expect(
      await refusal(() => decrypt(ring, id, ciphertext, { ...seal, wrappedKey: seal.wrappedKey.subarray(1) })),
    ).toBe('malformed');
    expect(await refusal(() => decrypt(ring, randomUUID(), ciphertext, seal))).toBe('wrapped-key');
    // Size recorded wrong (the row changed): refused too.
    await expect(
      verifyDocument(ring, seal, id, async () => Readable.from([ciphertext]), ciphertext.length + 1),
    ).rejects.toMatchObject({ reason: 'size' });
  });
});

describe('the master key', () => {
  it('is generated once under DATA_DIR outside production, readable by its owner only', () => {
    const dir = tempDir();
    const config = loadConfig({ DATA_DIR: dir });
    const first = loadDocumentKeyring(config);
    const file = generatedMasterKeyPath(config);
    expect(file).toBe(path.join(dir, 'document-master.key'));
    expect((fs.statSync(file).mode & 0o777).toString(8)).toBe('600');
    expect(Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64')).toHaveLength(32);
    expect(loadDocumentKeyring(config).current.id).toBe(first.current.id);
  });

  it('comes from DOCUMENT_MASTER_KEY when set, and nothing is written', () => {
    const dir = tempDir();
    const key = newKey();
    const config = loadConfig({ DATA_DIR: dir, DOCUMENT_MASTER_KEY: key });
    expect(loadDocumentKeyring(config).current.key.equals(Buffer.from(key, 'base64'))).toBe(true);
    expect(fs.existsSync(generatedMasterKeyPath(config))).toBe(false);
  });
});

describe('configuration', () => {
  const refusal = (env: Record<string, string>) => {
    try {
      loadConfig(env);
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const message = (err as Error).message;
      expect(message.split('\n')).toHaveLength(1);
      return message;
    }
    throw new Error(`accepted ${JSON.stringify(env)}`);
  };

  it('requires DOCUMENT_MASTER_KEY in production, naming it', async () => {
    const { exportPKCS8, exportSPKI, generateKeyPair } = await import('jose');
    const pair = await generateKeyPair('EdDSA', { extractable: true });
    const env = {
      NODE_ENV: 'production',
      JWT_PRIVATE_KEY: await exportPKCS8(pair.privateKey),
      JWT_PUBLIC_KEY: await exportSPKI(pair.publicKey),
    };
    expect(refusal(env)).toBe(
      'Invalid configuration: DOCUMENT_MASTER_KEY must be the base64 of 32 random bytes (required when NODE_ENV=production)',
    );
    expect(loadConfig({ ...env, DOCUMENT_MASTER_KEY: newKey() }).DOCUMENT_MASTER_KEY).toBeDefined();
  });

  it.each([
    [{ DOCUMENT_MASTER_KEY: 'trop-court' }, 'DOCUMENT_MASTER_KEY', /base64 of 32 random bytes/],
    [{ DOCUMENT_MASTER_KEY: randomBytes(16).toString('base64') }, 'DOCUMENT_MASTER_KEY', /base64 of 32 random bytes/],
    [
      { DOCUMENT_PREVIOUS_MASTER_KEYS: `${randomBytes(32).toString('base64')},nope` },
      'DOCUMENT_PREVIOUS_MASTER_KEYS',
      /base64/,
    ],
    [{ DOCUMENT_STORAGE: 'ftp' }, 'DOCUMENT_STORAGE', /local or s3/],
    [{ DOCUMENT_STORAGE: 's3' }, 'S3_ENDPOINT', /required when DOCUMENT_STORAGE=s3/],
    [
      {
        DOCUMENT_STORAGE: 's3',
        S3_ENDPOINT: 'http://minio:9000',
        S3_REGION: 'us-east-1',
        S3_BUCKET: 'docs',
        S3_ACCESS_KEY_ID: 'maillage',
      },
      'S3_SECRET_ACCESS_KEY',
      /required when DOCUMENT_STORAGE=s3/,
    ],
    [{ S3_ENDPOINT: 'minio:9000' }, 'S3_ENDPOINT', /http\(s\):\/\/ URL/],
  ] as [Record<string, string>, string, RegExp][])('refuses %j naming %s', (env, variable, expected) => {
    const message = refusal(env);
    expect(message).toMatch(new RegExp(`^Invalid configuration: ${variable} must be `));
    expect(message).toMatch(expected);
    // Never the value itself.
    for (const value of Object.values(env)) if (value.length > 8) expect(message).not.toContain(value);
  });
});
