import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { repoRoot } from '../config.js';
import { AppError, badInput } from '../errors.js';
import { recordDenials } from '../request-state.js';

/**
 * Trusted documents (issue 20), the persisted documents of GraphQL over HTTP (its appendix A): a request
 * may send `documentId` (POST body or GET query string) instead of `query`, and the server runs the
 * document registered under that id. The ids are SHA-256 hex document identifiers: `sha256:` and the
 * lower-case hex SHA-256 of the document's text (UTF-8).
 *
 * Known ids: the SPA's own documents (generated with the web app's typed documents, read at start-up), and,
 * for a call with an API key, the documents an administrator registered for its service account. A key
 * restricted to trusted documents (`trustedDocumentsOnly`) sends nothing else: a document's text, or an id
 * it does not know, is refused here, before anything parses it, and the refusal is audited.
 */

export const DOCUMENT_ID_PATTERN = /^sha256:[0-9a-f]{64}$/;

/** The SHA-256 hex document identifier of a document's text. */
export const documentIdOf = (text: string) => `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;

/**
 * The SPA's documents, as the web app's codegen writes them (client preset, `persistedDocuments`): a JSON
 * object from id to text. Only the pages' target writes one (web/codegen.ts): the shell's few documents
 * travel as text, to keep the first page's bundle within its budget.
 */
export const SPA_DOCUMENT_FILES = ['web/src/gql/persisted-documents.json'];

/**
 * Reads the SPA's documents: id → text. A file that is not there (codegen never run) adds nothing; an id
 * that is not its text's fails the start-up (a file edited by hand, or another hash algorithm).
 */
export function loadSpaDocuments(root = repoRoot, files = SPA_DOCUMENT_FILES): ReadonlyMap<string, string> {
  const documents = new Map<string, string>();
  for (const file of files) {
    const full = path.join(root, file);
    if (!fs.existsSync(full)) continue;
    const entries = JSON.parse(fs.readFileSync(full, 'utf8')) as Record<string, unknown>;
    for (const [id, text] of Object.entries(entries)) {
      if (typeof text !== 'string' || documentIdOf(text) !== id) {
        throw new Error(`${file}: the document ${id} is not the SHA-256 of its text (run the web app's codegen again)`);
      }
      documents.set(id, text);
    }
  }
  return documents;
}

/** The reason a refusal of a key restricted to trusted documents is recorded under (details.policy). */
export const TRUSTED_ONLY_POLICY = 'trusted-documents-only';

const required = () =>
  new AppError(
    'PERSISTED_DOCUMENT_REQUIRED',
    'Cette clé d’API n’accepte que des documents enregistrés : envoyez `documentId` (« sha256: » suivi du SHA-256 du texte d’un document enregistré pour son compte de service) au lieu de `query`.',
  );
const unknown = (trustedOnly: boolean) =>
  new AppError(
    'PERSISTED_DOCUMENT_NOT_FOUND',
    trustedOnly
      ? 'Document inconnu : ce `documentId` n’est enregistré ni pour le compte de service de cette clé, ni pour l’application web.'
      : 'Document inconnu : ce `documentId` n’est pas enregistré. Envoyez le texte du document (`query`), ou faites-le enregistrer.',
  );

/** The text registered under `documentId` for a service account, if any (as the server: before the request's transaction). */
async function registeredText(request: FastifyRequest, serviceAccountId: string, documentId: string) {
  const { rows } = await request.server.services.database.db.execute<{ body: string }>(
    sql`select body from trusted_document where service_account_id = ${serviceAccountId}::uuid and document_id = ${documentId}`,
  );
  return rows[0]?.body;
}

/**
 * Turns a persisted document request into a GraphQL-over-HTTP one (sets `query` to the document's text),
 * and refuses what a key restricted to trusted documents may not send. Runs before the request's other
 * checks and before Mercurius parses anything.
 */
export async function resolveTrustedDocument(
  request: FastifyRequest,
  spaDocuments: ReadonlyMap<string, string>,
): Promise<void> {
  const raw = request.method === 'GET' ? request.query : request.body;
  const params = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
  const actor = request.actor;
  const key = actor?.apiKey;
  const trustedOnly = key?.trustedDocumentsOnly === true;
  const refuse = async (error: AppError, details: Record<string, unknown>) => {
    if (trustedOnly) {
      await recordDenials(request, [
        {
          action: 'trusted_document.refuse',
          reason: TRUSTED_ONLY_POLICY,
          subjectType: 'api_key',
          subjectId: key!.id,
          details,
        },
      ]);
    }
    throw error;
  };

  const documentId = params?.documentId;
  if (documentId === undefined || documentId === null) {
    if (trustedOnly) await refuse(required(), { sent: 'query' });
    return;
  }
  if (typeof documentId !== 'string') throw badInput([{ path: 'documentId', message: 'doit être une chaîne' }]);
  if (params!.query !== undefined && params!.query !== null) {
    throw badInput([{ path: 'documentId', message: 'envoyez `documentId` ou `query`, pas les deux' }]);
  }
  let text: string | undefined;
  if (DOCUMENT_ID_PATTERN.test(documentId)) {
    text = spaDocuments.get(documentId);
    if (text === undefined && key) text = await registeredText(request, actor!.userId, documentId);
  }
  if (text === undefined) {
    return refuse(unknown(trustedOnly), {
      sent: 'documentId',
      // Only a well-formed id is recorded: anything else the caller sent stays out of the log.
      ...(DOCUMENT_ID_PATTERN.test(documentId) ? { documentId } : {}),
    });
  }
  params!.query = text;
}
