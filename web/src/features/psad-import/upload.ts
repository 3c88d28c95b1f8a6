import { fetchWithToken, problemOf } from '../../app/download';
import { ProblemError, type Problem } from '../../app/http';
import { UploadAbortedError, uploadMultipart } from '../../app/upload';

/** The server's default limit (IMPORT_MAX_FILE_BYTES): checked before sending 50 MB for nothing. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface RejectedRow {
  line: number;
  reason: string;
}

/** What reading a row gave: kept (new or matched to a known young person), rejected, or a duplicate of an earlier row. */
export type RowOutcome = 'ACCEPTED' | 'MERGED' | 'REJECTED' | 'DUPLICATE';
export type MatchedOn = 'INE' | 'IDENTITY';

/** One of the first rows of the file: its cells as read (decoded), and what became of it. */
export interface SampleRow {
  line: number;
  cells: readonly string[];
  outcome: RowOutcome;
  /** The rejection reason, or the line it duplicates / the young person it matches. */
  note?: string | null;
}

/** The key fields of a row as the list gives them (names normalised, birth date yyyy-mm-dd). */
export interface KeyFields {
  ine?: string | null;
  lastName: string;
  firstNames: string;
  birthDate: string;
}

export interface DuplicateRow extends KeyFields {
  line: number;
  sameAsLine: number;
  matchedOn: MatchedOn;
  /** The earlier row it repeats, which is the one kept. */
  first: KeyFields;
}

export interface MergedRow extends KeyFields {
  line: number;
  matchedOn: MatchedOn;
  /** The young person already on the platform's list the row is matched to, with their latest case. */
  known: KeyFields & { youngPersonId: string; caseId?: string | null; caseStatus?: string | null };
}

/** What the preview shows of the file beyond the counts (bounded by the server). */
export interface PreviewDetails {
  /** The file's header, as read. */
  columns: readonly string[];
  sample: readonly SampleRow[];
  duplicates: readonly DuplicateRow[];
  merged: readonly MergedRow[];
}

/** What the REST routes answer: the preview, plus the written counts once confirmed. */
export interface ImportPreview {
  importId: string;
  total: number;
  accepted: number;
  merged: number;
  rejected: RejectedRow[];
  duplicatesInFile: number;
  warnings: number;
  /** Absent from a confirm's answer. */
  preview?: PreviewDetails | null;
  created?: number | null;
  updated?: number | null;
  casesOpened?: number | null;
}

export type UploadProgress =
  | { phase: 'upload'; loaded: number; total: number }
  /** Every byte sent: the server reads the list and builds the preview. */
  | { phase: 'analysis' };

export interface UploadOptions {
  platformId: string;
  campaign: string;
  file: File;
  onProgress: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}

export { UploadAbortedError };

/** Field errors of a problem+json BAD_USER_INPUT ("campaign", "file"), keyed by path. */
export function problemFields(error: unknown): Record<string, string> {
  if (!(error instanceof ProblemError)) return {};
  const fields = (error.problem as Problem & { fields?: { path: string; message: string }[] }).fields ?? [];
  const out: Record<string, string> = {};
  for (const field of fields) out[field.path] ??= field.message;
  return out;
}

/**
 * Uploads a SIEI list and returns the server's preview. Reports the bytes sent,
 * then the analysis phase. Refreshes the session once on 401 (and resends).
 */
export async function uploadSieiList(options: UploadOptions): Promise<ImportPreview> {
  const tooLargeDetail = `Le fichier dépasse la taille maximale acceptée (${MAX_IMPORT_BYTES / 1024 / 1024} Mo).`;
  if (options.file.size > MAX_IMPORT_BYTES)
    throw new ProblemError({ status: 413, code: 'BAD_USER_INPUT', detail: tooLargeDetail });
  const { status, body } = await uploadMultipart({
    url: `/api/psad/platforms/${encodeURIComponent(options.platformId)}/imports`,
    fields: [['campaign', options.campaign]],
    file: options.file,
    onProgress: (p) => options.onProgress(p ? { phase: 'upload', ...p } : { phase: 'analysis' }),
    tooLargeDetail,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (!body || typeof body !== 'object') throw new ProblemError({ status, detail: 'Réponse inattendue du serveur.' });
  return body as ImportPreview;
}

/** Writes a previewed import. A second confirm gets a ProblemError 409 CONFLICT. */
export async function confirmImport(importId: string): Promise<ImportPreview> {
  const response = await fetchWithToken(`/api/psad/imports/${encodeURIComponent(importId)}/confirm`, {
    method: 'POST',
    headers: { Accept: 'application/json' },
  });
  if (!response.ok) throw await problemOf(response);
  return (await response.json()) as ImportPreview;
}

export const rejectedCsvUrl = (importId: string) => `/api/psad/imports/${encodeURIComponent(importId)}/rejected.csv`;
