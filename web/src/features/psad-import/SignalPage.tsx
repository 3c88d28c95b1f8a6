import { usePageTitle } from '../../app/usePageTitle';

/** Placeholder while the page is built. */
export function SignalPage() {
  usePageTitle('Signaler un jeune');
  return (
    <div className="page">
      <h1>Signaler un jeune</h1>
    </div>
  );
}
