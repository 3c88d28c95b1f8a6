import { fr } from '@codegouvfr/react-dsfr';
import { pluralize } from '../identity/labels';

/**
 * The count of a worklist, announced, and beside it a visible cue whenever what is shown is stale
 * (the previous page or filter kept on screen while the next one loads, or a refetch); and, when
 * given, the page shown.
 */
export function WorklistCount({ total, stale, page }: { total: number | undefined; stale: boolean; page?: { page: number; count: number } }) {
  return (
    <div className="worklist__count">
      <p className={fr.cx('fr-text--bold', 'fr-mb-0')} role="status">
        {total === undefined ? '' : pluralize(total, 'suivi', 'suivis', 'Aucun suivi')}
      </p>
      {/* Where the table's caption is for assistive technologies only, the page it shows, in view. */}
      {page && page.count > 1 ? <p className={fr.cx('fr-text--sm', 'fr-mb-0')}>page {page.page} sur {page.count}</p> : null}
      {stale && total !== undefined ? (
        <p className={`${fr.cx('fr-text--sm', 'fr-mb-0')} worklist__updating`}>
          <span className="loading__spinner" aria-hidden="true" />
          Mise à jour de la liste…
        </p>
      ) : null}
    </div>
  );
}
