import type { ReactNode } from 'react';
import { errorMessage } from '../app/graphql';
import { Button } from './Button';

interface ErrorStateProps {
  error?: unknown;
  title?: string;
  children?: ReactNode;
  onRetry?: () => void;
}

/** An error, announced (role="alert"), with an optional "Réessayer". */
export function ErrorState({ error, title = 'Une erreur est survenue', children, onRetry }: ErrorStateProps) {
  return (
    <div className="error-state" role="alert">
      <p className="error-state__title">{title}</p>
      {error !== undefined ? <p>{errorMessage(error)}</p> : null}
      {children}
      {onRetry ? (
        <Button variant="secondary" onClick={onRetry}>
          Réessayer
        </Button>
      ) : null}
    </div>
  );
}
