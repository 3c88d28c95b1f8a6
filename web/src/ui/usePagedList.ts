import { useEffect, useState } from 'react';
import type { PaginationProps } from './Pagination';

/** The page sizes a paged list offers (Pagination's select), the first the default. */
export const PAGE_SIZES = [25, 50, 100] as const;

/** A page of a list: after the previous page's cursor, or (a page jump) at an offset. See usePagedList. */
export interface PageRequest {
  first: number;
  after: string | null;
  offset: number | null;
}

interface State {
  key: string;
  page: number;
  size: number;
  /** The cursor that starts each page reached so far (page n + 1 starts after page n's endCursor). */
  cursors: ReadonlyMap<number, string>;
}

/**
 * Pages of a list by number (the PSAD worklists, the CLAS project lists). A page that follows one already read is asked for by cursor
 * (`after` its endCursor: the keyset path, as fast on page 40 as on page 1, and off the name index in
 * name order); a page jumped to (or « previous » after a jump) is asked for by `offset`, and its
 * endCursor then carries the next pages on by cursor. Starts again at page 1 when `resetKey` (the
 * filter and the sort) or the page size changes.
 */
export function usePagedList(resetKey: string, initialSize: number = PAGE_SIZES[0]) {
  const [state, setState] = useState<State>({ key: resetKey, page: 1, size: initialSize, cursors: new Map() });
  const current =
    state.key === resetKey ? state : { ...state, key: resetKey, page: 1, cursors: new Map<number, string>() };
  if (current !== state) setState(current);

  const { page, size, cursors } = current;
  const request = pageRequest(page, size, cursors);

  return {
    page,
    size,
    request,
    /** Remember where the page shown ends, so that the next page is read by cursor. */
    record: (shownPage: number, endCursor: string | null | undefined) => {
      if (!endCursor || cursors.get(shownPage + 1) === endCursor) return;
      setState((s) =>
        s.key === resetKey && s.size === size ? { ...s, cursors: new Map(s.cursors).set(shownPage + 1, endCursor) } : s,
      );
    },
    goTo: (target: number) => setState((s) => ({ ...s, key: resetKey, page: Math.max(1, target) })),
    setSize: (next: number) => setState({ key: resetKey, page: 1, size: next, cursors: new Map() }),
  };
}

/** What to ask for page `page`: by cursor when the page before it was read, else (a jump) by offset. */
export function pageRequest(page: number, size: number, cursors: ReadonlyMap<number, string>): PageRequest {
  const after = page > 1 ? (cursors.get(page) ?? null) : null;
  return { first: size, after, offset: page > 1 && after === null ? (page - 1) * size : null };
}

/** How many pages `total` rows make (at least one, so that an empty list says « page 1 sur 1 »). */
export const pageCountOf = (total: number, size: number) => Math.max(1, Math.ceil(total / size));

/** What useNumberedPages reads of a list's connection. */
interface PagedConnection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * The numbered pages of a usePagedList list: remembers where the page shown ends (not a placeholder's,
 * kept on screen while the page loads), so that the next page is read after it by cursor; gives the
 * page count and Pagination's props.
 */
export function useNumberedPages(
  pager: ReturnType<typeof usePagedList>,
  connection: PagedConnection | undefined,
  placeholder: boolean,
) {
  const endCursor = placeholder ? null : connection?.pageInfo.endCursor;
  const { record, page, size, goTo, setSize } = pager;
  useEffect(() => record(page, endCursor), [record, page, endCursor]);
  const pageCount = connection ? pageCountOf(connection.totalCount, size) : undefined;
  const pagination = {
    page,
    pageCount,
    hasPreviousPage: page > 1,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    onPrevious: () => goTo(page - 1),
    onNext: () => goTo(page + 1),
    onPage: goTo,
    pageSize: size,
    onPageSizeChange: setSize,
  } satisfies Partial<PaginationProps>;
  return { pageCount, pagination };
}
