import type { CaseFilter, CaseOrder } from '../../gql/graphql';

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
