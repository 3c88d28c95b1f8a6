import { fr } from '@codegouvfr/react-dsfr';
import { useId, useState, type FormEvent } from 'react';

export interface PaginationProps {
  /** The current page, from 1. */
  page: number;
  hasPreviousPage: boolean;
  hasNextPage: boolean;
  onPrevious: () => void;
  onNext: () => void;
  label?: string;
  disabled?: boolean;
  /** How many pages there are, when known: shown ("Page 2 sur 14") and numbered. */
  pageCount?: number;
  /** Go straight to a page (numbered links and "Aller à la page"); needs pageCount. */
  onPage?: (page: number) => void;
  /** Rows per page, and the sizes offered (e.g. 25, 50, 100). */
  pageSize?: number;
  pageSizes?: readonly number[];
  onPageSizeChange?: (size: number) => void;
}

/** The page numbers to show around the current one: 1 … 4 5 [6] 7 8 … 20. */
function visiblePages(page: number, count: number): (number | 'gap')[] {
  const pages = new Set([1, count, page - 1, page, page + 1].filter((n) => n >= 1 && n <= count));
  const sorted = [...pages].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (typeof last === 'number' && n - last > 1) out.push('gap');
    out.push(n);
  }
  return out;
}

/**
 * DSFR pagination. With only previous/next (a cursor list whose size is unknown)
 * it shows "Page N"; with `pageCount` it shows the count, and with `onPage` the
 * numbered pages and a page jump; with `onPageSizeChange` a page-size select.
 */
export function Pagination({
  page,
  hasPreviousPage,
  hasNextPage,
  onPrevious,
  onNext,
  label = 'Pagination',
  disabled,
  pageCount,
  onPage,
  pageSize,
  pageSizes = [25, 50, 100],
  onPageSizeChange,
}: PaginationProps) {
  const id = useId();
  const [jump, setJump] = useState('');
  const [jumpError, setJumpError] = useState<string | null>(null);
  const showSize = onPageSizeChange !== undefined && pageSize !== undefined;
  if (!hasPreviousPage && !hasNextPage && !showSize) return null;
  const canJump = onPage !== undefined && pageCount !== undefined && pageCount > 1;

  function onJump(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const target = Number(jump);
    if (!Number.isInteger(target) || target < 1 || (pageCount !== undefined && target > pageCount)) {
      setJumpError(`Saisissez un numéro de page entre 1 et ${pageCount ?? 1}.`);
      return;
    }
    setJumpError(null);
    setJump('');
    onPage?.(target);
  }

  return (
    <div className="pagination-bar">
      <nav role="navigation" className={fr.cx('fr-pagination')} aria-label={label}>
        <ul className={fr.cx('fr-pagination__list')}>
          <li>
            <button
              type="button"
              className={fr.cx('fr-pagination__link', 'fr-pagination__link--prev', 'fr-pagination__link--lg-label')}
              onClick={onPrevious}
              disabled={!hasPreviousPage || disabled}
            >
              Page précédente
            </button>
          </li>
          {canJump ? (
            visiblePages(page, pageCount).map((n, index) =>
              n === 'gap' ? (
                <li key={`gap-${index}`}>
                  <span className={fr.cx('fr-pagination__link')} aria-hidden="true">
                    …
                  </span>
                </li>
              ) : (
                <li key={n}>
                  <button
                    type="button"
                    className={fr.cx('fr-pagination__link')}
                    aria-current={n === page ? 'page' : undefined}
                    aria-label={`Page ${n}`}
                    disabled={disabled && n !== page}
                    onClick={() => n !== page && onPage?.(n)}
                  >
                    {n}
                  </button>
                </li>
              ),
            )
          ) : (
            <li>
              <span className={fr.cx('fr-pagination__link')} aria-current="page">
                {pageCount !== undefined ? `Page ${page} sur ${pageCount}` : `Page ${page}`}
              </span>
            </li>
          )}
          <li>
            <button
              type="button"
              className={fr.cx('fr-pagination__link', 'fr-pagination__link--next', 'fr-pagination__link--lg-label')}
              onClick={onNext}
              disabled={!hasNextPage || disabled}
            >
              Page suivante
            </button>
          </li>
        </ul>
      </nav>
      {canJump ? (
        <p className="pagination-bar__count" aria-live="polite">
          Page {page} sur {pageCount}
        </p>
      ) : null}
      {canJump ? (
        <form className="pagination-bar__jump" onSubmit={onJump} noValidate>
          <div className={fr.cx('fr-input-group', jumpError ? 'fr-input-group--error' : undefined)}>
            <label className={fr.cx('fr-label')} htmlFor={`${id}-page`}>
              Aller à la page
            </label>
            <input
              id={`${id}-page`}
              className={fr.cx('fr-input', jumpError ? 'fr-input--error' : undefined)}
              inputMode="numeric"
              value={jump}
              aria-invalid={jumpError ? true : undefined}
              aria-describedby={jumpError ? `${id}-page-erreur` : undefined}
              onChange={(event) => setJump(event.target.value)}
            />
            {jumpError ? (
              <p id={`${id}-page-erreur`} className={fr.cx('fr-error-text')} role="alert">
                {jumpError}
              </p>
            ) : null}
          </div>
          <button type="submit" className={fr.cx('fr-btn', 'fr-btn--secondary', 'fr-btn--sm')} disabled={disabled}>
            Aller
          </button>
        </form>
      ) : null}
      {showSize ? (
        <div className={fr.cx('fr-select-group')}>
          <label className={fr.cx('fr-label')} htmlFor={`${id}-taille`}>
            Lignes par page
          </label>
          <select
            id={`${id}-taille`}
            className={fr.cx('fr-select')}
            value={pageSize}
            disabled={disabled}
            onChange={(event) => onPageSizeChange(Number(event.target.value))}
          >
            {pageSizes.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </div>
  );
}

/**
 * Keeps the stack of cursors behind a forward-only connection so that the
 * user can go back; starts again at page 1 whenever `resetKey` changes.
 */
export function useCursorPagination(resetKey: string) {
  const [state, setState] = useState<{ key: string; cursors: (string | null)[] }>({ key: resetKey, cursors: [null] });
  const cursors = state.key === resetKey ? state.cursors : [null];
  if (state.key !== resetKey) setState({ key: resetKey, cursors: [null] });
  const after = cursors[cursors.length - 1] ?? null;
  return {
    after,
    page: cursors.length,
    hasPreviousPage: cursors.length > 1,
    next: (endCursor: string | null | undefined) => {
      if (!endCursor) return;
      setState({ key: resetKey, cursors: [...cursors, endCursor] });
    },
    previous: () => {
      if (cursors.length > 1) setState({ key: resetKey, cursors: cursors.slice(0, -1) });
    },
  };
}

/** Pagination's props for a cursor pager and the page of the connection shown. */
export function cursorPages(
  pager: ReturnType<typeof useCursorPagination>,
  pageInfo: { hasNextPage: boolean; endCursor?: string | null } | undefined,
): Pick<PaginationProps, 'page' | 'hasPreviousPage' | 'hasNextPage' | 'onPrevious' | 'onNext'> {
  return {
    page: pager.page,
    hasPreviousPage: pager.hasPreviousPage,
    hasNextPage: pageInfo?.hasNextPage ?? false,
    onPrevious: pager.previous,
    onNext: () => pager.next(pageInfo?.endCursor),
  };
}
