import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { asc, eq, sql } from 'drizzle-orm';
import {
  identity,
  searchKey,
  SOLUTION_TYPE_LABELS,
  SOLUTION_TYPES,
  tools,
  TOOLS_MAX,
  type OfferValues,
  type SolutionType,
} from '@maillage/shared';
import { deny } from '../../core/authz.js';
import type { RequestContext } from '../../core/context.js';
import { badInput } from '../../core/errors.js';
import {
  CONTENT_TYPES,
  EXPORT_FORMATS,
  fileNameSlug,
  loadExcel,
  neutralise,
  type ExportFile,
  type ExportFormat,
} from '../../core/export-file.js';
import { parseInput } from '../../core/validation.js';
import { organisation } from '../identity/tables.js';
import { getPlatform } from '../psad/platforms.service.js';
import { isReferentOf } from '../psad/policy.js';
import { solutionOffer } from './tables.js';

/*
 * The catalogue as a file (issue 17): exported as CSV or XLSX with French headers, imported from the
 * same columns, all or nothing, with a row-level report of what was rejected and why.
 */

type Field = keyof OfferValues;

/** The file's columns, in order: the header the export writes and the import recognises. */
export const CATALOGUE_COLUMNS: readonly { field: Field; header: string; aliases: string[]; width: number }[] = [
  { field: 'name', header: 'Nom', aliases: ['nom de la solution', 'solution', 'dispositif'], width: 36 },
  { field: 'solutionType', header: 'Type de solution', aliases: ['type'], width: 28 },
  { field: 'organisationId', header: 'Organisation', aliases: ['structure', 'porteur'], width: 30 },
  { field: 'communes', header: 'Communes (codes INSEE)', aliases: ['communes', 'codes insee'], width: 28 },
  { field: 'ageMin', header: 'Âge minimum', aliases: ['age min'], width: 12 },
  { field: 'ageMax', header: 'Âge maximum', aliases: ['age max'], width: 12 },
  { field: 'conditions', header: 'Conditions', aliases: ['conditions d acces'], width: 40 },
  { field: 'places', header: 'Places', aliases: ['nombre de places', 'capacite'], width: 10 },
  { field: 'contact', header: 'Contact', aliases: [], width: 30 },
  { field: 'activeFrom', header: 'Début', aliases: ['date de debut', 'actif du'], width: 12 },
  { field: 'activeUntil', header: 'Fin', aliases: ['date de fin', 'actif jusqu au'], width: 12 },
];
const REQUIRED: Field[] = ['name', 'solutionType'];

export const exportCatalogueQuery = identity.uuid;

const frenchDate = (iso: string | null) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');

async function mustBeReferent(ctx: RequestContext, platformId: string, action: string) {
  if (!(await isReferentOf(ctx, platformId)))
    deny(ctx, action, 'not-referent', { subjectType: 'platform', subjectId: platformId });
}

/** The catalogue of a platform as CSV (BOM, semicolons) or XLSX; formulas neutralised. Audited. */
export async function exportCatalogue(
  ctx: RequestContext,
  rawPlatformId: unknown,
  rawFormat: unknown,
): Promise<ExportFile> {
  const platformId = parseInput(identity.uuid, rawPlatformId, 'platformId');
  const format = (EXPORT_FORMATS as readonly string[]).includes(String(rawFormat)) ? (rawFormat as ExportFormat) : null;
  if (!format) throw badInput([{ path: 'format', message: 'csv ou xlsx' }]);
  const platform = await getPlatform(ctx, platformId);
  if (!platform) deny(ctx, 'solution_offer.export', 'not-visible', { subjectType: 'platform', subjectId: platformId });
  const rows = await ctx.db
    .select({ offer: solutionOffer, organisationName: organisation.name })
    .from(solutionOffer)
    .leftJoin(organisation, eq(organisation.id, solutionOffer.organisationId))
    .where(eq(solutionOffer.platformId, platformId))
    .orderBy(asc(solutionOffer.searchText));
  const cells = rows.map(({ offer: o, organisationName }) => [
    o.name,
    SOLUTION_TYPE_LABELS[o.solutionType as SolutionType] ?? o.solutionType,
    organisationName ?? '',
    o.communes.join(', '),
    o.ageMin ?? '',
    o.ageMax ?? '',
    o.conditions ?? '',
    o.places ?? '',
    o.contact ?? '',
    o.activeFrom,
    o.activeUntil,
  ]);
  const headers = CATALOGUE_COLUMNS.map((c) => c.header);
  let body: Buffer;
  if (format === 'csv') {
    const records = cells.map((r) =>
      r.map((v, i) =>
        i >= 9 ? frenchDate(v as string | null) : typeof v === 'number' ? String(v) : neutralise(String(v)),
      ),
    );
    body = Buffer.from(stringify([headers, ...records], { bom: true, delimiter: ';', record_delimiter: 'windows' }));
  } else {
    const ExcelJS = await loadExcel();
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Maillage';
    const sheet = workbook.addWorksheet('Catalogue', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = CATALOGUE_COLUMNS.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width }));
    sheet.getRow(1).font = { bold: true };
    // Text stays a string cell (exceljs writes a formula only from a { formula } value); neutralised
    // anyway, so that a copy to CSV by the user stays harmless.
    for (const r of cells)
      sheet.addRow(
        r.map((v, i) =>
          i >= 9
            ? frenchDate(v as string | null) || null
            : typeof v === 'number'
              ? v
              : v === ''
                ? null
                : neutralise(String(v)),
        ),
      );
    body = Buffer.from(await workbook.xlsx.writeBuffer());
  }
  await ctx.audit({
    action: 'solution_offer.export',
    subjectType: 'platform',
    subjectId: platformId,
    details: { format, rows: rows.length },
  });
  return {
    fileName: `catalogue-${fileNameSlug(platform!.name, 'plateforme')}.${format}`,
    contentType: CONTENT_TYPES[format],
    body,
    rows: rows.length,
  };
}

export interface CatalogueImportReport {
  total: number;
  created: number;
  updated: number;
  /** False when a row was rejected: then nothing was written. */
  written: boolean;
  rejected: { line: number; reason: string }[];
}

type Cell = string | number | Date | null;

/** The file's records (header first), from XLSX (by its signature) or CSV (UTF-8 or Windows-1252, ; or ,). */
async function readRecords(content: Buffer): Promise<Cell[][]> {
  if (content.length === 0) throw badInput([{ path: 'file', message: 'le fichier est vide' }]);
  if (content[0] === 0x50 && content[1] === 0x4b) {
    const ExcelJS = await loadExcel();
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(content as unknown as ArrayBuffer);
    } catch {
      throw badInput([{ path: 'file', message: 'classeur XLSX illisible' }]);
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw badInput([{ path: 'file', message: 'le classeur n’a aucune feuille' }]);
    const out: Cell[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const values: Cell[] = [];
      for (let i = 1; i <= row.cellCount; i++) {
        const v = row.getCell(i).value as unknown;
        values.push(
          v === null || v === undefined
            ? null
            : v instanceof Date || typeof v === 'number' || typeof v === 'string'
              ? v
              : typeof v === 'object' && v && 'text' in v
                ? String((v as { text: unknown }).text)
                : typeof v === 'object' && v && 'result' in v
                  ? String((v as { result: unknown }).result ?? '')
                  : String(v),
        );
      }
      out.push(values);
    });
    return out;
  }
  if (content.includes(0))
    throw badInput([{ path: 'file', message: 'le fichier n’est ni un CSV ni un classeur XLSX' }]);
  const body = content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf ? content.subarray(3) : content;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    text = new TextDecoder('windows-1252').decode(body);
  }
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = firstLine.includes(';') ? ';' : firstLine.includes('\t') ? '\t' : ',';
  try {
    return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, trim: true }) as string[][];
  } catch {
    throw badInput([{ path: 'file', message: 'CSV illisible (guillemets mal fermés ?)' }]);
  }
}

const isoOf = (v: Cell): string | null => {
  if (v === null || v === '') return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const s = String(v).trim();
  const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (fr) return `${fr[3]}-${fr[2]!.padStart(2, '0')}-${fr[1]!.padStart(2, '0')}`;
  return s;
};
const intOf = (v: Cell): number | null | string => {
  if (v === null || v === '') return null;
  if (typeof v === 'number') return v;
  const s = String(v).trim().replace(/\s/g, '');
  return /^-?\d+$/.test(s) ? Number(s) : s;
};
const TYPE_BY_KEY = new Map<string, SolutionType>(
  SOLUTION_TYPES.flatMap((t) => [
    [searchKey(t), t],
    [searchKey(SOLUTION_TYPE_LABELS[t]), t],
  ]),
);

/**
 * Imports a catalogue file into a platform's catalogue: each row is checked like the form; a name
 * already in the catalogue updates that offer. One rejected row and nothing is written (the report says
 * which rows and why); else one multi-row statement writes them all. One audit event either way.
 */
export async function importCatalogue(
  ctx: RequestContext,
  args: { platformId: unknown; content: Buffer | null },
): Promise<CatalogueImportReport> {
  const platformId = parseInput(identity.uuid, args.platformId, 'platformId');
  await mustBeReferent(ctx, platformId, 'solution_offer.import');
  if (!args.content) throw badInput([{ path: 'file', message: 'fichier manquant' }]);
  const records = await readRecords(args.content);
  const headerIndex = records.findIndex((r) => r.some((c) => c !== null && String(c).trim() !== ''));
  if (headerIndex < 0) throw badInput([{ path: 'file', message: 'le fichier est vide' }]);
  const header = records[headerIndex]!.map((c) => searchKey(String(c ?? '')));
  const positions = new Map<Field, number>();
  for (const col of CATALOGUE_COLUMNS) {
    const keys = [searchKey(col.header), ...col.aliases.map(searchKey)];
    const at = header.findIndex((h) => keys.includes(h));
    if (at >= 0) positions.set(col.field, at);
  }
  const missing = REQUIRED.filter((f) => !positions.has(f));
  if (missing.length > 0)
    throw badInput([
      {
        path: 'file',
        message: `colonnes manquantes : ${missing.map((f) => CATALOGUE_COLUMNS.find((c) => c.field === f)!.header).join(', ')}`,
      },
    ]);
  const dataRows = records
    .map((cells, i) => ({ line: i + 1, cells }))
    .slice(headerIndex + 1)
    .filter((r) => r.cells.some((c) => c !== null && String(c).trim() !== ''));
  if (dataRows.length > TOOLS_MAX.importRows)
    throw badInput([{ path: 'file', message: `${TOOLS_MAX.importRows} lignes au plus` }]);

  // The organisations are named; the directory (as the referent sees it) gives their ids.
  const orgNames = new Set<string>();
  const pos = (f: Field) => positions.get(f);
  for (const r of dataRows) {
    const at = pos('organisationId');
    const v = at === undefined ? null : r.cells[at];
    if (v !== null && v !== undefined && String(v).trim()) orgNames.add(searchKey(String(v)));
  }
  const orgs =
    orgNames.size === 0
      ? []
      : await ctx.db
          .select({ id: organisation.id, key: organisation.searchName })
          .from(organisation)
          .where(sql`${organisation.searchName} = any(${`{${[...orgNames].map((n) => `"${n}"`).join(',')}}`}::text[])`);
  const orgByKey = new Map(orgs.map((o) => [o.key, o.id]));

  const rejected: CatalogueImportReport['rejected'] = [];
  const accepted: OfferValues[] = [];
  const seen = new Map<string, number>();
  const labelOf = (path: PropertyKey | undefined) =>
    CATALOGUE_COLUMNS.find((c) => c.field === path)?.header ?? String(path ?? '');
  for (const { line, cells } of dataRows) {
    const cell = (f: Field): Cell => {
      const at = pos(f);
      const v = at === undefined ? null : (cells[at] ?? null);
      return typeof v === 'string' && v.trim() === '' ? null : v;
    };
    const reasons: string[] = [];
    const typeCell = cell('solutionType');
    const solutionType =
      typeCell === null ? undefined : (TYPE_BY_KEY.get(searchKey(String(typeCell))) ?? String(typeCell));
    const orgCell = cell('organisationId');
    let organisationId: string | null = null;
    if (orgCell !== null) {
      organisationId = orgByKey.get(searchKey(String(orgCell))) ?? null;
      if (!organisationId) reasons.push('Organisation : inconnue de l’annuaire');
    }
    const communesCell = cell('communes');
    const candidate = {
      name: cell('name') === null ? '' : String(cell('name')),
      solutionType,
      organisationId,
      communes:
        communesCell === null
          ? []
          : String(communesCell)
              .split(/[\s,;]+/)
              .filter(Boolean),
      ageMin: intOf(cell('ageMin')),
      ageMax: intOf(cell('ageMax')),
      conditions: cell('conditions') === null ? null : String(cell('conditions')),
      places: intOf(cell('places')),
      contact: cell('contact') === null ? null : String(cell('contact')),
      activeFrom: isoOf(cell('activeFrom')),
      activeUntil: isoOf(cell('activeUntil')),
    };
    const parsed = tools.offerValues.safeParse(candidate);
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const message =
          issue.code === 'invalid_type' && typeof issue.path[0] === 'string' && /age|places/i.test(issue.path[0])
            ? 'un nombre entier'
            : issue.message;
        reasons.push(`${labelOf(issue.path[0])} : ${message}`);
      }
    if (parsed.success) {
      const key = searchKey(parsed.data.name);
      const first = seen.get(key);
      if (first !== undefined) reasons.push(`Nom : déjà présent ligne ${first}`);
      else seen.set(key, line);
    }
    if (reasons.length > 0) rejected.push({ line, reason: [...new Set(reasons)].join(' ; ') });
    else accepted.push(parsed.data!);
  }

  let created = 0;
  let updated = 0;
  if (rejected.length === 0 && accepted.length > 0) {
    const written = await ctx.db
      .insert(solutionOffer)
      .values(accepted.map((v) => ({ platformId, ...v, searchText: searchKey(v.name) })))
      .onConflictDoUpdate({
        target: [solutionOffer.platformId, solutionOffer.searchText],
        set: {
          name: sql`excluded.name`,
          solutionType: sql`excluded.solution_type`,
          organisationId: sql`excluded.organisation_id`,
          communes: sql`excluded.communes`,
          ageMin: sql`excluded.age_min`,
          ageMax: sql`excluded.age_max`,
          conditions: sql`excluded.conditions`,
          places: sql`excluded.places`,
          contact: sql`excluded.contact`,
          activeFrom: sql`excluded.active_from`,
          activeUntil: sql`excluded.active_until`,
          version: sql`${solutionOffer.version} + 1`,
          updatedAt: new Date(),
        },
      })
      .returning({ inserted: sql<boolean>`(xmax = 0)` });
    created = written.filter((w) => w.inserted).length;
    updated = written.length - created;
  }
  const report: CatalogueImportReport = {
    total: dataRows.length,
    created,
    updated,
    written: rejected.length === 0 && accepted.length > 0,
    rejected,
  };
  await ctx.audit({
    action: 'solution_offer.import',
    subjectType: 'platform',
    subjectId: platformId,
    details: { rows: report.total, created, updated, rejected: rejected.length },
  });
  return report;
}
