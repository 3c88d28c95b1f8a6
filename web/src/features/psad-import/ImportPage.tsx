import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { formatDateTime } from '../../ui/format';
import { ConfirmImport } from './ConfirmImport';
import { formatCount, ImportReport, ImportStatusBadge } from './ImportReport';
import { useSieiImport } from './queries';
import '../../ui/styles/import.css';

/** One import's report; confirms it while it is still a preview (and only then). */
export function ImportPage() {
  const { id = '' } = useParams();
  const query = useSieiImport(id);
  const [message, setMessage] = useState<string | null>(null);
  const item = query.data;
  usePageTitle(item ? `Import SIEI ${item.campaign}` : 'Import SIEI');

  const breadcrumb = (current: string) => (
    <Breadcrumb
      currentPageLabel={current}
      homeLinkProps={{ to: '/' }}
      segments={[
        { label: 'Suivi PSAD', linkProps: { to: '/psad' } },
        { label: 'Imports SIEI', linkProps: { to: '/psad/imports' } },
      ]}
    />
  );

  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!item) {
    return (
      <>
        {breadcrumb('Import introuvable')}
        <h1>Import introuvable</h1>
        <p>Cet import n'existe pas ou n'appartient pas à l'une de vos plateformes.</p>
        <p>
          <Link className={fr.cx('fr-link')} to="/psad/imports">
            Retour aux imports SIEI
          </Link>
        </p>
      </>
    );
  }

  const confirmed = item.status === 'CONFIRME';
  const report = item.report;

  return (
    <>
      {breadcrumb(`Campagne ${item.campaign}`)}
      <h1>Import SIEI — campagne {item.campaign}</h1>
      <section aria-labelledby="titre-import" className={fr.cx('fr-mb-5w')}>
        <h2 id="titre-import">Fichier</h2>
        <dl className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
          <div className={fr.cx('fr-col-12', 'fr-col-md-3')}>
            <dt className={fr.cx('fr-text--bold')}>Fichier</dt>
            <dd className={fr.cx('fr-ml-0')}>{item.fileName}</dd>
          </div>
          <div className={fr.cx('fr-col-12', 'fr-col-md-3')}>
            <dt className={fr.cx('fr-text--bold')}>État</dt>
            <dd className={fr.cx('fr-ml-0')}>
              <ImportStatusBadge status={item.status} />
            </dd>
          </div>
          <div className={fr.cx('fr-col-12', 'fr-col-md-3')}>
            <dt className={fr.cx('fr-text--bold')}>Envoyé le</dt>
            <dd className={fr.cx('fr-ml-0')}>
              {formatDateTime(item.uploadedAt)}
              {item.uploadedBy ? ` par ${item.uploadedBy.displayName}` : ''}
            </dd>
          </div>
          {item.confirmedAt ? (
            <div className={fr.cx('fr-col-12', 'fr-col-md-3')}>
              <dt className={fr.cx('fr-text--bold')}>Confirmé le</dt>
              <dd className={fr.cx('fr-ml-0')}>{formatDateTime(item.confirmedAt)}</dd>
            </div>
          ) : null}
        </dl>
      </section>

      <div role="status">
        {message ? <Alert severity="success" small className={fr.cx('fr-mb-4w')} description={message} /> : null}
      </div>

      <ImportReport
        report={report}
        preview={item.preview}
        importId={item.id}
        campaign={item.campaign}
        confirmed={confirmed}
      />

      {confirmed ? (
        <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md')}>
          <li>
            <Link className={fr.cx('fr-btn')} to="/psad">
              Voir la liste de suivi
            </Link>
          </li>
          <li>
            <Link className={fr.cx('fr-btn', 'fr-btn--secondary')} to="/psad/imports">
              Retour aux imports
            </Link>
          </li>
        </ul>
      ) : (
        <ConfirmImport
          importId={item.id}
          report={report}
          onConfirmed={(written) => {
            setMessage(
              `Import confirmé : ${formatCount(written.created ?? 0)} jeunes ajoutés, ${formatCount(written.updated ?? 0)} mis à jour, ${formatCount(written.casesOpened ?? 0)} suivis ouverts.`,
            );
            void query.refetch();
          }}
          onRefused={() => void query.refetch()}
        >
          <li>
            <Link className={fr.cx('fr-btn', 'fr-btn--secondary')} to="/psad/imports">
              Retour aux imports
            </Link>
          </li>
        </ConfirmImport>
      )}
    </>
  );
}
