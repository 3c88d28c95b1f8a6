import {
  createCipheriv,
  createDecipheriv,
  createHash,
  randomBytes,
  type CipherGCM,
  type DecipherGCM,
} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Config } from '../../../core/config.js';

/**
 * Envelope encryption of the armoire numérique: each document has a fresh 256-bit key that
 * encrypts its content (AES-256-GCM); that key is stored wrapped by the master key (AES-256-GCM
 * too), with the master key's id so that a rotated key can still unwrap older documents.
 *
 * Both encryptions take the document's id as additional authenticated data: a ciphertext or a
 * wrapped key moved onto another row fails to authenticate, as a changed byte does.
 */

const ALGORITHM = 'aes-256-gcm';
export const IV_BYTES = 12;
export const TAG_BYTES = 16;
const KEY_BYTES = 32;

export interface MasterKey {
  id: string;
  key: Buffer;
}

/** The master key documents are wrapped with now, and every key still accepted to unwrap. */
export interface DocumentKeyring {
  current: MasterKey;
  byId: ReadonlyMap<string, MasterKey>;
}

/** A master key's id: a short digest, enough to tell keys apart, useless to recover one. */
export const keyIdOf = (key: Buffer) => createHash('sha256').update(key).digest('hex').slice(0, 16);

const masterKey = (base64: string): MasterKey => {
  const key = Buffer.from(base64, 'base64');
  return { id: keyIdOf(key), key };
};

/** Where a key generated outside production is kept (as the signing keys, core/auth/keys.ts). */
export const generatedMasterKeyPath = (config: Config) => path.join(config.DATA_DIR, 'document-master.key');

/**
 * Production takes the master key from DOCUMENT_MASTER_KEY (core/config.ts requires it there).
 * Elsewhere a key is generated on first start and kept under DATA_DIR (mode 0600), so that the
 * documents stay readable across restarts.
 */
export function loadDocumentKeyring(config: Config): DocumentKeyring {
  let current: MasterKey;
  if (config.DOCUMENT_MASTER_KEY) current = masterKey(config.DOCUMENT_MASTER_KEY);
  else if (config.NODE_ENV === 'production')
    throw new Error('DOCUMENT_MASTER_KEY is required when NODE_ENV=production');
  else current = masterKey(readOrCreateKeyFile(generatedMasterKeyPath(config)));
  const byId = new Map<string, MasterKey>();
  for (const previous of config.DOCUMENT_PREVIOUS_MASTER_KEYS.map(masterKey)) byId.set(previous.id, previous);
  byId.set(current.id, current);
  return { current, byId };
}

function readOrCreateKeyFile(file: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    // 'wx': two processes starting on the same DATA_DIR never write two different keys.
    fs.writeFileSync(file, `${randomBytes(KEY_BYTES).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const value = fs.readFileSync(file, 'utf8').trim();
  if (Buffer.from(value, 'base64').length !== KEY_BYTES)
    throw new Error(`${file} does not hold the base64 of ${KEY_BYTES} bytes`);
  return value;
}

/** What the database keeps beside the ciphertext to decrypt it. */
export interface DocumentSeal {
  iv: Buffer;
  authTag: Buffer;
  /** iv (12) | tag (16) | encrypted document key (32). */
  wrappedKey: Buffer;
  keyId: string;
}

const contentAad = (documentId: string) => Buffer.from(`maillage:locker-document:v1:${documentId}`);
const keyAad = (documentId: string) => Buffer.from(`maillage:locker-document-key:v1:${documentId}`);

function wrapKey(master: MasterKey, documentKey: Buffer, documentId: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, master.key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(keyAad(documentId));
  const encrypted = Buffer.concat([cipher.update(documentKey), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), encrypted]);
}

/** The document could not be authenticated: changed content, IV, tag or wrapped key, or another row's. */
export class DocumentIntegrityError extends Error {
  constructor(readonly reason: 'wrapped-key' | 'content' | 'size' | 'missing-object' | 'malformed') {
    super(`document integrity check failed (${reason})`);
    this.name = 'DocumentIntegrityError';
  }
}

/** The master key that wrapped the document is not configured (rotated away without DOCUMENT_PREVIOUS_MASTER_KEYS). */
export class DocumentKeyUnavailable extends Error {
  constructor(readonly keyId: string) {
    super('document master key not configured');
    this.name = 'DocumentKeyUnavailable';
  }
}

function unwrapKey(keyring: DocumentKeyring, seal: DocumentSeal, documentId: string): Buffer {
  const master = keyring.byId.get(seal.keyId);
  if (!master) throw new DocumentKeyUnavailable(seal.keyId);
  const { wrappedKey } = seal;
  if (wrappedKey.length !== IV_BYTES + TAG_BYTES + KEY_BYTES) throw new DocumentIntegrityError('malformed');
  try {
    const decipher = createDecipheriv(ALGORITHM, master.key, wrappedKey.subarray(0, IV_BYTES), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(keyAad(documentId));
    decipher.setAuthTag(wrappedKey.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(wrappedKey.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    throw new DocumentIntegrityError('wrapped-key');
  }
}

/**
 * Encrypts one document as it streams: pipe the plaintext through `cipher`, and once the cipher
 * has ended, `seal()` gives the IV, the tag and the wrapped key to store.
 */
export function createDocumentEncryption(
  keyring: DocumentKeyring,
  documentId: string,
): { cipher: CipherGCM; seal(): DocumentSeal } {
  const documentKey = randomBytes(KEY_BYTES);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, documentKey, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(contentAad(documentId));
  return {
    cipher,
    seal: () => {
      const sealed = {
        iv,
        authTag: cipher.getAuthTag(),
        wrappedKey: wrapKey(keyring.current, documentKey, documentId),
        keyId: keyring.current.id,
      };
      documentKey.fill(0);
      return sealed;
    },
  };
}

/** A decipher of one document, its tag set: it throws at its end when the content was changed. */
export function createDocumentDecryption(
  keyring: DocumentKeyring,
  seal: DocumentSeal,
  documentId: string,
): DecipherGCM {
  if (seal.iv.length !== IV_BYTES || seal.authTag.length !== TAG_BYTES) throw new DocumentIntegrityError('malformed');
  const documentKey = unwrapKey(keyring, seal, documentId);
  const decipher = createDecipheriv(ALGORITHM, documentKey, seal.iv, { authTagLength: TAG_BYTES });
  documentKey.fill(0);
  decipher.setAAD(contentAad(documentId));
  decipher.setAuthTag(seal.authTag);
  return decipher;
}

/**
 * Decrypts a stored ciphertext to nowhere and checks its tag and its size: GCM proves integrity
 * only at the end, so this runs before a single byte is sent.
 */
export async function verifyDocument(
  keyring: DocumentKeyring,
  seal: DocumentSeal,
  documentId: string,
  openCiphertext: () => Promise<Readable>,
  sizeBytes: number,
): Promise<void> {
  // The key first: a document whose key cannot be unwrapped is refused without opening its content.
  const decipher = createDocumentDecryption(keyring, seal, documentId);
  const ciphertext = await openCiphertext();
  let size = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      done();
    },
  });
  try {
    await pipeline(ciphertext, decipher, sink);
  } catch (err) {
    // Authentication failure is reported by final() as a plain Error; storage errors keep their identity.
    if (isAuthFailure(err)) throw new DocumentIntegrityError('content');
    throw err;
  }
  if (size !== sizeBytes) throw new DocumentIntegrityError('size');
}

export const isAuthFailure = (err: unknown) => err instanceof Error && /unable to authenticate data/i.test(err.message);
