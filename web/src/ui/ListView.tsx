import { fr } from '@codegouvfr/react-dsfr';
import type { ReactNode } from 'react';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';
import { Pagination, type PaginationProps } from './Pagination';

/** What a list needs of its query (a TanStack Query result). */
export interface ListQuery {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  isFetching: boolean;
  refetch: () => unknown;
}

interface ListViewProps {
  /** The list's query: while pending a loading line, on error the error with « Réessayer », else the table and the pagination. */
  query: ListQuery;
  /** The id of the section's heading; without it there is no section, and the parts stand in the page as they are. */
  labelledBy?: string;
  className?: string;
  /** Marks the section busy (aria-busy) while the list is fetched. */
  busyWhileFetching?: boolean;
  /** The heading, or the line that holds it (the worklists' toolbar). */
  heading?: ReactNode;
  /** Search, sort and filters, above the count. */
  filters?: ReactNode;
  /** The count line (ListCount), or the line that holds it. */
  count?: ReactNode;
  loadingLabel?: string;
  /** The table (DataTable, CaseTable), which says itself when the list is empty. */
  children: ReactNode;
  /** The pages, disabled while the list is fetched; none for a list shown whole. */
  pagination?: Omit<PaginationProps, 'disabled'>;
}

/**
 * The scaffold of a list page's list: heading, filters, count, then the table and its pagination, or the
 * loading line, or the error with a retry.
 */
export function ListView({
  query,
  labelledBy,
  className,
  busyWhileFetching,
  heading,
  filters,
  count,
  loadingLabel,
  children,
  pagination,
}: ListViewProps) {
  const body = query.isPending ? (
    <LoadingState label={loadingLabel} />
  ) : query.isError ? (
    <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  ) : (
    <>
      {children}
      {pagination ? <Pagination {...pagination} disabled={query.isFetching} /> : null}
    </>
  );
  const parts = (
    <>
      {heading}
      {filters}
      {count}
      {body}
    </>
  );
  if (labelledBy === undefined) return parts;
  return (
    <section
      aria-labelledby={labelledBy}
      aria-busy={(busyWhileFetching && query.isFetching) || undefined}
      className={className}
    >
      {parts}
    </section>
  );
}

interface ListCountProps {
  /** The count in words (« 12 organisations »); nothing until the list has answered. */
  text: string | undefined;
  /** What is shown is stale (the previous page or filter kept on screen while the next one loads, or a refetch). */
  stale?: boolean;
  /**
   * `line` (default): one announced line, « — mise à jour… » after the count while stale.
   * `bar`: the worklists' count, in bold, with the page shown and a spinning « Mise à jour de la liste… » beside it.
   */
  layout?: 'line' | 'bar';
  /** With `bar`, the page shown, where the table's caption is for assistive technologies only. */
  page?: { page: number; count: number };
  /** With `line`, the line's class (the bold `results__count` by default). */
  className?: string;
}

/** The count of a list, announced (role="status"), with a visible cue while what is shown is stale. */
export function ListCount({
  text,
  stale = false,
  layout = 'line',
  page,
  className = 'results__count',
}: ListCountProps) {
  const showStale = stale && text !== undefined;
  if (layout === 'line') {
    return (
      <p className={className} role="status">
        {text === undefined ? '' : text + (showStale ? ' — mise à jour…' : '')}
      </p>
    );
  }
  return (
    <div className="worklist__count">
      <p className={fr.cx('fr-text--bold', 'fr-mb-0')} role="status">
        {text ?? ''}
      </p>
      {page && page.count > 1 ? (
        <p className={fr.cx('fr-text--sm', 'fr-mb-0')}>
          page {page.page} sur {page.count}
        </p>
      ) : null}
      {showStale ? (
        <p className={`${fr.cx('fr-text--sm', 'fr-mb-0')} worklist__updating`}>
          <span className="loading__spinner" aria-hidden="true" />
          Mise à jour de la liste…
        </p>
      ) : null}
    </div>
  );
}

/** A list's simple filters: a search form (role="search") whose fields filter as they change. */
export function ListFilters({ label, children }: { label: string; children: ReactNode }) {
  return (
    <form role="search" aria-label={label} className="filters" onSubmit={(event) => event.preventDefault()}>
      {children}
    </form>
  );
}
