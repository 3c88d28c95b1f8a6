import { useRef, useState, type FormEvent } from 'react';
import { clasSchemas } from '@maillage/shared';
import { splitErrors, useFocusFirstInvalid } from '../../app/formErrors';
import { validate } from '../../app/validation';
import { Button } from '../../ui/Button';
import { formatDateTime } from '../../ui/format';
import { TextAreaField } from './fields';
import { partyLabel } from './format';
import { useCommentClasProject, type ClasProjectData } from './queries';

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
    <section aria-labelledby="clas-titre-commentaires" className="card clas-comments">
      <h2 id="clas-titre-commentaires">Commentaires</h2>
      {project.comments.length ? (
        <ol className="clas-comments__list">
          {project.comments.map((c) => (
            <li key={c.id} className={`clas-comment clas-comment--${c.authorParty.toLowerCase()}`}>
              <p className="clas-comment__meta">
                <strong>{c.author?.displayName ?? 'Utilisateur supprimé'}</strong> ({partyLabel(c.authorParty)}) ·{' '}
                <time dateTime={c.createdAt}>{formatDateTime(c.createdAt)}</time>
              </p>
              <p className="clas-comment__body clas-text">{c.body}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">Aucun commentaire pour l'instant.</p>
      )}
      <form ref={formRef} className="form" noValidate onSubmit={onSubmit} aria-label="Ajouter un commentaire">
        {server.general ? (
          <div className="error-state" role="alert">
            <p>{server.general}</p>
          </div>
        ) : null}
        <TextAreaField
          label="Votre commentaire"
          value={body}
          onValueChange={(v) => {
            setBody(v);
            setClientError(undefined);
          }}
          error={error}
          hint={hint}
          rows={3}
        />
        <div className="form__actions">
          <Button type="submit" variant="secondary" busy={comment.isPending}>
            Envoyer le commentaire
          </Button>
          <p className="muted" role="status">
            {sent}
          </p>
        </div>
      </form>
    </section>
  );
}
