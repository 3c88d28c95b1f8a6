import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../core/config.js';
import { S3DocumentStore } from './s3-storage.js';
import { LocalDocumentStore, newStorageKey, StoredObjectMissing } from './storage.js';
import { createDocumentStore } from './store-factory.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-store-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const read = async (stream: Readable) => Buffer.concat(await stream.toArray());
const filesUnder = (root: string) =>
  (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(root, f)).isFile());

describe('the local store', () => {
  it('lives under DATA_DIR/documents by default, or DOCUMENT_LOCAL_DIR', async () => {
    const dataDir = tempDir();
    const store = await createDocumentStore(loadConfig({ DATA_DIR: dataDir }));
    expect(store).toBeInstanceOf(LocalDocumentStore);
    expect((store as LocalDocumentStore).root).toBe(path.join(dataDir, 'documents'));
    const elsewhere = path.join(tempDir(), 'armoire');
    expect(
      (
        (await createDocumentStore(
          loadConfig({ DATA_DIR: dataDir, DOCUMENT_LOCAL_DIR: elsewhere }),
        )) as LocalDocumentStore
      ).root,
    ).toBe(elsewhere);
  });

  it('stores buffers and streams under random keys, reads them back, deletes them', async () => {
    const store = new LocalDocumentStore(tempDir());
    const [a, b] = [newStorageKey(), newStorageKey()];
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(a).not.toBe(b);
    const bytes = randomBytes(100_000);
    await store.put(a, bytes);
    await store.put(b, Readable.from([bytes.subarray(0, 10), bytes.subarray(10)]));
    expect((await read(await store.get(a))).equals(bytes)).toBe(true);
    expect((await read(await store.get(b))).equals(bytes)).toBe(true);
    expect((fs.statSync(store.pathOf(a)).mode & 0o777).toString(8)).toBe('600');
    await store.delete(a);
    await expect(store.get(a)).rejects.toBeInstanceOf(StoredObjectMissing);
    await store.delete(a);
    expect(filesUnder(store.root)).toEqual([path.join(b.slice(0, 2), b)]);
  });

  it('leaves nothing when the body fails midway (atomic write)', async () => {
    const store = new LocalDocumentStore(tempDir());
    const key = newStorageKey();
    async function* failing() {
      yield randomBytes(70_000);
      throw new Error('client went away');
    }
    await expect(store.put(key, Readable.from(failing()))).rejects.toThrow('client went away');
    expect(filesUnder(store.root)).toEqual([]);
    await expect(store.get(key)).rejects.toBeInstanceOf(StoredObjectMissing);
  });

  it('refuses keys that are not its own random ids (no path from a name)', async () => {
    const store = new LocalDocumentStore(tempDir());
    for (const key of ['../../etc/passwd', 'attestation.pdf', '', 'A'.repeat(32)]) {
      await expect(store.put(key, Buffer.from('x'))).rejects.toThrow('invalid storage key');
      await expect(store.get(key)).rejects.toThrow('invalid storage key');
    }
  });
});

describe('the S3-compatible store (construction only: no S3 server is reachable here)', () => {
  it('is built from the configuration, path-style, with the given endpoint, region and credentials', async () => {
    const config = loadConfig({
      DATA_DIR: tempDir(),
      DOCUMENT_STORAGE: 's3',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_REGION: 'eu-west-3',
      S3_BUCKET: 'maillage-documents',
      S3_ACCESS_KEY_ID: 'maillage',
      S3_SECRET_ACCESS_KEY: 'un-secret-de-test',
    });
    const store = await createDocumentStore(config);
    expect(store).toBeInstanceOf(S3DocumentStore);
    const s3 = store as S3DocumentStore;
    expect(s3.settings.bucket).toBe('maillage-documents');
    expect(s3.client.config.forcePathStyle).toBe(true);
    expect(await s3.client.config.region()).toBe('eu-west-3');
    const endpoint = await s3.client.config.endpoint!();
    expect(`${endpoint.protocol}//${endpoint.hostname}:${endpoint.port}`).toBe('http://127.0.0.1:9000');
    expect(await s3.client.config.credentials()).toMatchObject({
      accessKeyId: 'maillage',
      secretAccessKey: 'un-secret-de-test',
    });
    await expect(s3.put('../x', Buffer.from('x'))).rejects.toThrow('invalid storage key');
  });
});
