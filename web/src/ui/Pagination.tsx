import { useState } from 'react';
import { Button } from './Button';

interface PaginationProps {
  page: number;
  hasPreviousPage: boolean;
  hasNextPage: boolean;
  onPrevious: () => void;
  onNext: () => void;
  label?: string;
  disabled?: boolean;
}

/** Cursor pagination: "Précédent" / "Suivant". */
export function Pagination({
  page,
  hasPreviousPage,
  hasNextPage,
  onPrevious,
  onNext,
  label = 'Pagination',
  disabled,
}: PaginationProps) {
  if (!hasPreviousPage && !hasNextPage) return null;
  return (
    <nav className="pagination" aria-label={label}>
      <Button variant="secondary" onClick={onPrevious} disabled={!hasPreviousPage || disabled}>
        Précédent
      </Button>
      <span className="pagination__page">Page {page}</span>
      <Button variant="secondary" onClick={onNext} disabled={!hasNextPage || disabled}>
        Suivant
      </Button>
    </nav>
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
