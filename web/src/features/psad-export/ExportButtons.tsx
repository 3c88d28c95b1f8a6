import { useEffect, useRef, useState } from 'react';
import type { CaseStatus } from '@maillage/shared';
import { fetchWithToken, problemOf, saveBlob } from '../../app/download';
import { ProblemError } from '../../app/http';
import { Button } from '../../ui/Button';
import './ExportButtons.css';

/** The worklists' filter, as the GraphQL input CaseFilter spells it. */
export interface CaseFilter {
  status?: CaseStatus[] | null;
  organisationId?: string | null;
  campaign?: string | null;
  source?: 'SIEI' | 'SIGNAL' | null;
  minorWithoutSolution?: boolean | null;
  commune?: string | null;
  daysWithoutContact?: number | null;
  search?: string | null;
}

export type CaseOrder = 'NAME' | 'LAST_UPDATE' | 'EXIT_DATE';

export type ExportScope = { platformId: string } | { assigned: true };

export interface ExportButtonsProps {
  /** The referent worklist of a platform, or the counsellor's assigned cases. */
  scope: ExportScope;
  /** The list's current filter and sort: the export holds exactly the rows the list shows, every page. */
  filter: CaseFilter;
  orderBy?: CaseOrder;
}

type ExportFormat = 'csv' | 'xlsx';

const FORMAT_NAMES: Record<ExportFormat, string> = { csv: 'CSV', xlsx: 'XLSX' };

/** The file name the server chose (Content-Disposition), else a plain one. */
function fileNameOf(response: Response, format: ExportFormat): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '');
  return match?.[1] ?? `suivis.${format}`;
}

/**
 * "Exporter en CSV" and "Exporter en XLSX": every case of the filtered list, in its order. The filter
 * travels in the POST body (a search is a name: never in a URL); the server audits each export.
 */
export function ExportButtons({ scope, filter, orderBy }: ExportButtonsProps) {
  const [running, setRunning] = useState<ExportFormat | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  async function run(format: ExportFormat) {
    setRunning(format);
    setDone(null);
    setError(null);
    try {
      const response = await fetchWithToken('/api/psad/exports', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/problem+json' },
        body: JSON.stringify({ format, scope, filter, ...(orderBy ? { orderBy } : {}) }),
      });
      if (!response.ok) throw await problemOf(response);
      const fileName = fileNameOf(response, format);
      saveBlob(await response.blob(), fileName);
      if (mounted.current) setDone(`Export ${FORMAT_NAMES[format]} téléchargé : ${fileName}.`);
    } catch (e) {
      if (mounted.current) setError(e instanceof ProblemError ? e.message : "L'export a échoué. Réessayez dans un instant.");
    } finally {
      if (mounted.current) setRunning(null);
    }
  }

  return (
    <div className="export-buttons">
      <div className="export-buttons__actions" role="group" aria-label="Exporter la liste filtrée">
        {(['csv', 'xlsx'] as const).map((format) => (
          <Button key={format} variant="secondary" busy={running === format} disabled={running !== null} onClick={() => void run(format)}>
            Exporter en {FORMAT_NAMES[format]}
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
