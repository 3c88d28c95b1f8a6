/** A polite "loading" line; `aria-busy` lets the journeys (and assistive technology) know the page is not ready. */
export function LoadingState({ label = 'Chargement…' }: { label?: string }) {
  return (
    <p className="loading" role="status" aria-busy="true">
      <span className="loading__spinner" aria-hidden="true" />
      {label}
    </p>
  );
}
