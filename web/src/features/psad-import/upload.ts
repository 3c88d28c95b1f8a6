import { fetchWithToken, problemOf } from '../../app/download';
import { NETWORK_ERROR_MESSAGE, ProblemError, type Problem } from '../../app/http';
import { expireSession, getAccessToken, refresh } from '../../app/session';

/** The server's default limit (IMPORT_MAX_FILE_BYTES): checked before sending 50 MB for nothing. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface RejectedRow {
  line: number;
  reason: string;
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

/** Thrown when the user cancelled the upload. */
export class UploadAbortedError extends Error {
  constructor() {
    super("Envoi annulé.");
    this.name = 'UploadAbortedError';
  }
}

/** Field errors of a problem+json BAD_USER_INPUT ("campaign", "file"), keyed by path. */
export function problemFields(error: unknown): Record<string, string> {
  if (!(error instanceof ProblemError)) return {};
  const fields = (error.problem as Problem & { fields?: { path: string; message: string }[] }).fields ?? [];
  const out: Record<string, string> = {};
  for (const field of fields) out[field.path] ??= field.message;
  return out;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function problemOfXhr(xhr: XMLHttpRequest): ProblemError {
  const parsed = parseJson(xhr.responseText);
  const problem: Problem = parsed && typeof parsed === 'object' ? { ...(parsed as Partial<Problem>), status: xhr.status } : { status: xhr.status };
  if (xhr.status === 413) {
    // The server's generic wording does not say which limit: name it.
    problem.detail = `Le fichier dépasse la taille maximale acceptée (${MAX_IMPORT_BYTES / 1024 / 1024} Mo).`;
  }
  if (!problem.detail && !problem.title) problem.detail = `Le serveur a répondu par une erreur (HTTP ${xhr.status}).`;
  return new ProblemError(problem);
}

/** One multipart POST through XMLHttpRequest: fetch() cannot report upload progress. */
function send(options: UploadOptions): Promise<{ status: number; xhr: XMLHttpRequest }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/psad/platforms/${encodeURIComponent(options.platformId)}/imports`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    const token = getAccessToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      options.onProgress({ phase: 'upload', loaded: event.loaded, total: event.lengthComputable ? event.total : options.file.size });
    };
    xhr.upload.onload = () => options.onProgress({ phase: 'analysis' });
    xhr.onload = () => resolve({ status: xhr.status, xhr });
    xhr.onerror = () => reject(new ProblemError({ status: 0, code: 'NETWORK', detail: NETWORK_ERROR_MESSAGE }));
    xhr.onabort = () => reject(new UploadAbortedError());
    const onAbort = () => xhr.abort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const body = new FormData();
    // The campaign first: the server reads the parts in order.
    body.append('campaign', options.campaign);
    body.append('file', options.file, options.file.name);
    options.onProgress({ phase: 'upload', loaded: 0, total: options.file.size });
    xhr.send(body);
  });
}

/**
 * Uploads a SIEI list and returns the server's preview. Reports the bytes sent,
 * then the analysis phase. Refreshes the session once on 401 (and resends).
 */
export async function uploadSieiList(options: UploadOptions): Promise<ImportPreview> {
  if (options.file.size > MAX_IMPORT_BYTES) {
    throw new ProblemError({
      status: 413,
      code: 'BAD_USER_INPUT',
      detail: `Le fichier dépasse la taille maximale acceptée (${MAX_IMPORT_BYTES / 1024 / 1024} Mo).`,
    });
  }
  if (!getAccessToken()) await refresh();
  let { status, xhr } = await send(options);
  if (status === 401) {
    if (!(await refresh())) {
      expireSession();
      throw problemOfXhr(xhr);
    }
    ({ status, xhr } = await send(options));
    if (status === 401) expireSession();
  }
  if (status < 200 || status >= 300) throw problemOfXhr(xhr);
  const preview = parseJson(xhr.responseText);
  if (!preview || typeof preview !== 'object') throw new ProblemError({ status, detail: 'Réponse inattendue du serveur.' });
  return preview as ImportPreview;
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
