import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import type { RequestContext } from '../../../core/context.js';
import {
  CONTENT_TYPES,
  EXPORT_FORMATS,
  fileNameSlug,
  loadExcel,
  neutralise,
  type ExportFile,
} from '../../../core/export-file.js';
import { parseInput } from '../../../core/validation.js';
import { cpmsIndicators, indicatorsInput } from './indicators.service.js';

export const CPMS_INDICATORS_EXPORT_ACTION = 'cpms.indicators_export';

const exportInput = indicatorsInput.extend({ format: z.enum(EXPORT_FORMATS, { message: 'csv ou xlsx' }) });

const HEADERS = ['Tableau', 'Libellé', 'Colonne', 'Valeur'];

type Line = [table: string, label: string, column: string, value: number | string];

/**
 * The page's tables as CSV or XLSX, one line per figure: a masked count is written as its label
 * (« < 5 », « s »), never as its value. Audited with the year and zone asked for.
 */
export async function exportCpmsIndicators(ctx: RequestContext, raw: unknown): Promise<ExportFile> {
  const { format, ...query } = parseInput(exportInput, raw ?? {}, '');
  const data = await cpmsIndicators(ctx, query);
  const lines: Line[] = data.tables.flatMap((t) =>
    t.rows.flatMap((r) =>
      t.columns.map((c, i): Line => {
        const cell = r.cells[i]!;
        return [t.title, r.label, c, cell.masked || cell.value === null ? cell.display : cell.value];
      }),
    ),
  );
  let body: Buffer;
  if (format === 'csv') {
    // What French spreadsheets open as is: a BOM for UTF-8, semicolons, CRLF.
    const records = lines.map((l) => l.map((v) => (typeof v === 'string' ? neutralise(v) : String(v))));
    body = Buffer.from(
      stringify([HEADERS, ...records, [], [neutralise(data.rule)]], {
        bom: true,
        delimiter: ';',
        record_delimiter: 'windows',
      }),
      'utf8',
    );
  } else {
    const ExcelJS = await loadExcel();
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Maillage';
    const sheet = workbook.addWorksheet('Indicateurs CPMS', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = [
      { header: HEADERS[0], width: 56 },
      { header: HEADERS[1], width: 32 },
      { header: HEADERS[2], width: 24 },
      { header: HEADERS[3], width: 10 },
    ];
    sheet.getRow(1).font = { bold: true };
    // Counts stay numbers (a spreadsheet sums them); a mask stays its label.
    for (const l of lines) sheet.addRow(l);
    sheet.addRow([]);
    sheet.addRow([data.rule]);
    body = Buffer.from(await workbook.xlsx.writeBuffer());
  }
  await ctx.audit({
    action: CPMS_INDICATORS_EXPORT_ACTION,
    details: { format, year: data.year, zoneId: data.zone?.id ?? null, figures: lines.length },
  });
  const where = data.zone ? `-${fileNameSlug(data.zone.name, 'zone')}` : '';
  return {
    fileName: `cpms-indicateurs-${data.year}${where}.${format}`,
    contentType: CONTENT_TYPES[format],
    body,
    rows: lines.length,
  };
}
