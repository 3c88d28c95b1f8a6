import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { errorMessage } from '../../app/graphql';
import { ProblemError } from '../../app/http';
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../ui/Button';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { formatDateTime } from '../../ui/format';
import { formatCount, ImportReport, ImportStatusBadge } from './ImportReport';
import { useConfirmImport, useSieiImport } from './queries';
import './import.css';

/** One import's report; confirms it while it is still a preview. */
export function ImportPage() {
  const { id = '' } = useParams();
  const query = useSieiImport(id);
  const confirm = useConfirmImport();
  const [message, setMessage] = useState<string | null>(null);
  const item = query.data;
  usePageTitle(item ? `Import SIEI ${item.campaign}` : 'Import SIEI');

  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!item) {
    return (
      <div className="page">
        <h1>Import introuvable</h1>
        <p>Cet import n'existe pas ou n'appartient pas à l'une de vos plateformes.</p>
        <p>
          <Link to="/psad/imports">Retour aux imports SIEI</Link>
        </p>
      </div>
    );
  }

  const confirmed = item.status === 'CONFIRME';
  const report = item.report;
  const conflict = confirm.error instanceof ProblemError && confirm.error.status === 409;

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/psad/imports">← Imports SIEI</Link>
      </p>
      <h1>
        Import SIEI — campagne {item.campaign}
      </h1>
      <section aria-labelledby="titre-import" className="card">
        <h2 id="titre-import">Fichier</h2>
        <dl className="description-list import-meta">
          <div>
            <dt>Fichier</dt>
            <dd className="import-history__file">{item.fileName}</dd>
          </div>
          <div>
            <dt>État</dt>
            <dd>
              <ImportStatusBadge status={item.status} />
            </dd>
          </div>
          <div>
            <dt>Envoyé le</dt>
            <dd>
              {formatDateTime(item.uploadedAt)}
              {item.uploadedBy ? ` par ${item.uploadedBy.displayName}` : ''}
            </dd>
          </div>
          {item.confirmedAt ? (
            <div>
              <dt>Confirmé le</dt>
              <dd>{formatDateTime(item.confirmedAt)}</dd>
            </div>
          ) : null}
        </dl>
      </section>

      <p role="status" className={message ? 'notice notice--success' : 'visually-hidden'}>
        {message}
      </p>
      {confirm.error ? (
        <div className="error-state" role="alert">
          <p>{errorMessage(confirm.error)}</p>
        </div>
      ) : null}

      <ImportReport
        report={{ ...report, rejected: report.rejected }}
        importId={item.id}
        campaign={item.campaign}
        confirmed={confirmed}
      />

      <div className="form__actions">
        {!confirmed && !conflict ? (
          <Button
            busy={confirm.isPending}
            disabled={report.accepted === 0}
            onClick={() =>
              confirm.mutate(item.id, {
                onSuccess: (written) =>
                  setMessage(
                    `Import confirmé : ${formatCount(written.created ?? 0)} jeunes ajoutés, ${formatCount(written.updated ?? 0)} mis à jour, ${formatCount(written.casesOpened ?? 0)} suivis ouverts.`,
                  ),
              })
            }
          >
            Confirmer l'import
          </Button>
        ) : null}
        {confirmed ? (
          <Link className="button button--primary" to="/psad">
            Voir la liste de suivi
          </Link>
        ) : null}
        <Link className="button button--secondary" to="/psad/imports">
          Retour aux imports
        </Link>
      </div>
    </div>
  );
}
