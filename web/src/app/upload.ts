import { NETWORK_ERROR_MESSAGE, ProblemError, type Problem } from './http';
import { expireSession, getAccessToken, refresh } from './session';

/** Thrown when the user cancelled the upload. */
export class UploadAbortedError extends Error {
  constructor() {
    super('Envoi annulé.');
    this.name = 'UploadAbortedError';
  }
}

export interface MultipartUpload {
  url: string;
  /** Sent before the file, in this order: the server reads the parts as they come. */
  fields: [string, string][];
  file: File;
  /** Bytes sent so far; `null` once every byte is sent (the server is working on the file). */
  onProgress: (progress: { loaded: number; total: number } | null) => void;
  signal?: AbortSignal;
  /** What to say on 413: the server's generic wording does not name the limit. */
  tooLargeDetail: string;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function problemOfXhr(xhr: XMLHttpRequest, tooLargeDetail: string): ProblemError {
  const parsed = parseJson(xhr.responseText);
  const problem: Problem =
    parsed && typeof parsed === 'object'
      ? { ...(parsed as Partial<Problem>), status: xhr.status }
      : { status: xhr.status };
  if (xhr.status === 413) problem.detail = tooLargeDetail;
  if (!problem.detail && !problem.title) problem.detail = `Le serveur a répondu par une erreur (HTTP ${xhr.status}).`;
  return new ProblemError(problem);
}

/** One multipart POST through XMLHttpRequest: fetch() cannot report upload progress. */
function send(upload: MultipartUpload): Promise<XMLHttpRequest> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', upload.url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    const token = getAccessToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) =>
      upload.onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : upload.file.size });
    xhr.upload.onload = () => upload.onProgress(null);
    xhr.onload = () => resolve(xhr);
    xhr.onerror = () => reject(new ProblemError({ status: 0, code: 'NETWORK', detail: NETWORK_ERROR_MESSAGE }));
    xhr.onabort = () => reject(new UploadAbortedError());
    upload.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const body = new FormData();
    for (const [name, value] of upload.fields) body.append(name, value);
    body.append('file', upload.file, upload.file.name);
    upload.onProgress({ loaded: 0, total: upload.file.size });
    xhr.send(body);
  });
}

/**
 * Uploads a file with the session's token, reporting progress, and returns the server's JSON answer.
 * Refreshes the session once on 401 (and resends); a refusal becomes a ProblemError in French.
 */
export async function uploadMultipart(upload: MultipartUpload): Promise<{ status: number; body: unknown }> {
  if (!getAccessToken()) await refresh();
  let xhr = await send(upload);
  if (xhr.status === 401) {
    if (!(await refresh())) {
      expireSession();
      throw problemOfXhr(xhr, upload.tooLargeDetail);
    }
    xhr = await send(upload);
    if (xhr.status === 401) expireSession();
  }
  if (xhr.status < 200 || xhr.status >= 300) throw problemOfXhr(xhr, upload.tooLargeDetail);
  return { status: xhr.status, body: parseJson(xhr.responseText) };
}
