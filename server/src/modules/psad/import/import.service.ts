/**
 * SIEI list imports and signals (docs/domain.md §2 "Repérage", issue 3).
 *
 * Decisions:
 * - `accepted` counts the rows of the file that will be written (every row the parser kept, the
 *   merged ones included); `merged` counts those among them matched to a young person already
 *   known on the platform. So `total = accepted + rejected + duplicatesInFile`.
 * - Matching (docs/domain.md §2, list-writes.ts): same INE; else same matchKey when the INE is missing
 *   on either side (two different INEs are two people).
 * - A match updates the contact details (address, postal code, commune, phone, e-mail) only where
 *   the file has a value that differs: the same file confirmed again changes no row.
 * - The preview stores the file, parses it and matches its rows against the platform's young people;
 *   nothing else is written. The confirm takes the preview's rows where this process kept them
 *   (previewed-rows.ts), else reads the stored file again (as of the upload's day: the same rows),
 *   matches them against the list as it is then (it may have changed since the preview) and writes
 *   people, cases and events (list-writes.ts) in the request's transaction: all or nothing. The file
 *   stays stored with the import.
 * - An import of another platform is NOT_FOUND to a referent (its existence is not disclosed),
 *   FORBIDDEN (audited) to anyone who is no referent at all.
 */
import { createHash } from 'node:crypto';
import { and, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import { stringify } from 'csv-stringify/sync';
import { identity, psad } from '@maillage/shared';
import type { RequestContext } from '../../../core/context.js';
import { keyActsForPlatform } from '../../../core/api-scopes.js';
import { notify } from '../../notifications/events.js';
import { emitWebhookEvents } from '../../webhooks/service.js';
import { deny, notVisible } from '../../../core/authz.js';
import { asOwner } from '../../../core/db/actor-tx.js';
import type { Database, Tx } from '../../../core/db/driver.js';
import { AppError, notFound } from '../../../core/errors.js';
import { CONTENT_TYPES, fileNameSlug, neutralise, type ExportFile } from '../../../core/export-file.js';
import { parseInput } from '../../../core/validation.js';
import { referentPlatformIds } from '../platforms.service.js';
import { platform, platformPartner, sieiImport } from '../tables.js';
import { previewMerges, writeList, type CaseOrigin, type MergedRow } from './list-writes.js';
import { keepPreviewedRows, takePreviewedRows } from './previewed-rows.js';
import {
  ListFormatError,
  matchKeyOf,
  readSieiList,
  type DuplicateDetail,
  type ParsedList,
  type RejectedOriginal,
  type RejectedRow,
  type SampleRow,
  type SieiRow,
} from './parse.js';

export interface ImportReport {
  total: number;
  accepted: number;
  merged: number;
  rejected: RejectedRow[];
  duplicatesInFile: number;
  warnings: number;
}

export interface ConfirmReport extends ImportReport {
  /** Young people written for the first time. */
  created: number;
  /** Known young people whose contact details changed. */
  updated: number;
  /** New cases (A_TRAITER) opened, new episodes included. */
  casesOpened: number;
}

/** An import's report as stored: the counts of its preview, those of its confirmation once confirmed. */
export type StoredReport = ImportReport &
  Partial<Omit<ConfirmReport, keyof ImportReport>> & {
    /** How the file was read (parse.ts). */
    encoding?: string;
    separator?: string;
    /** The confirmation's own counts, once confirmed. */
    confirmed?: { created: number; updated: number; casesOpened: number; merged: number };
  };

/** The report of an import whose file is still being read: replaced in the same transaction. */
const READING: StoredReport = { total: 0, accepted: 0, merged: 0, rejected: [], duplicatesInFile: 0, warnings: 0 };

/**
 * What the preview shows beyond the counts, every part bounded (parse.ts, list-writes.ts): the
 * header and first rows as read, the first duplicates within the file and the first rows matched
 * to a young person already known, each named by its key fields so that the referent can check it.
 */
export interface PreviewDetails {
  columns: string[];
  sample: (Omit<SampleRow, 'outcome'> & { outcome: SampleRow['outcome'] | 'MERGED' })[];
  duplicates: (Omit<DuplicateDetail, 'matchedOn'> & { matchedOn: 'INE' | 'IDENTITY' })[];
  merged: MergedRow[];
}

/**
 * An import as it is listed and acted on: everything but the stored file (up to 50 MB), which only
 * stays for the record, and the preview's details and rejected records, read only where shown.
 */
const {
  content: _content,
  preview: _preview,
  rejectedLines: _rejectedLines,
  ...importColumns
} = getTableColumns(sieiImport);
export type ImportRow = Omit<typeof sieiImport.$inferSelect, 'content' | 'preview' | 'rejectedLines'>;

async function requireReferent(ctx: RequestContext, platformId: string, action: string): Promise<void> {
  const ids = await referentPlatformIds(ctx);
  if (!ids.includes(platformId)) deny(ctx, action, 'psad-referent', { subjectType: 'platform', subjectId: platformId });
}

/**
 * Serialises the writers of a platform's list (confirms and signals) until the transaction ends,
 * so that two of them never both insert the same new young person.
 */
async function lockPlatformList(db: Tx, platformId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`psad_list:${platformId}`}))`);
}

function reportOf(parsed: ParsedList, merged: number): ImportReport {
  return {
    total: parsed.total,
    accepted: parsed.rows.length,
    merged,
    rejected: parsed.rejected,
    duplicatesInFile: parsed.duplicatesInFile.length,
    warnings: parsed.warnings.length,
  };
}

const counts = (r: ImportReport) => ({
  total: r.total,
  accepted: r.accepted,
  merged: r.merged,
  rejected: r.rejected.length,
  duplicatesInFile: r.duplicatesInFile,
  warnings: r.warnings,
});

async function parseList(content: Buffer, importDate: Date): Promise<ParsedList> {
  try {
    return await readSieiList(content, { importDate });
  } catch (err) {
    if (err instanceof ListFormatError)
      throw new AppError('BAD_USER_INPUT', err.message, [{ path: 'file', message: err.message }]);
    throw err;
  }
}

export interface UploadInput {
  platformId: string;
  campaign: unknown;
  fileName: string;
  content: Buffer | null;
}

/** The sample rows with the matched ones said so, the duplicates with the API's spelling. */
function previewOf(parsed: ParsedList, merged: MergedRow[]): PreviewDetails {
  const mergedByLine = new Map(merged.map((m) => [m.line, m]));
  return {
    columns: parsed.header,
    sample: parsed.sample.map((row) => {
      const known = row.outcome === 'ACCEPTED' ? mergedByLine.get(row.line) : undefined;
      return known
        ? { ...row, outcome: 'MERGED' as const, note: `Déjà connu : ${known.known.lastName} ${known.known.firstNames}` }
        : row;
    }),
    duplicates: parsed.duplicateDetails.map((d) => ({
      ...d,
      matchedOn: d.matchedOn === 'ine' ? ('INE' as const) : ('IDENTITY' as const),
    })),
    merged,
  };
}

/** Stores an uploaded list and returns its preview. Nothing is written to the list itself. */
export async function uploadImport(ctx: RequestContext, input: UploadInput) {
  const platformId = parseInput(identity.uuid, input.platformId, 'platformId');
  await requireReferent(ctx, platformId, 'psad_import.upload');
  const campaign = parseInput(psad.campaign, input.campaign ?? '', 'campaign');
  if (!input.content || input.content.length === 0)
    throw new AppError('BAD_USER_INPUT', 'Aucun fichier reçu.', [
      { path: 'file', message: 'fichier manquant ou vide' },
    ]);
  const fileName = (input.fileName || 'liste.csv').slice(0, 255);
  // The day the list is read as of (ages, dates in the future), stored: the confirm reads it again as of then.
  const uploadedAt = new Date();
  // The file is stored while it is parsed (the parse yields to the event loop): a 12 MB list costs the
  // database about 0.3 s, which overlaps the parse's CPU. A file that does not parse rolls the
  // request's transaction back, the stored copy with it.
  const stored = ctx.db
    .insert(sieiImport)
    .values({
      platformId,
      campaign,
      fileName,
      fileSha256: createHash('sha256').update(input.content).digest('hex'),
      content: input.content,
      status: 'PREVIEW',
      report: READING,
      uploadedBy: ctx.actor!.userId,
      uploadedAt,
    })
    .returning({ id: sieiImport.id })
    .execute();
  let parsed: ParsedList;
  try {
    parsed = await parseList(input.content, uploadedAt);
  } catch (err) {
    await stored.catch(() => undefined);
    throw err;
  }
  const [row] = await stored;
  // Owner on purpose, as the confirm's matching (list-writes.ts): the rows are matched against every young
  // person of the platform, as the confirm will. The caller was checked as the platform's referent above.
  const merges = await asOwner(ctx.db, ctx.actor!, (tx) => previewMerges(tx, platformId, parsed.rows));
  const report = reportOf(parsed, merges.merged);
  const preview = previewOf(parsed, merges.listed);
  await ctx.db
    .update(sieiImport)
    .set({
      report: { ...report, encoding: parsed.encoding, separator: parsed.separator },
      preview,
      rejectedLines: parsed.rejectedOriginals,
    })
    .where(eq(sieiImport.id, row!.id));
  keepPreviewedRows(row!.id, parsed.rows);
  await ctx.audit({
    action: 'psad_import.upload',
    subjectType: 'siei_import',
    subjectId: row!.id,
    details: { campaign, ...counts(report) },
  });
  return { importId: row!.id, ...report, preview };
}

/** An import the actor may act on: referents of its platform only. */
async function visibleImport(ctx: RequestContext, rawId: unknown, action: string): Promise<ImportRow> {
  const id = parseInput(identity.uuid, rawId, 'importId');
  const [row] = await ctx.db.select(importColumns).from(sieiImport).where(eq(sieiImport.id, id));
  if (!row) {
    const target = { subjectType: 'siei_import', subjectId: id };
    if ((await referentPlatformIds(ctx)).length === 0) deny(ctx, action, 'psad-referent', target);
    // Another platform's import, or none: NOT_FOUND either way, the attempt recorded.
    notVisible(ctx, action, target);
    throw notFound('Import');
  }
  return row;
}

/**
 * The rows of an import's stored file, read again as of its upload's day: those its preview accepted.
 * The file (up to 50 MB) is garbage once read.
 */
async function storedRows(db: Tx, row: ImportRow): Promise<SieiRow[]> {
  const [stored] = await db.select({ content: sieiImport.content }).from(sieiImport).where(eq(sieiImport.id, row.id));
  return (await parseList(stored!.content, row.uploadedAt)).rows;
}

/** Writes the list of a previewed import, once: every accepted and merged row, one transaction. */
export async function confirmImport(
  ctx: RequestContext,
  rawId: unknown,
): Promise<ConfirmReport & { importId: string }> {
  const row = await visibleImport(ctx, rawId, 'psad_import.confirm');
  await requireReferent(ctx, row.platformId, 'psad_import.confirm');
  // Claimed first: a second confirm, even concurrent, finds it CONFIRME.
  const claimed = await ctx.db
    .update(sieiImport)
    .set({ status: 'CONFIRME', confirmedAt: new Date() })
    .where(and(eq(sieiImport.id, row.id), eq(sieiImport.status, 'PREVIEW')))
    .returning({ id: sieiImport.id });
  if (claimed.length === 0) throw new AppError('CONFLICT', 'Cet import a déjà été confirmé.', 'TRANSITION_REFUSED');
  await lockPlatformList(ctx.db, row.platformId);

  const previewed: ImportReport = row.report;
  // Owner on purpose (a system write, not a lookup): the list is matched against every young person of
  // the platform and written with COPY (list-writes.ts), up to 100,000 rows. Checked first: a referent
  // of the import's platform (requireReferent), the import claimed once. The rows are handed over
  // without being kept here: writeList lets them go once the people are written.
  const written = await asOwner(ctx.db, ctx.actor!, async (tx) =>
    writeList(tx, row.platformId, ctx.actor!.userId, takePreviewedRows(row.id) ?? (await storedRows(tx, row)), {
      source: 'SIEI',
      campaign: row.campaign,
      importId: row.id,
      signalSource: null,
    }),
  );
  const { created, updated, opened: casesOpened } = written;
  const report: ConfirmReport = { ...previewed, merged: written.merged, created, updated, casesOpened };
  await ctx.db
    .update(sieiImport)
    .set({
      report: {
        ...row.report,
        ...report,
        confirmed: { created, updated, casesOpened, merged: written.merged },
      },
    })
    .where(eq(sieiImport.id, row.id));
  await ctx.audit({
    action: 'psad_import.confirm',
    subjectType: 'siei_import',
    subjectId: row.id,
    details: { ...counts(report), created, updated, casesOpened },
  });
  return { importId: row.id, ...report };
}

/** The tables a confirm writes (list-writes.ts writeRows): people, their cases, the cases' events. */
const CONFIRMED_TABLES = ['young_person', 'psad_case', 'case_event'] as const;

/**
 * Once a confirm has committed: ANALYZE the tables it wrote, so that the next worklist and dashboard
 * queries plan on the list's new size (PGlite has no autovacuum; on PostgreSQL this comes before
 * autovacuum would). Outside the request's transaction, on the owner's handle (only a table's owner may
 * analyze it); one statement per table, so that on PostgreSQL each runs on a connection of its own, at
 * once (0.75 s in a row for a 100,000-row list, each table on one CPU). A failure is logged, with the
 * error's name and SQLSTATE only, and never fails the confirm.
 */
export async function refreshConfirmedStatistics(
  database: Database,
  log: { warn(details: object, message: string): void },
): Promise<void> {
  const outcomes = await Promise.allSettled(
    CONFIRMED_TABLES.map((table) => database.db.execute(sql.raw(`analyze ${table}`))),
  );
  for (const outcome of outcomes) {
    if (outcome.status === 'fulfilled') continue;
    const err = outcome.reason as { name?: unknown; code?: unknown };
    log.warn({ errorName: err.name, code: err.code }, 'psad import: statistics not refreshed after the confirm');
  }
}

/**
 * The rejected rows of an import as CSV, for download (an export, audited): each row's line number,
 * the reason, and the record as read from the file (decoded: a Windows-1252 list comes out in
 * UTF-8), kept at parse time for the first rejected rows (parse.ts ORIGINALS_KEPT); empty past them,
 * and for imports read before the records were kept.
 */
export async function rejectedCsv(ctx: RequestContext, rawId: unknown): Promise<ExportFile> {
  const row = await visibleImport(ctx, rawId, 'psad_import.rejected_csv');
  await requireReferent(ctx, row.platformId, 'psad_import.rejected_csv');
  const [stored] = await ctx.db
    .select({ rejectedLines: sieiImport.rejectedLines })
    .from(sieiImport)
    .where(eq(sieiImport.id, row.id));
  const originals = new Map(((stored?.rejectedLines ?? []) as RejectedOriginal[]).map((r) => [r.line, r.original]));
  const rejected = row.report.rejected;
  const records = rejected.map((r) => [String(r.line), neutralise(r.reason), neutralise(originals.get(r.line) ?? '')]);
  const body = stringify([['ligne', 'motif', "ligne d'origine"], ...records], {
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
  });
  await ctx.audit({
    action: 'psad_import.export_rejected',
    subjectType: 'siei_import',
    subjectId: row.id,
    details: { rows: rejected.length },
  });
  return {
    fileName: `lignes-rejetees-${fileNameSlug(row.campaign, 'import')}.csv`,
    contentType: CONTENT_TYPES.csv,
    body: Buffer.from(body, 'utf8'),
    rows: rejected.length,
  };
}

/** The preview's details of an import the caller may read (null for imports read before they were kept). */
export async function importPreview(ctx: RequestContext, importId: string): Promise<PreviewDetails | null> {
  const [row] = await ctx.db
    .select({ preview: sieiImport.preview })
    .from(sieiImport)
    .where(eq(sieiImport.id, importId));
  return (row?.preview as PreviewDetails | null | undefined) ?? null;
}

/** The imports of a platform, newest first (at most 100). */
export async function listImports(ctx: RequestContext, rawPlatformId: unknown): Promise<ImportRow[]> {
  const platformId = parseInput(identity.uuid, rawPlatformId, 'platformId');
  await requireReferent(ctx, platformId, 'Query.imports');
  return ctx.db
    .select(importColumns)
    .from(sieiImport)
    .where(eq(sieiImport.platformId, platformId))
    .orderBy(desc(sieiImport.uploadedAt), desc(sieiImport.id))
    .limit(100);
}

export async function getImport(ctx: RequestContext, rawId: unknown): Promise<ImportRow | null> {
  const id = parseInput(identity.uuid, rawId, 'id');
  const [row] = await ctx.db.select(importColumns).from(sieiImport).where(eq(sieiImport.id, id));
  return row ?? null;
}

// ─── Signals ──────────────────────────────────────────────────────────────────────────────────

/**
 * A partner (or a referent) signals a young person to a platform. The signaller usually cannot read
 * the platform's young people: matching and writing run as the owner, and the answer says only
 * whether the person was known, plus the case id to a referent of the platform.
 */
export async function signalYoungPerson(
  ctx: RequestContext,
  raw: unknown,
): Promise<{ matched: boolean; caseId: string | null }> {
  const input = parseInput(psad.signalInput, raw);
  const actor = ctx.actor!;
  const [p] = await ctx.db
    .select({ id: platform.id, active: platform.active })
    .from(platform)
    .where(eq(platform.id, input.platformId));
  if (!p || !p.active)
    throw new AppError('BAD_USER_INPUT', 'Plateforme inconnue.', [
      { path: 'input.platformId', message: 'plateforme inconnue' },
    ]);
  if (!keyActsForPlatform(actor, p.id))
    deny(ctx, 'Mutation.signalYoungPerson', 'api-key:platforms', { subjectType: 'platform', subjectId: p.id });
  const isReferent = (await referentPlatformIds(ctx)).includes(p.id);
  if (!isReferent) {
    const partners = await ctx.db
      .select({ id: platformPartner.organisationId })
      .from(platformPartner)
      .where(eq(platformPartner.platformId, p.id));
    const partnerIds = new Set(partners.map((r) => r.id));
    const ok = actor.memberships.some((m) => m.roles.length > 0 && partnerIds.has(m.organisationId));
    if (!ok) deny(ctx, 'Mutation.signalYoungPerson', 'psad-partner', { subjectType: 'platform', subjectId: p.id });
  }
  const lastName = input.lastName.replace(/\s+/g, ' ').toLocaleUpperCase('fr-FR');
  const firstNames = input.firstNames.replace(/\s+/g, ' ');
  const matchKey = matchKeyOf(lastName, firstNames, input.birthDate);

  // Owner on purpose (a system write, not a lookup): the signaller usually cannot see the platform's
  // young people, yet the signal must be matched against all of them and merged by the same set-wise
  // writer as an import (writeRows). Checked first: a referent or a partner of the platform; the answer
  // says only whether the person was known, and the case id to a referent.
  const outcome = await asOwner(ctx.db, actor, async (tx) => {
    await lockPlatformList(tx, p.id);
    const origin: CaseOrigin = {
      source: 'SIGNAL',
      campaign: null,
      importId: null,
      signalSource: input.sourceKind,
      comment: input.comment,
    };
    const row: SieiRow = {
      line: 0,
      ine: input.ine,
      lastName,
      firstNames,
      birthDate: input.birthDate,
      sex: null,
      address: input.address,
      postalCode: input.postalCode,
      commune: input.commune,
      phone: input.phone,
      email: input.email,
      lastSchoolUai: null,
      lastFormation: null,
      schoolExitDate: null,
      highestDiploma: null,
      matchKey,
    };
    const written = await writeList(tx, p.id, actor.userId, [row], origin);
    const { caseId, opened } = written.caseOf(0);
    // Already followed: the signal goes on the open case's timeline.
    if (!opened)
      await tx.execute(sql`insert into case_event (case_id, actor_id, kind, data)
        values (${caseId}, ${actor.userId}, 'SIGNALED', ${JSON.stringify({ signalSource: input.sourceKind, ...(input.comment ? { comment: input.comment } : {}) })}::jsonb)`);
    return { caseId, matched: written.merged > 0, reopened: opened };
  });
  await ctx.audit({
    action: 'psad.signal',
    subjectType: 'psad_case',
    subjectId: outcome.caseId,
    details: { platformId: p.id, sourceKind: input.sourceKind, matched: outcome.matched, caseOpened: outcome.reopened },
  });
  await notify(ctx, {
    kind: 'SIGNAL_RECEIVED',
    audience: { type: 'PLATFORM_REFERENTS', platformId: p.id },
    target: outcome.caseId ? { type: 'psad_case', id: outcome.caseId } : null,
    link: outcome.caseId ? `/suivis/${outcome.caseId}` : '/psad',
  });
  await emitWebhookEvents(ctx, outcome.caseId ? [{ type: 'signal.received', id: outcome.caseId }] : []);
  return { matched: outcome.matched, caseId: isReferent ? outcome.caseId : null };
}
