import type { FastifyReply } from 'fastify';

/** What the REST exports (PSAD worklists, CLAS dashboard) answer: CSV or XLSX, as an attachment. */
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
  rows: number;
}

/** A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is written as text. */
export const neutralise = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** A name as a file name's part: lower case, no accents, dashes (Content-Disposition stays ASCII). */
export const fileNameSlug = (name: string, fallback: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || fallback;

/** Sends an export as a download that no cache keeps (it holds personal or funding data). */
export function sendExportFile(reply: FastifyReply, file: ExportFile) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'no-store')
    .header('x-export-rows', String(file.rows))
    .send(file.body);
}

/**
 * exceljs, loaded on the first XLSX export: it weighs some 27 MB of resident memory that a server
 * which never exports would carry for nothing (the RSS target is 300 MB under load).
 */
export const loadExcel = async () => (await import('exceljs')).default;
