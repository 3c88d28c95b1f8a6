import fs from 'node:fs';
import path from 'node:path';
import { sampleRss } from './measure.js';

export interface ImportResult {
  file: string;
  rows: number;
  bytes: number;
  previewMs: number;
  confirmMs: number;
  totalMs: number;
  /** Rows of the file per second, upload + preview + confirm. */
  rowsPerSecond: number;
  report: {
    total?: number;
    accepted?: number;
    merged?: number;
    rejected?: number;
    created?: number;
    updated?: number;
    casesOpened?: number;
  };
  statements: { preview: number | null; confirm: number | null };
  peakRssMb: number;
}

interface Report {
  importId: string;
  total: number;
  accepted: number;
  merged: number;
  rejected: unknown[];
  created?: number;
  updated?: number;
  casesOpened?: number;
}

/** I1: one SIEI file through preview (multipart upload) then confirm, timed end to end. */
export async function importSiei(
  base: string,
  pid: number,
  token: string,
  platformId: string,
  file: string,
  campaign: string,
): Promise<ImportResult> {
  const content = fs.readFileSync(file);
  const rows =
    content
      .toString('latin1')
      .split('\n')
      .filter((l) => l.trim() !== '').length - 1;
  const headers = { authorization: `Bearer ${token}` };
  const rss = sampleRss(pid);
  const started = performance.now();
  const form = new FormData();
  form.append('campaign', campaign);
  form.append('file', new Blob([content], { type: 'text/csv' }), path.basename(file));
  const preview = await fetch(`${base}/api/psad/platforms/${platformId}/imports`, {
    method: 'POST',
    headers,
    body: form,
  });
  if (preview.status !== 200) throw new Error(`I1 preview: ${preview.status} ${(await preview.text()).slice(0, 500)}`);
  const previewReport = (await preview.json()) as Report;
  const previewed = performance.now();
  const confirm = await fetch(`${base}/api/psad/imports/${previewReport.importId}/confirm`, {
    method: 'POST',
    headers,
  });
  if (confirm.status !== 200) throw new Error(`I1 confirm: ${confirm.status} ${(await confirm.text()).slice(0, 500)}`);
  const report = (await confirm.json()) as Report;
  const done = performance.now();
  const peakRssMb = rss.stop();
  const count = (h: string | null) => (h === null ? null : Number(h));
  return {
    file: path.basename(file),
    rows,
    bytes: content.length,
    previewMs: Math.round(previewed - started),
    confirmMs: Math.round(done - previewed),
    totalMs: Math.round(done - started),
    rowsPerSecond: Math.round(rows / ((done - started) / 1000)),
    report: {
      total: report.total,
      accepted: report.accepted,
      merged: report.merged,
      rejected: report.rejected.length,
      ...(report.created !== undefined ? { created: report.created } : {}),
      ...(report.updated !== undefined ? { updated: report.updated } : {}),
      ...(report.casesOpened !== undefined ? { casesOpened: report.casesOpened } : {}),
    },
    statements: {
      preview: count(preview.headers.get('x-sql-statements')),
      confirm: count(confirm.headers.get('x-sql-statements')),
    },
    peakRssMb: Math.round(peakRssMb * 10) / 10,
  };
}
