import { fr } from '@codegouvfr/react-dsfr';
import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';

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
  /** Small rows (DSFR fr-table--sm), for lists read line by line. */
  compact?: boolean;
  /** The caption read by assistive technologies only (DSFR fr-table--no-caption), where the page shows it otherwise. */
  captionHidden?: boolean;
  /** An extra class on the DSFR fr-table block (a page's own layout of the table). */
  className?: string;
}

function useHorizontalOverflow(ref: RefObject<HTMLElement | null>): boolean {
  const [overflow, setOverflow] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setOverflow(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [ref]);
  return overflow;
}

/** A captioned DSFR table; scrolls sideways in a focusable region on narrow screens. */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  emptyMessage = 'Aucun résultat.',
  busy,
  compact,
  captionHidden,
  className,
}: DataTableProps<T>) {
  const captionId = useId();
  const wrapperRef = useRef<HTMLDivElement>(null);
  const scrollable = useHorizontalOverflow(wrapperRef);
  return (
    <div
      className={`${fr.cx('fr-table', compact ? 'fr-table--sm' : undefined, captionHidden ? 'fr-table--no-caption' : undefined, 'fr-mb-3w')}${className ? ` ${className}` : ''}`}
    >
      <div className={fr.cx('fr-table__wrapper')}>
        <div className={fr.cx('fr-table__container')}>
          {/* Focusable only when it scrolls sideways, so that keyboard users can scroll it. */}
          <div
            ref={wrapperRef}
            className={fr.cx('fr-table__content')}
            role={scrollable ? 'region' : undefined}
            aria-labelledby={scrollable ? captionId : undefined}
            tabIndex={scrollable ? 0 : undefined}
          >
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
        </div>
      </div>
    </div>
  );
}
