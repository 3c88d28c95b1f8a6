import { randomUUID } from 'node:crypto';
import { pipeline, Readable, Writable } from 'node:stream';
import { pipeline as pipelineAsync } from 'node:stream/promises';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import { DOCUMENT_CATEGORIES, DOCUMENT_CONTENT_TYPES, DOCUMENT_MAX_BYTES } from '@maillage/shared';
import { policies } from '../../../core/authz.js';
import { AppError, badInput, errorCode } from '../../../core/errors.js';
import { inRequestTx } from '../../../core/request-state.js';
import {
  createDocumentDecryption,
  createDocumentEncryption,
  DocumentIntegrityError,
  DocumentKeyUnavailable,
  verifyDocument,
} from './crypto.js';
import {
  auditIntegrityFailure,
  auditRead,
  checkShareMembers,
  checkUploadAccess,
  decideRead,
  KEY_UNAVAILABLE_MESSAGE,
  NOT_SHARED_MESSAGE,
  STORE_UNAVAILABLE_MESSAGE,
  parseMetadata,
  READ_ACTION,
  recordUpload,
  TAMPERED_MESSAGE,
  UPLOAD_ACTION,
  type DocumentMetadata,
  type DocumentRow,
  type StoredUpload,
} from './documents.service.js';
import { extensionOf, SNIFF_BYTES, sniffContentType } from './sniff.js';
import { newStorageKey, StoredObjectMissing } from './storage.js';

export const UPLOAD_ROUTE = '/api/parcours/persons/:id/documents';
export const DOWNLOAD_ROUTE = '/api/parcours/documents/:id';

/** Only social workers keep lockers; the person's list and the document's shares are checked by the service. */
const socialWorker = policies.anyRole('SOCIAL_WORKER');

/** The form's text fields; anything else is ignored. */
const FIELDS = ['title', 'category', 'shareWithMemberIds'] as const;

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} Mo`;

/** An upload refused for its size (413) or its type (415): problem+json with the usual shape. */
class UploadRefused extends Error {
  constructor(
    readonly status: 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

const tooLarge = () =>
  new UploadRefused(
    413,
    `Fichier trop volumineux : un document de l'armoire numérique fait au plus ${megabytes(DOCUMENT_MAX_BYTES)}.`,
  );

function sendRefusal(request: FastifyRequest, reply: FastifyReply, refusal: UploadRefused) {
  return reply
    .code(refusal.status)
    .type('application/problem+json')
    .send({
      type: 'about:blank',
      title: refusal.status === 413 ? 'Requête trop volumineuse' : 'Type de contenu non pris en charge',
      status: refusal.status,
      detail: refusal.message,
      code: 'BAD_USER_INPUT',
      requestId: request.id,
    });
}

/**
 * The document store failed (disk full or failing, object store out of reach, its answer lost): not the
 * caller's doing and not a bug, so SERVICE_UNAVAILABLE, which the caller may retry, rather than
 * INTERNAL. Logged here with the system code, since the answer says nothing of the cause.
 */
function storeUnavailable(request: FastifyRequest, operation: 'put' | 'get', err: unknown): AppError {
  request.log.error(
    { operation, code: errorCode(err), errorName: (err as Error | null)?.name },
    'document store failed',
  );
  return new AppError('SERVICE_UNAVAILABLE', STORE_UNAVAILABLE_MESSAGE);
}

/** Reads a stream to its end and drops it: the request must be read through before it is answered. */
const drain = (stream: Readable) =>
  pipelineAsync(
    stream,
    new Writable({
      write: (_chunk, _encoding, done) => done(),
    }),
  ).catch(() => undefined);

/** Letters NFKD does not take apart. */
const LIGATURES: Record<string, string> = { Œ: 'OE', œ: 'oe', Æ: 'AE', æ: 'ae', ß: 'ss' };

/**
 * A safe ASCII file name for the download, from the title: accents dropped, anything but letters,
 * digits, dot, dash and underscore turned into dashes, then the extension of the detected type.
 */
export function downloadFileName(title: string, contentType: string): string {
  const base = title
    .replace(/[ŒœÆæß]/g, (c) => LIGATURES[c]!)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80)
    .replace(/[-.]+$/g, '');
  return `${base || 'document'}.${extensionOf(contentType)}`;
}

/**
 * Sniffs the file's type from its first bytes, then encrypts it as it streams into the store.
 * Refused types and sizes leave nothing stored: the store writes atomically, and a body that ends
 * too large fails the write.
 */
async function storeEncrypted(
  request: FastifyRequest,
  file: Readable & { truncated?: boolean },
): Promise<StoredUpload> {
  const { documentStore, documentKeys } = request.server.services;
  const chunks = file[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let head = Buffer.alloc(0);
  while (head.length < SNIFF_BYTES) {
    const next = await chunks.next();
    if (next.done) break;
    head = Buffer.concat([head, next.value]);
  }
  if (head.length === 0) throw badInput([{ path: 'file', message: 'fichier vide' }]);
  const sniffed = sniffContentType(head);
  if (!sniffed.accepted) {
    while (!(await chunks.next()).done);
    if (file.truncated) throw tooLarge();
    throw new UploadRefused(
      415,
      `Type de fichier refusé (${sniffed.type ?? 'type inconnu'}) : l'armoire numérique accepte les PDF et les images PNG, JPEG ou WebP, reconnus à leur contenu et non à leur nom.`,
    );
  }

  const documentId = randomUUID();
  const storageKey = newStorageKey();
  const encryption = createDocumentEncryption(documentKeys, documentId);
  let sizeBytes = 0;
  // A failed write is the body's (the client went away, the file is too large) or the store's: this tells them apart.
  let bodyError: unknown = null;
  async function* plaintext() {
    try {
      sizeBytes += head.length;
      yield head;
      for (;;) {
        const next = await chunks.next();
        if (next.done) break;
        sizeBytes += next.value.length;
        yield next.value;
      }
      // The multipart limit cuts the file at the maximum and flags it: failing here fails the store's write.
      if (file.truncated || sizeBytes > DOCUMENT_MAX_BYTES) throw tooLarge();
    } catch (err) {
      bodyError = err;
      throw err;
    }
  }
  const ciphertext = pipeline(Readable.from(plaintext()), encryption.cipher, () => undefined);
  try {
    await documentStore.put(storageKey, ciphertext);
  } catch (err) {
    // A write can fail after the object was stored whole (an object store's answer lost on the way):
    // no row will name this key, so it goes now. Should that fail too, the orphan sweep takes it later.
    await documentStore
      .delete(storageKey)
      .catch(() => request.log.error({ storageKey }, 'orphan document object could not be deleted'));
    if (bodyError) throw bodyError;
    throw storeUnavailable(request, 'put', err);
  }
  return { documentId, storageKey, contentType: sniffed.type, sizeBytes, seal: encryption.seal() };
}

async function upload(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) {
  try {
    const result = await receiveUpload(request);
    return reply.code(201).send(result);
  } catch (err) {
    if (err instanceof UploadRefused) return sendRefusal(request, reply, err);
    throw err;
  }
}

async function receiveUpload(request: FastifyRequest<{ Params: { id: string } }>) {
  const personId = request.params.id;
  await inRequestTx(request, 'read', (ctx) => checkUploadAccess(ctx, personId));
  if (!request.isMultipart()) {
    throw new UploadRefused(
      415,
      'Envoyez le document en multipart/form-data : les champs title, category et shareWithMemberIds, puis le fichier (champ file).',
    );
  }
  const fields: Record<string, string> = {};
  let meta: DocumentMetadata | null = null;
  let stored: StoredUpload | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (stored) throw badInput([{ path: part.fieldname, message: 'les champs doivent précéder le fichier' }]);
        if ((FIELDS as readonly string[]).includes(part.fieldname)) fields[part.fieldname] = String(part.value);
        continue;
      }
      if (part.fieldname !== 'file') {
        await drain(part.file);
        throw badInput([{ path: part.fieldname, message: 'le fichier est attendu dans le champ « file »' }]);
      }
      try {
        // The fields come first: checked before a byte of the file is stored.
        meta = parseMetadata(personId, fields);
        const shares = meta.shareWithMemberIds;
        await inRequestTx(request, 'read', (ctx) => checkShareMembers(ctx, personId, shares));
      } catch (err) {
        await drain(part.file);
        throw err;
      }
      stored = await storeEncrypted(request, part.file);
    }
    if (!stored || !meta) throw badInput([{ path: 'file', message: 'fichier manquant' }]);
    const [m, s] = [meta, stored];
    return await inRequestTx(request, 'write', (ctx) => recordUpload(ctx, personId, m, s));
  } catch (err) {
    // The row was not written (or was rolled back): the stored ciphertext would be an orphan.
    if (stored) {
      const key = stored.storageKey;
      await request.server.services.documentStore
        .delete(key)
        .catch(() => request.log.error({ storageKey: key }, 'orphan document object could not be deleted'));
    }
    throw err;
  }
}

const sealOf = (doc: DocumentRow) => ({
  iv: doc.iv,
  authTag: doc.authTag,
  wrappedKey: doc.wrappedKey,
  keyId: doc.keyId,
});

/**
 * Why a stored document cannot be served, or null when it verified. A store that could not be read (or
 * not to its end) is SERVICE_UNAVAILABLE, nothing recorded against the document; anything else propagates.
 */
async function verificationFailure(request: FastifyRequest, doc: DocumentRow): Promise<string | null> {
  const { documentStore, documentKeys } = request.server.services;
  let storeFailed = false;
  const open = async () => {
    const stored = await documentStore.get(doc.storageKey).catch((err: unknown) => {
      storeFailed = !(err instanceof StoredObjectMissing);
      throw err;
    });
    return stored.once('error', () => (storeFailed = true));
  };
  try {
    await verifyDocument(documentKeys, sealOf(doc), doc.id, open, doc.sizeBytes);
    return null;
  } catch (err) {
    if (err instanceof DocumentIntegrityError) return err.reason;
    if (err instanceof StoredObjectMissing) return 'missing-object';
    if (err instanceof DocumentKeyUnavailable) return 'key-unavailable';
    if (storeFailed) throw storeUnavailable(request, 'get', err);
    throw err;
  }
}

async function download(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) {
  const decision = await inRequestTx(request, 'read', (ctx) => decideRead(ctx, request.params.id));
  if (!decision.allowed) throw new AppError('FORBIDDEN', NOT_SHARED_MESSAGE);
  const doc = decision.document;

  // First pass: decrypt to nowhere and check the tag, so that a changed byte is caught before any is sent.
  const failure = await verificationFailure(request, doc);
  await inRequestTx(request, 'write', (ctx) =>
    failure ? auditIntegrityFailure(ctx, doc, failure) : auditRead(ctx, doc),
  );
  if (failure) {
    request.log.warn({ documentId: doc.id, reason: failure }, 'document refused: integrity check failed');
    throw new AppError('INTERNAL', failure === 'key-unavailable' ? KEY_UNAVAILABLE_MESSAGE : TAMPERED_MESSAGE);
  }

  // Second pass, streamed. Should the object change between the passes, the tag fails at the end and the
  // stream errors: the response is cut short of its Content-Length, never completed with altered bytes.
  const { documentStore, documentKeys } = request.server.services;
  const decipher = createDocumentDecryption(documentKeys, sealOf(doc), doc.id);
  const stored = await documentStore.get(doc.storageKey).catch((err: unknown) => {
    throw storeUnavailable(request, 'get', err);
  });
  const plaintext = pipeline(stored, decipher, (err) => {
    if (err)
      request.log.error({ documentId: doc.id, errorName: err.name }, 'document stream failed after verification');
  });
  return reply
    .header('content-type', doc.contentType)
    .header('content-length', String(doc.sizeBytes))
    .header('content-disposition', `attachment; filename="${downloadFileName(doc.title, doc.contentType)}"`)
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send(plaintext);
}

/** REST routes of the armoire numérique (docs/domain.md §4): multipart upload, streamed download. */
export async function registerDocumentRoutes(app: FastifyInstance): Promise<void> {
  await app.register(async (scope) => {
    // fileSize: the limit cuts the stream and flags it (truncated), which storeEncrypted turns into 413.
    await scope.register(multipart, {
      limits: { fileSize: DOCUMENT_MAX_BYTES, files: 1, fields: 10, fieldSize: 4096, parts: 12 },
    });

    scope.post<{ Params: { id: string } }>(
      UPLOAD_ROUTE,
      {
        config: { policy: socialWorker, action: UPLOAD_ACTION, subjectType: 'accompanied_person' },
        schema: {
          summary:
            "Put a document in a PA's armoire numérique (multipart: title, category, shareWithMemberIds, then file)",
          description: [
            "Social workers on the PA's liste d'accompagnement. Fields, before the file: `title`, `category` ",
            `(${DOCUMENT_CATEGORIES.join(', ')}), \`shareWithMemberIds\` (optional, comma-separated ids of active entries of the list, `,
            'each recorded as a PARTAGE_DOCUMENT consent). Then `file`: ',
            `${DOCUMENT_CONTENT_TYPES.join(', ')}, detected from the content; at most ${DOCUMENT_MAX_BYTES} bytes (413 beyond, 415 for another type). `,
            'Stored encrypted (AES-256-GCM, a key per document wrapped by the master key). Audited `parcours.document_upload`. ',
            'While the document store cannot be written, 503 with Retry-After, and nothing is kept.',
          ].join(''),
          tags: ['parcours'],
          consumes: ['multipart/form-data'],
          params: {
            type: 'object',
            properties: { id: { type: 'string', description: 'the person accompanied' } },
            required: ['id'],
          },
          body: {
            type: 'object',
            properties: {
              title: { type: 'string', maxLength: 200 },
              category: { type: 'string', enum: [...DOCUMENT_CATEGORIES] },
              shareWithMemberIds: {
                type: 'string',
                description: 'comma-separated ids of entries of the liste d’accompagnement',
              },
              file: { type: 'string', format: 'binary' },
            },
            required: ['title', 'category', 'file'],
          },
          response: {
            201: {
              type: 'object',
              properties: {
                id: { type: 'string' },
                title: { type: 'string' },
                category: { type: 'string' },
                contentType: { type: 'string' },
                sizeBytes: { type: 'integer' },
              },
            },
          },
        },
        // The schemas above document the form for OpenAPI; the multipart stream is checked by the handler
        // (parts are read one by one, never attached to the body), the person's id by the service.
        validatorCompiler: () => () => true,
      },
      upload,
    );

    scope.get<{ Params: { id: string } }>(
      DOWNLOAD_ROUTE,
      {
        config: { policy: socialWorker, action: READ_ACTION, subjectType: 'locker_document' },
        schema: {
          summary: 'Download a document of the armoire numérique (streamed, after its integrity is verified)',
          description:
            'Only for an intervenant the PA shared it with (an active PARTAGE_DOCUMENT consent naming an active entry of the list that is the caller): ' +
            'otherwise 403 (audited DENIED), or 404 for a PA the caller is not listed for. A document that fails its integrity check is refused (500) and audited ' +
            '`parcours.document_integrity`; while the document store cannot be read, 503 with Retry-After. Every read is audited `parcours.document_read`.',
          tags: ['parcours'],
          produces: [...DOCUMENT_CONTENT_TYPES],
          params: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
          response: {
            200: { description: 'The document, as an attachment', type: 'string', format: 'binary' },
          },
        },
      },
      download,
    );
  });
}
