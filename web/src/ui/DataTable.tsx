import { useId, type ReactNode } from 'react';

export interface Column<T> {
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Marks the row header cell (usually the name). */
  rowHeader?: boolean;
  className?: string;
}

interface DataTableProps<T> {
  caption: ReactNode;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  emptyMessage?: string;
  busy?: boolean;
}

/** A plain, captioned table; scrolls sideways in a focusable region on narrow screens. */
export function DataTable<T>({ caption, columns, rows, rowKey, emptyMessage = 'Aucun résultat.', busy }: DataTableProps<T>) {
  const captionId = useId();
  return (
    <div className="table-wrapper" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table" aria-busy={busy || undefined}>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.className}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="data-table__empty">
                {emptyMessage}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column) =>
                  column.rowHeader ? (
                    <th key={column.key} scope="row" className={column.className}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.key} className={column.className}>
                      {column.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
