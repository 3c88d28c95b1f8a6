import { ListCount } from '../../ui/ListView';
import { pluralize } from '../identity/labels';

/**
 * The count of a worklist (« 12 suivis »), announced, and beside it a visible cue whenever what is shown
 * is stale (the previous page or filter kept on screen while the next one loads, or a refetch); and,
 * when given, the page shown.
 */
export function WorklistCount({
  total,
  stale,
  page,
}: {
  total: number | undefined;
  stale: boolean;
  page?: { page: number; count: number };
}) {
  return (
    <ListCount
      layout="bar"
      text={total === undefined ? undefined : pluralize(total, 'suivi', 'suivis', 'Aucun suivi')}
      stale={stale}
      page={page}
    />
  );
}
