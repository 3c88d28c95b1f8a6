import { fr } from '@codegouvfr/react-dsfr';
import { useRef, useState, type FormEvent } from 'react';
import { clasSchemas } from '@maillage/shared';
import { splitErrors, useFocusFirstInvalid } from '../../app/formErrors';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { validate } from '../../app/validation';
import { Button } from '../../ui/Button';
import { formatDateTime } from '../../ui/format';
import { TextAreaField } from './fields';
import { partyLabel } from './format';
import type { ClasProjectData } from './projectQueries';
import { useCommentClasProject } from './workflowQueries';

/** The thread between the holder and the CAF about a project: read, and add a message. */
export function Comments({ project, hint }: { project: ClasProjectData; hint?: string }) {
  const [body, setBody] = useState('');
  const [clientError, setClientError] = useState<string | undefined>();
  const [sent, setSent] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const comment = useCommentClasProject();
  const server = splitErrors(comment.error, ['body']);
  const error = clientError ?? server.fields.body;
  useFocusFirstInvalid(formRef, { body: clientError });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSent('');
    const found = validate(clasSchemas.clasCommentInput.pick({ body: true }), { body });
    setClientError(found.body);
    if (found.body) return;
    comment.mutate(
      { projectId: project.id, body: body.trim() },
      {
        onSuccess: () => {
          setBody('');
          setSent('Commentaire envoyé.');
        },
      },
    );
  }

  return (
    <section aria-labelledby="clas-titre-commentaires" className={fr.cx('fr-mt-4w')}>
      <h2 id="clas-titre-commentaires" className={fr.cx('fr-h4')}>
        Commentaires
      </h2>
      {project.comments.length ? (
        <ol className="clas-comments">
          {project.comments.map((c) => (
            <li key={c.id} className={`clas-comment clas-comment--${c.authorParty.toLowerCase()}`}>
              <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
                <strong>{c.author?.displayName ?? 'Utilisateur supprimé'}</strong> ({partyLabel(c.authorParty)}) ·{' '}
                <time dateTime={c.createdAt}>{formatDateTime(c.createdAt)}</time>
              </p>
              <p className={`clas-text ${fr.cx('fr-mb-0')}`}>{c.body}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p>Aucun commentaire pour l'instant.</p>
      )}
      <form ref={formRef} noValidate onSubmit={onSubmit} aria-label="Ajouter un commentaire">
        <TextAreaField
          label="Votre commentaire"
          value={body}
          onValueChange={(v) => {
            setBody(v);
            setClientError(undefined);
          }}
          name="body"
          error={error}
          hint={hint}
          rows={3}
        />
        <ErrorSummary
          fields={{ body: error }}
          general={server.general}
          labels={{ body: 'Votre commentaire' }}
          title="Le commentaire n'a pas été envoyé"
        />
        <Button type="submit" variant="secondary" busy={comment.isPending}>
          Envoyer le commentaire
        </Button>
        <p className={fr.cx('fr-hint-text', 'fr-mt-1w')} role="status">
          {sent}
        </p>
      </form>
    </section>
  );
}
