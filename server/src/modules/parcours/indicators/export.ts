import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { REFERENCE_END_REASON_LABELS, REFERENCE_STATUS_LABELS, SANS_SUITE_MOTIVE_LABELS } from '@maillage/shared';
import type { RequestContext } from '../../../core/context.js';
import { CONTENT_TYPES, EXPORT_FORMATS, neutralise, type ExportFile, loadExcel } from '../../../core/export-file.js';
import { parseInput } from '../../../core/validation.js';
import { parcoursIndicators, type ParcoursIndicators } from './indicators.service.js';

export const INDICATORS_EXPORT_ACTION = 'parcours.indicators_export';

const exportSchema = z.object({ format: z.enum(EXPORT_FORMATS, { message: 'csv ou xlsx' }) });

export const INDICATOR_HEADERS = ['Indicateur', 'Valeur'];

/** One row per figure and per status, motive and reason, in the shared order: counts only, never a person. */
export function indicatorRows(d: ParcoursIndicators): { label: string; value: number }[] {
  return [
    { label: 'Personnes accompagnées', value: d.persons },
    { label: 'Références proposées', value: d.referencesProposed },
    { label: 'Références acceptées (actives ou terminées)', value: d.referencesAccepted },
    ...d.byStatus.map((s) => ({
      label: `Références au statut « ${REFERENCE_STATUS_LABELS[s.status]} »`,
      value: s.count,
    })),
    ...d.sansSuiteByMotive.map((m) => ({
      label: `Références sans suite, motif « ${SANS_SUITE_MOTIVE_LABELS[m.motive]} »`,
      value: m.count,
    })),
    ...d.endedByReason.map((r) => ({
      label: `Références terminées, raison « ${REFERENCE_END_REASON_LABELS[r.reason]} »`,
      value: r.count,
    })),
    { label: 'Professionnels exerçant comme référent', value: d.professionalsActingAsReferent },
    { label: 'Armoires numériques utilisées (personnes ayant au moins un document)', value: d.lockersInUse },
    { label: 'Documents dans les armoires numériques', value: d.documents },
  ];
}

function toCsv(rows: { label: string; value: number }[]): Buffer {
  // What French spreadsheets open as is: a BOM for UTF-8, semicolons, CRLF.
  const records = rows.map((r) => [neutralise(r.label), String(r.value)]);
  return Buffer.from(
    stringify([INDICATOR_HEADERS, ...records], { bom: true, delimiter: ';', record_delimiter: 'windows' }),
    'utf8',
  );
}

async function toXlsx(rows: { label: string; value: number }[]): Promise<Buffer> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Maillage';
  const sheet = workbook.addWorksheet('Indicateurs', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: INDICATOR_HEADERS[0], key: 'label', width: 72 },
    { header: INDICATOR_HEADERS[1], key: 'value', width: 12 },
  ];
  sheet.getRow(1).font = { bold: true };
  // Counts stay numbers: a spreadsheet sums them.
  for (const r of rows) sheet.addRow([r.label, r.value]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Today in Europe/Paris (YYYY-MM-DD), for the file's name. */
const parisDate = (now = new Date()) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);

/**
 * The indicators as CSV or XLSX. The GraphQL query's policy (INDICATORS_POLICY), declared by the
 * route; the same figures; audited in the same transaction once the file is built.
 */
export async function exportParcoursIndicators(ctx: RequestContext, raw: unknown): Promise<ExportFile> {
  const input = parseInput(exportSchema, raw ?? {}, '');
  const rows = indicatorRows(await parcoursIndicators(ctx));
  const body = input.format === 'csv' ? toCsv(rows) : await toXlsx(rows);
  await ctx.audit({ action: INDICATORS_EXPORT_ACTION, details: { format: input.format, figures: rows.length } });
  return {
    fileName: `parcours-indicateurs-${parisDate()}.${input.format}`,
    contentType: CONTENT_TYPES[input.format],
    body,
    rows: rows.length,
  };
}
