import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { CLAS_STATUS_LABELS } from '@maillage/shared';
import {
  CONTENT_TYPES,
  EXPORT_FORMATS,
  fileNameSlug,
  neutralise,
  type ExportFile,
  loadExcel,
} from '../../../core/export-file.js';
import type { RequestContext } from '../../../core/context.js';
import { parseInput } from '../../../core/validation.js';
import { organisationsByIds } from '../../identity/organisations.service.js';
import {
  dashboardArgsSchema,
  loadClasDashboard,
  type ClasDashboard,
  type ClasProjectFigures,
} from './dashboard.service.js';

export const CLAS_DASHBOARD_EXPORT_ACTION = 'clas.dashboard.export';

// A query string: an empty departementId (a form's blank select) means "not given".
const exportSchema = dashboardArgsSchema.extend({
  format: z.enum(EXPORT_FORMATS, { message: 'csv ou xlsx' }),
  departementId: z.preprocess((v) => (v === '' ? null : v), dashboardArgsSchema.shape.departementId),
});

type ExportRow = ClasProjectFigures & { organisationName: string };

interface Column {
  header: string;
  width: number;
  kind: 'text' | 'count' | 'flag' | 'euros';
  value: (r: ExportRow) => string | number | boolean | null;
}

/** One row per project: counts and amounts, never a child's or an accompagnateur's name. */
const COLUMNS: Column[] = [
  { header: 'Organisme porteur', width: 32, kind: 'text', value: (r) => r.organisationName },
  { header: 'Projet', width: 36, kind: 'text', value: (r) => r.title },
  { header: 'Statut', width: 16, kind: 'text', value: (r) => CLAS_STATUS_LABELS[r.status] },
  { header: 'Groupes', width: 9, kind: 'count', value: (r) => r.groups },
  { header: 'Enfants', width: 9, kind: 'count', value: (r) => r.children },
  { header: 'Accompagnateurs', width: 9, kind: 'count', value: (r) => r.accompagnateurs },
  { header: 'Éligible', width: 9, kind: 'flag', value: (r) => r.eligible },
  { header: 'Règles non conformes', width: 11, kind: 'count', value: (r) => r.failures },
  { header: 'Financement demandé (€)', width: 14, kind: 'euros', value: (r) => r.requestedCents },
  { header: 'Financement accordé (€)', width: 14, kind: 'euros', value: (r) => r.grantedCents },
];

export const PROJECT_HEADERS = COLUMNS.map((c) => c.header);
export const SUMMARY_HEADERS = ['Indicateur', 'Valeur'];

/** The dashboard's figures, as label and value (amounts in cents, written in euros by each format). */
function summaryOf(d: ClasDashboard): { label: string; value: string | number; euros?: boolean }[] {
  return [
    {
      label: 'Département',
      value: d.departement.code ? `${d.departement.name} (${d.departement.code})` : d.departement.name,
    },
    { label: 'Année scolaire', value: d.schoolYear },
    { label: 'Projets (hors brouillons)', value: d.projects },
    ...d.byStatus.map((s) => ({ label: `Projets au statut « ${CLAS_STATUS_LABELS[s.status]} »`, value: s.count })),
    { label: 'Groupes', value: d.groups },
    { label: 'Enfants inscrits', value: d.children },
    { label: 'Accompagnateurs', value: d.accompagnateurs },
    { label: 'Projets éligibles', value: d.eligibleProjects },
    { label: 'Financement demandé (€)', value: d.fundingRequestedCents, euros: true },
    { label: 'Financement accordé (€)', value: d.fundingGrantedCents, euros: true },
  ];
}

/**
 * A text cell that a spreadsheet would read as a formula is prefixed with an apostrophe: a project's
 * title is typed by its holder (the same rule as the PSAD export).
 */

/** Cents as a French decimal (1234,50): integer arithmetic, and no thousands separator, so that spreadsheets read a number. */
const frenchEuros = (cents: number) => `${Math.trunc(cents / 100)},${String(cents % 100).padStart(2, '0')}`;

function toCsv(d: ClasDashboard, rows: ExportRow[]): Buffer {
  const summary = summaryOf(d).map((s) => [
    s.label,
    s.euros ? frenchEuros(Number(s.value)) : neutralise(String(s.value)),
  ]);
  const records = rows.map((r) =>
    COLUMNS.map((c) => {
      const v = c.value(r);
      if (c.kind === 'flag') return v ? 'Oui' : 'Non';
      if (v === null) return '';
      if (c.kind === 'euros') return frenchEuros(Number(v));
      return c.kind === 'text' ? neutralise(String(v)) : String(v);
    }),
  );
  // What French spreadsheets open as is: a BOM for UTF-8, semicolons, CRLF. The summary first, a blank line, then the projects.
  return Buffer.from(
    stringify([SUMMARY_HEADERS, ...summary, [], PROJECT_HEADERS, ...records], {
      bom: true,
      delimiter: ';',
      record_delimiter: 'windows',
    }),
    'utf8',
  );
}

const EUROS = '#,##0.00 "€"';

async function toXlsx(d: ClasDashboard, rows: ExportRow[]): Promise<Buffer> {
  // A département has tens of projects, not thousands: an in-memory workbook, two sheets.
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Maillage';

  const summary = workbook.addWorksheet('Synthèse');
  summary.columns = [
    { header: SUMMARY_HEADERS[0], key: 'label', width: 40 },
    { header: SUMMARY_HEADERS[1], key: 'value', width: 18 },
  ];
  summary.getRow(1).font = { bold: true };
  for (const s of summaryOf(d)) {
    const row = summary.addRow([s.label, s.euros ? Number(s.value) / 100 : s.value]);
    if (s.euros) row.getCell(2).numFmt = EUROS;
  }

  const sheet = workbook.addWorksheet('Projets', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c, i) => ({
    header: c.header,
    key: `c${i}`,
    width: c.width,
    ...(c.kind === 'euros' ? { style: { numFmt: EUROS } } : {}),
  }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    // Text stays a string cell: exceljs writes a formula only from a { formula } value.
    sheet.addRow(
      COLUMNS.map((c) => {
        const v = c.value(r);
        if (c.kind === 'flag') return v ? 'Oui' : 'Non';
        if (v === null) return null;
        return c.kind === 'euros' ? Number(v) / 100 : v;
      }),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The département dashboard of a school year as CSV or XLSX: its figures, then one row per project.
 * CAF officers only (the route's policy, as the GraphQL query's guard); the same département rule
 * and the same reads as the GraphQL query; audited in the same transaction once the file is built.
 */
export async function exportClasDashboard(ctx: RequestContext, raw: unknown): Promise<ExportFile> {
  const input = parseInput(exportSchema, raw ?? {}, '');
  const { dashboard, projects } = await loadClasDashboard(ctx, input, CLAS_DASHBOARD_EXPORT_ACTION);

  const organisationIds = [...new Set(projects.map((p) => p.organisationId))];
  const names = new Map(
    (await organisationsByIds(ctx, organisationIds)).filter((o) => o !== null).map((o) => [o.id, o.name]),
  );
  const rows: ExportRow[] = projects
    .map((p) => ({ ...p, organisationName: names.get(p.organisationId) ?? '' }))
    .sort(
      (a, b) =>
        a.organisationName.localeCompare(b.organisationName, 'fr') ||
        a.title.localeCompare(b.title, 'fr') ||
        a.id.localeCompare(b.id),
    );

  const body = input.format === 'csv' ? toCsv(dashboard, rows) : await toXlsx(dashboard, rows);
  await ctx.audit({
    action: CLAS_DASHBOARD_EXPORT_ACTION,
    subjectType: 'territory',
    subjectId: dashboard.departement.id,
    details: { format: input.format, schoolYear: input.schoolYear, projects: rows.length },
  });
  return {
    fileName: `clas-${input.schoolYear}-${fileNameSlug(dashboard.departement.name, 'departement')}.${input.format}`,
    contentType: CONTENT_TYPES[input.format],
    body,
    rows: rows.length,
  };
}
