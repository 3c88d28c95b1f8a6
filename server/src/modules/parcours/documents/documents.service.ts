import DataLoader from 'dataloader';
import { and, asc, desc, eq, getTableColumns, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import {
  DOCUMENT_CATEGORIES,
  identity,
  parcoursSchemas,
  type DocumentCategory,
  type DocumentContentType,
} from '@maillage/shared';
import { deny, notVisible } from '../../../core/authz.js';
import { targetFromId, type AuditTarget } from '../../../core/audit-target.js';
import type { RequestContext } from '../../../core/context.js';
import { notify } from '../../notifications/events.js';
import { AppError, badInput, notFound } from '../../../core/errors.js';
import { zodFields } from '../../../core/http-errors.js';
import { activeEntrySql, hidden, socialWorkerOrganisations } from '../policy.js';
import { accompaniedPerson, accompanimentMember, consent, lockerDocument } from '../tables.js';
import type { DocumentSeal } from './crypto.js';
import { groupBy } from '../../../core/group-by.js';

/**
 * The armoire numérique's use cases (docs/domain.md §4): who may put a document in a PA's locker, who may
 * read one (only the intervenants the PA shared it with), and what is recorded. No HTTP here: the
 * routes stream, encrypt and store; this decides and writes the rows.
 */

export type DocumentRow = typeof lockerDocument.$inferSelect;
export type DocumentMemberRow = typeof accompanimentMember.$inferSelect;
/** A document as the GraphQL type resolves it; `readable` when already known for the caller. */
export type DocumentNode = DocumentRow & { readable?: boolean };

export const UPLOAD_ACTION = 'parcours.document_upload';
export const READ_ACTION = 'parcours.document_read';
export const INTEGRITY_ACTION = 'parcours.document_integrity';

export const NOT_SHARED_MESSAGE =
  "Ce document n'est pas partagé avec vous : la personne accompagnée ne l'a partagé qu'avec d'autres intervenants.";
export const TAMPERED_MESSAGE = "Le document est altéré : son intégrité n'a pas pu être vérifiée, il n'est pas servi.";
export const STORE_UNAVAILABLE_MESSAGE =
  'Le stockage des documents est momentanément indisponible : réessayez dans un instant.';
export const KEY_UNAVAILABLE_MESSAGE =
  "La clé qui protège ce document n'est pas configurée sur ce serveur : il ne peut pas être lu.";

const isUuid = (value: string) => identity.uuid.safeParse(value).success;

/** Only social workers keep lockers; anyone else is refused before any row is looked at. */
function requireSocialWorker(ctx: RequestContext, action: string, target: AuditTarget | null): void {
  if (socialWorkerOrganisations(ctx).length === 0) deny(ctx, action, 'role:SOCIAL_WORKER', target);
}

/**
 * A share of a document with the caller: an active PARTAGE_DOCUMENT consent naming an entry of the
 * document's PA list that is the caller and is active today. Checked at every request, so that a
 * withdrawal or an ended entry takes effect at once.
 */
const sharedWithCallerSql = (ctx: RequestContext, documentId: SQL | string): SQL => sql`exists (
  select 1 from ${consent} join ${accompanimentMember} on ${accompanimentMember.id} = ${consent.memberId}
  where ${consent.documentId} = ${documentId} and ${consent.kind} = 'PARTAGE_DOCUMENT' and ${isNull(consent.withdrawnAt)}
    and ${accompanimentMember.personId} = ${consent.personId} and ${accompanimentMember.userId} = ${ctx.actor!.userId} and ${activeEntrySql()})`;

/** Before reading the upload's body: the caller is a social worker on the PA's list (else 403 / 404). */
export async function checkUploadAccess(ctx: RequestContext, personId: string): Promise<void> {
  requireSocialWorker(ctx, UPLOAD_ACTION, targetFromId('accompanied_person', personId));
  if (!isUuid(personId)) throw notFound('Personne accompagnée');
  const [row] = await ctx.db
    .select({ id: accompaniedPerson.id })
    .from(accompaniedPerson)
    .where(eq(accompaniedPerson.id, personId));
  if (!row) await hidden(ctx, UPLOAD_ACTION, accompaniedPerson, personId, 'Personne accompagnée');
}

export interface DocumentMetadata {
  title: string;
  category: DocumentCategory;
  shareWithMemberIds: string[];
}

/** The form's text fields, checked with the shared schema; errors name the field. */
export function parseMetadata(personId: string, fields: Record<string, string | undefined>): DocumentMetadata {
  const share = (fields.shareWithMemberIds ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const result = parcoursSchemas.documentMetadataInput.safeParse({
    personId,
    title: fields.title ?? '',
    category: fields.category,
    shareWithMemberIds: share,
  });
  if (!result.success) {
    // The shared schema's enum speaks English when the category is off the list: said in French here.
    const categories = `catégorie attendue parmi ${DOCUMENT_CATEGORIES.join(', ')}`;
    throw badInput(zodFields(result.error).map((f) => (f.path === 'category' ? { ...f, message: categories } : f)));
  }
  const parsed = result.data;
  return { title: parsed.title, category: parsed.category, shareWithMemberIds: parsed.shareWithMemberIds };
}

/** The intervenants a document is shared with must be active entries of the same PA's list. */
export async function checkShareMembers(ctx: RequestContext, personId: string, memberIds: string[]): Promise<void> {
  if (memberIds.length === 0) return;
  const rows = await ctx.db
    .select({ id: accompanimentMember.id })
    .from(accompanimentMember)
    .where(
      and(inArray(accompanimentMember.id, memberIds), eq(accompanimentMember.personId, personId), activeEntrySql()),
    );
  const known = new Set(rows.map((r) => r.id));
  const missing = memberIds.map((id, i) => ({ id, i })).filter(({ id }) => !known.has(id));
  if (missing.length > 0) {
    throw new AppError(
      'BAD_USER_INPUT',
      "Saisie invalide : shareWithMemberIds (un document ne se partage qu'avec des intervenants présents aujourd'hui sur la liste d'accompagnement de la personne).",
      missing.map(({ i }) => ({
        path: `shareWithMemberIds.${i}`,
        message: "intervenant absent de la liste d'accompagnement active de la personne",
      })),
    );
  }
}

export interface StoredUpload {
  documentId: string;
  storageKey: string;
  contentType: DocumentContentType;
  sizeBytes: number;
  seal: DocumentSeal;
}

/** The caller's own entry of the PA's list active today (the uploader is on the list: the upload needs it). */
async function callerEntryOf(ctx: RequestContext, personId: string): Promise<string | null> {
  const [row] = await ctx.db
    .select({ id: accompanimentMember.id })
    .from(accompanimentMember)
    .where(
      and(
        eq(accompanimentMember.personId, personId),
        eq(accompanimentMember.userId, ctx.actor!.userId),
        activeEntrySql(),
      ),
    )
    .orderBy(asc(accompanimentMember.since))
    .limit(1);
  return row?.id ?? null;
}

/**
 * Writes the document's row and one PARTAGE_DOCUMENT consent per intervenant it is shared with, in the
 * request's transaction (the shares are checked again inside it), and audits the upload: its id,
 * category, size and number of shares, never its title.
 *
 * The uploader reads what they uploaded: the PA hands the document to this professional, so the
 * professional's own read is part of the upload's consent, recorded as a share with the uploader's
 * entry like any other (the consents list shows it, and the PA may withdraw it as any other share).
 */
export async function recordUpload(
  ctx: RequestContext,
  personId: string,
  meta: DocumentMetadata,
  stored: StoredUpload,
) {
  await checkShareMembers(ctx, personId, meta.shareWithMemberIds);
  const actorId = ctx.actor!.userId;
  const uploaderEntry = await callerEntryOf(ctx, personId);
  const others = meta.shareWithMemberIds.filter((id) => id !== uploaderEntry);
  const shares = uploaderEntry ? [uploaderEntry, ...others] : others;
  const [row] = await ctx.db
    .insert(lockerDocument)
    .values({
      id: stored.documentId,
      personId,
      title: meta.title,
      category: meta.category,
      contentType: stored.contentType,
      sizeBytes: stored.sizeBytes,
      storageKey: stored.storageKey,
      wrappedKey: stored.seal.wrappedKey,
      iv: stored.seal.iv,
      authTag: stored.seal.authTag,
      keyId: stored.seal.keyId,
      uploadedBy: actorId,
    })
    .returning();
  if (shares.length > 0) {
    await ctx.db.insert(consent).values(
      shares.map((memberId) => ({
        personId,
        kind: 'PARTAGE_DOCUMENT',
        documentId: stored.documentId,
        memberId,
        recordedBy: actorId,
      })),
    );
  }
  await ctx.audit({
    action: UPLOAD_ACTION,
    subjectType: 'locker_document',
    subjectId: stored.documentId,
    // shareCount: the other intervenants the PA chose; uploaderShare: the uploader's own read, recorded with them.
    details: {
      category: meta.category,
      contentType: stored.contentType,
      sizeBytes: stored.sizeBytes,
      shareCount: others.length,
      uploaderShare: uploaderEntry !== null,
    },
  });
  if (others.length > 0) await notifyShared(ctx, personId, stored.documentId, others);
  const doc = row!;
  return {
    id: doc.id,
    title: doc.title,
    category: doc.category,
    contentType: doc.contentType,
    sizeBytes: doc.sizeBytes,
    uploadedAt: doc.uploadedAt,
  };
}

/** The intervenants a document is now shared with hear of it (not its title: they open it signed in). */
export function notifyShared(ctx: RequestContext, personId: string, documentId: string, memberIds: string[]) {
  return notify(ctx, {
    kind: 'PARCOURS_DOCUMENT_SHARED',
    audience: { type: 'PERSON_INTERVENANTS', personId, memberIds },
    target: { type: 'locker_document', id: documentId },
    link: `/parcours/documents/${documentId}`,
  });
}

export type ReadDecision = { allowed: true; document: DocumentRow } | { allowed: false };

/**
 * Whether the caller may download the document. A document of a PA the caller does not see is
 * NOT_FOUND; one the caller sees but that is not shared with them is refused, and that refusal is
 * audited here (outcome DENIED, with the document) in a transaction that commits: the caller of this
 * function answers 403 after it.
 */
export async function decideRead(ctx: RequestContext, documentId: string): Promise<ReadDecision> {
  requireSocialWorker(ctx, READ_ACTION, targetFromId('locker_document', documentId));
  if (!isUuid(documentId)) throw notFound('Document');
  const [row] = await ctx.db
    .select({
      ...getTableColumns(lockerDocument),
      shared: sql<boolean>`${sharedWithCallerSql(ctx, sql`${lockerDocument.id}`)}`,
    })
    .from(lockerDocument)
    .where(eq(lockerDocument.id, documentId));
  if (!row) {
    // A PA the caller is not listed for, or no such document: NOT_FOUND either way, the attempt recorded.
    notVisible(ctx, READ_ACTION, { subjectType: 'locker_document', subjectId: documentId }, 'not-on-list');
    throw notFound('Document');
  }
  const { shared, ...document } = row;
  if (!shared) {
    await ctx.audit({
      action: READ_ACTION,
      outcome: 'DENIED',
      subjectType: 'locker_document',
      subjectId: documentId,
      details: { reason: 'not-shared' },
    });
    return { allowed: false };
  }
  return { allowed: true, document };
}

/** Once the content is verified, before a byte is sent: the read is audited. */
export async function auditRead(ctx: RequestContext, document: DocumentRow): Promise<void> {
  await ctx.audit({
    action: READ_ACTION,
    subjectType: 'locker_document',
    subjectId: document.id,
    details: { category: document.category, contentType: document.contentType, sizeBytes: document.sizeBytes },
  });
}

/** A document that failed its integrity check (or whose key is missing): recorded, never served. */
export async function auditIntegrityFailure(ctx: RequestContext, document: DocumentRow, reason: string): Promise<void> {
  await ctx.audit({
    action: INTEGRITY_ACTION,
    outcome: 'FAILURE',
    subjectType: 'locker_document',
    subjectId: document.id,
    details: { reason, keyId: document.keyId },
  });
}

/**
 * The documents of PAs the caller may see listed: those shared with the caller (readable) and those the
 * caller uploaded (readable unless the PA withdrew the uploader's share). The others stay out: their titles alone may say too much ("jugement de divorce").
 */
async function documentsByPersonIds(ctx: RequestContext, personIds: readonly string[]): Promise<DocumentNode[][]> {
  const rows = await ctx.db
    .select({
      ...getTableColumns(lockerDocument),
      readable: sql<boolean>`${sharedWithCallerSql(ctx, sql`${lockerDocument.id}`)}`,
    })
    .from(lockerDocument)
    .where(inArray(lockerDocument.personId, [...personIds]))
    .orderBy(desc(lockerDocument.uploadedAt), asc(lockerDocument.id));
  const userId = ctx.actor!.userId;
  return groupBy(
    personIds,
    rows.filter((r) => r.readable || r.uploadedBy === userId),
    (r) => r.personId,
  );
}

async function readableByDocumentIds(ctx: RequestContext, ids: readonly string[]): Promise<boolean[]> {
  const rows = await ctx.db
    .select({ id: lockerDocument.id })
    .from(lockerDocument)
    .where(and(inArray(lockerDocument.id, [...ids]), sharedWithCallerSql(ctx, sql`${lockerDocument.id}`)));
  const readable = new Set(rows.map((r) => r.id));
  return ids.map((id) => readable.has(id));
}

/** The entries a document is shared with now (active consents), oldest share first, each once. */
async function sharesByDocumentIds(ctx: RequestContext, ids: readonly string[]): Promise<DocumentMemberRow[][]> {
  const rows = await ctx.db
    .selectDistinctOn([consent.documentId, accompanimentMember.id], {
      documentId: consent.documentId,
      member: getTableColumns(accompanimentMember),
      givenAt: consent.givenAt,
      isUploader: sql<boolean>`coalesce(${accompanimentMember.userId} = ${lockerDocument.uploadedBy}, false)`,
    })
    .from(consent)
    .innerJoin(accompanimentMember, eq(accompanimentMember.id, consent.memberId))
    .innerJoin(lockerDocument, eq(lockerDocument.id, consent.documentId))
    .where(
      and(inArray(consent.documentId, [...ids]), eq(consent.kind, 'PARTAGE_DOCUMENT'), isNull(consent.withdrawnAt)),
    )
    .orderBy(consent.documentId, accompanimentMember.id, asc(consent.givenAt));
  // In the order they were given; the shares of one upload carry the same instant: the uploader's own first.
  rows.sort((a, b) => a.givenAt.getTime() - b.givenAt.getTime() || Number(b.isUploader) - Number(a.isUploader));
  return groupBy(ids, rows, (r) => r.documentId!).map((list) => list.map((r) => r.member));
}

/** One statement per hop and per request, however many PAs or documents a query holds. */
export const documentLoaders = {
  ofPerson: (ctx: RequestContext) =>
    ctx.loader(
      'parcoursDocumentsOfPerson',
      () => new DataLoader((ids: readonly string[]) => documentsByPersonIds(ctx, ids)),
    ),
  readable: (ctx: RequestContext) =>
    ctx.loader(
      'parcoursDocumentReadable',
      () => new DataLoader((ids: readonly string[]) => readableByDocumentIds(ctx, ids)),
    ),
  shares: (ctx: RequestContext) =>
    ctx.loader(
      'parcoursDocumentShares',
      () => new DataLoader((ids: readonly string[]) => sharesByDocumentIds(ctx, ids)),
    ),
};

/** The caller may download it: shared with the caller's active entry (known from the listing, else asked). */
export async function isReadable(ctx: RequestContext, doc: DocumentNode): Promise<boolean> {
  if (typeof doc.readable === 'boolean') return doc.readable;
  return documentLoaders.readable(ctx).load(doc.id);
}

/** What a caller who may not see a document's title is shown instead (a consent may name any document of the PA). */
export const UNSHARED_TITLE = 'Document non partagé avec vous';

/** The title, for a caller who may read the document or uploaded it; a neutral label for anyone else. */
export async function visibleTitle(ctx: RequestContext, doc: DocumentNode): Promise<string> {
  if (doc.uploadedBy === ctx.actor?.userId) return doc.title;
  return (await isReadable(ctx, doc)) ? doc.title : UNSHARED_TITLE;
}
