import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Where the armoire numérique keeps the encrypted content of documents. It only ever sees
 * ciphertext and random keys: names, titles and persons stay in the database.
 */
export interface DocumentStore {
  readonly kind: 'local' | 's3';
  /** Stores the whole of `body` under `key`, or nothing (a failed or aborted body leaves no object). */
  put(key: string, body: Readable | Buffer): Promise<void>;
  /** The stored bytes; rejects with StoredObjectMissing when there is no such object. */
  get(key: string): Promise<Readable>;
  /** Removes the object; a missing one is not an error. */
  delete(key: string): Promise<void>;
  /**
   * The keys of the objects stored before `before`, for the sweep of orphans (orphans.ts); the
   * unfinished writes of that age (a process killed mid-upload) are removed on the way.
   */
  storedBefore(before: Date): AsyncIterable<string>;
}

export class StoredObjectMissing extends Error {
  constructor() {
    super('stored object missing');
    this.name = 'StoredObjectMissing';
  }
}

/** A fresh storage key: random, so that it says nothing of the person or the document. */
export const newStorageKey = () => randomBytes(16).toString('hex');

const KEY_PATTERN = /^[0-9a-f]{32}$/;

/** Keys come from our own rows, but a path is built from them: anything else is refused outright. */
export function checkedKey(key: string): string {
  if (!KEY_PATTERN.test(key)) throw new Error('invalid storage key');
  return key;
}

/**
 * The local filesystem (default: DATA_DIR/documents). Objects are spread over 256 sub-directories
 * by the first two hex digits of the key, and written atomically: a temporary file in the same
 * directory, flushed, then renamed, so that a crash or a failed upload never leaves a partial object.
 */
export class LocalDocumentStore implements DocumentStore {
  readonly kind = 'local' as const;

  constructor(readonly root: string) {
    fs.mkdirSync(root, { recursive: true, mode: 0o700 });
  }

  /** The path of an object (tests read it to check what rests on disk). */
  pathOf(key: string): string {
    const k = checkedKey(key);
    return path.join(this.root, k.slice(0, 2), k);
  }

  async put(key: string, body: Readable | Buffer): Promise<void> {
    const target = this.pathOf(key);
    await fs.promises.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    const temp = `${target}.${randomBytes(6).toString('hex')}.part`;
    try {
      const out = fs.createWriteStream(temp, { flags: 'wx', mode: 0o600 });
      await pipeline(Buffer.isBuffer(body) ? Readable.from([body]) : body, out);
      const handle = await fs.promises.open(temp, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.promises.rename(temp, target);
    } catch (err) {
      await fs.promises.rm(temp, { force: true });
      throw err;
    }
  }

  async get(key: string): Promise<Readable> {
    const file = this.pathOf(key);
    // Opened before returning, so that a missing object is reported here, not midway through a response.
    const handle = await fs.promises.open(file, 'r').catch((err: NodeJS.ErrnoException) => {
      throw err.code === 'ENOENT' ? new StoredObjectMissing() : err;
    });
    return handle.createReadStream();
  }

  async delete(key: string): Promise<void> {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }

  async *storedBefore(before: Date): AsyncIterable<string> {
    const shards = await fs.promises.readdir(this.root, { withFileTypes: true });
    for (const shard of shards.filter((d) => d.isDirectory() && /^[0-9a-f]{2}$/.test(d.name))) {
      const dir = path.join(this.root, shard.name);
      for (const name of await fs.promises.readdir(dir)) {
        const file = path.join(dir, name);
        const stat = await fs.promises.stat(file).catch(() => null);
        if (!stat?.isFile() || stat.mtime >= before) continue;
        if (name.endsWith('.part')) await fs.promises.rm(file, { force: true });
        else if (KEY_PATTERN.test(name)) yield name;
      }
    }
  }
}
