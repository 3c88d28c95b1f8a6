/**
 * Trusted documents (issue 20): the GraphQL documents a service account's keys may send by their id
 * (`documentId`: « sha256: » and the hex SHA-256 of the document's text) instead of their text. A key
 * restricted to trusted documents sends nothing else.
 */
import { z } from 'zod';

/** Documents an administrator registers in one call. */
export const TRUSTED_DOCUMENTS_PER_CALL = 50;
/** Documents a service account may hold. */
export const TRUSTED_DOCUMENTS_PER_ACCOUNT = 500;
/** Characters of one document's text. */
export const TRUSTED_DOCUMENT_MAX_CHARS = 20_000;

/** The texts of the documents to register, each exactly as the client will hash it. */
export const trustedDocumentTexts = z
  .array(
    z
      .string()
      .refine((text) => text.trim().length > 0, 'le document est vide')
      .refine((text) => text.length <= TRUSTED_DOCUMENT_MAX_CHARS, `${TRUSTED_DOCUMENT_MAX_CHARS} caractères au plus`),
  )
  .min(1, 'au moins un document')
  .max(TRUSTED_DOCUMENTS_PER_CALL, `${TRUSTED_DOCUMENTS_PER_CALL} documents au plus par envoi`);
