import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** Changing it (e.g. the pathname) clears a caught error. */
  resetKey?: string;
}

interface State {
  error: Error | null;
  resetKey: string | undefined;
}

/** Catches a render error so that one broken page does not blank the whole app. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.resetKey !== state.resetKey) return { error: null, resetKey: props.resetKey };
    return null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error("Erreur d'affichage", error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="page">
        <h1>Une erreur inattendue est survenue</h1>
        <div className="fr-alert fr-alert--error fr-mb-3w" role="alert">
          <p>La page n'a pas pu s'afficher. Vous pouvez la recharger ou revenir à l'accueil.</p>
        </div>
        <p className="actions">
          <button type="button" className="fr-btn" onClick={() => window.location.reload()}>
            Recharger la page
          </button>
          <a className="fr-btn fr-btn--secondary" href="/">
            Retour à l'accueil
          </a>
        </p>
      </div>
    );
  }
}
