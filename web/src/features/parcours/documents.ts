import { DOCUMENT_CONTENT_TYPES, DOCUMENT_MAX_BYTES, type DocumentCategory } from '@maillage/shared';
import { fetchWithToken, problemOf, saveBlob } from '../../app/download';
import { ProblemError } from '../../app/http';
import { UploadAbortedError, uploadMultipart } from '../../app/upload';

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

export const contentTypeLabel = (type: string) =>
  type === 'application/pdf' ? 'PDF' : type.startsWith('image/') ? `Image ${type.slice(6).toUpperCase()}` : type;

/** Refuses before sending what the server would refuse anyway: an empty or too large file. */
export function checkDocumentFile(file: File | null): string | undefined {
  if (!file) return 'Choisissez le fichier du document.';
  if (file.size === 0) return 'Ce fichier est vide.';
  if (file.size > DOCUMENT_MAX_BYTES)
    return `Ce fichier pèse ${formatSize(file.size)} : la taille maximale est de ${MAX_DOCUMENT_MB} Mo.`;
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

export { UploadAbortedError };

/** Uploads a document to the PA's armoire numérique, reporting progress. */
export async function uploadDocument(options: UploadDocumentOptions): Promise<{ id: string }> {
  const { status, body } = await uploadMultipart({
    url: `/api/parcours/persons/${encodeURIComponent(options.personId)}/documents`,
    fields: [
      ['title', options.title],
      ['category', options.category],
      ['shareWithMemberIds', options.shareWithMemberIds.join(',')],
    ],
    file: options.file,
    onProgress: options.onProgress,
    tooLargeDetail: `Le fichier dépasse la taille maximale acceptée (${MAX_DOCUMENT_MB} Mo).`,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (!body || typeof body !== 'object' || typeof (body as { id?: unknown }).id !== 'string') {
    throw new ProblemError({ status, detail: 'Réponse inattendue du serveur.' });
  }
  return body as { id: string };
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
export const indicatorsExportUrl = (format: 'csv' | 'xlsx') =>
  `/api/parcours/indicators/export?${new URLSearchParams({ format }).toString()}`;
