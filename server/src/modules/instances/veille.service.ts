import { eq, sql } from 'drizzle-orm';
import { identity, tools } from '@maillage/shared';
import { deny } from '../../core/authz.js';
import type { RequestContext } from '../../core/context.js';
import { notFound, staleVersion } from '../../core/errors.js';
import { parseInput } from '../../core/validation.js';
import { appUser } from '../identity/tables.js';
import { isReferentOf } from '../psad/policy.js';
import { veilleDocument } from './tables.js';
import { readTextKeyPage, textKeyPageOf, type Connection, type PageArgs } from '../../core/pagination.js';
import { TOOLS_PAGE_MAX } from './tools-pages.js';

export type VeilleDocumentRow = typeof veilleDocument.$inferSelect;

async function mustBeReferent(ctx: RequestContext, platformId: string, action: string, subjectId?: string) {
  if (!(await isReferentOf(ctx, platformId)))
    deny(
      ctx,
      action,
      'not-referent',
      subjectId ? { subjectType: 'veille_document', subjectId } : { subjectType: 'platform', subjectId: platformId },
    );
}

/** The document, locked, for a change by a referent of its platform at the version they read. */
async function documentForChange(ctx: RequestContext, id: string, version: number, action: string) {
  const [seen] = await ctx.db
    .select({ platformId: veilleDocument.platformId })
    .from(veilleDocument)
    .where(eq(veilleDocument.id, id));
  if (!seen) throw notFound('Document');
  await mustBeReferent(ctx, seen.platformId, action, id);
  const [row] = await ctx.db.select().from(veilleDocument).where(eq(veilleDocument.id, id)).for('update');
  if (!row) throw notFound('Document');
  if (row.version !== version) throw staleVersion('Le document');
  return row;
}

export async function addVeilleDocument(ctx: RequestContext, raw: unknown): Promise<VeilleDocumentRow> {
  const input = parseInput(tools.addVeilleDocument, raw);
  await mustBeReferent(ctx, input.platformId, 'veille_document.add');
  // Kept with the document: its readers of a partner organisation may not read the adder's user row.
  const [adder] = await ctx.db
    .select({ name: appUser.displayName })
    .from(appUser)
    .where(eq(appUser.id, ctx.actor!.userId));
  const [row] = await ctx.db
    .insert(veilleDocument)
    .values({
      platformId: input.platformId,
      title: input.title,
      url: input.url,
      publishedOn: input.publishedOn,
      summary: input.summary,
      addedBy: ctx.actor!.userId,
      addedByName: adder?.name ?? null,
    })
    .returning();
  await ctx.audit({ action: 'veille_document.add', subjectType: 'veille_document', subjectId: row!.id });
  return row!;
}

export async function updateVeilleDocument(ctx: RequestContext, raw: unknown): Promise<VeilleDocumentRow> {
  const input = parseInput(tools.updateVeilleDocument, raw);
  const row = await documentForChange(ctx, input.id, input.version, 'veille_document.update');
  const [updated] = await ctx.db
    .update(veilleDocument)
    .set({
      title: input.title,
      url: input.url,
      publishedOn: input.publishedOn,
      summary: input.summary,
      version: row.version + 1,
      updatedAt: new Date(),
    })
    .where(eq(veilleDocument.id, row.id))
    .returning();
  await ctx.audit({ action: 'veille_document.update', subjectType: 'veille_document', subjectId: row.id });
  return updated!;
}

export async function deleteVeilleDocument(ctx: RequestContext, raw: unknown): Promise<boolean> {
  const input = parseInput(tools.deleteVeilleDocument, raw);
  const row = await documentForChange(ctx, input.id, input.version, 'veille_document.delete');
  await ctx.db.delete(veilleDocument).where(eq(veilleDocument.id, row.id));
  await ctx.audit({ action: 'veille_document.delete', subjectType: 'veille_document', subjectId: row.id });
  return true;
}

/** The veille the caller sees, newest first (by publication date, else by when it was added), a page at a time. */
export async function listVeilleDocuments(
  ctx: RequestContext,
  rawPlatformId: string | null | undefined,
  args: PageArgs = {},
): Promise<Connection<VeilleDocumentRow>> {
  const platformId = rawPlatformId ? parseInput(identity.uuid, rawPlatformId, 'platformId') : null;
  const page = textKeyPageOf(args, TOOLS_PAGE_MAX);
  const sortKey = sql<string>`(to_char(coalesce(${veilleDocument.publishedOn}, (${veilleDocument.createdAt} at time zone 'Europe/Paris')::date), 'YYYY-MM-DD') || ' ' || to_char(${veilleDocument.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')) collate "C"`;
  const where = platformId ? eq(veilleDocument.platformId, platformId) : undefined;
  return readTextKeyPage(ctx.db, veilleDocument, { where, sortKey, direction: 'desc', page });
}
