import type { CaseStatus } from '@maillage/shared';

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

/** Placeholder while the export is built: "Exporter (CSV)" and "Exporter (XLSX)". */
export function ExportButtons(_props: ExportButtonsProps) {
  return null;
}
