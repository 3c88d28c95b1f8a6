import { fr } from '@codegouvfr/react-dsfr';
import { useQuery } from '@tanstack/react-query';
import { gqlRequest } from '../../../app/graphql';
import { usePageTitle } from '../../../app/usePageTitle';
import { graphql } from '../../../gql';
import type { EvaluationCriteriaQuery } from '../../../gql/graphql';
import { fetchWithToken } from '../../../app/download';
import { DownloadButtons } from '../../../ui/DownloadButtons';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { BarChart } from '../../psad-dashboard/charts/BarChart';
import { useChosenCio, useOrientationCios } from '../cios';
import '../../../ui/styles/dashboard.css';

const EvaluationCriteriaDocument = graphql(`
  query EvaluationCriteria($cioId: ID!) {
    evaluationCriteria(cioId: $cioId) {
      id
      label
      indicator
      baseline
      target
      unit
      version
      values {
        id
        measuredOn
        value
        comment
      }
    }
  }
`);

type Criterion = EvaluationCriteriaQuery['evaluationCriteria'][number];
const DAY = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeZone: 'UTC' });
const day = (d: unknown) => DAY.format(new Date(`${String(d)}T00:00:00Z`));
const num = (n: number | null | undefined, unit?: string | null) =>
  n == null ? '—' : `${n.toLocaleString('fr-FR')}${unit ? ` ${unit}` : ''}`;

/** A criterion: its values over time drawn with its baseline and target, and the same figures as a table. */
function CriterionSection({ c }: { c: Criterion }) {
  const bars = [
    ...(c.baseline != null ? [{ key: 'baseline', label: 'Situation de départ', value: c.baseline }] : []),
    ...c.values.map((v) => ({ key: v.id, label: day(v.measuredOn), value: v.value })),
    ...(c.target != null ? [{ key: 'target', label: 'Cible', value: c.target }] : []),
  ];
  return (
    <section aria-labelledby={`crit-${c.id}`} className={fr.cx('fr-mb-6w')}>
      <h2 id={`crit-${c.id}`}>{c.label}</h2>
      <p>
        Indicateur : {c.indicator}. Situation de départ : {num(c.baseline, c.unit)} ; cible : {num(c.target, c.unit)}.
      </p>
      <BarChart bars={bars} />
      <div className={fr.cx('fr-table', 'fr-table--sm')}>
        <table>
          <caption>Valeurs mesurées : {c.label}</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Valeur</th>
              <th scope="col">Commentaire</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Situation de départ</th>
              <td>{num(c.baseline, c.unit)}</td>
              <td />
            </tr>
            {c.values.map((v) => (
              <tr key={v.id}>
                <th scope="row">{day(v.measuredOn)}</th>
                <td>{num(v.value, c.unit)}</td>
                <td>{v.comment ?? ''}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">Cible</th>
              <td>{num(c.target, c.unit)}</td>
              <td />
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The working group's evaluation criteria of the experiment, per CIO. */
export function EvaluationPage() {
  usePageTitle('Évaluation de l’expérimentation');
  const cios = useOrientationCios();
  const { cio, picker } = useChosenCio(cios.data?.orientationCios);
  const criteria = useQuery({
    queryKey: ['evaluationCriteria', cio?.id],
    queryFn: () => gqlRequest(EvaluationCriteriaDocument, { cioId: cio!.id }),
    enabled: !!cio,
  });
  if (cios.isPending) return <LoadingState />;
  if (cios.isError) return <ErrorState error={cios.error} onRetry={() => void cios.refetch()} />;
  return (
    <div className="page">
      <h1>Évaluation de l’expérimentation</h1>
      {picker}
      {!cio ? <p>Vous n’êtes rattaché à aucun CIO.</p> : null}
      {cio ? (
        <DownloadButtons
          formats={['pdf'] as const}
          groupLabel="Rapport d’évaluation pour la réunion bilan"
          buttonText={() => 'Télécharger le rapport d’évaluation (PDF)'}
          formatName={() => 'PDF'}
          fallbackFileName={() => 'rapport-evaluation.pdf'}
          fetchFile={() => fetchWithToken(`/api/orientation/cios/${cio.id}/rapport-evaluation.pdf`)}
        />
      ) : null}
      {criteria.isPending && cio ? <LoadingState /> : null}
      {criteria.isError ? <ErrorState error={criteria.error} onRetry={() => void criteria.refetch()} /> : null}
      {criteria.data?.evaluationCriteria.length === 0 ? <p>Aucun critère d’évaluation pour ce CIO.</p> : null}
      {criteria.data?.evaluationCriteria.map((c) => (
        <CriterionSection key={c.id} c={c} />
      ))}
    </div>
  );
}
