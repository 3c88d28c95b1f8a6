import { fr } from '@codegouvfr/react-dsfr';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../app/graphql';
import { ProblemError } from '../../app/http';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { formatCount, type ReportView } from './ImportReport';
import { useConfirmImport } from './queries';
import type { ImportPreview } from './upload';

/** One confirmation dialog for the page (the DSFR's modal: focus kept inside, Escape closes it). */
const confirmationModal = createModal({ id: 'confirmation-import', isOpenedByDefault: false });

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

interface ConfirmImportProps {
  importId: string;
  report: Pick<ReportView, 'accepted' | 'merged' | 'rejected' | 'duplicatesInFile'>;
  onConfirmed: (written: ImportPreview) => void;
  /** After a refusal: the page reloads the import, whose state may have changed (confirmed meanwhile). */
  onRefused?: () => void;
  /** Where the import's own page is, offered when the server says it was confirmed meanwhile. */
  reportLink?: boolean;
  /** Other buttons of the group (« Abandonner », « Retour »). */
  children?: ReactNode;
}

/**
 * « Confirmer l'import » of a previewed list: asks first in a dialog that says how many rows will be
 * written (new young people, known ones matched), then writes them. The server's refusal (already
 * confirmed, not a referent any more…) shows next to the button, in its own words.
 */
export function ConfirmImport({ importId, report, onConfirmed, onRefused, reportLink, children }: ConfirmImportProps) {
  const confirm = useConfirmImport();
  const n = report.accepted;
  const fresh = n - report.merged;
  return (
    <>
      <ErrorSummary
        title="L'import n'a pas été confirmé"
        general={confirm.error ? errorMessage(confirm.error) : null}
      />
      {reportLink && confirm.error instanceof ProblemError && confirm.error.status === 409 ? (
        <p>
          <Link to={`/psad/imports/${importId}`}>Voir le rapport de cet import</Link>
        </p>
      ) : null}
      <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-btns-group--icon-left')}>
        <li>
          <Button {...confirmationModal.buttonProps} busy={confirm.isPending} disabled={n === 0}>
            Confirmer l'import
          </Button>
        </li>
        {children}
      </ul>
      {confirm.isPending ? (
        <div className={`import-progress ${fr.cx('fr-mb-3w')}`}>
          <label className={fr.cx('fr-label', 'fr-mb-1w')} htmlFor="import-progress-ecriture">
            Écriture de {plural(n, 'ligne', 'lignes')} dans la liste de suivi…
            <span className={fr.cx('fr-hint-text')}>Tout est écrit en une fois : ne quittez pas la page.</span>
          </label>
          <progress id="import-progress-ecriture" />
        </div>
      ) : null}
      {n === 0 ? <p>Aucune ligne à importer dans ce fichier.</p> : null}
      <confirmationModal.Component
        titleAs="h2"
        title={`Importer ${plural(n, 'ligne', 'lignes')} dans la liste de suivi ?`}
        buttons={[
          { children: 'Annuler', priority: 'secondary' },
          {
            children: `Oui, importer ${plural(n, 'ligne', 'lignes')}`,
            onClick: () => confirm.mutate(importId, { onSuccess: onConfirmed, onError: () => onRefused?.() }),
          },
        ]}
      >
        <ul>
          <li>
            {plural(fresh, 'jeune nouveau sera ajouté', 'jeunes nouveaux seront ajoutés')}, chacun avec un suivi « À
            traiter » ;
          </li>
          <li>
            {plural(report.merged, 'ligne est rapprochée', 'lignes sont rapprochées')} d'un jeune déjà connu : il n'est
            pas dupliqué, ses coordonnées sont complétées ;
          </li>
          <li>
            {plural(report.rejected.length, 'ligne rejetée', 'lignes rejetées')} et{' '}
            {plural(report.duplicatesInFile, 'doublon', 'doublons')} du fichier ne sont pas importés.
          </li>
        </ul>
        <p>L'import est écrit en une fois et ne peut pas être annulé depuis l'application.</p>
      </confirmationModal.Component>
    </>
  );
}
