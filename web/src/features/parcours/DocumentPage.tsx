import { useState } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useParams } from 'react-router-dom';
import { ProblemError } from '../../app/http';
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../ui/Button';
import { downloadDocument } from './documents';
import '../../ui/styles/parcours.css';

/**
 * `/parcours/documents/:id`: the link to one document of an armoire numérique, as an intervenant passes
 * it on. The server alone decides: the file comes only to an intervenant the PA shared it with; anyone
 * else is refused (and the refusal is audited).
 */
export function DocumentPage() {
  const { id = '' } = useParams();
  usePageTitle("Document de l'armoire numérique");
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function download() {
    setBusy(true);
    setDone('');
    setError(null);
    try {
      const name = await downloadDocument({ id, title: 'document', contentType: 'application/octet-stream' });
      setDone(`Document téléchargé : ${name}.`);
    } catch (e) {
      setError(
        e instanceof ProblemError
          ? e.status === 403
            ? `Téléchargement refusé : ${e.message}`
            : e.status === 404
              ? "Ce document n'existe pas, ou vous n'êtes pas sur la liste d'accompagnement de la personne."
              : e.message
          : 'Le téléchargement a échoué. Réessayez dans un instant.',
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="page parcours-page">
      <Breadcrumb
        currentPageLabel="Document de l'armoire numérique"
        homeLinkProps={{ to: '/' }}
        segments={[{ label: 'Personnes accompagnées', linkProps: { to: '/parcours' } }]}
        className={fr.cx('fr-mt-0', 'fr-mb-2w')}
      />
      <h1>Document de l'armoire numérique</h1>
      <p className={fr.cx('fr-text--lead')}>
        Un document de l'armoire numérique ne s'ouvre qu'aux intervenants avec qui la personne l'a partagé. Chaque
        lecture, et chaque refus, est enregistré.
      </p>
      <Button busy={busy} onClick={() => void download()}>
        Télécharger le document
      </Button>
      <p className={fr.cx('fr-text--sm', 'fr-mt-2w')} role="status">
        {busy ? 'Téléchargement en cours…' : done}
      </p>
      {error ? (
        <div className={fr.cx('fr-alert', 'fr-alert--error', 'fr-alert--sm')} role="alert">
          <p>{error}</p>
        </div>
      ) : null}
    </div>
  );
}
