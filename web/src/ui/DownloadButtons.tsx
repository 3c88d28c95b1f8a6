import { useEffect, useRef, useState } from 'react';
import { problemOf, saveBlob } from '../app/download';
import { ProblemError } from '../app/http';
import { Button } from './Button';
import './styles/download-buttons.css';

export interface DownloadButtonsProps<F extends string> {
  formats: readonly F[];
  /** The accessible name of the group of buttons. */
  groupLabel: string;
  buttonText: (format: F) => string;
  /** How the status line names the format once downloaded. */
  formatName: (format: F) => string;
  /** Asks the server for the file (with the session's token: fetchWithToken). */
  fetchFile: (format: F) => Promise<Response>;
  /** The name to save under when the server sends none. */
  fallbackFileName: (format: F) => string;
}

/** The file name the server chose (Content-Disposition), else the fallback. */
function fileNameOf(response: Response, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '');
  return match?.[1] ?? fallback;
}

/**
 * One button per format of an export; the status line says when the file is saved, an alert why
 * the server refused. Files are saved through a blob: nothing personal ever sits in a URL.
 */
export function DownloadButtons<F extends string>({
  formats,
  groupLabel,
  buttonText,
  formatName,
  fetchFile,
  fallbackFileName,
}: DownloadButtonsProps<F>) {
  const [running, setRunning] = useState<F | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  async function run(format: F) {
    setRunning(format);
    setDone(null);
    setError(null);
    try {
      const response = await fetchFile(format);
      if (!response.ok) throw await problemOf(response);
      const fileName = fileNameOf(response, fallbackFileName(format));
      saveBlob(await response.blob(), fileName);
      if (mounted.current) setDone(`Export ${formatName(format)} téléchargé : ${fileName}.`);
    } catch (e) {
      if (mounted.current)
        setError(e instanceof ProblemError ? e.message : "L'export a échoué. Réessayez dans un instant.");
    } finally {
      if (mounted.current) setRunning(null);
    }
  }

  return (
    <div className="export-buttons">
      <div className="export-buttons__actions" role="group" aria-label={groupLabel}>
        {formats.map((format) => (
          <Button
            key={format}
            variant="secondary"
            busy={running === format}
            disabled={running !== null}
            onClick={() => void run(format)}
          >
            {buttonText(format)}
          </Button>
        ))}
      </div>
      <p className="export-buttons__status" role="status">
        {running ? 'Export en cours…' : (done ?? '')}
      </p>
      {error ? (
        <p className="export-buttons__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
