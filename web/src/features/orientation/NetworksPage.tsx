import { usePageTitle } from '../../app/usePageTitle';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { useChosenCio, useOrientationCios } from './cios';

/** The networks of a CIO around their lycées têtes de réseau. */
export function NetworksPage() {
  usePageTitle('Réseaux d’orientation');
  const cios = useOrientationCios();
  const { cio, picker } = useChosenCio(cios.data?.orientationCios);
  if (cios.isPending) return <LoadingState />;
  if (cios.isError) return <ErrorState error={cios.error} onRetry={() => void cios.refetch()} />;
  return (
    <div className="page">
      <h1>Réseaux d’orientation</h1>
      {picker}
      {cio ? <p>{cio.name}</p> : <p>Vous n’êtes rattaché à aucun CIO.</p>}
    </div>
  );
}
