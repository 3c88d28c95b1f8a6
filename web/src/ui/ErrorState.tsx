import { fr } from '@codegouvfr/react-dsfr';
import type { ReactNode } from 'react';
import { errorMessage } from '../app/graphql';
import { Button } from './Button';

interface ErrorStateProps {
  error?: unknown;
  title?: string;
  children?: ReactNode;
  onRetry?: () => void;
}

/** An error as a DSFR alert, announced (role="alert"), with an optional "Réessayer". */
export function ErrorState({ error, title = 'Une erreur est survenue', children, onRetry }: ErrorStateProps) {
  return (
    <div className={fr.cx('fr-alert', 'fr-alert--error', 'fr-mb-3w')} role="alert">
      <p className={fr.cx('fr-alert__title')}>{title}</p>
      {error !== undefined ? <p>{errorMessage(error)}</p> : null}
      {children}
      {onRetry ? (
        <Button variant="secondary" size="small" className={fr.cx('fr-mt-2w')} onClick={onRetry}>
          Réessayer
        </Button>
      ) : null}
    </div>
  );
}
