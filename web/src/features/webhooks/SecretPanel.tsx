import { useEffect, useId, useRef } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';

export const SECRET_HEADING_ID = 'titre-secret-webhook';

/**
 * The signing secret of an address, shown this once (after its subscription or a rotation), selected
 * for copying; « J'ai copié le secret » puts it away for good.
 */
export function SecretPanel({
  url,
  secret,
  rotated,
  onDone,
}: {
  url: string;
  secret: string;
  rotated: boolean;
  onDone: () => void;
}) {
  const hintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [secret]);

  return (
    <div className="form">
      <h3 id={SECRET_HEADING_ID} className={fr.cx('fr-h6')}>
        {rotated ? 'Nouveau secret : copiez-le maintenant' : 'Adresse abonnée : copiez son secret maintenant'}
      </h3>
      <p id={hintId}>
        Voici le secret de signature de l'adresse {url}. Transmettez-le au système destinataire par un canal sûr : il
        vérifie avec lui les en-têtes <code>webhook-signature</code> (Standard Webhooks, HMAC-SHA256). Il ne sera plus
        jamais affiché.
        {rotated
          ? " L'ancien secret signe encore les envois pendant 24 heures, à côté du nouveau : le destinataire a le temps de changer."
          : ''}
      </p>
      <Field label="Secret de signature">
        {(props) => (
          <input
            ref={inputRef}
            type="text"
            {...props}
            aria-describedby={hintId}
            className="identifier"
            readOnly
            value={secret}
            spellCheck={false}
            autoComplete="off"
            onFocus={(event) => event.currentTarget.select()}
          />
        )}
      </Field>
      <div className="actions">
        <Button variant="secondary" onClick={onDone}>
          J'ai copié le secret
        </Button>
      </div>
    </div>
  );
}
