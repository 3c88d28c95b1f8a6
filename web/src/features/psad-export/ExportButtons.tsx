import type { CaseStatus } from '@maillage/shared';
import { fetchWithToken } from '../../app/download';
import { DownloadButtons } from '../../ui/DownloadButtons';

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

/**
 * "Exporter en CSV" and "Exporter en XLSX": every case of the filtered list, in its order. The filter
 * travels in the POST body (a search is a name: never in a URL); the server audits each export.
 */
export function ExportButtons({ scope, filter, orderBy }: ExportButtonsProps) {
  return (
    <DownloadButtons
      formats={['csv', 'xlsx'] as const}
      groupLabel="Exporter la liste filtrée"
      buttonText={(format) => `Exporter en ${FORMAT_NAMES[format]}`}
      formatName={(format) => FORMAT_NAMES[format]}
      fallbackFileName={(format) => `suivis.${format}`}
      fetchFile={(format) =>
        fetchWithToken('/api/psad/exports', {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Accept:
              'text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/problem+json',
          },
          body: JSON.stringify({ format, scope, filter, ...(orderBy ? { orderBy } : {}) }),
        })
      }
    />
  );
}
