import { DOCUMENT_CONTENT_TYPES, DOCUMENT_MAX_BYTES, type DocumentCategory } from '@maillage/shared';
import { fetchWithToken, problemOf, saveBlob } from '../../app/download';
import { NETWORK_ERROR_MESSAGE, ProblemError, type Problem } from '../../app/http';
import { expireSession, getAccessToken, refresh } from '../../app/session';

export const MAX_DOCUMENT_MB = DOCUMENT_MAX_BYTES / 1024 / 1024;

/** What the file input offers; the server checks the type from the content, not from the name. */
export const DOCUMENT_ACCEPT = ['.pdf', '.png', '.jpg', '.jpeg', '.webp', ...DOCUMENT_CONTENT_TYPES].join(',');

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
};

export const formatSize = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`
    : `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('fr-FR')} Ko`;

export const contentTypeLabel = (type: string) => (type === 'application/pdf' ? 'PDF' : type.startsWith('image/') ? `Image ${type.slice(6).toUpperCase()}` : type);

/** Refuses before sending what the server would refuse anyway: an empty or too large file. */
export function checkDocumentFile(file: File | null): string | undefined {
  if (!file) return 'Choisissez le fichier du document.';
  if (file.size === 0) return 'Ce fichier est vide.';
  if (file.size > DOCUMENT_MAX_BYTES) return `Ce fichier pèse ${formatSize(file.size)} : la taille maximale est de ${MAX_DOCUMENT_MB} Mo.`;
  return undefined;
}

export interface UploadDocumentOptions {
  personId: string;
  title: string;
  category: DocumentCategory;
  shareWithMemberIds: readonly string[];
  file: File;
  /** Bytes sent so far; `null` once every byte is sent (the server checks and stores the file). */
  onProgress: (progress: { loaded: number; total: number } | null) => void;
  signal?: AbortSignal;
}

/** Thrown when the user cancelled the upload. */
export class UploadAbortedError extends Error {
  constructor() {
    super('Envoi annulé.');
    this.name = 'UploadAbortedError';
  }
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
  if (xhr.status === 413 && !problem.detail) problem.detail = `Le fichier dépasse la taille maximale acceptée (${MAX_DOCUMENT_MB} Mo).`;
  if (!problem.detail && !problem.title) problem.detail = `Le serveur a répondu par une erreur (HTTP ${xhr.status}).`;
  return new ProblemError(problem);
}

/** One multipart POST through XMLHttpRequest: fetch() cannot report upload progress. */
function send(options: UploadDocumentOptions): Promise<XMLHttpRequest> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/parcours/persons/${encodeURIComponent(options.personId)}/documents`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    const token = getAccessToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => options.onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : options.file.size });
    xhr.upload.onload = () => options.onProgress(null);
    xhr.onload = () => resolve(xhr);
    xhr.onerror = () => reject(new ProblemError({ status: 0, code: 'NETWORK', detail: NETWORK_ERROR_MESSAGE }));
    xhr.onabort = () => reject(new UploadAbortedError());
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const body = new FormData();
    // The fields first, the file last: the server reads the parts in order.
    body.append('title', options.title);
    body.append('category', options.category);
    body.append('shareWithMemberIds', options.shareWithMemberIds.join(','));
    body.append('file', options.file, options.file.name);
    options.onProgress({ loaded: 0, total: options.file.size });
    xhr.send(body);
  });
}

/** Uploads a document to the PA's armoire numérique; refreshes the session once on 401 (and resends). */
export async function uploadDocument(options: UploadDocumentOptions): Promise<{ id: string }> {
  if (!getAccessToken()) await refresh();
  let xhr = await send(options);
  if (xhr.status === 401) {
    if (!(await refresh())) {
      expireSession();
      throw problemOfXhr(xhr);
    }
    xhr = await send(options);
    if (xhr.status === 401) expireSession();
  }
  if (xhr.status < 200 || xhr.status >= 300) throw problemOfXhr(xhr);
  const created = parseJson(xhr.responseText);
  if (!created || typeof created !== 'object' || typeof (created as { id?: unknown }).id !== 'string') {
    throw new ProblemError({ status: xhr.status, detail: 'Réponse inattendue du serveur.' });
  }
  return created as { id: string };
}

/** The file name the server chose (Content-Disposition), else the title with the type's extension. */
function fileNameOf(response: Response, title: string, contentType: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (star) {
    try {
      return decodeURIComponent(star);
    } catch {
      // falls through to the plain name
    }
  }
  const plain = /filename="([^"]+)"/.exec(header)?.[1];
  if (plain) return plain;
  const safe = title.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'document';
  return `${safe}.${EXTENSIONS[contentType] ?? 'bin'}`;
}

/**
 * Downloads a document of the locker with the session's token and saves it through a blob (nothing
 * personal in a URL). Throws a ProblemError with the server's French message when it refuses (403
 * when the PA has not shared it with the caller).
 */
export async function downloadDocument(doc: { id: string; title: string; contentType: string }): Promise<string> {
  const response = await fetchWithToken(`/api/parcours/documents/${encodeURIComponent(doc.id)}`, {
    headers: { Accept: `${DOCUMENT_CONTENT_TYPES.join(', ')}, application/problem+json` },
  });
  if (!response.ok) throw await problemOf(response);
  const name = fileNameOf(response, doc.title, doc.contentType);
  saveBlob(await response.blob(), name);
  return name;
}

/** Where the indicators are exported from. */
export const indicatorsExportUrl = (format: 'csv' | 'xlsx') => `/api/parcours/indicators/export?${new URLSearchParams({ format }).toString()}`;
