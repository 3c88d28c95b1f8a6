/**
 * SIEI list imports and signals (DOMAIN.md §2 "Repérage", issue 3).
 *
 * Decisions:
 * - `accepted` counts the rows of the file that will be written (every row the parser kept, the
 *   merged ones included); `merged` counts those among them matched to a young person already
 *   known on the platform. So `total = accepted + rejected + duplicatesInFile`.
 * - Matching (DOMAIN.md §2, parse.ts): same INE; else same matchKey when the INE is missing on
 *   either side (two different INEs are two people). One set-wise query fetches the candidates.
 * - A match updates the contact details (address, postal code, commune, phone, e-mail) only where
 *   the file has a value that differs: the same file confirmed again changes no row.
 * - Confirm re-reads the stored file with the upload day as the import date, and matches again
 *   (the list may have changed since the preview). Every write is one statement over all rows
 *   (jsonb_to_recordset), in the request's transaction: all or nothing.
 * - An import of another platform is NOT_FOUND to a referent (its existence is not disclosed),
 *   FORBIDDEN (audited) to anyone who is no referent at all.
 */
import { createHash, randomUUID } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import { identity, psad, searchKey } from '@maillage/shared';
import type { RequestContext } from '../../../core/context.js';
import { deny } from '../../../core/authz.js';
import { asOwner } from '../../../core/db/actor-tx.js';
import type { Tx } from '../../../core/db/driver.js';
import { AppError, notFound } from '../../../core/errors.js';
import { parseInput } from '../../../core/validation.js';
import { referentPlatformIds } from '../platforms.service.js';
import { platform, platformPartner, sieiImport } from '../tables.js';
import { ListFormatError, matchKeyOf, parseSieiList, type ParsedList, type RejectedRow, type SieiRow } from './parse.js';

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

export type ImportRow = typeof sieiImport.$inferSelect;

async function requireReferent(ctx: RequestContext, platformId: string, action: string): Promise<void> {
  const ids = await referentPlatformIds(ctx);
  if (!ids.includes(platformId)) deny(ctx, action, 'psad-referent');
}

type Known = {
  id: string;
  ine: string | null;
  match_key: string;
};

/** The young people of the platform any row could match: one query for the whole list. */
async function knownCandidates(db: Tx, platformId: string, rows: { ine: string | null; matchKey: string }[]): Promise<Known[]> {
  if (rows.length === 0) return [];
  const ines = JSON.stringify([...new Set(rows.map((r) => r.ine).filter((v): v is string => v !== null))]);
  const keys = JSON.stringify([...new Set(rows.map((r) => r.matchKey))]);
  const result = await db.execute<Known>(sql`
    select id, ine, match_key from young_person
    where platform_id = ${platformId}
      and (ine in (select jsonb_array_elements_text(${ines}::jsonb)) or match_key in (select jsonb_array_elements_text(${keys}::jsonb)))`);
  return result.rows;
}

/**
 * Serialises the writers of a platform's list (confirms and signals) until the transaction ends,
 * so that two of them never both insert the same new young person.
 */
async function lockPlatformList(db: Tx, platformId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`psad_list:${platformId}`}))`);
}

/** The id of the known young person each row matches (null: a new one). */
function matchRows(rows: { ine: string | null; matchKey: string }[], known: Known[]): (string | null)[] {
  const byIne = new Map<string, string>();
  const byKey = new Map<string, Known[]>();
  for (const k of known) {
    if (k.ine) byIne.set(k.ine, k.id);
    byKey.set(k.match_key, [...(byKey.get(k.match_key) ?? []), k]);
  }
  return rows.map((r) => {
    if (r.ine && byIne.has(r.ine)) return byIne.get(r.ine)!;
    const candidates = (byKey.get(r.matchKey) ?? []).filter((k) => r.ine === null || k.ine === null);
    return candidates[0]?.id ?? null;
  });
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

const counts = (r: ImportReport) => ({ total: r.total, accepted: r.accepted, merged: r.merged, rejected: r.rejected.length, duplicatesInFile: r.duplicatesInFile, warnings: r.warnings });

function parseList(content: Buffer, importDate: Date): ParsedList {
  try {
    return parseSieiList(content, { importDate });
  } catch (err) {
    if (err instanceof ListFormatError) throw new AppError('BAD_USER_INPUT', err.message, [{ path: 'file', message: err.message }]);
    throw err;
  }
}

export interface UploadInput {
  platformId: string;
  campaign: unknown;
  fileName: string;
  content: Buffer | null;
}

/** Stores an uploaded list and returns its preview. Nothing is written to the list itself. */
export async function uploadImport(ctx: RequestContext, input: UploadInput) {
  const platformId = parseInput(identity.uuid, input.platformId, 'platformId');
  await requireReferent(ctx, platformId, 'psad_import.upload');
  const campaign = parseInput(psad.campaign, input.campaign ?? '', 'campaign');
  if (!input.content || input.content.length === 0) throw new AppError('BAD_USER_INPUT', 'Aucun fichier reçu.', [{ path: 'file', message: 'fichier manquant ou vide' }]);
  const parsed = parseList(input.content, new Date());
  const matched = matchRows(parsed.rows, await knownCandidates(ctx.db, platformId, parsed.rows));
  const report = reportOf(parsed, matched.filter((m) => m !== null).length);
  const fileName = (input.fileName || 'liste.csv').slice(0, 255);
  const [row] = await ctx.db
    .insert(sieiImport)
    .values({
      platformId,
      campaign,
      fileName,
      fileSha256: createHash('sha256').update(input.content).digest('hex'),
      content: input.content,
      status: 'PREVIEW',
      report: { ...report, encoding: parsed.encoding, separator: parsed.separator },
      uploadedBy: ctx.actor!.userId,
    })
    .returning({ id: sieiImport.id });
  await ctx.audit({ action: 'psad_import.upload', subjectType: 'siei_import', subjectId: row!.id, details: { campaign, ...counts(report) } });
  return { importId: row!.id, ...report };
}

/** An import the actor may act on: referents of its platform only. */
async function visibleImport(ctx: RequestContext, rawId: unknown, action: string): Promise<ImportRow> {
  const id = parseInput(identity.uuid, rawId, 'importId');
  const [row] = await ctx.db.select().from(sieiImport).where(eq(sieiImport.id, id));
  if (!row) {
    if ((await referentPlatformIds(ctx)).length === 0) deny(ctx, action, 'psad-referent');
    throw notFound('Import');
  }
  return row;
}

const ROW_COLUMNS = `line int, id uuid, ine text, last_name text, first_names text, birth_date date, sex text, address text, postal_code text,
  commune text, phone text, email text, last_school_uai text, last_formation text, school_exit_date date, highest_diploma text,
  match_key text, search_text text`;

const rowJson = (r: SieiRow, id: string) => ({
  line: r.line,
  id,
  ine: r.ine,
  last_name: r.lastName,
  first_names: r.firstNames,
  birth_date: r.birthDate,
  sex: r.sex,
  address: r.address,
  postal_code: r.postalCode,
  commune: r.commune,
  phone: r.phone,
  email: r.email,
  last_school_uai: r.lastSchoolUai,
  last_formation: r.lastFormation,
  school_exit_date: r.schoolExitDate,
  highest_diploma: r.highestDiploma,
  match_key: r.matchKey,
  search_text: searchKey([r.lastName, r.firstNames, r.ine ?? ''].join(' ')),
});

/** Contact details a match brings: only the values given, only where they differ. */
type ContactRow = Pick<ReturnType<typeof rowJson>, 'id' | 'address' | 'postal_code' | 'commune' | 'phone' | 'email'>;

async function updateContacts(db: Tx, rows: ContactRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const result = await db.execute<{ id: string }>(sql`
    update young_person y set
      address = coalesce(s.address, y.address),
      postal_code = coalesce(s.postal_code, y.postal_code),
      commune = coalesce(s.commune, y.commune),
      phone = coalesce(s.phone, y.phone),
      email = coalesce(s.email, y.email),
      version = y.version + 1,
      updated_at = now()
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as s(id uuid, address text, postal_code text, commune text, phone text, email text)
    where y.id = s.id and (
      (s.address is not null and s.address is distinct from y.address) or
      (s.postal_code is not null and s.postal_code is distinct from y.postal_code) or
      (s.commune is not null and s.commune is distinct from y.commune) or
      (s.phone is not null and s.phone is distinct from y.phone) or
      (s.email is not null and s.email is distinct from y.email))
    returning y.id`);
  return result.rows.length;
}

async function insertYoungPeople(db: Tx, platformId: string, rows: ReturnType<typeof rowJson>[]): Promise<number> {
  if (rows.length === 0) return 0;
  const result = await db.execute<{ id: string }>(sql`
    insert into young_person (id, platform_id, ine, last_name, first_names, birth_date, sex, address, postal_code, commune, phone, email,
      last_school_uai, last_formation, school_exit_date, highest_diploma, match_key, search_text)
    select s.id, ${platformId}, s.ine, s.last_name, s.first_names, s.birth_date, s.sex, s.address, s.postal_code, s.commune, s.phone, s.email,
      s.last_school_uai, s.last_formation, s.school_exit_date, s.highest_diploma, s.match_key, s.search_text
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as s(${sql.raw(ROW_COLUMNS)})
    order by s.line
    returning id`);
  return result.rows.length;
}

interface CaseOrigin {
  source: 'SIEI' | 'SIGNAL';
  campaign: string | null;
  importId: string | null;
  signalSource: string | null;
  comment?: string | null;
}

/**
 * Opens a case A_TRAITER for each young person without an open one (episode = previous max + 1),
 * with its CREATED event; returns the new case ids by young person.
 */
async function openCases(db: Tx, platformId: string, actorId: string, youngPersonIds: string[], origin: CaseOrigin): Promise<Map<string, string>> {
  if (youngPersonIds.length === 0) return new Map();
  const created = await db.execute<{ id: string; young_person_id: string }>(sql`
    insert into psad_case (platform_id, young_person_id, episode, status, source, campaign, signal_source, import_id)
    select ${platformId}, yp.id,
      coalesce((select max(c.episode) from psad_case c where c.young_person_id = yp.id), 0) + 1,
      'A_TRAITER', ${origin.source}, ${origin.campaign}, ${origin.signalSource}, ${origin.importId}
    from (select distinct jsonb_array_elements_text(${JSON.stringify(youngPersonIds)}::jsonb)::uuid as id) yp
    where not exists (select 1 from psad_case c where c.young_person_id = yp.id and c.status <> 'CLOS')
    returning id, young_person_id`);
  const ids = created.rows.map((r) => r.id);
  if (ids.length > 0) {
    const data = JSON.stringify({
      source: origin.source,
      ...(origin.campaign ? { campaign: origin.campaign } : {}),
      ...(origin.importId ? { importId: origin.importId } : {}),
      ...(origin.signalSource ? { signalSource: origin.signalSource } : {}),
      ...(origin.comment ? { comment: origin.comment } : {}),
    });
    await db.execute(sql`
      insert into case_event (case_id, actor_id, kind, data)
      select c.id::uuid, ${actorId}, 'CREATED', ${data}::jsonb from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb) as c(id)`);
  }
  return new Map(created.rows.map((r) => [r.young_person_id, r.id]));
}

/** Writes the list of a previewed import, once: every accepted and merged row, one transaction. */
export async function confirmImport(ctx: RequestContext, rawId: unknown): Promise<ConfirmReport & { importId: string }> {
  const row = await visibleImport(ctx, rawId, 'psad_import.confirm');
  await requireReferent(ctx, row.platformId, 'psad_import.confirm');
  // Claimed first: a second confirm, even concurrent, finds it CONFIRME.
  const claimed = await ctx.db
    .update(sieiImport)
    .set({ status: 'CONFIRME', confirmedAt: new Date() })
    .where(and(eq(sieiImport.id, row.id), eq(sieiImport.status, 'PREVIEW')))
    .returning({ id: sieiImport.id });
  if (claimed.length === 0) throw new AppError('CONFLICT', 'Cet import a déjà été confirmé.');
  await lockPlatformList(ctx.db, row.platformId);

  // The driver may hand bytea back as a bare Uint8Array (PGlite).
  const parsed = parseList(Buffer.from(row.content), row.uploadedAt);
  const matched = matchRows(parsed.rows, await knownCandidates(ctx.db, row.platformId, parsed.rows));
  const fresh: ReturnType<typeof rowJson>[] = [];
  const known: ReturnType<typeof rowJson>[] = [];
  parsed.rows.forEach((r, i) => {
    const id = matched[i];
    if (id) known.push(rowJson(r, id));
    else fresh.push(rowJson(r, randomUUID()));
  });
  const updated = await updateContacts(ctx.db, known);
  const created = await insertYoungPeople(ctx.db, row.platformId, fresh);
  const cases = await openCases(
    ctx.db,
    row.platformId,
    ctx.actor!.userId,
    [...known, ...fresh].map((r) => r.id),
    { source: 'SIEI', campaign: row.campaign, importId: row.id, signalSource: null },
  );
  const report: ConfirmReport = { ...reportOf(parsed, known.length), created, updated, casesOpened: cases.size };
  await ctx.db
    .update(sieiImport)
    .set({ report: { ...(row.report as object), ...report, confirmed: { created, updated, casesOpened: cases.size, merged: known.length } } })
    .where(eq(sieiImport.id, row.id));
  await ctx.audit({
    action: 'psad_import.confirm',
    subjectType: 'siei_import',
    subjectId: row.id,
    details: { ...counts(report), created, updated, casesOpened: cases.size },
  });
  return { importId: row.id, ...report };
}

/** The rejected rows of an import as CSV (line;reason), for download: an export, audited. */
export async function rejectedCsv(ctx: RequestContext, rawId: unknown): Promise<string> {
  const row = await visibleImport(ctx, rawId, 'psad_import.rejected_csv');
  await requireReferent(ctx, row.platformId, 'psad_import.rejected_csv');
  const rejected = ((row.report as Partial<ImportReport>).rejected ?? []) as RejectedRow[];
  const cell = (v: string) => (/[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = ['ligne;motif', ...rejected.map((r) => `${r.line};${cell(r.reason)}`)];
  await ctx.audit({ action: 'psad_import.export_rejected', subjectType: 'siei_import', subjectId: row.id, details: { rows: rejected.length } });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The imports of a platform, newest first (at most 100). */
export async function listImports(ctx: RequestContext, rawPlatformId: unknown): Promise<ImportRow[]> {
  const platformId = parseInput(identity.uuid, rawPlatformId, 'platformId');
  await requireReferent(ctx, platformId, 'Query.imports');
  return ctx.db.select().from(sieiImport).where(eq(sieiImport.platformId, platformId)).orderBy(desc(sieiImport.uploadedAt), desc(sieiImport.id)).limit(100);
}

export async function getImport(ctx: RequestContext, rawId: unknown): Promise<ImportRow | null> {
  const id = parseInput(identity.uuid, rawId, 'id');
  const [row] = await ctx.db.select().from(sieiImport).where(eq(sieiImport.id, id));
  return row ?? null;
}

// ─── Signals ──────────────────────────────────────────────────────────────────────────────────

/**
 * A partner (or a referent) signals a young person to a platform. The signaller usually cannot read
 * the platform's young people: matching and writing run as the owner, and the answer says only
 * whether the person was known, plus the case id to a referent of the platform.
 */
export async function signalYoungPerson(ctx: RequestContext, raw: unknown): Promise<{ matched: boolean; caseId: string | null }> {
  const input = parseInput(psad.signalInput, raw);
  const actor = ctx.actor!;
  const [p] = await ctx.db.select({ id: platform.id, active: platform.active }).from(platform).where(eq(platform.id, input.platformId));
  if (!p || !p.active) throw new AppError('BAD_USER_INPUT', 'Plateforme inconnue.', [{ path: 'input.platformId', message: 'plateforme inconnue' }]);
  const isReferent = (await referentPlatformIds(ctx)).includes(p.id);
  if (!isReferent) {
    const partners = await ctx.db.select({ id: platformPartner.organisationId }).from(platformPartner).where(eq(platformPartner.platformId, p.id));
    const partnerIds = new Set(partners.map((r) => r.id));
    const ok = actor.memberships.some((m) => m.roles.length > 0 && partnerIds.has(m.organisationId));
    if (!ok) deny(ctx, 'Mutation.signalYoungPerson', 'psad-partner');
  }
  const lastName = input.lastName.replace(/\s+/g, ' ').toLocaleUpperCase('fr-FR');
  const firstNames = input.firstNames.replace(/\s+/g, ' ');
  const matchKey = matchKeyOf(lastName, firstNames, input.birthDate);
  const contact = { address: input.address, postal_code: input.postalCode, commune: input.commune, phone: input.phone, email: input.email };

  const outcome = await asOwner(ctx.db, actor, async (tx) => {
    await lockPlatformList(tx, p.id);
    const match = matchRows([{ ine: input.ine, matchKey }], await knownCandidates(tx, p.id, [{ ine: input.ine, matchKey }]))[0] ?? null;
    const origin: CaseOrigin = { source: 'SIGNAL', campaign: null, importId: null, signalSource: input.sourceKind, comment: input.comment };
    let youngPersonId: string;
    if (match) {
      youngPersonId = match;
      await updateContacts(tx, [{ id: match, ...contact }]);
    } else {
      youngPersonId = randomUUID();
      await insertYoungPeople(tx, p.id, [
        { ...NO_SCHOOLING, line: 0, sex: null, id: youngPersonId, ine: input.ine, last_name: lastName, first_names: firstNames, birth_date: input.birthDate, ...contact, match_key: matchKey, search_text: searchKey([lastName, firstNames, input.ine ?? ''].join(' ')) },
      ]);
    }
    const opened = await openCases(tx, p.id, actor.userId, [youngPersonId], origin);
    let caseId = opened.get(youngPersonId) ?? null;
    if (!caseId) {
      // Already followed: the signal goes on the open case's timeline.
      const open = await tx.execute<{ id: string }>(sql`select id from psad_case where young_person_id = ${youngPersonId} and status <> 'CLOS'`);
      caseId = open.rows[0]!.id;
      await tx.execute(sql`insert into case_event (case_id, actor_id, kind, data)
        values (${caseId}, ${actor.userId}, 'SIGNALED', ${JSON.stringify({ signalSource: input.sourceKind, ...(input.comment ? { comment: input.comment } : {}) })}::jsonb)`);
    }
    return { caseId, matched: match !== null, reopened: opened.size > 0 };
  });
  await ctx.audit({
    action: 'psad.signal',
    subjectType: 'psad_case',
    subjectId: outcome.caseId,
    details: { platformId: p.id, sourceKind: input.sourceKind, matched: outcome.matched, caseOpened: outcome.reopened },
  });
  return { matched: outcome.matched, caseId: isReferent ? outcome.caseId : null };
}

const NO_SCHOOLING = { last_school_uai: null, last_formation: null, school_exit_date: null, highest_diploma: null };
