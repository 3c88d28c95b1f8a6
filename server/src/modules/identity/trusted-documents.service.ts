import { and, asc, count, eq, sql } from 'drizzle-orm';
import { GraphQLError, Kind, buildSchema, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { identity } from '@maillage/shared';
import { TRUSTED_DOCUMENTS_PER_ACCOUNT, trustedDocumentTexts } from '@maillage/shared/api';
import type { RequestContext } from '../../core/context.js';
import { AppError, badInput, notFound } from '../../core/errors.js';
import { GRAPHQL_LIMITS, loadSchemaSource } from '../../core/graphql/plugin.js';
import { documentIdOf } from '../../core/graphql/trusted-documents.js';
import { parseInput } from '../../core/validation.js';
import { appUser, membership, trustedDocument } from './tables.js';

/** A registered document as the API shows it. */
export type TrustedDocumentRow = typeof trustedDocument.$inferSelect;

const byCreation = [asc(trustedDocument.createdAt), asc(trustedDocument.documentId)];

/**
 * The schema the documents are checked against: the served SDL, built with this package's graphql (the
 * schema Mercurius serves may come from graphql's other module format, which its functions refuse).
 */
let schema: GraphQLSchema | null = null;
const servedSchema = () => (schema ??= buildSchema(loadSchemaSource()));

export async function listTrustedDocuments(ctx: RequestContext, userId: string): Promise<TrustedDocumentRow[]> {
  parseInput(identity.uuid, userId, 'userId');
  return ctx.db
    .select()
    .from(trustedDocument)
    .where(eq(trustedDocument.serviceAccountId, userId))
    .orderBy(...byCreation);
}

/** The document's operations' names (an anonymous operation has none), or the reason it cannot be run. */
function checkDocument(text: string): { names: string[] } | { error: string } {
  let document: DocumentNode;
  try {
    document = parse(text, { maxTokens: GRAPHQL_LIMITS.tokens });
  } catch (err) {
    return { error: `ne se lit pas comme un document GraphQL (${(err as GraphQLError).message})` };
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length === 0) return { error: 'ne déclare aucune opération' };
  const errors = validate(servedSchema(), document);
  if (errors.length > 0) return { error: `ne correspond pas au schéma (${errors[0]!.message})` };
  return { names: operations.flatMap((o) => (o.name ? [o.name.value] : [])) };
}

/**
 * Registers documents for a service account: each under its id (`sha256:` and the hex SHA-256 of its
 * exact text), once (registering a document again changes nothing). Each must be a GraphQL document the
 * schema accepts. Returns the documents given, registered, in the order given.
 */
export async function registerTrustedDocuments(
  ctx: RequestContext,
  userId: string,
  rawTexts: unknown,
): Promise<TrustedDocumentRow[]> {
  parseInput(identity.uuid, userId, 'userId');
  const texts = parseInput(trustedDocumentTexts, rawTexts, 'documents');
  const checked = texts.map((text, i) => ({ text, i, check: checkDocument(text) }));
  const wrong = checked.flatMap(({ i, check }) =>
    'error' in check ? [{ path: `documents.${i}`, message: check.error }] : [],
  );
  if (wrong.length > 0) throw badInput(wrong);

  const [account] = await ctx.db
    .select({ active: appUser.active })
    .from(appUser)
    .where(
      and(
        eq(appUser.id, userId),
        sql`exists (select 1 from ${membership} where ${membership.userId} = ${appUser.id} and 'SERVICE_ACCOUNT' = any(${membership.roles}))`,
      ),
    );
  if (!account) {
    throw new AppError(
      'BAD_USER_INPUT',
      'Des documents de confiance ne s’enregistrent que pour un compte de service.',
      [{ path: 'userId', message: 'ce compte n’a pas le rôle compte de service' }],
    );
  }

  const unique = new Map(checked.map(({ text, check }) => [documentIdOf(text), { text, check }]));
  const inserted = await ctx.db
    .insert(trustedDocument)
    .values(
      [...unique].map(([documentId, { text, check }]) => ({
        serviceAccountId: userId,
        documentId,
        body: text,
        operationNames: 'names' in check ? check.names : [],
        createdBy: ctx.actor!.userId,
      })),
    )
    .onConflictDoNothing()
    .returning({ documentId: trustedDocument.documentId });
  const [{ held } = { held: 0 }] = await ctx.db
    .select({ held: count() })
    .from(trustedDocument)
    .where(eq(trustedDocument.serviceAccountId, userId));
  if (held > TRUSTED_DOCUMENTS_PER_ACCOUNT) {
    throw new AppError(
      'CONFLICT',
      `Un compte de service tient ${TRUSTED_DOCUMENTS_PER_ACCOUNT} documents de confiance au plus : retirez-en avant d’en ajouter.`,
      'RULE_REFUSED',
      [{ path: 'documents', message: `${TRUSTED_DOCUMENTS_PER_ACCOUNT} documents au plus par compte de service` }],
    );
  }
  await ctx.audit({
    action: 'trusted_document.register',
    subjectType: 'user',
    subjectId: userId,
    details: { documentIds: [...unique.keys()], added: inserted.length },
  });
  const rows = new Map((await listTrustedDocuments(ctx, userId)).map((r) => [r.documentId, r]));
  return [...unique.keys()].map((documentId) => rows.get(documentId)!);
}

/** Removes one registered document: the service account's keys can no longer send it. */
export async function removeTrustedDocument(ctx: RequestContext, id: string): Promise<TrustedDocumentRow> {
  parseInput(identity.uuid, id, 'id');
  const [row] = await ctx.db.delete(trustedDocument).where(eq(trustedDocument.id, id)).returning();
  if (!row) throw notFound('Document de confiance');
  await ctx.audit({
    action: 'trusted_document.remove',
    subjectType: 'trusted_document',
    subjectId: id,
    details: { serviceAccount: row.serviceAccountId, documentId: row.documentId },
  });
  return row;
}
